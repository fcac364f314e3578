/* test-pdf-check.c: the anonymisation check of a PDF to be published */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrTestPdfCheck"

#include "config.h"

#include <cairo-pdf.h>
#include <locale.h>

#include "cr-anonymisation.h"
#include "cr-pdf-check.h"
#include "cr-pdf-error.h"
#include "cr-report.h"
#include "cr-test-utils.h"
#include "pdf-test-helpers.h"

#define DEFAULT_CORPUS_DIR "/work/shared/corpus/pdfs"

static const char *lorem =
  "Child H was seen by the health visitor, who recorded that the baby was feeding "
  "well. The father was not present and was not spoken to. Nobody asked who else "
  "lived in the household, and the referral was not shared with the GP.";

static CrAnonymisationTerms *
make_terms (void)
{
  CrAnonymisationTerms *terms = cr_anonymisation_terms_new ();

  cr_anonymisation_terms_add_person (terms, "Child H", TRUE, "Jayden Smith", "2019-03-03", NULL);
  cr_anonymisation_terms_add_person (terms, "Mother", FALSE, "Kelly Smith", NULL, NULL);
  /* Today's date, in the report's title block, is after the incident:
   * not a day of the child's life to hide. */
  cr_anonymisation_terms_set_incident_date (terms, "2025-06-01");
  return terms;
}

/* A report of a few pages; with @planted, a real name in one paragraph far
 * down. */
static GBytes *
make_report_pdf (const char *planted)
{
  g_autoptr(CrReport) report = cr_report_new ("Anonymisation Test");
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  cr_report_set_marking (report, NULL);
  cr_report_add_heading (report, 1, "Background");
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *text = g_strdup_printf ("Paragraph %u. %s", i, lorem);

      cr_report_add_paragraph (report, text, NULL);
      if (i == 33 && planted != NULL)
        cr_report_add_paragraph (report, planted, NULL);
    }

  bytes = cr_report_render_pdf (report, &error);
  g_assert_no_error (error);
  return bytes;
}

static GPtrArray *
check (GBytes     *bytes,
       const char *password,
       GError    **error)
{
  g_autoptr(CrAnonymisationTerms) terms = make_terms ();

  return cr_pdf_check_anonymisation (bytes, password, terms, NULL, error);
}

static guint
count_source (GPtrArray  *hits,
              const char *source)
{
  guint n = 0;

  for (guint i = 0; i < hits->len; i++)
    {
      if (g_strcmp0 (cr_anonymisation_hit_get_source_id (g_ptr_array_index (hits, i)), source) == 0)
        n++;
    }
  return n;
}

static CrAnonymisationHit *
find_hit (GPtrArray  *hits,
          const char *source,
          const char *text)
{
  for (guint i = 0; i < hits->len; i++)
    {
      CrAnonymisationHit *hit = g_ptr_array_index (hits, i);

      if (g_strcmp0 (cr_anonymisation_hit_get_source_id (hit), source) == 0 &&
          strstr (cr_anonymisation_hit_get_text (hit), text) != NULL)
        return hit;
    }
  return NULL;
}

/* --------------------------------------------------------------------------
 * Pages
 */

static void
test_clean (void)
{
  g_autoptr(GBytes) bytes = make_report_pdf (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hits = check (bytes, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (hits);
  for (guint i = 0; i < hits->len; i++)
    g_test_message ("unexpected hit: %s in %s", cr_anonymisation_hit_get_text (g_ptr_array_index (hits, i)),
                    cr_anonymisation_hit_get_source_id (g_ptr_array_index (hits, i)));
  g_assert_cmpuint (hits->len, ==, 0);
}

static void
test_planted_name (void)
{
  g_autoptr(GBytes) bytes = make_report_pdf ("The review spoke to Jayden Smith's teacher.");
  g_autoptr(TestPdf) pdf = test_pdf_open (bytes);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hits = check (bytes, NULL, &error);
  guint page = test_pdf_page_of (pdf, "teacher");
  g_autofree char *source = g_strdup_printf ("page:%u", page + 1);
  g_autofree char *label = g_strdup_printf ("Page %u", page + 1);
  CrAnonymisationHit *hit;

  g_assert_no_error (error);
  g_assert_cmpuint (page, >=, 1);

  /* On the page where it is, and nowhere else. */
  hit = find_hit (hits, source, "Jayden Smith");
  g_assert_nonnull (hit);
  g_assert_cmpint (cr_anonymisation_hit_get_kind (hit), ==, CR_ANONYMISATION_KIND_NAME);
  g_assert_cmpstr (cr_anonymisation_hit_get_source_label (hit), ==, label);
  g_assert_false (cr_anonymisation_hit_is_replaceable (hit));
  g_assert_cmpuint (count_source (hits, source), ==, hits->len);
}

/* --------------------------------------------------------------------------
 * Metadata and annotations
 */

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* A one-page PDF whose text is clean but whose author is a real name. */
static GBytes *
make_metadata_pdf (void)
{
  GByteArray *array = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_cb, array, 595, 842);
  cairo_t *cr = cairo_create (surface);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, "Learning summary");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, "Kelly Smith");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_KEYWORDS, "safeguarding, Child H");
  cairo_select_font_face (cr, "Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, 12);
  cairo_move_to (cr, 72, 100);
  cairo_show_text (cr, "A summary of the learning about Child H.");
  cairo_show_page (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  return g_byte_array_free_to_bytes (array);
}

/* @bytes with a comment saying @comment added on page 1 by Poppler. */
static GBytes *
add_annotation (GBytes     *bytes,
                const char *comment,
                const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "annotated.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  PopplerDocument *document;
  g_autoptr(GError) error = NULL;
  PopplerRectangle rect = { 100, 100, 120, 120 };
  PopplerPage *page;
  PopplerAnnot *annot;
  char *data = NULL;
  gsize size = 0;

  document = poppler_document_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  page = poppler_document_get_page (document, 0);
  annot = poppler_annot_text_new (document, &rect);
  poppler_annot_set_contents (annot, comment);
  poppler_page_add_annot (page, annot);
  g_object_unref (annot);
  g_object_unref (page);

  g_assert_true (poppler_document_save (document, uri, &error));
  g_assert_no_error (error);
  g_object_unref (document);
  g_assert_true (g_file_get_contents (path, &data, &size, NULL));
  return g_bytes_new_take (data, size);
}

static void
test_metadata_and_annotation (void)
{
  g_autofree char *dir = cr_test_make_tmpdir ();
  g_autoptr(GBytes) plain = make_metadata_pdf ();
  g_autoptr(GBytes) bytes = add_annotation (plain, "Check this with Jayden's GP before publishing.", dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hits = check (bytes, NULL, &error);
  CrAnonymisationHit *hit;

  g_assert_no_error (error);

  /* The page's text is clean. */
  g_assert_cmpuint (count_source (hits, "page:1"), ==, 0);

  /* The author in the document properties. */
  hit = find_hit (hits, "metadata:author", "Kelly Smith");
  g_assert_nonnull (hit);
  g_assert_cmpstr (cr_anonymisation_hit_get_source_label (hit), ==, "Document properties: Author");
  /* The pseudonym in the keywords is not a hit. */
  g_assert_cmpuint (count_source (hits, "metadata:keywords"), ==, 0);

  /* The comment. */
  hit = find_hit (hits, "annotation:1:1", "Jayden");
  g_assert_nonnull (hit);
  g_assert_cmpstr (cr_anonymisation_hit_get_source_label (hit), ==, "Comment on page 1");

  cr_test_remove_tree (dir);
}

/* --------------------------------------------------------------------------
 * Hostile and protected files
 */

static GBytes *
corpus_bytes_or_skip (const char *relative)
{
  const char *dir = g_getenv ("CR_PDF_CORPUS_DIR");
  g_autofree char *path = g_build_filename (dir != NULL ? dir : DEFAULT_CORPUS_DIR, relative, NULL);
  char *data = NULL;
  gsize size = 0;

  if (!g_file_get_contents (path, &data, &size, NULL))
    {
      g_autofree char *message = g_strdup_printf ("%s is not here", path);

      g_test_skip (message);
      return NULL;
    }
  return g_bytes_new_take (data, size);
}

static void
test_damaged (void)
{
  const char *files[] = {
    "openpreserve__format-corpus/minimal_test.pdf",   /* a header and %%EOF */
    "qpdf__qpdf/empty.pdf",                           /* no pages */
    "qpdf__qpdf/15316.fuzz",                          /* fuzz reproducer */
  };
  static const guint8 noise[] = { '%', 'P', 'D', 'F', '-', '1', '.', '7', '\n', 0xff, 0x00, 0x13 };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GBytes) bytes = corpus_bytes_or_skip (files[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) hits = NULL;

      if (bytes == NULL)
        return;
      hits = check (bytes, NULL, &error);
      g_assert_null (hits);
      g_assert_error (error, CR_PDF_ERROR, CR_PDF_ERROR_DAMAGED);
      /* Says what to do. */
      g_assert_nonnull (strstr (error->message, "could not be checked"));
    }

  {
    g_autoptr(GBytes) bytes = g_bytes_new_static (noise, sizeof noise);
    g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) hits = check (bytes, NULL, &error);

    g_assert_null (hits);
    g_assert_error (error, CR_PDF_ERROR, CR_PDF_ERROR_DAMAGED);
    g_clear_error (&error);
    hits = check (empty, NULL, &error);
    g_assert_null (hits);
    g_assert_error (error, CR_PDF_ERROR, CR_PDF_ERROR_DAMAGED);
  }
}

/* A real paper with annotations is read through without complaint. */
static void
test_real_paper (void)
{
  g_autoptr(GBytes) bytes = corpus_bytes_or_skip ("mozilla__pdf.js/tracemonkey_with_annotations.pdf");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hits = NULL;

  if (bytes == NULL)
    return;
  hits = check (bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (hits);
  g_assert_cmpuint (count_source (hits, "metadata:author"), ==, 0);
}

static void
test_encrypted (void)
{
  g_autoptr(GBytes) bytes = corpus_bytes_or_skip ("mozilla__pdf.js/print_protection.pdf");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hits = NULL;

  if (bytes == NULL)
    return;

  hits = check (bytes, NULL, &error);
  g_assert_null (hits);
  g_assert_error (error, CR_PDF_ERROR, CR_PDF_ERROR_ENCRYPTED);
  g_assert_nonnull (strstr (error->message, "password"));
  g_clear_error (&error);

  hits = check (bytes, "not-the-password", &error);
  g_assert_null (hits);
  g_assert_error (error, CR_PDF_ERROR, CR_PDF_ERROR_ENCRYPTED);
  g_assert_nonnull (strstr (error->message, "not correct"));
  g_clear_error (&error);

  /* pdf.js's test file opens with "password". */
  hits = check (bytes, "password", &error);
  g_assert_no_error (error);
  g_assert_nonnull (hits);
}

/* --------------------------------------------------------------------------
 * In a worker
 */

typedef struct
{
  gboolean   done;
  GPtrArray *hits;
  GError    *error;
} Result;

static void
check_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  Result *out = user_data;

  out->hits = cr_pdf_check_anonymisation_finish (result, &out->error);
  out->done = TRUE;
}

static void
test_async (void)
{
  g_autoptr(GBytes) bytes = make_report_pdf ("Jayden Smith moved school.");
  g_autoptr(CrAnonymisationTerms) terms = make_terms ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Result result = { 0 };

  cr_pdf_check_anonymisation_async (bytes, NULL, terms, NULL, check_done_cb, &result);
  cr_test_wait_for_flag (&result.done, CR_TEST_WAIT_MS);
  g_assert_no_error (result.error);
  g_assert_nonnull (result.hits);
  g_assert_cmpuint (result.hits->len, >=, 1);
  g_assert_nonnull (find_hit (result.hits, cr_anonymisation_hit_get_source_id (g_ptr_array_index (result.hits, 0)),
                              "Jayden Smith"));
  g_clear_pointer (&result.hits, g_ptr_array_unref);

  /* Cancelled: nothing comes back but the cancellation. */
  memset (&result, 0, sizeof result);
  g_cancellable_cancel (cancellable);
  cr_pdf_check_anonymisation_async (bytes, NULL, terms, cancellable, check_done_cb, &result);
  cr_test_wait_for_flag (&result.done, CR_TEST_WAIT_MS);
  g_assert_null (result.hits);
  g_assert_error (result.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&result.error);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pdf-check/clean", test_clean);
  g_test_add_func ("/pdf-check/planted-name", test_planted_name);
  g_test_add_func ("/pdf-check/metadata-and-annotation", test_metadata_and_annotation);
  g_test_add_func ("/pdf-check/damaged", test_damaged);
  g_test_add_func ("/pdf-check/real-paper", test_real_paper);
  g_test_add_func ("/pdf-check/encrypted", test_encrypted);
  g_test_add_func ("/pdf-check/async", test_async);

  return g_test_run ();
}
