/* bench-chronology-merge.c: merging 10 agencies' chronologies of 5,000 entries
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Times cr_chronology_set_entries() (merge order and duplicates) on 10 ×
 * 5,000 entries with realistic texts, over three years, about 5% of them
 * telling another agency's event again in other words. Beside it, in the
 * same run and on the same rows, two baselines that only sort: SQLite in
 * memory (CREATE TABLE, INSERT in a transaction, SELECT … ORDER BY day,
 * minutes, agency, row) and qsort() of plain structs. Each figure is the
 * median of 5 runs.
 *
 * Then the worst case for finding duplicates, which compares the entries
 * of a day with each other: 20,000 entries of 4 agencies all on one day,
 * with the same realistic texts, and again with one text for all (a
 * hostile file, where the search stops at its limit), beside qsort() of
 * the same rows.
 *
 * Needs no display: ./build/tests/bench/bench-chronology-merge [AGENCIES [ENTRIES]]
 */

#include "config.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "cr-chronology.h"

#define RUNS 5

static const char * const agencies[] = {
  "Ambulance Service", "CAMHS", "Children's Social Care", "Early Help", "GP Surgery",
  "Health Visiting", "Housing", "Police", "Probation", "School",
};

static const char * const openings[] = {
  "Home visit by", "Telephone call from", "Strategy discussion with", "Email received from",
  "Appointment attended with", "Missed appointment with", "Referral made to",
  "Case note recorded by", "Professionals meeting chaired by", "Unannounced visit by",
};
static const char * const people[] = {
  "the social worker", "the health visitor", "the GP", "the class teacher", "PC 1234",
  "the family support worker", "the duty manager", "the school nurse", "the housing officer",
};
static const char * const subjects[] = {
  "mother and baby seen", "concerns raised about bruising to the child's left arm",
  "father not present, mother said he had moved out", "child not brought to the appointment",
  "neighbour reported shouting and a child crying late at night",
  "mother disclosed domestic abuse", "weight below the second centile",
  "school attendance low this term", "safety plan reviewed with the family",
  "older sibling spoke about arguments at home", "home conditions poor, no food in the fridge",
  "injury explained as a fall from the sofa", "mother tearful, low mood reported",
  "maternal grandmother now living at the address", "dog bite to the child's hand treated",
};
static const char * const outcomes[] = {
  "advice given", "referral to the paediatrician", "strategy meeting agreed within two working days",
  "letter sent home", "follow-up visit booked for next week", "shared with the GP",
  "no further action at this stage", "information passed to children's social care",
  "refuge details given", "manager informed the same day", "child protection medical arranged",
  "case to be discussed at supervision",
};
static const char * const names[] = {
  "Child A", "Child B", "Mother", "Father", "Ms C", "Mr D", "Baby E", "Sibling F",
};
static const char * const rewordings[] = {
  "Visit: ", "Note - ", "Record of ", "Update: ",
};

typedef struct
{
  guint32 julian;
  int     minutes;
  guint   agency;     /* index in agencies, which are in name order */
  guint   row;
  gint64  id;
} Plain;

static int
compare_plain (const void *a,
               const void *b)
{
  const Plain *x = a, *y = b;

  if (x->julian != y->julian)
    return x->julian < y->julian ? -1 : 1;
  if (x->minutes != y->minutes)
    return x->minutes < y->minutes ? -1 : 1;
  if (x->agency != y->agency)
    return x->agency < y->agency ? -1 : 1;
  if (x->row != y->row)
    return x->row < y->row ? -1 : 1;
  return (x->id > y->id) - (x->id < y->id);
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values)
{
  qsort (values, RUNS, sizeof (double), compare_doubles);
  return values[RUNS / 2];
}

static GPtrArray *
make_entries (guint n_agencies,
              guint per_agency)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func (g_object_unref);
  GRand *rand = g_rand_new_with_seed (20210203);
  GDate start;
  gint64 id = 1;

  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 1, G_DATE_JANUARY, 2019);

  for (guint a = 0; a < n_agencies; a++)
    for (guint row = 2; row < per_agency + 2; row++)
      {
        CrChronologyEntry *entry = cr_chronology_entry_new ();
        GDate date = start;
        g_autofree char *event = NULL;
        int minutes;

        /* About 5%: another agency's event of the same day, reworded. */
        if (entries->len > 0 && a > 0 && g_rand_int_range (rand, 0, 100) < 5)
          {
            CrChronologyEntry *other = g_ptr_array_index (entries, g_rand_int_range (rand, 0, (gint32) entries->len));

            cr_chronology_entry_get_date (other, &date);
            event = g_strconcat (rewordings[g_rand_int_range (rand, 0, G_N_ELEMENTS (rewordings))],
                                 cr_chronology_entry_get_event (other), NULL);
          }
        else
          {
            g_date_add_days (&date, (guint) g_rand_int_range (rand, 0, 3 * 365));
            event = g_strdup_printf ("%s %s about %s: %s; %s (ref %u)",
                                     openings[g_rand_int_range (rand, 0, G_N_ELEMENTS (openings))],
                                     people[g_rand_int_range (rand, 0, G_N_ELEMENTS (people))],
                                     names[g_rand_int_range (rand, 0, G_N_ELEMENTS (names))],
                                     subjects[g_rand_int_range (rand, 0, G_N_ELEMENTS (subjects))],
                                     outcomes[g_rand_int_range (rand, 0, G_N_ELEMENTS (outcomes))],
                                     (guint) g_rand_int_range (rand, 1000, 99999));
          }

        minutes = g_rand_int_range (rand, 0, 10) < 3 ? -1 : g_rand_int_range (rand, 7 * 60, 22 * 60);

        cr_chronology_entry_set_id (entry, id++);
        cr_chronology_entry_set_agency_id (entry, a + 1);
        cr_chronology_entry_set_agency_name (entry, agencies[a % G_N_ELEMENTS (agencies)]);
        cr_chronology_entry_set_import_id (entry, a + 1);
        cr_chronology_entry_set_row (entry, row);
        cr_chronology_entry_set_date (entry, &date);
        cr_chronology_entry_set_minutes (entry, minutes);
        cr_chronology_entry_set_event (entry, event);
        cr_chronology_entry_set_author (entry, people[row % G_N_ELEMENTS (people)]);
        g_ptr_array_add (entries, entry);
      }

  g_rand_free (rand);

  /* The order the database hands them over in does not matter; shuffle. */
  rand = g_rand_new_with_seed (7);
  for (guint i = entries->len - 1; i > 0; i--)
    {
      guint j = (guint) g_rand_int_range (rand, 0, (gint32) i + 1);
      gpointer swap = entries->pdata[i];

      entries->pdata[i] = entries->pdata[j];
      entries->pdata[j] = swap;
    }
  g_rand_free (rand);

  return entries;
}

static double
time_merge (GPtrArray *entries,
            guint     *n_duplicates)
{
  g_autoptr(CrChronology) chronology = cr_chronology_new ();
  gint64 start = g_get_monotonic_time ();

  cr_chronology_set_entries (chronology, entries, NULL);
  *n_duplicates = g_list_model_get_n_items (cr_chronology_get_duplicates (chronology));
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
check (int      status,
       sqlite3 *db)
{
  if (status != SQLITE_OK && status != SQLITE_DONE && status != SQLITE_ROW)
    g_error ("sqlite: %s", sqlite3_errmsg (db));
}

static double
time_sqlite (GPtrArray *entries)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *insert = NULL, *select = NULL;
  gint64 start = g_get_monotonic_time ();
  guint n = 0;

  check (sqlite3_open (":memory:", &db), db);
  check (sqlite3_exec (db, "CREATE TABLE entries (id INTEGER PRIMARY KEY, day INTEGER NOT NULL, "
                           "minutes INTEGER NOT NULL, agency TEXT NOT NULL, import_id INTEGER NOT NULL, "
                           "row INTEGER NOT NULL, event TEXT NOT NULL)", NULL, NULL, NULL), db);
  check (sqlite3_exec (db, "BEGIN", NULL, NULL, NULL), db);
  check (sqlite3_prepare_v2 (db, "INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?)", -1, &insert, NULL), db);

  for (guint i = 0; i < entries->len; i++)
    {
      CrChronologyEntry *entry = g_ptr_array_index (entries, i);

      sqlite3_bind_int64 (insert, 1, cr_chronology_entry_get_id (entry));
      sqlite3_bind_int64 (insert, 2, cr_chronology_entry_get_julian (entry));
      sqlite3_bind_int (insert, 3, cr_chronology_entry_get_minutes (entry));
      sqlite3_bind_text (insert, 4, cr_chronology_entry_get_agency_name (entry), -1, SQLITE_STATIC);
      sqlite3_bind_int64 (insert, 5, cr_chronology_entry_get_import_id (entry));
      sqlite3_bind_int (insert, 6, (int) cr_chronology_entry_get_row (entry));
      sqlite3_bind_text (insert, 7, cr_chronology_entry_get_event (entry), -1, SQLITE_STATIC);
      check (sqlite3_step (insert), db);
      sqlite3_reset (insert);
    }
  sqlite3_finalize (insert);
  check (sqlite3_exec (db, "COMMIT", NULL, NULL, NULL), db);

  check (sqlite3_prepare_v2 (db, "SELECT id FROM entries ORDER BY day, minutes, agency, row",
                             -1, &select, NULL), db);
  while (sqlite3_step (select) == SQLITE_ROW)
    n++;
  sqlite3_finalize (select);
  sqlite3_close (db);

  g_assert_cmpuint (n, ==, entries->len);
  return (g_get_monotonic_time () - start) / 1000.0;
}

static double
time_qsort (GPtrArray *entries)
{
  g_autofree Plain *plain = g_new (Plain, entries->len);
  gint64 start;

  for (guint i = 0; i < entries->len; i++)
    {
      CrChronologyEntry *entry = g_ptr_array_index (entries, i);

      plain[i] = (Plain) {
        cr_chronology_entry_get_julian (entry),
        cr_chronology_entry_get_minutes (entry),
        (guint) cr_chronology_entry_get_agency_id (entry),
        cr_chronology_entry_get_row (entry),
        cr_chronology_entry_get_id (entry),
      };
    }

  start = g_get_monotonic_time ();
  qsort (plain, entries->len, sizeof (Plain), compare_plain);
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* @entries moved to one day; with @alike, one text for all. */
static void
make_one_day (GPtrArray *entries,
              gboolean   alike)
{
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 3, G_DATE_FEBRUARY, 2021);
  for (guint i = 0; i < entries->len; i++)
    {
      cr_chronology_entry_set_date (g_ptr_array_index (entries, i), &day);
      if (alike)
        cr_chronology_entry_set_event (g_ptr_array_index (entries, i),
                                       "Home visit by the social worker, mother and baby seen");
    }
}

static void
bench_one_day (gboolean alike)
{
  g_autoptr(GPtrArray) entries = make_entries (4, 5000);
  double merge[RUNS], sorted[RUNS];
  guint n_duplicates = 0;

  make_one_day (entries, alike);
  for (guint run = 0; run < RUNS; run++)
    {
      merge[run] = time_merge (entries, &n_duplicates);
      sorted[run] = time_qsort (entries);
    }

  g_print ("merge 4x5000 on one day%s: %.1f ms (baseline qsort: %.1f ms); likely duplicates: %u\n",
           alike ? ", one text for all" : "", median (merge), median (sorted), n_duplicates);
}

int
main (int   argc,
      char *argv[])
{
  guint n_agencies = argc > 1 ? (guint) atoi (argv[1]) : 10;
  guint per_agency = argc > 2 ? (guint) atoi (argv[2]) : 5000;
  g_autoptr(GPtrArray) entries = NULL;
  double merge[RUNS], sqlite[RUNS], sorted[RUNS];
  guint n_duplicates = 0;

  if (n_agencies < 1 || n_agencies > G_N_ELEMENTS (agencies) || per_agency < 1)
    {
      g_printerr ("usage: %s [AGENCIES (1-10) [ENTRIES PER AGENCY]]\n", argv[0]);
      return 2;
    }

  entries = make_entries (n_agencies, per_agency);

  for (guint run = 0; run < RUNS; run++)
    {
      merge[run] = time_merge (entries, &n_duplicates);
      sqlite[run] = time_sqlite (entries);
      sorted[run] = time_qsort (entries);
    }

  g_print ("merge %ux%u: %.1f ms (baseline sqlite ORDER BY: %.1f ms, qsort: %.1f ms)\n",
           n_agencies, per_agency, median (merge), median (sqlite), median (sorted));
  g_print ("likely duplicates found: %u\n", n_duplicates);

  bench_one_day (FALSE);
  bench_one_day (TRUE);

  return 0;
}
