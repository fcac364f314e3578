/* cr-recommendation-dialog.c: add or edit a recommendation and who it is addressed to
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrRecommendationDialog"

#include "config.h"

#include "cr-recommendation-dialog.h"

#include "cr-agency.h"
#include "cr-database-report.h"
#include "cr-database-review.h"
#include "cr-dialog-utils.h"
#include "cr-edit-utils.h"
#include "cr-finding.h"
#include "cr-record-form.h"

#include <glib/gi18n.h>

static const char * const text_fields[] = { "text", NULL };
static const char * const addressed_fields[] = { "addressed-to", NULL };
static const char * const national_fields[] = { "national-body", NULL };
static const char * const outcome_fields[] = { "outcome", "status", NULL };
static const char * const required_fields[] = { "text", "addressed-to", "status", NULL };

struct _CrRecommendationDialog
{
  AdwWindow            parent_instance;

  /* Template widgets */
  GtkButton           *save_button;
  GtkSpinner          *spinner;
  GtkInfoBar          *error_bar;
  GtkLabel            *error_label;
  AdwBin              *form_bin;
  AdwComboRow         *finding_row;
  GtkStringList       *finding_list;
  AdwBin              *addressed_bin;
  AdwPreferencesGroup *agencies_group;
  AdwBin              *national_bin;
  AdwBin              *outcome_bin;
  GtkButton           *delete_button;

  /* Owned references */
  CrDatabase          *db;
  CrRecommendation    *original;
  CrRecommendation    *record;        /* the copy the forms edit */
  CrRecommendation    *pristine;
  GPtrArray           *forms;         /* CrRecordForm, unowned (in the tree) */
  GArray              *finding_ids;   /* gint64 per finding_list item (0: none) */
  GPtrArray           *agency_checks; /* GtkCheckButton, unowned */
  GCancellable        *cancellable;

  guint                busy : 1;
  guint                agencies_loaded : 1;
};

G_DEFINE_FINAL_TYPE (CrRecommendationDialog, cr_recommendation_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  DELETED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/*
 * State
 */

static gboolean
is_stored (CrRecommendationDialog *self)
{
  return cr_record_get_id (CR_RECORD (self->original)) != 0;
}

static gboolean
is_writable (CrRecommendationDialog *self)
{
  return cr_database_is_writable (self->db);
}

/* Each form checks the whole record, but only when one of its own fields
 * changes: the record itself says whether it can be saved. */
static gboolean
record_valid (CrRecommendationDialog *self)
{
  return cr_record_validate (CR_RECORD (self->record), NULL);
}

static void
update_actions (CrRecommendationDialog *self)
{
  cr_dialog_update_actions (GTK_WIDGET (self), self->save_button, self->spinner,
                            self->busy, is_writable (self), TRUE, record_valid (self),
                            is_stored (self));
}

static void
show_error (CrRecommendationDialog *self,
            const char             *what,
            const GError           *error)
{
  cr_dialog_show_error (self->error_bar, self->error_label, what, error);
}

static const char *
addressed_to (CrRecommendationDialog *self)
{
  return cr_record_get (CR_RECORD (self->record), "addressed-to");
}

static void write_agency_ids (CrRecommendationDialog *self);

static void
update_addressee (CrRecommendationDialog *self)
{
  /* Agency ids are kept only for named agencies. */
  if (g_strcmp0 (addressed_to (self), "agencies") == 0)
    write_agency_ids (self);
  else
    cr_record_set (CR_RECORD (self->record), "agency-ids", NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->agencies_group),
                          g_strcmp0 (addressed_to (self), "agencies") == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->national_bin),
                          g_strcmp0 (addressed_to (self), "national") == 0);
  update_actions (self);
}

/* The record's agency ids from the ticks, in the list's order. */
static void
write_agency_ids (CrRecommendationDialog *self)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (!self->agencies_loaded)
    return;

  for (guint i = 0; i < self->agency_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->agency_checks, i);
      gint64 *id = g_object_get_data (G_OBJECT (check), "cr-agency-id");

      if (gtk_check_button_get_active (check))
        g_array_append_val (ids, *id);
    }

  cr_recommendation_set_agency_ids (self->record, (const gint64 *) (gpointer) ids->data, ids->len);
}

/*
 * The finding it answers
 */

static void
fill_findings (CrRecommendationDialog *self,
               GListModel             *findings)
{
  gint64 current = g_ascii_strtoll (cr_record_has (CR_RECORD (self->record), "finding-id") ? cr_record_get (CR_RECORD (self->record), "finding-id") : "0", NULL, 10);
  guint selected = 0;
  gint64 none = 0;

  gtk_string_list_append (self->finding_list, _("Not linked to a finding"));
  g_array_append_val (self->finding_ids, none);

  for (guint i = 0; findings != NULL && i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(CrRecord) finding = g_list_model_get_item (findings, i);
      g_autofree char *title = cr_record_dup_title (finding);
      gint64 id = cr_record_get_id (finding);

      gtk_string_list_append (self->finding_list, title != NULL ? title : "");
      g_array_append_val (self->finding_ids, id);
      if (id == current)
        selected = self->finding_ids->len - 1;
    }

  adw_combo_row_set_selected (self->finding_row, selected);
}

static void
on_finding_selected_cb (CrRecommendationDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->finding_row);
  gint64 id = 0;
  g_autofree char *text = NULL;

  if (selected < self->finding_ids->len)
    id = g_array_index (self->finding_ids, gint64, selected);
  if (id > 0)
    text = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  cr_record_set (CR_RECORD (self->record), "finding-id", text);
}

/*
 * The agencies
 */

static void
on_agency_toggled_cb (CrRecommendationDialog *self)
{
  write_agency_ids (self);
  update_actions (self);
}

static void
on_agencies_listed_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(CrRecommendationDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) agencies = NULL;
  g_autoptr(GArray) ticked = NULL;

  agencies = cr_database_list_agencies_finish (CR_DATABASE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (agencies == NULL)
    {
      show_error (self, _("Could not list the agencies"), error);
      return;
    }

  ticked = cr_recommendation_dup_agency_ids (self->record);
  for (guint i = 0; i < agencies->len; i++)
    {
      CrAgency *agency = g_ptr_array_index (agencies, i);
      gint64 id = cr_agency_get_id (agency);
      gboolean active = FALSE;
      GtkWidget *row, *check;

      for (guint j = 0; j < ticked->len; j++)
        if (g_array_index (ticked, gint64, j) == id)
          active = TRUE;
      /* An archived agency only when the recommendation already names it. */
      if (cr_agency_get_archived (agency) && !active)
        continue;

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cr_agency_get_name (agency));
      check = gtk_check_button_new ();
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, cr_agency_get_name (agency),
                                      -1);
      g_object_set_data_full (G_OBJECT (check), "cr-agency-id", g_memdup2 (&id, sizeof id), g_free);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_agency_toggled_cb), self,
                               G_CONNECT_SWAPPED);
      g_ptr_array_add (self->agency_checks, check);
      adw_preferences_group_add (self->agencies_group, row);
    }

  if (self->agency_checks->len == 0)
    adw_preferences_group_set_description (self->agencies_group,
                                           _("The partnership has no agencies yet: add them in the Agencies register."));

  self->agencies_loaded = TRUE;
  update_actions (self);
}

/*
 * Saving
 */

static void
set_busy (GtkWindow *window,
          gboolean   busy)
{
  CrRecommendationDialog *self = CR_RECOMMENDATION_DIALOG (window);

  self->busy = busy;
  update_actions (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CrRecommendationDialog *self = CR_RECOMMENDATION_DIALOG (widget);
  g_autoptr(GError) error = NULL;

  if (self->busy || !is_writable (self))
    return;

  for (guint i = 0; i < self->forms->len; i++)
    {
      GtkWidget *form = g_ptr_array_index (self->forms, i);

      if (gtk_widget_get_visible (gtk_widget_get_parent (form)) &&
          !cr_record_form_validate (CR_RECORD_FORM (form), NULL))
        return;
    }

  /* Only what the addressee needs is kept. */
  if (g_strcmp0 (addressed_to (self), "agencies") == 0)
    write_agency_ids (self);
  else
    cr_record_set (CR_RECORD (self->record), "agency-ids", NULL);
  if (g_strcmp0 (addressed_to (self), "national") != 0)
    cr_record_set (CR_RECORD (self->record), "national-body", NULL);

  if (!cr_record_validate (CR_RECORD (self->record), &error))
    {
      show_error (self, _("Could not save"), error);
      return;
    }

  /* On failure the form keeps everything typed: correct and try again. */
  cr_dialog_save_record (GTK_WINDOW (self), self->db, CR_RECORD (self->record), self->cancellable,
                         self->error_bar, self->error_label, _("Could not save"),
                         set_busy, NULL);
}

/*
 * Deleting
 */

static void
on_delete_response_cb (CrRecommendationDialog *self,
                       const char             *response)
{
  if (g_strcmp0 (response, "delete") != 0 || self->busy || !is_stored (self))
    return;

  cr_dialog_delete_record (GTK_WINDOW (self), self->db, CR_RECORD (self->original), self->cancellable,
                           self->error_bar, self->error_label, set_busy, NULL);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CrRecommendationDialog *self = CR_RECOMMENDATION_DIALOG (widget);
  g_autofree char *title = NULL;
  g_autofree char *heading = NULL;

  if (self->busy || !is_stored (self) || !is_writable (self))
    return;

  title = cr_record_dup_title (CR_RECORD (self->original));
  heading = g_strdup_printf (_("Delete “%s”?"), title != NULL ? title : "");
  cr_dialog_confirm (GTK_WINDOW (self), heading,
                     _("It is removed from the report. The audit trail keeps a record of what it said."),
                     "cancel", _("_Cancel"),
                     "delete", _("_Delete"),
                     G_CALLBACK (on_delete_response_cb), self);
}

/*
 * Closing with changes not saved
 */

static gboolean
cr_recommendation_dialog_close_request (GtkWindow *window)
{
  CrRecommendationDialog *self = CR_RECOMMENDATION_DIALOG (window);

  if (!self->busy && is_writable (self) &&
      cr_dialog_record_changed (CR_RECORD (self->record), CR_RECORD (self->pristine)) &&
      cr_dialog_ask_discard (window, _("What was typed in this recommendation has not been saved.")))
    return TRUE;

  return GTK_WINDOW_CLASS (cr_recommendation_dialog_parent_class)->close_request (window);
}

/*
 * GObject overrides
 */

static void
on_map_cb (CrRecommendationDialog *self)
{
  if (self->forms->len > 0)
    gtk_widget_child_focus (g_ptr_array_index (self->forms, 0), GTK_DIR_TAB_FORWARD);
}

static void
cr_recommendation_dialog_dispose (GObject *object)
{
  CrRecommendationDialog *self = CR_RECOMMENDATION_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_RECOMMENDATION_DIALOG);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->record);
  g_clear_object (&self->pristine);
  g_clear_object (&self->original);
  g_clear_object (&self->db);
  g_ptr_array_set_size (self->forms, 0);
  g_ptr_array_set_size (self->agency_checks, 0);

  G_OBJECT_CLASS (cr_recommendation_dialog_parent_class)->dispose (object);
}

static void
cr_recommendation_dialog_finalize (GObject *object)
{
  CrRecommendationDialog *self = CR_RECOMMENDATION_DIALOG (object);

  g_ptr_array_unref (self->forms);
  g_ptr_array_unref (self->agency_checks);
  g_array_unref (self->finding_ids);

  G_OBJECT_CLASS (cr_recommendation_dialog_parent_class)->finalize (object);
}

static void
cr_recommendation_dialog_class_init (CrRecommendationDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = cr_recommendation_dialog_dispose;
  object_class->finalize = cr_recommendation_dialog_finalize;
  window_class->close_request = cr_recommendation_dialog_close_request;

  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CR_TYPE_RECORD);
  signals[DELETED] =
    g_signal_new ("deleted",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CR_TYPE_RECORD);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-recommendation-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CrRecommendationDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, CrRecommendationDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, CrRecommendationDialog, error_bar);
  gtk_widget_class_bind_template_child (widget_class, CrRecommendationDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, CrRecommendationDialog, form_bin);
  gtk_widget_class_bind_template_child (widget_class, CrRecommendationDialog, finding_row);
  gtk_widget_class_bind_template_child (widget_class, CrRecommendationDialog, finding_list);
  gtk_widget_class_bind_template_child (widget_class, CrRecommendationDialog, addressed_bin);
  gtk_widget_class_bind_template_child (widget_class, CrRecommendationDialog, agencies_group);
  gtk_widget_class_bind_template_child (widget_class, CrRecommendationDialog, national_bin);
  gtk_widget_class_bind_template_child (widget_class, CrRecommendationDialog, outcome_bin);
  gtk_widget_class_bind_template_child (widget_class, CrRecommendationDialog, delete_button);
  cr_dialog_class_bind_error_bar (widget_class);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "dialog.delete", NULL, delete_action);
  cr_dialog_class_add_bindings (widget_class, "dialog.save");
}

static void
cr_recommendation_dialog_init (CrRecommendationDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->forms = g_ptr_array_new ();
  self->agency_checks = g_ptr_array_new ();
  self->finding_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);
}

static void
add_form (CrRecommendationDialog *self,
          AdwBin                 *bin,
          const char * const     *fields)
{
  GtkWidget *form = cr_record_form_new (CR_RECORD (self->record), self->db, fields, required_fields);

  adw_bin_set_child (bin, form);
  g_ptr_array_add (self->forms, form);
  g_signal_connect_object (form, "notify::valid", G_CALLBACK (update_actions), self,
                           G_CONNECT_SWAPPED);
}

/*
 * Public API
 */

CrRecommendationDialog *
cr_recommendation_dialog_new (GtkWindow        *parent,
                              CrDatabase       *database,
                              CrRecommendation *recommendation,
                              GListModel       *findings)
{
  CrRecommendationDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CR_IS_DATABASE (database), NULL);
  g_return_val_if_fail (CR_IS_RECOMMENDATION (recommendation), NULL);

  self = g_object_new (CR_TYPE_RECOMMENDATION_DIALOG,
                       "transient-for", parent,
                       "title", cr_record_get_id (CR_RECORD (recommendation)) != 0
                                ? _("Edit Recommendation") : _("Add Recommendation"),
                       NULL);

  self->db = g_object_ref (database);
  self->original = g_object_ref (recommendation);
  self->record = cr_recommendation_new ();
  cr_record_copy_from (CR_RECORD (self->record), CR_RECORD (recommendation));

  add_form (self, self->form_bin, text_fields);
  add_form (self, self->addressed_bin, addressed_fields);
  add_form (self, self->national_bin, national_fields);
  add_form (self, self->outcome_bin, outcome_fields);
  fill_findings (self, findings);
  g_signal_connect_object (self->finding_row, "notify::selected",
                           G_CALLBACK (on_finding_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->record, "notify::addressed-to",
                           G_CALLBACK (update_addressee), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->record, "notify",
                           G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);

  self->pristine = cr_recommendation_new ();
  cr_record_copy_from (CR_RECORD (self->pristine), CR_RECORD (self->record));

  gtk_button_set_label (self->save_button, is_stored (self) ? _("_Save") : _("_Add"));
  gtk_widget_set_visible (GTK_WIDGET (self->delete_button), is_stored (self) && is_writable (self));

  cr_database_list_agencies_async (database, self->cancellable, on_agencies_listed_cb,
                                   g_object_ref (self));
  update_addressee (self);
  return self;
}

CrRecommendation *
cr_recommendation_dialog_get_recommendation (CrRecommendationDialog *self)
{
  g_return_val_if_fail (CR_IS_RECOMMENDATION_DIALOG (self), NULL);

  return self->record;
}

void
cr_recommendation_dialog_set_agency (CrRecommendationDialog *self,
                                     gint64                  agency_id,
                                     gboolean                ticked)
{
  g_return_if_fail (CR_IS_RECOMMENDATION_DIALOG (self));

  for (guint i = 0; i < self->agency_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->agency_checks, i);
      gint64 *id = g_object_get_data (G_OBJECT (check), "cr-agency-id");

      if (*id == agency_id)
        gtk_check_button_set_active (check, ticked);
    }
}

gboolean
cr_recommendation_dialog_get_loaded (CrRecommendationDialog *self)
{
  g_return_val_if_fail (CR_IS_RECOMMENDATION_DIALOG (self), FALSE);

  return self->agencies_loaded;
}
