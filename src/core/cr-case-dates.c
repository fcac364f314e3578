/* cr-case-dates.c: a case's key dates and what derives from them */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrCase"

#include "config.h"

#include "cr-case.h"

#include "cr-case-private.h"
#include "cr-deadlines.h"
#include "cr-util.h"

/*
 * Setting the incident or aware date recomputes the year; setting any key
 * date (or the status, in cr-case.c) recomputes next-deadline,
 * next-deadline-label and days-left, notifying those that change.
 */

static void
update_year (CrCase *self)
{
  GDate date;
  int year = 0;

  if (cr_date_parse_iso (self->aware_date, &date) ||
      cr_date_parse_iso (self->incident_date, &date))
    year = g_date_get_year (&date);

  if (year != self->year)
    {
      self->year = year;
      g_object_notify_by_pspec (G_OBJECT (self), _cr_case_properties[CR_CASE_PROP_YEAR]);
    }
}

void
_cr_case_update_deadline (CrCase      *self,
                          const GDate *today)
{
  g_autofree char *due_iso = NULL;
  const char *label = NULL;
  GDate due;
  GDate now;
  int days_left = 0;

  if (today == NULL)
    {
      cr_date_set_today (&now);
      today = &now;
    }

  if (cr_case_compute_next_deadline (self, today, &due, &label, &days_left))
    {
      due_iso = cr_date_to_iso (&due);
    }
  else
    {
      label = NULL;
      days_left = 0;
    }

  if (g_strcmp0 (due_iso, self->next_deadline) != 0)
    {
      g_free (self->next_deadline);
      self->next_deadline = g_steal_pointer (&due_iso);
      g_object_notify_by_pspec (G_OBJECT (self), _cr_case_properties[CR_CASE_PROP_NEXT_DEADLINE]);
    }

  if (g_strcmp0 (label, self->next_deadline_label) != 0)
    {
      self->next_deadline_label = label;
      g_object_notify_by_pspec (G_OBJECT (self), _cr_case_properties[CR_CASE_PROP_NEXT_DEADLINE_LABEL]);
    }

  if (days_left != self->days_left)
    {
      self->days_left = days_left;
      g_object_notify_by_pspec (G_OBJECT (self), _cr_case_properties[CR_CASE_PROP_DAYS_LEFT]);
    }
}

static void
set_date_field (CrCase      *self,
                char       **field,
                const char  *value,
                guint        prop_id)
{
  if (!_cr_case_replace_string (field, value))
    return;

  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), _cr_case_properties[prop_id]);
  if (prop_id == CR_CASE_PROP_AWARE_DATE || prop_id == CR_CASE_PROP_INCIDENT_DATE)
    update_year (self);
  _cr_case_update_deadline (self, NULL);
  g_object_thaw_notify (G_OBJECT (self));
}

const char *
cr_case_get_incident_date (CrCase *self)
{
  g_return_val_if_fail (CR_IS_CASE (self), NULL);

  return self->incident_date;
}

void
cr_case_set_incident_date (CrCase     *self,
                           const char *date)
{
  g_return_if_fail (CR_IS_CASE (self));

  set_date_field (self, &self->incident_date, date, CR_CASE_PROP_INCIDENT_DATE);
}

const char *
cr_case_get_aware_date (CrCase *self)
{
  g_return_val_if_fail (CR_IS_CASE (self), NULL);

  return self->aware_date;
}

void
cr_case_set_aware_date (CrCase     *self,
                        const char *date)
{
  g_return_if_fail (CR_IS_CASE (self));

  set_date_field (self, &self->aware_date, date, CR_CASE_PROP_AWARE_DATE);
}

const char *
cr_case_get_notified_date (CrCase *self)
{
  g_return_val_if_fail (CR_IS_CASE (self), NULL);

  return self->notified_date;
}

void
cr_case_set_notified_date (CrCase     *self,
                           const char *date)
{
  g_return_if_fail (CR_IS_CASE (self));

  set_date_field (self, &self->notified_date, date, CR_CASE_PROP_NOTIFIED_DATE);
}

const char *
cr_case_get_decision_date (CrCase *self)
{
  g_return_val_if_fail (CR_IS_CASE (self), NULL);

  return self->decision_date;
}

void
cr_case_set_decision_date (CrCase     *self,
                           const char *date)
{
  g_return_if_fail (CR_IS_CASE (self));

  set_date_field (self, &self->decision_date, date, CR_CASE_PROP_DECISION_DATE);
}

const char *
cr_case_get_publication_date (CrCase *self)
{
  g_return_val_if_fail (CR_IS_CASE (self), NULL);

  return self->publication_date;
}

void
cr_case_set_publication_date (CrCase     *self,
                              const char *date)
{
  g_return_if_fail (CR_IS_CASE (self));

  set_date_field (self, &self->publication_date, date, CR_CASE_PROP_PUBLICATION_DATE);
}

int
cr_case_get_year (CrCase *self)
{
  g_return_val_if_fail (CR_IS_CASE (self), 0);

  return self->year;
}

const char *
cr_case_get_next_deadline (CrCase *self)
{
  g_return_val_if_fail (CR_IS_CASE (self), NULL);

  return self->next_deadline;
}

const char *
cr_case_get_next_deadline_label (CrCase *self)
{
  g_return_val_if_fail (CR_IS_CASE (self), NULL);

  return self->next_deadline_label;
}

int
cr_case_get_days_left (CrCase *self)
{
  g_return_val_if_fail (CR_IS_CASE (self), 0);

  return self->days_left;
}

/**
 * cr_case_refresh_deadline:
 * @self: a case
 * @today: (nullable): the date to count from, or %NULL for today
 *
 * Recomputes next-deadline, next-deadline-label and days-left, notifying
 * those that change. The setters do this by themselves; call this when
 * the day changes (a register left open past midnight).
 */
void
cr_case_refresh_deadline (CrCase      *self,
                          const GDate *today)
{
  g_return_if_fail (CR_IS_CASE (self));
  g_return_if_fail (today == NULL || g_date_valid (today));

  g_object_freeze_notify (G_OBJECT (self));
  _cr_case_update_deadline (self, today);
  g_object_thaw_notify (G_OBJECT (self));
}
