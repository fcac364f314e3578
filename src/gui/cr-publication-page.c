/* cr-publication-page.c: the final report, the publication assistant's
 * progress, the 7-minute briefing and its deliveries
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrPublicationPage"

#include "config.h"

#include "cr-publication-page.h"
#include "cr-publication-page-private.h"

#include "cr-briefing-delivery.h"
#include "cr-briefing-dialog.h"
#include "cr-case-status.h"
#include "cr-database-report.h"
#include "cr-deadline-policy.h"
#include "cr-deadline.h"
#include "cr-edit-utils.h"
#include "cr-parallel-process.h"
#include "cr-publication-assistant.h"
#include "cr-record-list-group.h"
#include "cr-report-data.h"
#include "cr-report-window.h"
#include "cr-window.h"

#include <glib/gi18n.h>
#include <string.h>

G_DEFINE_FINAL_TYPE (CrPublicationPage, cr_publication_page, CR_TYPE_REVIEW_PAGE)

/* The date each step records, shown once it is done. */
static const char * const step_date_fields[CR_PUBLICATION_N_STEPS] = {
  NULL, "anonymisation-date", "family-told-date", "decision-date", "copies-date",
  "published-date", "repository-date",
};

/*
 * Showing
 */

static void
fill_context (CrPublicationPage    *self,
              CrPublicationContext *context)
{
  CrCase *kase = cr_review_page_get_case (CR_REVIEW_PAGE (self));

  memset (context, 0, sizeof *context);
  context->status = kase != NULL ? cr_case_get_status (kase) : CR_CASE_STATUS_REFERRED;
  context->open_proceedings = self->open_proceedings;
  /* The page does not run the check (the assistant and the Check page
   * do): a check that passed is what it shows. */
  context->unresolved_hits = self->publication != NULL &&
                             cr_record_has (CR_RECORD (self->publication), "anonymisation-date") ? 0 : 1;
  context->closure_dates = cr_deadline_policy_get_closure_dates (cr_deadline_policy_get_default ());
}

static void
show_steps (CrPublicationPage *self)
{
  CrPublicationContext context;
  CrPublicationStep current = CR_PUBLICATION_N_STEPS;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->steps_list))) != NULL)
    gtk_list_box_remove (self->steps_list, child);

  fill_context (self, &context);
  if (self->publication != NULL)
    current = cr_publication_get_current_step (self->publication, &context);
  else
    current = CR_PUBLICATION_STEP_PROCEEDINGS;

  for (guint step = 0; step < CR_PUBLICATION_N_STEPS; step++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = NULL;
      g_autofree char *subtitle = NULL;

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cr_publication_step_get_title (step));

      if (step < current)
        {
          const char *field = step_date_fields[step];
          g_autofree char *date = field != NULL && self->publication != NULL
            ? cr_record_dup_date_label (CR_RECORD (self->publication), field) : NULL;

          /* Translators: a step of publication done, "Done on 3 May 2027" */
          subtitle = date != NULL ? g_strdup_printf (_("Done on %s"), date) : g_strdup (_("Done"));
          icon = gtk_image_new_from_icon_name ("emblem-ok-symbolic");
          gtk_widget_add_css_class (icon, "success");
        }
      else if (step == current)
        {
          subtitle = g_strdup (_("Next"));
          icon = gtk_image_new_from_icon_name ("go-next-symbolic");
          gtk_widget_add_css_class (icon, "accent");
        }
      else
        {
          subtitle = g_strdup (_("Not yet"));
          gtk_widget_add_css_class (row, "dim-label");
        }

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      if (icon != NULL)
        {
          gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, subtitle,
                                          -1);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
        }
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_list_box_append (self->steps_list, row);
    }
}

static void
show_deadlines (CrPublicationPage *self)
{
  CrRecord *record = self->publication != NULL ? CR_RECORD (self->publication) : NULL;
  const char * const *closures = cr_deadline_policy_get_closure_dates (cr_deadline_policy_get_default ());
  g_autofree char *due = NULL;
  g_autofree char *until = NULL;

  if (record != NULL && cr_record_has (record, "planned-date") && !cr_record_has (record, "copies-date"))
    due = cr_publication_dup_copies_due (cr_record_get (record, "planned-date"), closures);
  gtk_widget_set_visible (GTK_WIDGET (self->due_row), due != NULL);
  if (due != NULL)
    {
      g_autofree char *label = cr_deadline_format_long_date (due);
      g_autofree char *planned = cr_record_dup_date_label (record, "planned-date");
      g_autofree char *title = g_strdup_printf (_("Send copies by %s"), label);
      /* Translators: "To the Panel and the Secretary of State, 7 working days before publication on 3 May 2027" */
      g_autofree char *subtitle = g_strdup_printf (_("To the Panel and the Secretary of State, 7 working days before publication on %s"),
                                                   planned);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->due_row), title);
      adw_action_row_set_subtitle (self->due_row, subtitle);
    }

  if (record != NULL)
    until = cr_publication_dup_keep_until (self->publication);
  gtk_widget_set_visible (GTK_WIDGET (self->keep_row), until != NULL);
  if (until != NULL)
    {
      g_autofree char *label = cr_deadline_format_long_date (until);
      g_autofree char *title = g_strdup_printf (_("Keep available until %s"), label);
      const char *place = cr_record_get (record, "place");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->keep_row), title);
      adw_action_row_set_subtitle (self->keep_row, place != NULL ? place : "");
    }
}

static void
show_status (CrPublicationPage *self)
{
  CrCase *kase = cr_review_page_get_case (CR_REVIEW_PAGE (self));
  gboolean writable = cr_review_page_is_writable (CR_REVIEW_PAGE (self));

  if (kase == NULL)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row), _("No case is open"));
      adw_action_row_set_subtitle (self->status_row, "");
    }
  else
    {
      /* Translators: "Case status: LCSPR sign-off" */
      g_autofree char *title = g_strdup_printf (_("Case status: %s"),
                                                cr_case_status_to_label (cr_case_get_status (kase)));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row), title);
      adw_action_row_set_subtitle (self->status_row,
                                   cr_case_status_to_description (cr_case_get_status (kase)));
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "publication.open-assistant",
                                 writable && self->publication != NULL);
  show_steps (self);
  show_deadlines (self);
}

static guint
count_parts (CrBriefing *briefing)
{
  guint n = 0;

  for (guint part = 1; part <= 7; part++)
    if (cr_record_has (CR_RECORD (briefing), cr_briefing_part_get_field (part)))
      n++;
  return n;
}

void
_cr_publication_page_show_briefing (CrPublicationPage *self)
{
  CrBriefing *briefing = self->report != NULL ? cr_review_report_get_briefing (self->report) : NULL;
  gboolean writable = cr_review_page_is_writable (CR_REVIEW_PAGE (self));

  if (self->report == NULL)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->briefing_row),
                                     self->report_error != NULL ? _("The briefing could not be read")
                                                                : _("Reading the briefing…"));
      adw_action_row_set_subtitle (self->briefing_row,
                                   self->report_error != NULL ? self->report_error : "");
    }
  else if (briefing == NULL)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->briefing_row),
                                     _("No briefing drafted yet"));
      adw_action_row_set_subtitle (self->briefing_row,
                                   _("Draft it from the findings, then edit each part."));
    }
  else
    {
      const char *title = cr_record_get (CR_RECORD (briefing), "title");
      guint n = count_parts (briefing);
      /* Translators: how much of the briefing is written, "5 of 7 parts written" */
      g_autofree char *subtitle = g_strdup_printf (ngettext ("%u of 7 parts written",
                                                             "%u of 7 parts written", n), n);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->briefing_row),
                                     title != NULL ? title : _("7-minute briefing"));
      adw_action_row_set_subtitle (self->briefing_row, subtitle);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->draft_button), self->report != NULL && briefing == NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->edit_button), briefing != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "publication.draft-briefing",
                                 writable && self->report != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "publication.edit-briefing",
                                 writable && briefing != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "publication.preview-briefing",
                                 briefing != NULL && !self->rendering);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "publication.export-briefing",
                                 briefing != NULL && !self->rendering);
}

/*
 * Loading
 */

static void
on_publication_loaded_cb (GObject      *source,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  g_autoptr(CrLoadTag) tag = user_data;
  CrPublicationPage *self = CR_PUBLICATION_PAGE (tag->owner);
  g_autoptr(CrPublication) publication = NULL;
  g_autoptr(GError) error = NULL;

  publication = cr_database_load_publication_finish (CR_DATABASE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      tag->id != cr_review_page_get_case_id (CR_REVIEW_PAGE (self)))
    return;
  if (publication == NULL)
    {
      cr_show_error_toast (GTK_WIDGET (self), _("Could not read the publication"), error);
      return;
    }

  g_set_object (&self->publication, publication);
  show_status (self);
}

static void
processes_loaded (CrReviewPage *page,
                  GPtrArray    *records,
                  const GError *error)
{
  CrPublicationPage *self = CR_PUBLICATION_PAGE (page);

  self->open_proceedings = 0;
  for (guint i = 0; records != NULL && i < records->len; i++)
    if (g_strcmp0 (cr_record_get (g_ptr_array_index (records, i), "status"), "concluded") != 0)
      self->open_proceedings++;
  show_status (self);
}

static void
on_report_loaded_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(CrLoadTag) tag = user_data;
  CrPublicationPage *self = CR_PUBLICATION_PAGE (tag->owner);
  g_autoptr(CrReviewReport) report = NULL;
  g_autoptr(GError) error = NULL;

  report = cr_report_data_load_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      tag->id != cr_review_page_get_case_id (CR_REVIEW_PAGE (self)))
    return;

  g_clear_pointer (&self->report_error, g_free);
  if (report == NULL)
    self->report_error = g_strdup (error->message);
  g_set_object (&self->report, report);
  _cr_publication_page_show_briefing (self);
}

void
_cr_publication_page_load (CrPublicationPage *self)
{
  CrReviewPage *page = CR_REVIEW_PAGE (self);
  CrDatabase *db = cr_review_page_get_database (page);
  gint64 case_id = cr_review_page_get_case_id (page);

  if (db == NULL || case_id == 0)
    return;

  cr_database_load_publication_async (db, case_id, cr_review_page_get_cancellable (page),
                                      on_publication_loaded_cb, cr_load_tag_new (self, case_id));
  cr_review_page_list_records (page, CR_TYPE_PARALLEL_PROCESS, _("Could not read the parallel proceedings"),
                               processes_loaded);
  cr_report_data_load_async (db, case_id, cr_review_page_get_cancellable (page),
                             on_report_loaded_cb, cr_load_tag_new (self, case_id));
}

static void
cr_publication_page_reload (CrReviewPage *page,
                            gboolean      new_case)
{
  CrPublicationPage *self = CR_PUBLICATION_PAGE (page);

  if (new_case)
    {
      g_clear_object (&self->publication);
      g_clear_object (&self->report);
      g_clear_pointer (&self->report_error, g_free);
      self->open_proceedings = 0;
    }
  show_status (self);
  _cr_publication_page_show_briefing (self);
  _cr_publication_page_load (self);
}

/*
 * The case moved (copies sent, published): this page, the report window
 * and through it the main and review windows follow.
 */

void
_cr_publication_page_case_updated (CrPublicationPage *self,
                                   CrCase            *updated)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(CrCase) kase = g_object_ref (updated);
  GtkApplication *application;

  if (cr_case_get_id (kase) != cr_review_page_get_case_id (CR_REVIEW_PAGE (self)))
    return;

  cr_review_page_set_case (CR_REVIEW_PAGE (self), kase);
  if (CR_IS_REPORT_WINDOW (root))
    {
      cr_report_window_set_case (CR_REPORT_WINDOW (root), kase);
      return;
    }

  /* Not in a report window: the main window of this database directly. */
  application = GTK_IS_WINDOW (root) ? gtk_window_get_application (GTK_WINDOW (root)) : NULL;
  for (GList *l = application != NULL ? gtk_application_get_windows (application) : NULL;
       l != NULL; l = l->next)
    if (CR_IS_WINDOW (l->data) &&
        cr_window_get_database (l->data) == cr_review_page_get_database (CR_REVIEW_PAGE (self)))
      cr_window_update_case (l->data, kase);
}

static void
on_assistant_case_cb (CrPublicationAssistant *assistant,
                      GParamSpec             *pspec,
                      CrPublicationPage      *self)
{
  _cr_publication_page_case_updated (self, cr_publication_assistant_get_case (assistant));
}

static void
on_assistant_open_check_cb (CrPublicationPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (CR_IS_REPORT_WINDOW (root))
    {
      cr_report_window_show_page (CR_REPORT_WINDOW (root), "check");
      gtk_window_present (GTK_WINDOW (root));
    }
}

static void
on_assistant_destroy_cb (CrPublicationPage *self)
{
  _cr_publication_page_load (self);
}

static void
open_assistant_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CrPublicationPage *self = CR_PUBLICATION_PAGE (widget);
  CrReviewPage *page = CR_REVIEW_PAGE (self);
  CrPublicationAssistant *assistant;

  if (cr_review_page_get_case (page) == NULL || !cr_review_page_is_writable (page))
    return;

  assistant = cr_publication_assistant_new (cr_review_page_get_window (page),
                                            cr_review_page_get_database (page),
                                            cr_review_page_get_case (page));
  g_signal_connect_object (assistant, "notify::case", G_CALLBACK (on_assistant_case_cb), self, 0);
  g_signal_connect_object (assistant, "open-check", G_CALLBACK (on_assistant_open_check_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (assistant, "destroy", G_CALLBACK (on_assistant_destroy_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (assistant));
}

/*
 * The partnership's name, on the title page and the briefing
 */

static void
show_partnership (CrPublicationPage *self)
{
  g_autofree char *name = NULL;

  if (self->settings != NULL)
    name = g_strstrip (g_settings_get_string (self->settings, "partnership-name"));
  gtk_widget_set_visible (GTK_WIDGET (self->partnership_row),
                          self->settings != NULL && name[0] == '\0');
}

/*
 * GtkWidget: following the report window
 */

static void
on_report_changed_cb (CrPublicationPage *self)
{
  _cr_publication_page_load (self);
}

static void
cr_publication_page_root (GtkWidget *widget)
{
  GtkRoot *root;

  GTK_WIDGET_CLASS (cr_publication_page_parent_class)->root (widget);

  root = gtk_widget_get_root (widget);
  if (root != NULL && g_signal_lookup ("report-changed", G_OBJECT_TYPE (root)) != 0)
    g_signal_connect_object (root, "report-changed", G_CALLBACK (on_report_changed_cb), widget,
                             G_CONNECT_SWAPPED);
}

static void
cr_publication_page_unroot (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (root != NULL)
    g_signal_handlers_disconnect_by_func (root, on_report_changed_cb, widget);

  GTK_WIDGET_CLASS (cr_publication_page_parent_class)->unroot (widget);
}

/*
 * GObject overrides
 */

static void
cr_publication_page_dispose (GObject *object)
{
  CrPublicationPage *self = CR_PUBLICATION_PAGE (object);

  _cr_publication_page_briefing_dispose (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_PUBLICATION_PAGE);

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_func (self->settings, show_partnership, self);
  g_clear_object (&self->settings);
  g_clear_object (&self->publication);
  g_clear_object (&self->report);
  g_clear_pointer (&self->report_error, g_free);

  G_OBJECT_CLASS (cr_publication_page_parent_class)->dispose (object);
}

static void
cr_publication_page_class_init (CrPublicationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CrReviewPageClass *page_class = CR_REVIEW_PAGE_CLASS (klass);

  object_class->dispose = cr_publication_page_dispose;
  widget_class->root = cr_publication_page_root;
  widget_class->unroot = cr_publication_page_unroot;
  page_class->reload = cr_publication_page_reload;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-publication-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CrPublicationPage, partnership_row);
  gtk_widget_class_bind_template_child (widget_class, CrPublicationPage, status_row);
  gtk_widget_class_bind_template_child (widget_class, CrPublicationPage, due_row);
  gtk_widget_class_bind_template_child (widget_class, CrPublicationPage, keep_row);
  gtk_widget_class_bind_template_child (widget_class, CrPublicationPage, steps_list);
  gtk_widget_class_bind_template_child (widget_class, CrPublicationPage, briefing_row);
  gtk_widget_class_bind_template_child (widget_class, CrPublicationPage, draft_button);
  gtk_widget_class_bind_template_child (widget_class, CrPublicationPage, edit_button);
  gtk_widget_class_bind_template_child (widget_class, CrPublicationPage, deliveries_box);

  gtk_widget_class_install_action (widget_class, "publication.open-assistant", NULL,
                                   open_assistant_action);
  _cr_publication_page_class_init_briefing (widget_class);
}

static void
cr_publication_page_init (CrPublicationPage *self)
{
  GtkWidget *group;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->briefing_cancellable = g_cancellable_new ();
  group = cr_record_list_group_new (CR_TYPE_BRIEFING_DELIVERY, _("Briefing Deliveries"),
                                    _("Add Delivery"), _("Not delivered to any team yet"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Each team the briefing was given to, when and by whom: the record a 7-minute briefing action plan keeps."));
  self->deliveries_group = CR_RECORD_LIST_GROUP (group);
  gtk_box_append (self->deliveries_box, group);
  cr_review_page_add_list_group (CR_REVIEW_PAGE (self), self->deliveries_group);

  self->settings = cr_dup_settings ();
  if (self->settings != NULL)
    g_signal_connect_swapped (self->settings, "changed::partnership-name",
                              G_CALLBACK (show_partnership), self);
  show_partnership (self);

  show_status (self);
  _cr_publication_page_show_briefing (self);
}

/*
 * Public API
 */

GtkWidget *
cr_publication_page_new (void)
{
  return g_object_new (CR_TYPE_PUBLICATION_PAGE, NULL);
}
