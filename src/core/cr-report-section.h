/* cr-report-section.h: the sections of an LCSPR report (domain.md §2.4) */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * The fixed scaffold of the final report, in order. The key is stored
 * (report_sections.section) and used on the command line; the title and
 * the guidance (what the section is for, two or three sentences drawn
 * from domain.md §2.4 and its sources) are translated.
 *
 * Numbered sections (introduction to glossary... see the table in
 * cr-report-section.c) get a number in the report, counted from 1
 * over the numbered sections only, and their paragraphs are numbered
 * "N.1", "N.2" … (headings, bulleted and numbered items are not). The
 * numbers below are a draft's; a final report leaves out the empty
 * sections and numbers on without a gap
 * (cr_review_report_get_section_number()).
 * The title page is not a text section: its "body" holds an optional
 * subtitle line; the report's title page is made from the case.
 *
 *   title-page          Title page                       not numbered
 *   foreword            Foreword                         not numbered
 *   executive-summary   Executive summary                not numbered
 *   introduction        Introduction                     1
 *   terms-of-reference  Terms of reference               2
 *   methodology         Methodology                      3
 *   family-involvement  Family involvement               4
 *   parallel-processes  Parallel processes               5
 *   background          Background                       6
 *   analysis            Analysis                         7
 *   findings            Findings                         8 (then the findings table)
 *   recommendations     Recommendations                  9 (then the recommendations table)
 *   partnership-response Partnership response            10
 *   glossary            Glossary                         11
 */

typedef enum
{
  CR_REPORT_SECTION_TITLE_PAGE,
  CR_REPORT_SECTION_FOREWORD,
  CR_REPORT_SECTION_EXECUTIVE_SUMMARY,
  CR_REPORT_SECTION_INTRODUCTION,
  CR_REPORT_SECTION_TERMS_OF_REFERENCE,
  CR_REPORT_SECTION_METHODOLOGY,
  CR_REPORT_SECTION_FAMILY_INVOLVEMENT,
  CR_REPORT_SECTION_PARALLEL_PROCESSES,
  CR_REPORT_SECTION_BACKGROUND,
  CR_REPORT_SECTION_ANALYSIS,
  CR_REPORT_SECTION_FINDINGS,
  CR_REPORT_SECTION_RECOMMENDATIONS,
  CR_REPORT_SECTION_PARTNERSHIP_RESPONSE,
  CR_REPORT_SECTION_GLOSSARY,
} CrReportSection;

#define CR_REPORT_SECTION_LAST CR_REPORT_SECTION_GLOSSARY
#define CR_REPORT_N_SECTIONS (CR_REPORT_SECTION_LAST + 1)

const char *cr_report_section_to_key       (CrReportSection  section);
gboolean    cr_report_section_from_key     (const char      *key,
                                            CrReportSection *section);
const char *cr_report_section_get_title    (CrReportSection  section);
const char *cr_report_section_get_guidance (CrReportSection  section);
/* The section's number in the final report (1…), or 0 when unnumbered. */
guint       cr_report_section_get_number   (CrReportSection  section);

G_END_DECLS
