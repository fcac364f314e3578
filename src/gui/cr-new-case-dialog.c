/* cr-new-case-dialog.c: records a new referral
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrNewCaseDialog"

#include "config.h"

#include "cr-new-case-dialog.h"

#include "cr-case-status.h"
#include "cr-edit-utils.h"
#include "cr-util.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#define TEXT_MAX_CHARS 4000
#define DEFAULT_PREFIX "CR"

struct _CrNewCaseDialog
{
  AdwWindow     parent_instance;

  /* Template widgets */
  GtkButton    *create_button;
  AdwEntryRow  *reference_row;
  GtkLabel     *reference_message;
  AdwEntryRow  *pseudonym_row;
  GtkLabel     *pseudonym_message;
  AdwComboRow  *review_type_row;
  AdwEntryRow  *incident_row;
  GtkLabel     *incident_message;
  AdwEntryRow  *aware_row;
  GtkLabel     *aware_message;
  GtkTextView  *summary_view;
  GtkLabel     *summary_message;

  /* Owned references */
  CrDatabase   *db;
  GCancellable *cancellable;
  GPtrArray    *references;    /* of the stored cases (char *) */
  GPtrArray    *pseudonyms;    /* of the stored cases (char *) */
  char         *prefix;

  guint         loading : 1;
  guint         reference_touched : 1;
  guint         pseudonym_touched : 1;
  guint         saving : 1;
};

G_DEFINE_FINAL_TYPE (CrNewCaseDialog, cr_new_case_dialog, ADW_TYPE_WINDOW)

enum {
  CASE_CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/*
 * Suggestions
 */

char *
cr_new_case_dialog_next_reference (const char * const *references,
                                   const char         *prefix,
                                   int                 year)
{
  g_autofree char *stem = NULL;
  gsize stem_len;
  guint64 highest = 0;

  g_return_val_if_fail (prefix != NULL, NULL);

  stem = g_strdup_printf ("%s-%04d-", prefix, year);
  stem_len = strlen (stem);

  for (guint i = 0; references != NULL && references[i] != NULL; i++)
    {
      const char *number = references[i] + stem_len;
      guint64 value;

      if (g_ascii_strncasecmp (references[i], stem, stem_len) != 0 || number[0] == '\0')
        continue;

      if (g_ascii_string_to_unsigned (number, 10, 0, 999999, &value, NULL))
        highest = MAX (highest, value);
    }

  return g_strdup_printf ("%s%03" G_GUINT64_FORMAT, stem, highest + 1);
}

static gboolean
is_used (GPtrArray  *values,
         const char *candidate)
{
  for (guint i = 0; values != NULL && i < values->len; i++)
    {
      const char *value = g_ptr_array_index (values, i);

      if (value != NULL && g_utf8_collate (value, candidate) == 0)
        return TRUE;
      if (value != NULL && g_ascii_strcasecmp (value, candidate) == 0)
        return TRUE;
    }
  return FALSE;
}

static char *
suggest_pseudonym (CrNewCaseDialog *self)
{
  for (char letter = 'A'; letter <= 'Z'; letter++)
    {
      /* Translators: %c is a letter; pseudonyms run Child A, Child B, ... */
      g_autofree char *candidate = g_strdup_printf (_("Child %c"), letter);

      if (!is_used (self->pseudonyms, candidate))
        return g_steal_pointer (&candidate);
    }
  return g_strdup (_("Child"));
}

static int
current_year (void)
{
  GDate today;

  cr_date_set_today (&today);
  return g_date_get_year (&today);
}

static void
fill_suggestions (CrNewCaseDialog *self)
{
  g_autoptr(GPtrArray) refs = g_ptr_array_new ();

  for (guint i = 0; self->references != NULL && i < self->references->len; i++)
    g_ptr_array_add (refs, g_ptr_array_index (self->references, i));
  g_ptr_array_add (refs, NULL);

  self->loading = TRUE;
  if (!self->reference_touched)
    {
      g_autofree char *next = cr_new_case_dialog_next_reference ((const char * const *) refs->pdata,
                                                                 self->prefix, current_year ());

      gtk_editable_set_text (GTK_EDITABLE (self->reference_row), next);
    }
  if (!self->pseudonym_touched)
    {
      g_autofree char *pseudonym = suggest_pseudonym (self);

      gtk_editable_set_text (GTK_EDITABLE (self->pseudonym_row), pseudonym);
    }
  self->loading = FALSE;
}

/*
 * Validation
 */

/* A case that passes validation, to try one field at a time. */
static CrCase *
new_candidate (void)
{
  CrCase *candidate = cr_case_new ();

  cr_case_set_reference (candidate, "X");
  cr_case_set_pseudonym (candidate, "X");
  return candidate;
}

static char *
dup_summary_text (CrNewCaseDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->summary_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Checks one text field with @property set on a candidate case. */
static gboolean
check_field (GtkWidget   *row,
             GtkLabel    *message,
             const char  *text,
             const char  *property,
             gboolean     is_date,
             char       **out_value)
{
  g_autoptr(CrCase) candidate = new_candidate ();
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;

  if (is_date)
    {
      if (!cr_parse_date_input (text, &value, &error))
        goto invalid;
    }
  else if (!cr_text_normalise (text, TEXT_MAX_CHARS, &value, &error))
    goto invalid;

  g_object_set (candidate, property, value, NULL);
  if (!cr_case_validate (candidate, &error))
    goto invalid;

  cr_set_field_error (row, message, NULL);
  if (out_value != NULL)
    *out_value = g_steal_pointer (&value);
  return TRUE;

invalid:
  cr_set_field_error (row, message, error->message);
  return FALSE;
}

/* Validates every field, shows the messages, and fills @out (when not
 * NULL) with the case to store. */
static gboolean
validate (CrNewCaseDialog  *self,
          CrCase          **out)
{
  g_autofree char *reference = NULL;
  g_autofree char *pseudonym = NULL;
  g_autofree char *incident = NULL;
  g_autofree char *aware = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *summary_text = dup_summary_text (self);
  g_autoptr(CrCase) kase = NULL;
  g_autoptr(GError) error = NULL;
  gboolean valid = TRUE;

  if (check_field (GTK_WIDGET (self->reference_row), self->reference_message,
                   gtk_editable_get_text (GTK_EDITABLE (self->reference_row)),
                   "reference", FALSE, &reference))
    {
      if (reference != NULL && is_used (self->references, reference))
        {
          g_autofree char *message = NULL;

          /* Translators: %s is a case reference such as CR-2026-003. */
          message = g_strdup_printf (_("Another case already has the reference %s: choose another."),
                                     reference);
          cr_set_field_error (GTK_WIDGET (self->reference_row), self->reference_message, message);
          valid = FALSE;
        }
    }
  else
    valid = FALSE;

  valid &= check_field (GTK_WIDGET (self->pseudonym_row), self->pseudonym_message,
                        gtk_editable_get_text (GTK_EDITABLE (self->pseudonym_row)),
                        "pseudonym", FALSE, &pseudonym);
  valid &= check_field (GTK_WIDGET (self->summary_view), self->summary_message, summary_text,
                        "summary", FALSE, &summary);

  if (check_field (GTK_WIDGET (self->incident_row), self->incident_message,
                   gtk_editable_get_text (GTK_EDITABLE (self->incident_row)),
                   "incident-date", TRUE, &incident) &
      check_field (GTK_WIDGET (self->aware_row), self->aware_message,
                   gtk_editable_get_text (GTK_EDITABLE (self->aware_row)),
                   "aware-date", TRUE, &aware))
    {
      g_autoptr(CrCase) both = new_candidate ();

      cr_case_set_incident_date (both, incident);
      cr_case_set_aware_date (both, aware);
      if (!cr_case_validate (both, &error))
        {
          cr_set_field_error (GTK_WIDGET (self->aware_row), self->aware_message, error->message);
          valid = FALSE;
        }
    }
  else
    valid = FALSE;

  if (!valid)
    return FALSE;

  kase = cr_case_new ();
  cr_case_set_reference (kase, reference);
  cr_case_set_pseudonym (kase, pseudonym);
  cr_case_set_status (kase, CR_CASE_STATUS_REFERRED);
  cr_case_set_review_type (kase, (CrReviewType) adw_combo_row_get_selected (self->review_type_row));
  cr_case_set_incident_date (kase, incident);
  cr_case_set_aware_date (kase, aware);
  cr_case_set_summary (kase, summary);

  /* The whole record, as storage will check it. */
  g_clear_error (&error);
  if (!cr_case_validate (kase, &error))
    {
      cr_set_field_error (GTK_WIDGET (self->reference_row), self->reference_message, error->message);
      return FALSE;
    }

  if (out != NULL)
    *out = g_steal_pointer (&kase);
  return TRUE;
}

static void
update_create_button (CrNewCaseDialog *self)
{
  gboolean valid = validate (self, NULL);

  gtk_widget_set_sensitive (GTK_WIDGET (self->create_button),
                            valid && !self->saving && cr_database_is_writable (self->db));
}

static void
on_changed_cb (CrNewCaseDialog *self,
               GtkEditable     *editable)
{
  if (self->loading)
    return;

  if (editable == GTK_EDITABLE (self->reference_row))
    self->reference_touched = TRUE;
  else if (editable == GTK_EDITABLE (self->pseudonym_row))
    self->pseudonym_touched = TRUE;

  update_create_button (self);
}

/*
 * Loading and creating
 */

static void
on_list_cases_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(CrNewCaseDialog) self = user_data;
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(GError) error = NULL;

  cases = cr_database_list_cases_finish (CR_DATABASE (source), result, &error);
  if (cases == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        cr_show_error_toast (GTK_WIDGET (self->create_button),
                             _("Could not read the existing references"), error);
      return;
    }

  for (guint i = 0; i < cases->len; i++)
    {
      CrCase *kase = g_ptr_array_index (cases, i);

      g_ptr_array_add (self->references, g_strdup (cr_case_get_reference (kase)));
      g_ptr_array_add (self->pseudonyms, g_strdup (cr_case_get_pseudonym (kase)));
    }

  fill_suggestions (self);
  update_create_button (self);
}

static void
on_create_case_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(CrNewCaseDialog) self = user_data;
  g_autoptr(CrCase) stored = NULL;
  g_autoptr(GError) error = NULL;

  stored = cr_database_create_case_finish (CR_DATABASE (source), result, &error);
  self->saving = FALSE;

  if (stored == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      if (g_error_matches (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_DUPLICATE))
        {
          g_ptr_array_add (self->references,
                           g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->reference_row))));
          update_create_button (self);
          cr_set_field_error (GTK_WIDGET (self->reference_row), self->reference_message,
                              error->message);
        }
      else
        {
          update_create_button (self);
          cr_show_error_toast (GTK_WIDGET (self->create_button), _("The case was not created"),
                               error);
        }
      return;
    }

  g_signal_emit (self, signals[CASE_CREATED], 0, stored);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_create_cb (CrNewCaseDialog *self)
{
  g_autoptr(CrCase) kase = NULL;

  if (self->saving || !cr_database_is_writable (self->db) || !validate (self, &kase))
    return;

  self->saving = TRUE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->create_button), FALSE);
  cr_database_create_case_async (self->db, kase, self->cancellable, on_create_case_cb,
                                 g_object_ref (self));
}

/*
 * GObject overrides
 */

static void
cr_new_case_dialog_dispose (GObject *object)
{
  CrNewCaseDialog *self = (CrNewCaseDialog *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_NEW_CASE_DIALOG);
  g_clear_object (&self->db);
  g_clear_pointer (&self->references, g_ptr_array_unref);
  g_clear_pointer (&self->pseudonyms, g_ptr_array_unref);
  g_clear_pointer (&self->prefix, g_free);

  G_OBJECT_CLASS (cr_new_case_dialog_parent_class)->dispose (object);
}

static void
cr_new_case_dialog_class_init (CrNewCaseDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cr_new_case_dialog_dispose;

  signals[CASE_CREATED] =
    g_signal_new ("case-created",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CR_TYPE_CASE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-new-case-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CrNewCaseDialog, create_button);
  gtk_widget_class_bind_template_child (widget_class, CrNewCaseDialog, reference_row);
  gtk_widget_class_bind_template_child (widget_class, CrNewCaseDialog, reference_message);
  gtk_widget_class_bind_template_child (widget_class, CrNewCaseDialog, pseudonym_row);
  gtk_widget_class_bind_template_child (widget_class, CrNewCaseDialog, pseudonym_message);
  gtk_widget_class_bind_template_child (widget_class, CrNewCaseDialog, review_type_row);
  gtk_widget_class_bind_template_child (widget_class, CrNewCaseDialog, incident_row);
  gtk_widget_class_bind_template_child (widget_class, CrNewCaseDialog, incident_message);
  gtk_widget_class_bind_template_child (widget_class, CrNewCaseDialog, aware_row);
  gtk_widget_class_bind_template_child (widget_class, CrNewCaseDialog, aware_message);
  gtk_widget_class_bind_template_child (widget_class, CrNewCaseDialog, summary_view);
  gtk_widget_class_bind_template_child (widget_class, CrNewCaseDialog, summary_message);
  gtk_widget_class_bind_template_callback (widget_class, on_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_create_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
on_summary_changed_cb (CrNewCaseDialog *self)
{
  update_create_button (self);
}

static void
cr_new_case_dialog_init (CrNewCaseDialog *self)
{
  g_autoptr(GtkStringList) review_types = gtk_string_list_new (NULL);
  g_autoptr(GSettings) settings = cr_dup_settings ();
  g_autofree char *prefix = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->references = g_ptr_array_new_with_free_func (g_free);
  self->pseudonyms = g_ptr_array_new_with_free_func (g_free);

  if (settings != NULL)
    prefix = g_strstrip (g_settings_get_string (settings, "reference-prefix"));
  self->prefix = g_strdup (prefix != NULL && prefix[0] != '\0' ? prefix : DEFAULT_PREFIX);

  for (guint t = 0; t < cr_review_type_get_n_types (); t++)
    gtk_string_list_append (review_types, cr_review_type_to_label ((CrReviewType) t));
  adw_combo_row_set_model (self->review_type_row, G_LIST_MODEL (review_types));
  g_signal_connect_swapped (self->review_type_row, "notify::selected",
                            G_CALLBACK (update_create_button), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->summary_view), "changed",
                            G_CALLBACK (on_summary_changed_cb), self);

  cr_entry_row_set_accessible_label (GTK_WIDGET (self->reference_row), _("Reference"));
  cr_entry_row_set_accessible_label (GTK_WIDGET (self->pseudonym_row), _("Pseudonym"));
  cr_entry_row_set_accessible_label (GTK_WIDGET (self->incident_row), _("Incident date"));
  cr_entry_row_set_accessible_label (GTK_WIDGET (self->aware_row), _("Local authority aware"));

  fill_suggestions (self);
}

/*
 * Public API
 */

CrNewCaseDialog *
cr_new_case_dialog_new (GtkWindow  *parent,
                        CrDatabase *db)
{
  CrNewCaseDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CR_IS_DATABASE (db), NULL);

  self = g_object_new (CR_TYPE_NEW_CASE_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->db = g_object_ref (db);
  update_create_button (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->pseudonym_row));

  cr_database_list_cases_async (db, self->cancellable, on_list_cases_cb, g_object_ref (self));
  return self;
}
