/* cr-anonymisation-report.c: checking every published part of a report */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrAnonymisation"

#include "config.h"

#include "cr-anonymisation.h"

#include <glib/gi18n.h>

static const char * const briefing_fields[] = {
  "title", "background", "why-it-matters", "learning-1", "learning-2", "learning-3",
  "things-to-note", "what-to-do", "question-1", "question-2", "question-3",
};

static void
check_into (GPtrArray            *hits,
            CrAnonymisationTerms *terms,
            const char           *source_id,
            const char           *source_label,
            int                   block,
            const char           *text)
{
  g_autoptr(GPtrArray) found = NULL;

  if (text == NULL || *text == '\0')
    return;

  found = cr_anonymisation_check_text (terms, source_id, source_label, block, text);
  g_ptr_array_extend_and_steal (hits, g_steal_pointer (&found));
}

static void
check_record_fields (GPtrArray            *hits,
                     CrAnonymisationTerms *terms,
                     CrRecord             *record,
                     const char           *prefix,
                     const char           *label,
                     const char * const   *fields,
                     guint                 n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *source_id = g_strdup_printf ("%s:%s", prefix, fields[i]);

      check_into (hits, terms, source_id, label, -1, cr_record_get (record, fields[i]));
    }
}

static void
check_briefing (GPtrArray            *hits,
                CrAnonymisationTerms *terms,
                CrBriefing           *briefing)
{
  for (guint i = 0; i < G_N_ELEMENTS (briefing_fields); i++)
    {
      const CrRecordField *field = cr_record_find_field (CR_RECORD (briefing), briefing_fields[i]);
      g_autofree char *source_id = g_strdup_printf ("briefing:%s", briefing_fields[i]);
      /* Translators: where a hit is: "7-minute briefing: Key learning 1". */
      g_autofree char *label = g_strdup_printf (_("7-minute briefing: %s"),
                                                field != NULL ? _(field->label) : briefing_fields[i]);

      check_into (hits, terms, source_id, label, -1,
                  cr_record_get (CR_RECORD (briefing), briefing_fields[i]));
    }
}

/* What the findings table shows of the finding's evidence, line by
 * line as the writers print it (cr_review_report_dup_evidence_lines():
 * the month and year, the agency, never the entry's text). Not a text
 * of the report to correct here: the hits are in the chronology. */
static void
check_evidence (GPtrArray            *hits,
                CrAnonymisationTerms *terms,
                CrReviewReport       *report,
                CrFinding            *finding)
{
  gint64 id = cr_record_get_id (CR_RECORD (finding));
  g_auto(GStrv) lines = cr_review_report_dup_evidence_lines (report, id);
  g_autofree char *source_id = g_strdup_printf ("evidence:%" G_GINT64_FORMAT, id);
  /* Translators: where a hit is: "Finding 2: evidence" (the findings
   * table's evidence column). */
  g_autofree char *label = g_strdup_printf (_("Finding %u: evidence"), cr_finding_get_position (finding));

  for (guint i = 0; lines[i] != NULL; i++)
    check_into (hits, terms, source_id, label, (int) i, lines[i]);
}

/**
 * cr_anonymisation_check_report:
 * @self: the terms of the case
 * @report: the report
 *
 * Checks every part of @report that is published (cr-anonymisation.h).
 *
 * Returns: (transfer container) (element-type CrAnonymisationHit): the
 *   hits, part by part in the order of the report
 */
GPtrArray *
cr_anonymisation_check_report (CrAnonymisationTerms *self,
                               CrReviewReport       *report)
{
  static const char * const finding_fields[] = { "title", "text" };
  static const char * const recommendation_fields[] = { "text", "national-body", "outcome" };
  static const char * const agency_fields[] = { "agency-names" };
  g_autoptr(GPtrArray) hits = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *title = NULL;
  GPtrArray *records;
  CrBriefing *briefing;

  g_return_val_if_fail (CR_IS_ANONYMISATION_TERMS (self), NULL);
  g_return_val_if_fail (CR_IS_REVIEW_REPORT (report), NULL);

  title = cr_review_report_dup_title (report);
  check_into (hits, self, "title", _("Title"), -1, title);

  for (guint s = 0; s < CR_REPORT_N_SECTIONS; s++)
    {
      CrRichText *text = cr_review_report_get_section (report, (CrReportSection) s);
      g_autofree char *source_id =
        g_strdup_printf ("section:%s", cr_report_section_to_key ((CrReportSection) s));
      const char *label = cr_report_section_get_title ((CrReportSection) s);
      guint n_blocks = cr_rich_text_get_n_blocks (text);

      for (guint b = 0; b < n_blocks; b++)
        {
          g_autofree char *block = cr_rich_text_dup_block_text (text, b);

          check_into (hits, self, source_id, label, (int) b, block);
        }
    }

  records = cr_review_report_get_findings (report);
  for (guint i = 0; i < records->len; i++)
    {
      CrFinding *finding = g_ptr_array_index (records, i);
      g_autofree char *prefix =
        g_strdup_printf ("finding:%" G_GINT64_FORMAT, cr_record_get_id (CR_RECORD (finding)));
      /* Translators: where a hit is: "Finding 2". */
      g_autofree char *label = g_strdup_printf (_("Finding %u"), cr_finding_get_position (finding));

      check_record_fields (hits, self, CR_RECORD (finding), prefix, label,
                           finding_fields, G_N_ELEMENTS (finding_fields));
      check_evidence (hits, self, report, finding);
    }

  records = cr_review_report_get_recommendations (report);
  for (guint i = 0; i < records->len; i++)
    {
      CrRecommendation *recommendation = g_ptr_array_index (records, i);
      g_autofree char *prefix =
        g_strdup_printf ("recommendation:%" G_GINT64_FORMAT,
                         cr_record_get_id (CR_RECORD (recommendation)));
      /* Translators: where a hit is: "Recommendation 1". */
      g_autofree char *label = g_strdup_printf (_("Recommendation %u"),
                                                cr_recommendation_get_position (recommendation));

      check_record_fields (hits, self, CR_RECORD (recommendation), prefix, label,
                           recommendation_fields, G_N_ELEMENTS (recommendation_fields));
      /* The agencies' names, when the table shows them. */
      if (g_strcmp0 (cr_record_get (CR_RECORD (recommendation), "addressed-to"), "agencies") == 0)
        check_record_fields (hits, self, CR_RECORD (recommendation), prefix, label,
                             agency_fields, G_N_ELEMENTS (agency_fields));
    }

  briefing = cr_review_report_get_briefing (report);
  if (briefing != NULL)
    check_briefing (hits, self, briefing);

  return g_steal_pointer (&hits);
}
