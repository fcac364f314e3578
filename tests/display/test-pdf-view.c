/* test-pdf-view.c: CrPdfView and CrReportPreviewWindow on generated PDFs */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>

#include "cr-pdf-document.h"
#include "cr-pdf-view.h"
#include "cr-pdf-view-page.h"
#include "cr-pdf-viewer.h"
#include "cr-pdf-viewer-controls.h"
#include "cr-report-preview-window.h"
#include "cr-test-utils.h"

#define A4_WIDTH  595.276
#define A4_HEIGHT 841.89


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

/* @n_pages A4 pages, each with a black box and "Page N". */
static GBytes *
make_pdf (guint n_pages)
{
  GByteArray *array = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_to_array, array, A4_WIDTH, A4_HEIGHT);
  cairo_t *cr = cairo_create (surface);

  for (guint i = 0; i < n_pages; i++)
    {
      g_autofree char *text = g_strdup_printf ("Page %u", i + 1);

      cairo_rectangle (cr, 50, 50, 100, 60);
      cairo_fill (cr);
      cairo_move_to (cr, 50, 150);
      cairo_set_font_size (cr, 24);
      cairo_show_text (cr, text);
      cairo_show_page (cr);
    }

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (array);
}

static void
store_result_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static gboolean
result_is_set (gpointer data)
{
  return *(GAsyncResult **) data != NULL;
}

static CrPdfDocument *
load_pdf (guint n_pages)
{
  g_autoptr(GBytes) bytes = make_pdf (n_pages);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  CrPdfDocument *document;

  cr_pdf_document_load_bytes_async (bytes, NULL, NULL, store_result_cb, &result);
  cr_test_wait_until (result_is_set, &result, "the PDF to load");
  document = cr_pdf_document_load_finish (result, &error);
  g_assert_no_error (error);
  return document;
}

typedef struct
{
  GtkWindow *window;
  CrPdfView *view;
} ViewFixture;

static GtkAdjustment *
view_vadjustment (CrPdfView *view)
{
  GtkWidget *scrolled = gtk_widget_get_first_child (GTK_WIDGET (view));

  g_assert_true (GTK_IS_SCROLLED_WINDOW (scrolled));
  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
}

static GPtrArray *
page_children (CrPdfView *view)
{
  GPtrArray *pages = g_ptr_array_new ();

  cr_test_collect_widgets (GTK_WIDGET (view), CR_TYPE_PDF_VIEW_PAGE, pages);
  return pages;
}

static CrPdfViewPage *
page_child (CrPdfView *view,
            guint      index)
{
  g_autoptr(GPtrArray) pages = page_children (view);

  g_assert_cmpuint (index, <, pages->len);
  return g_ptr_array_index (pages, index);
}

/* The top of page @index in the scrolled content. */
static double
page_top (CrPdfView *view,
          guint      index)
{
  GtkWidget *page = GTK_WIDGET (page_child (view, index));
  GtkWidget *box = gtk_widget_get_parent (page);
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (page, box, &bounds));
  return bounds.origin.y + gtk_widget_get_margin_top (box);
}

/* Where page @index shows in the scrolled window: what the user sees. */
static double
page_top_on_screen (CrPdfView *view,
                    guint      index)
{
  GtkWidget *page = GTK_WIDGET (page_child (view, index));
  GtkWidget *scrolled = gtk_widget_get_first_child (GTK_WIDGET (view));
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (page, scrolled, &bounds));
  return bounds.origin.y;
}

typedef struct
{
  CrPdfView *view;
  guint      page;
  double     y;
} ScreenWait;

static gboolean
page_is_on_screen_at (gpointer data)
{
  ScreenWait *wait = data;

  return fabs (page_top_on_screen (wait->view, wait->page) - wait->y) < 1.0;
}

/* Waits until page @index is drawn @y pixels below the top of the view. */
static void
wait_for_page_on_screen (CrPdfView *view,
                         guint      index,
                         double     y)
{
  ScreenWait wait = { view, index, y };

  cr_test_wait_until (page_is_on_screen_at, &wait, "the page to show at its place");
}

static gboolean
is_laid_out (gpointer data)
{
  ViewFixture *fixture = data;
  GtkAdjustment *adj = view_vadjustment (fixture->view);

  return gtk_adjustment_get_page_size (adj) > 0 &&
         gtk_widget_get_width (GTK_WIDGET (page_child (fixture->view, 0))) > 0;
}

static void
view_fixture_set_up (ViewFixture   *fixture,
                     gconstpointer  data)
{
  g_autoptr(CrPdfDocument) document = load_pdf (GPOINTER_TO_UINT (data));

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 700, 600);
  fixture->view = CR_PDF_VIEW (cr_pdf_view_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  cr_pdf_view_set_document (fixture->view, document);
  gtk_window_present (fixture->window);
  cr_test_wait_until (is_laid_out, fixture, "the view to be laid out");
}

static void
view_fixture_tear_down (ViewFixture   *fixture,
                        gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  cr_test_spin (50);
}

typedef struct
{
  CrPdfView *view;
  guint      page;
  int        width;
} PageWidth;

static gboolean
page_has_width (gpointer data)
{
  PageWidth *wait = data;

  return gtk_widget_get_width (GTK_WIDGET (page_child (wait->view, wait->page))) == wait->width;
}

static void
wait_for_page_width (CrPdfView *view,
                     guint      page,
                     int        width)
{
  PageWidth wait = { view, page, width };

  cr_test_wait_until (page_has_width, &wait, "the pages to take the new zoom");
}

typedef struct
{
  CrPdfView *view;
  double     value;
} ScrollWait;

static gboolean
scrolled_to (gpointer data)
{
  ScrollWait *wait = data;

  return fabs (gtk_adjustment_get_value (view_vadjustment (wait->view)) - wait->value) < 1.0;
}

static void
wait_for_scroll (CrPdfView *view,
                 double     value)
{
  ScrollWait wait = { view, value };

  cr_test_wait_until (scrolled_to, &wait, "the view to scroll");
}

static gboolean
page_has_texture (gpointer data)
{
  return cr_pdf_view_page_get_texture (data) != NULL;
}


/*
 * CrPdfView
 */

static void
test_view_pages (ViewFixture   *fixture,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) pages = page_children (fixture->view);

  g_assert_cmpuint (pages->len, ==, 5);
  g_assert_cmpuint (cr_pdf_view_get_n_pages (fixture->view), ==, 5);
  g_assert_cmpuint (cr_pdf_view_get_page (fixture->view), ==, 0);

  /* Stacked top to bottom, each the page size at 100 %. */
  for (guint i = 0; i < pages->len; i++)
    {
      GtkWidget *page = g_ptr_array_index (pages, i);

      g_assert_cmpuint (cr_pdf_view_page_get_index (CR_PDF_VIEW_PAGE (page)), ==, i);
      g_assert_cmpint (gtk_widget_get_width (page), ==, 595);
      g_assert_cmpint (gtk_widget_get_height (page), ==, 842);
      if (i > 0)
        g_assert_cmpfloat (page_top (fixture->view, i), >, page_top (fixture->view, i - 1) + 842);
    }

  /* The first page renders; the last, far out of view, is not asked for. */
  cr_test_wait_until (page_has_texture, g_ptr_array_index (pages, 0), "page 1 to render");
  g_assert_cmpint (gdk_texture_get_width (cr_pdf_view_page_get_texture (g_ptr_array_index (pages, 0))),
                   ==, 595 * gtk_widget_get_scale_factor (GTK_WIDGET (fixture->view)));
  g_assert_null (cr_pdf_view_page_get_texture (g_ptr_array_index (pages, 4)));
}

static void
test_view_zoom (ViewFixture   *fixture,
                gconstpointer  data)
{
  CrPdfViewPage *first = page_child (fixture->view, 0);

  cr_pdf_view_set_zoom (fixture->view, 2.0);
  g_assert_cmpfloat (cr_pdf_view_get_zoom (fixture->view), ==, 2.0);
  wait_for_page_width (fixture->view, 0, 1191);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (first)), ==, 1684);

  /* The new texture comes at the new scale. */
  cr_test_wait_until (page_has_texture, first, "page 1 to render");
  g_assert_cmpint (gdk_texture_get_width (cr_pdf_view_page_get_texture (first)), >=, 1190);

  cr_pdf_view_set_zoom (fixture->view, 0.5);
  wait_for_page_width (fixture->view, 0, 298);

  /* Steps go through the zoom levels and stop at the limits. */
  cr_pdf_view_set_zoom (fixture->view, 1.0);
  cr_pdf_view_zoom_in (fixture->view);
  g_assert_cmpfloat (cr_pdf_view_get_zoom (fixture->view), ==, 1.25);
  cr_pdf_view_zoom_out (fixture->view);
  cr_pdf_view_zoom_out (fixture->view);
  g_assert_cmpfloat (cr_pdf_view_get_zoom (fixture->view), ==, 0.8);
  cr_pdf_view_set_zoom (fixture->view, 100.0);
  g_assert_cmpfloat (cr_pdf_view_get_zoom (fixture->view), ==, CR_PDF_VIEW_MAX_ZOOM);
  g_assert_false (cr_pdf_view_can_zoom_in (fixture->view));
  cr_pdf_view_zoom_in (fixture->view);
  g_assert_cmpfloat (cr_pdf_view_get_zoom (fixture->view), ==, CR_PDF_VIEW_MAX_ZOOM);

  /* The keyboard action does the same. */
  cr_pdf_view_set_zoom (fixture->view, 1.0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "pdf.zoom-out", NULL));
  g_assert_cmpfloat (cr_pdf_view_get_zoom (fixture->view), ==, 0.8);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "pdf.zoom-reset", NULL));
  g_assert_cmpfloat (cr_pdf_view_get_zoom (fixture->view), ==, 1.0);
}

static void
test_view_zoom_keeps_place (ViewFixture   *fixture,
                            gconstpointer  data)
{
  cr_pdf_view_set_page (fixture->view, 3);
  wait_for_scroll (fixture->view, page_top (fixture->view, 3) - 12);

  /* Zooming keeps the same place of the same page at the top. */
  cr_pdf_view_set_zoom (fixture->view, 1.5);
  wait_for_page_width (fixture->view, 3, 893);
  wait_for_scroll (fixture->view, page_top (fixture->view, 3) - 12 * 1.5);
  wait_for_page_on_screen (fixture->view, 3, 12 * 1.5);
  g_assert_cmpuint (cr_pdf_view_get_page (fixture->view), ==, 3);

  /* Zooming and going to a page at once (as the preview's keys may). */
  cr_pdf_view_set_zoom (fixture->view, 1.0);
  cr_pdf_view_set_page (fixture->view, 1);
  wait_for_page_on_screen (fixture->view, 1, 12);
  g_assert_cmpuint (cr_pdf_view_get_page (fixture->view), ==, 1);
}

static void
test_view_go_to_page (ViewFixture   *fixture,
                      gconstpointer  data)
{
  GtkAdjustment *adj = view_vadjustment (fixture->view);

  cr_pdf_view_set_page (fixture->view, 2);
  g_assert_cmpuint (cr_pdf_view_get_page (fixture->view), ==, 2);
  wait_for_scroll (fixture->view, page_top (fixture->view, 2) - 12);
  wait_for_page_on_screen (fixture->view, 2, 12);
  cr_test_spin (100);
  g_assert_cmpuint (cr_pdf_view_get_page (fixture->view), ==, 2);

  /* The page scrolled to renders. */
  cr_test_wait_until (page_has_texture, page_child (fixture->view, 2), "page 3 to render");

  /* The last page, from its top. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "pdf.last-page", NULL));
  wait_for_scroll (fixture->view, page_top (fixture->view, 4) - 12);
  wait_for_page_on_screen (fixture->view, 4, 12);
  cr_test_spin (100);
  g_assert_cmpuint (cr_pdf_view_get_page (fixture->view), ==, 4);

  /* Scrolled by hand to the very end, the last page is current. */
  gtk_adjustment_set_value (adj, page_top (fixture->view, 3));
  cr_test_spin (100);
  g_assert_cmpuint (cr_pdf_view_get_page (fixture->view), ==, 3);
  gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj));
  cr_test_spin (100);
  g_assert_cmpuint (cr_pdf_view_get_page (fixture->view), ==, 4);

  /* Past the end is the last page; previous goes back one. */
  cr_pdf_view_set_page (fixture->view, 99);
  g_assert_cmpuint (cr_pdf_view_get_page (fixture->view), ==, 4);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "pdf.previous-page", NULL));
  g_assert_cmpuint (cr_pdf_view_get_page (fixture->view), ==, 3);
  wait_for_scroll (fixture->view, page_top (fixture->view, 3) - 12);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "pdf.first-page", NULL));
  wait_for_scroll (fixture->view, 0.0);
  g_assert_cmpuint (cr_pdf_view_get_page (fixture->view), ==, 0);
}

typedef struct
{
  CrPdfView *view;
  guint      page;
} PageWait;

static gboolean
is_on_page (gpointer data)
{
  PageWait *wait = data;

  return cr_pdf_view_get_page (wait->view) == wait->page;
}

static void
test_view_scroll_follows_page (ViewFixture   *fixture,
                               gconstpointer  data)
{
  GtkAdjustment *adj = view_vadjustment (fixture->view);
  PageWait wait = { fixture->view, 2 };

  /* Scrolling by hand so that page 3 fills most of the view makes it the
   * current page. */
  gtk_adjustment_set_value (adj, page_top (fixture->view, 2) + 100);
  cr_test_wait_until (is_on_page, &wait, "the current page to follow the scroll");
  cr_test_wait_until (page_has_texture, page_child (fixture->view, 2), "page 3 to render");
}

static void
test_view_fit_width (ViewFixture   *fixture,
                     gconstpointer  data)
{
  int width;

  cr_pdf_view_set_fit_width (fixture->view, TRUE);
  width = gtk_widget_get_width (GTK_WIDGET (fixture->view));
  wait_for_page_width (fixture->view, 0, width - 24);
  g_assert_true (cr_pdf_view_get_fit_width (fixture->view));
  g_assert_cmpfloat_with_epsilon (cr_pdf_view_get_zoom (fixture->view), (width - 24.5) / A4_WIDTH, 0.002);

  /* Setting a zoom leaves fit-width. */
  cr_pdf_view_set_zoom (fixture->view, 1.0);
  g_assert_false (cr_pdf_view_get_fit_width (fixture->view));
  wait_for_page_width (fixture->view, 0, 595);
}

/* GTK 4.8 draws every mapped child on each frame, on screen or not: only
 * the pages on screen and one either side are mapped, and the others keep
 * their place. */
static void
test_view_maps_near_pages (ViewFixture   *fixture,
                           gconstpointer  data)
{
  GtkAdjustment *adj = view_vadjustment (fixture->view);
  g_autoptr(GPtrArray) pages = page_children (fixture->view);
  PageWait wait = { fixture->view, 17 };
  double upper = gtk_adjustment_get_upper (adj);

  g_assert_cmpuint (pages->len, ==, 20);
  g_assert_true (gtk_widget_get_mapped (g_ptr_array_index (pages, 0)));
  g_assert_false (gtk_widget_get_mapped (g_ptr_array_index (pages, 10)));
  g_assert_false (gtk_widget_get_mapped (g_ptr_array_index (pages, 19)));
  g_assert_cmpfloat (upper, >, page_top (fixture->view, 19));

  gtk_adjustment_set_value (adj, page_top (fixture->view, 17) + 100);
  cr_test_wait_until (is_on_page, &wait, "the current page to follow the scroll");
  g_assert_true (gtk_widget_get_mapped (g_ptr_array_index (pages, 17)));
  g_assert_true (gtk_widget_get_mapped (g_ptr_array_index (pages, 16)));
  g_assert_false (gtk_widget_get_mapped (g_ptr_array_index (pages, 0)));
  g_assert_false (gtk_widget_get_mapped (g_ptr_array_index (pages, 10)));
  g_assert_cmpfloat (gtk_adjustment_get_upper (adj), ==, upper);
  cr_test_wait_until (page_has_texture, g_ptr_array_index (pages, 17), "page 18 to render");
}

static void
test_view_no_document (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  CrPdfView *view = CR_PDF_VIEW (cr_pdf_view_new ());
  g_autoptr(CrPdfDocument) document = load_pdf (3);

  gtk_window_set_child (window, GTK_WIDGET (view));
  gtk_window_present (window);
  cr_test_spin (100);

  /* Nothing to do without a document, and actions are off. */
  g_assert_cmpuint (cr_pdf_view_get_n_pages (view), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (view), "pdf.next-page", NULL);
  g_assert_cmpuint (cr_pdf_view_get_page (view), ==, 0);
  cr_pdf_view_set_page (view, 2);
  g_assert_cmpuint (cr_pdf_view_get_page (view), ==, 0);

  /* A document, then none again. */
  cr_pdf_view_set_document (view, document);
  g_assert_cmpuint (cr_pdf_view_get_n_pages (view), ==, 3);
  cr_test_spin (100);
  cr_pdf_view_set_document (view, NULL);
  g_assert_cmpuint (cr_pdf_view_get_n_pages (view), ==, 0);
  {
    g_autoptr(GPtrArray) pages = page_children (view);

    g_assert_cmpuint (pages->len, ==, 0);
  }

  gtk_window_destroy (window);
  cr_test_spin (50);
}


/*
 * CrReportPreviewWindow
 */

static gpointer
template_child (gpointer    widget,
                GType       type,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);
  return child;
}

typedef struct
{
  CrPdfViewer *viewer;
  const char  *state;
} StateWait;

static gboolean
viewer_in_state (gpointer data)
{
  StateWait *wait = data;

  return g_strcmp0 (cr_pdf_viewer_get_state (wait->viewer), wait->state) == 0;
}

static void
wait_for_state (CrPdfViewer *viewer,
                const char  *state)
{
  StateWait wait = { viewer, state };

  cr_test_wait_until (viewer_in_state, &wait, state);
}

static void
test_preview_window (void)
{
  g_autoptr(GBytes) bytes = make_pdf (4);
  CrReportPreviewWindow *window;
  CrPdfViewer *viewer;
  GtkWidget *controls;
  GtkEntry *entry;
  CrPdfView *view;
  GtkLabel *of_pages;
  GtkLabel *zoom;
  GtkWidget *title;

  window = cr_report_preview_window_new (NULL, "Rapid Review — Child A", bytes, "rapid-review.pdf");
  gtk_window_present (GTK_WINDOW (window));

  viewer = template_child (window, CR_TYPE_REPORT_PREVIEW_WINDOW, "viewer");
  view = cr_pdf_viewer_get_view (viewer);
  controls = cr_pdf_viewer_get_header_controls (viewer);
  /* The viewer's page and zoom controls are in the window's header bar. */
  g_assert_true (gtk_widget_get_root (controls) == GTK_ROOT (window));
  entry = template_child (controls, CR_TYPE_PDF_VIEWER_CONTROLS, "page_entry");
  of_pages = template_child (controls, CR_TYPE_PDF_VIEWER_CONTROLS, "n_pages_label");
  zoom = template_child (controls, CR_TYPE_PDF_VIEWER_CONTROLS, "zoom_label");
  title = template_child (window, CR_TYPE_REPORT_PREVIEW_WINDOW, "window_title");

  wait_for_state (viewer, "ready");
  g_assert_cmpstr (adw_window_title_get_title (ADW_WINDOW_TITLE (title)), ==, "Rapid Review — Child A");
  g_assert_cmpstr (adw_window_title_get_subtitle (ADW_WINDOW_TITLE (title)), ==, "Preview");
  g_assert_cmpuint (cr_pdf_view_get_n_pages (view), ==, 4);
  g_assert_cmpstr (gtk_label_get_text (of_pages), ==, "of 4");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "1");
  g_assert_true (cr_pdf_view_get_fit_width (view));

  /* Next page follows in the entry; previous is off on page 1 only. */
  g_assert_true (gtk_widget_activate_action (controls, "controls.next-page", NULL));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "2");

  /* Typing a page goes there; a page that does not exist says so. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "4");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpuint (cr_pdf_view_get_page (view), ==, 3);
  gtk_editable_set_text (GTK_EDITABLE (entry), "9");
  g_signal_emit_by_name (entry, "activate");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (entry), "error"));
  g_assert_cmpuint (cr_pdf_view_get_page (view), ==, 3);
  gtk_editable_set_text (GTK_EDITABLE (entry), "two");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpuint (cr_pdf_view_get_page (view), ==, 3);

  /* Zoom: 100 % and the label says so. */
  g_assert_true (gtk_widget_activate_action (controls, "controls.zoom-reset", NULL));
  g_assert_cmpstr (gtk_label_get_text (zoom), ==, "100%");
  g_assert_true (gtk_widget_activate_action (controls, "controls.zoom-in", NULL));
  g_assert_cmpstr (gtk_label_get_text (zoom), ==, "125%");
  g_assert_false (cr_pdf_view_get_fit_width (view));
  g_assert_true (gtk_widget_activate_action (controls, "controls.zoom-fit-width", NULL));
  g_assert_true (cr_pdf_view_get_fit_width (view));

  gtk_window_destroy (GTK_WINDOW (window));
  cr_test_spin (50);
}

static void
test_preview_damaged (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static ("not a pdf", 9);
  CrReportPreviewWindow *window;
  CrPdfViewer *viewer;
  AdwStatusPage *error_page;

  window = cr_report_preview_window_new (NULL, "Broken", bytes, "broken.pdf");
  gtk_window_present (GTK_WINDOW (window));
  viewer = template_child (window, CR_TYPE_REPORT_PREVIEW_WINDOW, "viewer");
  error_page = template_child (viewer, CR_TYPE_PDF_VIEWER, "error_page");

  wait_for_state (viewer, "error");
  g_assert_nonnull (strstr (adw_status_page_get_description (error_page), "broken.pdf"));
  g_assert_nonnull (strstr (adw_status_page_get_description (error_page), "could not be opened as a PDF"));
  /* Saving what there is still works. */
  {
    g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
    GtkWidget *save = NULL;

    cr_test_collect_widgets (GTK_WIDGET (window), GTK_TYPE_BUTTON, buttons);
    for (guint i = 0; i < buttons->len; i++)
      if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), "_Save As…") == 0)
        save = g_ptr_array_index (buttons, i);
    g_assert_nonnull (save);
    g_assert_true (gtk_widget_is_sensitive (save));
  }

  gtk_window_destroy (GTK_WINDOW (window));
  cr_test_spin (50);
}

static GtkWidget *
find_file_chooser (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER (toplevel) && gtk_widget_get_visible (toplevel))
        return toplevel;
    }

  return NULL;
}

static gboolean
chooser_is_open (gpointer data)
{
  return find_file_chooser () != NULL;
}

static gboolean
file_exists (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_IS_REGULAR);
}

static void
test_preview_save_as (void)
{
  g_autoptr(GBytes) bytes = make_pdf (2);
  g_autofree char *dir = cr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "rapid-review.pdf", NULL);
  g_autofree char *saved = NULL;
  gsize saved_length = 0;
  CrReportPreviewWindow *window;
  GtkWidget *chooser;
  struct stat st;

  window = cr_report_preview_window_new (NULL, "Rapid Review", bytes, "rapid/review.pdf");
  gtk_window_present (GTK_WINDOW (window));
  wait_for_state (template_child (window, CR_TYPE_REPORT_PREVIEW_WINDOW, "viewer"), "ready");

  /* Save As asks where, suggesting a safe name... */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "preview.save-as", NULL));
  cr_test_wait_until (chooser_is_open, NULL, "the file chooser");
  chooser = find_file_chooser ();
  g_assert_cmpstr (gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser)), ==, "rapid-review.pdf");

  /* ...and writes the bytes where the user typed, readable by the user
   * only. (A path typed in the name entry, as a user may; changing the
   * folder while the chooser loads its first one makes GTK complain.) */
  cr_test_spin (300);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), path);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  cr_test_wait_until (file_exists, path, "the report to be saved");
  cr_test_spin (100);

  g_assert_true (g_file_get_contents (path, &saved, &saved_length, NULL));
  g_assert_cmpmem (saved, saved_length, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* The chooser is gone, not just hidden. */
  g_assert_null (find_file_chooser ());

  gtk_window_destroy (GTK_WINDOW (window));
  cr_test_spin (50);
  cr_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/pdf-view/pages", ViewFixture, GUINT_TO_POINTER (5),
              view_fixture_set_up, test_view_pages, view_fixture_tear_down);
  g_test_add ("/pdf-view/zoom", ViewFixture, GUINT_TO_POINTER (5),
              view_fixture_set_up, test_view_zoom, view_fixture_tear_down);
  g_test_add ("/pdf-view/zoom-keeps-place", ViewFixture, GUINT_TO_POINTER (5),
              view_fixture_set_up, test_view_zoom_keeps_place, view_fixture_tear_down);
  g_test_add ("/pdf-view/go-to-page", ViewFixture, GUINT_TO_POINTER (5),
              view_fixture_set_up, test_view_go_to_page, view_fixture_tear_down);
  g_test_add ("/pdf-view/scroll-follows-page", ViewFixture, GUINT_TO_POINTER (5),
              view_fixture_set_up, test_view_scroll_follows_page, view_fixture_tear_down);
  g_test_add ("/pdf-view/fit-width", ViewFixture, GUINT_TO_POINTER (5),
              view_fixture_set_up, test_view_fit_width, view_fixture_tear_down);
  g_test_add ("/pdf-view/maps-near-pages", ViewFixture, GUINT_TO_POINTER (20),
              view_fixture_set_up, test_view_maps_near_pages, view_fixture_tear_down);
  g_test_add_func ("/pdf-view/no-document", test_view_no_document);
  g_test_add_func ("/report-preview/window", test_preview_window);
  g_test_add_func ("/report-preview/damaged", test_preview_damaged);
  g_test_add_func ("/report-preview/save-as", test_preview_save_as);

  return g_test_run ();
}
