/* cr-review-report.h: everything the final report is made from */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cr-case.h"
#include "cr-briefing.h"
#include "cr-chronology-entry.h"
#include "cr-finding.h"
#include "cr-recommendation.h"
#include "cr-report-section.h"
#include "cr-rich-text.h"

G_BEGIN_DECLS

/*
 * A snapshot of a case's report, read in one transaction by
 * cr_database_load_review_report_async (cr-database-report.h) or built
 * by tests: the case, the text of each section, the findings with the
 * chronology entries that evidence them, the recommendations, the
 * reviewers' names, the partnership's name (from the settings: the
 * caller sets it) and the 7-minute briefing. The PDF and ODT writers,
 * the briefing and the anonymisation check read it. Immutable once
 * built; safe to hand to a worker thread.
 */

#define CR_TYPE_REVIEW_REPORT (cr_review_report_get_type())

G_DECLARE_FINAL_TYPE (CrReviewReport, cr_review_report, CR, REVIEW_REPORT, GObject)

CrReviewReport *cr_review_report_new                 (CrCase          *kase);

CrCase         *cr_review_report_get_case            (CrReviewReport  *self);
const char     *cr_review_report_get_partnership     (CrReviewReport  *self);
void            cr_review_report_set_partnership     (CrReviewReport  *self,
                                                      const char      *name);
/* "Local Child Safeguarding Practice Review: Baby H" unless set. */
char           *cr_review_report_dup_title           (CrReviewReport  *self);
void            cr_review_report_set_title           (CrReviewReport  *self,
                                                      const char      *title);

/* Never NULL: an empty text for a section not written. */
CrRichText     *cr_review_report_get_section         (CrReviewReport  *self,
                                                      CrReportSection  section);
void            cr_review_report_set_section         (CrReviewReport  *self,
                                                      CrReportSection  section,
                                                      CrRichText      *text);
/* Sections with some text, and the words in them. */
guint           cr_review_report_count_written       (CrReviewReport  *self,
                                                      guint           *n_words);

/* CrFinding, position order. */
GPtrArray      *cr_review_report_get_findings        (CrReviewReport  *self);
void            cr_review_report_add_finding         (CrReviewReport  *self,
                                                      CrFinding       *finding);
/* CrChronologyEntry linked to finding @finding_id (in date order), or
 * an empty array. */
GPtrArray      *cr_review_report_get_evidence        (CrReviewReport  *self,
                                                      gint64           finding_id);
void            cr_review_report_add_evidence        (CrReviewReport  *self,
                                                      gint64           finding_id,
                                                      CrChronologyEntry *entry);
/* CrRecommendation, position order. */
GPtrArray      *cr_review_report_get_recommendations (CrReviewReport  *self);
void            cr_review_report_add_recommendation  (CrReviewReport  *self,
                                                      CrRecommendation *recommendation);
/* Reviewers' names, as added ("Dr Alex Morgan"). */
const char * const *cr_review_report_get_reviewers   (CrReviewReport  *self);
void            cr_review_report_add_reviewer        (CrReviewReport  *self,
                                                      const char      *name);
/* The briefing, or NULL when none was drafted. */
CrBriefing     *cr_review_report_get_briefing        (CrReviewReport  *self);
void            cr_review_report_set_briefing        (CrReviewReport  *self,
                                                      CrBriefing      *briefing);
/* A draft is marked as such on every page ("DRAFT"). */
gboolean        cr_review_report_get_draft           (CrReviewReport  *self);
void            cr_review_report_set_draft           (CrReviewReport  *self,
                                                      gboolean         draft);
/* "YYYY-MM-DD" shown on the title page: the publication date, else the
 * planned one, else today. */
char           *cr_review_report_dup_date            (CrReviewReport  *self);

/* What the PDF and ODT writers show, the same way in both: */
/* Whether @section is in the report: every section of a draft; in a
 * final report those written, and the findings and recommendations
 * sections when they have a table. Never the title page. */
gboolean        cr_review_report_includes_section    (CrReviewReport  *self,
                                                      CrReportSection  section);
/* A draft's sections keep their fixed numbers; a final report numbers
 * the numbered sections included 1, 2, 3… with no gap. 0 when @section
 * is not numbered or not included. */
guint           cr_review_report_get_section_number  (CrReviewReport  *self,
                                                      CrReportSection  section);
/* "February 2021 · Police · KPE" for each entry evidencing finding
 * @finding_id, in date order: month and year only, never the entry's
 * text. */
GStrv           cr_review_report_dup_evidence_lines  (CrReviewReport  *self,
                                                      gint64           finding_id);

G_END_DECLS
