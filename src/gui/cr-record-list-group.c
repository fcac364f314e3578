/* cr-record-list-group.c: a group listing a case's records of one kind
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrRecordListGroup"

#include "config.h"

#include "cr-record-list-group.h"

#include "cr-database-review.h"
#include "cr-edit-utils.h"
#include "cr-record-dialog.h"

#include <glib/gi18n.h>
#include <string.h>

struct _CrRecordListGroup
{
  AdwPreferencesGroup  parent_instance;

  /* Template widgets */
  GtkButton           *add_button;
  AdwButtonContent    *add_content;

  /* Owned references */
  CrDatabase          *db;
  GListStore          *records;       /* CrRecord, as last loaded */
  GPtrArray           *rows;          /* the rows shown, to remove them */
  GCancellable        *cancellable;
  GStrv                fields;
  GStrv                required;
  char                *add_label;
  char                *empty_text;

  GType                record_type;
  gint64               case_id;
  CrRecordStatusFunc   status_func;
  gpointer             status_data;
  CrRecordInitFunc     init_func;
  gpointer             init_data;

  guint                loaded : 1;
};

G_DEFINE_FINAL_TYPE (CrRecordListGroup, cr_record_list_group, ADW_TYPE_PREFERENCES_GROUP)

enum {
  PROP_0,
  PROP_RECORD_TYPE,
  PROP_DATABASE,
  PROP_CASE_ID,
  PROP_ADD_LABEL,
  PROP_EMPTY_TEXT,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/*
 * Rows
 */

static void
clear_rows (CrRecordListGroup *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
}

static void
add_message_row (CrRecordListGroup *self,
                 const char        *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (row, "dim-label");
  g_ptr_array_add (self->rows, row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
}

static void open_dialog (CrRecordListGroup *self,
                         CrRecord          *record);

static void
on_row_activated_cb (AdwActionRow      *row,
                     CrRecordListGroup *self)
{
  CrRecord *record = g_object_get_data (G_OBJECT (row), "cr-record");

  if (record != NULL)
    open_dialog (self, record);
}

static void
add_record_row (CrRecordListGroup *self,
                CrRecord          *record)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = cr_record_dup_title (record);
  g_autofree char *subtitle = cr_record_dup_subtitle (record);
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title != NULL ? title : "");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : "");
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  if (self->status_func != NULL)
    {
      const char *css_class = NULL;
      g_autofree char *pill = self->status_func (record, &css_class, self->status_data);

      if (pill != NULL)
        {
          GtkWidget *label = gtk_label_new (pill);

          gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
          gtk_widget_add_css_class (label, "deadline-pill");
          if (css_class != NULL)
            gtk_widget_add_css_class (label, css_class);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
        }
    }

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  g_object_set_data_full (G_OBJECT (row), "cr-record", g_object_ref (record), g_object_unref);
  g_signal_connect_object (row, "activated", G_CALLBACK (on_row_activated_cb), self, 0);

  g_ptr_array_add (self->rows, row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
}

static void
show_records (CrRecordListGroup *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->records));

  clear_rows (self);

  if (n == 0)
    {
      if (self->loaded && self->empty_text != NULL)
        add_message_row (self, self->empty_text);
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrRecord) record = g_list_model_get_item (G_LIST_MODEL (self->records), i);

      add_record_row (self, record);
    }
}

/*
 * Loading
 */

static void
on_list_records_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(CrLoadTag) tag = user_data;
  CrRecordListGroup *self = CR_RECORD_LIST_GROUP (tag->owner);
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;

  records = cr_database_list_records_finish (CR_DATABASE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || tag->id != self->case_id)
    return;

  if (records == NULL)
    {
      g_autofree char *what = g_strdup_printf (_("Could not read the list “%s”"),
                                               adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (self)));

      cr_show_error_toast (GTK_WIDGET (self), what, error);
      clear_rows (self);
      add_message_row (self, what);
      return;
    }

  self->loaded = TRUE;
  g_list_store_splice (self->records, 0, g_list_model_get_n_items (G_LIST_MODEL (self->records)),
                       records->pdata, records->len);
  show_records (self);
}

static void
update_actions (CrRecordListGroup *self)
{
  gboolean can_add = self->db != NULL && self->case_id > 0 && cr_database_is_writable (self->db);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "records.add", can_add);
}

/*
 * Dialogs
 */

static void
on_dialog_changed_cb (CrRecordListGroup *self,
                      CrRecord          *record)
{
  cr_record_list_group_reload (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
open_dialog (CrRecordListGroup *self,
             CrRecord          *record)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *title = NULL;
  const char *kind = cr_record_get_kind_label (record);
  CrRecordDialog *dialog;

  if (self->db == NULL)
    return;

  if (cr_record_get_id (record) == 0)
    {
      title = g_strdup (self->add_label);
      if (title != NULL && g_str_has_suffix (title, "…"))
        title[strlen (title) - strlen ("…")] = '\0';
    }
  else if (kind != NULL)
    /* Translators: a dialog title, %s is the kind of record ("Meeting"). */
    title = g_strdup_printf (_("Edit %s"), kind);
  else
    title = g_strdup (_("Edit"));

  dialog = cr_record_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                 self->db, record, title,
                                 (const char * const *) self->fields,
                                 (const char * const *) self->required);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_dialog_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "deleted", G_CALLBACK (on_dialog_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  cr_record_list_group_add (CR_RECORD_LIST_GROUP (widget));
}

/*
 * GObject overrides
 */

static void
cr_record_list_group_dispose (GObject *object)
{
  CrRecordListGroup *self = CR_RECORD_LIST_GROUP (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_RECORD_LIST_GROUP);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->db);
  g_clear_object (&self->records);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (cr_record_list_group_parent_class)->dispose (object);
}

static void
cr_record_list_group_finalize (GObject *object)
{
  CrRecordListGroup *self = CR_RECORD_LIST_GROUP (object);

  g_strfreev (self->fields);
  g_strfreev (self->required);
  g_free (self->add_label);
  g_free (self->empty_text);

  G_OBJECT_CLASS (cr_record_list_group_parent_class)->finalize (object);
}

static void
set_add_label (CrRecordListGroup *self,
               const char        *label)
{
  if (g_strcmp0 (self->add_label, label) == 0)
    return;

  g_free (self->add_label);
  self->add_label = g_strdup (label);
  adw_button_content_set_label (self->add_content, label != NULL ? label : "");
  if (label != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                    -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADD_LABEL]);
}

static void
set_empty_text (CrRecordListGroup *self,
                const char        *text)
{
  if (g_strcmp0 (self->empty_text, text) == 0)
    return;

  g_free (self->empty_text);
  self->empty_text = g_strdup (text);
  show_records (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMPTY_TEXT]);
}

static void
cr_record_list_group_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CrRecordListGroup *self = CR_RECORD_LIST_GROUP (object);

  switch (prop_id)
    {
    case PROP_RECORD_TYPE:
      g_value_set_gtype (value, self->record_type);
      break;

    case PROP_DATABASE:
      g_value_set_object (value, self->db);
      break;

    case PROP_CASE_ID:
      g_value_set_int64 (value, self->case_id);
      break;

    case PROP_ADD_LABEL:
      g_value_set_string (value, self->add_label);
      break;

    case PROP_EMPTY_TEXT:
      g_value_set_string (value, self->empty_text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_record_list_group_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  CrRecordListGroup *self = CR_RECORD_LIST_GROUP (object);

  switch (prop_id)
    {
    case PROP_RECORD_TYPE:
      self->record_type = g_value_get_gtype (value);
      break;

    case PROP_DATABASE:
      cr_record_list_group_set_database (self, g_value_get_object (value));
      break;

    case PROP_CASE_ID:
      cr_record_list_group_set_case_id (self, g_value_get_int64 (value));
      break;

    case PROP_ADD_LABEL:
      set_add_label (self, g_value_get_string (value));
      break;

    case PROP_EMPTY_TEXT:
      set_empty_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_record_list_group_class_init (CrRecordListGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cr_record_list_group_dispose;
  object_class->finalize = cr_record_list_group_finalize;
  object_class->get_property = cr_record_list_group_get_property;
  object_class->set_property = cr_record_list_group_set_property;

  properties[PROP_RECORD_TYPE] =
    g_param_spec_gtype ("record-type", NULL, NULL,
                        CR_TYPE_RECORD,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         CR_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CASE_ID] =
    g_param_spec_int64 ("case-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_ADD_LABEL] =
    g_param_spec_string ("add-label", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_EMPTY_TEXT] =
    g_param_spec_string ("empty-text", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CrRecordListGroup::changed:
   *
   * A record was added, changed or deleted through the group.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-record-list-group.ui");
  gtk_widget_class_bind_template_child (widget_class, CrRecordListGroup, add_button);
  gtk_widget_class_bind_template_child (widget_class, CrRecordListGroup, add_content);

  gtk_widget_class_install_action (widget_class, "records.add", NULL, add_action);
}

static void
cr_record_list_group_init (CrRecordListGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->record_type = CR_TYPE_RECORD;
  self->records = g_list_store_new (CR_TYPE_RECORD);
  self->rows = g_ptr_array_new ();
  update_actions (self);
}

/*
 * Public API
 */

GtkWidget *
cr_record_list_group_new (GType       record_type,
                          const char *title,
                          const char *add_label,
                          const char *empty_text)
{
  g_return_val_if_fail (g_type_is_a (record_type, CR_TYPE_RECORD), NULL);

  return g_object_new (CR_TYPE_RECORD_LIST_GROUP,
                       "record-type", record_type,
                       "title", title,
                       "add-label", add_label,
                       "empty-text", empty_text,
                       NULL);
}

void
cr_record_list_group_set_database (CrRecordListGroup *self,
                                   CrDatabase        *database)
{
  g_return_if_fail (CR_IS_RECORD_LIST_GROUP (self));
  g_return_if_fail (database == NULL || CR_IS_DATABASE (database));

  if (!g_set_object (&self->db, database))
    return;

  cr_record_list_group_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

void
cr_record_list_group_set_case_id (CrRecordListGroup *self,
                                  gint64             case_id)
{
  g_return_if_fail (CR_IS_RECORD_LIST_GROUP (self));

  if (self->case_id == case_id)
    return;

  self->case_id = case_id;
  /* Another case: nothing of the last one stays on screen. */
  self->loaded = FALSE;
  g_list_store_remove_all (self->records);
  show_records (self);
  cr_record_list_group_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE_ID]);
}

void
cr_record_list_group_set_fields (CrRecordListGroup  *self,
                                 const char * const *fields,
                                 const char * const *required)
{
  g_return_if_fail (CR_IS_RECORD_LIST_GROUP (self));

  g_strfreev (self->fields);
  g_strfreev (self->required);
  self->fields = g_strdupv ((char **) fields);
  self->required = g_strdupv ((char **) required);
}

void
cr_record_list_group_set_status_func (CrRecordListGroup  *self,
                                      CrRecordStatusFunc  func,
                                      gpointer            user_data)
{
  g_return_if_fail (CR_IS_RECORD_LIST_GROUP (self));

  self->status_func = func;
  self->status_data = user_data;
  show_records (self);
}

void
cr_record_list_group_set_init_func (CrRecordListGroup *self,
                                    CrRecordInitFunc   func,
                                    gpointer           user_data)
{
  g_return_if_fail (CR_IS_RECORD_LIST_GROUP (self));

  self->init_func = func;
  self->init_data = user_data;
}

void
cr_record_list_group_reload (CrRecordListGroup *self)
{
  g_return_if_fail (CR_IS_RECORD_LIST_GROUP (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  update_actions (self);

  if (self->db == NULL || self->case_id <= 0)
    return;

  self->cancellable = g_cancellable_new ();
  cr_database_list_records_async (self->db, self->record_type, self->case_id, self->cancellable,
                                  on_list_records_cb, cr_load_tag_new (self, self->case_id));
}

GListModel *
cr_record_list_group_get_records (CrRecordListGroup *self)
{
  g_return_val_if_fail (CR_IS_RECORD_LIST_GROUP (self), NULL);

  return G_LIST_MODEL (self->records);
}

void
cr_record_list_group_add (CrRecordListGroup *self)
{
  g_autoptr(CrRecord) record = NULL;

  g_return_if_fail (CR_IS_RECORD_LIST_GROUP (self));

  if (self->db == NULL || self->case_id <= 0 || !cr_database_is_writable (self->db))
    return;

  record = g_object_new (self->record_type, NULL);
  cr_record_set_case_id (record, self->case_id);
  if (self->init_func != NULL)
    self->init_func (record, self->init_data);
  open_dialog (self, record);
}
