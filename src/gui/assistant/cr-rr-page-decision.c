/* cr-rr-page-decision.c: the partners' decision after the rapid review
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrRrPageDecision"

#include "config.h"

#include "cr-rr-page-decision.h"

#include "cr-edit-utils.h"
#include "cr-rapid-review.h"
#include "cr-rr-format.h"
#include "cr-util.h"

#include <glib/gi18n.h>

#define N_DECISIONS 5

/* In the order of CrRapidReview's decision field. */
static const char * const decision_nicks[] = {
  "lcspr", "no-further-review", "other-learning-review", "national-review", "not-notifiable", NULL
};

struct _CrRrPageDecision
{
  CrRrPage     parent_instance;

  /* Template widgets */
  GtkBox      *content;
  GtkListBox  *decision_list;
  GtkLabel    *decision_message;
  GtkTextView *rationale_view;
  GtkLabel    *rationale_message;
  AdwEntryRow *date_row;
  GtkLabel    *date_message;
  GtkWidget   *next_box;
  GtkLabel    *next_label;

  GtkWidget   *checks[N_DECISIONS];
};

G_DEFINE_FINAL_TYPE (CrRrPageDecision, cr_rr_page_decision, CR_TYPE_RR_PAGE)

static void
on_check_toggled_cb (GtkCheckButton   *check,
                     CrRrPageDecision *self)
{
  CrRrPage *page = CR_RR_PAGE (self);
  CrRecord *rr = CR_RECORD (cr_rr_page_get_rapid_review (page));
  g_autofree char *today_iso = NULL;
  GDate today;

  if (cr_rr_page_is_loading (page) || !gtk_check_button_get_active (check) ||
      cr_record_has (rr, "decision-date"))
    return;

  /* The decision is usually recorded on the day it is made. */
  cr_date_set_today (&today);
  today_iso = cr_date_to_iso (&today);
  cr_rr_page_set_value (page, rr, "decision-date", today_iso);
}

static void
build_rows (CrRrPageDecision *self)
{
  const CrRecordField *def = NULL;
  g_autoptr(CrRapidReview) probe = cr_rapid_review_new ();

  /* The choice labels come from the record's field table. */
  def = cr_record_find_field (CR_RECORD (probe), "decision");

  for (guint i = 0; i < N_DECISIONS; i++)
    {
      const char *label = def != NULL ? cr_record_field_get_choice_label (def, decision_nicks[i]) : NULL;
      const char *explanation = cr_rr_decision_explanation (decision_nicks[i]);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      if (label == NULL)
        label = decision_nicks[i];

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), explanation);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      /* Named by the row's title (activatable-widget), described here. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, explanation,
                                      -1);
      if (i > 0)
        gtk_check_button_set_group (GTK_CHECK_BUTTON (check), GTK_CHECK_BUTTON (self->checks[0]));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_signal_connect (check, "toggled", G_CALLBACK (on_check_toggled_cb), self);
      gtk_list_box_append (self->decision_list, row);
      self->checks[i] = check;
    }
}

/*
 * CrRrPage
 */

static void
cr_rr_page_decision_load (CrRrPage *page)
{
  CrRrPageDecision *self = CR_RR_PAGE_DECISION (page);
  CrRecord *rr = CR_RECORD (cr_rr_page_get_rapid_review (page));

  cr_rr_page_bind_choice (page, self->checks, decision_nicks, N_DECISIONS, rr, "decision",
                          self->decision_message);
  cr_rr_page_bind_text (page, self->rationale_view, rr, "decision-rationale",
                        self->rationale_message);
  cr_rr_page_bind_entry (page, self->date_row, rr, "decision-date", self->date_message);
}

static void
cr_rr_page_decision_refresh (CrRrPage *page)
{
  CrRrPageDecision *self = CR_RR_PAGE_DECISION (page);
  const char *decision = cr_record_get (CR_RECORD (cr_rr_page_get_rapid_review (page)), "decision");
  const char *next = cr_rr_decision_next_step (decision);

  gtk_label_set_text (self->next_label, next != NULL ? next : "");
  gtk_widget_set_visible (self->next_box, next != NULL);
}

static void
cr_rr_page_decision_shown (CrAssistantPage *page)
{
  CrRrPageDecision *self = CR_RR_PAGE_DECISION (page);

  gtk_widget_grab_focus (self->checks[0]);
}

/*
 * GObject overrides
 */

static void
cr_rr_page_decision_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CR_TYPE_RR_PAGE_DECISION);

  G_OBJECT_CLASS (cr_rr_page_decision_parent_class)->dispose (object);
}

static void
cr_rr_page_decision_class_init (CrRrPageDecisionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CrAssistantPageClass *page_class = CR_ASSISTANT_PAGE_CLASS (klass);
  CrRrPageClass *rr_page_class = CR_RR_PAGE_CLASS (klass);

  object_class->dispose = cr_rr_page_decision_dispose;
  page_class->shown = cr_rr_page_decision_shown;
  rr_page_class->load = cr_rr_page_decision_load;
  rr_page_class->refresh = cr_rr_page_decision_refresh;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-rr-page-decision.ui");
  gtk_widget_class_bind_template_child (widget_class, CrRrPageDecision, content);
  gtk_widget_class_bind_template_child (widget_class, CrRrPageDecision, decision_list);
  gtk_widget_class_bind_template_child (widget_class, CrRrPageDecision, decision_message);
  gtk_widget_class_bind_template_child (widget_class, CrRrPageDecision, rationale_view);
  gtk_widget_class_bind_template_child (widget_class, CrRrPageDecision, rationale_message);
  gtk_widget_class_bind_template_child (widget_class, CrRrPageDecision, date_row);
  gtk_widget_class_bind_template_child (widget_class, CrRrPageDecision, date_message);
  gtk_widget_class_bind_template_child (widget_class, CrRrPageDecision, next_box);
  gtk_widget_class_bind_template_child (widget_class, CrRrPageDecision, next_label);
}

static void
cr_rr_page_decision_init (CrRrPageDecision *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  build_rows (self);
  cr_entry_row_set_accessible_label (GTK_WIDGET (self->date_row), _("Date of the decision"));
  cr_rr_page_setup (CR_RR_PAGE (self), self->content);
}

CrAssistantPage *
cr_rr_page_decision_new (void)
{
  return g_object_new (CR_TYPE_RR_PAGE_DECISION,
                       "step", CR_RAPID_REVIEW_STEP_DECISION,
                       NULL);
}
