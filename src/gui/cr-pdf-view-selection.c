/* cr-pdf-view-selection.c: selecting and copying a page's text in CrPdfView */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrPdfView"

#include "config.h"

#include "cr-pdf-view.h"
#include "cr-pdf-view-private.h"

#include "cr-pdf-view-page.h"

#include <glib/gi18n.h>

/* Less movement than this (pixels) is a click: it clears the selection. */
#define DRAG_THRESHOLD 3.0

/*
 * After evince's ev-view selection, on one page: the drag's start and end
 * in the page's points go to the document's worker, which answers with
 * the rectangles to highlight. One request at a time; while it runs,
 * newer drag positions replace each other and the last one follows.
 */
struct _CrPdfViewSelection
{
  CrPdfView       *view;     /* unowned: the view owns this */
  GtkGesture      *drag;     /* owned by pages_box */
  GCancellable    *cancellable;

  guint            page;
  graphene_point_t start;    /* points */
  graphene_rect_t  area;     /* start → start + size, points */
  gboolean         active;   /* a drag or a selection is there */
  gboolean         have_rects;
  gboolean         busy;     /* a region request runs */
  gboolean         pending;  /* the area changed while it ran */
};

static void request_region (CrPdfViewSelection *selection);


/*
 * Helpers
 */

static CrPdfViewPage *
page_widget (CrPdfViewSelection *selection,
             guint               index)
{
  GtkWidget *page = _cr_pdf_view_get_page_widget (selection->view, index);

  return page != NULL ? CR_PDF_VIEW_PAGE (page) : NULL;
}

/* The page under (@x, @y) of pages_box, or NULL. */
static CrPdfViewPage *
pick_page (CrPdfViewSelection *selection,
           double              x,
           double              y)
{
  GtkWidget *widget = gtk_widget_pick (_cr_pdf_view_get_pages_box (selection->view), x, y, GTK_PICK_DEFAULT);

  while (widget != NULL && !CR_IS_PDF_VIEW_PAGE (widget))
    widget = gtk_widget_get_parent (widget);

  return widget != NULL ? CR_PDF_VIEW_PAGE (widget) : NULL;
}

/* (@x, @y) of pages_box in @page's points, clamped to the page. */
static graphene_point_t
to_page_points (CrPdfViewSelection *selection,
                CrPdfViewPage      *page,
                double              x,
                double              y)
{
  graphene_point_t in = GRAPHENE_POINT_INIT (x, y);
  graphene_point_t out = GRAPHENE_POINT_INIT (0, 0);
  double zoom = cr_pdf_view_page_get_zoom (page);

  if (!gtk_widget_compute_point (_cr_pdf_view_get_pages_box (selection->view), GTK_WIDGET (page), &in, &out))
    return out;

  out.x = CLAMP (out.x, 0, gtk_widget_get_width (GTK_WIDGET (page))) / zoom;
  out.y = CLAMP (out.y, 0, gtk_widget_get_height (GTK_WIDGET (page))) / zoom;
  return out;
}

static void
set_have_rects (CrPdfViewSelection *selection,
                gboolean            have_rects)
{
  if (selection->have_rects == have_rects)
    return;

  selection->have_rects = have_rects;
  _cr_pdf_view_notify_has_selection (selection->view);
}


/*
 * Requests
 */

static void
on_region_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  CrPdfViewSelection *selection = user_data;
  g_autoptr(GArray) rects = NULL;
  g_autoptr(GError) error = NULL;
  CrPdfViewPage *page;

  if (!cr_pdf_document_get_selection_finish (CR_PDF_DOCUMENT (source), result, NULL, &rects, &error))
    {
      /* Cancelled: @selection may be gone. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_debug ("Could not select on the page: %s", error->message);
          selection->busy = FALSE;
        }
      return;
    }

  selection->busy = FALSE;
  if (selection->pending)
    {
      request_region (selection);
      return;
    }

  if (!selection->active)
    return;

  page = page_widget (selection, selection->page);
  if (page != NULL)
    cr_pdf_view_page_set_selection (page, rects);
  set_have_rects (selection, rects->len > 0);
}

static void
request_region (CrPdfViewSelection *selection)
{
  CrPdfDocument *document = cr_pdf_view_get_document (selection->view);

  if (document == NULL)
    return;

  if (selection->busy)
    {
      selection->pending = TRUE;
      return;
    }

  selection->busy = TRUE;
  selection->pending = FALSE;
  cr_pdf_document_get_selection_async (document, selection->page, &selection->area, FALSE,
                                       selection->cancellable, on_region_cb, selection);
}

static void
on_text_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GtkWidget) view = user_data;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  if (!cr_pdf_document_get_selection_finish (CR_PDF_DOCUMENT (source), result, &text, NULL, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not copy the selected text: %s", error->message);
      return;
    }

  if (text[0] != '\0')
    gdk_clipboard_set_text (gtk_widget_get_clipboard (view), text);
}


/*
 * Gesture
 */

static void
on_drag_begin_cb (GtkGestureDrag     *drag,
                  double              x,
                  double              y,
                  CrPdfViewSelection *selection)
{
  CrPdfViewPage *page = pick_page (selection, x, y);

  _cr_pdf_view_selection_clear (selection);
  if (page == NULL || cr_pdf_view_get_document (selection->view) == NULL)
    {
      gtk_gesture_set_state (GTK_GESTURE (drag), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }

  selection->page = cr_pdf_view_page_get_index (page);
  selection->start = to_page_points (selection, page, x, y);
}

static void
on_drag_update_cb (GtkGestureDrag     *drag,
                   double              offset_x,
                   double              offset_y,
                   CrPdfViewSelection *selection)
{
  CrPdfViewPage *page = page_widget (selection, selection->page);
  graphene_point_t end;
  double x, y;

  if (page == NULL || (ABS (offset_x) < DRAG_THRESHOLD && ABS (offset_y) < DRAG_THRESHOLD))
    return;

  gtk_gesture_set_state (GTK_GESTURE (drag), GTK_EVENT_SEQUENCE_CLAIMED);
  gtk_gesture_drag_get_start_point (drag, &x, &y);
  end = to_page_points (selection, page, x + offset_x, y + offset_y);

  selection->active = TRUE;
  graphene_rect_init (&selection->area, selection->start.x, selection->start.y,
                      end.x - selection->start.x, end.y - selection->start.y);
  request_region (selection);
}


/*
 * Internal API
 */

CrPdfViewSelection *
_cr_pdf_view_selection_new (CrPdfView *view)
{
  CrPdfViewSelection *selection = g_new0 (CrPdfViewSelection, 1);

  selection->view = view;
  selection->cancellable = g_cancellable_new ();

  selection->drag = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (selection->drag), GDK_BUTTON_PRIMARY);
  g_signal_connect (selection->drag, "drag-begin", G_CALLBACK (on_drag_begin_cb), selection);
  g_signal_connect (selection->drag, "drag-update", G_CALLBACK (on_drag_update_cb), selection);
  gtk_widget_add_controller (_cr_pdf_view_get_pages_box (view), GTK_EVENT_CONTROLLER (selection->drag));

  return selection;
}

void
_cr_pdf_view_selection_free (CrPdfViewSelection *selection)
{
  if (selection == NULL)
    return;

  g_cancellable_cancel (selection->cancellable);
  g_clear_object (&selection->cancellable);
  g_signal_handlers_disconnect_by_data (selection->drag, selection);
  g_free (selection);
}

void
_cr_pdf_view_selection_clear (CrPdfViewSelection *selection)
{
  CrPdfViewPage *page;

  g_return_if_fail (selection != NULL);

  /* Answers still on their way are for the old selection. */
  g_cancellable_cancel (selection->cancellable);
  g_clear_object (&selection->cancellable);
  selection->cancellable = g_cancellable_new ();
  selection->busy = FALSE;
  selection->pending = FALSE;

  page = selection->active ? page_widget (selection, selection->page) : NULL;
  if (page != NULL)
    cr_pdf_view_page_set_selection (page, NULL);
  selection->active = FALSE;
  set_have_rects (selection, FALSE);
}

gboolean
_cr_pdf_view_selection_is_set (CrPdfViewSelection *selection)
{
  g_return_val_if_fail (selection != NULL, FALSE);

  return selection->active && selection->have_rects;
}

void
_cr_pdf_view_selection_set (CrPdfViewSelection    *selection,
                            guint                  page,
                            const graphene_rect_t *area)
{
  g_return_if_fail (selection != NULL);
  g_return_if_fail (area != NULL);

  _cr_pdf_view_selection_clear (selection);
  if (page_widget (selection, page) == NULL)
    return;

  selection->page = page;
  selection->start = area->origin;
  selection->area = *area;
  selection->active = TRUE;
  request_region (selection);
}

void
_cr_pdf_view_selection_copy (CrPdfViewSelection *selection)
{
  CrPdfDocument *document = cr_pdf_view_get_document (selection->view);

  if (document == NULL || !selection->active)
    return;

  cr_pdf_document_get_selection_async (document, selection->page, &selection->area, TRUE,
                                       selection->cancellable, on_text_cb,
                                       g_object_ref (selection->view));
}
