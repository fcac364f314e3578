/* bench-pdf-open.c: opening a 500-page PDF and showing page 1
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes a 500-page PDF, then times CrPdfDocument opening it and
 * rendering page 1 at 100 % (72 dpi), the median of 5 runs, beside
 * `pdftocairo -png -f 1 -l 1` (process start included) on the same file
 * in the same run. Issue 4 aims for within 1.5× of pdftocairo.
 *
 *   ./build/tests/bench/bench-pdf-open
 */

#include "config.h"

#include <glib/gstdio.h>
#include <unistd.h>

#include "bench-pdf-common.h"
#include "cr-pdf-document.h"

#define RUNS 5

static void
store_result_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static void
wait_result (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
}

static gint64
time_ours (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) loaded = NULL;
  g_autoptr(GAsyncResult) rendered = NULL;
  g_autoptr(CrPdfDocument) document = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  gint64 elapsed;

  cr_pdf_document_load_file_async (file, NULL, NULL, store_result_cb, &loaded);
  wait_result (&loaded);
  document = cr_pdf_document_load_finish (loaded, &error);
  g_assert_no_error (error);
  cr_pdf_document_render_async (document, 0, 1.0, CR_PDF_PRIORITY_VISIBLE, NULL, store_result_cb, &rendered);
  wait_result (&rendered);
  texture = cr_pdf_document_render_finish (document, rendered, &error);
  g_assert_no_error (error);
  elapsed = g_get_monotonic_time () - start;

  g_assert_cmpint (gdk_texture_get_width (texture), ==, 595);
  return elapsed;
}

static gint64
time_pdftocairo (const char *path,
                 const char *out_prefix)
{
  const char *argv[] = { "pdftocairo", "-png", "-f", "1", "-l", "1", path, out_prefix, NULL };
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status, &error))
    return -1;
  if (!g_spawn_check_wait_status (status, NULL))
    return -1;
  return g_get_monotonic_time () - start;
}

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

static double
median_ms (gint64 *values)
{
  qsort (values, RUNS, sizeof (gint64), compare_gint64);
  return values[RUNS / 2] / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *path = bench_make_pdf (BENCH_PDF_PAGES);
  g_autofree char *out_dir = g_dir_make_tmp ("bench-pdf-open-XXXXXX", NULL);
  g_autofree char *out_prefix = g_build_filename (out_dir, "page", NULL);
  gint64 ours[RUNS], theirs[RUNS];
  gboolean have_pdftocairo = TRUE;
  double ours_ms, theirs_ms;

  /* One warm-up each: fonts and the file in the page cache. */
  time_ours (path);
  have_pdftocairo = time_pdftocairo (path, out_prefix) >= 0;

  for (guint i = 0; i < RUNS; i++)
    {
      ours[i] = time_ours (path);
      theirs[i] = have_pdftocairo ? time_pdftocairo (path, out_prefix) : 0;
    }

  ours_ms = median_ms (ours);
  theirs_ms = median_ms (theirs);
  if (have_pdftocairo)
    g_print ("open %u-page + page 1: %.1f ms (pdftocairo: %.1f ms, ratio %.2f)\n",
             BENCH_PDF_PAGES, ours_ms, theirs_ms, ours_ms / theirs_ms);
  else
    g_print ("open %u-page + page 1: %.1f ms (pdftocairo: not installed; apt install poppler-utils)\n",
             BENCH_PDF_PAGES, ours_ms);

  {
    g_autofree char *png = g_strconcat (out_prefix, "-001.png", NULL);
    g_autofree char *png2 = g_strconcat (out_prefix, "-1.png", NULL);

    g_unlink (png);
    g_unlink (png2);
    g_rmdir (out_dir);
  }
  g_unlink (path);
  return 0;
}
