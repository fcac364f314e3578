/* test-working-days.c: England and Wales bank holidays and working days */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cr-util.h"
#include "cr-working-days.h"

/*
 * The bank holidays in England and Wales, 2018 to 2027, as published on
 * GOV.UK (https://www.gov.uk/bank-holidays and its archived versions),
 * typed in as data. Substitute days appear on the day people have off.
 */
static const char *gov_uk_holidays[] = {
  /* 2018 */
  "2018-01-01", "2018-03-30", "2018-04-02", "2018-05-07", "2018-05-28",
  "2018-08-27", "2018-12-25", "2018-12-26",
  /* 2019 */
  "2019-01-01", "2019-04-19", "2019-04-22", "2019-05-06", "2019-05-27",
  "2019-08-26", "2019-12-25", "2019-12-26",
  /* 2020: early May moved to Friday 8 May (VE Day); Boxing Day substitute */
  "2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25",
  "2020-08-31", "2020-12-25", "2020-12-28",
  /* 2021: Christmas on Saturday, substitutes 27 and 28 December */
  "2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31",
  "2021-08-30", "2021-12-27", "2021-12-28",
  /* 2022: New Year substitute; Platinum Jubilee; state funeral; Christmas
   * on Sunday, so Boxing Day 26 and Christmas substitute 27 */
  "2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02",
  "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27",
  /* 2023: New Year substitute; coronation */
  "2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08",
  "2023-05-29", "2023-08-28", "2023-12-25", "2023-12-26",
  /* 2024 */
  "2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27",
  "2024-08-26", "2024-12-25", "2024-12-26",
  /* 2025 */
  "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26",
  "2025-08-25", "2025-12-25", "2025-12-26",
  /* 2026: Boxing Day on Saturday, substitute Monday 28 */
  "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25",
  "2026-08-31", "2026-12-25", "2026-12-28",
  /* 2027: Christmas on Saturday, substitutes 27 and 28 December */
  "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31",
  "2027-08-30", "2027-12-27", "2027-12-28",
};

static void
date_from (const char *iso,
           GDate      *date)
{
  if (!cr_date_parse_iso (iso, date))
    g_error ("bad test date %s", iso);
}

static guint32
julian_of (const char *iso)
{
  GDate date;

  date_from (iso, &date);
  return g_date_get_julian (&date);
}

static gboolean
in_gov_uk_list (const GDate *date)
{
  g_autofree char *iso = cr_date_to_iso (date);

  for (guint i = 0; i < G_N_ELEMENTS (gov_uk_holidays); i++)
    {
      if (g_str_equal (gov_uk_holidays[i], iso))
        return TRUE;
    }

  return FALSE;
}

static gboolean
is_bank_holiday_iso (const char *iso)
{
  GDate date;

  date_from (iso, &date);
  return cr_is_bank_holiday (&date);
}

static void
check_add (const char *start,
           int         n,
           GArray     *closures,
           const char *expected)
{
  g_autofree char *result = NULL;
  GDate date, out;

  date_from (start, &date);
  cr_working_days_add (&date, n, closures, &out);
  result = cr_date_to_iso (&out);
  if (g_strcmp0 (result, expected) != 0)
    g_error ("%s + %d working days: expected %s, got %s", start, n, expected, result);
}

static int
between_iso (const char *from,
             const char *to,
             GArray     *closures)
{
  GDate a, b;

  date_from (from, &a);
  date_from (to, &b);
  return cr_working_days_between (&a, &b, closures);
}

/* The GOV.UK list and the rule engine agree on every day of 2018-2027,
 * both ways. */
static void
test_gov_uk_2018_2027 (void)
{
  GDate date, end;
  guint found = 0;

  date_from ("2018-01-01", &date);
  date_from ("2027-12-31", &end);

  for (; g_date_compare (&date, &end) <= 0; g_date_add_days (&date, 1))
    {
      gboolean expected = in_gov_uk_list (&date);
      gboolean weekend = g_date_get_weekday (&date) >= G_DATE_SATURDAY;

      if (cr_is_bank_holiday (&date) != expected)
        {
          g_autofree char *iso = cr_date_to_iso (&date);
          g_error ("%s: the list says %s", iso, expected ? "holiday" : "not a holiday");
        }

      g_assert_cmpint (cr_is_working_day (&date, NULL), ==, !expected && !weekend);
      found += expected ? 1 : 0;
    }

  g_assert_cmpuint (found, ==, G_N_ELEMENTS (gov_uk_holidays));
}

/* The weekend days themselves are never bank holidays: only the
 * substitute days are. */
static void
test_weekend_christmas (void)
{
  g_assert_false (is_bank_holiday_iso ("2021-12-25"));   /* Saturday */
  g_assert_false (is_bank_holiday_iso ("2021-12-26"));   /* Sunday */
  g_assert_false (is_bank_holiday_iso ("2022-12-25"));   /* Sunday */
  g_assert_true (is_bank_holiday_iso ("2022-12-26"));
  g_assert_false (is_bank_holiday_iso ("2026-12-26"));   /* Saturday */
  g_assert_false (is_bank_holiday_iso ("2022-01-01"));   /* Saturday */
  g_assert_true (is_bank_holiday_iso ("2022-01-03"));
  g_assert_false (is_bank_holiday_iso ("2023-01-01"));   /* Sunday */
  g_assert_true (is_bank_holiday_iso ("2023-01-02"));
}

static void
test_one_off_changes (void)
{
  /* 1995: early May moved to 8 May */
  g_assert_true (is_bank_holiday_iso ("1995-05-08"));
  g_assert_false (is_bank_holiday_iso ("1995-05-01"));
  /* Millennium, and the New Year 2000 substitute (1 Jan was a Saturday) */
  g_assert_true (is_bank_holiday_iso ("1999-12-31"));
  g_assert_true (is_bank_holiday_iso ("2000-01-03"));
  g_assert_true (is_bank_holiday_iso ("1999-12-27"));
  g_assert_true (is_bank_holiday_iso ("1999-12-28"));
  /* 2002: spring moved to Tuesday 4 June, Monday 3 June extra */
  g_assert_true (is_bank_holiday_iso ("2002-06-03"));
  g_assert_true (is_bank_holiday_iso ("2002-06-04"));
  g_assert_false (is_bank_holiday_iso ("2002-05-27"));
  /* 2011 royal wedding */
  g_assert_true (is_bank_holiday_iso ("2011-04-29"));
  /* 2012: spring moved to Tuesday 5 June, Monday 4 June extra */
  g_assert_true (is_bank_holiday_iso ("2012-06-04"));
  g_assert_true (is_bank_holiday_iso ("2012-06-05"));
  g_assert_false (is_bank_holiday_iso ("2012-05-28"));
  /* 2020: early May moved to Friday 8 May */
  g_assert_false (is_bank_holiday_iso ("2020-05-04"));
  /* 2022: spring moved to Thursday 2 June */
  g_assert_false (is_bank_holiday_iso ("2022-05-30"));
}

static void
test_easter (void)
{
  /* Good Friday and Easter Monday for some well-known Easter Sundays */
  static const char *easter_sundays[] = {
    "1990-04-15", "1998-04-12", "2000-04-23", "2008-03-23", "2011-04-24",
    "2038-04-25", "2049-04-18", "2095-04-24",
  };

  for (guint i = 0; i < G_N_ELEMENTS (easter_sundays); i++)
    {
      GDate sunday, friday, monday;

      date_from (easter_sundays[i], &sunday);
      friday = sunday;
      g_date_subtract_days (&friday, 2);
      monday = sunday;
      g_date_add_days (&monday, 1);

      g_assert_true (cr_is_bank_holiday (&friday));
      g_assert_true (cr_is_bank_holiday (&monday));
      g_assert_false (cr_is_bank_holiday (&sunday));
    }
}

/* Every year of the supported range has the expected number of days,
 * all on weekdays. */
static void
test_years_1990_2100 (void)
{
  for (guint year = 1990; year <= 2100; year++)
    {
      guint expected = 8;
      guint count = 0;
      GDate date;

      if (year == 1999 || year == 2002 || year == 2011 || year == 2012 || year == 2023)
        expected = 9;
      else if (year == 2022)
        expected = 10;

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, 1, 1, year);
      while (g_date_get_year (&date) == year)
        {
          if (cr_is_bank_holiday (&date))
            {
              g_assert_cmpint (g_date_get_weekday (&date), <=, G_DATE_FRIDAY);
              count++;
            }
          g_date_add_days (&date, 1);
        }

      if (count != expected)
        g_error ("%u: %u bank holidays, expected %u", year, count, expected);
    }
}

/* Outside 1990-2100 only weekends are non-working days. */
static void
test_outside_range (void)
{
  static const guint years[] = { 1900, 1989, 2101, 2200 };

  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    {
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, 1, 1, years[i]);
      while (g_date_get_year (&date) == years[i])
        {
          g_assert_false (cr_is_bank_holiday (&date));
          g_assert_cmpint (cr_is_working_day (&date, NULL), ==,
                           g_date_get_weekday (&date) <= G_DATE_FRIDAY);
          g_date_add_days (&date, 1);
        }
    }

  /* Counting across the edge of the range still works */
  g_assert_cmpint (between_iso ("1989-12-29", "1990-01-02", NULL), ==, 1);
  check_add ("2100-12-24", 2, NULL, "2100-12-30");
  check_add ("2100-12-30", 2, NULL, "2101-01-03");
}

static void
test_leap_years (void)
{
  GDate date;

  g_assert_true (cr_date_parse_iso ("2024-02-29", &date));
  g_assert_true (cr_is_working_day (&date, NULL));   /* a Thursday */
  g_assert_false (cr_date_parse_iso ("2023-02-29", NULL));
  g_assert_false (cr_date_parse_iso ("2100-02-29", NULL));
  g_assert_true (cr_date_parse_iso ("2000-02-29", NULL));

  check_add ("2024-02-28", 1, NULL, "2024-02-29");
  check_add ("2024-02-28", 2, NULL, "2024-03-01");
  g_assert_cmpint (between_iso ("2024-02-28", "2024-03-01", NULL), ==, 2);
  g_assert_cmpint (between_iso ("2023-02-28", "2023-03-01", NULL), ==, 1);
}

static void
test_year_ends (void)
{
  /* Friday 24 Dec 2021: 27 and 28 are substitutes */
  check_add ("2021-12-24", 1, NULL, "2021-12-29");
  /* Friday 23 Dec 2022: 26 and 27 are holidays */
  check_add ("2022-12-23", 1, NULL, "2022-12-28");
  /* Friday 30 Dec 2022: Monday 2 Jan 2023 is the New Year substitute */
  check_add ("2022-12-30", 1, NULL, "2023-01-03");
  g_assert_cmpint (between_iso ("2022-12-23", "2023-01-03", NULL), ==, 4);
  /* Thursday 22 Dec 2022 + 5: 23, 28, 29, 30 Dec, 3 Jan */
  check_add ("2022-12-22", 5, NULL, "2023-01-03");
  g_assert_cmpint (between_iso ("2022-12-22", "2023-01-03", NULL), ==, 5);
  /* 31 Dec 1999 (Millennium) was a bank holiday */
  check_add ("1999-12-24", 1, NULL, "1999-12-29");
  check_add ("1999-12-30", 1, NULL, "2000-01-04");
}

static void
test_add_and_between (void)
{
  /* Easter 2025: Good Friday 18, Easter Monday 21 April */
  check_add ("2025-04-17", 1, NULL, "2025-04-22");
  g_assert_cmpint (between_iso ("2025-04-17", "2025-04-22", NULL), ==, 1);
  /* 15 working days from Monday 3 April 2023 over Easter */
  check_add ("2023-04-03", 15, NULL, "2023-04-26");
  /* Weekends */
  check_add ("2024-06-07", 1, NULL, "2024-06-10");   /* Friday -> Monday */
  check_add ("2024-06-08", 1, NULL, "2024-06-10");   /* Saturday -> Monday */
  check_add ("2024-06-09", 5, NULL, "2024-06-14");   /* Sunday + 5 */
  /* n = 0 is the start itself, even on a weekend */
  check_add ("2024-06-08", 0, NULL, "2024-06-08");
  g_assert_cmpint (between_iso ("2024-06-08", "2024-06-08", NULL), ==, 0);
  /* Backwards */
  check_add ("2023-01-03", -1, NULL, "2022-12-30");
  check_add ("2024-06-10", -1, NULL, "2024-06-07");
  check_add ("2024-06-09", -1, NULL, "2024-06-07");
  g_assert_cmpint (between_iso ("2023-01-03", "2022-12-30", NULL), ==, -1);
  g_assert_cmpint (between_iso ("2024-06-14", "2024-06-07", NULL), ==, -5);
  /* A long span: 2019 had 261 weekdays and 8 bank holidays */
  g_assert_cmpint (between_iso ("2018-12-31", "2019-12-31", NULL), ==, 253);
}

/* A count that starts on a bank holiday */
static void
test_start_on_holiday (void)
{
  /* Thursday 25 Dec 2025; 26 is a holiday, then the weekend */
  check_add ("2025-12-25", 1, NULL, "2025-12-29");
  g_assert_cmpint (between_iso ("2025-12-25", "2025-12-29", NULL), ==, 1);
  /* Good Friday 2024 (29 March) + 1: Easter Monday is skipped */
  check_add ("2024-03-29", 1, NULL, "2024-04-02");
  check_add ("2024-03-29", 5, NULL, "2024-04-08");
}

/* between (d, add (d, n)) == n for every day and every n in range. */
static void
test_round_trip (void)
{
  GDate date, end;

  date_from ("2019-11-01", &date);
  date_from ("2023-02-01", &end);

  for (; g_date_compare (&date, &end) <= 0; g_date_add_days (&date, 3))
    {
      for (int n = -25; n <= 25; n++)
        {
          GDate out;
          int back;

          cr_working_days_add (&date, n, NULL, &out);
          back = cr_working_days_between (&date, &out, NULL);
          if (back != n)
            {
              g_autofree char *iso = cr_date_to_iso (&date);
              g_error ("%s %+d: between gives %d", iso, n, back);
            }
          if (n != 0)
            g_assert_true (cr_is_working_day (&out, NULL));
        }
    }
}

static GArray *
make_closures (const char * const *isos,
               guint               n)
{
  GArray *closures = g_array_new (FALSE, FALSE, sizeof (guint32));

  for (guint i = 0; i < n; i++)
    {
      guint32 jd = julian_of (isos[i]);
      g_array_append_val (closures, jd);
    }

  return closures;
}

static void
test_closures (void)
{
  static const char *days[] = { "2024-12-24", "2024-12-27", "2024-12-31" };
  /* The same, plus a bank holiday, a Saturday and a duplicate */
  static const char *noisy[] = {
    "2024-12-24", "2024-12-25", "2024-12-27", "2024-12-27", "2024-12-28", "2024-12-31",
  };
  g_autoptr(GArray) closures = make_closures (days, G_N_ELEMENTS (days));
  g_autoptr(GArray) noisy_closures = make_closures (noisy, G_N_ELEMENTS (noisy));
  g_autoptr(GArray) empty = g_array_new (FALSE, FALSE, sizeof (guint32));
  GDate date;

  date_from ("2024-12-24", &date);
  g_assert_true (cr_is_working_day (&date, NULL));
  g_assert_false (cr_is_working_day (&date, closures));
  g_assert_false (cr_is_bank_holiday (&date));

  /* Monday 23 Dec: 24 closed, 25-26 holidays, 27 closed, weekend */
  check_add ("2024-12-23", 1, closures, "2024-12-30");
  check_add ("2024-12-23", 1, noisy_closures, "2024-12-30");
  check_add ("2024-12-23", 1, empty, "2024-12-24");
  check_add ("2024-12-23", 1, NULL, "2024-12-24");
  /* 30 Dec, 2 Jan (31 closed, 1 Jan holiday) */
  g_assert_cmpint (between_iso ("2024-12-23", "2025-01-02", closures), ==, 2);
  g_assert_cmpint (between_iso ("2024-12-23", "2025-01-02", noisy_closures), ==, 2);
  g_assert_cmpint (between_iso ("2024-12-23", "2025-01-02", NULL), ==, 5);
  g_assert_cmpint (between_iso ("2025-01-02", "2024-12-23", closures), ==, -2);
  check_add ("2025-01-02", -2, closures, "2024-12-23");
}

/* Negative counts: the date N working days before, over holidays and
 * closures, and counts that start on a non-working day. */
static void
test_negative_counts (void)
{
  static const char *days[] = { "2025-12-24" };
  g_autoptr(GArray) closures = make_closures (days, G_N_ELEMENTS (days));

  /* 7 working days before Tuesday 6 Jan 2026: 5, 2 Jan, 31, 30, 29 Dec
   * (1 Jan, 25 and 26 Dec are holidays), 24, 23 Dec */
  check_add ("2026-01-06", -7, NULL, "2025-12-23");
  g_assert_cmpint (between_iso ("2026-01-06", "2025-12-23", NULL), ==, -7);
  /* Closed on 24 Dec as well: one more day back */
  check_add ("2026-01-06", -7, closures, "2025-12-22");
  g_assert_cmpint (between_iso ("2026-01-06", "2025-12-22", closures), ==, -7);
  /* Over Easter 2026 (Good Friday 3, Easter Monday 6 April) */
  check_add ("2026-04-08", -3, NULL, "2026-04-01");
  /* Starting on a holiday or a weekend, backwards */
  check_add ("2026-04-06", -1, NULL, "2026-04-02");   /* Easter Monday */
  check_add ("2026-04-04", -1, NULL, "2026-04-02");   /* Saturday */
  g_assert_cmpint (between_iso ("2026-04-06", "2026-04-02", NULL), ==, -1);
  /* Across a year end and a leap day */
  check_add ("2024-03-01", -2, NULL, "2024-02-28");
  check_add ("2021-01-04", -1, NULL, "2020-12-31");
  check_add ("2021-01-04", -3, NULL, "2020-12-29");
  /* 28 Dec is the Boxing Day substitute, 25 Christmas Day */
  check_add ("2021-01-04", -4, NULL, "2020-12-24");
}

/* Counting from a holiday: the start day itself never counts, so both
 * directions agree. */
static void
test_between_from_holiday (void)
{
  /* From Christmas Day 2026 (Friday): 28 Dec is the Boxing Day
   * substitute, so the first working day after is Tuesday 29 */
  g_assert_cmpint (between_iso ("2026-12-25", "2026-12-28", NULL), ==, 0);
  g_assert_cmpint (between_iso ("2026-12-25", "2026-12-29", NULL), ==, 1);
  check_add ("2026-12-25", 1, NULL, "2026-12-29");
  /* From the coronation holiday, Monday 8 May 2023 */
  g_assert_cmpint (between_iso ("2023-05-08", "2023-05-12", NULL), ==, 4);
  /* Backwards to a holiday: the holiday itself does not count */
  g_assert_cmpint (between_iso ("2023-05-09", "2023-05-08", NULL), ==, 0);
  g_assert_cmpint (between_iso ("2023-05-09", "2023-05-05", NULL), ==, -1);
}

static void
check_name (const char *iso,
            const char *expected)
{
  GDate date;

  date_from (iso, &date);
  g_assert_cmpstr (cr_bank_holiday_name (&date), ==, expected);
}

static void
test_holiday_names (void)
{
  check_name ("2024-01-01", "New Year’s Day");
  check_name ("2022-01-03", "New Year’s Day (substitute day)");
  check_name ("2023-01-02", "New Year’s Day (substitute day)");
  check_name ("2025-04-18", "Good Friday");
  check_name ("2025-04-21", "Easter Monday");
  check_name ("2025-05-05", "Early May bank holiday");
  check_name ("2020-05-08", "Early May bank holiday (VE Day)");
  check_name ("2025-05-26", "Spring bank holiday");
  check_name ("2022-06-02", "Spring bank holiday");
  check_name ("2022-06-03", "Platinum Jubilee bank holiday");
  check_name ("2012-06-04", "Spring bank holiday");
  check_name ("2012-06-05", "Diamond Jubilee bank holiday");
  check_name ("2002-06-03", "Golden Jubilee bank holiday");
  check_name ("2002-06-04", "Spring bank holiday");
  check_name ("2025-08-25", "Summer bank holiday");
  check_name ("2022-09-19", "Bank holiday for the State Funeral of Queen Elizabeth II");
  check_name ("2023-05-08", "Bank holiday for the coronation of King Charles III");
  check_name ("2011-04-29", "Royal wedding");
  check_name ("1999-12-31", "Millennium celebrations");
  check_name ("2025-12-25", "Christmas Day");
  check_name ("2025-12-26", "Boxing Day");
  /* 2020: Boxing Day on Saturday */
  check_name ("2020-12-28", "Boxing Day (substitute day)");
  /* 2021: Christmas on Saturday */
  check_name ("2021-12-27", "Christmas Day (substitute day)");
  check_name ("2021-12-28", "Boxing Day (substitute day)");
  /* 2022: Christmas on Sunday */
  check_name ("2022-12-26", "Boxing Day");
  check_name ("2022-12-27", "Christmas Day (substitute day)");
  /* Not holidays */
  check_name ("2021-12-25", NULL);
  check_name ("2024-06-11", NULL);
  check_name ("2101-12-25", NULL);

  /* Every holiday of the GOV.UK list has a name */
  for (guint i = 0; i < G_N_ELEMENTS (gov_uk_holidays); i++)
    {
      GDate date;

      date_from (gov_uk_holidays[i], &date);
      g_assert_nonnull (cr_bank_holiday_name (&date));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/working-days/gov-uk-2018-2027", test_gov_uk_2018_2027);
  g_test_add_func ("/working-days/weekend-christmas", test_weekend_christmas);
  g_test_add_func ("/working-days/one-off-changes", test_one_off_changes);
  g_test_add_func ("/working-days/easter", test_easter);
  g_test_add_func ("/working-days/years-1990-2100", test_years_1990_2100);
  g_test_add_func ("/working-days/outside-range", test_outside_range);
  g_test_add_func ("/working-days/leap-years", test_leap_years);
  g_test_add_func ("/working-days/year-ends", test_year_ends);
  g_test_add_func ("/working-days/add-and-between", test_add_and_between);
  g_test_add_func ("/working-days/start-on-holiday", test_start_on_holiday);
  g_test_add_func ("/working-days/round-trip", test_round_trip);
  g_test_add_func ("/working-days/closures", test_closures);
  g_test_add_func ("/working-days/negative-counts", test_negative_counts);
  g_test_add_func ("/working-days/between-from-holiday", test_between_from_holiday);
  g_test_add_func ("/working-days/holiday-names", test_holiday_names);

  return g_test_run ();
}
