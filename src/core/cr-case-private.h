/* cr-case-private.h: CrCase internals shared by its source files */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-case.h"

G_BEGIN_DECLS

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
  char         *agencies;
  char         *themes;
  char         *created_at;
  char         *updated_at;

  /* Derived */
  char         *next_deadline;
  const char   *next_deadline_label;   /* translated, static */
  char         *search_key;            /* casefolded, built on demand */
  int           year;
  int           days_left;

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
  CR_CASE_N_PROPS
} CrCaseProp;

extern GParamSpec *_cr_case_properties[CR_CASE_N_PROPS];

gboolean _cr_case_replace_string  (char        **field,
                                   const char   *value);
void     _cr_case_update_deadline (CrCase       *self,
                                   const GDate  *today);

G_END_DECLS
