/* cr-milestone.c: a step in the plan of a practice review */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrMilestone"

#include "config.h"

#include "cr-milestone.h"

#include "cr-record-private.h"
#include "cr-util.h"
#include "cr-working-days.h"

#include <glib/gi18n.h>

/* Due soon: planned within this many days. */
#define DUE_SOON_DAYS 7
/* The copies to the Panel and the Secretary of State go this many working
 * days before publication. */
#define PANEL_COPY_WORKING_DAYS 7

struct _CrMilestone
{
  CrRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CrMilestone, cr_milestone, CR_TYPE_RECORD)

static const char * const kind_nicks[] = {
  "commissioned", "terms-agreed", "evidence-due", "panel-meeting",
  "practitioner-event", "family-meeting", "first-draft", "family-sees-draft",
  "final-draft", "partners-sign-off", "panel-copy", "publication", "other", NULL
};
static const char * const kind_labels[] = {
  N_("Review commissioned"), N_("Terms of reference agreed"), N_("Agency evidence due"),
  N_("Review panel meeting"), N_("Practitioner learning event"), N_("Family meeting"),
  N_("First draft"), N_("Family sees the draft"), N_("Final draft"),
  N_("Safeguarding partners sign off"), N_("Copies to the Panel and the Secretary of State"),
  N_("Publication"), N_("Other"), NULL
};

static const CrRecordField fields[] = {
  { "title", CR_RECORD_FIELD_LINE, N_("Title of the milestone"), 0, NULL, NULL, 0 },
  { "kind", CR_RECORD_FIELD_CHOICE, N_("Kind of milestone"), 0, kind_nicks, kind_labels, 0 },
  { "planned-date", CR_RECORD_FIELD_PLAN_DATE, N_("Planned date"), 0, NULL, NULL, 0 },
  { "done-date", CR_RECORD_FIELD_DATE, N_("Date done"), 0, NULL, NULL, 0 },
  { "notes", CR_RECORD_FIELD_TEXT, N_("Notes on the milestone"), 0, NULL, NULL, 0 },
};

/* The default plan: kind, title, days after the start (-1: computed). */
static const struct
{
  const char *kind;
  const char *title;
  int         days;
} plan[] = {
  { "commissioned", N_("Review commissioned"), 0 },
  { "terms-agreed", N_("Terms of reference agreed"), 2 * 7 },
  { "evidence-due", N_("Agency evidence due"), 6 * 7 },
  { "panel-meeting", N_("First review panel meeting"), 8 * 7 },
  { "practitioner-event", N_("Practitioner learning event"), 10 * 7 },
  { "family-meeting", N_("Family meeting"), 12 * 7 },
  { "first-draft", N_("First draft of the report"), 16 * 7 },
  { "family-sees-draft", N_("Family sees the draft report"), 18 * 7 },
  { "final-draft", N_("Final draft of the report"), 20 * 7 },
  { "partners-sign-off", N_("Safeguarding partners sign off the report"), 22 * 7 },
  { "panel-copy", N_("Copies to the Panel and the Secretary of State"), -1 },
  { "publication", N_("Publication"), -1 },
};

static gboolean
cr_milestone_validate (CrRecord  *record,
                       GError   **error)
{
  return cr_record_check_required (record, "title", error) &&
         cr_record_check_required (record, "kind", error) &&
         cr_record_check_required (record, "planned-date", error);
}

static char *
cr_milestone_dup_title (CrRecord *record)
{
  return g_strdup (cr_record_get (record, "title"));
}

static char *
cr_milestone_dup_subtitle (CrRecord *record)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *planned = cr_record_dup_date_label (record, "planned-date");
  g_autofree char *done = cr_record_dup_date_label (record, "done-date");

  g_ptr_array_add (parts, g_strdup (_cr_record_choice_label (record, "kind")));
  if (planned != NULL)
    /* Translators: %s is a date, "3 March 2026". */
    g_ptr_array_add (parts, g_strdup_printf (_("Planned %s"), planned));
  if (done != NULL)
    /* Translators: %s is a date, "3 March 2026". */
    g_ptr_array_add (parts, g_strdup_printf (_("Done %s"), done));

  return _cr_record_join_parts (parts);
}

static void
cr_milestone_class_init (CrMilestoneClass *klass)
{
  CrRecordClass *record_class = CR_RECORD_CLASS (klass);

  record_class->validate = cr_milestone_validate;
  record_class->dup_title = cr_milestone_dup_title;
  record_class->dup_subtitle = cr_milestone_dup_subtitle;

  cr_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
  cr_record_class_set_kind_label (record_class, N_("Milestone"));
}

static void
cr_milestone_init (CrMilestone *self)
{
}

CrMilestone *
cr_milestone_new (void)
{
  return g_object_new (CR_TYPE_MILESTONE, NULL);
}

/**
 * cr_milestone_get_state:
 * @self: a milestone
 * @today: (nullable): the day to judge by, or %NULL for the real today
 * @target: (nullable): the review's target date, when known
 *
 * Returns: where the milestone stands
 */
CrMilestoneState
cr_milestone_get_state (CrMilestone *self,
                        const GDate *today,
                        const GDate *target)
{
  CrRecord *record = (CrRecord *) self;
  GDate planned, done, now;
  gboolean has_planned;

  g_return_val_if_fail (CR_IS_MILESTONE (self), CR_MILESTONE_PLANNED);

  has_planned = _cr_record_get_date (record, "planned-date", &planned);

  if (_cr_record_get_date (record, "done-date", &done))
    return has_planned && g_date_compare (&done, &planned) > 0
           ? CR_MILESTONE_DONE_LATE : CR_MILESTONE_DONE;

  if (!has_planned)
    return CR_MILESTONE_PLANNED;

  _cr_record_today (today, &now);

  if (g_date_compare (&planned, &now) < 0)
    return CR_MILESTONE_OVERDUE;
  if (target != NULL && g_date_valid (target) && g_date_compare (&planned, target) > 0)
    return CR_MILESTONE_AFTER_TARGET;
  if (g_date_days_between (&now, &planned) <= DUE_SOON_DAYS)
    return CR_MILESTONE_DUE_SOON;

  return CR_MILESTONE_PLANNED;
}

const char *
cr_milestone_state_to_label (CrMilestoneState state)
{
  switch (state)
    {
    case CR_MILESTONE_PLANNED:
      return _("Planned");
    case CR_MILESTONE_DUE_SOON:
      return _("Due soon");
    case CR_MILESTONE_OVERDUE:
      return _("Overdue");
    case CR_MILESTONE_AFTER_TARGET:
      return _("After the 6-month target");
    case CR_MILESTONE_DONE:
      return _("Done");
    case CR_MILESTONE_DONE_LATE:
      return _("Done late");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* A planned day: on or before @target, a weekend moved to the Monday, or
 * to the Friday before when the Monday would pass @target. */
static void
adjust_day (GDate       *date,
            const GDate *target)
{
  GDateWeekday weekday;

  if (g_date_compare (date, target) > 0)
    *date = *target;

  weekday = g_date_get_weekday (date);
  if (weekday == G_DATE_SATURDAY || weekday == G_DATE_SUNDAY)
    {
      GDate monday = *date;

      g_date_add_days (&monday, weekday == G_DATE_SATURDAY ? 2 : 1);
      if (g_date_compare (&monday, target) <= 0)
        *date = monday;
      else
        g_date_subtract_days (date, weekday == G_DATE_SATURDAY ? 1 : 2);
    }
}

/**
 * cr_milestone_plan_suggest:
 * @start: the day the review was commissioned
 * @target: the day it should be published by, not before @start
 *
 * The default plan (see cr-milestone.h), in date order: no date after
 * @target, none on a weekend, the copies to the Panel 7 working days
 * before @target and the publication on @target (the Friday before when
 * @target is on a weekend). A plan squeezed into a short time keeps its
 * order, several steps falling on one day.
 *
 * Returns: (transfer full) (element-type CrMilestone): the milestones
 */
GPtrArray *
cr_milestone_plan_suggest (const GDate *start,
                           const GDate *target)
{
  GPtrArray *milestones;
  GDate previous;

  g_return_val_if_fail (start != NULL && g_date_valid (start), NULL);
  g_return_val_if_fail (target != NULL && g_date_valid (target), NULL);
  g_return_val_if_fail (g_date_compare (start, target) <= 0, NULL);

  milestones = g_ptr_array_new_with_free_func (g_object_unref);
  previous = *start;

  for (guint i = 0; i < G_N_ELEMENTS (plan); i++)
    {
      CrMilestone *milestone = cr_milestone_new ();
      g_autofree char *iso = NULL;
      GDate date = *start;

      if (g_str_equal (plan[i].kind, "publication"))
        date = *target;
      else if (g_str_equal (plan[i].kind, "panel-copy"))
        cr_working_days_add (target, -PANEL_COPY_WORKING_DAYS, NULL, &date);
      else
        g_date_add_days (&date, (guint) plan[i].days);

      if (g_date_compare (&date, start) < 0)
        date = *start;
      adjust_day (&date, target);
      if (g_date_compare (&date, &previous) < 0)
        date = previous;
      previous = date;

      iso = cr_date_to_iso (&date);
      cr_record_set (CR_RECORD (milestone), "title", _(plan[i].title));
      cr_record_set (CR_RECORD (milestone), "kind", plan[i].kind);
      cr_record_set (CR_RECORD (milestone), "planned-date", iso);

      g_ptr_array_add (milestones, milestone);
    }

  return milestones;
}
