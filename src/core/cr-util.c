/* cr-util.c: small validated helpers shared by every layer */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrUtil"

#include "config.h"

#include "cr-util.h"

#include "cr-case-status.h"

#include <glib/gi18n.h>
#include <string.h>

/*
 * Dates
 */

static gboolean
parse_digits (const char *text,
              guint       n_digits,
              guint      *out)
{
  guint value = 0;

  for (guint i = 0; i < n_digits; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      value = value * 10 + (guint) (text[i] - '0');
    }

  *out = value;
  return TRUE;
}

/**
 * cr_date_parse_iso:
 * @text: (nullable): the text to parse
 * @out_date: (out) (optional): the parsed date
 *
 * Accepts exactly "YYYY-MM-DD" (ten characters, no sign, no spaces, no
 * time part) naming a real calendar date from year 1 on: "2023-02-30" and
 * "2023-2-3" are both refused.
 *
 * Returns: %TRUE if @text is such a date
 */
gboolean
cr_date_parse_iso (const char *text,
                   GDate      *out_date)
{
  guint year, month, day;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;

  if (!parse_digits (text, 4, &year) ||
      !parse_digits (text + 5, 2, &month) ||
      !parse_digits (text + 8, 2, &day))
    return FALSE;

  if (year < 1 || month < 1 || month > 12 || day < 1 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;

  if (out_date != NULL)
    {
      g_date_clear (out_date, 1);
      g_date_set_dmy (out_date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
    }

  return TRUE;
}

static gboolean
looks_like_iso (const char *text)
{
  if (strlen (text) != 10)
    return FALSE;

  for (guint i = 0; i < 10; i++)
    {
      if (i == 4 || i == 7)
        {
          if (text[i] != '-')
            return FALSE;
        }
      else if (!g_ascii_isdigit (text[i]))
        {
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * cr_date_check:
 * @text: (nullable): a stored date value
 * @field_label: the field's translated label, for the message
 * @latest: (nullable): the latest date allowed (today, usually), or %NULL
 * @out_date: (out) (optional): the parsed date
 * @error: return location for a #CR_CASE_ERROR_INVALID error
 *
 * Checks that @text is a strict ISO date naming a real day from 1900 on
 * and, when @latest is given, not after it. %NULL fails (callers skip
 * empty optional dates). The message names the field and says what to
 * change.
 *
 * Returns: %TRUE if the date is acceptable
 */
gboolean
cr_date_check (const char   *text,
               const char   *field_label,
               const GDate  *latest,
               GDate        *out_date,
               GError      **error)
{
  g_autofree char *shown = NULL;
  GDate date;

  g_return_val_if_fail (field_label != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (text == NULL || !looks_like_iso (text))
    {
      g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                   /* Translators: %s is the name of a date field, such as
                    * "Aware date". Keep YYYY-MM-DD as it is. */
                   _("“%s” must be a date written as YYYY-MM-DD, for example 2026-02-03."),
                   field_label);
      return FALSE;
    }

  if (!cr_date_parse_iso (text, &date))
    {
      g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                   /* Translators: the first %s is the name of a date field,
                    * the second what was entered, such as 2023-02-30. */
                   _("“%s” is %s, which is not a real calendar date: check the day and the month."),
                   field_label, text);
      return FALSE;
    }

  shown = cr_date_format_display (text);

  if (g_date_get_year (&date) < 1900)
    {
      g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                   /* Translators: the first %s is the name of a date field,
                    * the second a date such as "3 Feb 1026". */
                   _("“%s” is %s, which is before 1900: check the year."),
                   field_label, shown);
      return FALSE;
    }

  if (latest != NULL && g_date_compare (&date, latest) > 0)
    {
      g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                   /* Translators: the first %s is the name of a date field,
                    * the second a date such as "3 Feb 2027". */
                   _("“%s” is %s, which is in the future: enter a date on or before today."),
                   field_label, shown);
      return FALSE;
    }

  if (out_date != NULL)
    *out_date = date;

  return TRUE;
}

char *
cr_date_to_iso (const GDate *date)
{
  g_return_val_if_fail (date != NULL, NULL);
  g_return_val_if_fail (g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u",
                          (guint) g_date_get_year (date),
                          (guint) g_date_get_month (date),
                          (guint) g_date_get_day (date));
}

void
cr_date_set_today (GDate *date)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_return_if_fail (date != NULL);

  g_date_clear (date, 1);
  g_date_set_dmy (date,
                  (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now),
                  (GDateYear) g_date_time_get_year (now));
}

/**
 * cr_date_format_display:
 * @iso_date: (nullable): an ISO date
 *
 * Returns: (transfer full): "3 Feb 2026" for "2026-02-03", "" for %NULL,
 *   and a copy of @iso_date when it is not a valid date (so that nothing
 *   the user typed is hidden)
 */
char *
cr_date_format_display (const char *iso_date)
{
  g_autoptr(GDateTime) dt = NULL;
  GDate date;

  if (iso_date == NULL)
    return g_strdup ("");

  if (!cr_date_parse_iso (iso_date, &date))
    return g_strdup (iso_date);

  dt = g_date_time_new_local (g_date_get_year (&date),
                              g_date_get_month (&date),
                              g_date_get_day (&date),
                              12, 0, 0);
  if (dt == NULL)
    return g_strdup (iso_date);

  /* Translators: a short date as shown in lists, for example "3 Feb 2026";
   * see the g_date_time_format() documentation for the codes. */
  return g_date_time_format (dt, _("%-d %b %Y"));
}

char *
cr_now_iso8601 (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

/*
 * Text
 */

/**
 * cr_text_normalise:
 * @text: (nullable): text as the user typed it
 * @max_chars: the largest number of characters allowed (0 for no limit)
 * @out: (out) (transfer full) (nullable): the trimmed, NFC-normalised text,
 *   or %NULL when @text is empty or only white space
 * @error: return location for a #CR_CASE_ERROR_INVALID error
 *
 * Refuses text that is not UTF-8, that holds control characters other than
 * line breaks and tabs, or that is longer than @max_chars characters after
 * trimming. Callers of single-line fields check for line breaks themselves.
 *
 * Returns: %TRUE if the text is acceptable
 */
gboolean
cr_text_normalise (const char  *text,
                   gsize        max_chars,
                   char       **out,
                   GError     **error)
{
  g_autofree char *copy = NULL;
  g_autofree char *normal = NULL;
  glong n_chars;

  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *out = NULL;

  if (text == NULL || *text == '\0')
    return TRUE;

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error_literal (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                           _("The text holds characters that are not valid: retype it rather than pasting it."));
      return FALSE;
    }

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != '\n' && c != '\t' && c != '\r' &&
          (g_unichar_iscntrl (c) || c == 0x2028 || c == 0x2029))
        {
          g_set_error_literal (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                               _("The text holds invisible control characters: retype it rather than pasting it."));
          return FALSE;
        }
    }

  copy = g_strstrip (g_strdup (text));
  if (*copy == '\0')
    return TRUE;

  normal = g_utf8_normalize (copy, -1, G_NORMALIZE_DEFAULT_COMPOSE);
  if (normal == NULL)
    {
      g_set_error_literal (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                           _("The text holds characters that are not valid: retype it rather than pasting it."));
      return FALSE;
    }

  n_chars = g_utf8_strlen (normal, -1);
  if (max_chars > 0 && (gsize) n_chars > max_chars)
    {
      g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                   /* Translators: the first number is how long the text is,
                    * the second the most that is allowed. */
                   _("The text is too long (%ld characters): shorten it to at most %lu characters."),
                   (long) n_chars, (unsigned long) max_chars);
      return FALSE;
    }

  *out = g_steal_pointer (&normal);
  return TRUE;
}

/**
 * cr_text_check:
 * @text: (nullable): the value of a field, as stored
 * @field_label: the field's translated label, for the message
 * @max_chars: the largest number of characters allowed (0 for no limit)
 * @multiline: whether line breaks and tabs are allowed
 * @error: return location for a #CR_CASE_ERROR_INVALID error
 *
 * Checks a stored text value: valid UTF-8, no control characters (other
 * than line breaks and tabs in a multi-line field), no spaces at either
 * end of a single-line field, at most @max_chars characters. %NULL passes
 * (callers check required fields themselves). The message names the field
 * and says what to change.
 *
 * Returns: %TRUE if @text is acceptable
 */
gboolean
cr_text_check (const char  *text,
               const char  *field_label,
               gsize        max_chars,
               gboolean     multiline,
               GError     **error)
{
  glong n_chars;

  g_return_val_if_fail (field_label != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (text == NULL)
    return TRUE;

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                   /* Translators: %s is the name of a field, such as "Pseudonym". */
                   _("“%s” holds characters that are not valid text: retype it rather than pasting it."),
                   field_label);
      return FALSE;
    }

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean line_break = c == '\n' || c == '\r' || c == '\t' || c == 0x2028 || c == 0x2029;

      if (line_break && !multiline)
        {
          g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                       /* Translators: %s is the name of a field, such as "Pseudonym". */
                       _("“%s” must fit on one line: remove the line breaks and tabs."),
                       field_label);
          return FALSE;
        }

      if (!line_break && g_unichar_iscntrl (c))
        {
          g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                       /* Translators: %s is the name of a field, such as "Pseudonym". */
                       _("“%s” holds invisible control characters: retype it rather than pasting it."),
                       field_label);
          return FALSE;
        }
    }

  if (!multiline && *text != '\0' &&
      (g_ascii_isspace (text[0]) || g_ascii_isspace (text[strlen (text) - 1])))
    {
      g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                   /* Translators: %s is the name of a field, such as "Pseudonym". */
                   _("“%s” starts or ends with a space: remove it."),
                   field_label);
      return FALSE;
    }

  n_chars = g_utf8_strlen (text, -1);
  if (max_chars > 0 && (gsize) n_chars > max_chars)
    {
      g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                   /* Translators: %s is the name of a field, such as
                    * "Pseudonym"; %ld is its length, %lu the most allowed. */
                   _("“%s” is too long (%ld characters): shorten it to at most %lu characters."),
                   field_label, (long) n_chars, (unsigned long) max_chars);
      return FALSE;
    }

  return TRUE;
}

const char *
cr_os_user (void)
{
  const char *name = g_get_user_name ();

  return name != NULL && *name != '\0' ? name : "unknown";
}
