/* cr-demo-data-private.h: the tables of the demo data set */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cr-database.h"
#include "cr-enums.h"
#include "cr-report-section.h"

G_BEGIN_DECLS

/* Markers for restricted fields that were asked about but are not known,
 * or that the person declined to give. NULL leaves a field unrecorded. */
#define CR_DEMO_NOT_KNOWN "\001not-known"
#define CR_DEMO_DECLINED  "\001declined"

#define CR_DEMO_MAX_INVOLVEMENTS 5
#define CR_DEMO_MAX_THEMES       4
#define CR_DEMO_MAX_CHILDREN     3
#define CR_DEMO_MAX_FAMILY       4

typedef struct
{
  const char     *name;
  CrAgencySector  sector;
  const char     *contact_name;
  const char     *contact_email;
  const char     *contact_phone;
  gboolean        archived;
} CrDemoAgency;

/* A child (relationship NULL) or a family member. Every name is invented. */
typedef struct
{
  const char *pseudonym;
  const char *relationship;
  const char *name;
  int         age_days;     /* age on the incident date; 0: date of birth not known */
  const char *age;          /* years, for a child whose date of birth is not known */
  const char *sex;
  const char *ethnicity;
  const char *disability;
  const char *looked_after;
  const char *cin_cp_plan;
  const char *address;
} CrDemoPerson;

typedef struct
{
  guint       agency;       /* 1-based index into the agencies; 0 ends the list */
  const char *role;
} CrDemoInvolvement;

/* Dates are days before today; 0 leaves the date unset. */
typedef struct
{
  const char        *pseudonym;
  CrCaseStatus       status;
  CrCaseStatus       paused_from;
  CrReviewType       review_type;
  const char        *summary;
  int                incident;
  int                aware;
  int                notified;
  int                decision;
  int                publication;
  CrDemoInvolvement  involvements[CR_DEMO_MAX_INVOLVEMENTS];
  const char        *themes[CR_DEMO_MAX_THEMES];
  CrDemoPerson       children[CR_DEMO_MAX_CHILDREN];
  CrDemoPerson       family[CR_DEMO_MAX_FAMILY];
} CrDemoCase;

/* The reference prefix of the demo cases: “NB-2026-001”. */
#define CR_DEMO_REFERENCE_PREFIX "NB"

const CrDemoAgency *_cr_demo_data_get_agencies (guint *n_agencies);
const CrDemoCase   *_cr_demo_data_get_cases    (guint *n_cases);

/* cr-demo-data-reviews.c: the referral record, rapid review, parallel
 * processes and pause periods of the demo case @index (0-based), just
 * written as @case_id, where the data set has them. Synchronous: the
 * caller's thread-default context must be free for cr_database_wait(). */
gboolean            _cr_demo_data_write_reviews (CrDatabase        *db,
                                                 GCancellable      *cancellable,
                                                 gint64             case_id,
                                                 guint              index,
                                                 const CrDemoCase  *spec,
                                                 const GDate       *today,
                                                 GArray            *agency_ids,
                                                 GArray            *archived,
                                                 GError           **error);

/* cr-demo-data-workspace.c: the review workspace (reviewers, terms of
 * reference, panel, plan, evidence requests, meetings, family contacts)
 * of the demo case @index, just written as @case_id, where the data set
 * has one. Synchronous, like _cr_demo_data_write_reviews(). */
gboolean            _cr_demo_data_write_workspace (CrDatabase        *db,
                                                   GCancellable      *cancellable,
                                                   gint64             case_id,
                                                   guint              index,
                                                   const CrDemoCase  *spec,
                                                   const GDate       *today,
                                                   GArray            *agency_ids,
                                                   GError           **error);

/* cr-demo-data-report-text.c: the text of a demo report's sections.
 * @first is the section in the first saved version (NULL: not written
 * yet), @text as it is now. */
typedef struct
{
  CrReportSection  section;
  const char      *first;
  const char      *text;
} CrDemoReportText;

/* The sections of the demo case @pseudonym's report, or NULL. */
const CrDemoReportText *_cr_demo_report_get_text (const char *pseudonym,
                                                  guint      *n_sections);

/* cr-demo-data-report.c: the review report of the demo case @index (its
 * sections and versions, findings, recommendations, identifier register,
 * 7-minute briefing and a delivery of it), just written as @case_id,
 * where the data set has one. Synchronous, like
 * _cr_demo_data_write_reviews(). The findings' evidence is linked once
 * the chronology is there (cr_demo_data_write_report_evidence()). */
gboolean            _cr_demo_data_write_report (CrDatabase        *db,
                                                GCancellable      *cancellable,
                                                gint64             case_id,
                                                guint              index,
                                                const CrDemoCase  *spec,
                                                const GDate       *today,
                                                GArray            *agency_ids,
                                                GError           **error);

G_END_DECLS
