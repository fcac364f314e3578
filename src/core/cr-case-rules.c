/* cr-case-rules.c: validation and status transitions of a case */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrCase"

#include "config.h"

#include "cr-case.h"

#include "cr-case-status.h"
#include "cr-util.h"

#include <glib/gi18n.h>

#define REFERENCE_MAX 40
#define PSEUDONYM_MAX 60
#define SUMMARY_MAX   4000

static gboolean
validate_reference (const char  *reference,
                    GError     **error)
{
  const char *label = _("Reference");

  if (reference == NULL)
    {
      g_set_error_literal (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                           _("Enter a reference for the case, for example CR-2026-001."));
      return FALSE;
    }

  if (!cr_text_check (reference, label, REFERENCE_MAX, FALSE, error))
    return FALSE;

  for (const char *p = reference; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!(c < 128 && (g_ascii_isalnum ((char) c) || c == '-' || c == '/' || c == ' ')))
        {
          char bad[8] = { 0 };

          g_unichar_to_utf8 (c, bad);
          g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                       /* Translators: %s is the character that is not allowed. */
                       _("The reference may only hold letters A to Z, digits, spaces, hyphens (-) and slashes (/): remove “%s”."),
                       bad);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
validate_pseudonym (const char  *pseudonym,
                    GError     **error)
{
  if (pseudonym == NULL)
    {
      g_set_error_literal (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                           _("Enter a pseudonym for the child, for example “Child A”. Never enter the child's real name here."));
      return FALSE;
    }

  return cr_text_check (pseudonym, _("Pseudonym"), PSEUDONYM_MAX, FALSE, error);
}

typedef struct
{
  const char *label;
  const char *value;
  GDate       date;
} DateField;

static gboolean
validate_dates (CrCase  *self,
                GError **error)
{
  DateField fields[] = {
    { N_("Incident date"), cr_case_get_incident_date (self), { 0 } },
    { N_("Aware date"), cr_case_get_aware_date (self), { 0 } },
    { N_("Notification date"), cr_case_get_notified_date (self), { 0 } },
    { N_("Decision date"), cr_case_get_decision_date (self), { 0 } },
    { N_("Publication date"), cr_case_get_publication_date (self), { 0 } },
  };
  GDate today;

  cr_date_set_today (&today);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      if (fields[i].value == NULL)
        continue;

      if (!cr_date_check (fields[i].value, _(fields[i].label), &today, &fields[i].date, error))
        return FALSE;
    }

  /* Every pair, not only neighbours, so that a missing middle date does
   * not hide an inversion. */
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      if (fields[i].value == NULL)
        continue;

      for (guint j = i + 1; j < G_N_ELEMENTS (fields); j++)
        {
          g_autofree char *earlier = NULL;
          g_autofree char *later = NULL;

          if (fields[j].value == NULL ||
              g_date_compare (&fields[i].date, &fields[j].date) <= 0)
            continue;

          earlier = cr_date_format_display (fields[i].value);
          later = cr_date_format_display (fields[j].value);
          g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                       /* Translators: "“Decision date” (3 Feb 2026) is after
                        * “Publication date” (1 Feb 2026): …" */
                       _("“%s” (%s) is after “%s” (%s): the dates must run incident, aware, notification, decision, publication. Check both dates."),
                       _(fields[i].label), earlier, _(fields[j].label), later);
          return FALSE;
        }
    }

  return TRUE;
}

/* The dates of schema 5, each checked against the date it follows. */
static gboolean
validate_step_dates (CrCase  *self,
                     GError **error)
{
  const struct
  {
    const char *label;
    const char *value;
    gboolean    may_be_future;
    const char *after_label;   /* NULL: no order to check */
    const char *after_value;
  } steps[] = {
    { N_("Partners informed date"), cr_case_get_partners_informed_date (self), FALSE,
      N_("Aware date"), cr_case_get_aware_date (self) },
    { N_("Rapid review sent date"), cr_case_get_rr_sent_date (self), FALSE,
      N_("Notification date"), cr_case_get_notified_date (self) },
    { N_("Planned publication date"), cr_case_get_planned_publication_date (self), TRUE,
      N_("Decision date"), cr_case_get_decision_date (self) },
    { N_("Copies sent date"), cr_case_get_copies_sent_date (self), FALSE,
      NULL, NULL },
  };
  GDate today;

  cr_date_set_today (&today);

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autofree char *shown = NULL;
      g_autofree char *after_shown = NULL;
      GDate date, after;

      if (steps[i].value == NULL)
        continue;

      if (!cr_date_check (steps[i].value, _(steps[i].label),
                          steps[i].may_be_future ? NULL : &today, &date, error))
        return FALSE;

      /* The earlier date has its own check; only the order is ours. */
      if (steps[i].after_value == NULL ||
          !cr_date_parse_iso (steps[i].after_value, &after) ||
          g_date_compare (&date, &after) >= 0)
        continue;

      shown = cr_date_format_display (steps[i].value);
      after_shown = cr_date_format_display (steps[i].after_value);
      g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                   /* Translators: "“Rapid review sent date” (3 Feb 2026) is before
                    * “Notification date” (5 Feb 2026): …" */
                   _("“%s” (%s) is before “%s” (%s): it cannot come first. Check both dates."),
                   _(steps[i].label), shown, _(steps[i].after_label), after_shown);
      return FALSE;
    }

  return TRUE;
}

/**
 * cr_case_validate:
 * @self: a case
 * @error: return location for a %CR_CASE_ERROR_INVALID error
 *
 * Checks the record before it is stored: a reference of 1 to 40 letters,
 * digits, spaces, hyphens or slashes; a pseudonym of 1 to 60 characters on
 * one line; a summary of at most 4000 characters; dates written
 * YYYY-MM-DD that name real days, not in the future, and in order
 * (incident <= aware <= notified <= decision <= publication, for those
 * present; partners informed >= aware; rapid review sent >= notified;
 * planned publication, which may be in the future, >= decision; copies
 * sent not in the future); known status and review type values. The message names the
 * field and says what to change.
 *
 * Returns: %TRUE if the case may be stored
 */
gboolean
cr_case_validate (CrCase  *self,
                  GError **error)
{
  g_return_val_if_fail (CR_IS_CASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!validate_reference (cr_case_get_reference (self), error) ||
      !validate_pseudonym (cr_case_get_pseudonym (self), error) ||
      !cr_text_check (cr_case_get_summary (self), _("Summary"), SUMMARY_MAX, TRUE, error) ||
      !validate_dates (self, error) ||
      !validate_step_dates (self, error))
    return FALSE;

  if (cr_case_get_status (self) == CR_CASE_STATUS_PAUSED &&
      !cr_case_status_can_pause (cr_case_get_paused_from (self)))
    {
      g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                   /* Translators: %s is a case status such as "Referred". */
                   _("The case is paused, but “%s”, the stage it was paused from, cannot be paused: set the stage the review is really at."),
                   cr_case_status_to_label (cr_case_get_paused_from (self)));
      return FALSE;
    }

  return TRUE;
}

gboolean
cr_case_transition (CrCase        *self,
                    CrCaseStatus   to,
                    GError       **error)
{
  CrCaseStatus from;

  g_return_val_if_fail (CR_IS_CASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  from = cr_case_get_status (self);

  if (!cr_case_status_check_transition (from, to, cr_case_get_paused_from (self), error))
    return FALSE;

  g_object_freeze_notify (G_OBJECT (self));

  if (to == CR_CASE_STATUS_PAUSED)
    cr_case_set_paused_from (self, from);
  else if (from == CR_CASE_STATUS_PAUSED)
    cr_case_set_paused_from (self, CR_CASE_STATUS_REFERRED);

  /* The decision after the rapid review fixes the kind of review. */
  switch (to)
    {
    case CR_CASE_STATUS_LCSPR_COMMISSIONING:
      cr_case_set_review_type (self, CR_REVIEW_TYPE_LCSPR);
      break;
    case CR_CASE_STATUS_NO_FURTHER_REVIEW:
      cr_case_set_review_type (self, CR_REVIEW_TYPE_RAPID_REVIEW_ONLY);
      break;
    case CR_CASE_STATUS_OTHER_LEARNING_REVIEW:
      cr_case_set_review_type (self, CR_REVIEW_TYPE_OTHER_LEARNING_REVIEW);
      break;
    case CR_CASE_STATUS_NATIONAL_REVIEW:
      cr_case_set_review_type (self, CR_REVIEW_TYPE_NATIONAL);
      break;
    case CR_CASE_STATUS_REFERRED:
    case CR_CASE_STATUS_NOTIFICATION_DECISION:
    case CR_CASE_STATUS_NOTIFIED:
    case CR_CASE_STATUS_RAPID_REVIEW:
    case CR_CASE_STATUS_RAPID_REVIEW_DECISION:
    case CR_CASE_STATUS_AWAITING_PANEL:
    case CR_CASE_STATUS_LCSPR_EVIDENCE:
    case CR_CASE_STATUS_LCSPR_ANALYSIS:
    case CR_CASE_STATUS_LCSPR_SIGN_OFF:
    case CR_CASE_STATUS_PAUSED:
    case CR_CASE_STATUS_PRE_PUBLICATION:
    case CR_CASE_STATUS_PUBLISHED:
    case CR_CASE_STATUS_PUBLISHED_IMPROVEMENTS:
    case CR_CASE_STATUS_ACTION_MONITORING:
    case CR_CASE_STATUS_DISSEMINATION:
    case CR_CASE_STATUS_CLOSED:
    case CR_CASE_STATUS_NOT_NOTIFIABLE:
    case CR_CASE_STATUS_RAPID_REVIEW_NOT_REQUIRED:
    default:
      break;
    }

  cr_case_set_status (self, to);

  g_object_thaw_notify (G_OBJECT (self));

  return TRUE;
}
