/* cr-rr-page-criteria.c: the regulation 11 criteria and the national view
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrRrPageCriteria"

#include "config.h"

#include "cr-rr-page-criteria.h"

#include "cr-rapid-review.h"
#include "cr-rr-format.h"

#include <glib/gi18n.h>

#define N_QUESTIONS 5

static const char * const yes_no[] = { "yes", "no", NULL };

static const struct
{
  const char *field;
  const char *rationale;
  char        letter;      /* 0: the national question */
} questions[N_QUESTIONS] = {
  { "criterion-a", "criterion-a-rationale", 'a' },
  { "criterion-b", "criterion-b-rationale", 'b' },
  { "criterion-c", "criterion-c-rationale", 'c' },
  { "criterion-d", "criterion-d-rationale", 'd' },
  { "national-importance", "national-rationale", 0 },
};

typedef struct
{
  GtkWidget *buttons[2];      /* Yes, No */
  GtkWidget *choice_message;
  GtkWidget *view;
  GtkWidget *view_message;
} Question;

struct _CrRrPageCriteria
{
  CrRrPage  parent_instance;

  /* Template widgets */
  GtkBox   *content;

  Question  questions[N_QUESTIONS];
};

G_DEFINE_FINAL_TYPE (CrRrPageCriteria, cr_rr_page_criteria, CR_TYPE_RR_PAGE)

static void
build_question (CrRrPageCriteria *self,
                guint             index)
{
  Question *question = &self->questions[index];
  const char *title;
  const char *wording;
  g_autofree char *yes_label = NULL;
  g_autofree char *no_label = NULL;
  g_autofree char *reasons_label = NULL;
  GtkWidget *group, *box, *reasons;

  if (questions[index].letter != 0)
    {
      title = cr_rr_criterion_title (questions[index].letter);
      wording = cr_rr_criterion_wording (questions[index].letter);
    }
  else
    {
      title = _("Complex or of National Importance");
      wording = _("Whether the partners think the case may be complex or of national importance, so that the Panel may consider a national review (regulation 3). The Panel decides.");
    }

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), wording);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (box, "linked");
  question->buttons[0] = gtk_toggle_button_new_with_mnemonic (_("_Yes"));
  question->buttons[1] = gtk_toggle_button_new_with_mnemonic (_("_No"));
  gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (question->buttons[1]),
                               GTK_TOGGLE_BUTTON (question->buttons[0]));
  /* Translators: accessible label: the title of a criterion, then the answer */
  yes_label = g_strdup_printf (_("%s: Yes"), title);
  /* Translators: accessible label: the title of a criterion, then the answer */
  no_label = g_strdup_printf (_("%s: No"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (question->buttons[0]),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, yes_label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, wording,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (question->buttons[1]),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, no_label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, wording,
                                  -1);
  gtk_box_append (GTK_BOX (box), question->buttons[0]);
  gtk_box_append (GTK_BOX (box), question->buttons[1]);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), box);

  question->choice_message = cr_rr_message_label_new (TRUE);
  gtk_widget_set_margin_top (question->choice_message, 0);
  gtk_widget_set_margin_bottom (question->choice_message, 6);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), question->choice_message);

  reasons = gtk_label_new (_("Reasons"));
  gtk_label_set_xalign (GTK_LABEL (reasons), 0);
  gtk_widget_add_css_class (reasons, "caption-heading");
  gtk_widget_set_margin_bottom (reasons, 6);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), reasons);

  /* Translators: accessible label: "Reasons for (a) Improvements Needed" */
  reasons_label = g_strdup_printf (_("Reasons for %s"), title);
  question->view = cr_rr_text_view_new (reasons_label, 90);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), question->view);
  question->view_message = cr_rr_message_label_new (TRUE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), question->view_message);

  gtk_box_append (self->content, group);
}

/*
 * CrRrPage
 */

static void
cr_rr_page_criteria_load (CrRrPage *page)
{
  CrRrPageCriteria *self = CR_RR_PAGE_CRITERIA (page);
  CrRecord *rr = CR_RECORD (cr_rr_page_get_rapid_review (page));

  for (guint i = 0; i < N_QUESTIONS; i++)
    {
      Question *question = &self->questions[i];

      cr_rr_page_bind_choice (page, question->buttons, yes_no, 2, rr, questions[i].field,
                              GTK_LABEL (question->choice_message));
      cr_rr_page_bind_text (page, GTK_TEXT_VIEW (question->view), rr, questions[i].rationale,
                            GTK_LABEL (question->view_message));
    }
}

static void
cr_rr_page_criteria_shown (CrAssistantPage *page)
{
  CrRrPageCriteria *self = CR_RR_PAGE_CRITERIA (page);

  gtk_widget_grab_focus (self->questions[0].buttons[0]);
}

/*
 * GObject overrides
 */

static void
cr_rr_page_criteria_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CR_TYPE_RR_PAGE_CRITERIA);

  G_OBJECT_CLASS (cr_rr_page_criteria_parent_class)->dispose (object);
}

static void
cr_rr_page_criteria_class_init (CrRrPageCriteriaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CrAssistantPageClass *page_class = CR_ASSISTANT_PAGE_CLASS (klass);
  CrRrPageClass *rr_page_class = CR_RR_PAGE_CLASS (klass);

  object_class->dispose = cr_rr_page_criteria_dispose;
  page_class->shown = cr_rr_page_criteria_shown;
  rr_page_class->load = cr_rr_page_criteria_load;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-rr-page-criteria.ui");
  gtk_widget_class_bind_template_child (widget_class, CrRrPageCriteria, content);
}

static void
cr_rr_page_criteria_init (CrRrPageCriteria *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < N_QUESTIONS; i++)
    build_question (self, i);

  cr_rr_page_setup (CR_RR_PAGE (self), self->content);
}

CrAssistantPage *
cr_rr_page_criteria_new (void)
{
  return g_object_new (CR_TYPE_RR_PAGE_CRITERIA,
                       "step", CR_RAPID_REVIEW_STEP_CRITERIA,
                       NULL);
}
