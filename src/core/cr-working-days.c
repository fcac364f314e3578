/* cr-working-days.c: England and Wales working days */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrWorkingDays"

#include "config.h"

#include "cr-working-days.h"

#include <glib/gi18n.h>
#include <stdlib.h>

/*
 * Bank holidays are computed by rule (Banking and Financial Dealings Act
 * 1971 schedule as applied in England and Wales, with the royal
 * proclamations listed in add_one_offs()) for FIRST_YEAR to LAST_YEAR.
 * Outside that range only weekends are non-working days: the rules are not
 * known for the distant past and cannot be known for the far future.
 *
 * Only the days people actually have off are bank holidays: when Christmas
 * falls on a Saturday, 27 and 28 December are bank holidays and 25
 * December, a Saturday, is simply a weekend day (as on GOV.UK).
 *
 * All the dates are computed once, on first use, into one sorted table of
 * julian days (about 900 entries) with a per-year index, so a lookup is a
 * binary search within one year and counting working days over any range
 * is O(log n) plus the closures inside the range.
 */

#define FIRST_YEAR 1990
#define LAST_YEAR  2100
#define N_YEARS    (LAST_YEAR - FIRST_YEAR + 1)

typedef struct
{
  GArray *days;                 /* guint32 julian days, sorted */
  guint   year_start[N_YEARS + 1];
} HolidayTable;

/*
 * Building the table
 */

static guint32
julian (guint year, guint month, guint day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return g_date_get_julian (&date);
}

/* 0 for Monday ... 6 for Sunday; julian day 1 (1 Jan 0001) was a Monday. */
static inline guint
weekday_index (guint32 jd)
{
  return (jd - 1) % 7;
}

static inline gboolean
is_weekend (guint32 jd)
{
  return weekday_index (jd) >= 5;
}

/* Gregorian Easter Sunday, the anonymous (Meeus/Jones/Butcher) algorithm. */
static guint32
easter_sunday (guint year)
{
  guint a = year % 19;
  guint b = year / 100;
  guint c = year % 100;
  guint d = b / 4;
  guint e = b % 4;
  guint f = (b + 8) / 25;
  guint g = (b - f + 1) / 3;
  guint h = (19 * a + b - d - g + 15) % 30;
  guint i = c / 4;
  guint k = c % 4;
  guint l = (32 + 2 * e + 2 * i - h - k) % 7;
  guint m = (a + 11 * h + 22 * l) / 451;
  guint month = (h + l - 7 * m + 114) / 31;
  guint day = ((h + l - 7 * m + 114) % 31) + 1;

  return julian (year, month, day);
}

static guint32
first_monday (guint year, guint month)
{
  guint32 jd = julian (year, month, 1);

  return jd + (7 - weekday_index (jd)) % 7;
}

static guint32
last_monday (guint year, guint month)
{
  guint32 jd = julian (year, month, g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year));

  return jd - weekday_index (jd);
}

static void
add_day (GArray  *days,
         guint32  jd)
{
  g_assert (!is_weekend (jd));
  g_array_append_val (days, jd);
}

static void
add_new_year (GArray *days,
              guint   year)
{
  guint32 jd = julian (year, 1, 1);

  /* Saturday -> Monday 3rd, Sunday -> Monday 2nd. */
  if (weekday_index (jd) == 5)
    jd += 2;
  else if (weekday_index (jd) == 6)
    jd += 1;

  add_day (days, jd);
}

static void
add_christmas (GArray *days,
               guint   year)
{
  guint32 christmas = julian (year, 12, 25);

  switch (weekday_index (christmas))
    {
    case 4: /* Friday: Boxing Day moves to Monday 28th */
      add_day (days, christmas);
      add_day (days, christmas + 3);
      break;

    case 5: /* Saturday: Monday 27th and Tuesday 28th */
      add_day (days, christmas + 2);
      add_day (days, christmas + 3);
      break;

    case 6: /* Sunday: Boxing Day Monday 26th, Christmas Tuesday 27th */
      add_day (days, christmas + 1);
      add_day (days, christmas + 2);
      break;

    default: /* Monday to Thursday */
      add_day (days, christmas);
      add_day (days, christmas + 1);
      break;
    }
}

static void
add_year (GArray *days,
          guint   year)
{
  guint32 easter = easter_sunday (year);
  guint32 early_may = first_monday (year, 5);
  guint32 spring = last_monday (year, 5);

  add_new_year (days, year);
  add_day (days, easter - 2);   /* Good Friday */
  add_day (days, easter + 1);   /* Easter Monday */

  /* Early May: 1995 moved to 8 May (VE Day 50th anniversary); 2020 moved
   * to Friday 8 May (VE Day 75th anniversary). */
  if (year == 1995)
    early_may = julian (1995, 5, 8);
  else if (year == 2020)
    early_may = julian (2020, 5, 8);
  add_day (days, early_may);

  /* Spring: moved for the Golden (2002), Diamond (2012) and Platinum
   * (2022) Jubilees, each with an extra day next to it. */
  if (year == 2002)
    {
      add_day (days, julian (2002, 6, 3));
      spring = julian (2002, 6, 4);
    }
  else if (year == 2012)
    {
      add_day (days, julian (2012, 6, 4));
      spring = julian (2012, 6, 5);
    }
  else if (year == 2022)
    {
      spring = julian (2022, 6, 2);
      add_day (days, julian (2022, 6, 3));
    }
  add_day (days, spring);

  add_day (days, last_monday (year, 8));   /* Summer */
  add_christmas (days, year);

  /* One-off days by proclamation. */
  if (year == 1999)
    add_day (days, julian (1999, 12, 31));  /* Millennium */
  else if (year == 2011)
    add_day (days, julian (2011, 4, 29));   /* Royal wedding */
  else if (year == 2022)
    add_day (days, julian (2022, 9, 19));   /* State funeral of Elizabeth II */
  else if (year == 2023)
    add_day (days, julian (2023, 5, 8));    /* Coronation of Charles III */
}

static int
compare_julian (gconstpointer a,
                gconstpointer b)
{
  guint32 x = *(const guint32 *) a;
  guint32 y = *(const guint32 *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

static const HolidayTable *
get_table (void)
{
  static HolidayTable *table;

  if (g_once_init_enter (&table))
    {
      HolidayTable *t = g_new0 (HolidayTable, 1);

      t->days = g_array_sized_new (FALSE, FALSE, sizeof (guint32), N_YEARS * 9);

      for (guint year = FIRST_YEAR; year <= LAST_YEAR; year++)
        {
          guint start = t->days->len;

          t->year_start[year - FIRST_YEAR] = start;
          add_year (t->days, year);
          /* Years do not overlap, so sorting each year's slice sorts all. */
          qsort (&g_array_index (t->days, guint32, start), t->days->len - start,
                 sizeof (guint32), compare_julian);
        }
      t->year_start[N_YEARS] = t->days->len;

      g_once_init_leave (&table, t);
    }

  return table;
}

/*
 * Lookups
 */

/* Index of the first element of @array (sorted guint32) that is >= @jd. */
static guint
lower_bound (const guint32 *array,
             guint          len,
             guint32        jd)
{
  guint lo = 0, hi = len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (array[mid] < jd)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

static gboolean
is_bank_holiday_julian (guint32 jd)
{
  const HolidayTable *t = get_table ();
  const guint32 *days = &g_array_index (t->days, guint32, 0);
  GDate date;
  guint year, start, end, i;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, jd);
  year = g_date_get_year (&date);

  if (year < FIRST_YEAR || year > LAST_YEAR)
    return FALSE;

  start = t->year_start[year - FIRST_YEAR];
  end = t->year_start[year - FIRST_YEAR + 1];
  i = start + lower_bound (days + start, end - start, jd);

  return i < end && days[i] == jd;
}

static gboolean
is_closure_julian (guint32  jd,
                   GArray  *closures)
{
  guint i;

  if (closures == NULL || closures->len == 0)
    return FALSE;

  i = lower_bound (&g_array_index (closures, guint32, 0), closures->len, jd);
  return i < closures->len && g_array_index (closures, guint32, i) == jd;
}

static gboolean
is_working_julian (guint32  jd,
                   GArray  *closures)
{
  return !is_weekend (jd) &&
         !is_bank_holiday_julian (jd) &&
         !is_closure_julian (jd, closures);
}

/* Mondays to Fridays in julian days 1 ..= @jd. */
static guint64
weekdays_upto (guint32 jd)
{
  return (guint64) (jd / 7) * 5 + MIN (jd % 7, 5);
}

/* Working days in the inclusive julian range [@a, @b], @a <= @b. */
static guint64
count_working (guint32  a,
               guint32  b,
               GArray  *closures)
{
  const HolidayTable *t = get_table ();
  const guint32 *days = &g_array_index (t->days, guint32, 0);
  guint64 count;
  guint lo, hi;

  g_assert (a >= 1 && a <= b);

  count = weekdays_upto (b) - weekdays_upto (a - 1);

  /* Every bank holiday in the table is a weekday. */
  lo = lower_bound (days, t->days->len, a);
  hi = lower_bound (days, t->days->len, b + 1);
  count -= hi - lo;

  if (closures != NULL && closures->len > 0)
    {
      const guint32 *c = &g_array_index (closures, guint32, 0);
      guint32 previous = 0;

      for (guint i = lower_bound (c, closures->len, a); i < closures->len && c[i] <= b; i++)
        {
          if (c[i] == previous)
            continue;   /* tolerate duplicates */
          previous = c[i];

          if (!is_weekend (c[i]) && !is_bank_holiday_julian (c[i]))
            count--;
        }
    }

  return count;
}

/*
 * Names
 */

/* The name of New Year, Christmas or Boxing Day on @jd, substitute days
 * included, or NULL. */
static const char *
name_new_year_or_christmas (guint   year,
                            guint32 jd)
{
  guint32 new_year = julian (year, 1, 1);
  guint32 christmas = julian (year, 12, 25);

  if (jd == new_year)
    return _("New Year’s Day");
  if (jd > new_year && jd <= new_year + 2)
    return _("New Year’s Day (substitute day)");

  switch (weekday_index (christmas))
    {
    case 4: /* Friday */
      if (jd == christmas + 3)
        return _("Boxing Day (substitute day)");
      break;
    case 5: /* Saturday */
      if (jd == christmas + 2)
        return _("Christmas Day (substitute day)");
      if (jd == christmas + 3)
        return _("Boxing Day (substitute day)");
      break;
    case 6: /* Sunday */
      if (jd == christmas + 1)
        return _("Boxing Day");
      if (jd == christmas + 2)
        return _("Christmas Day (substitute day)");
      break;
    default:
      break;
    }

  if (jd == christmas)
    return _("Christmas Day");
  if (jd == christmas + 1)
    return _("Boxing Day");
  return NULL;
}

/* The name of a bank holiday @jd of @year (known to be one). */
static const char *
name_holiday (guint   year,
              guint32 jd)
{
  guint32 easter = easter_sunday (year);
  const char *name = name_new_year_or_christmas (year, jd);

  if (name != NULL)
    return name;
  if (jd == easter - 2)
    return _("Good Friday");
  if (jd == easter + 1)
    return _("Easter Monday");

  /* The one-off days, as GOV.UK and the proclamations name them. */
  if (jd == julian (1995, 5, 8) || jd == julian (2020, 5, 8))
    return _("Early May bank holiday (VE Day)");
  if (jd == julian (1999, 12, 31))
    return _("Millennium celebrations");
  if (jd == julian (2002, 6, 3))
    return _("Golden Jubilee bank holiday");
  if (jd == julian (2011, 4, 29))
    return _("Royal wedding");
  if (jd == julian (2012, 6, 5))
    return _("Diamond Jubilee bank holiday");
  if (jd == julian (2022, 6, 3))
    return _("Platinum Jubilee bank holiday");
  if (jd == julian (2022, 9, 19))
    return _("Bank holiday for the State Funeral of Queen Elizabeth II");
  if (jd == julian (2023, 5, 8))
    return _("Bank holiday for the coronation of King Charles III");

  if (jd == first_monday (year, 5))
    return _("Early May bank holiday");
  if (jd == last_monday (year, 8))
    return _("Summer bank holiday");
  /* The spring holiday: the last Monday of May, or the day it moved to. */
  return _("Spring bank holiday");
}

/*
 * Public API
 */

/**
 * cr_bank_holiday_name:
 * @date: a valid date
 *
 * Returns: (nullable): the translated name of the bank holiday on @date,
 *   or %NULL when it is not one
 */
const char *
cr_bank_holiday_name (const GDate *date)
{
  guint32 jd;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  jd = g_date_get_julian (date);
  if (!is_bank_holiday_julian (jd))
    return NULL;

  return name_holiday (g_date_get_year (date), jd);
}

gboolean
cr_is_bank_holiday (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  return is_bank_holiday_julian (g_date_get_julian (date));
}

/**
 * cr_is_working_day:
 * @date: a valid date
 * @closures: (nullable) (element-type guint32): sorted julian days on
 *   which the partnership is closed
 *
 * Returns: %TRUE for a Monday to Friday that is neither a bank holiday
 *   nor a closure day
 */
gboolean
cr_is_working_day (const GDate *date,
                   GArray      *closures)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  return is_working_julian (g_date_get_julian (date), closures);
}

/**
 * cr_working_days_add:
 * @start: a valid date
 * @n: working days to count; 0 gives @start itself, even when it is not a
 *   working day; a negative @n counts backwards, giving the date @n
 *   working days before @start
 * @closures: (nullable): sorted julian days of closure
 * @out: (out caller-allocates): the resulting date
 *
 * @start itself never counts, so adding 1 to a Friday gives the next
 * Monday (or the next working day after it), and adding 1 to a Saturday
 * gives the Monday too. The result is always a working day when @n != 0.
 */
void
cr_working_days_add (const GDate *start,
                     int          n,
                     GArray      *closures,
                     GDate       *out)
{
  guint32 jd;
  int step;

  g_return_if_fail (start != NULL && g_date_valid (start));
  g_return_if_fail (out != NULL);

  jd = g_date_get_julian (start);
  step = n < 0 ? -1 : 1;

  for (int remaining = ABS (n); remaining > 0;)
    {
      if (step < 0 && jd <= 1)
        break;     /* the start of the GDate calendar */
      if (step > 0 && jd >= G_MAXUINT32 - 1)
        break;

      jd += step;
      if (is_working_julian (jd, closures))
        remaining--;
    }

  g_date_clear (out, 1);
  g_date_set_julian (out, jd);
}

/**
 * cr_working_days_between:
 * @from: a valid date
 * @to: a valid date
 * @closures: (nullable): sorted julian days of closure
 *
 * When @to is on or after @from: the working days after @from up to and
 * including @to. When @to is before @from: minus the working days from
 * @to (included) up to @from (excluded). Either way
 * cr_working_days_between (d, cr_working_days_add (d, n)) == n for every
 * date d and every n.
 *
 * Returns: the signed count
 */
int
cr_working_days_between (const GDate *from,
                         const GDate *to,
                         GArray      *closures)
{
  guint32 a, b;
  guint64 count;

  g_return_val_if_fail (from != NULL && g_date_valid (from), 0);
  g_return_val_if_fail (to != NULL && g_date_valid (to), 0);

  a = g_date_get_julian (from);
  b = g_date_get_julian (to);

  if (a == b)
    return 0;

  if (b > a)
    {
      count = count_working (a + 1, b, closures);
      return (int) MIN (count, (guint64) G_MAXINT);
    }

  count = count_working (b, a - 1, closures);
  return -(int) MIN (count, (guint64) G_MAXINT);
}
