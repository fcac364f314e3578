/* cr-final-report-pdf.c: the LCSPR report laid out with CrReport */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrFinalReport"

#include "config.h"

#include "cr-final-report-private.h"

#include "cr-deadline.h"

#include <glib/gi18n.h>
#include <string.h>

/*
 * The same content as the ODT (cr-odt-content.c), in the same order: the
 * title page, the contents, then each section included with its number
 * (both from cr-review-report.c, so that the two formats agree), its
 * paragraphs numbered "N.1", "N.2"… hanging at the left, its headings,
 * lists, bold and italic; the findings table and each finding's
 * explanation after the findings section's text, the recommendations
 * table after the recommendations section's.
 */

typedef struct
{
  CrReport       *out;
  CrReviewReport *report;
  GPtrArray      *findings;         /* CrFinding */
  GPtrArray      *recommendations;  /* CrRecommendation */
  gboolean        draft;
} Builder;

/* --------------------------------------------------------------------------
 * Text
 */

/* "7.3" for the next paragraph of section @section, or NULL when the
 * section is not numbered. */
static char *
next_number (guint  section,
             guint *paragraph)
{
  if (section == 0)
    return NULL;

  *paragraph += 1;
  return g_strdup_printf ("%u.%u", section, *paragraph);
}

static void
add_rich_text (Builder    *b,
               CrRichText *text,
               guint       section,
               guint      *paragraph)
{
  guint n_blocks = cr_rich_text_get_n_blocks (text);
  guint item = 0;

  for (guint i = 0; i < n_blocks; i++)
    {
      CrRichBlockKind kind = cr_rich_text_get_block_kind (text, i);
      g_autofree char *markup = NULL;

      if (kind != CR_RICH_BLOCK_NUMBERED)
        item = 0;

      switch (kind)
        {
        case CR_RICH_BLOCK_HEADING:
          {
            g_autofree char *plain = cr_rich_text_dup_block_text (text, i);

            cr_report_add_heading_full (b->out, 2, NULL, plain);
          }
          break;

        case CR_RICH_BLOCK_BULLET:
          markup = cr_rich_text_dup_block_pango (text, i);
          cr_report_add_list_item (b->out, "•", markup);
          break;

        case CR_RICH_BLOCK_NUMBERED:
          {
            g_autofree char *marker = g_strdup_printf ("%u.", ++item);

            markup = cr_rich_text_dup_block_pango (text, i);
            cr_report_add_list_item (b->out, marker, markup);
          }
          break;

        case CR_RICH_BLOCK_PARAGRAPH:
        default:
          {
            g_autofree char *number = next_number (section, paragraph);

            markup = cr_rich_text_dup_block_pango (text, i);
            cr_report_add_rich_paragraph (b->out, number, markup);
          }
          break;
        }
    }
}

/* Plain text whose paragraphs are separated by blank lines (a finding's
 * explanation), numbered on as add_rich_text() does. */
static void
add_plain_paragraphs (Builder    *b,
                      const char *text,
                      guint       section,
                      guint      *paragraph)
{
  g_auto(GStrv) paragraphs = NULL;
  g_autoptr(GRegex) blank = NULL;

  if (text == NULL)
    return;

  blank = g_regex_new ("\\n[ \\t\\r]*\\n", 0, 0, NULL);
  paragraphs = g_regex_split (blank, text, 0);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_autofree char *number = NULL;
      g_autofree char *markup = NULL;

      g_strstrip (paragraphs[i]);
      if (paragraphs[i][0] == '\0')
        continue;
      number = next_number (section, paragraph);
      markup = g_markup_escape_text (paragraphs[i], -1);
      cr_report_add_rich_paragraph (b->out, number, markup);
    }
}

static void
add_placeholder (Builder *b)
{
  g_autofree char *markup = g_markup_printf_escaped ("<i>%s</i>", _("Not written yet"));

  cr_report_add_rich_paragraph (b->out, NULL, markup);
}

/* --------------------------------------------------------------------------
 * Findings
 */

static guint
finding_number (CrFinding *finding,
                guint      index)
{
  guint position = cr_finding_get_position (finding);

  return position > 0 ? position : index + 1;
}

/* --------------------------------------------------------------------------
 * The title page
 */

/* The title without ": Baby H" at its end, for the line above the
 * pseudonym (the default title ends so). */
static char *
dup_kicker (const char *title,
            const char *pseudonym)
{
  g_autofree char *suffix = g_strconcat (": ", pseudonym, NULL);
  gsize len = strlen (title);

  if (g_str_has_suffix (title, suffix) && len > strlen (suffix))
    return g_strndup (title, len - strlen (suffix));
  return g_strdup (title);
}

static void
add_title_page (Builder    *b,
                const char *title)
{
  CrCase *kase = cr_review_report_get_case (b->report);
  const char *pseudonym = kase != NULL ? cr_case_get_pseudonym (kase) : NULL;
  const char *partnership = cr_review_report_get_partnership (b->report);
  const char * const *reviewers = cr_review_report_get_reviewers (b->report);
  guint n_reviewers = reviewers != NULL ? g_strv_length ((char **) reviewers) : 0;
  g_autofree char *date = cr_review_report_dup_date (b->report);
  g_autofree char *long_date = cr_deadline_format_long_date (date);
  g_autofree char *subtitle = cr_rich_text_to_plain (cr_review_report_get_section (b->report,
                                                                                   CR_REPORT_SECTION_TITLE_PAGE));
  g_autofree char *reviewer_line = NULL;
  g_autofree char *kicker = NULL;
  g_autoptr(GPtrArray) lines = g_ptr_array_new ();

  if (subtitle != NULL)
    {
      g_strdelimit (subtitle, "\n", ' ');
      g_strstrip (subtitle);
      if (subtitle[0] != '\0')
        g_ptr_array_add (lines, subtitle);
    }

  if (n_reviewers > 0)
    {
      g_autofree char *names = g_strjoinv (", ", (char **) reviewers);

      /* Translators: on the report's title page; %s is one or more names */
      reviewer_line = g_strdup_printf (ngettext ("Independent reviewer: %s", "Independent reviewers: %s",
                                                 n_reviewers),
                                       names);
      g_ptr_array_add (lines, reviewer_line);
    }
  g_ptr_array_add (lines, long_date);
  g_ptr_array_add (lines, NULL);

  if (pseudonym != NULL && pseudonym[0] != '\0')
    {
      kicker = dup_kicker (title, pseudonym);
      cr_report_add_title_page (b->out, kicker, pseudonym, partnership,
                                (const char * const *) lines->pdata);
    }
  else
    {
      cr_report_add_title_page (b->out, NULL, title, partnership,
                                (const char * const *) lines->pdata);
    }
}

/* --------------------------------------------------------------------------
 * Tables
 */

/* "March 2025 · Police · KPE" for each entry linked to @finding, one a
 * line (month and year only, as the ODT: see
 * cr_review_report_dup_evidence_lines()). */
static char *
dup_evidence (Builder   *b,
              CrFinding *finding)
{
  g_auto(GStrv) lines = cr_review_report_dup_evidence_lines (b->report,
                                                              cr_record_get_id (CR_RECORD (finding)));

  return g_strjoinv ("\n", lines);
}

static void
add_findings (Builder *b,
              guint    section,
              guint   *paragraph)
{
  const char * const headers[] = { C_("table heading", "No."), _("Finding"), _("Priority"), _("Evidence"), NULL };
  const double limits[] = { 0.1, 0.55, 0.18, 0.34 };

  if (b->findings->len == 0)
    return;

  cr_report_begin_table (b->out, 4, headers);
  cr_report_set_column_limits (b->out, limits);
  for (guint i = 0; i < b->findings->len; i++)
    {
      CrFinding *finding = g_ptr_array_index (b->findings, i);
      CrRecord *record = CR_RECORD (finding);
      const char *priority = cr_record_get (record, "priority");
      const char *label = priority != NULL
                          ? cr_record_field_get_choice_label (cr_record_find_field (record, "priority"), priority)
                          : NULL;
      g_autofree char *number = g_strdup_printf ("%u", finding_number (finding, i));
      g_autofree char *evidence = dup_evidence (b, finding);
      g_autofree char *priority_cell = NULL;
      const char *cells[5];

      if (cr_record_get_boolean (record, "good-practice"))
        priority_cell = g_strdup_printf ("%s%s%s", label != NULL ? label : "",
                                         label != NULL ? "\n" : "", _("Good practice"));
      else
        priority_cell = g_strdup (label != NULL ? label : "");

      cells[0] = number;
      cells[1] = cr_record_get (record, "title");
      cells[2] = priority_cell;
      cells[3] = evidence;
      cells[4] = NULL;
      cr_report_add_table_row (b->out, cells);
    }

  /* Each finding's explanation, numbered on from the section's text. */
  for (guint i = 0; i < b->findings->len; i++)
    {
      CrFinding *finding = g_ptr_array_index (b->findings, i);
      const char *title = cr_record_get (CR_RECORD (finding), "title");
      g_autofree char *heading = NULL;

      /* Translators: a heading in the report, "Finding 2: Information was not shared" */
      heading = g_strdup_printf (_("Finding %u: %s"), finding_number (finding, i), title != NULL ? title : "");
      cr_report_add_heading_full (b->out, 2, NULL, heading);
      add_plain_paragraphs (b, cr_record_get (CR_RECORD (finding), "text"), section, paragraph);
    }
}

/* "2" for the finding @finding_id answers, or "" when none. */
static char *
dup_finding_reference (Builder    *b,
                       const char *finding_id)
{
  gint64 id = 0;

  if (finding_id == NULL ||
      !g_ascii_string_to_signed (finding_id, 10, 1, G_MAXINT64, &id, NULL))
    return g_strdup ("");

  for (guint i = 0; i < b->findings->len; i++)
    {
      CrFinding *finding = g_ptr_array_index (b->findings, i);

      if (cr_record_get_id (CR_RECORD (finding)) == id)
        return g_strdup_printf ("%u", finding_number (finding, i));
    }
  return g_strdup ("");
}

static void
add_recommendations (Builder *b)
{
  const char * const headers[] = { C_("table heading", "No."), _("Recommendation"), _("Addressed to"), _("Finding"), NULL };
  const double limits[] = { 0.1, 0.6, 0.3, 0.12 };

  if (b->recommendations->len == 0)
    return;

  cr_report_begin_table (b->out, 4, headers);
  cr_report_set_column_limits (b->out, limits);
  for (guint i = 0; i < b->recommendations->len; i++)
    {
      CrRecommendation *recommendation = g_ptr_array_index (b->recommendations, i);
      CrRecord *record = CR_RECORD (recommendation);
      guint position = cr_recommendation_get_position (recommendation);
      g_autofree char *number = g_strdup_printf ("%u", position > 0 ? position : i + 1);
      g_autofree char *addressee = cr_recommendation_dup_addressee (recommendation);
      g_autofree char *finding = dup_finding_reference (b, cr_record_get (record, "finding-id"));
      const char *text = cr_record_get (record, "text");
      const char *outcome = cr_record_get (record, "outcome");
      g_autofree char *cell = NULL;
      const char *cells[5];

      if (outcome != NULL && outcome[0] != '\0')
        /* Translators: in the recommendations table, the recommendation
         * then the change expected and how it will be known */
        cell = g_strdup_printf (_("%s\n\nExpected outcome: %s"), text != NULL ? text : "", outcome);
      else
        cell = g_strdup (text != NULL ? text : "");

      cells[0] = number;
      cells[1] = cell;
      cells[2] = addressee;
      cells[3] = finding;
      cells[4] = NULL;
      cr_report_add_table_row (b->out, cells);
    }
}

/* --------------------------------------------------------------------------
 * Sections
 */

static void
add_section (Builder         *b,
             CrReportSection  section)
{
  CrRichText *text = cr_review_report_get_section (b->report, section);
  guint number = cr_review_report_get_section_number (b->report, section);
  g_autofree char *number_text = number > 0 ? g_strdup_printf ("%u", number) : NULL;
  guint paragraph = 0;

  cr_report_add_heading_full (b->out, 1, number_text, cr_report_section_get_title (section));

  if (cr_rich_text_is_empty (text))
    {
      gboolean has_table = (section == CR_REPORT_SECTION_FINDINGS && b->findings->len > 0) ||
                           (section == CR_REPORT_SECTION_RECOMMENDATIONS && b->recommendations->len > 0);

      if (b->draft && !has_table)
        add_placeholder (b);
    }
  else
    {
      add_rich_text (b, text, number, &paragraph);
    }

  if (section == CR_REPORT_SECTION_FINDINGS)
    add_findings (b, number, &paragraph);
  else if (section == CR_REPORT_SECTION_RECOMMENDATIONS)
    add_recommendations (b);
}

CrReport *
_cr_final_report_build (CrReviewReport *report)
{
  g_autofree char *title = NULL;
  const char *partnership;
  Builder b = { 0 };

  g_return_val_if_fail (CR_IS_REVIEW_REPORT (report), NULL);

  title = cr_review_report_dup_title (report);
  partnership = cr_review_report_get_partnership (report);

  b.report = report;
  b.out = cr_report_new (title);
  b.findings = cr_review_report_get_findings (report);
  b.recommendations = cr_review_report_get_recommendations (report);
  b.draft = cr_review_report_get_draft (report);

  /* No protective marking on a report to be published. */
  cr_report_set_marking (b.out, b.draft ? _("DRAFT — NOT FOR PUBLICATION") : NULL);
  if (partnership != NULL && partnership[0] != '\0')
    cr_report_set_author (b.out, partnership);

  add_title_page (&b, title);
  cr_report_set_contents (b.out, _("Contents"));
  for (CrReportSection s = 0; s < CR_REPORT_N_SECTIONS; s++)
    {
      if (cr_review_report_includes_section (report, s))
        add_section (&b, s);
    }

  return b.out;
}
