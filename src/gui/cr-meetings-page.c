/* cr-meetings-page.c: the review workspace page of the log of review panel and other meetings
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrMeetingsPage"

#include "config.h"

#include "cr-meetings-page.h"

#include "cr-meeting.h"
#include "cr-record-list-group.h"

#include <glib/gi18n.h>

struct _CrMeetingsPage
{
  CrReviewPage       parent_instance;

  /* Template widgets */
  CrRecordListGroup *list_group;
};

G_DEFINE_FINAL_TYPE (CrMeetingsPage, cr_meetings_page, CR_TYPE_REVIEW_PAGE)

static const char * const required_fields[] = { "meeting-date", "kind", NULL };

/*
 * The list
 */

static char *
dup_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* A meeting still to come is marked as planned. */
static char *
meeting_status (CrRecord    *record,
                const char **css_class,
                gpointer     user_data)
{
  const char *date = cr_record_get (record, "meeting-date");
  g_autofree char *today = dup_today ();
  int order;

  if (date == NULL)
    return NULL;

  order = g_strcmp0 (date, today);
  if (order > 0)
    {
      *css_class = "dim-label";
      /* Translators: a meeting set for a later date. */
      return g_strdup (C_("meeting", "Planned"));
    }
  if (order == 0)
    {
      *css_class = "success";
      /* Translators: a meeting held today. */
      return g_strdup (C_("meeting", "Today"));
    }
  return NULL;
}

/* A new meeting is a review panel meeting unless changed. */
static void
init_meeting (CrRecord *record,
              gpointer  user_data)
{
  cr_record_set (record, "kind", "panel");
}

static void
cr_meetings_page_reload (CrReviewPage *page,
                         gboolean      new_case)
{
  cr_record_list_group_reload (CR_MEETINGS_PAGE (page)->list_group);
}

/*
 * GObject overrides
 */

static void
cr_meetings_page_dispose (GObject *object)
{
  CrMeetingsPage *self = CR_MEETINGS_PAGE (object);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_MEETINGS_PAGE);

  G_OBJECT_CLASS (cr_meetings_page_parent_class)->dispose (object);
}

static void
cr_meetings_page_class_init (CrMeetingsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CrReviewPageClass *page_class = CR_REVIEW_PAGE_CLASS (klass);

  object_class->dispose = cr_meetings_page_dispose;

  page_class->reload = cr_meetings_page_reload;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-meetings-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CrMeetingsPage, list_group);

  g_type_ensure (CR_TYPE_MEETING);
  g_type_ensure (CR_TYPE_RECORD_LIST_GROUP);
}

static void
cr_meetings_page_init (CrMeetingsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  cr_review_page_add_list_group (CR_REVIEW_PAGE (self), self->list_group);
  cr_record_list_group_set_fields (self->list_group, NULL, required_fields);
  cr_record_list_group_set_status_func (self->list_group, meeting_status, self);
  cr_record_list_group_set_init_func (self->list_group, init_meeting, self);
}

/*
 * Public API
 */

GtkWidget *
cr_meetings_page_new (void)
{
  return g_object_new (CR_TYPE_MEETINGS_PAGE, NULL);
}
