/* test-report-long.c: the report writer's title page, contents page,
 * numbered markup paragraphs, lists and page breaks */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrTestReportLong"

#include "config.h"

#include <locale.h>

#include "cr-report.h"
#include "pdf-test-helpers.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

static const char *lorem =
  "The health visitor saw the family at home and recorded that the baby was "
  "feeding well. The father was not present and was not spoken to. Nobody "
  "asked who else lived in the household, and the referral from the "
  "emergency department was not shared with the GP until four days later.";

static TestPdf *
render (CrReport *report)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = cr_report_render_pdf (report, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return test_pdf_open (bytes);
}

static void
add_title_page (CrReport *report)
{
  const char *lines[] = { "Independent reviewer: Dr Alex Morgan", "March 2026", NULL };

  cr_report_add_title_page (report, "Local Child Safeguarding Practice Review", "Baby Q",
                            "Northbridge Safeguarding Children Partnership", lines);
}

/* --------------------------------------------------------------------------
 * The title page
 */

static void
test_title_page (void)
{
  g_autoptr(CrReport) report = cr_report_new ("Running Title");
  g_autoptr(TestPdf) pdf = NULL;
  g_autofree char *last = NULL;
  const char *first;

  cr_report_set_marking (report, "DRAFT");
  cr_report_set_author (report, "Footer Partnership");
  add_title_page (report);
  cr_report_add_heading_full (report, 1, "1", "Introduction");
  cr_report_add_rich_paragraph (report, "1.1", "Body text.");

  pdf = render (report);
  g_assert_cmpuint (pdf->pages->len, ==, 2);

  /* Page 1: the title page alone, with the marking but no furniture. */
  first = test_pdf_page (pdf, 0);
  g_assert_nonnull (strstr (first, "Local Child Safeguarding Practice Review"));
  g_assert_nonnull (strstr (first, "Baby Q"));
  g_assert_nonnull (strstr (first, "Northbridge Safeguarding Children Partnership"));
  g_assert_nonnull (strstr (first, "Independent reviewer: Dr Alex Morgan"));
  g_assert_nonnull (strstr (first, "March 2026"));
  g_assert_cmpuint (test_count (first, "DRAFT"), ==, 2);
  g_assert_null (strstr (first, "Page "));
  g_assert_null (strstr (first, "Running Title"));
  g_assert_null (strstr (first, "Footer Partnership"));
  g_assert_null (strstr (first, "Introduction"));
  /* No title block elsewhere: the title is only the running header. */
  g_assert_null (strstr (pdf->all, "Generated on"));

  /* Page 2: the body, with its furniture; the title page counts. */
  g_assert_nonnull (strstr (test_pdf_page (pdf, 1), "Page 2 of 2"));
  g_assert_nonnull (strstr (test_pdf_page (pdf, 1), "Running Title"));
  g_assert_nonnull (strstr (test_pdf_page (pdf, 1), "Footer Partnership"));
  g_assert_nonnull (strstr (test_pdf_page (pdf, 1), "1 Introduction"));

  /* Without a marking, the title page carries no furniture at all. */
  {
    g_autoptr(CrReport) plain = cr_report_new ("Plain");
    g_autoptr(TestPdf) plain_pdf = NULL;

    cr_report_set_marking (plain, NULL);
    add_title_page (plain);
    cr_report_add_paragraph (plain, "Body.", NULL);
    plain_pdf = render (plain);
    g_assert_cmpuint (plain_pdf->pages->len, ==, 2);
    g_assert_null (strstr (plain_pdf->all, "OFFICIAL"));
    g_assert_null (strstr (test_pdf_page (plain_pdf, 0), "Page"));
    last = g_strdup (test_pdf_page (plain_pdf, 1));
    g_assert_nonnull (strstr (last, "Page 2 of 2"));
  }
}

/* --------------------------------------------------------------------------
 * The contents page
 */

/* The first page from @from on which @needle is. */
static int
page_from (TestPdf    *pdf,
           guint       from,
           const char *needle)
{
  for (guint i = from; i < pdf->pages->len; i++)
    {
      if (strstr (test_pdf_page (pdf, i), needle) != NULL)
        return (int) i;
    }
  g_error ("“%s” is on no page from %u", needle, from + 1);
  return -1;
}

static void
check_contents (guint n_headings)
{
  g_autoptr(CrReport) report = cr_report_new ("Contents Test");
  g_autoptr(TestPdf) pdf = NULL;
  guint body_start;
  guint n_links = 0;

  cr_report_set_marking (report, NULL);
  add_title_page (report);
  cr_report_set_contents (report, "Contents");
  cr_report_add_heading_full (report, 1, NULL, "Foreword");
  cr_report_add_rich_paragraph (report, NULL, lorem);
  for (guint i = 1; i <= n_headings; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", i);
      g_autofree char *heading = g_strdup_printf ("Section heading %02u", i);

      cr_report_add_heading_full (report, 1, number, heading);
      /* Sections of very different lengths, some starting a new page. */
      for (guint j = 0; j < (i * 5) % 9; j++)
        {
          g_autofree char *para = g_strdup_printf ("%u.%u", i, j + 1);

          cr_report_add_rich_paragraph (report, para, lorem);
        }
      if (i % 4 == 0)
        cr_report_add_page_break (report);
      cr_report_add_heading_full (report, 2, NULL, "A subheading not in the contents");
      cr_report_add_rich_paragraph (report, NULL, "Short.");
    }

  pdf = render (report);

  /* Page 2 is the contents. */
  g_assert_nonnull (strstr (test_pdf_page (pdf, 1), "Contents"));
  g_assert_null (strstr (test_pdf_page (pdf, 1), "subheading"));
  body_start = (guint) page_from (pdf, 1, "Foreword") + 1;
  while (strstr (test_pdf_page (pdf, body_start), "Section heading") != NULL &&
         strstr (test_pdf_page (pdf, body_start), "feeding well") == NULL)
    body_start++;
  /* The body starts on a page of its own after the contents. */
  g_assert_cmpuint (body_start, >=, 2);
  g_assert_cmpint (page_from (pdf, body_start - 1, "feeding well"), ==, (int) body_start);

  /* Every entry's page number is the page its heading is really on. */
  g_assert_cmpint (test_pdf_contents_number (pdf, 1, "Foreword"), ==,
                   page_from (pdf, body_start, "Foreword") + 1);
  for (guint i = 1; i <= n_headings; i++)
    {
      g_autofree char *heading = g_strdup_printf ("Section heading %02u", i);
      g_autofree char *entry = g_strdup_printf ("%u Section heading %02u", i, i);
      guint contents_page = (guint) page_from (pdf, 1, heading);

      g_assert_cmpuint (contents_page, <, body_start);
      g_assert_cmpint (test_pdf_contents_number (pdf, contents_page, entry), ==,
                       page_from (pdf, body_start, heading) + 1);
    }

  /* Each entry links to its page. */
  for (guint p = 1; p < body_start; p++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (pdf->document, (int) p);
      GList *links = poppler_page_get_link_mapping (page);

      n_links += g_list_length (links);
      poppler_page_free_link_mapping (links);
    }
  g_assert_cmpuint (n_links, >=, n_headings + 1);
}

static void
test_contents (void)
{
  check_contents (9);
}

/* A contents page that itself runs over two pages moves every heading on
 * by one: the page numbers must follow. */
static void
test_contents_two_pages (void)
{
  check_contents (70);
}

/* --------------------------------------------------------------------------
 * Markup paragraphs and lists
 */

/* Whether the characters of @word on page @page_index are in a font whose
 * name says bold (or italic). */
static gboolean
word_has_font (TestPdf    *pdf,
               guint       page_index,
               const char *word,
               const char *style)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (pdf->document, (int) page_index);
  g_autofree char *text = poppler_page_get_text (page);
  GList *attributes = poppler_page_get_text_attributes (page);
  const char *at = strstr (text, word);
  glong offset;
  gboolean found = FALSE;

  g_assert_nonnull (at);
  offset = g_utf8_pointer_to_offset (text, at);
  for (GList *l = attributes; l != NULL; l = l->next)
    {
      PopplerTextAttributes *attr = l->data;

      if (attr->start_index <= offset && offset <= attr->end_index)
        {
          g_autofree char *lower = g_ascii_strdown (attr->font_name, -1);

          found = strstr (lower, style) != NULL;
          break;
        }
    }
  poppler_page_free_text_attributes (attributes);
  return found;
}

static void
test_rich_paragraphs (void)
{
  g_autoptr(CrReport) report = cr_report_new ("Rich");
  g_autoptr(TestPdf) pdf = NULL;

  cr_report_add_heading_full (report, 1, "7", "Analysis");
  cr_report_add_rich_paragraph (report, "7.1", "Plain start then <b>Boldword</b> and <i>Slanted</i>.");
  cr_report_add_rich_paragraph (report, "7.2", "Escaped &lt;b&gt; &amp; kept as text.");
  cr_report_add_list_item (report, "•", "A bulleted <b>item</b>");
  cr_report_add_list_item (report, "•", "Another bulleted item");
  cr_report_add_rich_paragraph (report, "7.3", "Between the lists.");
  cr_report_add_list_item (report, "1.", "First numbered item");
  cr_report_add_list_item (report, "10.", "Tenth numbered item");
  /* Markup that is not the simple kind is shown as it was written. */
  cr_report_add_rich_paragraph (report, "7.4", "<span size='900000'>Huge</span>");
  cr_report_add_rich_paragraph (report, "7.5", "Unbalanced <b>bold");
  cr_report_add_rich_paragraph (report, NULL, "No number here.");

  pdf = render (report);
  g_assert_cmpuint (pdf->pages->len, ==, 1);

  g_assert_nonnull (strstr (pdf->all, "7 Analysis"));
  g_assert_nonnull (strstr (pdf->all, "7.1 Plain start then Boldword and Slanted."));
  g_assert_nonnull (strstr (pdf->all, "7.2 Escaped <b> & kept as text."));
  g_assert_nonnull (strstr (pdf->all, "• A bulleted item"));
  g_assert_nonnull (strstr (pdf->all, "• Another bulleted item"));
  g_assert_nonnull (strstr (pdf->all, "7.3 Between the lists."));
  g_assert_nonnull (strstr (pdf->all, "1. First numbered item"));
  g_assert_nonnull (strstr (pdf->all, "10. Tenth numbered item"));
  g_assert_nonnull (strstr (pdf->all, "7.4 <span size='900000'>Huge</span>"));
  g_assert_nonnull (strstr (pdf->all, "7.5 Unbalanced <b>bold"));
  g_assert_nonnull (strstr (pdf->all, "No number here."));

  g_assert_true (word_has_font (pdf, 0, "Boldword", "bold"));
  g_assert_false (word_has_font (pdf, 0, "Plain", "bold"));
  g_assert_true (word_has_font (pdf, 0, "Slanted", "italic") ||
                 word_has_font (pdf, 0, "Slanted", "oblique"));
}

static void
test_page_break (void)
{
  g_autoptr(CrReport) report = cr_report_new ("Breaks");
  g_autoptr(TestPdf) pdf = NULL;

  cr_report_add_paragraph (report, "Before the break.", NULL);
  cr_report_add_page_break (report);
  /* A second break on a fresh page adds no empty page. */
  cr_report_add_page_break (report);
  cr_report_add_paragraph (report, "After the break.", NULL);

  pdf = render (report);
  g_assert_cmpuint (pdf->pages->len, ==, 2);
  g_assert_cmpuint (test_pdf_page_of (pdf, "Before the break."), ==, 0);
  g_assert_cmpuint (test_pdf_page_of (pdf, "After the break."), ==, 1);
}

/* --------------------------------------------------------------------------
 * Long table cells
 */

/* Nothing is drawn below the footer of any page: a cell too tall for a
 * page is cut between lines rather than run off the paper. */
static void
test_long_table_cell (void)
{
  g_autoptr(CrReport) report = cr_report_new ("Long cell");
  const char *headers[] = { "No.", "Finding", "Priority", NULL };
  g_autoptr(GString) finding = g_string_new (NULL);
  g_autoptr(TestPdf) pdf = NULL;

  for (guint i = 0; i < 200; i++)
    g_string_append_printf (finding, "Finding sentence-%03u explains the practice. ", i);

  cr_report_begin_table (report, 3, headers);
  {
    const char *row[] = { "1", finding->str, "High", NULL };
    const char *row2[] = { "2", "A short finding after the long one.", "Low", NULL };

    cr_report_add_table_row (report, row);
    cr_report_add_table_row (report, row2);
  }

  pdf = render (report);
  g_assert_cmpuint (pdf->pages->len, >=, 3);
  for (guint i = 0; i < 200; i++)
    {
      /* One word: a sentence may be cut between two pages. */
      g_autofree char *marker = g_strdup_printf ("sentence-%03u", i);

      g_assert_cmpuint (test_count (pdf->all, marker), ==, 1);
    }
  g_assert_cmpuint (test_pdf_page_of (pdf, "sentence-000"), <,
                    test_pdf_page_of (pdf, "sentence-199"));

  for (int p = 0; p < poppler_document_get_n_pages (pdf->document); p++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (pdf->document, p);
      PopplerRectangle *rects = NULL;
      guint n_rects = 0;
      double width, height;

      poppler_page_get_size (page, &width, &height);
      g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));
      for (guint r = 0; r < n_rects; r++)
        {
          g_assert_cmpfloat (rects[r].y2, <=, height);
          g_assert_cmpfloat (rects[r].x2, <=, width);
        }
      g_free (rects);
    }
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/long/title-page", test_title_page);
  g_test_add_func ("/report/long/contents", test_contents);
  g_test_add_func ("/report/long/contents-two-pages", test_contents_two_pages);
  g_test_add_func ("/report/long/rich-paragraphs", test_rich_paragraphs);
  g_test_add_func ("/report/long/page-break", test_page_break);
  g_test_add_func ("/report/long/long-table-cell", test_long_table_cell);

  return g_test_run ();
}
