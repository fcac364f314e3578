/* test-pdf-corpus.c: every file of the shared PDF corpus opens or is refused cleanly */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * reliability.md §3: each file in ../shared/corpus/pdfs (beside the
 * source tree; CR_PDF_CORPUS_DIR overrides) is loaded without a password.
 * It is either refused with a CR_PDF_ERROR and a message (an encrypted
 * one with CR_PDF_ERROR_ENCRYPTED), or each of its pages (at most
 * MAX_PAGES) is rendered at scale 0.5 and its text read. A render that
 * takes longer than CR_PDF_RENDER_TIMEOUT_MS (10 s) fails the test. One
 * line per file goes to the log. build-aux/asan-corpus.sh runs this under
 * AddressSanitizer.
 */

#include "config.h"

#include <string.h>

#include "cr-pdf-document.h"
#include "cr-test-utils.h"

#define MAX_PAGES 50
#define SCALE     0.5
/* The test's own limit for one request, above the render time-out, so a
 * hang fails here rather than in cr_test_wait_until. */
#define WAIT_US   ((gint64) (CR_PDF_RENDER_TIMEOUT_MS + 20000) * 1000)

/* Files the corpus says are encrypted (reliability.md §3.3). */
static const char *encrypted_files[] = {
  "mozilla__pdf.js/print_protection.pdf",
};


/*
 * Helpers
 */

static char *
corpus_dir (void)
{
  const char *env = g_getenv ("CR_PDF_CORPUS_DIR");

  if (env != NULL)
    return g_strdup (env);

  /* G_TEST_SRCDIR (meson's test_env) is tests/ of the source tree, and
   * shared/ sits beside the source tree. */
  return g_canonicalize_filename ("../../shared/corpus/pdfs", g_test_get_dir (G_TEST_DIST));
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static void
collect_files (const char *dir,
               GPtrArray  *paths)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  if (handle == NULL)
    return;

  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        collect_files (path, paths);
      else if (g_str_has_suffix (name, ".pdf") || g_str_has_suffix (name, ".fuzz"))
        g_ptr_array_add (paths, g_steal_pointer (&path));
    }
}

static void
store_result_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

/* Iterates until *@result is set; fails after WAIT_US. */
static void
wait_result (GAsyncResult **result,
             const char    *what,
             const char    *path)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_US;

  while (*result == NULL)
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("%s: no answer to %s after %" G_GINT64_FORMAT " s",
                 path, what, WAIT_US / G_USEC_PER_SEC);
      g_main_context_iteration (NULL, FALSE);
      if (*result == NULL)
        g_usleep (500);
    }
}

static gboolean
is_encrypted_file (const char *dir,
                   const char *path)
{
  for (guint i = 0; i < G_N_ELEMENTS (encrypted_files); i++)
    {
      g_autofree char *full = g_build_filename (dir, encrypted_files[i], NULL);

      if (g_strcmp0 (full, path) == 0)
        return TRUE;
    }
  return FALSE;
}

typedef struct
{
  guint  n_loaded;
  guint  n_refused;
  guint  n_pages;
  guint  n_page_errors;
  gint64 slowest_us;
  char  *slowest;
} Totals;


/*
 * One file
 */

static void
check_file (const char *dir,
            const char *path,
            Totals     *totals)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(CrPdfDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  const char *relative = path + strlen (dir) + 1;
  gint64 file_start = g_get_monotonic_time ();
  gint64 max_render_us = 0;
  guint n_pages, n_rendered = 0;
  guint n_page_errors = 0;
  gsize n_chars = 0;

  cr_pdf_document_load_file_async (file, NULL, NULL, store_result_cb, &result);
  wait_result (&result, "the load", relative);
  document = cr_pdf_document_load_finish (result, &error);

  if (document == NULL)
    {
      /* Refused: one of our errors, with a message a person can read. */
      g_assert_nonnull (error);
      if (error->domain != CR_PDF_ERROR)
        g_error ("%s: refused with a foreign error (%s, %d): %s", relative,
                 g_quark_to_string (error->domain), error->code, error->message);
      g_assert_true (error->code == CR_PDF_ERROR_ENCRYPTED ||
                     error->code == CR_PDF_ERROR_DAMAGED ||
                     error->code == CR_PDF_ERROR_TOO_LARGE);
      g_assert_cmpuint (strlen (error->message), >, 10);
      if (is_encrypted_file (dir, path))
        g_assert_error (error, CR_PDF_ERROR, CR_PDF_ERROR_ENCRYPTED);

      totals->n_refused++;
      g_test_message ("refused  %-70s %s", relative, error->message);
      return;
    }

  /* A file the corpus says is encrypted must not open without one. */
  if (is_encrypted_file (dir, path))
    g_error ("%s opened without its password", relative);

  totals->n_loaded++;
  n_pages = MIN (cr_pdf_document_get_n_pages (document), MAX_PAGES);
  g_assert_cmpuint (n_pages, >, 0);

  for (guint page = 0; page < n_pages; page++)
    {
      g_autoptr(GAsyncResult) render_result = NULL;
      g_autoptr(GAsyncResult) text_result = NULL;
      g_autoptr(GdkTexture) texture = NULL;
      g_autoptr(GError) render_error = NULL;
      g_autoptr(GError) text_error = NULL;
      g_autofree char *text = NULL;
      gint64 start = g_get_monotonic_time ();
      gint64 elapsed;

      cr_pdf_document_render_async (document, page, SCALE, CR_PDF_PRIORITY_VISIBLE,
                                    NULL, store_result_cb, &render_result);
      wait_result (&render_result, "a render", relative);
      elapsed = g_get_monotonic_time () - start;
      texture = cr_pdf_document_render_finish (document, render_result, &render_error);

      if (elapsed > max_render_us)
        max_render_us = elapsed;
      if (elapsed > totals->slowest_us)
        {
          totals->slowest_us = elapsed;
          g_free (totals->slowest);
          totals->slowest = g_strdup_printf ("%s page %u", relative, page + 1);
        }

      if (g_error_matches (render_error, CR_PDF_ERROR, CR_PDF_ERROR_TIMEOUT) ||
          elapsed > (gint64) CR_PDF_RENDER_TIMEOUT_MS * 1000)
        g_error ("%s: page %u took %" G_GINT64_FORMAT " ms to render (limit %d ms)",
                 relative, page + 1, elapsed / 1000, CR_PDF_RENDER_TIMEOUT_MS);

      if (texture != NULL)
        {
          double width, height;

          cr_pdf_document_get_page_size (document, page, &width, &height);
          g_assert_cmpint (gdk_texture_get_width (texture), >, 0);
          g_assert_cmpint (gdk_texture_get_height (texture), >, 0);
          g_assert_cmpint ((gint64) gdk_texture_get_width (texture) * gdk_texture_get_height (texture),
                           <=, CR_PDF_MAX_PIXELS);
          n_rendered++;
        }
      else
        {
          /* A page that cannot be drawn says why. */
          g_assert_nonnull (render_error);
          g_assert_cmpuint (strlen (render_error->message), >, 10);
          n_page_errors++;
        }

      cr_pdf_document_get_text_async (document, (int) page, NULL, store_result_cb, &text_result);
      wait_result (&text_result, "the text", relative);
      text = cr_pdf_document_get_text_finish (document, text_result, &text_error);
      g_assert_no_error (text_error);
      g_assert_true (g_utf8_validate (text, -1, NULL));
      n_chars += g_utf8_strlen (text, -1);
    }

  totals->n_pages += n_rendered;
  totals->n_page_errors += n_page_errors;
  g_test_message ("opened   %-70s %u/%u pages drawn, %u refused, %" G_GSIZE_FORMAT " chars,"
                  " slowest page %" G_GINT64_FORMAT " ms, all %" G_GINT64_FORMAT " ms",
                  relative, n_rendered, cr_pdf_document_get_n_pages (document), n_page_errors,
                  n_chars, max_render_us / 1000, (g_get_monotonic_time () - file_start) / 1000);
}


/*
 * The test
 */

static void
test_corpus (void)
{
  g_autofree char *dir = corpus_dir ();
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  Totals totals = { 0 };

  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *message = NULL;

      message = g_strdup_printf ("the PDF corpus is not at %s (set CR_PDF_CORPUS_DIR)", dir);
      g_test_skip (message);
      return;
    }

  collect_files (dir, paths);
  g_ptr_array_sort (paths, compare_paths);
  /* A corpus folder without files is a broken checkout, not a pass. */
  g_assert_cmpuint (paths->len, >, 0);

  for (guint i = 0; i < paths->len; i++)
    check_file (dir, g_ptr_array_index (paths, i), &totals);

  g_test_message ("%u files: %u opened (%u pages drawn, %u pages refused), %u refused;"
                  " slowest page %" G_GINT64_FORMAT " ms (%s)",
                  paths->len, totals.n_loaded, totals.n_pages, totals.n_page_errors,
                  totals.n_refused, totals.slowest_us / 1000,
                  totals.slowest != NULL ? totals.slowest : "none");
  g_assert_cmpuint (totals.n_loaded + totals.n_refused, ==, paths->len);
  /* Most of the corpus is real documents: a run that opens none of them
   * has broken loading rather than met hostile files. */
  g_assert_cmpuint (totals.n_loaded, >, paths->len / 2);
  g_free (totals.slowest);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pdf-corpus/all", test_corpus);

  return g_test_run ();
}
