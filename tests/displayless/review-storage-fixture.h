/* review-storage-fixture.h: the fixture of the review workspace's storage
 * tests (test-review-storage, test-report-storage): a database file in a
 * temporary folder with three agencies (one archived) and two cases, the
 * first walked to a review status. Header-only, as storage-test-helpers.h. */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-database-review.h"
#include "cr-util.h"
#include "storage-test-helpers.h"

G_BEGIN_DECLS

typedef struct
{
  char       *dir;
  char       *path;
  CrDatabase *db;
  gint64      police;     /* agency ids */
  gint64      health;
  gint64      archived;
  gint64      case_id;    /* walked to the status the test asked for */
  gint64      other_case;
} ReviewFixture;

/* ---- Synchronous wrappers ------------------------------------------------------ */

static inline GPtrArray *
sync_list_records (CrDatabase  *db,
                   GType        type,
                   gint64       case_id,
                   GError     **error)
{
  SYNC_BEGIN;
  cr_database_list_records_async (db, type, case_id, NULL, cr_database_sync_cb, &res);
  return cr_database_list_records_finish (db, SYNC_WAIT, error);
}

static inline CrRecord *
sync_save_record (CrDatabase  *db,
                  CrRecord    *record,
                  GError     **error)
{
  SYNC_BEGIN;
  cr_database_save_record_async (db, record, NULL, cr_database_sync_cb, &res);
  return cr_database_save_record_finish (db, SYNC_WAIT, error);
}

static inline gboolean
sync_delete_record (CrDatabase  *db,
                    CrRecord    *record,
                    GError     **error)
{
  SYNC_BEGIN;
  cr_database_delete_record_async (db, record, NULL, cr_database_sync_cb, &res);
  return cr_database_delete_record_finish (db, SYNC_WAIT, error);
}

/* ---- Helpers --------------------------------------------------------------------- */

/* Today minus @days, "YYYY-MM-DD". */
static inline char *
days_ago (int days)
{
  GDate date;

  cr_date_set_today (&date);
  if (days >= 0)
    g_date_subtract_days (&date, days);
  else
    g_date_add_days (&date, -days);
  return cr_date_to_iso (&date);
}

static inline char *
id_text (gint64 id)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, id);
}

/* A shortest path of legal transitions (BFS over the state machine). */
static inline CrCase *
walk_to (CrDatabase   *db,
         gint64        id,
         CrCaseStatus  to)
{
  int previous[CR_CASE_STATUS_LAST + 1];
  g_autoptr(GArray) path = g_array_new (FALSE, FALSE, sizeof (CrCaseStatus));
  GQueue queue = G_QUEUE_INIT;
  CrCase *kase = NULL;

  for (guint i = 0; i <= CR_CASE_STATUS_LAST; i++)
    previous[i] = -2;
  previous[CR_CASE_STATUS_REFERRED] = -1;
  g_queue_push_tail (&queue, GUINT_TO_POINTER (CR_CASE_STATUS_REFERRED));
  while (!g_queue_is_empty (&queue))
    {
      CrCaseStatus current = GPOINTER_TO_UINT (g_queue_pop_head (&queue));

      for (CrCaseStatus next = 0; next <= CR_CASE_STATUS_LAST; next++)
        if (next != CR_CASE_STATUS_PAUSED && previous[next] == -2 &&
            cr_case_status_can_transition (current, next, CR_CASE_STATUS_REFERRED))
          {
            previous[next] = current;
            g_queue_push_tail (&queue, GUINT_TO_POINTER (next));
          }
    }
  g_assert_cmpint (previous[to], !=, -2);
  for (int s = to; s != CR_CASE_STATUS_REFERRED; s = previous[s])
    g_array_prepend_val (path, s);

  for (guint i = 0; i < path->len; i++)
    {
      g_autoptr(GError) error = NULL;

      g_clear_object (&kase);
      kase = sync_transition (db, id, g_array_index (path, CrCaseStatus, i), &error);
      g_assert_no_error (error);
    }
  return kase;
}

/* The number @sql counts in the fixture's file, read outside CrDatabase. */
static inline gint64
count_rows (ReviewFixture *fixture,
            const char    *sql)
{
  sqlite3 *raw = open_raw (fixture->path);
  gint64 n = query_int_raw (raw, sql);

  sqlite3_close (raw);
  return n;
}

static inline void
exec_on_file (ReviewFixture *fixture,
              const char    *sql)
{
  sqlite3 *raw = open_raw (fixture->path);

  exec_raw (raw, sql);
  sqlite3_close (raw);
}

/* ---- The fixture ----------------------------------------------------------------- */

/* Returns the first case as walked to @status (transfer full). */
static inline CrCase *
review_fixture_set_up (ReviewFixture *fixture,
                       CrCaseStatus   status)
{
  g_autoptr(CrCase) kase = NULL;
  g_autoptr(CrCase) other = NULL;
  CrCase *moved;
  g_autoptr(CrAgency) police = NULL;
  g_autoptr(CrAgency) health = NULL;
  g_autoptr(CrAgency) archived = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = cr_test_make_tmpdir ();
  fixture->path = g_build_filename (fixture->dir, "reviews.db", NULL);
  fixture->db = cr_test_open_database (fixture->path);

  police = sync_create_agency (fixture->db, "Northshire Police", CR_AGENCY_SECTOR_POLICE, &error);
  g_assert_no_error (error);
  health = sync_create_agency (fixture->db, "Health visiting", CR_AGENCY_SECTOR_HEALTH, &error);
  g_assert_no_error (error);
  archived = sync_create_agency (fixture->db, "Old Trust", CR_AGENCY_SECTOR_HEALTH, &error);
  g_assert_no_error (error);
  fixture->police = cr_agency_get_id (police);
  fixture->health = cr_agency_get_id (health);
  fixture->archived = cr_agency_get_id (archived);
  exec_on_file (fixture, "UPDATE agencies SET archived = 1 WHERE name = 'Old Trust'");

  kase = store_case (fixture->db, "CR-2026-001");
  other = store_case (fixture->db, "CR-2026-002");
  fixture->case_id = cr_case_get_id (kase);
  fixture->other_case = cr_case_get_id (other);
  moved = walk_to (fixture->db, fixture->case_id, status);
  g_assert_cmpint (cr_case_get_status (moved), ==, status);
  return moved;
}

static inline void
review_fixture_tear_down (ReviewFixture *fixture)
{
  cr_database_close (fixture->db);
  g_clear_object (&fixture->db);
  cr_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

G_END_DECLS
