/* cr-person-dialog.c: adds a child or a family member to a case
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrPersonDialog"

#include "config.h"

#include "cr-person-dialog.h"

#include "cr-child.h"
#include "cr-edit-utils.h"
#include "cr-family-member.h"
#include "cr-identity-row.h"
#include "cr-util.h"

#include <glib/gi18n.h>

#define TEXT_MAX_CHARS 200

struct _CrPersonDialog
{
  AdwWindow            parent_instance;

  /* Template widgets */
  AdwWindowTitle      *window_title;
  GtkButton           *add_button;
  AdwEntryRow         *pseudonym_row;
  GtkLabel            *pseudonym_message;
  AdwEntryRow         *relationship_row;
  GtkLabel            *relationship_message;
  AdwPreferencesGroup *identity_group;

  /* Owned references */
  CrDatabase          *db;
  GCancellable        *cancellable;
  GPtrArray           *identity_rows;   /* borrowed CrIdentityRow */

  gint64               case_id;
  CrPersonKind         kind;
  guint                saving : 1;
};

G_DEFINE_FINAL_TYPE (CrPersonDialog, cr_person_dialog, ADW_TYPE_WINDOW)

enum {
  PERSON_ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/*
 * Validation
 */

static gboolean
check_text_row (AdwEntryRow  *row,
                GtkLabel     *message,
                gboolean      required,
                char        **out_value)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;

  if (!cr_text_normalise (gtk_editable_get_text (GTK_EDITABLE (row)), TEXT_MAX_CHARS,
                          &value, &error))
    {
      cr_set_field_error (GTK_WIDGET (row), message, error->message);
      return FALSE;
    }

  if (required && value == NULL)
    {
      cr_set_field_error (GTK_WIDGET (row), message, _("Enter a pseudonym, for example Child B."));
      return FALSE;
    }

  cr_set_field_error (GTK_WIDGET (row), message, NULL);
  if (out_value != NULL)
    *out_value = g_steal_pointer (&value);
  return TRUE;
}

static gboolean
validate (CrPersonDialog *self)
{
  gboolean valid = TRUE;

  valid &= check_text_row (self->pseudonym_row, self->pseudonym_message, TRUE, NULL);
  if (self->kind == CR_PERSON_KIND_FAMILY_MEMBER)
    valid &= check_text_row (self->relationship_row, self->relationship_message, FALSE, NULL);

  for (guint i = 0; i < self->identity_rows->len; i++)
    valid &= cr_identity_row_check (g_ptr_array_index (self->identity_rows, i));

  return valid;
}

static void
update_add_button (CrPersonDialog *self,
                   gboolean        valid)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button),
                            valid && !self->saving && cr_database_is_writable (self->db));
}

static void
on_changed_cb (CrPersonDialog *self)
{
  update_add_button (self, validate (self));
}

/* The restricted details typed, or NULL when none was recorded. */
static CrIdentity *
build_identity (CrPersonDialog *self)
{
  g_autoptr(CrIdentity) identity = cr_identity_new ();
  gboolean any = FALSE;

  for (guint i = 0; i < self->identity_rows->len; i++)
    {
      CrIdentityRow *row = g_ptr_array_index (self->identity_rows, i);
      CrIdentityField field = cr_identity_row_get_field (row);
      CrFieldState state = cr_identity_row_get_state (row);
      g_autofree char *value = cr_identity_row_dup_value (row);

      if (state == CR_FIELD_STATE_UNSET)
        continue;

      cr_identity_set_state (identity, field, state);
      if (state == CR_FIELD_STATE_KNOWN)
        cr_identity_set_value (identity, field, value);
      any = TRUE;
    }

  return any ? g_steal_pointer (&identity) : NULL;
}

/*
 * Saving
 */

static void
finish_add (CrPersonDialog *self,
            GObject        *person,
            GError         *error)
{
  self->saving = FALSE;

  if (person == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      if (g_error_matches (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_DUPLICATE))
        cr_set_field_error (GTK_WIDGET (self->pseudonym_row), self->pseudonym_message,
                            error->message);
      else
        cr_show_error_toast (GTK_WIDGET (self->add_button), _("Could not add the person"), error);
      update_add_button (self, validate (self));
      return;
    }

  g_signal_emit (self, signals[PERSON_ADDED], 0, person);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_add_child_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(CrPersonDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrChild) child = NULL;

  child = cr_database_add_child_finish (CR_DATABASE (source), result, &error);
  finish_add (self, G_OBJECT (child), error);
}

static void
on_add_family_member_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(CrPersonDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrFamilyMember) member = NULL;

  member = cr_database_add_family_member_finish (CR_DATABASE (source), result, &error);
  finish_add (self, G_OBJECT (member), error);
}

static void
on_add_clicked_cb (CrPersonDialog *self)
{
  g_autofree char *pseudonym = NULL;
  g_autofree char *relationship = NULL;
  g_autoptr(CrIdentity) identity = NULL;

  if (self->saving || !cr_database_is_writable (self->db) || !validate (self))
    return;

  check_text_row (self->pseudonym_row, self->pseudonym_message, TRUE, &pseudonym);
  check_text_row (self->relationship_row, self->relationship_message, FALSE, &relationship);
  identity = build_identity (self);

  self->saving = TRUE;
  update_add_button (self, TRUE);

  if (self->kind == CR_PERSON_KIND_CHILD)
    {
      g_autoptr(CrChild) child = cr_child_new ();

      cr_child_set_case_id (child, self->case_id);
      cr_child_set_pseudonym (child, pseudonym);
      cr_child_set_identity (child, identity);
      cr_database_add_child_async (self->db, child, self->cancellable,
                                   on_add_child_cb, g_object_ref (self));
    }
  else
    {
      g_autoptr(CrFamilyMember) member = cr_family_member_new ();

      cr_family_member_set_case_id (member, self->case_id);
      cr_family_member_set_pseudonym (member, pseudonym);
      cr_family_member_set_relationship (member, relationship);
      cr_family_member_set_identity (member, identity);
      cr_database_add_family_member_async (self->db, member, self->cancellable,
                                           on_add_family_member_cb, g_object_ref (self));
    }
}

/*
 * GObject overrides
 */

static void
cr_person_dialog_dispose (GObject *object)
{
  CrPersonDialog *self = (CrPersonDialog *)object;

  /* A stored add still completes in the database; only the reply is dropped. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_PERSON_DIALOG);
  g_clear_object (&self->db);
  g_clear_pointer (&self->identity_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (cr_person_dialog_parent_class)->dispose (object);
}

static void
cr_person_dialog_class_init (CrPersonDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cr_person_dialog_dispose;

  signals[PERSON_ADDED] =
    g_signal_new ("person-added",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_OBJECT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-person-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CrPersonDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, CrPersonDialog, add_button);
  gtk_widget_class_bind_template_child (widget_class, CrPersonDialog, pseudonym_row);
  gtk_widget_class_bind_template_child (widget_class, CrPersonDialog, pseudonym_message);
  gtk_widget_class_bind_template_child (widget_class, CrPersonDialog, relationship_row);
  gtk_widget_class_bind_template_child (widget_class, CrPersonDialog, relationship_message);
  gtk_widget_class_bind_template_child (widget_class, CrPersonDialog, identity_group);
  gtk_widget_class_bind_template_callback (widget_class, on_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cr_person_dialog_init (CrPersonDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->identity_rows = g_ptr_array_new ();

  cr_entry_row_set_accessible_label (GTK_WIDGET (self->pseudonym_row), _("Pseudonym"));
  cr_entry_row_set_accessible_label (GTK_WIDGET (self->relationship_row), _("Relationship"));

  for (guint f = 0; f <= CR_IDENTITY_FIELD_LAST; f++)
    {
      GtkWidget *row = cr_identity_row_new ((CrIdentityField) f);

      g_signal_connect_swapped (row, "edited", G_CALLBACK (on_changed_cb), self);
      adw_preferences_group_add (self->identity_group, row);
      g_ptr_array_add (self->identity_rows, row);
    }
}

/*
 * Public API
 */

CrPersonDialog *
cr_person_dialog_new (GtkWindow    *parent,
                      CrDatabase   *db,
                      gint64        case_id,
                      CrPersonKind  kind,
                      const char   *suggested_pseudonym)
{
  CrPersonDialog *self;
  const char *title;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CR_IS_DATABASE (db), NULL);
  g_return_val_if_fail (case_id > 0, NULL);

  self = g_object_new (CR_TYPE_PERSON_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->db = g_object_ref (db);
  self->case_id = case_id;
  self->kind = kind;

  title = kind == CR_PERSON_KIND_CHILD ? _("Add Child") : _("Add Family Member");
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);
  gtk_widget_set_visible (GTK_WIDGET (self->relationship_row),
                          kind == CR_PERSON_KIND_FAMILY_MEMBER);

  gtk_editable_set_text (GTK_EDITABLE (self->pseudonym_row),
                         suggested_pseudonym != NULL ? suggested_pseudonym : "");
  update_add_button (self, validate (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->pseudonym_row));

  return self;
}
