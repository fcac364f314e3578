/* test-pdf-document.c: CrPdfDocument and CrPdfPageCache on real PDFs */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

#include "cr-pdf-document.h"
#include "cr-pdf-page-cache.h"
#include "cr-pdf-worker.h"
#include "cr-test-utils.h"

/* The shared developer corpus (reliability.md §3); tests that need one
 * of its files skip when it is absent. */
#define DEFAULT_CORPUS_DIR "/work/shared/corpus/pdfs"

/* Page sizes of the generated PDFs, cycling: A4, US Letter landscape,
 * and a small card. */
static const double page_sizes[][2] = {
  { 595.276, 841.89 },
  { 792.0, 612.0 },
  { 300.0, 200.0 },
};


/*
 * Fixtures
 */

static cairo_status_t
append_to_array (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* A PDF of @n_pages pages drawn with cairo: a black box at (50, 50) of
 * 100 × 60 points and "Page N of M" under it. */
static GBytes *
make_pdf (guint       n_pages,
          const char *title)
{
  GByteArray *array = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_t *cr;

  surface = cairo_pdf_surface_create_for_stream (append_to_array, array,
                                                 page_sizes[0][0], page_sizes[0][1]);
  if (title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cr = cairo_create (surface);

  for (guint i = 0; i < n_pages; i++)
    {
      g_autofree char *text = g_strdup_printf ("Page %u of %u", i + 1, n_pages);

      cairo_pdf_surface_set_size (surface, page_sizes[i % 3][0], page_sizes[i % 3][1]);
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_rectangle (cr, 50, 50, 100, 60);
      cairo_fill (cr);
      cairo_select_font_face (cr, "Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
      cairo_set_font_size (cr, 18);
      cairo_move_to (cr, 50, 150);
      cairo_show_text (cr, text);
      cairo_show_page (cr);
    }

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  return g_byte_array_free_to_bytes (array);
}

static char *
corpus_path (const char *relative)
{
  const char *dir = g_getenv ("CR_PDF_CORPUS_DIR");

  return g_build_filename (dir != NULL ? dir : DEFAULT_CORPUS_DIR, relative, NULL);
}

/* The corpus file @relative, or NULL after marking the test skipped. */
static char *
corpus_file_or_skip (const char *relative)
{
  g_autofree char *path = corpus_path (relative);

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_autofree char *message = g_strdup_printf ("%s is not here", path);

      g_test_skip (message);
      return NULL;
    }

  return g_steal_pointer (&path);
}

static void
store_result_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static gboolean
result_is_set (gpointer data)
{
  return *(GAsyncResult **) data != NULL;
}

static CrPdfDocument *
load_bytes (GBytes      *bytes,
            const char  *password,
            GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  cr_pdf_document_load_bytes_async (bytes, password, NULL, store_result_cb, &result);
  cr_test_wait_until (result_is_set, &result, "the PDF to load");
  return cr_pdf_document_load_finish (result, error);
}

static CrPdfDocument *
load_path (const char  *path,
           const char  *password,
           GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;

  cr_pdf_document_load_file_async (file, password, NULL, store_result_cb, &result);
  cr_test_wait_until (result_is_set, &result, "the PDF file to load");
  return cr_pdf_document_load_finish (result, error);
}

static GdkTexture *
render (CrPdfDocument  *document,
        guint           page,
        double          scale,
        GCancellable   *cancellable,
        GError        **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  cr_pdf_document_render_async (document, page, scale, CR_PDF_PRIORITY_VISIBLE,
                                cancellable, store_result_cb, &result);
  cr_test_wait_until (result_is_set, &result, "a page to render");
  return cr_pdf_document_render_finish (document, result, error);
}

static char *
get_text (CrPdfDocument  *document,
          int             page,
          GError        **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  cr_pdf_document_get_text_async (document, page, NULL, store_result_cb, &result);
  cr_test_wait_until (result_is_set, &result, "the text of a page");
  return cr_pdf_document_get_text_finish (document, result, error);
}

/* The pixel at (@x, @y) as 0xAARRGGBB (GDK_MEMORY_DEFAULT is cairo's
 * native-endian premultiplied ARGB32). */
static guint32
texture_pixel (GdkTexture *texture,
               int         x,
               int         y)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  g_autofree guint32 *pixels = g_new (guint32, (gsize) width * height);

  g_assert_cmpint (x, <, width);
  g_assert_cmpint (y, <, height);
  gdk_texture_download (texture, (guchar *) pixels, (gsize) width * 4);
  return pixels[(gsize) y * width + x];
}


/*
 * CrPdfDocument
 */

static void
test_load_generated (void)
{
  g_autoptr(GBytes) bytes = make_pdf (5, "Rapid Review – Child A");
  g_autoptr(CrPdfDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  double width, height;

  document = load_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (CR_IS_PDF_DOCUMENT (document));

  g_assert_cmpuint (cr_pdf_document_get_n_pages (document), ==, 5);
  g_assert_cmpstr (cr_pdf_document_get_title (document), ==, "Rapid Review – Child A");

  for (guint i = 0; i < 5; i++)
    {
      cr_pdf_document_get_page_size (document, i, &width, &height);
      g_assert_cmpfloat_with_epsilon (width, page_sizes[i % 3][0], 0.01);
      g_assert_cmpfloat_with_epsilon (height, page_sizes[i % 3][1], 0.01);
    }
}

static void
test_load_without_title (void)
{
  g_autoptr(GBytes) bytes = make_pdf (1, NULL);
  g_autoptr(CrPdfDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = load_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (cr_pdf_document_get_title (document));
}

static void
test_render_two_scales (void)
{
  g_autoptr(GBytes) bytes = make_pdf (3, NULL);
  g_autoptr(CrPdfDocument) document = load_bytes (bytes, NULL, NULL);
  const double scales[] = { 1.0, 2.0, 0.5 };

  g_assert_nonnull (document);

  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    {
      double scale = scales[i];
      g_autoptr(GdkTexture) texture = NULL;
      g_autoptr(GError) error = NULL;

      texture = render (document, 0, scale, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (GDK_IS_TEXTURE (texture));

      g_assert_cmpfloat (fabs (gdk_texture_get_width (texture) - page_sizes[0][0] * scale), <=, 1.0);
      g_assert_cmpfloat (fabs (gdk_texture_get_height (texture) - page_sizes[0][1] * scale), <=, 1.0);

      /* Paper is white and opaque; the box is black. */
      g_assert_cmphex (texture_pixel (texture, 20 * scale, 20 * scale), ==, 0xffffffff);
      g_assert_cmphex (texture_pixel (texture, 100 * scale, 80 * scale), ==, 0xff000000);
    }

  /* The landscape page comes out landscape. */
  {
    g_autoptr(GdkTexture) texture = render (document, 1, 1.0, NULL, NULL);

    g_assert_nonnull (texture);
    g_assert_cmpint (gdk_texture_get_width (texture), ==, 792);
    g_assert_cmpint (gdk_texture_get_height (texture), ==, 612);
  }
}

static void
test_render_capped (void)
{
  g_autoptr(GBytes) bytes = make_pdf (1, NULL);
  g_autoptr(CrPdfDocument) document = load_bytes (bytes, NULL, NULL);
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  double aspect;

  /* 50 × A4 would be about 1.25 billion pixels. */
  texture = render (document, 0, 50.0, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint ((gint64) gdk_texture_get_width (texture) * gdk_texture_get_height (texture),
                   <=, CR_PDF_MAX_PIXELS);
  g_assert_cmpint ((gint64) gdk_texture_get_width (texture) * gdk_texture_get_height (texture),
                   >, CR_PDF_MAX_PIXELS * 0.99);
  aspect = (double) gdk_texture_get_width (texture) / gdk_texture_get_height (texture);
  g_assert_cmpfloat_with_epsilon (aspect, page_sizes[0][0] / page_sizes[0][1], 0.001);
}

static void
assert_clamped (double      width,
                double      height,
                double      expected_width,
                double      expected_height)
{
  cr_pdf_clamp_page_size (&width, &height);
  g_assert_cmpfloat_with_epsilon (width, expected_width, 0.01);
  g_assert_cmpfloat_with_epsilon (height, expected_height, 0.01);
}

static void
test_clamp_page_size (void)
{
  /* Ordinary sizes pass through. */
  assert_clamped (612.0, 792.0, 612.0, 792.0);
  assert_clamped (2717.0, 3701.0, 2717.0, 3701.0);
  /* Damage (non-finite, zero, negative, absurd) becomes A4. */
  assert_clamped (NAN, 792.0, 595.276, 841.89);
  assert_clamped (612.0, INFINITY, 595.276, 841.89);
  assert_clamped (0.0, 0.0, 595.276, 841.89);
  assert_clamped (-612.0, 792.0, 595.276, 841.89);
  assert_clamped (1e30, 792.0, 595.276, 841.89);
  /* Very large pages shrink, keeping their shape, to the PDF limit. */
  assert_clamped (28800.0, 7200.0, 14400.0, 3600.0);
  /* Tiny pages are at least a point a side. */
  assert_clamped (0.5, 200.0, 1.0, 200.0);
}

static void
test_render_bad_page (void)
{
  g_autoptr(GBytes) bytes = make_pdf (2, NULL);
  g_autoptr(CrPdfDocument) document = load_bytes (bytes, NULL, NULL);
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;

  texture = render (document, 2, 1.0, NULL, &error);
  g_assert_error (error, CR_PDF_ERROR, CR_PDF_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "3"));
  g_assert_null (texture);
}

static void
test_text (void)
{
  g_autoptr(GBytes) bytes = make_pdf (3, NULL);
  g_autoptr(CrPdfDocument) document = load_bytes (bytes, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *page2 = NULL;
  g_autofree char *all = NULL;
  g_auto(GStrv) pages = NULL;

  page2 = get_text (document, 1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (page2, "Page 2 of 3"));
  g_assert_null (strstr (page2, "Page 1 of 3"));

  all = get_text (document, -1, &error);
  g_assert_no_error (error);
  pages = g_strsplit (all, "\f", -1);
  g_assert_cmpuint (g_strv_length (pages), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *expected = g_strdup_printf ("Page %u of 3", i + 1);

      g_assert_nonnull (strstr (pages[i], expected));
    }
}

static void
test_cancelled_before_run (void)
{
  g_autoptr(GBytes) bytes = make_pdf (1, NULL);
  g_autoptr(CrPdfDocument) document = load_bytes (bytes, NULL, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  texture = render (document, 0, 1.0, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (texture);

  /* The document still works. */
  g_clear_error (&error);
  texture = render (document, 0, 1.0, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (texture);
}

typedef struct
{
  guint n_done;
  guint n_textures;
  guint n_cancelled;
  guint n_other;
  GArray *order;   /* page of each completed render */
} Tally;

static void
on_tally_render_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  Tally *tally = user_data;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;

  texture = cr_pdf_document_render_finish (CR_PDF_DOCUMENT (source), result, &error);
  if (texture != NULL)
    tally->n_textures++;
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    tally->n_cancelled++;
  else
    tally->n_other++;
  if (tally->order != NULL && texture != NULL)
    {
      guint width = gdk_texture_get_width (texture);

      g_array_append_val (tally->order, width);
    }
  tally->n_done++;
}

static void
test_cancel_queued (void)
{
  g_autoptr(GBytes) bytes = make_pdf (3, NULL);
  g_autoptr(CrPdfDocument) document = load_bytes (bytes, NULL, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Tally tally = { 0 };

  /* A big render keeps the worker busy while twenty more queue behind
   * it; they are cancelled before the worker reaches them. */
  cr_pdf_document_render_async (document, 0, 9.0, CR_PDF_PRIORITY_VISIBLE, NULL,
                                on_tally_render_cb, &tally);
  for (guint i = 0; i < 20; i++)
    cr_pdf_document_render_async (document, i % 3, 2.0, CR_PDF_PRIORITY_PRELOAD, cancellable,
                                  on_tally_render_cb, &tally);
  g_cancellable_cancel (cancellable);

  cr_test_wait_count (&tally.n_done, 21, "the renders to finish");
  g_assert_cmpuint (tally.n_textures, ==, 1);
  g_assert_cmpuint (tally.n_cancelled, ==, 20);
  g_assert_cmpuint (tally.n_other, ==, 0);
}

static void
test_priority_order (void)
{
  g_autoptr(GBytes) bytes = make_pdf (3, NULL);
  g_autoptr(CrPdfDocument) document = load_bytes (bytes, NULL, NULL);
  Tally tally = { 0 };
  guint first_preload_width;

  tally.order = g_array_new (FALSE, FALSE, sizeof (guint));

  /* Behind a busy worker: PRELOAD, THUMBNAIL, then VISIBLE requests of
   * pages with different widths; they must come out most urgent first,
   * and first-in first-out within a priority. */
  cr_pdf_document_render_async (document, 0, 6.0, CR_PDF_PRIORITY_VISIBLE, NULL, on_tally_render_cb, &tally);
  cr_pdf_document_render_async (document, 2, 1.0, CR_PDF_PRIORITY_PRELOAD, NULL, on_tally_render_cb, &tally);
  cr_pdf_document_render_async (document, 2, 2.0, CR_PDF_PRIORITY_PRELOAD, NULL, on_tally_render_cb, &tally);
  cr_pdf_document_render_async (document, 1, 1.0, CR_PDF_PRIORITY_THUMBNAIL, NULL, on_tally_render_cb, &tally);
  cr_pdf_document_render_async (document, 0, 1.0, CR_PDF_PRIORITY_VISIBLE, NULL, on_tally_render_cb, &tally);

  cr_test_wait_count (&tally.n_done, 5, "the renders to finish");
  g_assert_cmpuint (tally.n_textures, ==, 5);
  g_assert_cmpuint (g_array_index (tally.order, guint, 1), ==, 595);  /* VISIBLE, A4 */
  g_assert_cmpuint (g_array_index (tally.order, guint, 2), ==, 792);  /* THUMBNAIL, Letter */
  first_preload_width = g_array_index (tally.order, guint, 3);
  g_assert_cmpuint (first_preload_width, ==, 300);                    /* PRELOAD, FIFO */
  g_assert_cmpuint (g_array_index (tally.order, guint, 4), ==, 600);

  g_array_unref (tally.order);
}

static void
test_dispose_with_queue (void)
{
  g_autoptr(GBytes) bytes = make_pdf (3, NULL);
  CrPdfDocument *document = load_bytes (bytes, NULL, NULL);
  CrPdfDocument *watch = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  Tally tally = { 0 };

  g_assert_nonnull (document);

  for (guint i = 0; i < 60; i++)
    cr_pdf_document_render_async (document, i % 3, 3.0, CR_PDF_PRIORITY_VISIBLE, NULL,
                                  on_tally_render_cb, &tally);

  /* Closing stops the worker after at most the page it is drawing;
   * every other request comes back cancelled. */
  g_object_run_dispose (G_OBJECT (document));
  cr_test_wait_count (&tally.n_done, 60, "the renders to be answered");
  g_assert_cmpuint (tally.n_other, ==, 0);
  g_assert_cmpuint (tally.n_textures, <=, 2);
  g_assert_cmpuint (tally.n_cancelled, >=, 58);

  /* A closed document answers at once with an error. */
  texture = render (document, 0, 1.0, NULL, &error);
  g_assert_error (error, CR_PDF_ERROR, CR_PDF_ERROR_FAILED);
  g_assert_null (texture);

  /* (Dispose has cleared the weak references made before it.) */
  watch = document;
  g_object_add_weak_pointer (G_OBJECT (document), (gpointer *) &watch);
  g_object_unref (document);
  g_assert_null (watch);
}

static void
test_unref_with_queue (void)
{
  g_autoptr(GBytes) bytes = make_pdf (3, NULL);
  CrPdfDocument *document = load_bytes (bytes, NULL, NULL);
  Tally tally = { 0 };

  g_object_add_weak_pointer (G_OBJECT (document), (gpointer *) &document);

  /* Each request keeps the document until it is answered: dropping the
   * last outside reference loses none of them. */
  for (guint i = 0; i < 30; i++)
    cr_pdf_document_render_async (document, i % 3, 1.0, CR_PDF_PRIORITY_PRELOAD, NULL,
                                  on_tally_render_cb, &tally);
  g_object_unref (document);
  g_assert_nonnull (document);

  cr_test_wait_count (&tally.n_done, 30, "the renders to be answered");
  g_assert_cmpuint (tally.n_textures, ==, 30);
  cr_test_spin (50);
  g_assert_null (document);
}

static void
test_garbage (void)
{
  static const char garbage[] = "%PDF-1.7\n\x01\x02 this is not a PDF at all \xff\xfe trailer <<>>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (garbage, sizeof garbage - 1);
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
  g_autoptr(GBytes) random = NULL;
  g_autoptr(CrPdfDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  guint8 noise[4096];
  GRand *rand = g_rand_new_with_seed (20260101);

  document = load_bytes (bytes, NULL, &error);
  g_assert_error (error, CR_PDF_ERROR, CR_PDF_ERROR_DAMAGED);
  g_assert_nonnull (strstr (error->message, "PDF"));
  g_assert_null (document);
  g_clear_error (&error);

  document = load_bytes (empty, NULL, &error);
  g_assert_error (error, CR_PDF_ERROR, CR_PDF_ERROR_DAMAGED);
  g_assert_null (document);
  g_clear_error (&error);

  for (guint i = 0; i < sizeof noise; i++)
    noise[i] = g_rand_int_range (rand, 0, 256);
  g_rand_free (rand);
  random = g_bytes_new (noise, sizeof noise);
  document = load_bytes (random, NULL, &error);
  g_assert_error (error, CR_PDF_ERROR, CR_PDF_ERROR_DAMAGED);
  g_assert_null (document);
}

static void
test_damaged_corpus (void)
{
  const char *files[] = {
    "openpreserve__format-corpus/minimal_test.pdf",   /* a header and %%EOF */
    "qpdf__qpdf/empty.pdf",                           /* no pages */
    "qpdf__qpdf/15316.fuzz",                          /* fuzz reproducer */
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = corpus_file_or_skip (files[i]);
      g_autoptr(CrPdfDocument) document = NULL;
      g_autoptr(GError) error = NULL;

      if (path == NULL)
        return;

      document = load_path (path, NULL, &error);
      g_assert_error (error, CR_PDF_ERROR, CR_PDF_ERROR_DAMAGED);
      g_assert_null (document);
    }
}

static void
test_missing_file (void)
{
  g_autofree char *dir = cr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "no-such-report.pdf", NULL);
  g_autoptr(CrPdfDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = load_path (path, NULL, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_null (document);
  cr_test_remove_tree (dir);
}

static void
test_encrypted (void)
{
  g_autofree char *path = corpus_file_or_skip ("mozilla__pdf.js/print_protection.pdf");
  g_autoptr(CrPdfDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *wrong_message = NULL;
  g_autofree char *text = NULL;

  if (path == NULL)
    return;

  /* Asks for a password... */
  document = load_path (path, NULL, &error);
  g_assert_error (error, CR_PDF_ERROR, CR_PDF_ERROR_ENCRYPTED);
  g_assert_null (document);
  g_assert_nonnull (strstr (error->message, "password"));
  g_clear_error (&error);

  /* ...says when it is wrong... */
  document = load_path (path, "not-the-password", &error);
  g_assert_error (error, CR_PDF_ERROR, CR_PDF_ERROR_ENCRYPTED);
  wrong_message = g_strdup (error->message);
  g_assert_nonnull (strstr (wrong_message, "not correct"));
  g_clear_error (&error);

  /* ...and opens with the right one (pdf.js's test file uses
   * "password"). */
  document = load_path (path, "password", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cr_pdf_document_get_n_pages (document), ==, 1);
  text = get_text (document, 0, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "Hello World"));
}

static void
test_real_paper (void)
{
  g_autofree char *path = corpus_file_or_skip ("mozilla__pdf.js/tracemonkey_with_annotations.pdf");
  g_autoptr(CrPdfDocument) document = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  double width, height;

  if (path == NULL)
    return;

  document = load_path (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cr_pdf_document_get_n_pages (document), ==, 14);
  cr_pdf_document_get_page_size (document, 0, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 612.0, 0.5);
  g_assert_cmpfloat_with_epsilon (height, 792.0, 0.5);

  text = get_text (document, 0, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "Trace-based Just-in-Time"));

  texture = render (document, 0, 1.5, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 918);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 1188);
}

/* The whole corpus: test-pdf-corpus.c (and build-aux/asan-corpus.sh). */

/*
 * Find, selection, time-out and size cap
 */

static GArray *
find (CrPdfDocument *document,
      const char    *text)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GArray *matches;

  cr_pdf_document_find_async (document, text, NULL, store_result_cb, &result);
  cr_test_wait_until (result_is_set, &result, "a search");
  matches = cr_pdf_document_find_finish (document, result, &error);
  g_assert_no_error (error);
  return matches;
}

static void
test_find (void)
{
  g_autoptr(GBytes) bytes = make_pdf (3, NULL);
  g_autoptr(CrPdfDocument) document = NULL;
  g_autoptr(GArray) all = NULL;
  g_autoptr(GArray) one = NULL;
  g_autoptr(GArray) none = NULL;
  g_autoptr(GError) error = NULL;
  const CrPdfMatch *match;

  document = load_bytes (bytes, NULL, &error);
  g_assert_no_error (error);

  /* Case aside, on every page, in page order. */
  all = find (document, "PAGE");
  g_assert_cmpuint (all->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpuint (g_array_index (all, CrPdfMatch, i).page, ==, i);

  /* The hit's rectangle is in points from the top left: the text's
   * baseline is at y = 150, 18 points high. */
  one = find (document, "Page 2 of 3");
  g_assert_cmpuint (one->len, ==, 1);
  match = &g_array_index (one, CrPdfMatch, 0);
  g_assert_cmpuint (match->page, ==, 1);
  g_assert_cmpfloat_with_epsilon (match->rect.origin.x, 50.0, 3.0);
  g_assert_cmpfloat (match->rect.origin.y, >, 125.0);
  g_assert_cmpfloat (match->rect.origin.y + match->rect.size.height, <, 160.0);
  g_assert_cmpfloat (match->rect.size.width, >, 60.0);

  none = find (document, "not in it");
  g_assert_cmpuint (none->len, ==, 0);
}

static void
test_selection (void)
{
  g_autoptr(GBytes) bytes = make_pdf (2, NULL);
  g_autoptr(CrPdfDocument) document = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GArray) rects = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  graphene_rect_t area = GRAPHENE_RECT_INIT (0, 0, 595, 841);

  document = load_bytes (bytes, NULL, &error);
  g_assert_no_error (error);

  /* Dragging across the whole second page selects its line of text. */
  cr_pdf_document_get_selection_async (document, 1, &area, TRUE, NULL, store_result_cb, &result);
  cr_test_wait_until (result_is_set, &result, "a selection");
  g_assert_true (cr_pdf_document_get_selection_finish (document, result, &text, &rects, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "Page 2 of 2"));
  g_assert_cmpuint (rects->len, >, 0);
  for (guint i = 0; i < rects->len; i++)
    {
      const graphene_rect_t *r = &g_array_index (rects, graphene_rect_t, i);

      g_assert_cmpfloat (r->origin.y, >, 120.0);
      g_assert_cmpfloat (r->origin.y, <, 160.0);
    }
}

static void
test_render_timeout (void)
{
  g_autofree char *path = corpus_file_or_skip ("openpreserve__format-corpus/balloon_a1b_jp2k.pdf");
  g_autoptr(CrPdfDocument) document = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;

  if (path == NULL)
    return;

  /* A JPEG 2000 page takes about a second: with a 1 ms limit the answer
   * is the time-out, and the late texture is dropped. */
  document = load_path (path, NULL, &error);
  g_assert_no_error (error);
  cr_pdf_document_set_render_timeout (document, 1);
  texture = render (document, 0, 1.0, NULL, &error);
  g_assert_error (error, CR_PDF_ERROR, CR_PDF_ERROR_TIMEOUT);
  g_assert_null (texture);
  g_assert_cmpstr (error->message, ==, "This page took too long to draw.");
  g_clear_error (&error);

  /* The worker moves on once Poppler returns: the next request works. */
  cr_pdf_document_set_render_timeout (document, 0);
  texture = render (document, 0, 0.1, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (texture);
}

static void
test_too_large (void)
{
  g_autofree char *dir = cr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "huge.pdf", NULL);
  g_autoptr(CrPdfDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  FILE *f = fopen (path, "w");

  /* A sparse file over the cap: refused before anything is read. */
  g_assert_nonnull (f);
  g_assert_cmpint (ftruncate (fileno (f), CR_PDF_MAX_FILE_BYTES + 1), ==, 0);
  fclose (f);

  document = load_path (path, NULL, &error);
  g_assert_error (error, CR_PDF_ERROR, CR_PDF_ERROR_TOO_LARGE);
  g_assert_null (document);
  g_assert_nonnull (strstr (error->message, "too large"));
  cr_test_remove_tree (dir);
}


/*
 * CrPdfPageCache
 */

static gboolean
cache_is_idle (gpointer data)
{
  return cr_pdf_page_cache_get_n_pending (data) == 0;
}

static void
test_cache_range_and_preload (void)
{
  g_autoptr(GBytes) bytes = make_pdf (12, NULL);
  g_autoptr(CrPdfDocument) document = load_bytes (bytes, NULL, NULL);
  g_autoptr(CrPdfPageCache) cache = cr_pdf_page_cache_new (0);
  double scale = 0.0;

  cr_pdf_page_cache_set_document (cache, document);
  cr_pdf_page_cache_set_scale (cache, 0.5);
  cr_pdf_page_cache_set_page_range (cache, 4, 5);

  g_assert_true (cr_pdf_page_cache_is_rendering (cache, 4));
  g_assert_false (cr_pdf_page_cache_is_rendering (cache, 0));
  cr_test_wait_until (cache_is_idle, cache, "the visible and preloaded pages");

  /* Visible 4–5, one page before, two after. */
  for (guint i = 0; i < 12; i++)
    {
      GdkTexture *texture = cr_pdf_page_cache_get_texture (cache, i, &scale);

      if (i >= 3 && i <= 7)
        {
          g_assert_nonnull (texture);
          g_assert_cmpfloat (scale, ==, 0.5);
          g_assert_cmpfloat (fabs (gdk_texture_get_width (texture) - page_sizes[i % 3][0] * 0.5), <=, 1.0);
        }
      else
        g_assert_null (texture);
    }
}

static void
test_cache_scale_change (void)
{
  g_autoptr(GBytes) bytes = make_pdf (8, NULL);
  g_autoptr(CrPdfDocument) document = load_bytes (bytes, NULL, NULL);
  g_autoptr(CrPdfPageCache) cache = cr_pdf_page_cache_new (0);
  GdkTexture *texture;
  double scale = 0.0;

  cr_pdf_page_cache_set_document (cache, document);
  cr_pdf_page_cache_set_scale (cache, 1.0);
  cr_pdf_page_cache_set_page_range (cache, 0, 0);
  cr_test_wait_until (cache_is_idle, cache, "the first pages");
  g_assert_nonnull (cr_pdf_page_cache_get_texture (cache, 2, NULL));

  /* Zooming in: the visible page keeps its old texture to show until the
   * new one comes; preloaded pages are asked again. */
  cr_pdf_page_cache_set_scale (cache, 2.0);
  texture = cr_pdf_page_cache_get_texture (cache, 0, &scale);
  g_assert_nonnull (texture);
  g_assert_cmpfloat (scale, ==, 1.0);
  g_assert_true (cr_pdf_page_cache_is_rendering (cache, 0));

  cr_test_wait_until (cache_is_idle, cache, "the pages at the new scale");
  texture = cr_pdf_page_cache_get_texture (cache, 0, &scale);
  g_assert_cmpfloat (scale, ==, 2.0);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 1191);

  /* Moving away drops the textures at an old scale outside the window. */
  cr_pdf_page_cache_set_scale (cache, 1.5);
  cr_pdf_page_cache_set_page_range (cache, 6, 6);
  g_assert_null (cr_pdf_page_cache_get_texture (cache, 0, NULL));
  g_assert_false (cr_pdf_page_cache_is_rendering (cache, 0));
  cr_test_wait_until (cache_is_idle, cache, "the pages at the far end");
}

static void
test_cache_budget (void)
{
  g_autoptr(GBytes) bytes = make_pdf (30, NULL);
  g_autoptr(CrPdfDocument) document = load_bytes (bytes, NULL, NULL);
  /* About three A4 pages at scale 1 (595 × 842 × 4 bytes each). */
  gsize budget = 3 * 595 * 842 * 4;
  g_autoptr(CrPdfPageCache) cache = cr_pdf_page_cache_new (budget);
  guint n_textures = 0;

  cr_pdf_page_cache_set_document (cache, document);
  for (guint first = 0; first < 30; first += 2)
    {
      cr_pdf_page_cache_set_page_range (cache, first, first + 1);
      cr_test_wait_until (cache_is_idle, cache, "a page range");
      g_assert_cmpuint (cr_pdf_page_cache_get_size (cache), <=, budget);
      g_assert_nonnull (cr_pdf_page_cache_get_texture (cache, first, NULL));
    }

  /* The far pages went first: the last ones are kept. */
  for (guint i = 0; i < 30; i++)
    if (cr_pdf_page_cache_get_texture (cache, i, NULL) != NULL)
      {
        n_textures++;
        g_assert_cmpuint (i, >=, 24);
      }
  g_assert_cmpuint (n_textures, >=, 2);
}

static void
test_cache_visible_over_budget (void)
{
  g_autoptr(GBytes) bytes = make_pdf (4, NULL);
  g_autoptr(CrPdfDocument) document = load_bytes (bytes, NULL, NULL);
  g_autoptr(CrPdfPageCache) cache = cr_pdf_page_cache_new (1024);

  /* A budget too small for one page still shows the visible ones. */
  cr_pdf_page_cache_set_document (cache, document);
  cr_pdf_page_cache_set_page_range (cache, 0, 1);
  cr_test_wait_until (cache_is_idle, cache, "the visible pages");
  g_assert_nonnull (cr_pdf_page_cache_get_texture (cache, 0, NULL));
  g_assert_nonnull (cr_pdf_page_cache_get_texture (cache, 1, NULL));
  g_assert_null (cr_pdf_page_cache_get_texture (cache, 2, NULL));
}

static void
test_cache_new_document (void)
{
  g_autoptr(GBytes) bytes = make_pdf (6, NULL);
  g_autoptr(GBytes) other_bytes = make_pdf (2, NULL);
  g_autoptr(CrPdfDocument) document = load_bytes (bytes, NULL, NULL);
  g_autoptr(CrPdfDocument) other = load_bytes (other_bytes, NULL, NULL);
  g_autoptr(CrPdfPageCache) cache = cr_pdf_page_cache_new (0);

  /* Replies for the old document, still on their way, are dropped. */
  cr_pdf_page_cache_set_document (cache, document);
  cr_pdf_page_cache_set_page_range (cache, 3, 5);
  cr_pdf_page_cache_set_document (cache, other);
  g_assert_cmpuint (cr_pdf_page_cache_get_size (cache), ==, 0);
  cr_pdf_page_cache_set_page_range (cache, 0, 1);
  cr_test_wait_until (cache_is_idle, cache, "the new document's pages");
  cr_test_spin (100);
  g_assert_nonnull (cr_pdf_page_cache_get_texture (cache, 1, NULL));
  g_assert_null (cr_pdf_page_cache_get_texture (cache, 3, NULL));
  g_assert_cmpuint (cr_pdf_page_cache_get_size (cache), ==, 595 * 842 * 4 + 792 * 612 * 4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pdf-document/load-generated", test_load_generated);
  g_test_add_func ("/pdf-document/load-without-title", test_load_without_title);
  g_test_add_func ("/pdf-document/render-two-scales", test_render_two_scales);
  g_test_add_func ("/pdf-document/render-capped", test_render_capped);
  g_test_add_func ("/pdf-document/render-bad-page", test_render_bad_page);
  g_test_add_func ("/pdf-document/clamp-page-size", test_clamp_page_size);
  g_test_add_func ("/pdf-document/text", test_text);
  g_test_add_func ("/pdf-document/cancelled-before-run", test_cancelled_before_run);
  g_test_add_func ("/pdf-document/cancel-queued", test_cancel_queued);
  g_test_add_func ("/pdf-document/priority-order", test_priority_order);
  g_test_add_func ("/pdf-document/dispose-with-queue", test_dispose_with_queue);
  g_test_add_func ("/pdf-document/unref-with-queue", test_unref_with_queue);
  g_test_add_func ("/pdf-document/garbage", test_garbage);
  g_test_add_func ("/pdf-document/find", test_find);
  g_test_add_func ("/pdf-document/selection", test_selection);
  g_test_add_func ("/pdf-document/render-timeout", test_render_timeout);
  g_test_add_func ("/pdf-document/too-large", test_too_large);
  g_test_add_func ("/pdf-document/damaged-corpus", test_damaged_corpus);
  g_test_add_func ("/pdf-document/missing-file", test_missing_file);
  g_test_add_func ("/pdf-document/encrypted", test_encrypted);
  g_test_add_func ("/pdf-document/real-paper", test_real_paper);
  g_test_add_func ("/pdf-page-cache/range-and-preload", test_cache_range_and_preload);
  g_test_add_func ("/pdf-page-cache/scale-change", test_cache_scale_change);
  g_test_add_func ("/pdf-page-cache/budget", test_cache_budget);
  g_test_add_func ("/pdf-page-cache/visible-over-budget", test_cache_visible_over_budget);
  g_test_add_func ("/pdf-page-cache/new-document", test_cache_new_document);

  return g_test_run ();
}
