/* cr-uk-date.c: dates and times as English agencies write them */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrUkDate"

#include "config.h"

#include "cr-uk-date.h"

#include <glib/gi18n.h>
#include <string.h>

G_DEFINE_QUARK (cr-uk-date-error-quark, cr_uk_date_error)

#define QUOTE_MAX 60

static const char * const month_names[12] = {
  "january", "february", "march", "april", "may", "june", "july",
  "august", "september", "october", "november", "december",
};

static const char * const weekday_names[7] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
};

static const char * const weekday_labels[7] = {
  N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"),
  N_("Friday"), N_("Saturday"), N_("Sunday"),
};

/* What is being read: the original text (for messages) and a lower-case
 * copy with ASCII spaces for the cursor. */
typedef struct
{
  const char *text;
  char       *quoted;   /* "“…”" */
  char       *lower;
  const char *p;
} Scan;

static void
scan_init (Scan       *scan,
           const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  GString *lower = g_string_new (NULL);

  for (const char *c = stripped; *c != '\0'; c++)
    {
      /* A no-break space reads as a space. */
      if ((guchar) c[0] == 0xC2 && (guchar) c[1] == 0xA0)
        {
          g_string_append_c (lower, ' ');
          c++;
        }
      else
        g_string_append_c (lower, g_ascii_tolower (*c));
    }

  if (g_utf8_strlen (stripped, -1) > QUOTE_MAX)
    {
      g_autofree char *start = g_utf8_substring (stripped, 0, QUOTE_MAX);

      scan->quoted = g_strdup_printf ("“%s…”", start);
    }
  else
    scan->quoted = g_strdup_printf ("“%s”", stripped);

  scan->text = text;
  scan->lower = g_string_free (lower, FALSE);
  scan->p = scan->lower;
}

static void
scan_clear (Scan *scan)
{
  g_clear_pointer (&scan->quoted, g_free);
  g_clear_pointer (&scan->lower, g_free);
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

static void
skip_spaces (Scan *scan)
{
  while (*scan->p == ' ' || *scan->p == '\t')
    scan->p++;
}

/* Up to 9 digits; returns how many were read. */
static guint
read_number (Scan  *scan,
             guint *value)
{
  guint n = 0;

  *value = 0;
  while (g_ascii_isdigit (*scan->p) && n < 9)
    {
      *value = *value * 10 + (guint) (*scan->p - '0');
      scan->p++;
      n++;
    }

  return n;
}

/* Letters (and nothing else) into @word; returns the length. */
static gsize
read_word (Scan *scan,
           char *word,
           gsize size)
{
  gsize n = 0;

  while (g_ascii_isalpha (scan->p[n]))
    n++;
  if (n == 0 || n >= size)
    return 0;

  memcpy (word, scan->p, n);
  word[n] = '\0';
  scan->p += n;
  return n;
}

static gboolean
accept (Scan       *scan,
        const char *literal)
{
  gsize n = strlen (literal);

  if (strncmp (scan->p, literal, n) != 0)
    return FALSE;

  scan->p += n;
  return TRUE;
}

/* 1..12, or 0 when @word is no month: the full name, its first three
 * letters, or "sept". */
static guint
month_from_word (const char *word)
{
  gsize n = strlen (word);

  if (strcmp (word, "sept") == 0)
    return 9;

  for (guint i = 0; i < 12; i++)
    if (strcmp (word, month_names[i]) == 0 || (n == 3 && strncmp (word, month_names[i], 3) == 0))
      return i + 1;

  return 0;
}

/* 1 (Monday)..7, or 0. */
static guint
weekday_from_word (const char *word)
{
  gsize n = strlen (word);

  if (strcmp (word, "tues") == 0)
    return 2;
  if (strcmp (word, "thur") == 0 || strcmp (word, "thurs") == 0)
    return 4;

  for (guint i = 0; i < 7; i++)
    if (strcmp (word, weekday_names[i]) == 0 || (n == 3 && strncmp (word, weekday_names[i], 3) == 0))
      return i + 1;

  return 0;
}

static gboolean
set_form_error (Scan    *scan,
                GError **error)
{
  g_set_error (error, CR_UK_DATE_ERROR, CR_UK_DATE_ERROR_FORM,
               _("%s is not a date: write it as 03/02/2021 or 3 Feb 2021"),
               scan->quoted);
  return FALSE;
}

/* A two-digit year is in this century unless that would be after this
 * year. */
static guint
expand_year (guint year,
             guint n_digits)
{
  g_autoptr(GDateTime) now = NULL;
  guint current;

  if (n_digits != 2)
    return year;

  now = g_date_time_new_now_local ();
  current = (guint) g_date_time_get_year (now);
  return year > current % 100 ? (current / 100 - 1) * 100 + year
                              : (current / 100) * 100 + year;
}

/* The ordinal suffix of a day: 1st 2nd 3rd 4th... */
static void
skip_ordinal (Scan *scan)
{
  if (accept (scan, "st") || accept (scan, "nd") || accept (scan, "rd") || accept (scan, "th"))
    return;
}

/*
 * Times
 */

/* Reads a time from the cursor to the end of the text. */
static gboolean
parse_time (Scan     *scan,
            gboolean  allow_zone,
            int      *minutes,
            GError  **error)
{
  guint hour, minute = 0, second = 0, n;
  gboolean has_minutes = FALSE, has_suffix = FALSE, twelve_hour = FALSE, pm = FALSE;

  n = read_number (scan, &hour);
  if (n == 4)
    {
      minute = hour % 100;
      hour /= 100;
      has_minutes = TRUE;
    }
  else if (n == 0 || n > 2)
    return set_form_error (scan, error);
  else if ((*scan->p == ':' || *scan->p == '.') && g_ascii_isdigit (scan->p[1]))
    {
      scan->p++;
      if (read_number (scan, &minute) != 2)
        return set_form_error (scan, error);
      has_minutes = TRUE;

      if (*scan->p == ':' && g_ascii_isdigit (scan->p[1]))
        {
          scan->p++;
          if (read_number (scan, &second) != 2)
            return set_form_error (scan, error);
          if (*scan->p == '.' && g_ascii_isdigit (scan->p[1]))
            {
              guint fraction;

              scan->p++;
              read_number (scan, &fraction);
            }
        }
    }

  skip_spaces (scan);
  if (accept (scan, "am") || accept (scan, "a.m.") || accept (scan, "a.m"))
    twelve_hour = TRUE;
  else if (accept (scan, "pm") || accept (scan, "p.m.") || accept (scan, "p.m"))
    twelve_hour = pm = TRUE;
  else if (accept (scan, "hrs") || accept (scan, "hours") || accept (scan, "hr") || accept (scan, "h"))
    has_suffix = TRUE;

  if (allow_zone)
    accept (scan, "z");

  skip_spaces (scan);
  if (*scan->p != '\0' || (!has_minutes && !twelve_hour && !has_suffix))
    return set_form_error (scan, error);

  if (twelve_hour && (hour == 0 || hour > 12))
    {
      g_set_error (error, CR_UK_DATE_ERROR, CR_UK_DATE_ERROR_INVALID,
                   _("%s: %u is not an hour on a 12-hour clock"), scan->quoted, hour);
      return FALSE;
    }
  if (hour > 23)
    {
      g_set_error (error, CR_UK_DATE_ERROR, CR_UK_DATE_ERROR_INVALID,
                   _("%s: there is no hour %u"), scan->quoted, hour);
      return FALSE;
    }
  if (minute > 59)
    {
      g_set_error (error, CR_UK_DATE_ERROR, CR_UK_DATE_ERROR_INVALID,
                   _("%s: there is no minute %u"), scan->quoted, minute);
      return FALSE;
    }
  if (second > 59)
    {
      g_set_error (error, CR_UK_DATE_ERROR, CR_UK_DATE_ERROR_INVALID,
                   _("%s: there is no second %u"), scan->quoted, second);
      return FALSE;
    }

  if (twelve_hour)
    hour = (hour % 12) + (pm ? 12 : 0);

  *minutes = (int) (hour * 60 + minute);
  return TRUE;
}

/**
 * cr_uk_time_parse:
 * @text: a time of day ("14:30", "2.30pm", "1430hrs")
 * @minutes: (out): the minute of the day
 * @error: return location for a #GError
 *
 * Returns: %TRUE when @text is a time of day
 */
gboolean
cr_uk_time_parse (const char  *text,
                  int         *minutes,
                  GError     **error)
{
  Scan scan;
  gboolean ok;
  int value = -1;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (is_blank (text))
    {
      g_set_error_literal (error, CR_UK_DATE_ERROR, CR_UK_DATE_ERROR_EMPTY,
                           _("The time is empty"));
      return FALSE;
    }

  scan_init (&scan, text);
  ok = parse_time (&scan, FALSE, &value, NULL);
  if (!ok)
    {
      /* Parse again for the message, so that it names the time. */
      g_autoptr(GError) local_error = NULL;

      scan.p = scan.lower;
      parse_time (&scan, FALSE, &value, &local_error);
      if (local_error->code == CR_UK_DATE_ERROR_FORM)
        g_set_error (error, CR_UK_DATE_ERROR, CR_UK_DATE_ERROR_FORM,
                     _("%s is not a time: write it as 14:30 or 2.30pm"), scan.quoted);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
    }
  else if (minutes != NULL)
    *minutes = value;

  scan_clear (&scan);
  return ok;
}

/*
 * Dates
 */

typedef struct
{
  guint    day;
  guint    month;
  guint    year;
  guint    weekday;     /* 1..7 when written, else 0 */
  gboolean day_first;   /* all numbers, day first: month 13 is worth a hint */
  gboolean iso;
} Parts;

static gboolean
set_no_year_error (Scan    *scan,
                   GError **error)
{
  g_set_error (error, CR_UK_DATE_ERROR, CR_UK_DATE_ERROR_FORM,
               _("%s has no year: write it as 03/02/2021 or 3 Feb 2021"), scan->quoted);
  return FALSE;
}

/* The year after a day and month: two or four digits. */
static gboolean
read_year (Scan     *scan,
           Parts    *parts,
           GError  **error)
{
  guint n = read_number (scan, &parts->year);

  if (n == 0)
    return *scan->p == '\0' ? set_no_year_error (scan, error) : set_form_error (scan, error);
  if (n != 2 && n != 4)
    return set_form_error (scan, error);

  parts->year = expand_year (parts->year, n);
  return TRUE;
}

static gboolean
read_month_word (Scan     *scan,
                 Parts    *parts,
                 GError  **error)
{
  char word[16];

  if (read_word (scan, word, sizeof word) == 0 ||
      (parts->month = month_from_word (word)) == 0)
    return set_form_error (scan, error);

  accept (scan, ".");
  return TRUE;
}

/* 03/02/2021, 2021-02-03, 3 Feb 2021, 3-Feb-21, 3rd of February 2021 */
static gboolean
parse_from_number (Scan     *scan,
                   Parts    *parts,
                   GError  **error)
{
  guint first, second, n;
  char separator;

  n = read_number (scan, &first);
  separator = *scan->p;

  if (n == 4 && strchr ("-/.", separator) != NULL && separator != '\0')
    {
      parts->iso = TRUE;
      parts->year = first;
      scan->p++;
      n = read_number (scan, &parts->month);
      if (n < 1 || n > 2 || *scan->p != separator)
        return set_form_error (scan, error);
      scan->p++;
      n = read_number (scan, &parts->day);
      if (n < 1 || n > 2)
        return set_form_error (scan, error);
      return TRUE;
    }

  if (n < 1 || n > 2)
    return set_form_error (scan, error);
  parts->day = first;

  if (strchr ("/-.", separator) != NULL && separator != '\0' && g_ascii_isdigit (scan->p[1]))
    {
      scan->p++;
      n = read_number (scan, &second);
      if (n < 1 || n > 2)
        return set_form_error (scan, error);
      parts->month = second;
      parts->day_first = TRUE;
      if (*scan->p != separator)
        return *scan->p == '\0' || *scan->p == ' ' ? set_no_year_error (scan, error)
                                                    : set_form_error (scan, error);
      scan->p++;
      return read_year (scan, parts, error);
    }

  /* A day, then the month by name. */
  skip_ordinal (scan);
  if (!accept (scan, "-"))
    {
      skip_spaces (scan);
      if (accept (scan, "of "))
        skip_spaces (scan);
    }
  if (!read_month_word (scan, parts, error))
    return FALSE;

  if (!accept (scan, "-"))
    {
      accept (scan, ",");
      skip_spaces (scan);
    }
  return read_year (scan, parts, error);
}

/* February 3, 2021; Feb 3rd 2021 */
static gboolean
parse_from_month (Scan     *scan,
                  Parts    *parts,
                  GError  **error)
{
  guint n;

  if (!read_month_word (scan, parts, error))
    return FALSE;

  skip_spaces (scan);
  n = read_number (scan, &parts->day);
  if (n < 1 || n > 2)
    return n == 0 && *scan->p == '\0' ? set_no_year_error (scan, error)
                                      : set_form_error (scan, error);
  skip_ordinal (scan);
  accept (scan, ",");
  skip_spaces (scan);
  return read_year (scan, parts, error);
}

static gboolean
check_parts (Scan         *scan,
             const Parts  *parts,
             GError      **error)
{
  if (parts->month < 1 || parts->month > 12)
    {
      if (parts->day_first && parts->month > 12 && parts->day >= 1 && parts->day <= 12)
        g_set_error (error, CR_UK_DATE_ERROR, CR_UK_DATE_ERROR_INVALID,
                     _("%s: there is no month %u — dates are read day first"),
                     scan->quoted, parts->month);
      else
        g_set_error (error, CR_UK_DATE_ERROR, CR_UK_DATE_ERROR_INVALID,
                     _("%s: there is no month %u"), scan->quoted, parts->month);
      return FALSE;
    }

  if (parts->year < 1 || parts->year > 9999 || parts->day < 1 ||
      !g_date_valid_dmy ((GDateDay) parts->day, (GDateMonth) parts->month, (GDateYear) parts->year))
    {
      g_set_error (error, CR_UK_DATE_ERROR, CR_UK_DATE_ERROR_INVALID,
                   _("%s is not a real day"), scan->quoted);
      return FALSE;
    }

  return TRUE;
}

/**
 * cr_uk_date_parse:
 * @text: a date, day first, with an optional time
 * @date: (out) (optional): the day
 * @minutes: (out) (optional): the minute of the day, or -1 without a time
 * @error: return location for a #GError
 *
 * Reads the forms listed in cr-uk-date.h.
 *
 * Returns: %TRUE when @text is a date
 */
gboolean
cr_uk_date_parse (const char  *text,
                  GDate       *date,
                  int         *minutes,
                  GError     **error)
{
  Parts parts = { 0 };
  Scan scan;
  int value = -1;
  gboolean ok = FALSE;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (is_blank (text))
    {
      g_set_error_literal (error, CR_UK_DATE_ERROR, CR_UK_DATE_ERROR_EMPTY,
                           _("The date is empty"));
      return FALSE;
    }

  scan_init (&scan, text);

  /* A weekday first: "Wed 3 Feb 2021", "Wednesday, 3 February 2021". */
  if (g_ascii_isalpha (*scan.p))
    {
      const char *start = scan.p;
      char word[16];

      if (read_word (&scan, word, sizeof word) > 0 &&
          (parts.weekday = weekday_from_word (word)) != 0)
        {
          accept (&scan, ".");
          accept (&scan, ",");
          skip_spaces (&scan);
        }
      else
        scan.p = start;
    }

  if (g_ascii_isdigit (*scan.p))
    ok = parse_from_number (&scan, &parts, error);
  else if (g_ascii_isalpha (*scan.p))
    ok = parse_from_month (&scan, &parts, error);
  else
    ok = set_form_error (&scan, error);

  if (ok)
    ok = check_parts (&scan, &parts, error);

  if (ok && parts.weekday != 0)
    {
      GDateWeekday weekday;
      GDate day;

      g_date_clear (&day, 1);
      g_date_set_dmy (&day, (GDateDay) parts.day, (GDateMonth) parts.month, (GDateYear) parts.year);
      weekday = g_date_get_weekday (&day);
      if ((guint) weekday != parts.weekday)
        {
          g_set_error (error, CR_UK_DATE_ERROR, CR_UK_DATE_ERROR_INVALID,
                       _("%s: that day was a %s"), scan.quoted,
                       _(weekday_labels[weekday - 1]));
          ok = FALSE;
        }
    }

  /* The time after it. */
  if (ok && *scan.p != '\0')
    {
      g_autoptr(GError) local_error = NULL;
      gboolean allow_zone = FALSE;
      const char *start = scan.p;

      if (parts.iso && *scan.p == 't' && g_ascii_isdigit (scan.p[1]))
        {
          scan.p++;
          allow_zone = TRUE;
        }
      else
        {
          skip_spaces (&scan);
          if (accept (&scan, ","))
            skip_spaces (&scan);
          if (scan.p[0] == 'a' && scan.p[1] == 't' && (scan.p[2] == ' ' || g_ascii_isdigit (scan.p[2])))
            {
              scan.p += 2;
              skip_spaces (&scan);
            }
        }

      if (scan.p == start || !parse_time (&scan, allow_zone, &value, &local_error))
        {
          if (local_error != NULL && local_error->code == CR_UK_DATE_ERROR_INVALID)
            g_propagate_error (error, g_steal_pointer (&local_error));
          else
            g_set_error (error, CR_UK_DATE_ERROR, CR_UK_DATE_ERROR_FORM,
                         _("%s: what follows the date is not a time (write it as 14:30 or 2.30pm)"),
                         scan.quoted);
          ok = FALSE;
        }
    }

  if (ok)
    {
      if (date != NULL)
        {
          g_date_clear (date, 1);
          g_date_set_dmy (date, (GDateDay) parts.day, (GDateMonth) parts.month, (GDateYear) parts.year);
        }
      if (minutes != NULL)
        *minutes = value;
    }

  scan_clear (&scan);
  return ok;
}
