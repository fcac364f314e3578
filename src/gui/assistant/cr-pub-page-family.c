/* cr-pub-page-family.c: telling the family before publication
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrPubPageFamily"

#include "config.h"

#include "cr-pub-page-family.h"

#include "cr-edit-utils.h"

#include <glib/gi18n.h>

#define N_SHOWN 4

static const char * const shown_nicks[] = { "shown", "declined", "not-agreed", "not-possible", NULL };

struct _CrPubPageFamily
{
  CrPubPage    parent_instance;

  /* Template widgets */
  GtkBox      *content;
  AdwEntryRow *told_row;
  GtkLabel    *told_row_message;
  GtkListBox  *shown_list;
  GtkTextView *note_view;

  GtkWidget   *checks[N_SHOWN];
};

G_DEFINE_FINAL_TYPE (CrPubPageFamily, cr_pub_page_family, CR_TYPE_PUB_PAGE)

/*
 * CrPubPage
 */

static void
cr_pub_page_family_load (CrPubPage *page)
{
  CrPubPageFamily *self = CR_PUB_PAGE_FAMILY (page);

  cr_pub_page_bind_entry (page, self->told_row, "family-told-date", self->told_row_message);
  cr_pub_page_bind_choice (page, self->checks, shown_nicks, N_SHOWN, "family-shown");
  cr_pub_page_bind_text (page, self->note_view, "family-note");
}

static void
cr_pub_page_family_shown (CrAssistantPage *page)
{
  CrPubPageFamily *self = CR_PUB_PAGE_FAMILY (page);

  gtk_widget_grab_focus (GTK_WIDGET (self->told_row));
}

/*
 * GObject overrides
 */

static void
cr_pub_page_family_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CR_TYPE_PUB_PAGE_FAMILY);

  G_OBJECT_CLASS (cr_pub_page_family_parent_class)->dispose (object);
}

static void
cr_pub_page_family_class_init (CrPubPageFamilyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CrAssistantPageClass *page_class = CR_ASSISTANT_PAGE_CLASS (klass);
  CrPubPageClass *pub_page_class = CR_PUB_PAGE_CLASS (klass);

  object_class->dispose = cr_pub_page_family_dispose;
  page_class->shown = cr_pub_page_family_shown;
  pub_page_class->load = cr_pub_page_family_load;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-pub-page-family.ui");
  gtk_widget_class_bind_template_child (widget_class, CrPubPageFamily, content);
  gtk_widget_class_bind_template_child (widget_class, CrPubPageFamily, told_row);
  gtk_widget_class_bind_template_child (widget_class, CrPubPageFamily, told_row_message);
  gtk_widget_class_bind_template_child (widget_class, CrPubPageFamily, shown_list);
  gtk_widget_class_bind_template_child (widget_class, CrPubPageFamily, note_view);
}

static void
cr_pub_page_family_init (CrPubPageFamily *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < N_SHOWN; i++)
    self->checks[i] = cr_pub_page_add_check_row (CR_PUB_PAGE (self), self->shown_list,
                                                 "family-shown", shown_nicks[i], NULL,
                                                 i > 0 ? self->checks[0] : NULL);
  cr_entry_row_set_accessible_label (GTK_WIDGET (self->told_row), _("Date the family was told"));
  cr_pub_page_setup (CR_PUB_PAGE (self), self->content);
}

CrAssistantPage *
cr_pub_page_family_new (void)
{
  return g_object_new (CR_TYPE_PUB_PAGE_FAMILY,
                       "step", CR_PUBLICATION_STEP_FAMILY,
                       NULL);
}
