/* test-briefing-report.c: the 7-minute briefing PDF, read back with Poppler */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrTestBriefingReport"

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <sys/stat.h>

#include "cr-briefing-report.h"
#include "cr-case.h"
#include "cr-pdf-error.h"
#include "cr-review-report.h"
#include "cr-test-utils.h"
#include "pdf-test-helpers.h"

#define PARTNERSHIP "Northbridge Safeguarding Children Partnership"

static const char * const part_texts[] = {
  "Baby H lived with his mother and her partner. He was seven weeks old when he was taken to hospital.",
  "Babies who cannot yet move about are the most at risk of physical abuse. Bruising in a non-mobile baby must always be explained.",
  "Fathers and partners were not seen. Practitioners should ask who lives in the household and who cares for the baby.",
  "Information was held by each agency but not brought together, so nobody saw the whole picture.",
  "Supervision did not test the plan against what had changed in the family's circumstances.",
  "The health visitor's record keeping was clear and timely: good practice that helped the review.",
  "• Use the bruising protocol for every non-mobile baby.\n• Record every adult in the household.",
};

static CrReviewReport *
make_report (const char * const *texts)
{
  g_autoptr(CrCase) kase = cr_case_new ();
  g_autoptr(CrBriefing) briefing = cr_briefing_new ();
  CrReviewReport *report;

  cr_case_set_id (kase, 7);
  cr_case_set_reference (kase, "NB-2025-004");
  cr_case_set_pseudonym (kase, "Baby H");
  report = cr_review_report_new (kase);
  cr_review_report_set_partnership (report, PARTNERSHIP);

  cr_record_set (CR_RECORD (briefing), "title", "7-minute briefing: Baby H");
  for (guint part = 1; part <= 7; part++)
    cr_record_set (CR_RECORD (briefing), cr_briefing_part_get_field (part), texts[part - 1]);
  cr_record_set (CR_RECORD (briefing), "question-1", "What are your key thoughts and reflections?");
  cr_record_set (CR_RECORD (briefing), "question-2", "How can we ensure the learning is embedded?");
  cr_record_set (CR_RECORD (briefing), "question-3", "How can we integrate the learning into team plans?");
  cr_record_set (CR_RECORD (briefing), "approved-date", "2026-02-03");
  cr_review_report_set_briefing (report, briefing);

  return report;
}

static void
test_briefing (void)
{
  g_autoptr(CrReviewReport) report = make_report (part_texts);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = cr_briefing_report_render (report, &error);
  g_autoptr(TestPdf) pdf = NULL;
  g_autofree char *title = NULL;
  g_autofree char *creator = NULL;
  const char *previous = NULL;

  g_assert_no_error (error);
  pdf = test_pdf_open (bytes);
  g_assert_cmpuint (pdf->pages->len, >=, 1);
  g_assert_cmpuint (pdf->pages->len, <=, 2);

  g_assert_nonnull (strstr (test_pdf_page (pdf, 0), "7-minute briefing: Baby H"));
  g_assert_nonnull (strstr (test_pdf_page (pdf, 0), PARTNERSHIP));
  g_assert_nonnull (strstr (test_pdf_page (pdf, 0), "3 February 2026"));

  /* The seven parts in order, each with its number, title and text. */
  for (guint part = 1; part <= 7; part++)
    {
      const char *part_title = cr_briefing_part_get_title (part);
      g_autofree char *numbered = g_strdup_printf ("%u %s", part, part_title);
      g_autofree char *start = g_strndup (part_texts[part - 1], 40);
      const char *at = strstr (pdf->all, numbered);

      g_assert_nonnull (at);
      g_assert_nonnull (strstr (pdf->all, start));
      /* Reading order. */
      if (previous != NULL)
        g_assert_true (at > previous);
      previous = at;
    }
  g_assert_nonnull (strstr (pdf->all, "Use the bruising protocol"));

  g_assert_nonnull (strstr (pdf->all, "Reflective questions"));
  g_assert_nonnull (strstr (pdf->all, "What are your key thoughts and reflections?"));
  g_assert_nonnull (strstr (pdf->all, "How can we ensure the learning is embedded?"));
  g_assert_nonnull (strstr (pdf->all, "integrate the learning into team plans?"));
  g_assert_true (strstr (pdf->all, "Reflective questions") > previous);

  for (guint i = 0; i < pdf->pages->len; i++)
    {
      g_autofree char *footer = g_strdup_printf ("7-minute briefing · " PARTNERSHIP " · Page %u of %u",
                                                 i + 1, pdf->pages->len);

      g_assert_nonnull (strstr (test_pdf_page (pdf, i), footer));
    }

  g_object_get (pdf->document, "title", &title, "creator", &creator, NULL);
  g_assert_cmpstr (title, ==, "7-minute briefing: Baby H");
  g_assert_cmpstr (creator, ==, "Case Reviews");
}

/* Longer parts flow to a second page, never a third; a part's panel is
 * never cut between pages. */
static void
test_two_pages (void)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(CrReviewReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(TestPdf) pdf = NULL;

  for (guint part = 1; part <= 7; part++)
    {
      GString *text = g_string_new (NULL);

      for (guint i = 0; text->len < 600; i++)
        g_string_append_printf (text, "Part%u sentence %u says what matters here. ", part, i);
      g_ptr_array_add (texts, g_string_free (text, FALSE));
    }
  report = make_report ((const char * const *) texts->pdata);
  bytes = cr_briefing_report_render (report, &error);
  g_assert_no_error (error);
  pdf = test_pdf_open (bytes);
  g_assert_cmpuint (pdf->pages->len, ==, 2);

  for (guint part = 1; part <= 7; part++)
    {
      g_autofree char *first = g_strdup_printf ("Part%u sentence 0 ", part);
      g_autofree char *last = g_strdup_printf ("Part%u sentence 9 ", part);

      g_assert_cmpuint (test_pdf_page_of (pdf, first), ==, test_pdf_page_of (pdf, last));
    }
  g_assert_cmpuint (test_pdf_page_of (pdf, "Part1 sentence 0 "), ==, 0);
  g_assert_cmpuint (test_pdf_page_of (pdf, "Part7 sentence 0 "), ==, 1);
}

static void
test_too_long (void)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(CrReviewReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  for (guint part = 1; part <= 7; part++)
    {
      GString *text = g_string_new (NULL);
      gsize limit = part == 4 ? 1490 : 1400;

      while (text->len + 30 < limit)
        g_string_append (text, "A long sentence of the part. ");
      g_ptr_array_add (texts, g_string_free (text, FALSE));
    }
  report = make_report ((const char * const *) texts->pdata);
  bytes = cr_briefing_report_render (report, &error);
  g_assert_null (bytes);
  g_assert_error (error, CR_PDF_ERROR, CR_PDF_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "too long for two pages"));
  /* Part 4 is "Key learning 2", the longest. */
  g_assert_nonnull (strstr (error->message, cr_briefing_part_get_title (4)));
}

static void
test_missing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  /* A part not written. */
  {
    g_autoptr(CrReviewReport) report = make_report (part_texts);

    cr_record_set (CR_RECORD (cr_review_report_get_briefing (report)), "why-it-matters", "  ");
    bytes = cr_briefing_report_render (report, &error);
    g_assert_null (bytes);
    g_assert_error (error, CR_PDF_ERROR, CR_PDF_ERROR_WRITE);
    g_assert_nonnull (strstr (error->message, cr_briefing_part_get_title (2)));
    g_clear_error (&error);
  }

  /* No briefing at all. */
  {
    g_autoptr(CrCase) kase = cr_case_new ();
    g_autoptr(CrReviewReport) report = NULL;

    cr_case_set_pseudonym (kase, "Baby H");
    report = cr_review_report_new (kase);
    bytes = cr_briefing_report_render (report, &error);
    g_assert_null (bytes);
    g_assert_error (error, CR_PDF_ERROR, CR_PDF_ERROR_WRITE);
    g_assert_nonnull (strstr (error->message, "briefing"));
  }
}

static void
test_write (void)
{
  g_autoptr(CrReviewReport) report = make_report (part_texts);
  g_autofree char *dir = cr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "briefing.pdf", NULL);
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_true (cr_briefing_report_write (report, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (st.st_size, >, 1000);

  cr_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/briefing-report/briefing", test_briefing);
  g_test_add_func ("/briefing-report/two-pages", test_two_pages);
  g_test_add_func ("/briefing-report/too-long", test_too_long);
  g_test_add_func ("/briefing-report/missing", test_missing);
  g_test_add_func ("/briefing-report/write", test_write);

  return g_test_run ();
}
