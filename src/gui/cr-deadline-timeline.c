/* cr-deadline-timeline.c: the deadlines of a case, one row each */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrDeadlineTimeline"

#include "config.h"

#include "cr-deadline-timeline.h"

#include "cr-deadline-policy.h"
#include "cr-deadline-rules.h"
#include "cr-deadlines.h"
#include "cr-util.h"

#include <glib/gi18n.h>

struct _CrDeadlineTimeline
{
  AdwPreferencesGroup  parent_instance;

  /* Template widgets */
  AdwActionRow        *empty_row;

  /* Owned references */
  CrCase              *kase;
  GPtrArray           *rows;      /* AdwActionRow, shown in the group */
  char                *today;     /* ISO, or NULL for the real today */

  gulong               notify_id;
};

G_DEFINE_FINAL_TYPE (CrDeadlineTimeline, cr_deadline_timeline, ADW_TYPE_PREFERENCES_GROUP)

enum {
  PROP_0,
  PROP_CASE,
  PROP_TODAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The case properties that can move a deadline (besides its dates). */
static const char * const watched_properties[] = {
  "status", "paused-from", "review-type", "pauses", NULL
};

/*
 * Rows
 */

static const char *
get_icon_name (CrDeadlineState state)
{
  switch (state)
    {
    case CR_DEADLINE_STATE_WAITING: return "content-loading-symbolic";
    case CR_DEADLINE_STATE_OPEN: return "alarm-symbolic";
    case CR_DEADLINE_STATE_DUE_SOON: return "dialog-warning-symbolic";
    case CR_DEADLINE_STATE_OVERDUE: return "dialog-error-symbolic";
    case CR_DEADLINE_STATE_MET: return "emblem-ok-symbolic";
    case CR_DEADLINE_STATE_MET_LATE: return "dialog-warning-symbolic";
    case CR_DEADLINE_STATE_STOPPED: return "media-playback-pause-symbolic";
    case CR_DEADLINE_STATE_NOT_APPLICABLE: return "action-unavailable-symbolic";
    default: g_assert_not_reached ();
    }
}

/* The style class of the status pill (and of the icon). */
static const char *
get_style_class (CrDeadline *deadline)
{
  CrDeadlineState state = cr_deadline_get_state (deadline);

  /* Taken as done because the case moved on: nothing to celebrate. */
  if (state == CR_DEADLINE_STATE_MET && cr_deadline_get_done_date (deadline) == NULL &&
      cr_deadline_get_kind (deadline) == CR_DEADLINE_KIND_BY)
    return "dim-label";

  switch (state)
    {
    case CR_DEADLINE_STATE_MET: return "success";
    case CR_DEADLINE_STATE_DUE_SOON:
    case CR_DEADLINE_STATE_MET_LATE: return "warning";
    case CR_DEADLINE_STATE_OVERDUE: return "error";
    case CR_DEADLINE_STATE_WAITING:
    case CR_DEADLINE_STATE_STOPPED:
    case CR_DEADLINE_STATE_NOT_APPLICABLE: return "dim-label";
    case CR_DEADLINE_STATE_OPEN:
    default: return NULL;
    }
}

static char *
format_subtitle (CrDeadline *deadline)
{
  const char *due = cr_deadline_get_due_date (deadline);
  g_autofree char *date = NULL;

  if (due == NULL)
    return g_strdup (cr_deadline_get_explanation (deadline));

  date = cr_date_format_display (due);
  if (cr_deadline_get_kind (deadline) == CR_DEADLINE_KIND_UNTIL)
    /* Translators: "Until 5 Mar 2025 · At least 1 year from publication on …" */
    return g_strdup_printf (_("Until %s · %s"), date, cr_deadline_get_explanation (deadline));
  /* Translators: "Due 3 Feb 2026 · 5 working days from …" */
  return g_strdup_printf (_("Due %s · %s"), date, cr_deadline_get_explanation (deadline));
}

static GtkWidget *
make_row (CrDeadline *deadline)
{
  CrDeadlineState state = cr_deadline_get_state (deadline);
  const char *style = get_style_class (deadline);
  g_autofree char *status = cr_deadline_format_status (deadline);
  g_autofree char *subtitle = format_subtitle (deadline);
  g_autofree char *name = NULL;
  g_autofree char *tooltip = NULL;
  GtkWidget *row, *icon, *pill;

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cr_deadline_get_label (deadline));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (row, "deadline-row");
  gtk_widget_add_css_class (row, cr_deadline_state_to_nick (state));

  icon = gtk_image_new_from_icon_name (get_icon_name (state));
  if (style != NULL)
    gtk_widget_add_css_class (icon, style);
  /* The pill says the state in words: the icon is decoration. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  pill = gtk_label_new (status);
  gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (pill, "deadline-pill");
  if (style != NULL)
    gtk_widget_add_css_class (pill, style);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), pill);

  /* Translators: a row's accessible name, "Notify the Panel: 3 working days left" */
  name = g_strdup_printf (_("%s: %s"), cr_deadline_get_label (deadline), status);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle,
                                  -1);

  /* Translators: the tooltip of a deadline: where its rule comes from */
  tooltip = g_strdup_printf (_("Source: %s (%s)"), cr_deadline_get_source (deadline),
                             cr_deadline_get_edition (deadline));
  gtk_widget_set_tooltip_text (row, tooltip);

  g_object_set_data_full (G_OBJECT (row), "cr-deadline", g_object_ref (deadline), g_object_unref);
  return row;
}

static void
clear_rows (CrDeadlineTimeline *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
}

static void
relist (CrDeadlineTimeline *self)
{
  g_autoptr(GPtrArray) deadlines = NULL;
  GDate today;

  clear_rows (self);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_row), self->kase == NULL);
  if (self->kase == NULL)
    return;

  if (!cr_date_parse_iso (self->today, &today))
    cr_date_set_today (&today);

  deadlines = cr_case_list_deadlines (self->kase, &today);
  for (guint i = 0; i < deadlines->len; i++)
    {
      GtkWidget *row = make_row (g_ptr_array_index (deadlines, i));

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
      g_ptr_array_add (self->rows, row);
    }
}

static void
on_case_notify_cb (CrDeadlineTimeline *self,
                   GParamSpec         *pspec,
                   CrCase             *kase)
{
  if (g_strv_contains (watched_properties, pspec->name) ||
      cr_deadline_rules_is_date_property (pspec->name))
    relist (self);
}

static void
on_policy_changed_cb (CrDeadlineTimeline *self,
                      CrDeadlinePolicy   *policy)
{
  relist (self);
}

/*
 * GObject overrides
 */

static void
cr_deadline_timeline_dispose (GObject *object)
{
  CrDeadlineTimeline *self = (CrDeadlineTimeline *)object;

  if (self->kase != NULL)
    g_clear_signal_handler (&self->notify_id, self->kase);
  g_clear_object (&self->kase);
  if (self->rows != NULL)
    clear_rows (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_DEADLINE_TIMELINE);

  G_OBJECT_CLASS (cr_deadline_timeline_parent_class)->dispose (object);
}

static void
cr_deadline_timeline_finalize (GObject *object)
{
  CrDeadlineTimeline *self = (CrDeadlineTimeline *)object;

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->today, g_free);

  G_OBJECT_CLASS (cr_deadline_timeline_parent_class)->finalize (object);
}

static void
cr_deadline_timeline_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CrDeadlineTimeline *self = CR_DEADLINE_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_CASE:
      g_value_set_object (value, self->kase);
      break;

    case PROP_TODAY:
      g_value_set_string (value, self->today);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_deadline_timeline_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  CrDeadlineTimeline *self = CR_DEADLINE_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_CASE:
      cr_deadline_timeline_set_case (self, g_value_get_object (value));
      break;

    case PROP_TODAY:
      cr_deadline_timeline_set_today (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_deadline_timeline_class_init (CrDeadlineTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cr_deadline_timeline_dispose;
  object_class->finalize = cr_deadline_timeline_finalize;
  object_class->get_property = cr_deadline_timeline_get_property;
  object_class->set_property = cr_deadline_timeline_set_property;

  properties[PROP_CASE] =
    g_param_spec_object ("case", NULL, NULL,
                         CR_TYPE_CASE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_TODAY] =
    g_param_spec_string ("today", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-deadline-timeline.ui");
  gtk_widget_class_bind_template_child (widget_class, CrDeadlineTimeline, empty_row);
}

static void
cr_deadline_timeline_init (CrDeadlineTimeline *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_ptr_array_new ();
  g_signal_connect_object (cr_deadline_policy_get_default (), "changed",
                           G_CALLBACK (on_policy_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

/*
 * Public API
 */

GtkWidget *
cr_deadline_timeline_new (void)
{
  return g_object_new (CR_TYPE_DEADLINE_TIMELINE, NULL);
}

CrCase *
cr_deadline_timeline_get_case (CrDeadlineTimeline *self)
{
  g_return_val_if_fail (CR_IS_DEADLINE_TIMELINE (self), NULL);

  return self->kase;
}

void
cr_deadline_timeline_set_case (CrDeadlineTimeline *self,
                               CrCase             *kase)
{
  g_return_if_fail (CR_IS_DEADLINE_TIMELINE (self));
  g_return_if_fail (kase == NULL || CR_IS_CASE (kase));

  if (self->kase == kase)
    return;

  if (self->kase != NULL)
    g_clear_signal_handler (&self->notify_id, self->kase);
  g_set_object (&self->kase, kase);
  if (kase != NULL)
    self->notify_id = g_signal_connect_object (kase, "notify",
                                               G_CALLBACK (on_case_notify_cb), self,
                                               G_CONNECT_SWAPPED);

  relist (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE]);
}

const char *
cr_deadline_timeline_get_today (CrDeadlineTimeline *self)
{
  g_return_val_if_fail (CR_IS_DEADLINE_TIMELINE (self), NULL);

  return self->today;
}

/**
 * cr_deadline_timeline_set_today:
 * @self: a timeline
 * @today: (nullable): the ISO date to count from, or %NULL for today
 *
 * Shows the deadlines as they stand on @today (tests, and a view of how
 * a case stood on a given day).
 */
void
cr_deadline_timeline_set_today (CrDeadlineTimeline *self,
                                const char         *today)
{
  g_return_if_fail (CR_IS_DEADLINE_TIMELINE (self));
  g_return_if_fail (today == NULL || cr_date_parse_iso (today, NULL));

  if (g_strcmp0 (self->today, today) == 0)
    return;

  g_free (self->today);
  self->today = g_strdup (today);
  relist (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TODAY]);
}

guint
cr_deadline_timeline_get_n_rows (CrDeadlineTimeline *self)
{
  g_return_val_if_fail (CR_IS_DEADLINE_TIMELINE (self), 0);

  return self->rows->len;
}

AdwActionRow *
cr_deadline_timeline_get_row (CrDeadlineTimeline *self,
                              guint               index)
{
  g_return_val_if_fail (CR_IS_DEADLINE_TIMELINE (self), NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);

  return g_ptr_array_index (self->rows, index);
}
