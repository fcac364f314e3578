/* cr-rr-page-panel.c: the Panel's response to the rapid review
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrRrPagePanel"

#include "config.h"

#include "cr-rr-page-panel.h"

#include "cr-case-status.h"
#include "cr-edit-utils.h"
#include "cr-rapid-review.h"

#include <glib/gi18n.h>

struct _CrRrPagePanel
{
  CrRrPage     parent_instance;

  /* Template widgets */
  GtkBox      *content;
  AdwComboRow *response_row;
  AdwEntryRow *date_row;
  GtkLabel    *date_message;
  GtkTextView *notes_view;
  GtkLabel    *notes_message;
  GtkWidget   *next_box;
  GtkLabel    *next_label;
};

G_DEFINE_FINAL_TYPE (CrRrPagePanel, cr_rr_page_panel, CR_TYPE_RR_PAGE)

/*
 * CrRrPage
 */

static void
cr_rr_page_panel_load (CrRrPage *page)
{
  CrRrPagePanel *self = CR_RR_PAGE_PANEL (page);
  CrRecord *rr = CR_RECORD (cr_rr_page_get_rapid_review (page));

  cr_rr_page_bind_combo (page, self->response_row, rr, "panel-response");
  cr_rr_page_bind_entry (page, self->date_row, rr, "panel-response-date", self->date_message);
  cr_rr_page_bind_text (page, self->notes_view, rr, "panel-response-notes", self->notes_message);
}

static void
cr_rr_page_panel_refresh (CrRrPage *page)
{
  CrRrPagePanel *self = CR_RR_PAGE_PANEL (page);
  CrRrContext *ctx = cr_rr_page_get_context (page);
  g_autoptr(GArray) path = g_array_new (FALSE, FALSE, sizeof (CrCaseStatus));
  g_autofree char *text = NULL;

  /* Nothing to record before the report has gone to the Panel. */
  cr_assistant_page_set_skippable (CR_ASSISTANT_PAGE (self),
                                   !cr_record_has (CR_RECORD (ctx->rr), "report-sent-date"));

  if (ctx->kase != NULL && cr_record_has (CR_RECORD (ctx->rr), "panel-response"))
    {
      cr_rapid_review_get_status_path (ctx->rr, cr_case_get_status (ctx->kase), path);
      if (path->len > 0)
        /* Translators: %s is a case status, such as "LCSPR commissioning" */
        text = g_strdup_printf (_("When the rapid review is saved, the case moves to “%s”."),
                                cr_case_status_to_label (g_array_index (path, CrCaseStatus, path->len - 1)));
    }

  gtk_label_set_text (self->next_label, text != NULL ? text : "");
  gtk_widget_set_visible (self->next_box, text != NULL);
}

static void
cr_rr_page_panel_shown (CrAssistantPage *page)
{
  CrRrPagePanel *self = CR_RR_PAGE_PANEL (page);

  gtk_widget_grab_focus (GTK_WIDGET (self->response_row));
}

/*
 * GObject overrides
 */

static void
cr_rr_page_panel_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CR_TYPE_RR_PAGE_PANEL);

  G_OBJECT_CLASS (cr_rr_page_panel_parent_class)->dispose (object);
}

static void
cr_rr_page_panel_class_init (CrRrPagePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CrAssistantPageClass *page_class = CR_ASSISTANT_PAGE_CLASS (klass);
  CrRrPageClass *rr_page_class = CR_RR_PAGE_CLASS (klass);

  object_class->dispose = cr_rr_page_panel_dispose;
  page_class->shown = cr_rr_page_panel_shown;
  rr_page_class->load = cr_rr_page_panel_load;
  rr_page_class->refresh = cr_rr_page_panel_refresh;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-rr-page-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, CrRrPagePanel, content);
  gtk_widget_class_bind_template_child (widget_class, CrRrPagePanel, response_row);
  gtk_widget_class_bind_template_child (widget_class, CrRrPagePanel, date_row);
  gtk_widget_class_bind_template_child (widget_class, CrRrPagePanel, date_message);
  gtk_widget_class_bind_template_child (widget_class, CrRrPagePanel, notes_view);
  gtk_widget_class_bind_template_child (widget_class, CrRrPagePanel, notes_message);
  gtk_widget_class_bind_template_child (widget_class, CrRrPagePanel, next_box);
  gtk_widget_class_bind_template_child (widget_class, CrRrPagePanel, next_label);
}

static void
cr_rr_page_panel_init (CrRrPagePanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  cr_entry_row_set_accessible_label (GTK_WIDGET (self->date_row), _("Date of the response"));
  cr_assistant_page_set_skippable (CR_ASSISTANT_PAGE (self), TRUE);
  cr_rr_page_setup (CR_RR_PAGE (self), self->content);
}

CrAssistantPage *
cr_rr_page_panel_new (void)
{
  return g_object_new (CR_TYPE_RR_PAGE_PANEL,
                       "step", CR_RAPID_REVIEW_STEP_PANEL,
                       NULL);
}
