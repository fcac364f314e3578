/* cr-odt-content.c: content.xml of the ODT report */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrOdt"

#include "config.h"

#include "cr-deadline.h"
#include "cr-odt-private.h"

#include <glib/gi18n.h>
#include <string.h>

typedef enum
{
  LIST_NONE,
  LIST_BULLETS,
  LIST_NUMBERS,
} ListKind;

typedef struct
{
  GString        *out;
  CrReviewReport *report;
  GPtrArray      *findings;         /* CrFinding */
  GPtrArray      *recommendations;  /* CrRecommendation */
  gboolean        draft;
  gboolean        body_started;     /* the first heading after the contents was written */
  ListKind        list;             /* the list open, if any */
} Writer;

/* The styles this part adds: the title page's master page, page breaks,
 * bold and italic spans, and the tables. */
static const char automatic_styles[] =
  "<office:automatic-styles>"
  "<style:style style:name=\"P_Title\" style:family=\"paragraph\" style:parent-style-name=\"Title\""
  " style:master-page-name=\"First_20_Page\"/>"
  "<style:style style:name=\"P_Contents_Heading\" style:family=\"paragraph\""
  " style:parent-style-name=\"Contents_20_Heading\">"
  "<style:paragraph-properties fo:break-before=\"page\"/>"
  "</style:style>"
  "<style:style style:name=\"P_Heading_Break\" style:family=\"paragraph\""
  " style:parent-style-name=\"Heading_20_1\">"
  "<style:paragraph-properties fo:break-before=\"page\"/>"
  "</style:style>"
  "<style:style style:name=\"T_Bold\" style:family=\"text\">"
  "<style:text-properties fo:font-weight=\"bold\" style:font-weight-asian=\"bold\""
  " style:font-weight-complex=\"bold\"/>"
  "</style:style>"
  "<style:style style:name=\"T_Italic\" style:family=\"text\">"
  "<style:text-properties fo:font-style=\"italic\" style:font-style-asian=\"italic\""
  " style:font-style-complex=\"italic\"/>"
  "</style:style>"
  "<style:style style:name=\"T_Bold_Italic\" style:family=\"text\">"
  "<style:text-properties fo:font-weight=\"bold\" style:font-weight-asian=\"bold\""
  " style:font-weight-complex=\"bold\" fo:font-style=\"italic\" style:font-style-asian=\"italic\""
  " style:font-style-complex=\"italic\"/>"
  "</style:style>"
  "<style:style style:name=\"T_Number\" style:family=\"text\">"
  "<style:text-properties fo:color=\"#555555\"/>"
  "</style:style>"
  "<style:style style:name=\"CR_Table\" style:family=\"table\">"
  "<style:table-properties style:width=\"17cm\" table:align=\"margins\""
  " fo:margin-top=\"0.2cm\" fo:margin-bottom=\"0.4cm\"/>"
  "</style:style>"
  "<style:style style:name=\"CR_Column_Number\" style:family=\"table-column\">"
  "<style:table-column-properties style:column-width=\"1.3cm\"/>"
  "</style:style>"
  "<style:style style:name=\"CR_Column_Wide\" style:family=\"table-column\">"
  "<style:table-column-properties style:column-width=\"8.2cm\"/>"
  "</style:style>"
  "<style:style style:name=\"CR_Column_Narrow\" style:family=\"table-column\">"
  "<style:table-column-properties style:column-width=\"2.5cm\"/>"
  "</style:style>"
  "<style:style style:name=\"CR_Column_Medium\" style:family=\"table-column\">"
  "<style:table-column-properties style:column-width=\"5cm\"/>"
  "</style:style>"
  "<style:style style:name=\"CR_Cell\" style:family=\"table-cell\">"
  "<style:table-cell-properties fo:padding=\"0.12cm\" fo:border=\"0.5pt solid #808080\"/>"
  "</style:style>"
  "<style:style style:name=\"CR_Heading_Cell\" style:family=\"table-cell\">"
  "<style:table-cell-properties fo:padding=\"0.12cm\" fo:border=\"0.5pt solid #808080\""
  " fo:background-color=\"#e6e6e6\"/>"
  "</style:style>"
  "</office:automatic-styles>";

/* --------------------------------------------------------------------------
 * Text
 */

static void
open_paragraph (Writer     *w,
                const char *style)
{
  g_string_append_printf (w->out, "<text:p text:style-name=\"%s\">", style);
}

static void
close_paragraph (Writer *w)
{
  g_string_append (w->out, "</text:p>");
}

/* A paragraph of plain text in @style. */
static void
append_paragraph (Writer     *w,
                  const char *style,
                  const char *text)
{
  open_paragraph (w, style);
  _cr_odt_append_text (w->out, text);
  close_paragraph (w);
}

static void
close_list (Writer *w)
{
  if (w->list != LIST_NONE)
    g_string_append (w->out, "</text:list>");
  w->list = LIST_NONE;
}

static void
open_list (Writer   *w,
           ListKind  kind)
{
  if (w->list == kind)
    return;
  close_list (w);
  g_string_append_printf (w->out, "<text:list text:style-name=\"%s\">",
                          kind == LIST_BULLETS ? "CR_Bullets" : "CR_Numbers");
  w->list = kind;
}

static void
append_spans (Writer     *w,
              CrRichText *text,
              guint       block)
{
  guint n_spans = cr_rich_text_get_n_spans (text, block);

  for (guint i = 0; i < n_spans; i++)
    {
      CrRichStyle style = cr_rich_text_get_span_style (text, block, i);
      const char *span = cr_rich_text_get_span_text (text, block, i);
      const char *name = NULL;

      if ((style & CR_RICH_STYLE_BOLD) != 0 && (style & CR_RICH_STYLE_ITALIC) != 0)
        name = "T_Bold_Italic";
      else if ((style & CR_RICH_STYLE_BOLD) != 0)
        name = "T_Bold";
      else if ((style & CR_RICH_STYLE_ITALIC) != 0)
        name = "T_Italic";

      if (name != NULL)
        g_string_append_printf (w->out, "<text:span text:style-name=\"%s\">", name);
      _cr_odt_append_text (w->out, span);
      if (name != NULL)
        g_string_append (w->out, "</text:span>");
    }
}

/* Opens a paragraph numbered "@section.@paragraph" in the margin (or
 * one in @plain_style when @section is 0). */
static void
open_numbered_paragraph (Writer     *w,
                         const char *plain_style,
                         guint       section,
                         guint      *paragraph)
{
  if (section == 0)
    {
      open_paragraph (w, plain_style);
      return;
    }

  *paragraph += 1;
  open_paragraph (w, "CR_Numbered_Paragraph");
  g_string_append_printf (w->out, "<text:span text:style-name=\"T_Number\">%u.%u</text:span><text:tab/>",
                          section, *paragraph);
}

/* The blocks of @text; paragraphs numbered when @section is not 0,
 * counting on from *@paragraph. */
static void
append_rich_text (Writer     *w,
                  CrRichText *text,
                  guint       section,
                  guint      *paragraph)
{
  guint n_blocks = cr_rich_text_get_n_blocks (text);

  for (guint i = 0; i < n_blocks; i++)
    {
      switch (cr_rich_text_get_block_kind (text, i))
        {
        case CR_RICH_BLOCK_HEADING:
          close_list (w);
          g_string_append (w->out, "<text:h text:style-name=\"Heading_20_2\" text:outline-level=\"2\">");
          append_spans (w, text, i);
          g_string_append (w->out, "</text:h>");
          break;

        case CR_RICH_BLOCK_BULLET:
        case CR_RICH_BLOCK_NUMBERED:
          open_list (w, cr_rich_text_get_block_kind (text, i) == CR_RICH_BLOCK_BULLET
                        ? LIST_BULLETS : LIST_NUMBERS);
          g_string_append (w->out, "<text:list-item>");
          open_paragraph (w, "CR_List_Paragraph");
          append_spans (w, text, i);
          close_paragraph (w);
          g_string_append (w->out, "</text:list-item>");
          break;

        case CR_RICH_BLOCK_PARAGRAPH:
        default:
          close_list (w);
          open_numbered_paragraph (w, "Text_20_body", section, paragraph);
          append_spans (w, text, i);
          close_paragraph (w);
          break;
        }
    }
  close_list (w);
}

/* Plain text whose paragraphs are separated by blank lines (a finding's
 * explanation), numbered as append_rich_text() does, or in @plain_style
 * when @section is 0. */
static void
append_plain_paragraphs (Writer     *w,
                         const char *text,
                         const char *plain_style,
                         guint       section,
                         guint      *paragraph)
{
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) current = g_string_new (NULL);

  if (text == NULL)
    return;

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; ; i++)
    {
      const char *line = lines[i];
      g_autofree char *trimmed = line != NULL ? g_strstrip (g_strdup (line)) : NULL;

      if (line == NULL || trimmed[0] == '\0')
        {
          if (current->len > 0)
            {
              open_numbered_paragraph (w, plain_style, section, paragraph);
              _cr_odt_append_text (w->out, current->str);
              close_paragraph (w);
              g_string_truncate (current, 0);
            }
          if (line == NULL)
            break;
          continue;
        }

      if (current->len > 0)
        g_string_append_c (current, '\n');
      g_string_append (current, trimmed);
    }
}

/* --------------------------------------------------------------------------
 * What is shown: the sections and their numbers as cr-review-report.c
 * says, the same as in the PDF
 */

/* "1 Introduction", or "Foreword" for an unnumbered section. */
static char *
dup_section_heading (Writer          *w,
                     CrReportSection  section)
{
  guint number = cr_review_report_get_section_number (w->report, section);

  if (number == 0)
    return g_strdup (cr_report_section_get_title (section));
  return g_strdup_printf ("%u %s", number, cr_report_section_get_title (section));
}

static guint
finding_number (CrFinding *finding,
                guint      index)
{
  guint position = cr_finding_get_position (finding);

  return position > 0 ? position : index + 1;
}

/* --------------------------------------------------------------------------
 * Title page and contents
 */

static void
append_title_page (Writer *w)
{
  CrCase *kase = cr_review_report_get_case (w->report);
  g_autofree char *title = cr_review_report_dup_title (w->report);
  g_autofree char *date = cr_review_report_dup_date (w->report);
  g_autofree char *long_date = cr_deadline_format_long_date (date);
  g_autofree char *subtitle = NULL;
  const char *partnership = cr_review_report_get_partnership (w->report);
  const char * const *reviewers = cr_review_report_get_reviewers (w->report);
  guint n_reviewers = reviewers != NULL ? g_strv_length ((char **) reviewers) : 0;

  append_paragraph (w, "P_Title", title);

  subtitle = cr_rich_text_to_plain (cr_review_report_get_section (w->report, CR_REPORT_SECTION_TITLE_PAGE));
  if (subtitle != NULL && g_strstrip (subtitle)[0] != '\0')
    append_paragraph (w, "Subtitle", subtitle);

  if (kase != NULL && cr_case_get_pseudonym (kase) != NULL)
    append_paragraph (w, "CR_Pseudonym", cr_case_get_pseudonym (kase));

  if (partnership != NULL && partnership[0] != '\0')
    append_paragraph (w, "CR_Title_Detail", partnership);

  if (n_reviewers > 0)
    {
      g_autofree char *names = g_strjoinv (", ", (char **) reviewers);
      g_autofree char *line = NULL;

      /* Translators: on the report's title page; %s is one or more names */
      line = g_strdup_printf (ngettext ("Independent reviewer: %s", "Independent reviewers: %s", n_reviewers),
                              names);
      append_paragraph (w, "CR_Title_Detail", line);
    }

  append_paragraph (w, "CR_Title_Detail", long_date);
}

static void
append_contents (Writer *w)
{
  const char *contents = _("Contents");

  g_string_append (w->out,
                   "<text:table-of-content text:name=\"Contents\" text:protected=\"true\">"
                   "<text:table-of-content-source text:outline-level=\"1\">"
                   "<text:index-title-template text:style-name=\"Contents_20_Heading\">");
  _cr_odt_append_escaped (w->out, contents);
  g_string_append (w->out,
                   "</text:index-title-template>"
                   "<text:table-of-content-entry-template text:outline-level=\"1\""
                   " text:style-name=\"Contents_20_1\">"
                   "<text:index-entry-text/>"
                   "<text:index-entry-tab-stop style:type=\"right\" style:leader-char=\".\"/>"
                   "<text:index-entry-page-number/>"
                   "</text:table-of-content-entry-template>"
                   "</text:table-of-content-source>"
                   "<text:index-body>"
                   "<text:index-title text:name=\"Contents_Head\">");
  append_paragraph (w, "P_Contents_Heading", contents);
  g_string_append (w->out, "</text:index-title>");

  /* Filled in, so that it shows before the word processor updates it
   * (which adds the page numbers). */
  for (CrReportSection s = 0; s < CR_REPORT_N_SECTIONS; s++)
    {
      g_autofree char *heading = NULL;

      if (!cr_review_report_includes_section (w->report, s))
        continue;
      heading = dup_section_heading (w, s);
      open_paragraph (w, "Contents_20_1");
      _cr_odt_append_text (w->out, heading);
      close_paragraph (w);
    }

  g_string_append (w->out, "</text:index-body></text:table-of-content>");
}

/* --------------------------------------------------------------------------
 * Tables
 */

static void
open_table (Writer             *w,
            const char         *name,
            const char * const *columns,
            const char * const *headings,
            guint               n_columns)
{
  g_string_append_printf (w->out, "<table:table table:name=\"%s\" table:style-name=\"CR_Table\">", name);
  for (guint i = 0; i < n_columns; i++)
    g_string_append_printf (w->out, "<table:table-column table:style-name=\"%s\"/>", columns[i]);
  g_string_append (w->out, "<table:table-header-rows><table:table-row>");
  for (guint i = 0; i < n_columns; i++)
    {
      g_string_append (w->out, "<table:table-cell table:style-name=\"CR_Heading_Cell\" office:value-type=\"string\">");
      append_paragraph (w, "Table_20_Heading", headings[i]);
      g_string_append (w->out, "</table:table-cell>");
    }
  g_string_append (w->out, "</table:table-row></table:table-header-rows>");
}

static void
open_cell (Writer *w)
{
  g_string_append (w->out, "<table:table-cell table:style-name=\"CR_Cell\" office:value-type=\"string\">");
}

static void
close_cell (Writer *w)
{
  g_string_append (w->out, "</table:table-cell>");
}

/* A cell of one paragraph (an empty one when @text is NULL). */
static void
append_cell (Writer     *w,
             const char *text)
{
  open_cell (w);
  append_paragraph (w, "Table_20_Contents", text != NULL ? text : "");
  close_cell (w);
}

/* "February 2021 · Police · KPE" for each entry linked to @finding, a
 * paragraph each (month and year only: see
 * cr_review_report_dup_evidence_lines()). */
static void
append_evidence_cell (Writer    *w,
                      CrFinding *finding)
{
  g_auto(GStrv) lines = cr_review_report_dup_evidence_lines (w->report,
                                                              cr_record_get_id (CR_RECORD (finding)));

  open_cell (w);
  if (lines[0] == NULL)
    append_paragraph (w, "Table_20_Contents", "");
  for (guint i = 0; lines[i] != NULL; i++)
    append_paragraph (w, "Table_20_Contents", lines[i]);
  close_cell (w);
}

static void
append_findings (Writer *w,
                 guint   section,
                 guint  *paragraph)
{
  const char * const columns[] = { "CR_Column_Number", "CR_Column_Wide", "CR_Column_Narrow", "CR_Column_Medium" };
  const char * const headings[] = { C_("table heading", "No."), _("Finding"), _("Priority"), _("Evidence") };

  if (w->findings->len == 0)
    return;

  open_table (w, "Findings", columns, headings, G_N_ELEMENTS (columns));
  for (guint i = 0; i < w->findings->len; i++)
    {
      CrFinding *finding = g_ptr_array_index (w->findings, i);
      CrRecord *record = CR_RECORD (finding);
      const char *priority = cr_record_get (record, "priority");
      const char *label = priority != NULL
                          ? cr_record_field_get_choice_label (cr_record_find_field (record, "priority"), priority)
                          : NULL;
      g_autofree char *number = g_strdup_printf ("%u", finding_number (finding, i));

      g_string_append (w->out, "<table:table-row>");
      append_cell (w, number);
      append_cell (w, cr_record_get (record, "title"));
      open_cell (w);
      append_paragraph (w, "Table_20_Contents", label != NULL ? label : "");
      if (cr_record_get_boolean (record, "good-practice"))
        append_paragraph (w, "Table_20_Contents", _("Good practice"));
      close_cell (w);
      append_evidence_cell (w, finding);
      g_string_append (w->out, "</table:table-row>");
    }
  g_string_append (w->out, "</table:table>");

  /* Each finding's explanation, numbered on from the section's text. */
  for (guint i = 0; i < w->findings->len; i++)
    {
      CrFinding *finding = g_ptr_array_index (w->findings, i);
      const char *title = cr_record_get (CR_RECORD (finding), "title");
      g_autofree char *heading = NULL;

      /* Translators: a heading in the report, "Finding 2: Information was not shared" */
      heading = g_strdup_printf (_("Finding %u: %s"), finding_number (finding, i), title != NULL ? title : "");
      g_string_append (w->out, "<text:h text:style-name=\"Heading_20_2\" text:outline-level=\"2\">");
      _cr_odt_append_text (w->out, heading);
      g_string_append (w->out, "</text:h>");
      append_plain_paragraphs (w, cr_record_get (CR_RECORD (finding), "text"), "Text_20_body",
                               section, paragraph);
    }
}

/* "2" for the finding @finding_id answers, or "" when none. */
static char *
dup_finding_reference (Writer     *w,
                       const char *finding_id)
{
  gint64 id = 0;

  if (finding_id == NULL ||
      !g_ascii_string_to_signed (finding_id, 10, 1, G_MAXINT64, &id, NULL))
    return g_strdup ("");

  for (guint i = 0; i < w->findings->len; i++)
    {
      CrFinding *finding = g_ptr_array_index (w->findings, i);

      if (cr_record_get_id (CR_RECORD (finding)) == id)
        return g_strdup_printf ("%u", finding_number (finding, i));
    }
  return g_strdup ("");
}

static void
append_recommendations (Writer *w)
{
  const char * const columns[] = { "CR_Column_Number", "CR_Column_Wide", "CR_Column_Medium", "CR_Column_Narrow" };
  const char * const headings[] = { C_("table heading", "No."), _("Recommendation"), _("Addressed to"), _("Finding") };

  if (w->recommendations->len == 0)
    return;

  open_table (w, "Recommendations", columns, headings, G_N_ELEMENTS (columns));
  for (guint i = 0; i < w->recommendations->len; i++)
    {
      CrRecommendation *recommendation = g_ptr_array_index (w->recommendations, i);
      CrRecord *record = CR_RECORD (recommendation);
      guint position = cr_recommendation_get_position (recommendation);
      g_autofree char *number = g_strdup_printf ("%u", position > 0 ? position : i + 1);
      g_autofree char *addressee = cr_recommendation_dup_addressee (recommendation);
      g_autofree char *finding = dup_finding_reference (w, cr_record_get (record, "finding-id"));
      const char *outcome = cr_record_get (record, "outcome");

      g_string_append (w->out, "<table:table-row>");
      append_cell (w, number);
      open_cell (w);
      append_plain_paragraphs (w, cr_record_get (record, "text"), "Table_20_Contents", 0, NULL);
      if (outcome != NULL && outcome[0] != '\0')
        {
          /* Translators: in the recommendations table, before the change
           * expected and how it will be known */
          g_autofree char *line = g_strdup_printf (_("Expected outcome: %s"), outcome);

          append_plain_paragraphs (w, line, "Table_20_Contents", 0, NULL);
        }
      close_cell (w);
      append_cell (w, addressee);
      append_cell (w, finding);
      g_string_append (w->out, "</table:table-row>");
    }
  g_string_append (w->out, "</table:table>");
}

/* --------------------------------------------------------------------------
 * Sections
 */

static void
append_section (Writer          *w,
                CrReportSection  section)
{
  CrRichText *text = cr_review_report_get_section (w->report, section);
  g_autofree char *heading = dup_section_heading (w, section);
  guint number = cr_review_report_get_section_number (w->report, section);
  guint paragraph = 0;

  g_string_append_printf (w->out, "<text:h text:style-name=\"%s\" text:outline-level=\"1\">",
                          w->body_started ? "Heading_20_1" : "P_Heading_Break");
  _cr_odt_append_text (w->out, heading);
  g_string_append (w->out, "</text:h>");
  w->body_started = TRUE;

  if (cr_rich_text_is_empty (text))
    {
      gboolean has_table = (section == CR_REPORT_SECTION_FINDINGS && w->findings->len > 0) ||
                           (section == CR_REPORT_SECTION_RECOMMENDATIONS && w->recommendations->len > 0);

      if (w->draft && !has_table)
        append_paragraph (w, "CR_Placeholder", _("Not written yet"));
    }
  else
    append_rich_text (w, text, number, &paragraph);

  if (section == CR_REPORT_SECTION_FINDINGS)
    append_findings (w, number, &paragraph);
  else if (section == CR_REPORT_SECTION_RECOMMENDATIONS)
    append_recommendations (w);
}

char *
_cr_odt_dup_content_xml (CrReviewReport *report)
{
  g_autoptr(GString) out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  Writer w = { 0 };

  g_return_val_if_fail (CR_IS_REVIEW_REPORT (report), NULL);

  w.out = out;
  w.report = report;
  w.findings = cr_review_report_get_findings (report);
  w.recommendations = cr_review_report_get_recommendations (report);
  w.draft = cr_review_report_get_draft (report);

  g_string_append_printf (out, "<office:document-content%s>", _cr_odt_namespaces);
  g_string_append (out, automatic_styles);
  g_string_append (out, "<office:body><office:text>");

  append_title_page (&w);
  append_contents (&w);
  for (CrReportSection s = 0; s < CR_REPORT_N_SECTIONS; s++)
    if (cr_review_report_includes_section (report, s))
      append_section (&w, s);

  g_string_append (out, "</office:text></office:body></office:document-content>\n");

  return g_string_free (g_steal_pointer (&out), FALSE);
}
