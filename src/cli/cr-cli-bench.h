/* cr-cli-bench.h: support for “bench register” */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cr-database.h"

G_BEGIN_DECLS

#define CR_BENCH_BATCH_SIZE 5000

/* Timings of building the benchmark database, in microseconds. */
typedef struct
{
  gint64 create_cases;  /* cr_database_create_cases, all batches */
  guint  n_batches;
  gint64 links;         /* agencies and themes of every case */
} CrBenchBuild;

/* Writes @n_cases synthetic, pseudonymised cases (every status, realistic
 * dates) with two or three agencies and two or three themes each into the open,
 * empty @db. */
gboolean  _cr_bench_build_database  (CrDatabase    *db,
                                     guint          n_cases,
                                     CrBenchBuild  *build,
                                     GError       **error);

/* The baseline: the raw sqlite3 library reads every case row, with the
 * same agency and theme summaries as CrDatabase, into nothing. Returns the
 * number of rows read (or -1 with @error set); *bytes gets the text read. */
gint64    _cr_bench_read_raw        (const char    *path,
                                     guint64       *bytes,
                                     GError       **error);

/* Resident memory now, and the peak (ru_maxrss), in bytes; 0 if unknown. */
guint64   _cr_bench_rss_now         (void);
guint64   _cr_bench_rss_peak        (void);

G_END_DECLS
