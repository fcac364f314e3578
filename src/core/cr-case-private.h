/* cr-case-private.h: CrCase internals shared by its source files */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-case.h"

G_BEGIN_DECLS

/* The string columns the case register sorts by. */
typedef enum {
  CR_CASE_SORT_KEY_REFERENCE,
  CR_CASE_SORT_KEY_PSEUDONYM,
  CR_CASE_SORT_KEY_AGENCIES,
  CR_CASE_SORT_KEY_THEMES,
  CR_CASE_N_SORT_KEYS
} CrCaseSortKey;

struct _CrCase
{
  GObject       parent_instance;

  gint64        id;
  char         *reference;
  char         *pseudonym;
  char         *summary;
  char         *incident_date;
  char         *aware_date;
  char         *notified_date;
  char         *decision_date;
  char         *publication_date;
  char         *partners_informed_date;
  char         *rr_sent_date;
  char         *planned_publication_date;
  char         *copies_sent_date;
  char         *pauses;
  char         *agencies;
  char         *themes;
  char         *created_at;
  char         *updated_at;

  /* Derived */
  char         *next_deadline;
  const char   *next_deadline_label;   /* translated, static */
  char         *search_key;            /* casefolded, built on demand */
  char         *sort_keys[CR_CASE_N_SORT_KEYS];  /* collation keys, built on demand */
  int           year;
  int           days_left;
  gboolean      deadline_valid;        /* next_deadline, its label and days_left */
  gboolean      deadline_working;      /* days_left counts working days */

  CrCaseStatus  status;
  CrCaseStatus  paused_from;
  CrReviewType  review_type;
};

typedef enum {
  CR_CASE_PROP_0,
  CR_CASE_PROP_ID,
  CR_CASE_PROP_REFERENCE,
  CR_CASE_PROP_PSEUDONYM,
  CR_CASE_PROP_STATUS,
  CR_CASE_PROP_PAUSED_FROM,
  CR_CASE_PROP_REVIEW_TYPE,
  CR_CASE_PROP_SUMMARY,
  CR_CASE_PROP_INCIDENT_DATE,
  CR_CASE_PROP_AWARE_DATE,
  CR_CASE_PROP_NOTIFIED_DATE,
  CR_CASE_PROP_DECISION_DATE,
  CR_CASE_PROP_PUBLICATION_DATE,
  CR_CASE_PROP_AGENCIES,
  CR_CASE_PROP_THEMES,
  CR_CASE_PROP_CREATED_AT,
  CR_CASE_PROP_UPDATED_AT,
  CR_CASE_PROP_YEAR,
  CR_CASE_PROP_NEXT_DEADLINE,
  CR_CASE_PROP_NEXT_DEADLINE_LABEL,
  CR_CASE_PROP_DAYS_LEFT,
  CR_CASE_PROP_PARTNERS_INFORMED_DATE,
  CR_CASE_PROP_RR_SENT_DATE,
  CR_CASE_PROP_PLANNED_PUBLICATION_DATE,
  CR_CASE_PROP_COPIES_SENT_DATE,
  CR_CASE_PROP_PAUSES,
  CR_CASE_N_PROPS
} CrCaseProp;

extern GParamSpec *_cr_case_properties[CR_CASE_N_PROPS];

/* The stored fields of a case, as storage reads them (borrowed). */
typedef struct
{
  gint64        id;
  const char   *reference;
  const char   *pseudonym;
  CrCaseStatus  status;
  CrCaseStatus  paused_from;
  CrReviewType  review_type;
  const char   *summary;
  const char   *incident_date;
  const char   *aware_date;
  const char   *notified_date;
  const char   *decision_date;
  const char   *publication_date;
  const char   *created_at;
  const char   *updated_at;
  const char   *agencies;
  const char   *themes;
  /* Schema 5 */
  const char   *partners_informed_date;
  const char   *rr_sent_date;
  const char   *planned_publication_date;
  const char   *copies_sent_date;
  const char   *pauses;            /* "START..END;START.." from case_pauses */
} CrCaseRow;

/* cr-case.c */
gboolean _cr_case_replace_string         (char            **field,
                                          const char       *value);
/* A new case holding copies of @row's fields, as if set one by one, but
 * without notify; its deadline is computed when first read. */
CrCase  *_cr_case_new_from_row           (const CrCaseRow  *row);
/* The collation key of a string column, casefolded ("" for none), built
 * on demand and kept until a string column changes: comparing two with
 * strcmp() orders the cases as GtkStringSorter with ignore-case does.
 * Main thread only. */
const char *_cr_case_get_sort_key        (CrCase           *self,
                                          CrCaseSortKey     key);

/* cr-case-dates.c: the deadline fields are computed lazily (see there). */
void     _cr_case_init_deadline_observers (void);
void     _cr_case_get_today              (GDate            *today);
int      _cr_case_compute_year           (const char       *aware_date,
                                          const char       *incident_date);
gboolean _cr_case_deadline_observed      (CrCase           *self);
void     _cr_case_ensure_deadline        (CrCase           *self);
void     _cr_case_update_deadline        (CrCase           *self,
                                          const GDate      *today);
gboolean _cr_case_begin_deadline_change  (CrCase           *self);
void     _cr_case_end_deadline_change    (CrCase           *self,
                                          gboolean          observed);
/* The deadline rules or policy changed: recomputes the deadline fields
 * now (with notify) when they are observed, else marks them stale. */
void     _cr_case_invalidate_deadline    (CrCase           *self);

G_END_DECLS
