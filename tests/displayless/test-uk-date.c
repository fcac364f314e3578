/* test-uk-date.c: dates and times in the forms English agencies write */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cr-uk-date.h"

typedef struct
{
  const char *text;
  int         day;
  int         month;
  int         year;
  int         minutes;   /* -1: no time */
} Good;

/* Every form cr-uk-date.h lists, one by one. */
static const Good good_dates[] = {
  { "03/02/2021", 3, 2, 2021, -1 },
  { "3/2/2021", 3, 2, 2021, -1 },
  { "3/2/21", 3, 2, 2021, -1 },
  { "03-02-2021", 3, 2, 2021, -1 },
  { "03.02.2021", 3, 2, 2021, -1 },
  { "3 Feb 2021", 3, 2, 2021, -1 },
  { "3 February 2021", 3, 2, 2021, -1 },
  { "3rd February 2021", 3, 2, 2021, -1 },
  { "1st March 2020", 1, 3, 2020, -1 },
  { "22nd Sept 2019", 22, 9, 2019, -1 },
  { "3rd of February 2021", 3, 2, 2021, -1 },
  { "Wed 3 Feb 2021", 3, 2, 2021, -1 },
  { "Wednesday, 3 February 2021", 3, 2, 2021, -1 },
  { "3-Feb-2021", 3, 2, 2021, -1 },
  { "03-Feb-21", 3, 2, 2021, -1 },
  { "3 feb. 2021", 3, 2, 2021, -1 },
  { "February 3, 2021", 3, 2, 2021, -1 },
  { "Feb 3rd 2021", 3, 2, 2021, -1 },
  { "2021-02-03", 3, 2, 2021, -1 },
  { "2021/02/03", 3, 2, 2021, -1 },
  { "2021-02-03T14:30:00", 3, 2, 2021, 14 * 60 + 30 },
  { "2021-02-03T14:30:00Z", 3, 2, 2021, 14 * 60 + 30 },
  { "2021-02-03T14:30:00.000Z", 3, 2, 2021, 14 * 60 + 30 },
  { "2021-02-03 14:30", 3, 2, 2021, 14 * 60 + 30 },
  { "  29/02/2020  ", 29, 2, 2020, -1 },
  /* Times after the date: a space, "at", or a comma. */
  { "03/02/2021 14:30", 3, 2, 2021, 14 * 60 + 30 },
  { "03/02/2021 14:30:15", 3, 2, 2021, 14 * 60 + 30 },
  { "03/02/2021 14.30", 3, 2, 2021, 14 * 60 + 30 },
  { "03/02/2021 2pm", 3, 2, 2021, 14 * 60 },
  { "03/02/2021 2.30pm", 3, 2, 2021, 14 * 60 + 30 },
  { "03/02/2021 2:30 PM", 3, 2, 2021, 14 * 60 + 30 },
  { "03/02/2021 1430hrs", 3, 2, 2021, 14 * 60 + 30 },
  { "03/02/2021 1430 hrs", 3, 2, 2021, 14 * 60 + 30 },
  { "3 Feb 2021 at 09:05", 3, 2, 2021, 9 * 60 + 5 },
  { "3 Feb 2021, 14:30", 3, 2, 2021, 14 * 60 + 30 },
  { "3 Feb 2021 at 12am", 3, 2, 2021, 0 },
  { "3 Feb 2021 12pm", 3, 2, 2021, 12 * 60 },
  { "3 Feb 2021 11.59 p.m.", 3, 2, 2021, 23 * 60 + 59 },
  { "03/02/2021 00:00", 3, 2, 2021, 0 },
  { "03/02/2021\u00a014:30", 3, 2, 2021, 14 * 60 + 30 },
};

static void
test_good_dates (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (good_dates); i++)
    {
      const Good *good = &good_dates[i];
      g_autoptr(GError) error = NULL;
      GDate date;
      int minutes = 12345;

      g_test_message ("%s", good->text);
      g_assert_true (cr_uk_date_parse (good->text, &date, &minutes, &error));
      g_assert_no_error (error);
      g_assert_true (g_date_valid (&date));
      g_assert_cmpint (g_date_get_day (&date), ==, good->day);
      g_assert_cmpint (g_date_get_month (&date), ==, good->month);
      g_assert_cmpint (g_date_get_year (&date), ==, good->year);
      g_assert_cmpint (minutes, ==, good->minutes);
    }
}

/* Two-digit years: 19xx when above this year's two digits. */
static void
test_two_digit_years (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int this_year = g_date_time_get_year (now);
  g_autofree char *this = g_strdup_printf ("1/1/%02d", this_year % 100);
  g_autofree char *next = g_strdup_printf ("1/1/%02d", (this_year + 1) % 100);
  GDate date;

  g_assert_true (cr_uk_date_parse (this, &date, NULL, NULL));
  g_assert_cmpint (g_date_get_year (&date), ==, this_year);
  g_assert_true (cr_uk_date_parse (next, &date, NULL, NULL));
  g_assert_cmpint (g_date_get_year (&date), ==, this_year + 1 - 100);
  g_assert_true (cr_uk_date_parse ("5 Jun 99", &date, NULL, NULL));
  g_assert_cmpint (g_date_get_year (&date), ==, 1999);
  g_assert_true (cr_uk_date_parse ("5/6/00", &date, NULL, NULL));
  g_assert_cmpint (g_date_get_year (&date), ==, 2000);
}

typedef struct
{
  const char   *text;
  CrUkDateError code;
  const char   *message;
} Bad;

static const Bad bad_dates[] = {
  { "", CR_UK_DATE_ERROR_EMPTY, "The date is empty" },
  { "   ", CR_UK_DATE_ERROR_EMPTY, "The date is empty" },
  { "31/02/2021", CR_UK_DATE_ERROR_INVALID, "“31/02/2021” is not a real day" },
  { "29/02/2021", CR_UK_DATE_ERROR_INVALID, "“29/02/2021” is not a real day" },
  { "0/02/2021", CR_UK_DATE_ERROR_INVALID, "“0/02/2021” is not a real day" },
  { "02/13/2021", CR_UK_DATE_ERROR_INVALID,
    "“02/13/2021”: there is no month 13 — dates are read day first" },
  { "31/13/2021", CR_UK_DATE_ERROR_INVALID, "“31/13/2021”: there is no month 13" },
  { "2021-13-01", CR_UK_DATE_ERROR_INVALID, "“2021-13-01”: there is no month 13" },
  { "3/0/2021", CR_UK_DATE_ERROR_INVALID, "“3/0/2021”: there is no month 0" },
  { "Tue 3 Feb 2021", CR_UK_DATE_ERROR_INVALID, "“Tue 3 Feb 2021”: that day was a Wednesday" },
  { "3 Feb 2021 25:00", CR_UK_DATE_ERROR_INVALID, "“3 Feb 2021 25:00”: there is no hour 25" },
  { "3 Feb 2021 14:75", CR_UK_DATE_ERROR_INVALID, "“3 Feb 2021 14:75”: there is no minute 75" },
  { "3 Feb 2021 13pm", CR_UK_DATE_ERROR_INVALID,
    "“3 Feb 2021 13pm”: 13 is not an hour on a 12-hour clock" },
  { "about 3 Feb 2021", CR_UK_DATE_ERROR_FORM,
    "“about 3 Feb 2021” is not a date: write it as 03/02/2021 or 3 Feb 2021" },
  { "3 Feb 2021 approx", CR_UK_DATE_ERROR_FORM,
    "“3 Feb 2021 approx”: what follows the date is not a time (write it as 14:30 or 2.30pm)" },
  { "3 Feb 2021 14", CR_UK_DATE_ERROR_FORM,
    "“3 Feb 2021 14”: what follows the date is not a time (write it as 14:30 or 2.30pm)" },
  { "3 Feb", CR_UK_DATE_ERROR_FORM,
    "“3 Feb” has no year: write it as 03/02/2021 or 3 Feb 2021" },
  { "3/2", CR_UK_DATE_ERROR_FORM, "“3/2” has no year: write it as 03/02/2021 or 3 Feb 2021" },
  { "3/2/021", CR_UK_DATE_ERROR_FORM,
    "“3/2/021” is not a date: write it as 03/02/2021 or 3 Feb 2021" },
  { "3 Fbe 2021", CR_UK_DATE_ERROR_FORM,
    "“3 Fbe 2021” is not a date: write it as 03/02/2021 or 3 Feb 2021" },
  { "03/02-2021", CR_UK_DATE_ERROR_FORM,
    "“03/02-2021” is not a date: write it as 03/02/2021 or 3 Feb 2021" },
  { "44231", CR_UK_DATE_ERROR_FORM, "“44231” is not a date: write it as 03/02/2021 or 3 Feb 2021" },
  { "unknown", CR_UK_DATE_ERROR_FORM,
    "“unknown” is not a date: write it as 03/02/2021 or 3 Feb 2021" },
  { "2021-02-03Z", CR_UK_DATE_ERROR_FORM,
    "“2021-02-03Z”: what follows the date is not a time (write it as 14:30 or 2.30pm)" },
  { "03/02/2021 14:30Z", CR_UK_DATE_ERROR_FORM,
    "“03/02/2021 14:30Z”: what follows the date is not a time (write it as 14:30 or 2.30pm)" },
};

static void
test_bad_dates (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_dates); i++)
    {
      const Bad *bad = &bad_dates[i];
      g_autoptr(GError) error = NULL;
      GDate date;
      int minutes = 77;

      g_test_message ("%s", bad->text);
      g_date_clear (&date, 1);
      g_assert_false (cr_uk_date_parse (bad->text, &date, &minutes, &error));
      g_assert_error (error, CR_UK_DATE_ERROR, (int) bad->code);
      g_assert_cmpstr (error->message, ==, bad->message);
      g_assert_false (g_date_valid (&date));
      g_assert_cmpint (minutes, ==, 77);
    }
}

static void
test_long_text_is_shortened (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new ("3 Feb 2021 ");

  for (guint i = 0; i < 100; i++)
    g_string_append (text, "blah ");
  g_assert_false (cr_uk_date_parse (text->str, NULL, NULL, &error));
  g_assert_error (error, CR_UK_DATE_ERROR, CR_UK_DATE_ERROR_FORM);
  g_assert_true (g_str_has_prefix (error->message, "“3 Feb 2021 blah blah"));
  g_assert_nonnull (g_strstr_len (error->message, -1, "…”"));
  g_assert_cmpuint (g_utf8_strlen (error->message, -1), <, 140);
}

static const struct
{
  const char *text;
  int         minutes;
} good_times[] = {
  { "14:30", 14 * 60 + 30 },
  { "14:30:15", 14 * 60 + 30 },
  { "14.30", 14 * 60 + 30 },
  { "2pm", 14 * 60 },
  { "2 pm", 14 * 60 },
  { "2.30pm", 14 * 60 + 30 },
  { "2:30 PM", 14 * 60 + 30 },
  { "9am", 9 * 60 },
  { "12am", 0 },
  { "12pm", 12 * 60 },
  { "1430hrs", 14 * 60 + 30 },
  { "1430", 14 * 60 + 30 },
  { "0905", 9 * 60 + 5 },
  { "9:05", 9 * 60 + 5 },
  { "23:59", 23 * 60 + 59 },
  { "00:00", 0 },
  { " 08:15 ", 8 * 60 + 15 },
};

static void
test_good_times (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (good_times); i++)
    {
      g_autoptr(GError) error = NULL;
      int minutes = -5;

      g_test_message ("%s", good_times[i].text);
      g_assert_true (cr_uk_time_parse (good_times[i].text, &minutes, &error));
      g_assert_no_error (error);
      g_assert_cmpint (minutes, ==, good_times[i].minutes);
    }
}

static const Bad bad_times[] = {
  { "", CR_UK_DATE_ERROR_EMPTY, "The time is empty" },
  { "24:00", CR_UK_DATE_ERROR_INVALID, "“24:00”: there is no hour 24" },
  { "12:60", CR_UK_DATE_ERROR_INVALID, "“12:60”: there is no minute 60" },
  { "12:30:61", CR_UK_DATE_ERROR_INVALID, "“12:30:61”: there is no second 61" },
  { "0am", CR_UK_DATE_ERROR_INVALID, "“0am”: 0 is not an hour on a 12-hour clock" },
  { "14", CR_UK_DATE_ERROR_FORM, "“14” is not a time: write it as 14:30 or 2.30pm" },
  { "morning", CR_UK_DATE_ERROR_FORM, "“morning” is not a time: write it as 14:30 or 2.30pm" },
  { "14:3", CR_UK_DATE_ERROR_FORM, "“14:3” is not a time: write it as 14:30 or 2.30pm" },
  { "2pm-ish", CR_UK_DATE_ERROR_FORM, "“2pm-ish” is not a time: write it as 14:30 or 2.30pm" },
  { "03/02/2021", CR_UK_DATE_ERROR_FORM, "“03/02/2021” is not a time: write it as 14:30 or 2.30pm" },
};

static void
test_bad_times (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_times); i++)
    {
      g_autoptr(GError) error = NULL;
      int minutes = 77;

      g_test_message ("%s", bad_times[i].text);
      g_assert_false (cr_uk_time_parse (bad_times[i].text, &minutes, &error));
      g_assert_error (error, CR_UK_DATE_ERROR, (int) bad_times[i].code);
      g_assert_cmpstr (error->message, ==, bad_times[i].message);
      g_assert_cmpint (minutes, ==, 77);
    }
}

/* Random text from date-like pieces: parsed to a real day, or refused
 * with a CrUkDate error that quotes it. */
static void
test_random (void)
{
  static const char * const pieces[] = {
    "0", "1", "2", "3", "12", "31", "2021", "99", "/", "-", ".", ":", " ", ",", "T", "Z",
    "Feb", "february", "Sept", "Wed", "rd", "th", "of", "at", "pm", "AM", "hrs", "\xc2\xa0", "é",
  };
  guint rounds = g_test_thorough () ? 200000 : 5000;
  GRand *rand = g_rand_new_with_seed (3);

  for (guint round = 0; round < rounds; round++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(GError) error = NULL;
      guint n = (guint) g_rand_int_range (rand, 0, 10);
      int minutes = -2;
      GDate date;

      for (guint i = 0; i < n; i++)
        g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);

      if (cr_uk_date_parse (text->str, &date, &minutes, &error))
        {
          g_assert_true (g_date_valid (&date));
          g_assert_cmpint (minutes, >=, -1);
          g_assert_cmpint (minutes, <, 24 * 60);
        }
      else
        {
          g_assert_true (error->domain == CR_UK_DATE_ERROR);
          g_assert_true (g_utf8_validate (error->message, -1, NULL));
        }

      g_clear_error (&error);
      if (cr_uk_time_parse (text->str, &minutes, &error))
        g_assert_true (minutes >= 0 && minutes < 24 * 60);
      else
        g_assert_true (error->domain == CR_UK_DATE_ERROR);
    }

  g_rand_free (rand);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/uk-date/good-dates", test_good_dates);
  g_test_add_func ("/uk-date/two-digit-years", test_two_digit_years);
  g_test_add_func ("/uk-date/bad-dates", test_bad_dates);
  g_test_add_func ("/uk-date/long-text-is-shortened", test_long_text_is_shortened);
  g_test_add_func ("/uk-date/good-times", test_good_times);
  g_test_add_func ("/uk-date/bad-times", test_bad_times);
  g_test_add_func ("/uk-date/random", test_random);

  return g_test_run ();
}
