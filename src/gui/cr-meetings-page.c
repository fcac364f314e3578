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
  AdwBin             parent_instance;

  /* Template widgets */
  CrRecordListGroup *list_group;

  /* Owned references */
  CrDatabase        *db;
  CrCase            *kase;
};

G_DEFINE_FINAL_TYPE (CrMeetingsPage, cr_meetings_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_CASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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
reload (CrMeetingsPage *self)
{
  cr_record_list_group_set_database (self->list_group, self->db);
  cr_record_list_group_set_case_id (self->list_group,
                                    self->kase != NULL ? cr_case_get_id (self->kase) : 0);
  cr_record_list_group_reload (self->list_group);
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

  g_clear_object (&self->kase);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cr_meetings_page_parent_class)->dispose (object);
}

static void
cr_meetings_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CrMeetingsPage *self = CR_MEETINGS_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->db);
      break;

    case PROP_CASE:
      g_value_set_object (value, self->kase);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_meetings_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CrMeetingsPage *self = CR_MEETINGS_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      if (g_set_object (&self->db, g_value_get_object (value)))
        {
          reload (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_CASE:
      if (g_set_object (&self->kase, g_value_get_object (value)))
        {
          reload (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_meetings_page_class_init (CrMeetingsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cr_meetings_page_dispose;
  object_class->get_property = cr_meetings_page_get_property;
  object_class->set_property = cr_meetings_page_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         CR_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CASE] =
    g_param_spec_object ("case", NULL, NULL,
                         CR_TYPE_CASE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

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
