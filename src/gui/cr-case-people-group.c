/* cr-case-people-group.c: the children and family of one case
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrCasePeopleGroup"

#include "config.h"

#include "cr-case-people-group.h"

#include "cr-case-group-private.h"
#include "cr-edit-utils.h"
#include "cr-person-dialog.h"
#include "cr-person-row.h"
#include "cr-util.h"

#include <glib/gi18n.h>

#define REASON_MAX_CHARS 500

struct _CrCasePeopleGroup
{
  AdwBin           parent_instance;

  /* Template widgets */
  GtkToggleButton *reveal_button;
  AdwButtonContent *reveal_content;
  GtkListBox      *list_box;
  AdwActionRow    *add_child_row;
  AdwActionRow    *add_family_row;

  /* Owned references */
  CrDatabase      *db;
  GCancellable    *cancellable;    /* loads and reveals of the current case */
  GPtrArray       *people;         /* CrChild then CrFamilyMember */
  GPtrArray       *rows;           /* CrPersonRow in the list */
  char            *reveal_reason;

  gint64           case_id;
  guint            revealed : 1;
  guint            updating : 1;
};

G_DEFINE_FINAL_TYPE (CrCasePeopleGroup, cr_case_people_group, ADW_TYPE_BIN)

enum {
  PROP_REVEALED = CR_CASE_GROUP_N_PROPS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void reload (CrCasePeopleGroup *self);
static void reveal_missing (CrCasePeopleGroup *self);

static GObject *
find_person (CrCasePeopleGroup *self,
             const char        *entity,
             gint64             id)
{
  for (guint i = 0; self->people != NULL && i < self->people->len; i++)
    {
      GObject *person = g_ptr_array_index (self->people, i);

      if (cr_person_get_id (person) == id && g_str_equal (cr_person_get_entity (person), entity))
        return person;
    }
  return NULL;
}

/*
 * Rows
 */

/* Drops the person rows, writing their pending edits first. */
static void
clear_rows (CrCasePeopleGroup *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);

      cr_person_row_detach (CR_PERSON_ROW (row));
      gtk_list_box_remove (self->list_box, row);
    }
  g_ptr_array_set_size (self->rows, 0);
}

static void
show_people (CrCasePeopleGroup *self)
{
  clear_rows (self);

  for (guint i = 0; self->people != NULL && i < self->people->len; i++)
    {
      GtkWidget *row = cr_person_row_new (self->db, g_ptr_array_index (self->people, i));

      gtk_list_box_insert (self->list_box, row, (int) i);
      g_ptr_array_add (self->rows, row);
    }
}

/*
 * Loading
 */

typedef struct
{
  CrCasePeopleGroup *self;
  gint64             case_id;
  GPtrArray         *people;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->self);
  g_clear_pointer (&data->people, g_ptr_array_unref);
  g_free (data);
}

static void
on_list_family_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  LoadData *data = user_data;
  CrCasePeopleGroup *self = data->self;
  g_autoptr(GPtrArray) family = NULL;
  g_autoptr(GError) error = NULL;

  family = cr_database_list_family_finish (CR_DATABASE (source), result, &error);
  if (data->case_id != self->case_id)
    {
      load_data_free (data);
      return;
    }

  if (family == NULL)
    {
      cr_show_error_toast (GTK_WIDGET (self), _("Could not load the children and family"), error);
      load_data_free (data);
      return;
    }

  for (guint i = 0; i < family->len; i++)
    g_ptr_array_add (data->people, g_object_ref (g_ptr_array_index (family, i)));

  /* Keep the identities already revealed in this session. */
  for (guint i = 0; i < data->people->len; i++)
    {
      GObject *person = g_ptr_array_index (data->people, i);
      GObject *known = find_person (self, cr_person_get_entity (person), cr_person_get_id (person));

      if (self->revealed && known != NULL && cr_person_get_identity (known) != NULL)
        cr_person_set_identity (person, cr_person_get_identity (known));
    }

  g_clear_pointer (&self->people, g_ptr_array_unref);
  self->people = g_steal_pointer (&data->people);
  show_people (self);
  load_data_free (data);

  if (self->revealed)
    reveal_missing (self);
}

static void
on_list_children_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  LoadData *data = user_data;
  CrCasePeopleGroup *self = data->self;
  g_autoptr(GPtrArray) children = NULL;
  g_autoptr(GError) error = NULL;

  children = cr_database_list_children_finish (CR_DATABASE (source), result, &error);
  if (data->case_id != self->case_id)
    {
      load_data_free (data);
      return;
    }

  if (children == NULL)
    {
      cr_show_error_toast (GTK_WIDGET (self), _("Could not load the children and family"), error);
      load_data_free (data);
      return;
    }

  for (guint i = 0; i < children->len; i++)
    g_ptr_array_add (data->people, g_object_ref (g_ptr_array_index (children, i)));

  cr_database_list_family_async (self->db, self->case_id, self->cancellable,
                                 on_list_family_cb, data);
}

static void
reload (CrCasePeopleGroup *self)
{
  LoadData *data;

  if (self->db == NULL || self->case_id == 0)
    {
      clear_rows (self);
      g_clear_pointer (&self->people, g_ptr_array_unref);
      return;
    }

  data = g_new0 (LoadData, 1);
  data->self = g_object_ref (self);
  data->case_id = self->case_id;
  data->people = g_ptr_array_new_with_free_func (g_object_unref);
  cr_database_list_children_async (self->db, self->case_id, self->cancellable,
                                   on_list_children_cb, data);
}

/*
 * Revealing and hiding
 */

static void
set_revealed (CrCasePeopleGroup *self,
              gboolean           revealed)
{
  if (!revealed)
    {
      /* Drop every identity from memory, after the rows that show them
       * have written what was typed. */
      clear_rows (self);
      g_clear_pointer (&self->reveal_reason, g_free);
      for (guint i = 0; self->people != NULL && i < self->people->len; i++)
        cr_person_set_identity (g_ptr_array_index (self->people, i), NULL);
    }

  self->updating = TRUE;
  gtk_toggle_button_set_active (self->reveal_button, revealed);
  adw_button_content_set_icon_name (self->reveal_content,
                                    revealed ? "view-conceal-symbolic" : "view-reveal-symbolic");
  self->updating = FALSE;

  if (self->revealed != revealed)
    {
      self->revealed = revealed;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVEALED]);
    }
}

typedef struct
{
  CrCasePeopleGroup *self;
  gint64             case_id;
  guint              pending;
  GError            *error;
} RevealBatch;

typedef struct
{
  RevealBatch *batch;
  GObject     *person;
} RevealOne;

static void
on_reveal_identity_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  RevealOne *one = user_data;
  RevealBatch *batch = one->batch;
  CrCasePeopleGroup *self = batch->self;
  g_autoptr(CrIdentity) identity = NULL;
  g_autoptr(GError) error = NULL;

  identity = cr_database_reveal_identity_finish (CR_DATABASE (source), result, &error);
  /* Hidden again or another case meanwhile: do not keep what arrives late. */
  if (identity != NULL && self->revealed && batch->case_id == self->case_id)
    cr_person_set_identity (one->person, identity);
  else if (identity == NULL && batch->error == NULL)
    batch->error = g_steal_pointer (&error);

  g_object_unref (one->person);
  g_free (one);

  if (--batch->pending > 0)
    return;

  if (batch->case_id != self->case_id)
    ;
  else if (batch->error != NULL)
    {
      if (!g_error_matches (batch->error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          cr_show_error_toast (GTK_WIDGET (self), _("Could not reveal the restricted details"),
                               batch->error);
          set_revealed (self, FALSE);
          show_people (self);
        }
    }
  else if (self->revealed)
    show_people (self);

  g_clear_error (&batch->error);
  g_object_unref (batch->self);
  g_free (batch);
}

/* Reveals the people of the case whose identity is not in memory yet. */
static void
reveal_missing (CrCasePeopleGroup *self)
{
  RevealBatch *batch = NULL;

  for (guint i = 0; self->people != NULL && i < self->people->len; i++)
    {
      GObject *person = g_ptr_array_index (self->people, i);
      RevealOne *one;

      if (cr_person_get_identity (person) != NULL)
        continue;

      if (batch == NULL)
        {
          batch = g_new0 (RevealBatch, 1);
          batch->self = g_object_ref (self);
          batch->case_id = self->case_id;
        }

      one = g_new0 (RevealOne, 1);
      one->batch = batch;
      one->person = g_object_ref (person);
      batch->pending++;
      cr_database_reveal_identity_async (self->db, cr_person_get_entity (person),
                                         cr_person_get_id (person), self->reveal_reason,
                                         self->cancellable,
                                         on_reveal_identity_cb, one);
    }

  if (batch == NULL)
    show_people (self);
}

void
cr_case_people_group_reveal (CrCasePeopleGroup *self,
                             const char        *reason)
{
  g_return_if_fail (CR_IS_CASE_PEOPLE_GROUP (self));

  if (reason == NULL || self->db == NULL || self->case_id == 0)
    {
      set_revealed (self, FALSE);
      show_people (self);
      return;
    }

  g_free (self->reveal_reason);
  self->reveal_reason = g_strdup (reason);
  set_revealed (self, TRUE);
  reveal_missing (self);
}

static void
on_reason_changed_cb (GtkEditable      *entry,
                      AdwMessageDialog *dialog)
{
  g_autofree char *reason = NULL;

  cr_text_normalise (gtk_editable_get_text (entry), REASON_MAX_CHARS, &reason, NULL);
  adw_message_dialog_set_response_enabled (dialog, "reveal", reason != NULL);
}

static void
on_reveal_response_cb (AdwMessageDialog  *dialog,
                       const char        *response,
                       CrCasePeopleGroup *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "cr-reason-entry");
  g_autofree char *reason = NULL;

  if (g_str_equal (response, "reveal") &&
      cr_text_normalise (gtk_editable_get_text (entry), REASON_MAX_CHARS, &reason, NULL) &&
      reason != NULL)
    cr_case_people_group_reveal (self, reason);
  else
    set_revealed (self, FALSE);
}

static void
ask_reason (CrCasePeopleGroup *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;
  GtkWidget *entry;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Reveal Restricted Details?"),
                                   _("The names and other restricted details of the children "
                                     "and family in this case will be shown. Your reason is "
                                     "recorded in the audit trail."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "reveal", _("_Reveal"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reveal",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "reveal", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "reveal");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason, for example preparing the rapid review"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason for revealing"),
                                  -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  g_object_set_data (G_OBJECT (dialog), "cr-reason-entry", entry);
  g_signal_connect (entry, "changed", G_CALLBACK (on_reason_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_reveal_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
on_reveal_toggled_cb (CrCasePeopleGroup *self)
{
  g_autoptr(GSettings) settings = NULL;

  if (self->updating)
    return;

  if (!gtk_toggle_button_get_active (self->reveal_button))
    {
      cr_case_people_group_reveal (self, NULL);
      return;
    }

  /* Without the schema, ask: revealing must never be easier by accident. */
  settings = cr_dup_settings ();
  if (settings == NULL || g_settings_get_boolean (settings, "reveal-requires-reason"))
    ask_reason (self);
  else
    cr_case_people_group_reveal (self, _("Revealed from the case page"));
}

/*
 * Adding people
 */

static char *
suggest_pseudonym (CrCasePeopleGroup *self,
                   CrPersonKind       kind)
{
  for (char letter = 'A'; letter <= 'Z'; letter++)
    {
      g_autofree char *candidate = NULL;

      /* Translators: %c is a letter; pseudonyms run Child A, Child B, ... */
      if (kind == CR_PERSON_KIND_CHILD)
        candidate = g_strdup_printf (_("Child %c"), letter);
      else
        /* Translators: %c is a letter; family pseudonyms run Adult A, Adult B, ... */
        candidate = g_strdup_printf (_("Adult %c"), letter);
      gboolean used = FALSE;

      for (guint i = 0; self->people != NULL && i < self->people->len && !used; i++)
        used = g_strcmp0 (cr_person_get_pseudonym (g_ptr_array_index (self->people, i)),
                          candidate) == 0;
      if (!used)
        return g_steal_pointer (&candidate);
    }
  return NULL;
}

static void
on_person_added_cb (CrCasePeopleGroup *self,
                    GObject           *person)
{
  reload (self);
}

static void
open_person_dialog (CrCasePeopleGroup *self,
                    CrPersonKind       kind)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *suggestion = NULL;
  CrPersonDialog *dialog;

  if (!cr_database_is_writable (self->db) || self->case_id == 0)
    return;

  suggestion = suggest_pseudonym (self, kind);
  dialog = cr_person_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                 self->db, self->case_id, kind, suggestion);
  g_signal_connect_object (dialog, "person-added", G_CALLBACK (on_person_added_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_add_child_activated_cb (CrCasePeopleGroup *self)
{
  open_person_dialog (self, CR_PERSON_KIND_CHILD);
}

static void
on_add_family_activated_cb (CrCasePeopleGroup *self)
{
  open_person_dialog (self, CR_PERSON_KIND_FAMILY_MEMBER);
}

static void
update_sensitivity (CrCasePeopleGroup *self)
{
  gboolean has_case = self->db != NULL && self->case_id != 0;
  gboolean writable = has_case && cr_database_is_writable (self->db);

  gtk_widget_set_sensitive (GTK_WIDGET (self->reveal_button), has_case);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_child_row), writable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_family_row), writable);
}

/* Forgets the shown case: cancels its loads and hides its identities. */
static void
reset (CrCasePeopleGroup *self)
{
  cr_case_group_cancel_load (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  set_revealed (self, FALSE);
  clear_rows (self);
  g_clear_pointer (&self->people, g_ptr_array_unref);
  update_sensitivity (self);
}

/*
 * GObject overrides
 */

static void
cr_case_people_group_dispose (GObject *object)
{
  CrCasePeopleGroup *self = (CrCasePeopleGroup *)object;

  cr_case_group_cancel_load (&self->cancellable);
  if (self->rows != NULL)
    for (guint i = 0; i < self->rows->len; i++)
      cr_person_row_detach (g_ptr_array_index (self->rows, i));

  /* AdwBin keeps its own pointer to the child: let it drop the child first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_CASE_PEOPLE_GROUP);
  g_clear_object (&self->db);
  g_clear_pointer (&self->people, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->reveal_reason, g_free);

  G_OBJECT_CLASS (cr_case_people_group_parent_class)->dispose (object);
}

static void
cr_case_people_group_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CrCasePeopleGroup *self = CR_CASE_PEOPLE_GROUP (object);

  if (prop_id == PROP_REVEALED)
    g_value_set_boolean (value, self->revealed);
  else if (!cr_case_group_get_property (self->db, self->case_id, prop_id, value))
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cr_case_people_group_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  CrCasePeopleGroup *self = CR_CASE_PEOPLE_GROUP (object);

  switch (prop_id)
    {
    case CR_CASE_GROUP_PROP_DATABASE:
      cr_case_people_group_set_database (self, g_value_get_object (value));
      break;

    case CR_CASE_GROUP_PROP_CASE_ID:
      cr_case_people_group_set_case_id (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_case_people_group_class_init (CrCasePeopleGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cr_case_people_group_dispose;
  object_class->get_property = cr_case_people_group_get_property;
  object_class->set_property = cr_case_people_group_set_property;

  cr_case_group_init_properties (properties);
  properties[PROP_REVEALED] =
    g_param_spec_boolean ("revealed", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-case-people-group.ui");
  gtk_widget_class_bind_template_child (widget_class, CrCasePeopleGroup, reveal_button);
  gtk_widget_class_bind_template_child (widget_class, CrCasePeopleGroup, reveal_content);
  gtk_widget_class_bind_template_child (widget_class, CrCasePeopleGroup, list_box);
  gtk_widget_class_bind_template_child (widget_class, CrCasePeopleGroup, add_child_row);
  gtk_widget_class_bind_template_child (widget_class, CrCasePeopleGroup, add_family_row);
  gtk_widget_class_bind_template_callback (widget_class, on_reveal_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_child_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_family_activated_cb);
}

static void
cr_case_people_group_init (CrCasePeopleGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->rows = g_ptr_array_new ();
  update_sensitivity (self);
}

/*
 * Public API
 */

GtkWidget *
cr_case_people_group_new (void)
{
  return g_object_new (CR_TYPE_CASE_PEOPLE_GROUP, NULL);
}

CrDatabase *
cr_case_people_group_get_database (CrCasePeopleGroup *self)
{
  g_return_val_if_fail (CR_IS_CASE_PEOPLE_GROUP (self), NULL);

  return self->db;
}

void
cr_case_people_group_set_database (CrCasePeopleGroup *self,
                                   CrDatabase        *db)
{
  g_return_if_fail (CR_IS_CASE_PEOPLE_GROUP (self));
  g_return_if_fail (db == NULL || CR_IS_DATABASE (db));

  if (self->db == db)
    return;

  reset (self);
  g_set_object (&self->db, db);
  update_sensitivity (self);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[CR_CASE_GROUP_PROP_DATABASE]);
}

gint64
cr_case_people_group_get_case_id (CrCasePeopleGroup *self)
{
  g_return_val_if_fail (CR_IS_CASE_PEOPLE_GROUP (self), 0);

  return self->case_id;
}

void
cr_case_people_group_set_case_id (CrCasePeopleGroup *self,
                                  gint64             case_id)
{
  g_return_if_fail (CR_IS_CASE_PEOPLE_GROUP (self));

  if (self->case_id == case_id)
    return;

  reset (self);
  self->case_id = case_id;
  update_sensitivity (self);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[CR_CASE_GROUP_PROP_CASE_ID]);
}

gboolean
cr_case_people_group_get_revealed (CrCasePeopleGroup *self)
{
  g_return_val_if_fail (CR_IS_CASE_PEOPLE_GROUP (self), FALSE);

  return self->revealed;
}
