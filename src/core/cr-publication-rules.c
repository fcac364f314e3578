/* cr-publication-rules.c: when each step to publication is complete */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrPublication"

#include "config.h"

#include "cr-publication.h"

#include "cr-case-status.h"
#include "cr-deadline.h"
#include "cr-record-private.h"
#include "cr-util.h"
#include "cr-working-days.h"

#include <glib/gi18n.h>

static const char * const step_titles[CR_PUBLICATION_N_STEPS] = {
  N_("Parallel Proceedings"),
  N_("Anonymisation Check"),
  N_("The Family"),
  N_("Decision to Publish"),
  N_("Notice to the Panel"),
  N_("Publication"),
  N_("National Repository"),
};

/**
 * cr_publication_step_get_title:
 * @step: a step
 *
 * Returns: the step's translated title, "Notice to the Panel"
 */
const char *
cr_publication_step_get_title (CrPublicationStep step)
{
  g_return_val_if_fail ((guint) step < CR_PUBLICATION_N_STEPS, NULL);

  return _(step_titles[step]);
}

/* ---- Dates ---------------------------------------------------------------- */

static int
compare_julian (gconstpointer a,
                gconstpointer b)
{
  guint32 ja = *(const guint32 *) a;
  guint32 jb = *(const guint32 *) b;

  return ja < jb ? -1 : ja > jb;
}

/* The partnership's closure days as cr-working-days.h wants them. */
static GArray *
closures_from_strv (const char * const *dates)
{
  GArray *closures = g_array_new (FALSE, FALSE, sizeof (guint32));

  for (guint i = 0; dates != NULL && dates[i] != NULL; i++)
    {
      GDate date;

      if (cr_date_parse_iso (dates[i], &date))
        {
          guint32 julian = g_date_get_julian (&date);

          g_array_append_val (closures, julian);
        }
    }

  g_array_sort (closures, compare_julian);
  return closures;
}

/* @date moved by @n working days, as "YYYY-MM-DD"; NULL when @date is
 * not a date. */
static char *
dup_working_days_from (const char         *date,
                       int                 n,
                       const char * const *closure_dates)
{
  g_autoptr(GArray) closures = NULL;
  GDate start, out;

  if (!cr_date_parse_iso (date, &start))
    return NULL;

  closures = closures_from_strv (closure_dates);
  cr_working_days_add (&start, n, closures, &out);

  return cr_date_to_iso (&out);
}

/**
 * cr_publication_dup_copies_due:
 * @planned_date: (nullable): the planned publication date
 * @closure_dates: (nullable) (array zero-terminated=1): closure days
 *
 * Returns: (transfer full) (nullable): the last day to send the copies
 */
char *
cr_publication_dup_copies_due (const char         *planned_date,
                               const char * const *closure_dates)
{
  return dup_working_days_from (planned_date, -CR_PUBLICATION_NOTICE_WORKING_DAYS, closure_dates);
}

/**
 * cr_publication_dup_earliest_publication:
 * @copies_date: (nullable): the day the copies were sent
 * @closure_dates: (nullable) (array zero-terminated=1): closure days
 *
 * Returns: (transfer full) (nullable): the first day the report may be
 *   published
 */
char *
cr_publication_dup_earliest_publication (const char         *copies_date,
                                         const char * const *closure_dates)
{
  return dup_working_days_from (copies_date, CR_PUBLICATION_NOTICE_WORKING_DAYS, closure_dates);
}

/**
 * cr_publication_dup_keep_until:
 * @self: a publication record
 *
 * Returns: (transfer full) (nullable): the last day the report must stay
 *   available: a year after publication (28 February for 29 February)
 */
char *
cr_publication_dup_keep_until (CrPublication *self)
{
  GDate date;

  g_return_val_if_fail (CR_IS_PUBLICATION (self), NULL);

  if (!_cr_record_get_date (CR_RECORD (self), "published-date", &date))
    return NULL;

  /* GDate turns 29 February into 28 February in a common year. */
  g_date_add_years (&date, 1);

  return cr_date_to_iso (&date);
}

/* ---- Steps ------------------------------------------------------------- */

static void
get_today (const CrPublicationContext *context,
           GDate                      *today)
{
  if (context->today == NULL || !cr_date_parse_iso (context->today, today))
    cr_date_set_today (today);
}

/* Field @name is recorded ("Enter the …" when not). Its value was checked
 * by validate_on(), against the context's today rather than the real one
 * that cr_record_check_required() would use for a date. */
static gboolean
require (CrRecord    *record,
         const char  *name,
         GError     **error)
{
  if (cr_record_has (record, name))
    return TRUE;

  return cr_record_check_required (record, name, error);
}

static gboolean
check_proceedings (CrRecord                    *record,
                   const CrPublicationContext  *context,
                   GError                     **error)
{
  if (!cr_record_has (record, "proceedings"))
    {
      if (context->open_proceedings > 0)
        g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                     ngettext ("A parallel proceeding is still open in the case: record that it has concluded, or that publication will not prejudice it.",
                               "%u parallel proceedings are still open in the case: record that they have concluded, or that publication will not prejudice them.",
                               context->open_proceedings),
                     context->open_proceedings);
      else
        g_set_error_literal (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                             _("Say whether there were parallel proceedings, and whether they have concluded."));
      return FALSE;
    }

  if (_cr_record_is (record, "proceedings", "none") && context->open_proceedings > 0)
    {
      g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                   ngettext ("The case records a parallel proceeding that is still open: record that it has concluded, or that publication will not prejudice it.",
                             "The case records %u parallel proceedings that are still open: record that they have concluded, or that publication will not prejudice them.",
                             context->open_proceedings),
                   context->open_proceedings);
      return FALSE;
    }

  if (_cr_record_is (record, "proceedings", "no-prejudice"))
    return require (record, "proceedings-note", error);

  return TRUE;
}

static gboolean
check_anonymisation (CrRecord                    *record,
                     const CrPublicationContext  *context,
                     GError                     **error)
{
  if (context->unresolved_hits == 0)
    return TRUE;

  g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
               ngettext ("%u identifying detail remains in the report: replace or dismiss it on the Check page.",
                         "%u identifying details remain in the report: replace or dismiss each one on the Check page.",
                         context->unresolved_hits),
               context->unresolved_hits);
  return FALSE;
}

static gboolean
check_family (CrRecord  *record,
              GError   **error)
{
  return require (record, "family-told-date", error) &&
         require (record, "family-shown", error);
}

static gboolean
check_decision (CrRecord  *record,
                GError   **error)
{
  if (!require (record, "mode", error))
    return FALSE;

  if (_cr_record_is (record, "mode", "improvements"))
    return require (record, "mode-reason", error);

  return TRUE;
}

static gboolean
has_choice (CrRecord   *record,
            const char *name,
            const char *nick)
{
  g_auto(GStrv) nicks = NULL;
  const char *value = cr_record_get (record, name);

  if (value == NULL)
    return FALSE;

  nicks = g_strsplit (value, ";", -1);
  return g_strv_contains ((const char * const *) nicks, nick);
}

static gboolean
check_notice (CrRecord                    *record,
              const CrPublicationContext  *context,
              GError                     **error)
{
  g_autoptr(GArray) closures = NULL;
  GDate planned, copies;
  int days;

  if (!require (record, "planned-date", error))
    return FALSE;

  if (!cr_record_has (record, "copies-date"))
    return TRUE;

  if (!has_choice (record, "copies-to", "panel") ||
      !has_choice (record, "copies-to", "secretary-of-state"))
    {
      g_set_error_literal (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                           _("The full report must go to both the Child Safeguarding Practice Review Panel and the Secretary of State: tick both among the recipients of the copies."));
      return FALSE;
    }

  if (!require (record, "copies-date", error))
    return FALSE;

  _cr_record_get_date (record, "planned-date", &planned);
  /* Not in the future: validate_on() checked both against today. */
  _cr_record_get_date (record, "copies-date", &copies);

  closures = closures_from_strv (context->closure_dates);
  days = cr_working_days_between (&copies, &planned, closures);
  if (days < CR_PUBLICATION_NOTICE_WORKING_DAYS)
    {
      g_autofree char *sent = cr_deadline_format_long_date (cr_record_get (record, "copies-date"));
      g_autofree char *on = cr_deadline_format_long_date (cr_record_get (record, "planned-date"));
      g_autofree char *earliest_iso = cr_publication_dup_earliest_publication (cr_record_get (record, "copies-date"),
                                                                               context->closure_dates);
      g_autofree char *earliest = cr_deadline_format_long_date (earliest_iso);

      if (days < 0)
        g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                     /* Translators: the dates the copies were sent, the
                      * planned publication and the earliest allowed. */
                     _("The copies were sent on %s, after the planned publication on %s. Plan the publication for %s or later."),
                     sent, on, earliest);
      else
        g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                     /* Translators: the date the copies were sent, a number
                      * of working days, the planned publication date and
                      * the earliest allowed. */
                     ngettext ("The copies were sent on %s, only %d working day before the planned publication on %s. Plan the publication for %s or later.",
                               "The copies were sent on %s, only %d working days before the planned publication on %s. Plan the publication for %s or later.",
                               days),
                     sent, days, on, earliest);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_published (CrRecord                    *record,
                 const CrPublicationContext  *context,
                 GError                     **error)
{
  g_autoptr(GArray) closures = NULL;
  GDate copies, published;
  int days;

  if (!cr_record_has (record, "copies-date"))
    {
      g_set_error_literal (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                           _("Record the day the copies were sent to the Panel and the Secretary of State before recording the publication."));
      return FALSE;
    }

  if (!require (record, "published-date", error))
    return FALSE;

  _cr_record_get_date (record, "copies-date", &copies);
  _cr_record_get_date (record, "published-date", &published);

  closures = closures_from_strv (context->closure_dates);
  days = cr_working_days_between (&copies, &published, closures);
  if (days < CR_PUBLICATION_NOTICE_WORKING_DAYS)
    {
      g_autofree char *sent = cr_deadline_format_long_date (cr_record_get (record, "copies-date"));
      g_autofree char *on = cr_deadline_format_long_date (cr_record_get (record, "published-date"));
      g_autofree char *earliest_iso = cr_publication_dup_earliest_publication (cr_record_get (record, "copies-date"),
                                                                               context->closure_dates);
      g_autofree char *earliest = cr_deadline_format_long_date (earliest_iso);

      g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                   /* Translators: the dates of publication and of the
                    * copies, then the earliest allowed publication. */
                   _("The report cannot have been published on %s with the copies sent on %s: the Panel and the Secretary of State need 7 working days’ notice. Check both dates; publication could be on %s at the earliest."),
                   on, sent, earliest);
      return FALSE;
    }

  return require (record, "place", error);
}

static gboolean
check_repository (CrRecord  *record,
                  GError   **error)
{
  return require (record, "repository-date", error) &&
         _cr_record_check_order (record, "published-date", "repository-date", NULL, error);
}

/* cr_record_validate(), with dates that may not be in the future judged
 * by the context's today. */
static gboolean
validate_on (CrRecord                    *record,
             const CrPublicationContext  *context,
             GError                     **error)
{
  const CrRecordField *fields;
  guint n_fields;
  GDate today;

  get_today (context, &today);
  fields = cr_record_class_get_fields (CR_RECORD_GET_CLASS (record), &n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      const char *value = cr_record_get (record, fields[i].name);

      if (fields[i].kind == CR_RECORD_FIELD_DATE && value != NULL)
        {
          if (!cr_date_check (value, _(fields[i].label), &today, NULL, error))
            return FALSE;
        }
      else if (!cr_record_field_check (&fields[i], value, error))
        {
          return FALSE;
        }
    }

  return CR_RECORD_GET_CLASS (record)->validate (record, error);
}

/* Whether @step alone is complete. */
static gboolean
check_one (CrRecord                    *record,
           CrPublicationStep            step,
           const CrPublicationContext  *context,
           GError                     **error)
{
  switch (step)
    {
    case CR_PUBLICATION_STEP_PROCEEDINGS:
      return check_proceedings (record, context, error);
    case CR_PUBLICATION_STEP_ANONYMISATION:
      return check_anonymisation (record, context, error);
    case CR_PUBLICATION_STEP_FAMILY:
      return check_family (record, error);
    case CR_PUBLICATION_STEP_DECISION:
      return check_decision (record, error);
    case CR_PUBLICATION_STEP_NOTICE:
      return check_notice (record, context, error);
    case CR_PUBLICATION_STEP_PUBLISHED:
      return check_published (record, context, error);
    case CR_PUBLICATION_STEP_REPOSITORY:
      return check_repository (record, error);
    default:
      g_return_val_if_reached (FALSE);
    }
}

/**
 * cr_publication_check_step:
 * @self: a publication record
 * @step: a step
 * @context: what the rules need from the case
 * @error: return location for a %CR_CASE_ERROR_INVALID error
 *
 * Checks the record's fields, then @step and every step before it.
 *
 * Returns: %TRUE when @step is complete and may be left for the next
 */
gboolean
cr_publication_check_step (CrPublication               *self,
                           CrPublicationStep            step,
                           const CrPublicationContext  *context,
                           GError                     **error)
{
  CrRecord *record = (CrRecord *) self;

  g_return_val_if_fail (CR_IS_PUBLICATION (self), FALSE);
  g_return_val_if_fail ((guint) step < CR_PUBLICATION_N_STEPS, FALSE);
  g_return_val_if_fail (context != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!validate_on (record, context, error))
    return FALSE;

  for (guint i = 0; i <= step; i++)
    if (!check_one (record, i, context, error))
      return FALSE;

  return TRUE;
}

/**
 * cr_publication_get_current_step:
 * @self: a publication record
 * @context: what the rules need from the case
 *
 * Returns: the first step not complete, or %CR_PUBLICATION_N_STEPS
 */
CrPublicationStep
cr_publication_get_current_step (CrPublication              *self,
                                 const CrPublicationContext *context)
{
  g_return_val_if_fail (CR_IS_PUBLICATION (self), CR_PUBLICATION_STEP_PROCEEDINGS);
  g_return_val_if_fail (context != NULL, CR_PUBLICATION_STEP_PROCEEDINGS);

  if (!validate_on (CR_RECORD (self), context, NULL))
    return CR_PUBLICATION_STEP_PROCEEDINGS;

  for (guint i = 0; i < CR_PUBLICATION_N_STEPS; i++)
    if (!check_one (CR_RECORD (self), i, context, NULL))
      return i;

  return CR_PUBLICATION_N_STEPS;
}

/**
 * cr_publication_get_target_status:
 * @self: a publication record
 * @current: the case's status now
 *
 * Returns: the status the case should move to (see cr-publication.h), or
 *   @current
 */
CrCaseStatus
cr_publication_get_target_status (CrPublication *self,
                                  CrCaseStatus   current)
{
  CrRecord *record = (CrRecord *) self;

  g_return_val_if_fail (CR_IS_PUBLICATION (self), current);

  if (current != CR_CASE_STATUS_LCSPR_SIGN_OFF &&
      current != CR_CASE_STATUS_PRE_PUBLICATION)
    return current;

  if (cr_record_has (record, "published-date"))
    return _cr_record_is (record, "mode", "improvements")
           ? CR_CASE_STATUS_PUBLISHED_IMPROVEMENTS : CR_CASE_STATUS_PUBLISHED;

  if (cr_record_has (record, "copies-date"))
    return CR_CASE_STATUS_PRE_PUBLICATION;

  return current;
}
