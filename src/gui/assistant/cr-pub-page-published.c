/* cr-pub-page-published.c: the publication itself
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrPubPagePublished"

#include "config.h"

#include "cr-pub-page-published.h"

#include "cr-edit-utils.h"

#include <glib/gi18n.h>

struct _CrPubPagePublished
{
  CrPubPage    parent_instance;

  /* Template widgets */
  GtkBox      *content;
  AdwEntryRow *date_row;
  GtkLabel    *date_row_message;
  AdwEntryRow *place_row;
  GtkLabel    *place_row_message;
  AdwActionRow*keep_row;
};

G_DEFINE_FINAL_TYPE (CrPubPagePublished, cr_pub_page_published, CR_TYPE_PUB_PAGE)

/*
 * CrPubPage
 */

static void
cr_pub_page_published_load (CrPubPage *page)
{
  CrPubPagePublished *self = CR_PUB_PAGE_PUBLISHED (page);

  cr_pub_page_bind_entry (page, self->date_row, "published-date", self->date_row_message);
  cr_pub_page_bind_entry (page, self->place_row, "place", self->place_row_message);
}

static void
cr_pub_page_published_refresh (CrPubPage *page)
{
  CrPubPagePublished *self = CR_PUB_PAGE_PUBLISHED (page);

  g_autofree char *until = cr_publication_dup_keep_until (cr_pub_page_get_publication (page));
  g_autofree char *until_label = cr_pub_format_date (until);
  g_autofree char *title = NULL;

  if (until_label != NULL)
    /* Translators: "Keep available until 3 May 2028" */
    title = g_strdup_printf (_("Keep available until %s"), until_label);
  else
    title = g_strdup (_("Keep available for at least a year"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->keep_row), title);
  adw_action_row_set_subtitle (self->keep_row,
                               _("The report stays on the partnership’s website for at least one year; after that it can be found through the NSPCC repository."));
}

static void
cr_pub_page_published_shown (CrAssistantPage *page)
{
  CrPubPagePublished *self = CR_PUB_PAGE_PUBLISHED (page);

  gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
}

/*
 * GObject overrides
 */

static void
cr_pub_page_published_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CR_TYPE_PUB_PAGE_PUBLISHED);

  G_OBJECT_CLASS (cr_pub_page_published_parent_class)->dispose (object);
}

static void
cr_pub_page_published_class_init (CrPubPagePublishedClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CrAssistantPageClass *page_class = CR_ASSISTANT_PAGE_CLASS (klass);
  CrPubPageClass *pub_page_class = CR_PUB_PAGE_CLASS (klass);

  object_class->dispose = cr_pub_page_published_dispose;
  page_class->shown = cr_pub_page_published_shown;
  pub_page_class->load = cr_pub_page_published_load;
  pub_page_class->refresh = cr_pub_page_published_refresh;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-pub-page-published.ui");
  gtk_widget_class_bind_template_child (widget_class, CrPubPagePublished, content);
  gtk_widget_class_bind_template_child (widget_class, CrPubPagePublished, date_row);
  gtk_widget_class_bind_template_child (widget_class, CrPubPagePublished, date_row_message);
  gtk_widget_class_bind_template_child (widget_class, CrPubPagePublished, place_row);
  gtk_widget_class_bind_template_child (widget_class, CrPubPagePublished, place_row_message);
  gtk_widget_class_bind_template_child (widget_class, CrPubPagePublished, keep_row);
}

static void
cr_pub_page_published_init (CrPubPagePublished *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  cr_entry_row_set_accessible_label (GTK_WIDGET (self->date_row), _("Date published"));
  cr_entry_row_set_accessible_label (GTK_WIDGET (self->place_row), _("Where it is published"));
  cr_pub_page_setup (CR_PUB_PAGE (self), self->content);
}

CrAssistantPage *
cr_pub_page_published_new (void)
{
  return g_object_new (CR_TYPE_PUB_PAGE_PUBLISHED,
                       "step", CR_PUBLICATION_STEP_PUBLISHED,
                       NULL);
}
