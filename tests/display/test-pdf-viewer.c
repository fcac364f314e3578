/* test-pdf-viewer.c: CrPdfViewer on real PDFs from the shared corpus */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "cr-pdf-thumbnail.h"
#include "cr-pdf-thumbnail-tile.h"
#include "cr-pdf-viewer.h"
#include "cr-pdf-viewer-private.h"
#include "cr-test-utils.h"

/* tracemonkey: 14 pages; "Acknowledgments" is on page 13 only. */
#define PAPER     "mozilla__pdf.js/tracemonkey_with_annotations.pdf"
#define PROTECTED "mozilla__pdf.js/print_protection.pdf"   /* password "password" */
#define DAMAGED   "openpreserve__format-corpus/minimal_test.pdf"


/*
 * Fixtures
 */

static char *
corpus_file_or_skip (const char *relative)
{
  const char *env = g_getenv ("CR_PDF_CORPUS_DIR");
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;

  dir = env != NULL ? g_strdup (env)
                    : g_canonicalize_filename ("../../shared/corpus/pdfs", g_test_get_dir (G_TEST_DIST));
  path = g_build_filename (dir, relative, NULL);
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_autofree char *message = g_strdup_printf ("%s is not here", path);

      g_test_skip (message);
      return NULL;
    }
  return g_steal_pointer (&path);
}

typedef struct
{
  GtkWindow   *window;
  CrPdfViewer *viewer;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 800, 600);
  fixture->viewer = CR_PDF_VIEWER (cr_pdf_viewer_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->viewer));
  gtk_window_present (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  cr_test_spin (50);
}

typedef struct
{
  CrPdfViewer *viewer;
  const char  *state;
} StateWait;

static gboolean
in_state (gpointer data)
{
  StateWait *wait = data;

  return g_strcmp0 (cr_pdf_viewer_get_state (wait->viewer), wait->state) == 0;
}

static void
wait_for_state (CrPdfViewer *viewer,
                const char  *state)
{
  StateWait wait = { viewer, state };

  cr_test_wait_until (in_state, &wait, state);
}

static void
load (Fixture    *fixture,
      const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  cr_pdf_viewer_load_file (fixture->viewer, file);
  g_assert_cmpstr (cr_pdf_viewer_get_state (fixture->viewer), ==, "loading");
}

static gboolean
search_done (gpointer data)
{
  return !cr_pdf_viewer_is_searching (data);
}


/*
 * Tests
 */

static void
test_find (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *path = corpus_file_or_skip (PAPER);
  CrPdfView *view;
  guint n;

  if (path == NULL)
    return;

  load (fixture, path);
  wait_for_state (fixture->viewer, "ready");
  view = cr_pdf_viewer_get_view (fixture->viewer);
  g_assert_cmpuint (cr_pdf_view_get_n_pages (view), ==, 14);
  g_assert_cmpuint (cr_pdf_view_get_page (view), ==, 0);

  /* A word on page 13 only: found, case aside, and the view goes there. */
  cr_pdf_viewer_find (fixture->viewer, "ACKNOWLEDGMENTS");
  g_assert_true (cr_pdf_viewer_is_searching (fixture->viewer));
  cr_test_wait_until (search_done, fixture->viewer, "the search");
  g_assert_cmpuint (cr_pdf_viewer_get_n_matches (fixture->viewer), ==, 1);
  g_assert_cmpint (cr_pdf_viewer_get_current_match (fixture->viewer), ==, 0);
  g_assert_cmpuint (cr_pdf_view_get_page (view), ==, 12);

  /* A common word: many hits, the next one follows, and it wraps. */
  cr_pdf_viewer_find (fixture->viewer, "trace");
  cr_test_wait_until (search_done, fixture->viewer, "the second search");
  n = cr_pdf_viewer_get_n_matches (fixture->viewer);
  g_assert_cmpuint (n, >, 10);
  {
    int first = cr_pdf_viewer_get_current_match (fixture->viewer);

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->viewer), "viewer.find-next", NULL));
    g_assert_cmpint (cr_pdf_viewer_get_current_match (fixture->viewer), ==, (first + 1) % (int) n);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->viewer), "viewer.find-previous", NULL));
    g_assert_cmpint (cr_pdf_viewer_get_current_match (fixture->viewer), ==, first);
  }

  /* Nothing found says so; an empty search clears the hits. */
  cr_pdf_viewer_find (fixture->viewer, "zzqqxx-not-there");
  cr_test_wait_until (search_done, fixture->viewer, "a search with no hits");
  g_assert_cmpuint (cr_pdf_viewer_get_n_matches (fixture->viewer), ==, 0);
  g_assert_cmpint (cr_pdf_viewer_get_current_match (fixture->viewer), ==, -1);
  cr_pdf_viewer_find (fixture->viewer, "");
  g_assert_cmpuint (cr_pdf_viewer_get_n_matches (fixture->viewer), ==, 0);
}

static void
test_password (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *path = corpus_file_or_skip (PROTECTED);
  GtkWidget *error_label;

  if (path == NULL)
    return;

  load (fixture, path);
  wait_for_state (fixture->viewer, "password");
  g_assert_null (cr_pdf_viewer_get_document (fixture->viewer));
  error_label = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (fixture->viewer),
                                                           CR_TYPE_PDF_VIEWER, "password_error"));
  g_assert_false (gtk_widget_get_visible (error_label));

  /* A wrong password says so and keeps the password page. */
  _cr_pdf_viewer_unlock (fixture->viewer, "not-the-password");
  cr_test_wait_until ((CrTestPredicate) gtk_widget_get_visible, error_label, "the wrong-password message");
  g_assert_cmpstr (cr_pdf_viewer_get_state (fixture->viewer), ==, "password");

  /* The right one opens it. */
  _cr_pdf_viewer_unlock (fixture->viewer, "password");
  wait_for_state (fixture->viewer, "ready");
  g_assert_nonnull (cr_pdf_viewer_get_document (fixture->viewer));
  g_assert_cmpuint (g_list_model_get_n_items (cr_pdf_viewer_get_thumbnails (fixture->viewer)), ==, 1);
}

static void
test_damaged (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *path = corpus_file_or_skip (DAMAGED);
  AdwStatusPage *page;

  if (path == NULL)
    return;

  load (fixture, path);
  wait_for_state (fixture->viewer, "error");
  page = ADW_STATUS_PAGE (gtk_widget_get_template_child (GTK_WIDGET (fixture->viewer),
                                                         CR_TYPE_PDF_VIEWER, "error_page"));
  g_assert_nonnull (strstr (adw_status_page_get_description (page), "minimal_test.pdf"));
  g_assert_nonnull (strstr (adw_status_page_get_description (page), "could not be opened"));
  g_assert_null (cr_pdf_viewer_get_document (fixture->viewer));
}

static gboolean
first_thumbnail_rendered (gpointer data)
{
  g_autoptr(CrPdfThumbnail) thumbnail = g_list_model_get_item (data, 0);

  return cr_pdf_thumbnail_get_texture (thumbnail) != NULL;
}

static void
test_thumbnails (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = corpus_file_or_skip (PAPER);
  GListModel *thumbnails;
  guint n_rendered = 0;

  if (path == NULL)
    return;

  load (fixture, path);
  wait_for_state (fixture->viewer, "ready");
  thumbnails = cr_pdf_viewer_get_thumbnails (fixture->viewer);
  g_assert_cmpuint (g_list_model_get_n_items (thumbnails), ==, 14);

  /* Hidden: nothing is rendered for it. */
  cr_test_spin (200);
  g_assert_false (first_thumbnail_rendered (thumbnails));

  /* Shown (F9's action): the visible ones render, not all 14 at once. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->viewer), "viewer.toggle-sidebar", NULL));
  g_assert_true (cr_pdf_viewer_get_sidebar_visible (fixture->viewer));
  cr_test_wait_until (first_thumbnail_rendered, thumbnails, "the first thumbnail");
  cr_test_spin (300);
  for (guint i = 0; i < 14; i++)
    {
      g_autoptr(CrPdfThumbnail) thumbnail = g_list_model_get_item (thumbnails, i);

      g_assert_cmpuint (cr_pdf_thumbnail_get_page (thumbnail), ==, i);
      if (cr_pdf_thumbnail_get_texture (thumbnail) != NULL)
        {
          g_assert_cmpint (gdk_texture_get_width (cr_pdf_thumbnail_get_texture (thumbnail)), <=, 2 * 120);
          n_rendered++;
        }
    }
  g_assert_cmpuint (n_rendered, >=, 2);
  g_assert_cmpuint (n_rendered, <, 14);
}

/* The sidebar's list, and whether thumbnail @page is selected and wholly
 * on screen in it. */
typedef struct
{
  CrPdfViewer *viewer;
  guint        page;
} ThumbnailWait;

static GtkWidget *
find_one (GtkWidget *widget,
          GType      type)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  cr_test_collect_widgets (widget, type, found);
  g_assert_cmpuint (found->len, ==, 1);
  return g_ptr_array_index (found, 0);
}

static gboolean
thumbnail_shown (gpointer data)
{
  ThumbnailWait *wait = data;
  GtkWidget *list = find_one (GTK_WIDGET (wait->viewer), GTK_TYPE_LIST_VIEW);
  GtkWidget *scrolled = gtk_widget_get_ancestor (list, GTK_TYPE_SCROLLED_WINDOW);
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (GTK_LIST_VIEW (list)));
  g_autoptr(GPtrArray) tiles = g_ptr_array_new ();

  if (gtk_single_selection_get_selected (selection) != wait->page)
    return FALSE;

  cr_test_collect_widgets (list, CR_TYPE_PDF_THUMBNAIL_TILE, tiles);
  for (guint i = 0; i < tiles->len; i++)
    {
      GtkWidget *tile = g_ptr_array_index (tiles, i);
      CrPdfThumbnail *thumbnail = cr_pdf_thumbnail_tile_get_thumbnail (CR_PDF_THUMBNAIL_TILE (tile));
      graphene_rect_t bounds;

      if (thumbnail == NULL || cr_pdf_thumbnail_get_page (thumbnail) != wait->page ||
          !gtk_widget_get_mapped (tile) ||
          !gtk_widget_compute_bounds (tile, scrolled, &bounds))
        continue;
      return bounds.origin.y >= -1.0 &&
             bounds.origin.y + bounds.size.height <= gtk_widget_get_height (scrolled) + 1.0;
    }
  return FALSE;
}

static void
wait_for_thumbnail (CrPdfViewer *viewer,
                    guint        page)
{
  ThumbnailWait wait = { viewer, page };
  g_autofree char *what = g_strdup_printf ("thumbnail %u in view", page + 1);

  cr_test_wait_until (thumbnail_shown, &wait, what);
}

static void
test_thumbnails_follow_page (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *path = corpus_file_or_skip (PAPER);
  GListModel *thumbnails;
  CrPdfView *view;

  if (path == NULL)
    return;

  load (fixture, path);
  wait_for_state (fixture->viewer, "ready");
  view = cr_pdf_viewer_get_view (fixture->viewer);
  thumbnails = cr_pdf_viewer_get_thumbnails (fixture->viewer);
  cr_pdf_viewer_set_sidebar_visible (fixture->viewer, TRUE);
  cr_test_wait_until (first_thumbnail_rendered, thumbnails, "the first thumbnail");
  wait_for_thumbnail (fixture->viewer, 0);

  /* Going to a page far down selects its thumbnail and scrolls to it. */
  cr_pdf_view_set_page (view, 10);
  wait_for_thumbnail (fixture->viewer, 10);
  g_assert_false (thumbnail_shown (&(ThumbnailWait) { fixture->viewer, 0 }));

  /* So does a find hit (page 13), and back to the top. */
  cr_pdf_viewer_find (fixture->viewer, "ACKNOWLEDGMENTS");
  cr_test_wait_until (search_done, fixture->viewer, "the search");
  g_assert_cmpuint (cr_pdf_view_get_page (view), ==, 12);
  wait_for_thumbnail (fixture->viewer, 12);
  cr_pdf_view_set_page (view, 0);
  wait_for_thumbnail (fixture->viewer, 0);

  /* A page changed while the sidebar is hidden: shown, it is there. */
  cr_pdf_viewer_set_sidebar_visible (fixture->viewer, FALSE);
  cr_test_spin (400);
  cr_pdf_view_set_page (view, 11);
  cr_pdf_viewer_set_sidebar_visible (fixture->viewer, TRUE);
  wait_for_thumbnail (fixture->viewer, 11);
}

typedef struct
{
  CrPdfView *view;
  double     limit;
} ZoomWait;

static gboolean
zoom_below (gpointer data)
{
  ZoomWait *wait = data;

  return cr_pdf_view_get_zoom (wait->view) < wait->limit;
}

static void
test_sidebar_layout (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = corpus_file_or_skip (PAPER);
  CrPdfView *view;
  double full_zoom;
  int minimum, natural;

  if (path == NULL)
    return;

  load (fixture, path);
  wait_for_state (fixture->viewer, "ready");
  view = cr_pdf_viewer_get_view (fixture->viewer);
  cr_test_spin (300);
  g_assert_true (cr_pdf_view_get_fit_width (view));
  full_zoom = cr_pdf_view_get_zoom (view);

  /* However far it is zoomed, the pages scroll: the viewer can narrow. */
  gtk_widget_measure (GTK_WIDGET (fixture->viewer), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, <, 400);
  g_assert_cmpint (natural, <=, 600);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (view)), ==, 800);

  /* At 800 px the sidebar sits beside the pages, and fit-width follows
   * the width left. */
  cr_pdf_viewer_set_sidebar_visible (fixture->viewer, TRUE);
  cr_test_spin (600);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (view)), <, 800 - 150);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), ==, 800);
  {
    ZoomWait wait = { view, full_zoom * 0.85 };

    cr_test_wait_until (zoom_below, &wait, "the zoom to follow the width");
  }
  g_assert_true (cr_pdf_view_get_fit_width (view));

  /* Zoomed in past the width: the pages scroll sideways, the window
   * keeps its size and the sidebar its place. */
  cr_pdf_view_set_zoom (view, 2.0);
  cr_test_spin (300);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), ==, 800);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (view)), <, 800 - 150);

  /* A narrow window keeps the sidebar shown, and the pages still fit:
   * nothing asks for more width than the window has. */
  gtk_window_set_default_size (fixture->window, 560, 600);
  cr_test_spin (600);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), ==, 560);
  g_assert_true (cr_pdf_viewer_get_sidebar_visible (fixture->viewer));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (view)), >, 0);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (view)), <, 560 - 150);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/pdf-viewer/find", Fixture, NULL, fixture_set_up, test_find, fixture_tear_down);
  g_test_add ("/pdf-viewer/password", Fixture, NULL, fixture_set_up, test_password, fixture_tear_down);
  g_test_add ("/pdf-viewer/damaged", Fixture, NULL, fixture_set_up, test_damaged, fixture_tear_down);
  g_test_add ("/pdf-viewer/thumbnails", Fixture, NULL, fixture_set_up, test_thumbnails, fixture_tear_down);
  g_test_add ("/pdf-viewer/thumbnails-follow-page", Fixture, NULL, fixture_set_up,
              test_thumbnails_follow_page, fixture_tear_down);
  g_test_add ("/pdf-viewer/sidebar-layout", Fixture, NULL, fixture_set_up,
              test_sidebar_layout, fixture_tear_down);

  return g_test_run ();
}
