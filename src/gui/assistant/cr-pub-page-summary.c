/* cr-pub-page-summary.c: what was recorded on the way to publication
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrPubPageSummary"

#include "config.h"

#include "cr-pub-page-summary.h"

#include "cr-case-status.h"
#include "cr-edit-utils.h"

#include <glib/gi18n.h>
#include <string.h>

struct _CrPubPageSummary
{
  CrPubPage    parent_instance;

  /* Template widgets */
  GtkBox      *content;
  AdwActionRow*status_row;
  GtkListBox  *steps_list;
};

G_DEFINE_FINAL_TYPE (CrPubPageSummary, cr_pub_page_summary, CR_TYPE_PUB_PAGE)

/* One line of what @step recorded, or NULL. */
static char *
describe_step (CrPublication     *publication,
               CrPublicationStep  step)
{
  CrRecord *record = CR_RECORD (publication);
  const char *choice_field = NULL;
  const char *date_field = NULL;
  const char *text_field = NULL;
  g_autoptr(GString) line = g_string_new (NULL);

  switch (step)
    {
    case CR_PUBLICATION_STEP_PROCEEDINGS:
      choice_field = "proceedings";
      text_field = "proceedings-note";
      break;
    case CR_PUBLICATION_STEP_ANONYMISATION:
      date_field = "anonymisation-date";
      break;
    case CR_PUBLICATION_STEP_FAMILY:
      date_field = "family-told-date";
      choice_field = "family-shown";
      break;
    case CR_PUBLICATION_STEP_DECISION:
      choice_field = "mode";
      date_field = "decision-date";
      text_field = "decided-by";
      break;
    case CR_PUBLICATION_STEP_NOTICE:
      date_field = "copies-date";
      break;
    case CR_PUBLICATION_STEP_PUBLISHED:
      date_field = "published-date";
      text_field = "place";
      break;
    case CR_PUBLICATION_STEP_REPOSITORY:
      date_field = "repository-date";
      break;
    default:
      g_assert_not_reached ();
    }

  if (choice_field != NULL && cr_record_has (record, choice_field))
    {
      const char *label = cr_record_field_get_choice_label (cr_record_find_field (record, choice_field),
                                                            cr_record_get (record, choice_field));
      g_string_append (line, label != NULL ? label : cr_record_get (record, choice_field));
    }
  if (date_field != NULL && cr_record_has (record, date_field))
    {
      g_autofree char *date = cr_record_dup_date_label (record, date_field);

      if (line->len > 0)
        g_string_append (line, " · ");
      g_string_append (line, date);
    }
  if (text_field != NULL && cr_record_has (record, text_field))
    {
      g_autofree char *first = g_strdup (cr_record_get (record, text_field));
      char *newline = strchr (first, '\n');

      if (newline != NULL)
        *newline = '\0';
      if (line->len > 0)
        g_string_append (line, " · ");
      g_string_append (line, first);
    }

  return line->len > 0 ? g_strdup (line->str) : NULL;
}

/*
 * CrPubPage
 */

static void
cr_pub_page_summary_load (CrPubPage *page)
{
  /* Nothing to bind: refresh shows it all. */
}

static void
cr_pub_page_summary_refresh (CrPubPage *page)
{
  CrPubPageSummary *self = CR_PUB_PAGE_SUMMARY (page);

  CrPubContext *ctx = cr_pub_page_get_context (page);
  CrPublication *publication = cr_pub_page_get_publication (page);
  CrPublicationContext context;
  GtkWidget *child;
  gboolean blocked = FALSE;

  cr_pub_context_fill (ctx, &context);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row),
                                 cr_case_status_to_label (cr_case_get_status (ctx->kase)));
  adw_action_row_set_subtitle (self->status_row,
                               cr_case_status_to_description (cr_case_get_status (ctx->kase)));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->steps_list))) != NULL)
    gtk_list_box_remove (self->steps_list, child);

  for (guint step = 0; step < CR_PUBLICATION_N_STEPS; step++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *state;
      g_autofree char *line = describe_step (publication, step);
      gboolean done = !blocked && cr_publication_check_step (publication, step, &context, NULL);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cr_publication_step_get_title (step));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), line != NULL ? line : _("Not recorded"));
      state = gtk_label_new (done ? _("Done") : _("Not yet"));
      gtk_widget_set_valign (state, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (state, done ? "success" : "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), state);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_list_box_append (self->steps_list, row);
      blocked = blocked || !done;
    }
}

static void
cr_pub_page_summary_shown (CrAssistantPage *page)
{
  CrPubPageSummary *self = CR_PUB_PAGE_SUMMARY (page);

  gtk_widget_grab_focus (GTK_WIDGET (self->steps_list));
}

/*
 * GObject overrides
 */

static void
cr_pub_page_summary_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CR_TYPE_PUB_PAGE_SUMMARY);

  G_OBJECT_CLASS (cr_pub_page_summary_parent_class)->dispose (object);
}

static void
cr_pub_page_summary_class_init (CrPubPageSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CrAssistantPageClass *page_class = CR_ASSISTANT_PAGE_CLASS (klass);
  CrPubPageClass *pub_page_class = CR_PUB_PAGE_CLASS (klass);

  object_class->dispose = cr_pub_page_summary_dispose;
  page_class->shown = cr_pub_page_summary_shown;
  pub_page_class->load = cr_pub_page_summary_load;
  pub_page_class->refresh = cr_pub_page_summary_refresh;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-pub-page-summary.ui");
  gtk_widget_class_bind_template_child (widget_class, CrPubPageSummary, content);
  gtk_widget_class_bind_template_child (widget_class, CrPubPageSummary, status_row);
  gtk_widget_class_bind_template_child (widget_class, CrPubPageSummary, steps_list);
}

static void
cr_pub_page_summary_init (CrPubPageSummary *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  cr_pub_page_setup (CR_PUB_PAGE (self), self->content);
}

CrAssistantPage *
cr_pub_page_summary_new (void)
{
  return g_object_new (CR_TYPE_PUB_PAGE_SUMMARY,
                       "step", -1,
                       NULL);
}
