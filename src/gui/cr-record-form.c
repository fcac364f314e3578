/* cr-record-form.c: a form built from a record's field table
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrRecordForm"

#include "config.h"

#include "cr-record-form.h"
#include "cr-record-form-private.h"

#include "cr-case-status.h"
#include "cr-database-review.h"
#include "cr-edit-utils.h"

#include <glib/gi18n.h>

struct _CrRecordForm
{
  AdwBin               parent_instance;

  /* Children */
  AdwPreferencesGroup *group;
  GtkLabel            *message;       /* what the record's own rules say */

  /* Owned references */
  CrRecord            *record;
  CrDatabase          *db;
  GStrv                fields;
  GStrv                required;
  GPtrArray           *rows;          /* CrFormRow */
  GCancellable        *cancellable;   /* the lists of the ID rows */

  guint                valid : 1;
  guint                checked : 1;   /* validate() ran: say everything */
};

G_DEFINE_FINAL_TYPE (CrRecordForm, cr_record_form, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_RECORD,
  PROP_DATABASE,
  PROP_FIELDS,
  PROP_REQUIRED,
  PROP_VALID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/*
 * Checking
 */

static CrFormRow *
find_row (CrRecordForm *self,
          const char   *name)
{
  for (guint i = 0; self->rows != NULL && i < self->rows->len; i++)
    {
      CrFormRow *row = g_ptr_array_index (self->rows, i);

      if (g_str_equal (row->field->name, name))
        return row;
    }
  return NULL;
}

/* Runs every check; shows the messages of the rows touched (all when
 * @all); returns the first bad row (or NULL) and its message. */
static gboolean
check (CrRecordForm  *self,
       gboolean       all,
       CrFormRow    **out_bad,
       char         **out_message)
{
  g_autoptr(GError) error = NULL;
  CrFormRow *bad = NULL;
  g_autofree char *bad_message = NULL;
  gboolean any_touched = FALSE;
  gboolean rows_ok = TRUE;
  gboolean record_ok;

  for (guint i = 0; i < self->rows->len; i++)
    {
      CrFormRow *row = g_ptr_array_index (self->rows, i);
      g_autofree char *message = _cr_form_row_dup_error (row);

      any_touched = any_touched || row->touched;
      _cr_form_row_show (row, (row->touched || all) ? message : NULL);
      if (message != NULL)
        {
          rows_ok = FALSE;
          if (bad == NULL)
            {
              bad = row;
              bad_message = g_steal_pointer (&message);
            }
        }
    }

  /* The record's own rules (required fields, dates in order) once every
   * field reads well, said under the form. */
  record_ok = rows_ok && cr_record_validate (self->record, &error);
  if (rows_ok && !record_ok && (all || any_touched))
    {
      gtk_label_set_text (self->message, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->message), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->message), FALSE);

  if (!record_ok && bad_message == NULL && error != NULL)
    bad_message = g_strdup (error->message);

  if (out_bad != NULL)
    *out_bad = bad;
  if (out_message != NULL)
    *out_message = g_steal_pointer (&bad_message);

  return record_ok;
}

static void
update_valid (CrRecordForm *self)
{
  gboolean valid = check (self, self->checked, NULL, NULL);

  if (valid == self->valid)
    return;

  self->valid = valid;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID]);
}

void
_cr_record_form_row_changed (CrRecordForm *self,
                             CrFormRow    *row)
{
  update_valid (self);
}

CrRecord *
_cr_record_form_peek_record (CrRecordForm *self)
{
  return self->record;
}

/* The record changed elsewhere (defaults, a reload): show it. */
static void
on_record_notify_cb (CrRecordForm *self,
                     GParamSpec   *pspec,
                     CrRecord     *record)
{
  CrFormRow *row = find_row (self, pspec->name);

  if (row == NULL || row->loading ||
      g_strcmp0 (row->value, cr_record_get (record, row->field->name)) == 0)
    return;

  row->touched = cr_record_has (record, row->field->name);
  _cr_form_row_load (row);
  update_valid (self);
}

/*
 * The lists of the ID rows
 */

static void
fill_ids (CrRecordForm *self,
          gint64        row_index,
          GPtrArray    *items,
          gboolean      agencies)
{
  CrFormRow *row;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *fallback = NULL;
  const char *value;
  gint64 current;

  if (self->rows == NULL || row_index >= self->rows->len)
    return;
  row = g_ptr_array_index (self->rows, row_index);
  value = cr_record_get (self->record, row->field->name);
  current = value != NULL ? g_ascii_strtoll (value, NULL, 10) : 0;

  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      gpointer item = g_ptr_array_index (items, i);
      gint64 id;
      char *label;

      if (agencies)
        {
          id = cr_agency_get_id (item);
          /* Archived agencies are offered only when already chosen. */
          if (cr_agency_get_archived (item) && id != current)
            continue;
          label = g_strdup (cr_agency_get_name (item));
        }
      else
        {
          id = cr_record_get_id (item);
          label = cr_record_dup_title (item);
          if (label == NULL)
            label = g_strdup_printf ("%" G_GINT64_FORMAT, id);
        }

      g_array_append_val (ids, id);
      g_ptr_array_add (labels, label);
    }

  /* The value is not among them: name it as well as possible. */
  if (agencies && cr_record_find_field (self->record, "agency-name") != NULL &&
      g_str_equal (row->field->name, "agency-id"))
    fallback = g_strdup (cr_record_get (self->record, "agency-name"));
  if (fallback == NULL && value != NULL)
    /* Translators: an agency, document or process that is no longer listed. */
    fallback = g_strdup_printf (_("Unknown (number %s)"), value);

  _cr_form_row_set_ids (row, ids, labels, fallback);
  update_valid (self);
}

static void
on_list_agencies_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(CrLoadTag) tag = user_data;
  g_autoptr(GPtrArray) agencies = NULL;
  g_autoptr(GError) error = NULL;

  agencies = cr_database_list_agencies_finish (CR_DATABASE (source), result, &error);
  if (agencies == NULL)
    {
      cr_show_error_toast (GTK_WIDGET (tag->owner), _("Could not list the agencies"), error);
      return;
    }

  fill_ids (CR_RECORD_FORM (tag->owner), tag->id, agencies, TRUE);
}

static void
on_list_records_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(CrLoadTag) tag = user_data;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;

  records = cr_database_list_records_finish (CR_DATABASE (source), result, &error);
  if (records == NULL)
    {
      cr_show_error_toast (GTK_WIDGET (tag->owner), _("Could not list the case’s records"), error);
      return;
    }

  fill_ids (CR_RECORD_FORM (tag->owner), tag->id, records, FALSE);
}

static void
load_ids (CrRecordForm *self)
{
  gint64 case_id = cr_record_get_case_id (self->record);

  if (self->db == NULL)
    return;

  for (guint i = 0; i < self->rows->len; i++)
    {
      CrFormRow *row = g_ptr_array_index (self->rows, i);
      const char *source = row->ids != NULL ? _cr_form_row_id_source (row->field) : NULL;

      if (source == NULL)
        continue;

      if (g_str_equal (source, "agency"))
        cr_database_list_agencies_async (self->db, self->cancellable,
                                         on_list_agencies_cb, cr_load_tag_new (self, i));
      else if (case_id > 0)
        cr_database_list_records_async (self->db,
                                        g_str_equal (source, "document") ? CR_TYPE_DOCUMENT
                                        : CR_TYPE_PARALLEL_PROCESS,
                                        case_id, self->cancellable,
                                        on_list_records_cb, cr_load_tag_new (self, i));
    }
}

/*
 * Building
 */

static void
add_row (CrRecordForm        *self,
         const CrRecordField *field)
{
  gboolean required;
  CrFormRow *row;

  if (field->flags & CR_RECORD_FIELD_FLAG_DERIVED)
    return;

  required = self->required != NULL &&
             g_strv_contains ((const char * const *) self->required, field->name);
  row = _cr_form_row_new (self, self->record, field, required);
  g_ptr_array_add (self->rows, row);
  adw_preferences_group_add (self->group, row->row);
}

static void
build_rows (CrRecordForm *self)
{
  const CrRecordField *fields;
  guint n_fields = 0;

  fields = cr_record_class_get_fields (CR_RECORD_GET_CLASS (self->record), &n_fields);

  if (self->fields == NULL)
    {
      for (guint i = 0; i < n_fields; i++)
        add_row (self, &fields[i]);
      return;
    }

  for (guint f = 0; self->fields[f] != NULL; f++)
    {
      const CrRecordField *field = cr_record_find_field (self->record, self->fields[f]);

      if (field == NULL)
        {
          g_warning ("%s has no field “%s”", G_OBJECT_TYPE_NAME (self->record), self->fields[f]);
          continue;
        }
      add_row (self, field);
    }
}

/*
 * GObject overrides
 */

static void
cr_record_form_constructed (GObject *object)
{
  CrRecordForm *self = CR_RECORD_FORM (object);

  G_OBJECT_CLASS (cr_record_form_parent_class)->constructed (object);

  g_return_if_fail (CR_IS_RECORD (self->record));

  build_rows (self);
  g_signal_connect_object (self->record, "notify",
                           G_CALLBACK (on_record_notify_cb), self, G_CONNECT_SWAPPED);
  self->valid = check (self, FALSE, NULL, NULL);
  load_ids (self);
}

static void
cr_record_form_dispose (GObject *object)
{
  CrRecordForm *self = CR_RECORD_FORM (object);

  g_cancellable_cancel (self->cancellable);
  if (self->record != NULL)
    g_signal_handlers_disconnect_by_data (self->record, self);
  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->record);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cr_record_form_parent_class)->dispose (object);
}

static void
cr_record_form_finalize (GObject *object)
{
  CrRecordForm *self = CR_RECORD_FORM (object);

  g_strfreev (self->fields);
  g_strfreev (self->required);

  G_OBJECT_CLASS (cr_record_form_parent_class)->finalize (object);
}

static void
cr_record_form_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CrRecordForm *self = CR_RECORD_FORM (object);

  switch (prop_id)
    {
    case PROP_RECORD:
      g_value_set_object (value, self->record);
      break;

    case PROP_DATABASE:
      g_value_set_object (value, self->db);
      break;

    case PROP_FIELDS:
      g_value_set_boxed (value, self->fields);
      break;

    case PROP_REQUIRED:
      g_value_set_boxed (value, self->required);
      break;

    case PROP_VALID:
      g_value_set_boolean (value, self->valid);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_record_form_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CrRecordForm *self = CR_RECORD_FORM (object);

  switch (prop_id)
    {
    case PROP_RECORD:
      self->record = g_value_dup_object (value);
      break;

    case PROP_DATABASE:
      self->db = g_value_dup_object (value);
      break;

    case PROP_FIELDS:
      self->fields = g_value_dup_boxed (value);
      break;

    case PROP_REQUIRED:
      self->required = g_value_dup_boxed (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_record_form_class_init (CrRecordFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = cr_record_form_constructed;
  object_class->dispose = cr_record_form_dispose;
  object_class->finalize = cr_record_form_finalize;
  object_class->get_property = cr_record_form_get_property;
  object_class->set_property = cr_record_form_set_property;

  properties[PROP_RECORD] =
    g_param_spec_object ("record", NULL, NULL,
                         CR_TYPE_RECORD,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         CR_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_FIELDS] =
    g_param_spec_boxed ("fields", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_REQUIRED] =
    g_param_spec_boxed ("required", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_VALID] =
    g_param_spec_boolean ("valid", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cr_record_form_init (CrRecordForm *self)
{
  GtkWidget *box;

  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) _cr_form_row_free);
  self->cancellable = g_cancellable_new ();

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  /* Above the rows, where it is seen without scrolling. */
  self->message = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_visible (GTK_WIDGET (self->message), FALSE);
  gtk_label_set_wrap (GTK_LABEL (self->message), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->message), 0.0f);
  gtk_widget_add_css_class (GTK_WIDGET (self->message), "error");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->message),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("What to change"),
                                  -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->message));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->group));
  adw_bin_set_child (ADW_BIN (self), box);
}

/*
 * Public API
 */

GtkWidget *
cr_record_form_new (CrRecord           *record,
                    CrDatabase         *database,
                    const char * const *fields,
                    const char * const *required)
{
  g_return_val_if_fail (CR_IS_RECORD (record), NULL);
  g_return_val_if_fail (database == NULL || CR_IS_DATABASE (database), NULL);

  return g_object_new (CR_TYPE_RECORD_FORM,
                       "record", record,
                       "database", database,
                       "fields", fields,
                       "required", required,
                       NULL);
}

CrRecord *
cr_record_form_get_record (CrRecordForm *self)
{
  g_return_val_if_fail (CR_IS_RECORD_FORM (self), NULL);

  return self->record;
}

gboolean
cr_record_form_get_valid (CrRecordForm *self)
{
  g_return_val_if_fail (CR_IS_RECORD_FORM (self), FALSE);

  return self->valid;
}

gboolean
cr_record_form_validate (CrRecordForm  *self,
                         GError       **error)
{
  g_autofree char *message = NULL;
  CrFormRow *bad = NULL;

  g_return_val_if_fail (CR_IS_RECORD_FORM (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  self->checked = TRUE;
  for (guint i = 0; i < self->rows->len; i++)
    ((CrFormRow *) g_ptr_array_index (self->rows, i))->touched = TRUE;

  update_valid (self);
  if (check (self, TRUE, &bad, &message))
    return TRUE;

  if (bad != NULL)
    gtk_widget_grab_focus (bad->focus);
  g_set_error_literal (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                       message != NULL ? message : _("Check the form"));
  return FALSE;
}

void
cr_record_form_set_title (CrRecordForm *self,
                          const char   *title)
{
  g_return_if_fail (CR_IS_RECORD_FORM (self));

  adw_preferences_group_set_title (self->group, title != NULL ? title : "");
}
