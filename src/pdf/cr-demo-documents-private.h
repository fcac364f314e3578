/* cr-demo-documents-private.h: the demo chronologies and agency reports */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-chronology-mapping.h"
#include "cr-report.h"

G_BEGIN_DECLS

#define CR_DEMO_MAX_CHRONOLOGIES 3
#define CR_DEMO_MAX_REPORTS      2

/* How an agency writes its dates (so the demo shows each form read). */
typedef enum
{
  CR_DEMO_DATES_SLASHES_TIME,   /* one column "03/02/2026 14:30" */
  CR_DEMO_DATES_WORDS,          /* "3 Feb 2026" and a time column */
  CR_DEMO_DATES_ISO,            /* "2026-02-03", no time */
  CR_DEMO_DATES_SLASHES,        /* "03/02/2026" and a time column */
} CrDemoDates;

/* One row of an agency's file. @day is days after the incident (negative:
 * before). @bad_date, when set, is written instead of the date (a row the
 * import sets aside). */
typedef struct
{
  int         day;
  const char *time;      /* "14:30" or NULL */
  const char *event;     /* "" for a row without one (set aside) */
  const char *author;
  const char *source;
  const char *bad_date;
} CrDemoEntry;

typedef struct
{
  const char        *agency;      /* the demo agency's name */
  const char        *filename;
  CrDemoDates        dates;
  const CrDemoEntry *entries;     /* ends with a NULL event */
} CrDemoChronology;

typedef struct
{
  const char  *agency;
  const char  *filename;
  const char  *author;       /* who wrote it: a role */
  const char  *involvement;
  const char  *analysis;
  const char  *learning[4];  /* NULL-terminated */
  int          received;     /* days after the incident */
  const char  *version;
} CrDemoReport;

typedef struct
{
  const char             *pseudonym;   /* the demo case */
  CrDemoChronology        chronologies[CR_DEMO_MAX_CHRONOLOGIES];
  CrDemoReport            reports[CR_DEMO_MAX_REPORTS];
} CrDemoReviewFiles;

const CrDemoReviewFiles *_cr_demo_documents_get_cases (guint *n_cases);

/* The agency's file as CSV text, dated from @incident, and the mapping
 * that reads it. */
GBytes   *_cr_demo_chronology_to_csv     (const CrDemoChronology *chronology,
                                          const GDate            *incident,
                                          CrChronologyMapping   **mapping);
/* The agency's report as a small PDF report. */
CrReport *_cr_demo_report_build          (const CrDemoReport     *spec,
                                          const char             *reference,
                                          const char             *pseudonym);

G_END_DECLS
