/* cr-anonymisation-page.c: the anonymisation check: hits in context, one-click replacement, dismissals with reasons, the identifier register, checking a PDF
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrAnonymisationPage"

#include "config.h"

#include "cr-anonymisation-page.h"
#include "cr-anonymisation-page-private.h"

#include "cr-anonymisation.h"
#include "cr-anonymisation-dismissal.h"
#include "cr-database-review.h"
#include "cr-edit-utils.h"
#include "cr-record-list-group.h"
#include "cr-report-data.h"
#include "cr-report-window.h"

#include <glib/gi18n.h>

G_DEFINE_FINAL_TYPE (CrAnonymisationPage, cr_anonymisation_page, CR_TYPE_REVIEW_PAGE)

/*
 * The status at the top
 */

static void
set_status_style (CrAnonymisationPage *self,
                  const char          *icon_name,
                  const char          *css_class)
{
  static const char * const classes[] = { "success", "warning", "error", "dim-label" };

  gtk_image_set_from_icon_name (self->status_icon, icon_name);
  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_icon), classes[i]);
  if (css_class != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_icon), css_class);
}

static char *
dup_terms_text (CrAnonymisationPage *self)
{
  g_autofree char *names = NULL;
  g_autofree char *dates = NULL;
  g_autofree char *other = NULL;

  if (!self->terms_known)
    return NULL;

  /* Translators: part of "Looking for 12 names, 2 dates of birth and 6 other details" */
  names = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u name", "%u names", self->n_names), self->n_names);
  dates = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u date of birth", "%u dates of birth", self->n_dates),
                           self->n_dates);
  other = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u other detail", "%u other details", self->n_other),
                           self->n_other);
  /* Translators: "Looking for 12 names, 2 dates of birth and 6 other details" */
  return g_strdup_printf (_("Looking for %s, %s and %s"), names, dates, other);
}

static void
show_status (CrAnonymisationPage *self)
{
  g_autofree char *terms = dup_terms_text (self);
  g_autofree char *time = NULL;

  gtk_label_set_text (self->terms_label, terms != NULL ? terms : "");
  gtk_widget_set_visible (GTK_WIDGET (self->terms_label), terms != NULL);

  gtk_spinner_set_spinning (self->spinner, self->checking);
  gtk_stack_set_visible_child_name (self->status_icon_stack, self->checking ? "checking" : "icon");

  if (self->checking)
    gtk_label_set_text (self->status_title, _("Checking the report…"));
  else if (self->error_text != NULL)
    {
      set_status_style (self, "dialog-error-symbolic", "error");
      gtk_label_set_text (self->status_title, _("The report could not be checked"));
    }
  else if (self->hits == NULL)
    {
      set_status_style (self, "system-search-symbolic", "dim-label");
      gtk_label_set_text (self->status_title, _("Not checked yet"));
    }
  else
    {
      guint n = cr_anonymisation_count_unresolved (self->hits);

      if (n == 0)
        {
          set_status_style (self, "emblem-ok-symbolic", "success");
          gtk_label_set_text (self->status_title, _("No identifying details found"));
        }
      else
        {
          g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                 "%u identifying detail to resolve",
                                                                 "%u identifying details to resolve", n), n);

          set_status_style (self, "dialog-warning-symbolic", "warning");
          gtk_label_set_text (self->status_title, title);
        }
    }

  if (self->error_text != NULL && !self->checking)
    time = g_strdup (self->error_text);
  else if (self->checked_at != NULL)
    {
      g_autofree char *clock = g_date_time_format (self->checked_at, "%H:%M");

      if (self->pdf_name != NULL)
        /* Translators: "Last checked at 14:32, with “report.pdf”" */
        time = g_strdup_printf (_("Last checked at %s, with “%s”"), clock, self->pdf_name);
      else
        /* Translators: "Last checked at 14:32" */
        time = g_strdup_printf (_("Last checked at %s"), clock);
    }
  gtk_label_set_text (self->time_label, time != NULL ? time : "");
  gtk_widget_set_visible (GTK_WIDGET (self->time_label), time != NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "check.forget-pdf", self->pdf != NULL);
}

/*
 * Checking
 */

static void
on_checked_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(CrLoadTag) tag = user_data;
  CrAnonymisationPage *self = CR_ANONYMISATION_PAGE (tag->owner);
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(CrAnonymisationTerms) terms = NULL;
  g_autoptr(GError) error = NULL;

  hits = cr_report_data_check_finish (result, NULL, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      tag->id != cr_review_page_get_case_id (CR_REVIEW_PAGE (self)))
    return;

  /* The counts of what was looked for, from the terms the check loaded:
   * each load is audited, so they are not loaded again for this. */
  terms = cr_report_data_check_dup_terms (result);
  if (terms != NULL)
    {
      cr_anonymisation_terms_count (terms, &self->n_names, &self->n_dates, &self->n_other);
      self->terms_known = TRUE;
    }

  self->checking = FALSE;
  g_clear_pointer (&self->error_text, g_free);
  if (hits == NULL)
    {
      /* Fail closed: nothing from an earlier check is shown as current. */
      g_clear_pointer (&self->hits, g_ptr_array_unref);
      self->error_text = g_strdup (error->message);
    }
  else
    {
      g_clear_pointer (&self->hits, g_ptr_array_unref);
      self->hits = g_steal_pointer (&hits);
      g_clear_pointer (&self->checked_at, g_date_time_unref);
      self->checked_at = g_date_time_new_now_local ();
    }

  _cr_anonymisation_page_show_hits (self);
  show_status (self);

  if (self->check_again)
    {
      self->check_again = FALSE;
      _cr_anonymisation_page_check (self);
    }
}

static void
on_dismissals_listed (CrReviewPage *page,
                      GPtrArray    *records,
                      const GError *error)
{
  CrAnonymisationPage *self = CR_ANONYMISATION_PAGE (page);

  if (records == NULL)
    return;
  g_clear_pointer (&self->dismissals, g_ptr_array_unref);
  self->dismissals = g_ptr_array_ref (records);
  _cr_anonymisation_page_show_hits (self);
}

void
_cr_anonymisation_page_check (CrAnonymisationPage *self)
{
  CrDatabase *db = cr_review_page_get_database (CR_REVIEW_PAGE (self));
  gint64 case_id = cr_review_page_get_case_id (CR_REVIEW_PAGE (self));

  if (db == NULL || case_id == 0)
    return;

  /* A check under way read the report before this change: a new one. */
  g_cancellable_cancel (self->check_cancellable);
  g_clear_object (&self->check_cancellable);
  self->check_cancellable = g_cancellable_new ();
  self->checking = TRUE;
  self->check_again = FALSE;
  self->stale = FALSE;
  show_status (self);

  cr_review_page_list_records (CR_REVIEW_PAGE (self), CR_TYPE_ANONYMISATION_DISMISSAL,
                               _("Could not read the dismissals"), on_dismissals_listed);
  cr_report_data_check_async (db, case_id, self->pdf, self->check_cancellable, on_checked_cb,
                              cr_load_tag_new (self, case_id));
}

static void
check_when_shown (CrAnonymisationPage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    _cr_anonymisation_page_check (self);
  else
    self->stale = TRUE;
}

static void
on_report_changed_cb (CrAnonymisationPage *self)
{
  check_when_shown (self);
}

void
_cr_anonymisation_page_report_changed (CrAnonymisationPage *self)
{
  /* The report window tells every page, this one included (the page
   * also lives outside that window). */
  if (!cr_report_window_notify_from (GTK_WIDGET (self)))
    check_when_shown (self);
}

static void
cr_anonymisation_page_reload (CrReviewPage *page,
                              gboolean      new_case)
{
  CrAnonymisationPage *self = CR_ANONYMISATION_PAGE (page);

  if (new_case)
    {
      g_cancellable_cancel (self->check_cancellable);
      self->checking = FALSE;
      self->terms_known = FALSE;
      g_clear_pointer (&self->hits, g_ptr_array_unref);
      g_clear_pointer (&self->dismissals, g_ptr_array_unref);
      g_clear_pointer (&self->checked_at, g_date_time_unref);
      g_clear_pointer (&self->error_text, g_free);
      g_clear_pointer (&self->pdf, g_bytes_unref);
      g_clear_pointer (&self->pdf_name, g_free);
      gtk_widget_set_visible (self->pdf_note, FALSE);
      gtk_toggle_button_set_active (self->reveal_button, FALSE);
      _cr_anonymisation_page_show_hits (self);
      show_status (self);
    }

  check_when_shown (self);
}

static void
check_now_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  _cr_anonymisation_page_check (CR_ANONYMISATION_PAGE (widget));
}

/*
 * The details to look for
 */

static char *
identifier_value (CrRecord    *record,
                  const char **css_class,
                  gpointer     user_data)
{
  CrAnonymisationPage *self = user_data;
  const char *value = cr_record_get (record, "value");

  *css_class = "dim-label";
  if (value == NULL)
    return NULL;
  /* Restricted: shown only when asked. */
  if (!gtk_toggle_button_get_active (self->reveal_button))
    return g_strdup ("••••••••");
  return g_strdup (value);
}

static void
on_reveal_toggled_cb (CrAnonymisationPage *self)
{
  cr_record_list_group_set_status_func (self->identifiers_group, identifier_value, self);
}

static void
on_identifiers_changed_cb (CrAnonymisationPage *self)
{
  _cr_anonymisation_page_check (self);
}

/*
 * GtkWidget overrides
 */

static void
cr_anonymisation_page_map (GtkWidget *widget)
{
  CrAnonymisationPage *self = CR_ANONYMISATION_PAGE (widget);

  GTK_WIDGET_CLASS (cr_anonymisation_page_parent_class)->map (widget);

  /* Shown: a check, unless the last one is still current. */
  if (self->stale || (self->hits == NULL && !self->checking))
    _cr_anonymisation_page_check (self);
}

static void
cr_anonymisation_page_root (GtkWidget *widget)
{
  CrAnonymisationPage *self = CR_ANONYMISATION_PAGE (widget);
  GtkRoot *root;

  GTK_WIDGET_CLASS (cr_anonymisation_page_parent_class)->root (widget);

  root = gtk_widget_get_root (widget);
  if (root != NULL && g_signal_lookup ("report-changed", G_OBJECT_TYPE (root)) != 0)
    {
      self->root = GTK_WIDGET (root);
      self->report_changed_id = g_signal_connect_object (root, "report-changed",
                                                         G_CALLBACK (on_report_changed_cb), self,
                                                         G_CONNECT_SWAPPED);
    }
}

static void
cr_anonymisation_page_unroot (GtkWidget *widget)
{
  CrAnonymisationPage *self = CR_ANONYMISATION_PAGE (widget);

  if (self->root != NULL)
    g_clear_signal_handler (&self->report_changed_id, self->root);
  self->root = NULL;

  GTK_WIDGET_CLASS (cr_anonymisation_page_parent_class)->unroot (widget);
}

/*
 * GObject overrides
 */

static void
cr_anonymisation_page_dispose (GObject *object)
{
  CrAnonymisationPage *self = CR_ANONYMISATION_PAGE (object);

  g_cancellable_cancel (self->check_cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_ANONYMISATION_PAGE);

  g_clear_object (&self->check_cancellable);
  g_clear_pointer (&self->hits, g_ptr_array_unref);
  g_clear_pointer (&self->dismissals, g_ptr_array_unref);
  g_clear_pointer (&self->hit_widgets, g_ptr_array_unref);
  g_clear_pointer (&self->dismissed_rows, g_ptr_array_unref);
  g_clear_pointer (&self->pdf, g_bytes_unref);
  g_clear_pointer (&self->checked_at, g_date_time_unref);

  G_OBJECT_CLASS (cr_anonymisation_page_parent_class)->dispose (object);
}

static void
cr_anonymisation_page_finalize (GObject *object)
{
  CrAnonymisationPage *self = CR_ANONYMISATION_PAGE (object);

  g_free (self->pdf_name);
  g_free (self->error_text);

  G_OBJECT_CLASS (cr_anonymisation_page_parent_class)->finalize (object);
}

static void
cr_anonymisation_page_class_init (CrAnonymisationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CrReviewPageClass *page_class = CR_REVIEW_PAGE_CLASS (klass);

  object_class->dispose = cr_anonymisation_page_dispose;
  object_class->finalize = cr_anonymisation_page_finalize;
  widget_class->map = cr_anonymisation_page_map;
  widget_class->root = cr_anonymisation_page_root;
  widget_class->unroot = cr_anonymisation_page_unroot;
  page_class->reload = cr_anonymisation_page_reload;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-anonymisation-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CrAnonymisationPage, status_icon_stack);
  gtk_widget_class_bind_template_child (widget_class, CrAnonymisationPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, CrAnonymisationPage, status_icon);
  gtk_widget_class_bind_template_child (widget_class, CrAnonymisationPage, status_title);
  gtk_widget_class_bind_template_child (widget_class, CrAnonymisationPage, terms_label);
  gtk_widget_class_bind_template_child (widget_class, CrAnonymisationPage, time_label);
  gtk_widget_class_bind_template_child (widget_class, CrAnonymisationPage, pdf_note);
  gtk_widget_class_bind_template_child (widget_class, CrAnonymisationPage, pdf_label);
  gtk_widget_class_bind_template_child (widget_class, CrAnonymisationPage, hits_box);
  gtk_widget_class_bind_template_child (widget_class, CrAnonymisationPage, dismissed_group);
  gtk_widget_class_bind_template_child (widget_class, CrAnonymisationPage, dismissed_row);
  gtk_widget_class_bind_template_child (widget_class, CrAnonymisationPage, identifiers_box);
  gtk_widget_class_bind_template_child (widget_class, CrAnonymisationPage, reveal_button);
  gtk_widget_class_bind_template_callback (widget_class, on_reveal_toggled_cb);

  gtk_widget_class_install_action (widget_class, "check.check-now", NULL, check_now_action);
  _cr_anonymisation_page_class_init_pdf (widget_class);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "check.check-now", NULL);
}

static void
cr_anonymisation_page_init (CrAnonymisationPage *self)
{
  GtkWidget *group;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->hit_widgets = g_ptr_array_new ();
  self->dismissed_rows = g_ptr_array_new ();

  group = cr_record_list_group_new (CR_TYPE_CASE_IDENTIFIER, _("Details to Look For"), _("Add Detail…"),
                                    _("No other details recorded. The real names, dates of birth and addresses of the children and family are looked for already: add the schools, streets, places, numbers and other names that would identify them."));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Restricted: what would identify the family if it were published."));
  self->identifiers_group = CR_RECORD_LIST_GROUP (group);
  gtk_box_prepend (self->identifiers_box, group);
  cr_review_page_add_list_group (CR_REVIEW_PAGE (self), self->identifiers_group);
  cr_record_list_group_set_status_func (self->identifiers_group, identifier_value, self);
  g_signal_connect_object (group, "changed", G_CALLBACK (on_identifiers_changed_cb), self,
                           G_CONNECT_SWAPPED);

  show_status (self);
}

/*
 * Public API
 */

GtkWidget *
cr_anonymisation_page_new (void)
{
  return g_object_new (CR_TYPE_ANONYMISATION_PAGE, NULL);
}
