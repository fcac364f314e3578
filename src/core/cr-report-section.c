/* cr-report-section.c: the sections of an LCSPR report (domain.md §2.4) */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrReportSection"

#include "config.h"

#include "cr-report-section.h"

#include <glib/gi18n.h>

typedef struct
{
  const char *key;
  const char *title;
  guint       number;
  const char *guidance;
} SectionInfo;

static const SectionInfo sections[CR_REPORT_N_SECTIONS] = {
  { "title-page", N_("Title page"), 0,
    N_("The title page is made from the case: the child’s pseudonym, the partnership, the "
       "reviewers’ names and the date. Write here only an optional subtitle line. Never use "
       "a real name.") },
  { "foreword", N_("Foreword"), 0,
    N_("A short statement from the safeguarding partners introducing the review and their "
       "commitment to its learning. It may remember the child, by pseudonym only.") },
  { "executive-summary", N_("Executive summary"), 0,
    N_("Summarise why the review was held, what it found and what it recommends, for a "
       "reader who reads nothing else. Keep details of the family to a minimum; lead with "
       "the key findings.") },
  { "introduction", N_("Introduction"), 1,
    N_("Explain why the case met the criteria for a local child safeguarding practice "
       "review and when the safeguarding partners decided to hold it. Introduce the child "
       "by pseudonym.") },
  { "terms-of-reference", N_("Terms of reference"), 2,
    N_("Set out the period the review covers, its scope and the key lines of enquiry it "
       "was asked to answer. The full terms of reference may go in an appendix.") },
  { "methodology", N_("Methodology"), 3,
    N_("Describe the method used, the independence of the reviewers, the agencies that "
       "contributed and how practitioners were involved. Make the working-out process "
       "transparent.") },
  { "family-involvement", N_("Family involvement"), 4,
    N_("Say how the family was invited to contribute and what they told the review. Bring "
       "out the child’s voice and lived experience without details that would identify "
       "them.") },
  { "parallel-processes", N_("Parallel processes"), 5,
    N_("Record the criminal, coronial or other proceedings that ran alongside the review "
       "and how they affected its timing. Do not prejudice any that are still open.") },
  { "background", N_("Background"), 6,
    N_("Give a brief narrative of the child’s circumstances and the agencies’ involvement, "
       "not a full chronology. Minimise precise details, such as an exact health condition, "
       "that could identify the family.") },
  { "analysis", N_("Analysis"), 7,
    N_("Analyse practice by theme or key practice episode, including good practice. Explain "
       "why things happened, not only what; avoid hindsight bias.") },
  { "findings", N_("Findings"), 8,
    N_("Introduce the findings, which follow as a table. Findings are system-level and "
       "explanatory, reflect what the analysis has evidenced and are given in order of "
       "priority.") },
  { "recommendations", N_("Recommendations"), 9,
    N_("Introduce the recommendations, which follow as a table. Each says what should "
       "change and whether it is for the partnership, named agencies or the national "
       "level.") },
  { "partnership-response", N_("Partnership response"), 10,
    N_("The safeguarding partners’ response to the findings and their action plan, or "
       "where it is published. It is often a separate document.") },
  { "glossary", N_("Glossary"), 11,
    N_("Explain the abbreviations and professional terms used in the report. Add "
       "appendices, such as the terms of reference, here.") },
};

static const SectionInfo *
get_info (CrReportSection section)
{
  g_return_val_if_fail ((guint) section < CR_REPORT_N_SECTIONS, NULL);

  return &sections[section];
}

/**
 * cr_report_section_to_key:
 * @section: a section
 *
 * Returns: the stable key, "executive-summary"
 */
const char *
cr_report_section_to_key (CrReportSection section)
{
  const SectionInfo *info = get_info (section);

  return info != NULL ? info->key : NULL;
}

/**
 * cr_report_section_from_key:
 * @key: (nullable): a key
 * @section: (out) (optional): the section
 *
 * Returns: %TRUE when @key names a section
 */
gboolean
cr_report_section_from_key (const char      *key,
                            CrReportSection *section)
{
  if (key == NULL)
    return FALSE;

  for (guint i = 0; i < CR_REPORT_N_SECTIONS; i++)
    if (g_str_equal (sections[i].key, key))
      {
        if (section != NULL)
          *section = (CrReportSection) i;
        return TRUE;
      }

  return FALSE;
}

const char *
cr_report_section_get_title (CrReportSection section)
{
  const SectionInfo *info = get_info (section);

  return info != NULL ? _(info->title) : NULL;
}

const char *
cr_report_section_get_guidance (CrReportSection section)
{
  const SectionInfo *info = get_info (section);

  return info != NULL ? _(info->guidance) : NULL;
}

guint
cr_report_section_get_number (CrReportSection section)
{
  const SectionInfo *info = get_info (section);

  return info != NULL ? info->number : 0;
}
