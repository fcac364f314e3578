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
#include "cr-deadline-private.h"
#include "cr-deadlines.h"
#include "cr-util.h"

/*
 * Setting the incident or aware date recomputes the year. The deadline
 * fields (next-deadline, next-deadline-label, days-left) derive from the
 * status and the key dates; they are computed lazily:
 *
 *  - when nobody listens for their notify (storage building thousands of
 *    cases, a case in a model no row shows), a setter only marks them
 *    stale and the getters compute them on demand, once;
 *  - when somebody does (a bound row, a page), the setter computes them
 *    at once and notifies those that change, as before.
 *
 * "Today" comes from a cache refreshed at most once a second, so that a
 * batch of cases does not look up the local time zone once per setter.
 */

#define TODAY_CACHE_USEC G_USEC_PER_SEC

static GQuark deadline_quarks[3];
static guint notify_signal_id;

/**
 * _cr_case_get_today:
 * @today: (out): the local date today
 *
 * As cr_date_set_today(), looked up at most once a second. Thread-safe:
 * storage builds cases on its own thread.
 */
void
_cr_case_get_today (GDate *today)
{
  static GMutex lock;
  static GDate cached;
  static gint64 looked_up_at;
  gint64 now = g_get_monotonic_time ();

  g_mutex_lock (&lock);
  if (!g_date_valid (&cached) ||
      now < looked_up_at ||
      now - looked_up_at >= TODAY_CACHE_USEC)
    {
      cr_date_set_today (&cached);
      looked_up_at = now;
    }
  *today = cached;
  g_mutex_unlock (&lock);
}

/* The year of the aware date, else of the incident date; 0 if neither. */
int
_cr_case_compute_year (const char *aware_date,
                       const char *incident_date)
{
  GDate date;

  if (cr_date_parse_iso (aware_date, &date) ||
      cr_date_parse_iso (incident_date, &date))
    return g_date_get_year (&date);

  return 0;
}

static void
update_year (CrCase *self)
{
  int year = _cr_case_compute_year (self->aware_date, self->incident_date);

  if (year != self->year)
    {
      self->year = year;
      g_object_notify_by_pspec (G_OBJECT (self), _cr_case_properties[CR_CASE_PROP_YEAR]);
    }
}

/* Called from class_init, before any instance exists. */
void
_cr_case_init_deadline_observers (void)
{
  notify_signal_id = g_signal_lookup ("notify", G_TYPE_OBJECT);
  deadline_quarks[0] = g_quark_from_static_string ("next-deadline");
  deadline_quarks[1] = g_quark_from_static_string ("next-deadline-label");
  deadline_quarks[2] = g_quark_from_static_string ("days-left");
}

/**
 * _cr_case_deadline_observed:
 * @self: a case
 *
 * Returns: whether a "notify" handler could see next-deadline,
 *   next-deadline-label or days-left change (a handler for every
 *   property counts too)
 */
gboolean
_cr_case_deadline_observed (CrCase *self)
{
  /* A detail matches only handlers connected with exactly that detail. */
  if (g_signal_has_handler_pending (self, notify_signal_id, 0, TRUE))
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (deadline_quarks); i++)
    {
      if (g_signal_has_handler_pending (self, notify_signal_id, deadline_quarks[i], TRUE))
        return TRUE;
    }

  return FALSE;
}

static void
compute_deadline (CrCase       *self,
                  const GDate  *today,
                  char        **out_due_iso,
                  const char  **out_label,
                  int          *out_days_left,
                  gboolean     *out_working)
{
  GDate due;
  GDate now;

  if (today == NULL)
    {
      _cr_case_get_today (&now);
      today = &now;
    }

  *out_due_iso = NULL;
  *out_label = NULL;
  *out_days_left = 0;
  *out_working = FALSE;

  /* The rules and the default policy (closure days, clock start). */
  if (_cr_case_find_next_deadline (self, today, &due, out_label, out_days_left, out_working))
    {
      *out_due_iso = cr_date_to_iso (&due);
    }
  else
    {
      *out_label = NULL;
      *out_days_left = 0;
      *out_working = FALSE;
    }
}

/**
 * _cr_case_ensure_deadline:
 * @self: a case
 *
 * Computes the deadline fields if a change left them stale, without
 * notify: nobody was listening when they went stale.
 */
void
_cr_case_ensure_deadline (CrCase *self)
{
  if (self->deadline_valid)
    return;

  g_free (self->next_deadline);
  compute_deadline (self, NULL, &self->next_deadline,
                    &self->next_deadline_label, &self->days_left,
                    &self->deadline_working);
  self->deadline_valid = TRUE;
}

/* Recomputes the deadline fields from @today (NULL: today) and notifies
 * those that differ from the current ones, which must be up to date. */
void
_cr_case_update_deadline (CrCase      *self,
                          const GDate *today)
{
  g_autofree char *due_iso = NULL;
  const char *label = NULL;
  int days_left = 0;
  gboolean working = FALSE;

  g_assert (self->deadline_valid);

  compute_deadline (self, today, &due_iso, &label, &days_left, &working);
  /* Set first: handlers of the notifications below read it. */
  self->deadline_working = working;

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

/**
 * _cr_case_begin_deadline_change:
 * @self: a case
 *
 * Call before changing the status or a key date. Returns whether the
 * change must be followed by _cr_case_end_deadline_change() with %TRUE,
 * that is whether somebody observes the deadline fields (they are made
 * current first, so that only real changes are notified).
 */
gboolean
_cr_case_begin_deadline_change (CrCase *self)
{
  if (!_cr_case_deadline_observed (self))
    return FALSE;

  _cr_case_ensure_deadline (self);
  return TRUE;
}

/**
 * _cr_case_invalidate_deadline:
 * @self: a case
 *
 * Called when the deadline policy changes: the case itself did not.
 */
void
_cr_case_invalidate_deadline (CrCase *self)
{
  g_return_if_fail (CR_IS_CASE (self));

  if (_cr_case_deadline_observed (self))
    cr_case_refresh_deadline (self, NULL);
  else
    self->deadline_valid = FALSE;
}

/* After the change: recompute and notify now, or mark them stale. */
void
_cr_case_end_deadline_change (CrCase   *self,
                              gboolean  observed)
{
  if (observed)
    _cr_case_update_deadline (self, NULL);
  else
    self->deadline_valid = FALSE;
}

static void
set_date_field (CrCase      *self,
                char       **field,
                const char  *value,
                guint        prop_id)
{
  gboolean observed;

  if (value != NULL && *value == '\0')
    value = NULL;

  if (g_strcmp0 (*field, value) == 0)
    return;

  observed = _cr_case_begin_deadline_change (self);
  _cr_case_replace_string (field, value);

  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), _cr_case_properties[prop_id]);
  if (prop_id == CR_CASE_PROP_AWARE_DATE || prop_id == CR_CASE_PROP_INCIDENT_DATE)
    update_year (self);
  _cr_case_end_deadline_change (self, observed);
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

const char *
cr_case_get_partners_informed_date (CrCase *self)
{
  g_return_val_if_fail (CR_IS_CASE (self), NULL);

  return self->partners_informed_date;
}

void
cr_case_set_partners_informed_date (CrCase     *self,
                                    const char *date)
{
  g_return_if_fail (CR_IS_CASE (self));

  set_date_field (self, &self->partners_informed_date, date, CR_CASE_PROP_PARTNERS_INFORMED_DATE);
}

const char *
cr_case_get_rr_sent_date (CrCase *self)
{
  g_return_val_if_fail (CR_IS_CASE (self), NULL);

  return self->rr_sent_date;
}

void
cr_case_set_rr_sent_date (CrCase     *self,
                          const char *date)
{
  g_return_if_fail (CR_IS_CASE (self));

  set_date_field (self, &self->rr_sent_date, date, CR_CASE_PROP_RR_SENT_DATE);
}

const char *
cr_case_get_planned_publication_date (CrCase *self)
{
  g_return_val_if_fail (CR_IS_CASE (self), NULL);

  return self->planned_publication_date;
}

void
cr_case_set_planned_publication_date (CrCase     *self,
                                      const char *date)
{
  g_return_if_fail (CR_IS_CASE (self));

  set_date_field (self, &self->planned_publication_date, date, CR_CASE_PROP_PLANNED_PUBLICATION_DATE);
}

const char *
cr_case_get_copies_sent_date (CrCase *self)
{
  g_return_val_if_fail (CR_IS_CASE (self), NULL);

  return self->copies_sent_date;
}

void
cr_case_set_copies_sent_date (CrCase     *self,
                              const char *date)
{
  g_return_if_fail (CR_IS_CASE (self));

  set_date_field (self, &self->copies_sent_date, date, CR_CASE_PROP_COPIES_SENT_DATE);
}

const char *
cr_case_get_pauses (CrCase *self)
{
  g_return_val_if_fail (CR_IS_CASE (self), NULL);

  return self->pauses;
}

/**
 * cr_case_set_pauses:
 * @self: a case
 * @pauses: (nullable): "START..END;START.." (END empty while paused),
 *   oldest first, as storage derives it from the case's pause periods
 *
 * Pauses stop the deadlines' clocks (cr-deadlines.h).
 */
void
cr_case_set_pauses (CrCase     *self,
                    const char *pauses)
{
  g_return_if_fail (CR_IS_CASE (self));

  set_date_field (self, &self->pauses, pauses, CR_CASE_PROP_PAUSES);
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

  _cr_case_ensure_deadline (self);
  return self->next_deadline;
}

const char *
cr_case_get_next_deadline_label (CrCase *self)
{
  g_return_val_if_fail (CR_IS_CASE (self), NULL);

  _cr_case_ensure_deadline (self);
  return self->next_deadline_label;
}

int
cr_case_get_days_left (CrCase *self)
{
  g_return_val_if_fail (CR_IS_CASE (self), 0);

  _cr_case_ensure_deadline (self);
  return self->days_left;
}

/**
 * cr_case_next_deadline_counts_working_days:
 * @kase: a case
 *
 * Returns: whether days-left counts working days (the 5- and
 *   15-working-day rules) rather than calendar days
 */
gboolean
cr_case_next_deadline_counts_working_days (CrCase *kase)
{
  g_return_val_if_fail (CR_IS_CASE (kase), FALSE);

  _cr_case_ensure_deadline (kase);
  return kase->next_deadline != NULL && kase->deadline_working;
}

/**
 * cr_case_refresh_deadline:
 * @self: a case
 * @today: (nullable): the date to count from, or %NULL for today
 *
 * Recomputes next-deadline, next-deadline-label and days-left, notifying
 * those that change. The setters keep them current by themselves; call
 * this when the day changes (a register left open past midnight).
 */
void
cr_case_refresh_deadline (CrCase      *self,
                          const GDate *today)
{
  g_return_if_fail (CR_IS_CASE (self));
  g_return_if_fail (today == NULL || g_date_valid (today));

  g_object_freeze_notify (G_OBJECT (self));
  _cr_case_ensure_deadline (self);
  _cr_case_update_deadline (self, today);
  g_object_thaw_notify (G_OBJECT (self));
}
