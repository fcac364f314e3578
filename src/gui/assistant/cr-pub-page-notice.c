/* cr-pub-page-notice.c: the notice to the Panel and the Secretary of State
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrPubPageNotice"

#include "config.h"

#include "cr-pub-page-notice.h"

#include "cr-edit-utils.h"

#include <glib/gi18n.h>

#define N_COPIES 3

static const char * const copies_nicks[] = { "panel", "secretary-of-state", "ofsted", NULL };

struct _CrPubPageNotice
{
  CrPubPage    parent_instance;

  /* Template widgets */
  GtkBox      *content;
  AdwEntryRow *planned_row;
  GtkLabel    *planned_row_message;
  AdwActionRow*due_row;
  GtkListBox  *copies_list;
  AdwEntryRow *copies_row;
  GtkLabel    *copies_row_message;
  AdwActionRow*earliest_row;

  GtkWidget   *checks[N_COPIES];
};

G_DEFINE_FINAL_TYPE (CrPubPageNotice, cr_pub_page_notice, CR_TYPE_PUB_PAGE)

/*
 * CrPubPage
 */

static void
cr_pub_page_notice_load (CrPubPage *page)
{
  CrPubPageNotice *self = CR_PUB_PAGE_NOTICE (page);

  cr_pub_page_bind_entry (page, self->planned_row, "planned-date", self->planned_row_message);
  cr_pub_page_bind_choices (page, self->checks, copies_nicks, N_COPIES, "copies-to");
  cr_pub_page_bind_entry (page, self->copies_row, "copies-date", self->copies_row_message);
}

static void
cr_pub_page_notice_refresh (CrPubPage *page)
{
  CrPubPageNotice *self = CR_PUB_PAGE_NOTICE (page);

  CrPubContext *ctx = cr_pub_page_get_context (page);
  CrRecord *record = CR_RECORD (cr_pub_page_get_publication (page));
  const char * const *closures = (const char * const *) ctx->closure_dates;
  g_autofree char *due = cr_publication_dup_copies_due (cr_record_get (record, "planned-date"), closures);
  g_autofree char *due_label = cr_pub_format_date (due);
  g_autofree char *earliest = NULL;
  g_autofree char *earliest_label = NULL;
  g_autofree char *title = NULL;

  if (due_label != NULL)
    /* Translators: "Send the copies by 3 May 2027" */
    title = g_strdup_printf (_("Send the copies by %s"), due_label);
  else
    title = g_strdup (_("Enter the planned date to see when the copies are due"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->due_row), title);
  adw_action_row_set_subtitle (self->due_row,
                               _("7 working days before the planned publication: weekends, bank holidays and the partnership’s closure days do not count."));

  if (cr_record_has (record, "copies-date"))
    {
      earliest = cr_publication_dup_earliest_publication (cr_record_get (record, "copies-date"), closures);
      earliest_label = cr_pub_format_date (earliest);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->earliest_row), earliest_label != NULL);
  if (earliest_label != NULL)
    {
      g_autofree char *earliest_title = NULL;

      /* Translators: "Publish on 12 May 2027 or later" */
      earliest_title = g_strdup_printf (_("Publish on %s or later"), earliest_label);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->earliest_row), earliest_title);
      adw_action_row_set_subtitle (self->earliest_row,
                                   _("The earliest publication the copies sent allow."));
    }
}

static void
cr_pub_page_notice_shown (CrAssistantPage *page)
{
  CrPubPageNotice *self = CR_PUB_PAGE_NOTICE (page);

  gtk_widget_grab_focus (GTK_WIDGET (self->planned_row));
}

/*
 * GObject overrides
 */

static void
cr_pub_page_notice_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CR_TYPE_PUB_PAGE_NOTICE);

  G_OBJECT_CLASS (cr_pub_page_notice_parent_class)->dispose (object);
}

static void
cr_pub_page_notice_class_init (CrPubPageNoticeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CrAssistantPageClass *page_class = CR_ASSISTANT_PAGE_CLASS (klass);
  CrPubPageClass *pub_page_class = CR_PUB_PAGE_CLASS (klass);

  object_class->dispose = cr_pub_page_notice_dispose;
  page_class->shown = cr_pub_page_notice_shown;
  pub_page_class->load = cr_pub_page_notice_load;
  pub_page_class->refresh = cr_pub_page_notice_refresh;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-pub-page-notice.ui");
  gtk_widget_class_bind_template_child (widget_class, CrPubPageNotice, content);
  gtk_widget_class_bind_template_child (widget_class, CrPubPageNotice, planned_row);
  gtk_widget_class_bind_template_child (widget_class, CrPubPageNotice, planned_row_message);
  gtk_widget_class_bind_template_child (widget_class, CrPubPageNotice, due_row);
  gtk_widget_class_bind_template_child (widget_class, CrPubPageNotice, copies_list);
  gtk_widget_class_bind_template_child (widget_class, CrPubPageNotice, copies_row);
  gtk_widget_class_bind_template_child (widget_class, CrPubPageNotice, copies_row_message);
  gtk_widget_class_bind_template_child (widget_class, CrPubPageNotice, earliest_row);
}

static void
cr_pub_page_notice_init (CrPubPageNotice *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < N_COPIES; i++)
    self->checks[i] = cr_pub_page_add_check_row (CR_PUB_PAGE (self), self->copies_list,
                                                 "copies-to", copies_nicks[i], NULL, NULL);
  cr_entry_row_set_accessible_label (GTK_WIDGET (self->planned_row), _("Planned publication date"));
  cr_entry_row_set_accessible_label (GTK_WIDGET (self->copies_row), _("Date the copies were sent"));
  cr_pub_page_setup (CR_PUB_PAGE (self), self->content);
}

CrAssistantPage *
cr_pub_page_notice_new (void)
{
  return g_object_new (CR_TYPE_PUB_PAGE_NOTICE,
                       "step", CR_PUBLICATION_STEP_NOTICE,
                       NULL);
}
