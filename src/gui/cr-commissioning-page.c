/* cr-commissioning-page.c: reviewers, terms of reference, review panel and plan
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrCommissioningPage"

#include "config.h"

#include "cr-commissioning-page.h"

#include "cr-database-review.h"
#include "cr-deadlines.h"
#include "cr-edit-utils.h"
#include "cr-record-form.h"
#include "cr-record-list-group.h"
#include "cr-util.h"

#include <glib/gi18n.h>

/* How long typing in the terms of reference rests before it is saved. */
#define SAVE_DELAY_MS 500

struct _CrCommissioningPage
{
  CrReviewPage       parent_instance;

  /* Template widgets */
  GtkBox            *reviewers_box;
  GtkListBox        *warnings_list;
  GtkBox            *tor_box;
  GtkLabel          *tor_status;
  GtkBox            *panel_box;
  GtkBox            *plan_box;
  GtkButton         *suggest_button;

  /* Built in init */
  CrRecordListGroup *reviewers_group;
  CrRecordListGroup *panel_group;
  CrRecordListGroup *plan_group;
  GtkWidget         *tor_form;

  /* Owned references */
  CrRecord          *tor;             /* the record the form edits */
  GDate              target;          /* the 6-month target, when known */
  char              *target_line;
  guint              save_source;
  guint              n_suggesting;    /* milestones of a suggested plan being saved */

  guint              saving : 1;
  guint              save_again : 1;
  guint              n_milestones_known : 1;
};

G_DEFINE_FINAL_TYPE (CrCommissioningPage, cr_commissioning_page, CR_TYPE_REVIEW_PAGE)

static void save_tor (CrCommissioningPage *self);

/*
 * Status pills
 */

static char *
reviewer_status (CrRecord    *record,
                 const char **css_class,
                 gpointer     user_data)
{
  if (cr_record_get_boolean (record, "independent") &&
      cr_record_has (record, "declaration-date"))
    {
      *css_class = "success";
      return g_strdup (_("Independence declared"));
    }

  *css_class = "warning";
  return g_strdup (_("No declaration"));
}

static char *
milestone_status (CrRecord    *record,
                  const char **css_class,
                  gpointer     user_data)
{
  CrCommissioningPage *self = user_data;
  CrMilestoneState state;

  state = cr_milestone_get_state (CR_MILESTONE (record), NULL,
                                  g_date_valid (&self->target) ? &self->target : NULL);
  switch (state)
    {
    case CR_MILESTONE_PLANNED:
      *css_class = "dim-label";
      break;
    case CR_MILESTONE_DUE_SOON:
    case CR_MILESTONE_DONE_LATE:
      *css_class = "warning";
      break;
    case CR_MILESTONE_OVERDUE:
    case CR_MILESTONE_AFTER_TARGET:
      *css_class = "error";
      break;
    case CR_MILESTONE_DONE:
    default:
      *css_class = "success";
      break;
    }

  return g_strdup (cr_milestone_state_to_label (state));
}

static void
init_reviewer (CrRecord *record,
               gpointer  user_data)
{
  CrCommissioningPage *self = user_data;
  GListModel *reviewers = cr_record_list_group_get_records (self->reviewers_group);

  /* The first reviewer appointed usually leads. */
  cr_record_set (record, "role",
                 reviewers == NULL || g_list_model_get_n_items (reviewers) == 0
                 ? "lead-reviewer" : "co-reviewer");
}

static void
init_panel_member (CrRecord *record,
                   gpointer  user_data)
{
  cr_record_set (record, "role", "member");
}

/*
 * The 6-month target
 */

static void
update_target (CrCommissioningPage *self)
{
  CrCase *kase = cr_review_page_get_case (CR_REVIEW_PAGE (self));
  g_autoptr(GPtrArray) deadlines = NULL;
  g_autofree char *explanation = NULL;
  g_autofree char *tor_target = NULL;
  GDate old = self->target;

  g_date_clear (&self->target, 1);
  g_clear_pointer (&self->target_line, g_free);

  if (kase != NULL)
    deadlines = cr_case_list_deadlines (kase, NULL);

  for (guint i = 0; deadlines != NULL && i < deadlines->len; i++)
    {
      CrDeadline *deadline = g_ptr_array_index (deadlines, i);

      if (g_strcmp0 (cr_deadline_get_rule_id (deadline), "lcspr-publish") == 0 &&
          cr_deadline_get_due_date (deadline) != NULL &&
          cr_date_parse_iso (cr_deadline_get_due_date (deadline), &self->target))
        {
          explanation = g_strdup (cr_deadline_get_explanation (deadline));
          break;
        }
    }

  if (self->tor != NULL && cr_record_has (self->tor, "target-date"))
    tor_target = cr_record_dup_date_label (self->tor, "target-date");

  if (g_date_valid (&self->target))
    {
      g_autofree char *iso = cr_date_to_iso (&self->target);
      g_autofree char *date = cr_deadline_format_long_date (iso);

      if (explanation != NULL)
        /* Translators: "Target: 3 September 2026 (6 months from the review decision on 3 March 2026)" */
        self->target_line = g_strdup_printf (_("Target: %s (%s)"), date, explanation);
      else
        self->target_line = g_strdup_printf (_("Target: %s"), date);
    }
  else if (tor_target != NULL &&
           cr_date_parse_iso (cr_record_get (self->tor, "target-date"), &self->target))
    /* Translators: "Target: 3 September 2026 (from the terms of reference)" */
    self->target_line = g_strdup_printf (_("Target: %s (from the terms of reference)"), tor_target);
  else
    self->target_line = g_strdup (_("The 6-month target is known once the decision to hold a local review is recorded."));

  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->plan_group),
                                         self->target_line);

  /* The pills depend on the target. */
  if (g_date_valid (&old) != g_date_valid (&self->target) ||
      (g_date_valid (&old) && g_date_compare (&old, &self->target) != 0))
    cr_record_list_group_reload (self->plan_group);
}

/*
 * Reviewer warnings and the plan button
 */

static void
clear_warnings (CrCommissioningPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->warnings_list))) != NULL)
    gtk_list_box_remove (self->warnings_list, child);
  gtk_widget_set_visible (GTK_WIDGET (self->warnings_list), FALSE);
}

static void
show_reviewer_warnings (CrReviewPage *page,
                        GPtrArray    *reviewers,
                        const GError *error)
{
  CrCommissioningPage *self = CR_COMMISSIONING_PAGE (page);

  if (reviewers == NULL)
    {
      g_warning ("Could not list the reviewers: %s", error->message);
      return;
    }

  clear_warnings (self);
  for (guint i = 0; i < reviewers->len; i++)
    {
      g_autofree char *warning = cr_reviewer_dup_warning (g_ptr_array_index (reviewers, i));
      GtkWidget *row, *icon;

      if (warning == NULL)
        continue;

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), warning);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      gtk_widget_add_css_class (icon, "warning");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      gtk_list_box_append (self->warnings_list, row);
      gtk_widget_set_visible (GTK_WIDGET (self->warnings_list), TRUE);
    }
}

static void
show_suggest_button (CrReviewPage *page,
                     GPtrArray    *milestones,
                     const GError *error)
{
  CrCommissioningPage *self = CR_COMMISSIONING_PAGE (page);

  if (milestones == NULL)
    {
      g_warning ("Could not list the milestones: %s", error->message);
      return;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->suggest_button),
                          milestones->len == 0 && self->n_suggesting == 0);
}

static void
refresh_reviewers (CrCommissioningPage *self)
{
  cr_review_page_list_records (CR_REVIEW_PAGE (self), CR_TYPE_REVIEWER, NULL,
                               show_reviewer_warnings);
}

static void
refresh_plan (CrCommissioningPage *self)
{
  cr_review_page_list_records (CR_REVIEW_PAGE (self), CR_TYPE_MILESTONE, NULL,
                               show_suggest_button);
}

/*
 * Terms of reference, saved as the user types
 */

static void
set_tor_status (CrCommissioningPage *self,
                const char          *text,
                gboolean             is_error)
{
  gtk_label_set_text (self->tor_status, text);
  if (is_error)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->tor_status), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (self->tor_status), "error");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->tor_status), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->tor_status), "dim-label");
    }
}

static void
on_save_tor_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(CrLoadTag) tag = user_data;
  CrCommissioningPage *self = CR_COMMISSIONING_PAGE (tag->owner);
  g_autoptr(CrRecord) stored = NULL;
  g_autoptr(GError) error = NULL;

  stored = cr_database_save_record_finish (CR_DATABASE (source), result, &error);
  if (self->tor == NULL || tag->id != cr_record_get_case_id (self->tor))
    return;

  self->saving = FALSE;
  if (stored == NULL)
    {
      g_autofree char *message = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      message = g_strdup_printf (_("Not saved: %s"), error->message);
      set_tor_status (self, message, TRUE);
      return;
    }

  if (cr_record_get_id (self->tor) == 0)
    cr_record_set_id (self->tor, cr_record_get_id (stored));

  if (self->save_again)
    {
      self->save_again = FALSE;
      save_tor (self);
      return;
    }

  set_tor_status (self, _("Saved"), FALSE);
  update_target (self);
}

static void
save_tor (CrCommissioningPage *self)
{
  CrDatabase *db = cr_review_page_get_database (CR_REVIEW_PAGE (self));
  g_autoptr(CrRecord) copy = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->save_source, g_source_remove);

  if (self->tor == NULL || db == NULL)
    return;

  if (!cr_record_validate (self->tor, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Not saved: %s"), error->message);

      set_tor_status (self, message, TRUE);
      return;
    }

  if (self->saving)
    {
      self->save_again = TRUE;
      return;
    }

  /* Storage reads a copy, so that typing on does not race the write. */
  copy = CR_RECORD (cr_terms_of_reference_new ());
  cr_record_copy_from (copy, self->tor);

  self->saving = TRUE;
  set_tor_status (self, _("Saving…"), FALSE);
  /* Not cancelled with the loads: what was typed must reach the database. */
  cr_database_save_record_async (db, copy, NULL, on_save_tor_cb,
                                 cr_load_tag_new (self, cr_record_get_case_id (self->tor)));
}

static void
save_tor_timeout_cb (gpointer user_data)
{
  CrCommissioningPage *self = user_data;

  self->save_source = 0;
  save_tor (self);
}

static void
on_tor_notify_cb (CrCommissioningPage *self,
                  GParamSpec          *pspec)
{
  CrDatabase *db = cr_review_page_get_database (CR_REVIEW_PAGE (self));

  if (g_str_equal (pspec->name, "id") || g_str_equal (pspec->name, "case-id"))
    return;
  if (!cr_database_is_writable (db))
    return;

  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add_once (SAVE_DELAY_MS, save_tor_timeout_cb, self);
}

/* Saves what is waiting, without caring for the reply (leaving the case). */
static void
flush_tor (CrCommissioningPage *self)
{
  CrDatabase *db = cr_review_page_get_database (CR_REVIEW_PAGE (self));
  g_autoptr(CrRecord) copy = NULL;

  if (self->save_source == 0 && !self->save_again)
    return;

  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_again = FALSE;
  if (self->tor == NULL || db == NULL || !cr_record_validate (self->tor, NULL))
    return;

  copy = CR_RECORD (cr_terms_of_reference_new ());
  cr_record_copy_from (copy, self->tor);
  cr_database_save_record_async (db, copy, NULL, NULL, NULL);
}

static void
clear_tor (CrCommissioningPage *self)
{
  flush_tor (self);
  if (self->tor != NULL)
    g_signal_handlers_disconnect_by_data (self->tor, self);
  g_clear_object (&self->tor);
  if (self->tor_form != NULL)
    gtk_box_remove (self->tor_box, self->tor_form);
  self->tor_form = NULL;
  self->saving = FALSE;
  self->save_again = FALSE;
}

static void
show_tor (CrCommissioningPage *self,
          CrRecord            *tor)
{
  CrDatabase *db = cr_review_page_get_database (CR_REVIEW_PAGE (self));

  clear_tor (self);

  self->tor = g_object_ref (tor);
  self->tor_form = cr_record_form_new (self->tor, db, NULL, NULL);
  gtk_widget_set_sensitive (self->tor_form, cr_database_is_writable (db));
  gtk_box_append (self->tor_box, self->tor_form);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->tor_form),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Terms of Reference"),
                                  -1);
  g_signal_connect_object (self->tor, "notify", G_CALLBACK (on_tor_notify_cb), self,
                           G_CONNECT_SWAPPED);

  set_tor_status (self,
                  cr_record_get_id (self->tor) != 0 ? _("Changes are saved as you type.")
                  : _("Not recorded yet: what you type is saved as you go."),
                  FALSE);
  update_target (self);
}

static void
show_loaded_tor (CrReviewPage *page,
                 GPtrArray    *records,
                 const GError *error)
{
  CrCommissioningPage *self = CR_COMMISSIONING_PAGE (page);
  g_autoptr(CrRecord) tor = NULL;

  if (records == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not read the terms of reference: %s"),
                                                  error->message);

      set_tor_status (self, message, TRUE);
      return;
    }

  if (records->len > 0)
    tor = g_object_ref (g_ptr_array_index (records, 0));
  else
    {
      tor = CR_RECORD (cr_terms_of_reference_new ());
      cr_record_set_case_id (tor, cr_review_page_get_case_id (page));
    }

  show_tor (self, tor);

  /* A new terms of reference aims at the statutory target. */
  if (cr_record_get_id (tor) == 0 && g_date_valid (&self->target))
    {
      g_autofree char *iso = cr_date_to_iso (&self->target);

      g_signal_handlers_block_by_func (tor, on_tor_notify_cb, self);
      cr_record_set (tor, "target-date", iso);
      g_signal_handlers_unblock_by_func (tor, on_tor_notify_cb, self);
    }
}

/*
 * Loading
 */

static void
cr_commissioning_page_reload (CrReviewPage *page,
                              gboolean      new_case)
{
  CrCommissioningPage *self = CR_COMMISSIONING_PAGE (page);

  if (new_case)
    {
      clear_tor (self);
      clear_warnings (self);
      gtk_widget_set_visible (GTK_WIDGET (self->suggest_button), FALSE);
    }

  update_target (self);

  if (new_case || self->tor == NULL)
    cr_review_page_list_records (page, CR_TYPE_TERMS_OF_REFERENCE, NULL, show_loaded_tor);
  refresh_reviewers (self);
  refresh_plan (self);
}

/* Leaving the case or the database: what was typed is saved first. */
static void
cr_commissioning_page_leave (CrReviewPage *page)
{
  flush_tor (CR_COMMISSIONING_PAGE (page));
}

/*
 * Callbacks
 */

static void
on_reviewers_changed_cb (CrCommissioningPage *self)
{
  refresh_reviewers (self);
}

static void
on_plan_changed_cb (CrCommissioningPage *self)
{
  refresh_plan (self);
}

static void
on_save_milestone_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(CrLoadTag) tag = user_data;
  CrCommissioningPage *self = CR_COMMISSIONING_PAGE (tag->owner);
  g_autoptr(CrRecord) stored = NULL;
  g_autoptr(GError) error = NULL;

  stored = cr_database_save_record_finish (CR_DATABASE (source), result, &error);
  g_assert (self->n_suggesting > 0);
  self->n_suggesting--;

  if (stored == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) &&
      gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
    cr_show_error_toast (GTK_WIDGET (self), _("Could not save the plan"), error);

  if (self->n_suggesting > 0 || tag->id != cr_review_page_get_case_id (CR_REVIEW_PAGE (self)))
    return;

  gtk_widget_set_sensitive (GTK_WIDGET (self->suggest_button), TRUE);
  cr_record_list_group_reload (self->plan_group);
  refresh_plan (self);
}

static void
on_suggest_clicked_cb (CrCommissioningPage *self)
{
  CrDatabase *db = cr_review_page_get_database (CR_REVIEW_PAGE (self));
  CrCase *kase = cr_review_page_get_case (CR_REVIEW_PAGE (self));
  gint64 id = cr_review_page_get_case_id (CR_REVIEW_PAGE (self));
  g_autoptr(GPtrArray) plan = NULL;
  GDate start, target;
  const char *decision;

  if (db == NULL || id == 0 || self->n_suggesting > 0)
    return;

  /* The review is commissioned once the partners decide on it. */
  decision = cr_case_get_decision_date (kase);
  if (decision == NULL || !cr_date_parse_iso (decision, &start))
    cr_date_set_today (&start);

  if (g_date_valid (&self->target))
    target = self->target;
  else
    {
      target = start;
      g_date_add_months (&target, 6);
    }

  plan = cr_milestone_plan_suggest (&start, &target);
  if (plan == NULL || plan->len == 0)
    return;

  gtk_widget_set_sensitive (GTK_WIDGET (self->suggest_button), FALSE);
  self->n_suggesting = plan->len;
  /* One database thread takes the requests in order. */
  for (guint i = 0; i < plan->len; i++)
    {
      CrRecord *milestone = g_ptr_array_index (plan, i);

      cr_record_set_case_id (milestone, id);
      cr_database_save_record_async (db, milestone, NULL, on_save_milestone_cb,
                                     cr_load_tag_new (self, id));
    }
}

/*
 * GObject overrides
 */

static void
cr_commissioning_page_dispose (GObject *object)
{
  CrCommissioningPage *self = CR_COMMISSIONING_PAGE (object);

  clear_tor (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_COMMISSIONING_PAGE);

  G_OBJECT_CLASS (cr_commissioning_page_parent_class)->dispose (object);
}

static void
cr_commissioning_page_finalize (GObject *object)
{
  CrCommissioningPage *self = CR_COMMISSIONING_PAGE (object);

  g_free (self->target_line);

  G_OBJECT_CLASS (cr_commissioning_page_parent_class)->finalize (object);
}

static void
cr_commissioning_page_class_init (CrCommissioningPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CrReviewPageClass *page_class = CR_REVIEW_PAGE_CLASS (klass);

  object_class->dispose = cr_commissioning_page_dispose;
  object_class->finalize = cr_commissioning_page_finalize;

  page_class->leave = cr_commissioning_page_leave;
  page_class->reload = cr_commissioning_page_reload;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-commissioning-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CrCommissioningPage, reviewers_box);
  gtk_widget_class_bind_template_child (widget_class, CrCommissioningPage, warnings_list);
  gtk_widget_class_bind_template_child (widget_class, CrCommissioningPage, tor_box);
  gtk_widget_class_bind_template_child (widget_class, CrCommissioningPage, tor_status);
  gtk_widget_class_bind_template_child (widget_class, CrCommissioningPage, panel_box);
  gtk_widget_class_bind_template_child (widget_class, CrCommissioningPage, plan_box);
  gtk_widget_class_bind_template_child (widget_class, CrCommissioningPage, suggest_button);
  gtk_widget_class_bind_template_callback (widget_class, on_suggest_clicked_cb);
}

static void
cr_commissioning_page_init (CrCommissioningPage *self)
{
  GtkWidget *group;

  gtk_widget_init_template (GTK_WIDGET (self));
  g_date_clear (&self->target, 1);

  group = cr_record_list_group_new (CR_TYPE_REVIEWER, _("Reviewers"),
                                    _("Add Reviewer"), _("No reviewers appointed yet"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Independent reviewers declare no connection to the case or to the agencies reviewed."));
  self->reviewers_group = CR_RECORD_LIST_GROUP (group);
  gtk_box_prepend (self->reviewers_box, group);
  cr_review_page_add_list_group (CR_REVIEW_PAGE (self), self->reviewers_group);
  cr_record_list_group_set_status_func (self->reviewers_group, reviewer_status, self);
  cr_record_list_group_set_init_func (self->reviewers_group, init_reviewer, self);
  g_signal_connect_object (group, "changed", G_CALLBACK (on_reviewers_changed_cb), self,
                           G_CONNECT_SWAPPED);

  group = cr_record_list_group_new (CR_TYPE_PANEL_MEMBER, _("Review Panel"),
                                    _("Add Member"), _("No panel members yet"));
  self->panel_group = CR_RECORD_LIST_GROUP (group);
  gtk_box_append (self->panel_box, group);
  cr_review_page_add_list_group (CR_REVIEW_PAGE (self), self->panel_group);
  cr_record_list_group_set_init_func (self->panel_group, init_panel_member, self);

  group = cr_record_list_group_new (CR_TYPE_MILESTONE, _("Plan"),
                                    _("Add Milestone"), _("No milestones planned yet"));
  self->plan_group = CR_RECORD_LIST_GROUP (group);
  gtk_box_prepend (self->plan_box, group);
  cr_review_page_add_list_group (CR_REVIEW_PAGE (self), self->plan_group);
  cr_record_list_group_set_status_func (self->plan_group, milestone_status, self);
  g_signal_connect_object (group, "changed", G_CALLBACK (on_plan_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

/*
 * Public API
 */

GtkWidget *
cr_commissioning_page_new (void)
{
  return g_object_new (CR_TYPE_COMMISSIONING_PAGE, NULL);
}
