/* cr-pub-page-decision.c: the decision to publish in full or only the improvements
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrPubPageDecision"

#include "config.h"

#include "cr-pub-page-decision.h"

#include "cr-edit-utils.h"
#include "cr-util.h"

#include <glib/gi18n.h>

#define N_MODES 2

static const char * const mode_nicks[] = { "full", "improvements", NULL };

struct _CrPubPageDecision
{
  CrPubPage    parent_instance;

  /* Template widgets */
  GtkBox      *content;
  GtkListBox  *mode_list;
  GtkTextView *reason_view;
  AdwEntryRow *decided_by_row;
  GtkLabel    *decided_by_row_message;
  AdwEntryRow *date_row;
  GtkLabel    *date_row_message;

  GtkWidget   *checks[N_MODES];
};

G_DEFINE_FINAL_TYPE (CrPubPageDecision, cr_pub_page_decision, CR_TYPE_PUB_PAGE)

static char *
today_iso (void)
{
  GDate today;

  cr_date_set_today (&today);
  return cr_date_to_iso (&today);
}

static void
on_mode_toggled_cb (GtkCheckButton    *check,
                    CrPubPageDecision *self)
{
  CrPubPage *page = CR_PUB_PAGE (self);
  g_autofree char *today = NULL;

  if (cr_pub_page_is_loading (page) || !gtk_check_button_get_active (check) ||
      cr_record_has (CR_RECORD (cr_pub_page_get_publication (page)), "decision-date"))
    return;

  /* The decision is usually recorded on the day it is made. */
  today = today_iso ();
  cr_pub_page_set_value (page, "decision-date", today);
}

/*
 * CrPubPage
 */

static void
cr_pub_page_decision_load (CrPubPage *page)
{
  CrPubPageDecision *self = CR_PUB_PAGE_DECISION (page);

  cr_pub_page_bind_choice (page, self->checks, mode_nicks, N_MODES, "mode");
  cr_pub_page_bind_text (page, self->reason_view, "mode-reason");
  cr_pub_page_bind_entry (page, self->decided_by_row, "decided-by", self->decided_by_row_message);
  cr_pub_page_bind_entry (page, self->date_row, "decision-date", self->date_row_message);
}

static void
cr_pub_page_decision_shown (CrAssistantPage *page)
{
  CrPubPageDecision *self = CR_PUB_PAGE_DECISION (page);

  gtk_widget_grab_focus (GTK_WIDGET (self->checks[0]));
}

/*
 * GObject overrides
 */

static void
cr_pub_page_decision_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CR_TYPE_PUB_PAGE_DECISION);

  G_OBJECT_CLASS (cr_pub_page_decision_parent_class)->dispose (object);
}

static void
cr_pub_page_decision_class_init (CrPubPageDecisionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CrAssistantPageClass *page_class = CR_ASSISTANT_PAGE_CLASS (klass);
  CrPubPageClass *pub_page_class = CR_PUB_PAGE_CLASS (klass);

  object_class->dispose = cr_pub_page_decision_dispose;
  page_class->shown = cr_pub_page_decision_shown;
  pub_page_class->load = cr_pub_page_decision_load;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-pub-page-decision.ui");
  gtk_widget_class_bind_template_child (widget_class, CrPubPageDecision, content);
  gtk_widget_class_bind_template_child (widget_class, CrPubPageDecision, mode_list);
  gtk_widget_class_bind_template_child (widget_class, CrPubPageDecision, reason_view);
  gtk_widget_class_bind_template_child (widget_class, CrPubPageDecision, decided_by_row);
  gtk_widget_class_bind_template_child (widget_class, CrPubPageDecision, decided_by_row_message);
  gtk_widget_class_bind_template_child (widget_class, CrPubPageDecision, date_row);
  gtk_widget_class_bind_template_child (widget_class, CrPubPageDecision, date_row_message);
}

static void
cr_pub_page_decision_init (CrPubPageDecision *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  const char *subtitles[N_MODES] = {
    _("The usual course: the whole report, anonymised."),
    _("When exceptional circumstances make publishing the report inappropriate."),
  };

  for (guint i = 0; i < N_MODES; i++)
    {
      self->checks[i] = cr_pub_page_add_check_row (CR_PUB_PAGE (self), self->mode_list,
                                                   "mode", mode_nicks[i], subtitles[i],
                                                   i > 0 ? self->checks[0] : NULL);
      g_signal_connect (self->checks[i], "toggled", G_CALLBACK (on_mode_toggled_cb), self);
    }
  cr_entry_row_set_accessible_label (GTK_WIDGET (self->decided_by_row), _("Decided by"));
  cr_entry_row_set_accessible_label (GTK_WIDGET (self->date_row), _("Date of the decision"));
  cr_pub_page_setup (CR_PUB_PAGE (self), self->content);
}

CrAssistantPage *
cr_pub_page_decision_new (void)
{
  return g_object_new (CR_TYPE_PUB_PAGE_DECISION,
                       "step", CR_PUBLICATION_STEP_DECISION,
                       NULL);
}
