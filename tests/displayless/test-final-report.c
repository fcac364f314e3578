/* test-final-report.c: the LCSPR report as a PDF, read back with Poppler */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrTestFinalReport"

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <sys/stat.h>

#include "cr-case.h"
#include "cr-chronology-entry.h"
#include "cr-final-report.h"
#include "cr-pdf-error.h"
#include "cr-review-report.h"
#include "cr-test-utils.h"
#include "pdf-test-helpers.h"

#define PARTNERSHIP "Northbridge Safeguarding Children Partnership"

static const char *lorem =
  "Practitioners saw the family often, but each agency held only part of the "
  "picture, and nobody brought the parts together before the baby was harmed.";

/* --------------------------------------------------------------------------
 * A report built in code
 */

static void
set_section (CrReviewReport  *report,
             CrReportSection  section,
             const char      *markup)
{
  g_autoptr(CrRichText) text = cr_rich_text_parse (markup);

  cr_review_report_set_section (report, section, text);
}

static CrChronologyEntry *
make_entry (const char *iso,
            const char *agency,
            gboolean    kpe)
{
  CrChronologyEntry *entry = cr_chronology_entry_new ();

  g_assert_true (cr_chronology_entry_set_iso_date (entry, iso));
  cr_chronology_entry_set_agency_name (entry, agency);
  cr_chronology_entry_set_event (entry, "Home visit");
  cr_chronology_entry_set_key_practice_episode (entry, kpe);
  return entry;
}

static void
add_finding (CrReviewReport *report,
             gint64          id,
             guint           position,
             const char     *title,
             const char     *text,
             const char     *priority)
{
  g_autoptr(CrFinding) finding = cr_finding_new ();
  g_autofree char *pos = g_strdup_printf ("%u", position);

  cr_record_set_id (CR_RECORD (finding), id);
  cr_record_set (CR_RECORD (finding), "position", pos);
  cr_record_set (CR_RECORD (finding), "title", title);
  cr_record_set (CR_RECORD (finding), "text", text);
  cr_record_set (CR_RECORD (finding), "priority", priority);
  cr_record_set (CR_RECORD (finding), "status", "approved");
  cr_record_set (CR_RECORD (finding), "approved-date", "2026-01-10");
  cr_review_report_add_finding (report, finding);
}

static void
add_recommendation (CrReviewReport *report,
                    guint           position,
                    const char     *text,
                    const char     *finding_id,
                    const char     *outcome)
{
  g_autoptr(CrRecommendation) recommendation = cr_recommendation_new ();
  g_autofree char *pos = g_strdup_printf ("%u", position);

  cr_record_set_id (CR_RECORD (recommendation), 100 + position);
  cr_record_set (CR_RECORD (recommendation), "position", pos);
  cr_record_set (CR_RECORD (recommendation), "text", text);
  cr_record_set (CR_RECORD (recommendation), "finding-id", finding_id);
  cr_record_set (CR_RECORD (recommendation), "addressed-to", "partnership");
  cr_record_set (CR_RECORD (recommendation), "outcome", outcome);
  cr_record_set (CR_RECORD (recommendation), "status", "agreed");
  cr_review_report_add_recommendation (report, recommendation);
}

static CrReviewReport *
make_report (gboolean draft)
{
  g_autoptr(CrCase) kase = cr_case_new ();
  CrReviewReport *report;

  cr_case_set_id (kase, 7);
  cr_case_set_reference (kase, "NB-2025-004");
  cr_case_set_pseudonym (kase, "Baby H");

  report = cr_review_report_new (kase);
  cr_review_report_set_partnership (report, PARTNERSHIP);
  cr_review_report_add_reviewer (report, "Dr Alex Morgan");
  cr_review_report_set_draft (report, draft);

  set_section (report, CR_REPORT_SECTION_TITLE_PAGE, "A review of multi-agency practice");
  set_section (report, CR_REPORT_SECTION_FOREWORD,
               "The safeguarding partners thank the family for taking part.");
  set_section (report, CR_REPORT_SECTION_EXECUTIVE_SUMMARY,
               "Baby H was seriously harmed at seven weeks old.\n"
               "The review found **three** areas for learning.");
  set_section (report, CR_REPORT_SECTION_INTRODUCTION,
               "Baby H was born in the summer.\n"
               "The case met the criteria for a local review.");
  set_section (report, CR_REPORT_SECTION_METHODOLOGY,
               "## How the review was done\n"
               "The review used a systems approach.\n"
               "- Practitioner event\n"
               "- Agency reports\n"
               "1. First stage\n"
               "2. Second stage");
  set_section (report, CR_REPORT_SECTION_ANALYSIS,
               "Analysis paragraph one about *information sharing*.\n"
               "Analysis paragraph two about the father.\n"
               "Analysis paragraph three about supervision.");
  set_section (report, CR_REPORT_SECTION_FINDINGS, "The review makes these findings.");
  set_section (report, CR_REPORT_SECTION_GLOSSARY, "**KPE**: key practice episode.");

  add_finding (report, 11, 1, "Information about the father was not shared",
               "Finding one explanation first paragraph.\n\nFinding one explanation second paragraph.",
               "high");
  add_finding (report, 12, 2, "Supervision did not test the plan",
               "Finding two explanation.", "medium");
  {
    g_autoptr(CrChronologyEntry) e1 = make_entry ("2025-03-02", "Police", TRUE);
    g_autoptr(CrChronologyEntry) e2 = make_entry ("2025-04-15", "Health visiting", FALSE);

    cr_review_report_add_evidence (report, 11, e1);
    cr_review_report_add_evidence (report, 11, e2);
  }
  add_recommendation (report, 1, "The partnership should audit information sharing about fathers.",
                      "11", "Fathers are recorded in every assessment.");
  add_recommendation (report, 2, "Supervision should test plans against what has changed.",
                      "12", NULL);

  return report;
}

static TestPdf *
render (CrReviewReport *report)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = cr_final_report_render (report, CR_FINAL_REPORT_PDF, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return test_pdf_open (bytes);
}

/* The first page from @from on which @needle is, or -1. */
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
  return -1;
}

/* --------------------------------------------------------------------------
 * Tests
 */

static void
test_format_from_path (void)
{
  CrFinalReportFormat format = CR_FINAL_REPORT_ODT;

  g_assert_true (cr_final_report_format_from_path ("/tmp/Report.PDF", &format));
  g_assert_cmpint (format, ==, CR_FINAL_REPORT_PDF);
  g_assert_true (cr_final_report_format_from_path ("report.odt", &format));
  g_assert_cmpint (format, ==, CR_FINAL_REPORT_ODT);
  g_assert_false (cr_final_report_format_from_path ("report.docx", &format));
  g_assert_false (cr_final_report_format_from_path ("pdf", &format));
}

static void
test_final (void)
{
  g_autoptr(CrReviewReport) report = make_report (FALSE);
  g_autoptr(TestPdf) pdf = render (report);
  /* Numbered 1, 2, 3… over the sections included: no gap where the
   * empty terms of reference and the rest were left out. */
  const char * const entries[] = {
    "Foreword", "Executive summary", "1 Introduction", "2 Methodology",
    "3 Analysis", "4 Findings", "5 Recommendations", "6 Glossary",
  };
  const char *title_page;
  guint body_start;
  guint n_pages = pdf->pages->len;
  g_autofree char *title = NULL;
  g_autofree char *creator = NULL;
  g_autofree char *author = NULL;
  g_autofree char *footer = NULL;

  g_assert_cmpuint (n_pages, >=, 4);

  /* Page 1: the title page. */
  title_page = test_pdf_page (pdf, 0);
  g_assert_nonnull (strstr (title_page, "Baby H"));
  g_assert_nonnull (strstr (title_page, "Local Child Safeguarding Practice Review"));
  g_assert_nonnull (strstr (title_page, PARTNERSHIP));
  g_assert_nonnull (strstr (title_page, "Independent reviewer: Dr Alex Morgan"));
  g_assert_nonnull (strstr (title_page, "A review of multi-agency practice"));
  g_assert_null (strstr (title_page, "Page "));

  /* Page 2: the contents, each entry's page the page its heading is on. */
  g_assert_nonnull (strstr (test_pdf_page (pdf, 1), "Contents"));
  g_assert_nonnull (strstr (test_pdf_page (pdf, 1), "Page 2 of"));
  body_start = 2;
  g_assert_cmpint (page_from (pdf, body_start, "Foreword"), ==, (int) body_start);
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      int page = page_from (pdf, body_start, entries[i]);

      g_assert_cmpint (page, >=, (int) body_start);
      g_assert_cmpint (test_pdf_contents_number (pdf, 1, entries[i]), ==, page + 1);
    }
  /* Empty sections are left out of a final report. */
  g_assert_null (strstr (pdf->all, "Terms of reference"));
  g_assert_null (strstr (pdf->all, "Partnership response"));
  g_assert_null (strstr (pdf->all, "Not written yet"));
  g_assert_null (strstr (pdf->all, "7 Analysis"));
  g_assert_null (strstr (pdf->all, "8 Findings"));

  /* Numbered paragraphs; headings and list items are not numbered. */
  g_assert_nonnull (strstr (pdf->all, "3.1 Analysis paragraph one about information sharing."));
  g_assert_nonnull (strstr (pdf->all, "3.2 Analysis paragraph two about the father."));
  g_assert_nonnull (strstr (pdf->all, "3.3 Analysis paragraph three"));
  g_assert_nonnull (strstr (pdf->all, "1.1 Baby H was born in the summer."));
  g_assert_nonnull (strstr (pdf->all, "1.2 The case met the criteria"));
  g_assert_nonnull (strstr (pdf->all, "2.1 The review used a systems approach."));
  g_assert_nonnull (strstr (pdf->all, "How the review was done"));
  g_assert_nonnull (strstr (pdf->all, "• Practitioner event"));
  g_assert_nonnull (strstr (pdf->all, "1. First stage"));
  g_assert_nonnull (strstr (pdf->all, "2. Second stage"));
  g_assert_null (strstr (pdf->all, "2.2 Practitioner event"));
  /* The foreword and executive summary are not numbered. */
  g_assert_nonnull (strstr (pdf->all, "The safeguarding partners thank the family"));
  g_assert_null (strstr (pdf->all, ".1 The safeguarding partners"));
  g_assert_nonnull (strstr (pdf->all, "The review found three areas for learning."));

  /* The findings table, then each finding's explanation numbered on. */
  g_assert_nonnull (strstr (pdf->all, "4.1 The review makes these findings."));
  g_assert_nonnull (strstr (pdf->all, "Information about the father was not shared"));
  g_assert_nonnull (strstr (pdf->all, "Priority"));
  g_assert_nonnull (strstr (pdf->all, "Evidence"));
  g_assert_nonnull (strstr (pdf->all, "High"));
  /* Evidence by month and year only, as in the ODT: an exact day in the
   * child's life is what the anonymisation check looks for. */
  g_assert_nonnull (strstr (pdf->all, "March 2025 · Police · KPE"));
  g_assert_nonnull (strstr (pdf->all, "April 2025 · Health visiting"));
  g_assert_null (strstr (pdf->all, "2 Mar"));
  g_assert_null (strstr (pdf->all, "15 Apr"));
  g_assert_null (strstr (pdf->all, "Health visiting · KPE"));
  g_assert_nonnull (strstr (pdf->all, "Finding 1: Information about the father was not shared"));
  g_assert_nonnull (strstr (pdf->all, "4.2 Finding one explanation first paragraph."));
  g_assert_nonnull (strstr (pdf->all, "4.3 Finding one explanation second paragraph."));
  g_assert_nonnull (strstr (pdf->all, "4.4 Finding two explanation."));

  /* The recommendations table. */
  g_assert_nonnull (strstr (pdf->all, "The partnership should audit information sharing about fathers."));
  g_assert_nonnull (strstr (pdf->all, "Expected outcome: Fathers are recorded in every assessment."));
  g_assert_nonnull (strstr (pdf->all, "Addressed to"));
  g_assert_nonnull (strstr (pdf->all, "The safeguarding partnership"));
  g_assert_cmpint (page_from (pdf, body_start, "The partnership should audit"), >=,
                   page_from (pdf, body_start, "5 Recommendations"));

  /* Furniture: no marking on a final report; page numbers from page 2. */
  footer = g_strdup_printf ("Page %u of %u", n_pages, n_pages);
  g_assert_nonnull (strstr (test_pdf_page (pdf, n_pages - 1), footer));
  g_assert_null (strstr (pdf->all, "DRAFT"));
  g_assert_null (strstr (pdf->all, "OFFICIAL"));
  for (guint i = 1; i < n_pages; i++)
    g_assert_nonnull (strstr (test_pdf_page (pdf, i), PARTNERSHIP));

  /* Metadata. */
  g_object_get (pdf->document, "title", &title, "creator", &creator, "author", &author, NULL);
  g_assert_cmpstr (title, ==, "Local Child Safeguarding Practice Review: Baby H");
  g_assert_cmpstr (creator, ==, "Case Reviews");
  g_assert_cmpstr (author, ==, PARTNERSHIP);
}

static void
test_draft (void)
{
  g_autoptr(CrReviewReport) report = make_report (TRUE);
  g_autoptr(TestPdf) pdf = render (report);

  /* On every page, the title page too. */
  for (guint i = 0; i < pdf->pages->len; i++)
    g_assert_nonnull (strstr (test_pdf_page (pdf, i), "DRAFT — NOT FOR PUBLICATION"));

  /* Every section, the empty ones with a placeholder, and the fixed
   * numbers: "7.3" is the same paragraph from one draft to the next. */
  g_assert_nonnull (strstr (pdf->all, "2 Terms of reference"));
  g_assert_nonnull (strstr (pdf->all, "7.1 Analysis paragraph one"));
  g_assert_nonnull (strstr (pdf->all, "8.1 The review makes these findings."));
  g_assert_nonnull (strstr (pdf->all, "8.4 Finding two explanation."));
  g_assert_nonnull (strstr (pdf->all, "10 Partnership response"));
  g_assert_nonnull (strstr (pdf->all, "Not written yet"));
  g_assert_cmpint (test_pdf_contents_number (pdf, 1, "10 Partnership response"), ==,
                   page_from (pdf, 2, "10 Partnership response") + 1);
}

/* A section of 200 paragraphs runs over several pages, every paragraph
 * once, the contents still right about what follows it. */
static void
test_long_section (void)
{
  g_autoptr(CrReviewReport) report = make_report (FALSE);
  g_autoptr(GString) markup = g_string_new (NULL);
  g_autoptr(TestPdf) pdf = NULL;
  int first, last;

  for (guint i = 1; i <= 200; i++)
    g_string_append_printf (markup, "Background paragraph %03u. %s\n", i, lorem);
  set_section (report, CR_REPORT_SECTION_BACKGROUND, markup->str);

  pdf = render (report);
  for (guint i = 1; i <= 200; i++)
    {
      g_autofree char *needle = g_strdup_printf ("3.%u Background paragraph %03u.", i, i);

      g_assert_cmpuint (test_count (pdf->all, needle), ==, 1);
    }
  first = page_from (pdf, 2, "Background paragraph 001.");
  last = page_from (pdf, 2, "Background paragraph 200.");
  g_assert_cmpint (last - first, >=, 4);
  g_assert_cmpint (test_pdf_contents_number (pdf, 1, "4 Analysis"), ==,
                   page_from (pdf, (guint) last, "4 Analysis") + 1);
}

static void
render_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GBytes **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = cr_final_report_render_finish (result, &error);
  g_assert_no_error (error);
}

static gboolean
bytes_set (gpointer data)
{
  return *(GBytes **) data != NULL;
}

static void
test_async_and_write (void)
{
  g_autoptr(CrReviewReport) report = make_report (FALSE);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(TestPdf) pdf = NULL;
  g_autofree char *dir = cr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *odt = g_build_filename (dir, "report.odt", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  GStatBuf st;

  cr_final_report_render_async (report, CR_FINAL_REPORT_PDF, NULL, render_done_cb, &bytes);
  cr_test_wait_until (bytes_set, &bytes, "the report rendered");
  pdf = test_pdf_open (bytes);
  g_assert_nonnull (strstr (pdf->all, "Baby H"));

  g_assert_true (cr_final_report_write (report, CR_FINAL_REPORT_PDF, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_clear_pointer (&contents, g_free);

  /* The ODT goes through the same door. */
  g_assert_true (cr_final_report_write (report, CR_FINAL_REPORT_ODT, odt, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (odt, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "PK"));

  /* A folder that is not there: a clear error, nothing written. */
  {
    g_autofree char *bad = g_build_filename (dir, "missing", "report.pdf", NULL);

    g_assert_false (cr_final_report_write (report, CR_FINAL_REPORT_PDF, bad, &error));
    g_assert_error (error, CR_PDF_ERROR, CR_PDF_ERROR_WRITE);
    g_assert_nonnull (strstr (error->message, "report.pdf"));
  }

  cr_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/final-report/format-from-path", test_format_from_path);
  g_test_add_func ("/final-report/final", test_final);
  g_test_add_func ("/final-report/draft", test_draft);
  g_test_add_func ("/final-report/long-section", test_long_section);
  g_test_add_func ("/final-report/async-and-write", test_async_and_write);

  return g_test_run ();
}
