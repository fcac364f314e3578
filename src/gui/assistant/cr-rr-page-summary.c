/* cr-rr-page-summary.c: the rapid review read back, then saved
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrRrPageSummary"

#include "config.h"

#include "cr-rr-page-summary.h"

#include "cr-agency-summary.h"
#include "cr-attendee.h"
#include "cr-rapid-review.h"
#include "cr-rr-format.h"
#include "cr-sign-off.h"

#include <glib/gi18n.h>

struct _CrRrPageSummary
{
  CrRrPage           parent_instance;

  /* Template widgets */
  GtkScrolledWindow *scrolled;
  GtkBox            *content;
  GtkWidget         *error_box;
  GtkLabel          *error_label;
  GtkLabel          *path_label;
  GtkBox            *groups_box;

  /* Owned */
  GPtrArray         *groups;   /* the groups shown, to clear them */
  char              *error;
};

G_DEFINE_FINAL_TYPE (CrRrPageSummary, cr_rr_page_summary, CR_TYPE_RR_PAGE)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/*
 * Reading back
 */

static void
add_row (GtkWidget  *group,
         const char *title,
         const char *value)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value != NULL ? value : _("Not recorded"));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

static void
add_field (GtkWidget  *group,
           CrRecord   *record,
           const char *title,
           const char *field)
{
  add_row (group, title, cr_record_get (record, field));
}

static void
add_date_field (GtkWidget  *group,
                CrRecord   *record,
                const char *title,
                const char *field)
{
  const char *value = cr_record_get (record, field);
  g_autofree char *day = value != NULL ? cr_rr_format_date (value) : NULL;

  add_row (group, title, day != NULL && day[0] != '\0' ? day : value);
}

static void
on_edit_clicked_cb (GtkButton       *button,
                    CrRrPageSummary *self)
{
  CrRrContext *ctx = cr_rr_page_get_context (CR_RR_PAGE (self));
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "cr-page-index"));

  cr_assistant_go_to_page (ctx->assistant, index);
}

static GtkWidget *
add_group (CrRrPageSummary   *self,
           CrRapidReviewStep  step)
{
  CrRrContext *ctx = cr_rr_page_get_context (CR_RR_PAGE (self));
  CrAssistantPage *page = cr_assistant_get_page (ctx->assistant, step);
  const char *title = page != NULL ? cr_assistant_page_get_title (page) : "";
  g_autofree char *edit_label = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *edit = gtk_button_new_with_mnemonic (_("_Edit"));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);

  /* Translators: accessible label of a button; %s is a step, "Meeting" */
  edit_label = g_strdup_printf (_("Edit %s"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (edit),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, edit_label,
                                  -1);
  gtk_widget_set_valign (edit, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (edit, "flat");
  g_object_set_data (G_OBJECT (edit), "cr-page-index", GUINT_TO_POINTER (step));
  g_signal_connect (edit, "clicked", G_CALLBACK (on_edit_clicked_cb), self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), edit);

  if (!cr_rapid_review_check_step (ctx->rr, step, NULL, &error))
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Needs attention"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), error->message);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      gtk_widget_add_css_class (icon, "error");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      gtk_widget_add_css_class (row, "error");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  gtk_box_append (self->groups_box, group);
  g_ptr_array_add (self->groups, group);
  return group;
}

static void
read_meeting (CrRrPageSummary *self,
              CrRapidReview   *rr)
{
  GtkWidget *group = add_group (self, CR_RAPID_REVIEW_STEP_MEETING);
  CrRecord *record = CR_RECORD (rr);
  GListModel *attendees = G_LIST_MODEL (cr_rapid_review_get_attendees (rr));
  g_autoptr(GString) who = g_string_new (NULL);
  const char *date = cr_record_get (record, "meeting-date");
  const char *time = cr_record_get (record, "meeting-time");
  g_autofree char *when = NULL;

  if (date != NULL)
    {
      g_autofree char *day = cr_rr_format_date (date);

      when = time != NULL
        /* Translators: a date, then a time: "14 Nov 2026 at 10:00" */
        ? g_strdup_printf (_("%s at %s"), day, time)
        : g_strdup (day);
    }
  add_row (group, _("Date of the meeting"), when);
  add_field (group, record, _("Place"), "meeting-location");
  add_field (group, record, _("Chair"), "chair");

  for (guint i = 0; i < g_list_model_get_n_items (attendees); i++)
    {
      g_autoptr(CrRecord) attendee = g_list_model_get_item (attendees, i);
      const char *name = cr_record_get (attendee, "name");
      const char *agency = cr_record_get (attendee, "agency-name");
      gboolean attended = g_strcmp0 (cr_record_get (attendee, "attended"), "false") != 0;

      if (who->len > 0)
        g_string_append_c (who, '\n');
      g_string_append_printf (who, attended
                              /* Translators: "Jo Smith (Police)" */
                              ? _("%s (%s)")
                              /* Translators: "Jo Smith (Police), apologies" */
                              : _("%s (%s), apologies"),
                              name != NULL ? name : "?", agency != NULL ? agency : "?");
    }
  add_row (group, _("Attendance"), who->len > 0 ? who->str : NULL);
}

static void
read_summaries (CrRrPageSummary *self,
                CrRapidReview   *rr)
{
  GtkWidget *group = add_group (self, CR_RAPID_REVIEW_STEP_SUMMARIES);
  GListModel *summaries = G_LIST_MODEL (cr_rapid_review_get_summaries (rr));
  g_autofree char *status = cr_rr_status_line (rr);

  for (guint i = 0; i < g_list_model_get_n_items (summaries); i++)
    {
      g_autoptr(CrAgencySummary) summary = g_list_model_get_item (summaries, i);
      CrRecord *record = CR_RECORD (summary);
      const char *agency = cr_record_get (record, "agency-name");
      g_autofree char *text = NULL;

      if (cr_record_has (record, "received-date"))
        {
          g_autofree char *day = cr_rr_format_day (cr_record_get (record, "received-date"));

          /* Translators: %s is a day such as "Fri 14 Nov" */
          text = g_strdup_printf (_("Received %s"), day);
        }
      else if (cr_agency_summary_is_overdue (summary, NULL))
        text = g_strdup (_("Overdue"));
      else if (cr_record_has (record, "requested-date"))
        text = g_strdup (_("Requested, not received yet"));
      else
        text = g_strdup (_("Not requested yet"));

      add_row (group, agency != NULL ? agency : _("Agency not known"), text);
    }

  if (g_list_model_get_n_items (summaries) == 0)
    add_row (group, _("Agency summaries"), NULL);
}

static void
read_text_step (CrRrPageSummary   *self,
                CrRapidReview     *rr,
                CrRapidReviewStep  step,
                const char        *first_title,
                const char        *first,
                const char        *second_title,
                const char        *second)
{
  GtkWidget *group = add_group (self, step);

  add_field (group, CR_RECORD (rr), first_title, first);
  add_field (group, CR_RECORD (rr), second_title, second);
}

static void
read_criteria (CrRrPageSummary *self,
               CrRapidReview   *rr)
{
  static const struct { char letter; const char *field; const char *rationale; } questions[] = {
    { 'a', "criterion-a", "criterion-a-rationale" },
    { 'b', "criterion-b", "criterion-b-rationale" },
    { 'c', "criterion-c", "criterion-c-rationale" },
    { 'd', "criterion-d", "criterion-d-rationale" },
    { 0, "national-importance", "national-rationale" },
  };
  GtkWidget *group = add_group (self, CR_RAPID_REVIEW_STEP_CRITERIA);
  CrRecord *record = CR_RECORD (rr);

  for (guint i = 0; i < G_N_ELEMENTS (questions); i++)
    {
      const char *answer = cr_rr_choice_label (record, questions[i].field);
      const char *reasons = cr_record_get (record, questions[i].rationale);
      g_autofree char *text = NULL;

      if (answer != NULL && reasons != NULL)
        /* Translators: an answer, then its reasons: "Yes — the agencies…" */
        text = g_strdup_printf (_("%s — %s"), answer, reasons);
      else if (answer != NULL || reasons != NULL)
        text = g_strdup (answer != NULL ? answer : reasons);

      add_row (group,
               questions[i].letter != 0 ? cr_rr_criterion_title (questions[i].letter)
                                        : _("Complex or of National Importance"),
               text);
    }
}

static void
read_decision (CrRrPageSummary *self,
               CrRapidReview   *rr)
{
  GtkWidget *group = add_group (self, CR_RAPID_REVIEW_STEP_DECISION);
  CrRecord *record = CR_RECORD (rr);

  add_row (group, _("Decision"), cr_rr_choice_label (record, "decision"));
  add_field (group, record, _("Reasons"), "decision-rationale");
  add_date_field (group, record, _("Date of the decision"), "decision-date");
}

static void
read_sign_off (CrRrPageSummary *self,
               CrRapidReview   *rr)
{
  GtkWidget *group = add_group (self, CR_RAPID_REVIEW_STEP_SIGN_OFF);
  GListModel *sign_offs = G_LIST_MODEL (cr_rapid_review_get_sign_offs (rr));

  for (guint i = 0; i < g_list_model_get_n_items (sign_offs); i++)
    {
      g_autoptr(CrSignOff) sign_off = g_list_model_get_item (sign_offs, i);
      CrRecord *record = CR_RECORD (sign_off);
      const char *partner = cr_rr_choice_label (record, "partner");
      g_autofree char *text = NULL;

      if (cr_sign_off_is_complete (sign_off))
        {
          g_autofree char *day = cr_rr_format_date (cr_record_get (record, "signed-date"));

          /* Translators: "Jo Smith on 14 Nov 2026" */
          text = g_strdup_printf (_("%s on %s"), cr_record_get (record, "name"), day);
        }
      else
        text = g_strdup (_("Not signed yet"));

      add_row (group, partner != NULL ? partner : _("Partner not known"), text);
    }
  add_date_field (group, CR_RECORD (rr), _("Sent to the Panel"), "report-sent-date");
}

static void
read_panel (CrRrPageSummary *self,
            CrRapidReview   *rr)
{
  GtkWidget *group = add_group (self, CR_RAPID_REVIEW_STEP_PANEL);
  CrRecord *record = CR_RECORD (rr);

  add_row (group, _("Response"), cr_rr_choice_label (record, "panel-response"));
  add_date_field (group, record, _("Date of the response"), "panel-response-date");
  add_field (group, record, _("Notes"), "panel-response-notes");
}

static void
read_back (CrRrPageSummary *self)
{
  CrRrContext *ctx = cr_rr_page_get_context (CR_RR_PAGE (self));
  CrRapidReview *rr = ctx->rr;
  g_autofree char *path = NULL;
  g_autofree char *path_text = NULL;

  for (guint i = 0; i < self->groups->len; i++)
    gtk_box_remove (self->groups_box, g_ptr_array_index (self->groups, i));
  g_ptr_array_set_size (self->groups, 0);

  if (ctx->kase != NULL)
    path = cr_rr_describe_status_path (rr, cr_case_get_status (ctx->kase));
  if (path != NULL)
    /* Translators: %s is a list of statuses, "Notified → Rapid review → …" */
    path_text = g_strdup_printf (_("Saving records the rapid review and moves the case on: %s."), path);
  else
    path_text = g_strdup (_("Saving records the rapid review. The case stays at its current stage."));
  gtk_label_set_text (self->path_label, path_text);

  read_meeting (self, rr);
  read_summaries (self, rr);
  read_text_step (self, rr, CR_RAPID_REVIEW_STEP_EPISODES,
                  _("Key Practice Episodes"), "key-practice-episodes",
                  _("The Child’s Lived Experience"), "lived-experience");
  read_text_step (self, rr, CR_RAPID_REVIEW_STEP_ACTIONS,
                  _("Immediate Safeguarding Actions"), "immediate-actions",
                  _("Learning Already Identified"), "learning");
  read_criteria (self, rr);
  read_decision (self, rr);
  read_sign_off (self, rr);
  read_panel (self, rr);
}

/*
 * Saving
 */

static void
show_error (CrRrPageSummary *self,
            const char      *message)
{
  g_free (self->error);
  self->error = g_strdup (message);
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (self->error_box, message != NULL);
}

static void
on_saved_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(CrRrPageSummary) self = user_data;
  g_autoptr(CrCase) updated = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  updated = cr_database_save_rapid_review_finish (CR_DATABASE (source), result, &error);
  if (updated == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          /* Translators: %s says why, from the storage layer */
          message = g_strdup_printf (_("The rapid review could not be saved, and nothing was changed. Your answers are kept in this window and as a draft. %s"),
                                     error->message);
          show_error (self, message);
          gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled), 0);
        }
      cr_assistant_page_apply_complete (CR_ASSISTANT_PAGE (self), FALSE);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, updated);
  cr_assistant_page_apply_complete (CR_ASSISTANT_PAGE (self), TRUE);
}

/*
 * CrAssistantPage and CrRrPage
 */

static gboolean
cr_rr_page_summary_apply (CrAssistantPage *page,
                          GCancellable    *cancellable)
{
  CrRrPageSummary *self = CR_RR_PAGE_SUMMARY (page);
  CrRrContext *ctx = cr_rr_page_get_context (CR_RR_PAGE (self));

  if (ctx == NULL || ctx->rr == NULL || ctx->db == NULL)
    {
      /* Never "done" without saving. */
      cr_assistant_page_apply_complete (page, FALSE);
      return TRUE;
    }

  show_error (self, NULL);
  cr_database_save_rapid_review_async (ctx->db, ctx->rr, cancellable, on_saved_cb,
                                       g_object_ref (self));
  return TRUE;
}

static void
cr_rr_page_summary_shown (CrAssistantPage *page)
{
  CrRrPageSummary *self = CR_RR_PAGE_SUMMARY (page);

  if (cr_rr_page_get_rapid_review (CR_RR_PAGE (self)) != NULL)
    read_back (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled), 0);
}

static gboolean
cr_rr_page_summary_check (CrRrPage    *page,
                          const char **field,
                          GError     **error)
{
  CrRrContext *ctx = cr_rr_page_get_context (page);
  g_autoptr(GPtrArray) pending = g_ptr_array_new ();

  for (int step = 0; step < CR_RAPID_REVIEW_N_STEPS; step++)
    if (!cr_rapid_review_check_step (ctx->rr, step, NULL, NULL))
      {
        CrAssistantPage *step_page = cr_assistant_get_page (ctx->assistant, step);

        g_ptr_array_add (pending, (gpointer) (step_page != NULL ? cr_assistant_page_get_title (step_page) : "?"));
      }

  if (pending->len == 0)
    return TRUE;

  g_ptr_array_add (pending, NULL);
  {
    g_autofree char *list = g_strjoinv (_(", "), (char **) pending->pdata);

    /* Translators: %s lists steps, "Meeting, Decision" */
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                 _("Some steps need attention before the rapid review can be saved: %s. Use Edit to go to them."),
                 list);
  }
  return FALSE;
}

static void
cr_rr_page_summary_refresh (CrRrPage *page)
{
  CrRrPageSummary *self = CR_RR_PAGE_SUMMARY (page);
  CrRrContext *ctx = cr_rr_page_get_context (page);

  /* Only rebuilt while on screen (it is cheap but not free). */
  if (ctx->assistant != NULL &&
      cr_assistant_get_current_page (ctx->assistant) == CR_ASSISTANT_PAGE (self))
    read_back (self);
}

/*
 * GObject overrides
 */

static void
cr_rr_page_summary_dispose (GObject *object)
{
  CrRrPageSummary *self = CR_RR_PAGE_SUMMARY (object);

  /* AdwBin keeps its own pointer to the child (a template child here):
   * let it drop the child first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_RR_PAGE_SUMMARY);
  g_clear_pointer (&self->groups, g_ptr_array_unref);

  G_OBJECT_CLASS (cr_rr_page_summary_parent_class)->dispose (object);
}

static void
cr_rr_page_summary_finalize (GObject *object)
{
  CrRrPageSummary *self = CR_RR_PAGE_SUMMARY (object);

  g_free (self->error);

  G_OBJECT_CLASS (cr_rr_page_summary_parent_class)->finalize (object);
}

static void
cr_rr_page_summary_class_init (CrRrPageSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CrAssistantPageClass *page_class = CR_ASSISTANT_PAGE_CLASS (klass);
  CrRrPageClass *rr_page_class = CR_RR_PAGE_CLASS (klass);

  object_class->dispose = cr_rr_page_summary_dispose;
  object_class->finalize = cr_rr_page_summary_finalize;
  page_class->apply = cr_rr_page_summary_apply;
  page_class->shown = cr_rr_page_summary_shown;
  rr_page_class->check = cr_rr_page_summary_check;
  rr_page_class->refresh = cr_rr_page_summary_refresh;

  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CR_TYPE_CASE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-rr-page-summary.ui");
  gtk_widget_class_bind_template_child (widget_class, CrRrPageSummary, scrolled);
  gtk_widget_class_bind_template_child (widget_class, CrRrPageSummary, content);
  gtk_widget_class_bind_template_child (widget_class, CrRrPageSummary, error_box);
  gtk_widget_class_bind_template_child (widget_class, CrRrPageSummary, error_label);
  gtk_widget_class_bind_template_child (widget_class, CrRrPageSummary, path_label);
  gtk_widget_class_bind_template_child (widget_class, CrRrPageSummary, groups_box);
}

static void
cr_rr_page_summary_init (CrRrPageSummary *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->groups = g_ptr_array_new ();
  cr_rr_page_setup (CR_RR_PAGE (self), self->content);
}

CrAssistantPage *
cr_rr_page_summary_new (void)
{
  return g_object_new (CR_TYPE_RR_PAGE_SUMMARY, NULL);
}

const char *
cr_rr_page_summary_get_error (CrRrPageSummary *self)
{
  g_return_val_if_fail (CR_IS_RR_PAGE_SUMMARY (self), NULL);

  return self->error;
}
