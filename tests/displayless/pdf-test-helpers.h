/* pdf-test-helpers.h: reading a PDF the tests wrote back with Poppler
 * (test-report-long, test-final-report, test-briefing-report,
 * test-pdf-check). Header-only so that each test stays one program. */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <poppler.h>
#include <string.h>

G_BEGIN_DECLS

typedef struct
{
  PopplerDocument *document;
  GPtrArray       *pages;   /* char *: the text of each page, lines joined */
  char            *all;     /* every page, form feeds between */
} TestPdf;

static inline void
test_pdf_free (TestPdf *pdf)
{
  g_clear_object (&pdf->document);
  g_clear_pointer (&pdf->pages, g_ptr_array_unref);
  g_free (pdf->all);
  g_free (pdf);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestPdf, test_pdf_free)

/* With CR_TEST_REPORT_DUMP_DIR set, keeps @bytes there as
 * <test path>.pdf, to look at. */
static inline void
test_pdf_dump (GBytes *bytes)
{
  const char *dir = g_getenv ("CR_TEST_REPORT_DUMP_DIR");
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;

  name = g_strdelimit (g_strconcat (g_test_get_path (), ".pdf", NULL), "/", '-');
  path = g_build_filename (dir, name, NULL);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), NULL));
}

static inline TestPdf *
test_pdf_open (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) all = g_string_new (NULL);
  TestPdf *pdf = g_new0 (TestPdf, 1);
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);

  g_assert_cmpuint (size, >, 5);
  g_assert_true (memcmp (data, "%PDF-", 5) == 0);
  test_pdf_dump (bytes);

  pdf->document = poppler_document_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (pdf->document);

  pdf->pages = g_ptr_array_new_with_free_func (g_free);
  for (int i = 0; i < poppler_document_get_n_pages (pdf->document); i++)
    {
      PopplerPage *page = poppler_document_get_page (pdf->document, i);
      char *text = poppler_page_get_text (page);

      g_object_unref (page);
      g_assert_nonnull (text);
      /* Lines joined: a phrase may wrap anywhere. */
      g_strdelimit (text, "\n", ' ');
      g_ptr_array_add (pdf->pages, text);
      if (i > 0)
        g_string_append_c (all, '\f');
      g_string_append (all, text);
    }
  pdf->all = g_string_free (g_steal_pointer (&all), FALSE);

  return pdf;
}

static inline const char *
test_pdf_page (TestPdf *pdf,
               guint    page)
{
  g_assert_cmpuint (page, <, pdf->pages->len);
  return g_ptr_array_index (pdf->pages, page);
}

static inline guint
test_count (const char *haystack,
            const char *needle)
{
  guint n = 0;
  gsize len = strlen (needle);

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + len, needle))
    n++;
  return n;
}

/* The page (from 0) holding @needle; fails when it is on none, or on
 * several, or twice on one. */
static inline guint
test_pdf_page_of (TestPdf    *pdf,
                  const char *needle)
{
  int found = -1;

  for (guint i = 0; i < pdf->pages->len; i++)
    {
      guint n = test_count (test_pdf_page (pdf, i), needle);

      if (n == 0)
        continue;
      if (found >= 0 || n > 1)
        g_error ("“%s” appears more than once", needle);
      found = (int) i;
    }
  if (found < 0)
    g_error ("“%s” is on no page", needle);
  return (guint) found;
}

/* The page (from 0) where @needle first appears, or -1. */
static inline int
test_pdf_first_page_of (TestPdf    *pdf,
                        const char *needle)
{
  for (guint i = 0; i < pdf->pages->len; i++)
    {
      if (strstr (test_pdf_page (pdf, i), needle) != NULL)
        return (int) i;
    }
  return -1;
}

/* The page number the contents page gives for @entry: the number after
 * @entry on page @contents_page (the leaders are drawn, not text). */
static inline int
test_pdf_contents_number (TestPdf    *pdf,
                          guint       contents_page,
                          const char *entry)
{
  const char *text = test_pdf_page (pdf, contents_page);
  const char *p = strstr (text, entry);
  char *end = NULL;
  gint64 number;

  if (p == NULL)
    g_error ("“%s” is not in the contents", entry);
  p += strlen (entry);
  while (*p == ' ')
    p++;
  number = g_ascii_strtoll (p, &end, 10);
  if (end == p)
    g_error ("“%s” has no page number in the contents", entry);
  return (int) number;
}

G_END_DECLS
