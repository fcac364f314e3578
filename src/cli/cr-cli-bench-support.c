/* cr-cli-bench-support.c: the benchmark's database, baseline and memory */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrCli"

#include "config.h"

#include "cr-cli-bench.h"
#include "cr-util.h"

#include <glib/gi18n.h>
#include <sqlite3.h>
#include <stdio.h>
#include <sys/resource.h>
#include <unistd.h>

/* Exactly the query CrDatabase's list_cases runs (CASE_SELECT in
 * src/storage/cr-database-cases.c; the agencies and themes summaries are
 * kept in each case row by triggers since schema version 4): the baseline
 * reads the same rows and columns with the bare sqlite3 library. Keep the
 * two in step. */
static const char baseline_sql[] =
  "SELECT c.id, c.reference, c.pseudonym, c.status, c.paused_from, c.review_type,"
  "       c.summary, c.incident_date, c.aware_date, c.notified_date,"
  "       c.decision_date, c.publication_date, c.created_at, c.updated_at,"
  "       c.agencies, c.themes"
  "  FROM cases c ORDER BY c.reference";

/* Two or three distinct agencies, and two or three distinct themes, per
 * case, spread evenly; the triggers audit every row as usual. */
static const char links_sql[] =
  "INSERT INTO involvements (case_id, agency_id, role)"
  "  SELECT c.id, a.id,"
  "         CASE WHEN a.k = c.id % n.n THEN 'Lead agency' ELSE 'Known to agency' END"
  "    FROM cases c,"
  "         (SELECT id, row_number () OVER (ORDER BY id) - 1 AS k FROM agencies) a,"
  "         (SELECT count (*) AS n FROM agencies) n"
  "   WHERE a.k = c.id % n.n"
  "      OR a.k = (c.id + 1 + c.id % 5) % n.n"
  "      OR (c.id % 3 != 0 AND a.k = (c.id + 6 + c.id % 4) % n.n);"
  "INSERT INTO case_themes (case_id, theme_id)"
  "  SELECT c.id, t.id"
  "    FROM cases c,"
  "         (SELECT id, row_number () OVER (ORDER BY id) - 1 AS k FROM themes) t,"
  "         (SELECT count (*) AS n FROM themes) n"
  "   WHERE t.k = c.id % n.n"
  "      OR t.k = (c.id + 1 + c.id % 7) % n.n"
  "      OR (c.id % 2 = 0 AND t.k = (c.id + 10 + c.id % 9) % n.n);";

static const char *bench_agencies[] = {
  "Bench City Council – Children’s Social Care",
  "Bench City Council – Early Help",
  "Bench City Council – Education Safeguarding",
  "Bench Integrated Care Board",
  "Bench General Hospital (emergency department, paediatrics)",
  "Bench Community Health (health visiting)",
  "Bench Medical Practice (GP)",
  "Bench CAMHS",
  "Bench Police – Public Protection Unit",
  "Probation Service – Bench",
  "Bench Youth Justice Service",
  "Bench Academy (designated safeguarding lead)",
};

static const char *bench_summaries[] = {
  "Infant with unexplained bruising seen in the emergency department.",
  "Child found alone at home, malnourished; poor school attendance recorded.",
  "Teenager seriously injured after going missing; exploitation suspected.",
  "Toddler with a head injury; domestic abuse incidents known to police.",
  "Siblings living in severe neglect after a protection plan ended.",
  "Young person died by suicide after referrals to mental health services.",
  "Baby found unresponsive after co-sleeping; parental alcohol use reported.",
  "Disabled child with weight loss after missed health appointments.",
};

/* --------------------------------------------------------------------------
 * Building the database
 */

static void
fill_dates (CrCase       *kase,
            CrCaseStatus  status,
            const GDate  *today,
            guint         base)
{
  gboolean notified = TRUE;
  gboolean decided = TRUE;
  gboolean published = FALSE;
  CrReviewType type = CR_REVIEW_TYPE_UNDECIDED;

  switch (status)
    {
    case CR_CASE_STATUS_REFERRED:
    case CR_CASE_STATUS_NOTIFICATION_DECISION:
    case CR_CASE_STATUS_NOT_NOTIFIABLE:
      notified = decided = FALSE;
      break;
    case CR_CASE_STATUS_NOTIFIED:
    case CR_CASE_STATUS_RAPID_REVIEW:
    case CR_CASE_STATUS_RAPID_REVIEW_NOT_REQUIRED:
      decided = FALSE;
      break;
    case CR_CASE_STATUS_RAPID_REVIEW_DECISION:
    case CR_CASE_STATUS_AWAITING_PANEL:
      break;
    case CR_CASE_STATUS_LCSPR_COMMISSIONING:
    case CR_CASE_STATUS_LCSPR_EVIDENCE:
    case CR_CASE_STATUS_LCSPR_ANALYSIS:
    case CR_CASE_STATUS_LCSPR_SIGN_OFF:
    case CR_CASE_STATUS_PAUSED:
    case CR_CASE_STATUS_PRE_PUBLICATION:
      type = CR_REVIEW_TYPE_LCSPR;
      break;
    case CR_CASE_STATUS_PUBLISHED:
    case CR_CASE_STATUS_PUBLISHED_IMPROVEMENTS:
    case CR_CASE_STATUS_ACTION_MONITORING:
    case CR_CASE_STATUS_DISSEMINATION:
    case CR_CASE_STATUS_CLOSED:
      type = CR_REVIEW_TYPE_LCSPR;
      published = TRUE;
      break;
    case CR_CASE_STATUS_NO_FURTHER_REVIEW:
      type = CR_REVIEW_TYPE_RAPID_REVIEW_ONLY;
      break;
    case CR_CASE_STATUS_OTHER_LEARNING_REVIEW:
      type = CR_REVIEW_TYPE_OTHER_LEARNING_REVIEW;
      break;
    case CR_CASE_STATUS_NATIONAL_REVIEW:
      type = CR_REVIEW_TYPE_NATIONAL;
      break;
    default:
      g_assert_not_reached ();
    }

  /* Days before today, earliest first, so the dates are in order. */
  {
    const struct
    {
      guint     days_ago;
      void    (*set) (CrCase *, const char *);
      gboolean  known;
    } dates[] = {
      { base + 200, cr_case_set_incident_date, TRUE },
      { base + 198, cr_case_set_aware_date, TRUE },
      { base + 194, cr_case_set_notified_date, notified },
      { base + 150, cr_case_set_decision_date, decided },
      { base + 1, cr_case_set_publication_date, published },
    };

    for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
      {
        GDate d = *today;
        g_autofree char *iso = NULL;

        if (!dates[i].known)
          continue;
        g_date_subtract_days (&d, dates[i].days_ago);
        iso = cr_date_to_iso (&d);
        dates[i].set (kase, iso);
      }
  }

  cr_case_set_review_type (kase, type);
}

static CrCase *
build_case (guint        index,
            const GDate *today)
{
  CrCase *kase = cr_case_new ();
  CrCaseStatus status = (CrCaseStatus) (index % (CR_CASE_STATUS_LAST + 1));
  char reference[32];
  char pseudonym[32];

  g_snprintf (reference, sizeof reference, "BENCH-%07u", index + 1);
  g_snprintf (pseudonym, sizeof pseudonym, "Child %c%u", 'A' + (index % 26), index / 26 + 1);
  cr_case_set_reference (kase, reference);
  cr_case_set_pseudonym (kase, pseudonym);
  cr_case_set_summary (kase, bench_summaries[index % G_N_ELEMENTS (bench_summaries)]);
  if (status == CR_CASE_STATUS_PAUSED)
    cr_case_set_paused_from (kase, CR_CASE_STATUS_LCSPR_ANALYSIS);
  cr_case_set_status (kase, status);
  /* About four years of cases, spread over the days. */
  fill_dates (kase, status, today, (index * 7919u) % 1250u);

  return kase;
}

static gboolean
insert_links (gpointer   db,
              gpointer   user_data,
              GError   **error)
{
  char *message = NULL;

  if (sqlite3_exec (db, links_sql, NULL, NULL, &message) != SQLITE_OK)
    {
      g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_FAILED,
                   "Could not link the benchmark cases to agencies and themes (%s)",
                   message != NULL ? message : sqlite3_errmsg (db));
      sqlite3_free (message);
      return FALSE;
    }
  return TRUE;
}

gboolean
_cr_bench_build_database (CrDatabase    *db,
                          guint          n_cases,
                          CrBenchBuild  *build,
                          GError       **error)
{
  g_autoptr(GAsyncResult) res = NULL;
  GDate today;
  gint64 start;

  cr_date_set_today (&today);
  *build = (CrBenchBuild) { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (bench_agencies); i++)
    {
      g_autoptr(CrAgency) agency = cr_agency_new ();
      g_autoptr(CrAgency) created = NULL;

      cr_agency_set_name (agency, bench_agencies[i]);
      cr_agency_set_sector (agency, (CrAgencySector) (i * 6 / G_N_ELEMENTS (bench_agencies)));
      cr_database_create_agency_async (db, agency, NULL, cr_database_sync_cb, &res);
      created = cr_database_create_agency_finish (db, cr_database_wait (&res), error);
      g_clear_object (&res);
      if (created == NULL)
        return FALSE;
    }

  for (guint first = 0; first < n_cases; first += CR_BENCH_BATCH_SIZE)
    {
      guint n = MIN (CR_BENCH_BATCH_SIZE, n_cases - first);
      g_autoptr(GPtrArray) batch = g_ptr_array_new_full (n, g_object_unref);
      gboolean ok;

      for (guint i = 0; i < n; i++)
        g_ptr_array_add (batch, build_case (first + i, &today));

      start = g_get_monotonic_time ();
      cr_database_create_cases_async (db, batch, NULL, cr_database_sync_cb, &res);
      ok = cr_database_create_cases_finish (db, cr_database_wait (&res), error);
      build->create_cases += g_get_monotonic_time () - start;
      build->n_batches++;
      g_clear_object (&res);
      if (!ok)
        return FALSE;
    }

  start = g_get_monotonic_time ();
  cr_database_run_in_transaction_async (db, insert_links, NULL, NULL, NULL,
                                        cr_database_sync_cb, &res);
  if (!cr_database_run_in_transaction_finish (db, cr_database_wait (&res), error))
    return FALSE;
  build->links = g_get_monotonic_time () - start;

  return TRUE;
}

/* --------------------------------------------------------------------------
 * The raw sqlite3 baseline
 */

gint64
_cr_bench_read_raw (const char  *path,
                    guint64     *bytes,
                    GError     **error)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 rows = 0;
  int rc;

  *bytes = 0;

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, baseline_sql, -1, &stmt, NULL);

  while (rc == SQLITE_OK || rc == SQLITE_ROW)
    {
      int n_columns;

      rc = sqlite3_step (stmt);
      if (rc != SQLITE_ROW)
        break;

      n_columns = sqlite3_column_count (stmt);
      for (int c = 0; c < n_columns; c++)
        {
          const unsigned char *text = sqlite3_column_text (stmt, c);

          if (text != NULL)
            *bytes += sqlite3_column_bytes (stmt, c);
        }
      rows++;
    }

  if (rc != SQLITE_DONE)
    {
      g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_FAILED,
                   "The baseline could not read the benchmark database (%s)",
                   db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
      rows = -1;
    }

  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return rows;
}

/* --------------------------------------------------------------------------
 * Memory
 */

guint64
_cr_bench_rss_now (void)
{
  g_autofree char *contents = NULL;
  unsigned long size = 0;
  unsigned long resident = 0;

  if (!g_file_get_contents ("/proc/self/statm", &contents, NULL, NULL) ||
      sscanf (contents, "%lu %lu", &size, &resident) != 2)
    return 0;

  return (guint64) resident * (guint64) sysconf (_SC_PAGESIZE);
}

guint64
_cr_bench_rss_peak (void)
{
  struct rusage usage;

  if (getrusage (RUSAGE_SELF, &usage) != 0)
    return 0;

  /* Linux reports kibibytes. */
  return (guint64) usage.ru_maxrss * 1024;
}
