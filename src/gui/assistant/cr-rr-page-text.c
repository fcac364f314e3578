/* cr-rr-page-text.c: a page of two written answers with guidance
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrRrPageText"

#include "config.h"

#include "cr-rr-page-text.h"

#include "cr-rapid-review.h"

#include <glib/gi18n.h>

typedef struct
{
  const char *field;
  const char *title;
  const char *guidance;
} Answer;

static const struct
{
  CrRapidReviewStep step;
  const char       *page_title;
  Answer            answers[2];
} pages[] = {
  /* domain.md §2.2, sections 5 and 6 */
  { CR_RAPID_REVIEW_STEP_EPISODES, N_("Practice and Lived Experience"),
    { { "key-practice-episodes", N_("Key Practice Episodes"),
        N_("Analyse the key practice episodes: the points where what agencies did, or did not do, made a difference. For each, say what went well and what could have been better, as far as the facts can be readily established now.") },
      { "lived-experience", N_("The Child’s Lived Experience"),
        N_("What was daily life like for the child? Consider their identity, and how racism and other inequalities related to protected characteristics, including disability, may have influenced the child’s and family’s experiences and the quality of practice. Use pseudonyms only.") } } },
  /* domain.md §2.2, sections 7 and 8 */
  { CR_RAPID_REVIEW_STEP_ACTIONS, N_("Actions and Learning"),
    { { "immediate-actions", N_("Immediate Safeguarding Actions"),
        N_("The actions taken, or still needed, to keep the child, their siblings and other children safe, and who is responsible for each.") },
      { "learning", N_("Learning Already Identified"),
        N_("What the agencies and the review group have already learned, and the actions already taken in response. This learning is shared even when no further review follows.") } } },
};

struct _CrRrPageText
{
  CrRrPage             parent_instance;

  /* Template widgets */
  GtkBox              *content;
  AdwPreferencesGroup *first_group;
  GtkTextView         *first_view;
  GtkLabel            *first_message;
  AdwPreferencesGroup *second_group;
  GtkTextView         *second_view;
  GtkLabel            *second_message;

  guint                page;    /* index in pages[] */
};

G_DEFINE_FINAL_TYPE (CrRrPageText, cr_rr_page_text, CR_TYPE_RR_PAGE)

/*
 * CrRrPage
 */

static void
cr_rr_page_text_load (CrRrPage *page)
{
  CrRrPageText *self = CR_RR_PAGE_TEXT (page);
  CrRecord *rr = CR_RECORD (cr_rr_page_get_rapid_review (page));

  cr_rr_page_bind_text (page, self->first_view, rr, pages[self->page].answers[0].field,
                        self->first_message);
  cr_rr_page_bind_text (page, self->second_view, rr, pages[self->page].answers[1].field,
                        self->second_message);
}

static void
cr_rr_page_text_shown (CrAssistantPage *page)
{
  CrRrPageText *self = CR_RR_PAGE_TEXT (page);

  gtk_widget_grab_focus (GTK_WIDGET (self->first_view));
}

/*
 * GObject overrides
 */

static void
cr_rr_page_text_constructed (GObject *object)
{
  CrRrPageText *self = CR_RR_PAGE_TEXT (object);
  int step = cr_rr_page_get_step (CR_RR_PAGE (self));
  AdwPreferencesGroup *groups[2] = { self->first_group, self->second_group };
  GtkTextView *views[2] = { self->first_view, self->second_view };

  G_OBJECT_CLASS (cr_rr_page_text_parent_class)->constructed (object);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    if ((int) pages[i].step == step)
      self->page = i;

  cr_assistant_page_set_title (CR_ASSISTANT_PAGE (self), _(pages[self->page].page_title));
  for (guint i = 0; i < 2; i++)
    {
      const Answer *answer = &pages[self->page].answers[i];

      adw_preferences_group_set_title (groups[i], _(answer->title));
      adw_preferences_group_set_description (groups[i], _(answer->guidance));
      gtk_accessible_update_property (GTK_ACCESSIBLE (views[i]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _(answer->title),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _(answer->guidance),
                                      -1);
    }
}

static void
cr_rr_page_text_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CR_TYPE_RR_PAGE_TEXT);

  G_OBJECT_CLASS (cr_rr_page_text_parent_class)->dispose (object);
}

static void
cr_rr_page_text_class_init (CrRrPageTextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CrAssistantPageClass *page_class = CR_ASSISTANT_PAGE_CLASS (klass);
  CrRrPageClass *rr_page_class = CR_RR_PAGE_CLASS (klass);

  object_class->constructed = cr_rr_page_text_constructed;
  object_class->dispose = cr_rr_page_text_dispose;
  page_class->shown = cr_rr_page_text_shown;
  rr_page_class->load = cr_rr_page_text_load;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-rr-page-text.ui");
  gtk_widget_class_bind_template_child (widget_class, CrRrPageText, content);
  gtk_widget_class_bind_template_child (widget_class, CrRrPageText, first_group);
  gtk_widget_class_bind_template_child (widget_class, CrRrPageText, first_view);
  gtk_widget_class_bind_template_child (widget_class, CrRrPageText, first_message);
  gtk_widget_class_bind_template_child (widget_class, CrRrPageText, second_group);
  gtk_widget_class_bind_template_child (widget_class, CrRrPageText, second_view);
  gtk_widget_class_bind_template_child (widget_class, CrRrPageText, second_message);
}

static void
cr_rr_page_text_init (CrRrPageText *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  cr_rr_page_setup (CR_RR_PAGE (self), self->content);
}

CrAssistantPage *
cr_rr_page_text_new (CrRapidReviewStep step)
{
  g_return_val_if_fail (step == CR_RAPID_REVIEW_STEP_EPISODES ||
                        step == CR_RAPID_REVIEW_STEP_ACTIONS, NULL);

  return g_object_new (CR_TYPE_RR_PAGE_TEXT,
                       "step", step,
                       NULL);
}
