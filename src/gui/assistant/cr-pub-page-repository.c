/* cr-pub-page-repository.c: the NSPCC national case review repository
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrPubPageRepository"

#include "config.h"

#include "cr-pub-page-repository.h"

#include "cr-edit-utils.h"

#include <glib/gi18n.h>

struct _CrPubPageRepository
{
  CrPubPage    parent_instance;

  /* Template widgets */
  GtkBox      *content;
  AdwEntryRow *date_row;
  GtkLabel    *date_row_message;
  AdwEntryRow *note_row;
  GtkLabel    *note_row_message;
};

G_DEFINE_FINAL_TYPE (CrPubPageRepository, cr_pub_page_repository, CR_TYPE_PUB_PAGE)

/*
 * CrPubPage
 */

static void
cr_pub_page_repository_load (CrPubPage *page)
{
  CrPubPageRepository *self = CR_PUB_PAGE_REPOSITORY (page);

  cr_pub_page_bind_entry (page, self->date_row, "repository-date", self->date_row_message);
  cr_pub_page_bind_entry (page, self->note_row, "repository-note", self->note_row_message);
}

static void
cr_pub_page_repository_shown (CrAssistantPage *page)
{
  CrPubPageRepository *self = CR_PUB_PAGE_REPOSITORY (page);

  gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
}

/*
 * GObject overrides
 */

static void
cr_pub_page_repository_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CR_TYPE_PUB_PAGE_REPOSITORY);

  G_OBJECT_CLASS (cr_pub_page_repository_parent_class)->dispose (object);
}

static void
cr_pub_page_repository_class_init (CrPubPageRepositoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CrAssistantPageClass *page_class = CR_ASSISTANT_PAGE_CLASS (klass);
  CrPubPageClass *pub_page_class = CR_PUB_PAGE_CLASS (klass);

  object_class->dispose = cr_pub_page_repository_dispose;
  page_class->shown = cr_pub_page_repository_shown;
  pub_page_class->load = cr_pub_page_repository_load;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-pub-page-repository.ui");
  gtk_widget_class_bind_template_child (widget_class, CrPubPageRepository, content);
  gtk_widget_class_bind_template_child (widget_class, CrPubPageRepository, date_row);
  gtk_widget_class_bind_template_child (widget_class, CrPubPageRepository, date_row_message);
  gtk_widget_class_bind_template_child (widget_class, CrPubPageRepository, note_row);
  gtk_widget_class_bind_template_child (widget_class, CrPubPageRepository, note_row_message);
}

static void
cr_pub_page_repository_init (CrPubPageRepository *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  cr_entry_row_set_accessible_label (GTK_WIDGET (self->date_row), _("Date sent to the repository"));
  cr_entry_row_set_accessible_label (GTK_WIDGET (self->note_row), _("Note"));
  cr_pub_page_setup (CR_PUB_PAGE (self), self->content);
}

CrAssistantPage *
cr_pub_page_repository_new (void)
{
  return g_object_new (CR_TYPE_PUB_PAGE_REPOSITORY,
                       "step", CR_PUBLICATION_STEP_REPOSITORY,
                       NULL);
}
