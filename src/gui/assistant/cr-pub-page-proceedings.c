/* cr-pub-page-proceedings.c: parallel proceedings before publication
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrPubPageProceedings"

#include "config.h"

#include "cr-pub-page-proceedings.h"

#include <glib/gi18n.h>

#define N_CHOICES 3

static const char * const choice_nicks[] = { "none", "concluded", "no-prejudice", NULL };

struct _CrPubPageProceedings
{
  CrPubPage    parent_instance;

  /* Template widgets */
  GtkBox      *content;
  GtkListBox  *processes_list;
  GtkListBox  *choice_list;
  GtkTextView *note_view;

  GtkWidget   *checks[N_CHOICES];
};

G_DEFINE_FINAL_TYPE (CrPubPageProceedings, cr_pub_page_proceedings, CR_TYPE_PUB_PAGE)

static void
show_processes (CrPubPageProceedings *self)
{
  CrPubContext *ctx = cr_pub_page_get_context (CR_PUB_PAGE (self));
  GtkWidget *child, *row;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->processes_list))) != NULL)
    gtk_list_box_remove (self->processes_list, child);

  if (ctx == NULL || ctx->processes == NULL || ctx->processes->len == 0)
    {
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("No parallel proceedings recorded"));
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_list_box_append (self->processes_list, row);
      return;
    }

  for (guint i = 0; i < ctx->processes->len; i++)
    {
      CrRecord *process = g_ptr_array_index (ctx->processes, i);
      const char *status = cr_record_get (process, "status");
      const char *status_label = status != NULL
        ? cr_record_field_get_choice_label (cr_record_find_field (process, "status"), status)
        : NULL;
      g_autofree char *title = cr_record_dup_title (process);
      g_autofree char *subtitle = cr_record_dup_subtitle (process);
      GtkWidget *pill;

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title != NULL ? title : "");
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : "");
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

      pill = gtk_label_new (status_label != NULL ? status_label : _("State not recorded"));
      gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (pill, "caption-heading");
      gtk_widget_add_css_class (pill, g_strcmp0 (status, "concluded") == 0 ? "success" : "warning");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), pill);
      gtk_list_box_append (self->processes_list, row);
    }
}

/*
 * CrPubPage
 */

static void
cr_pub_page_proceedings_load (CrPubPage *page)
{
  CrPubPageProceedings *self = CR_PUB_PAGE_PROCEEDINGS (page);

  cr_pub_page_bind_choice (page, self->checks, choice_nicks, N_CHOICES, "proceedings");
  cr_pub_page_bind_text (page, self->note_view, "proceedings-note");
}

static void
cr_pub_page_proceedings_refresh (CrPubPage *page)
{
  CrPubPageProceedings *self = CR_PUB_PAGE_PROCEEDINGS (page);

  show_processes (self);
}

static void
cr_pub_page_proceedings_shown (CrAssistantPage *page)
{
  CrPubPageProceedings *self = CR_PUB_PAGE_PROCEEDINGS (page);

  gtk_widget_grab_focus (self->checks[0]);
}

/*
 * GObject overrides
 */

static void
cr_pub_page_proceedings_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CR_TYPE_PUB_PAGE_PROCEEDINGS);

  G_OBJECT_CLASS (cr_pub_page_proceedings_parent_class)->dispose (object);
}

static void
cr_pub_page_proceedings_class_init (CrPubPageProceedingsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CrAssistantPageClass *page_class = CR_ASSISTANT_PAGE_CLASS (klass);
  CrPubPageClass *pub_page_class = CR_PUB_PAGE_CLASS (klass);

  object_class->dispose = cr_pub_page_proceedings_dispose;
  page_class->shown = cr_pub_page_proceedings_shown;
  pub_page_class->load = cr_pub_page_proceedings_load;
  pub_page_class->refresh = cr_pub_page_proceedings_refresh;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-pub-page-proceedings.ui");
  gtk_widget_class_bind_template_child (widget_class, CrPubPageProceedings, content);
  gtk_widget_class_bind_template_child (widget_class, CrPubPageProceedings, processes_list);
  gtk_widget_class_bind_template_child (widget_class, CrPubPageProceedings, choice_list);
  gtk_widget_class_bind_template_child (widget_class, CrPubPageProceedings, note_view);
}

static void
cr_pub_page_proceedings_init (CrPubPageProceedings *self)
{
  const char *subtitles[N_CHOICES] = {
    _("No criminal, coroner’s or other proceedings run alongside the review."),
    _("Every parallel process has ended."),
    _("Those leading the proceedings confirmed that publishing now will not prejudice them."),
  };

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < N_CHOICES; i++)
    self->checks[i] = cr_pub_page_add_check_row (CR_PUB_PAGE (self), self->choice_list,
                                                 "proceedings", choice_nicks[i], subtitles[i],
                                                 i > 0 ? self->checks[0] : NULL);
  cr_pub_page_setup (CR_PUB_PAGE (self), self->content);
  show_processes (self);
}

CrAssistantPage *
cr_pub_page_proceedings_new (void)
{
  return g_object_new (CR_TYPE_PUB_PAGE_PROCEEDINGS,
                       "step", CR_PUBLICATION_STEP_PROCEEDINGS,
                       NULL);
}
