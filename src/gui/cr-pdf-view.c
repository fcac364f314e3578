/* cr-pdf-view.c: a scrolling view of a PDF's pages */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrPdfView"

#include "config.h"

#include "cr-pdf-view.h"
#include "cr-pdf-view-private.h"

#include "cr-pdf-page-cache.h"
#include "cr-pdf-view-page.h"

#include <glib/gi18n.h>
#include <math.h>

/* Must match the margins and spacing of pages_box in cr-pdf-view.ui. */
#define PAGE_MARGIN  12.0
#define PAGE_SPACING 12.0
#define SCROLL_STEP  48.0
/* What the view asks for across when nothing constrains it: room for a
 * page to be read. Its minimum stays small, since the pages scroll (and
 * fit-width follows whatever width it gets); CrPdfViewer's sidebar folds
 * over the pages only when this natural width no longer fits beside it. */
#define NATURAL_WIDTH 432

static const double zoom_levels[] = {
  0.1, 0.25, 0.33, 0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0,
};

struct _CrPdfView
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkScrolledWindow *scrolled_window;
  GtkWidget         *pages_box;

  /* Owned references */
  CrPdfDocument     *document;
  CrPdfPageCache    *cache;
  GPtrArray         *pages;         /* CrPdfViewPage, children of pages_box */
  CrPdfViewSelection *selection;
  GArray            *matches;       /* CrPdfMatch, or NULL */
  GtkWidget         *context_menu;
  double            *tops;          /* each page's top in pages_box's parent */
  double             total_height;
  double             max_page_width;

  double             zoom;
  guint              page;
  guint              update_id;
  guint              fit_tick_id;
  double             fit_zoom;      /* the zoom fit-width wants next */
  guint              mapped_first;  /* the pages mapped: see update_mapped_pages() */
  guint              mapped_last;

  /* A scroll position waiting for the layout of a new zoom or document:
   * anchor_fraction of anchor_page's height below its top, plus
   * anchor_offset pixels. */
  guint              anchor_page;
  double             anchor_fraction;
  double             anchor_offset;
  double             programmatic_value;

  guint              fit_width : 1;
  guint              have_anchor : 1;
  guint              page_locked : 1;
  guint              have_mapped : 1;
};

G_DEFINE_FINAL_TYPE (CrPdfView, cr_pdf_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_N_PAGES,
  PROP_ZOOM,
  PROP_FIT_WIDTH,
  PROP_PAGE,
  PROP_HAS_SELECTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];


/*
 * Layout arithmetic (pages_box: margins, then pages with spacing)
 */

static guint
n_pages (CrPdfView *self)
{
  return self->pages->len;
}

static CrPdfViewPage *
page_widget (CrPdfView *self,
             guint      index)
{
  return g_ptr_array_index (self->pages, index);
}

static double
page_height (CrPdfView *self,
             guint      index)
{
  return cr_pdf_view_page_get_height (page_widget (self, index));
}

static void update_mapped_pages (CrPdfView *self);

static void
recompute_layout (CrPdfView *self)
{
  double y = PAGE_MARGIN;

  g_clear_pointer (&self->tops, g_free);
  self->tops = g_new (double, MAX (n_pages (self), 1));

  for (guint i = 0; i < n_pages (self); i++)
    {
      cr_pdf_view_page_set_zoom (page_widget (self, i), self->zoom);
      self->tops[i] = y;
      y += page_height (self, i) + PAGE_SPACING;
    }

  self->total_height = n_pages (self) > 0 ? y - PAGE_SPACING + PAGE_MARGIN : 0.0;
  update_mapped_pages (self);
}

/* The page whose block (its top gap, then itself) holds @y. */
static guint
page_at_y (CrPdfView *self,
           double     y)
{
  guint lo = 0;
  guint hi = n_pages (self);

  while (hi - lo > 1)
    {
      guint mid = (lo + hi) / 2;

      if (self->tops[mid] - PAGE_SPACING <= y)
        lo = mid;
      else
        hi = mid;
    }

  return lo;
}

static GtkAdjustment *
vadjustment (CrPdfView *self)
{
  return gtk_scrolled_window_get_vadjustment (self->scrolled_window);
}

static void
get_visible_range (CrPdfView *self,
                   guint     *first,
                   guint     *last)
{
  double top = gtk_adjustment_get_value (vadjustment (self));
  double bottom = top + gtk_adjustment_get_page_size (vadjustment (self));
  guint i = page_at_y (self, top);

  if (i + 1 < n_pages (self) && self->tops[i] + page_height (self, i) <= top)
    i++;
  *first = i;

  while (i + 1 < n_pages (self) && self->tops[i + 1] < bottom)
    i++;
  *last = i;
}

/* GTK 4.8 draws every mapped child on every frame, on screen or not, and
 * its cairo renderer (no GL) spends some 40 ms a frame on the shadows of
 * 500 pages even when only the thumbnails moved: only the pages on
 * screen and one either side are mapped; the others keep their place in
 * pages_box. Called as soon as the scroll position or the layout moves,
 * so the frame being drawn already has the pages it shows. */
static void
update_mapped_pages (CrPdfView *self)
{
  guint first = 0, last = 0;

  if (n_pages (self) == 0)
    {
      self->have_mapped = FALSE;
      return;
    }

  if (gtk_adjustment_get_page_size (vadjustment (self)) > 0.0)
    get_visible_range (self, &first, &last);
  first = first > 0 ? first - 1 : 0;
  last = MIN (last + 1, n_pages (self) - 1);

  if (self->have_mapped && first == self->mapped_first && last == self->mapped_last)
    return;

  if (self->have_mapped)
    for (guint i = self->mapped_first; i <= self->mapped_last && i < n_pages (self); i++)
      if (i < first || i > last)
        gtk_widget_set_child_visible (GTK_WIDGET (page_widget (self, i)), FALSE);
  for (guint i = first; i <= last; i++)
    gtk_widget_set_child_visible (GTK_WIDGET (page_widget (self, i)), TRUE);

  self->have_mapped = TRUE;
  self->mapped_first = first;
  self->mapped_last = last;
}

/* The page filling most of the view; the first at the very top and the
 * last at the very bottom. */
static guint
compute_current_page (CrPdfView *self)
{
  GtkAdjustment *adj = vadjustment (self);
  double top = gtk_adjustment_get_value (adj);
  double bottom = top + gtk_adjustment_get_page_size (adj);
  double best_height = -1.0;
  guint best = 0;
  guint first, last;

  if (top <= 0.5)
    return 0;
  if (top >= gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj) - 0.5)
    return n_pages (self) - 1;

  get_visible_range (self, &first, &last);
  for (guint i = first; i <= last; i++)
    {
      double shown = MIN (bottom, self->tops[i] + page_height (self, i)) - MAX (top, self->tops[i]);

      if (shown > best_height + 0.5)
        {
          best_height = shown;
          best = i;
        }
    }

  return best;
}


/*
 * State
 */

static void
set_current_page (CrPdfView *self,
                  guint      page)
{
  if (self->page == page)
    return;

  self->page = page;
  _cr_pdf_view_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

static void
refresh_page (CrPdfView *self,
              guint      index)
{
  const GError *error;

  if (index >= n_pages (self))
    return;

  error = cr_pdf_page_cache_get_error (self->cache, index);
  cr_pdf_view_page_set_state (page_widget (self, index),
                              cr_pdf_page_cache_get_texture (self->cache, index, NULL),
                              cr_pdf_page_cache_is_rendering (self->cache, index),
                              error != NULL ? error->message : NULL);
}

static gboolean
update_cb (gpointer data)
{
  CrPdfView *self = data;
  guint first, last;

  self->update_id = 0;

  if (n_pages (self) == 0 || gtk_adjustment_get_page_size (vadjustment (self)) <= 0.0)
    return G_SOURCE_REMOVE;

  get_visible_range (self, &first, &last);
  cr_pdf_page_cache_set_scale (self->cache, self->zoom * gtk_widget_get_scale_factor (GTK_WIDGET (self)));
  cr_pdf_page_cache_set_page_range (self->cache, first, last);

  if (!self->have_anchor && !self->page_locked)
    set_current_page (self, compute_current_page (self));

  return G_SOURCE_REMOVE;
}

/* Asks for the visible pages and works out the current page once the
 * scroll position and layout have settled (never inside an allocation). */
static void
queue_update (CrPdfView *self)
{
  /* Above redraw: continuous frames (spinners) must not starve it. */
  if (self->update_id == 0)
    self->update_id = g_idle_add_full (G_PRIORITY_DEFAULT, update_cb, self, NULL);
}

static void
set_anchor (CrPdfView *self,
            guint      page,
            double     fraction,
            double     offset,
            gboolean   keep_page)
{
  self->have_anchor = TRUE;
  self->anchor_page = page;
  self->anchor_fraction = fraction;
  self->anchor_offset = offset;
  self->page_locked = keep_page;
}

/* Scrolls to the anchor once the scrolled window knows the new height;
 * returns whether it did. */
static gboolean
apply_anchor (CrPdfView *self)
{
  GtkAdjustment *adj = vadjustment (self);
  double page_size = gtk_adjustment_get_page_size (adj);
  double upper = gtk_adjustment_get_upper (adj);
  double target;

  if (!self->have_anchor || n_pages (self) == 0 || page_size <= 0.0)
    return FALSE;
  if (fabs (upper - MAX (self->total_height, page_size)) > 1.0)
    return FALSE;

  target = self->tops[self->anchor_page]
           + self->anchor_fraction * page_height (self, self->anchor_page)
           + self->anchor_offset;
  target = CLAMP (target, 0.0, MAX (0.0, upper - page_size));

  self->have_anchor = FALSE;
  self->programmatic_value = target;
  gtk_adjustment_set_value (adj, target);
  queue_update (self);
  return TRUE;
}

static void
set_zoom_internal (CrPdfView *self,
                   double     zoom)
{
  zoom = CLAMP (zoom, CR_PDF_VIEW_MIN_ZOOM, CR_PDF_VIEW_MAX_ZOOM);
  if (fabs (zoom - self->zoom) < 1e-4)
    return;

  /* Keep what is at the top of the view there. */
  if (n_pages (self) > 0 && !self->have_anchor)
    {
      double top = gtk_adjustment_get_value (vadjustment (self));
      guint page = page_at_y (self, top);

      set_anchor (self, page, (top - self->tops[page]) / page_height (self, page), 0.0, self->page_locked);
    }

  self->zoom = zoom;
  recompute_layout (self);
  queue_update (self);

  _cr_pdf_view_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}


/*
 * Callbacks
 */

static void
on_cache_page_changed_cb (CrPdfView *self,
                          guint      page)
{
  refresh_page (self, page);
}

static void
on_vadjustment_value_changed_cb (CrPdfView *self)
{
  if (fabs (gtk_adjustment_get_value (vadjustment (self)) - self->programmatic_value) >= 0.5)
    self->page_locked = FALSE;
  update_mapped_pages (self);
  queue_update (self);
}

static void
on_vadjustment_changed_cb (CrPdfView *self)
{
  /* Emitted inside the viewport's allocation, where a new value would not
   * move the pages: the anchor waits for the end of our size_allocate. */
  update_mapped_pages (self);
  queue_update (self);
}

static void
on_scale_factor_changed_cb (CrPdfView *self)
{
  queue_update (self);
}

static gboolean
on_scroll_cb (CrPdfView                *self,
              double                    dx,
              double                    dy,
              GtkEventControllerScroll *controller)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if ((state & GDK_CONTROL_MASK) == 0 || n_pages (self) == 0)
    return FALSE;

  if (dy < 0)
    cr_pdf_view_zoom_in (self);
  else if (dy > 0)
    cr_pdf_view_zoom_out (self);
  return TRUE;
}

static void
on_click_pressed_cb (CrPdfView *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
on_context_pressed_cb (GtkGestureClick *gesture,
                       int              n_press,
                       double           x,
                       double           y,
                       CrPdfView       *self)
{
  GdkRectangle where = { (int) x, (int) y, 1, 1 };

  if (self->context_menu == NULL)
    {
      g_autoptr(GMenu) menu = g_menu_new ();

      g_menu_append (menu, _("_Copy"), "pdf.copy");
      self->context_menu = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
      gtk_popover_set_has_arrow (GTK_POPOVER (self->context_menu), FALSE);
      gtk_widget_set_halign (self->context_menu, GTK_ALIGN_START);
      gtk_widget_set_parent (self->context_menu, GTK_WIDGET (self));
    }

  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu), &where);
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}


/*
 * GtkWidget overrides
 */

static void
cr_pdf_view_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  CrPdfView *self = CR_PDF_VIEW (widget);

  gtk_widget_measure (GTK_WIDGET (self->scrolled_window), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *natural = MAX (*natural, MAX (*minimum, NATURAL_WIDTH));
}

static gboolean
fit_width_tick_cb (GtkWidget     *widget,
                   GdkFrameClock *frame_clock,
                   gpointer       user_data)
{
  CrPdfView *self = CR_PDF_VIEW (widget);

  self->fit_tick_id = 0;
  if (self->fit_width)
    set_zoom_internal (self, self->fit_zoom);
  return G_SOURCE_REMOVE;
}

static void
cr_pdf_view_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  CrPdfView *self = CR_PDF_VIEW (widget);

  /* Fit width: the widest page fills the width (less half a pixel, so
   * rounding never makes it scroll sideways). The new zoom resizes the
   * pages, which must not happen in here: when only a parent asked for a
   * new allocation (a sidebar sliding in beside the view), the resize
   * would leave the parents without one for this frame ("Trying to
   * snapshot … without a current allocation"). It comes at the start of
   * the next frame instead; until then the pages keep their size. */
  if (self->fit_width && self->max_page_width > 0.0)
    {
      double available = width - 2 * PAGE_MARGIN - 0.5;
      double zoom = CLAMP (available / self->max_page_width, CR_PDF_VIEW_MIN_ZOOM, CR_PDF_VIEW_MAX_ZOOM);

      if (available > 1.0 && fabs (zoom - self->zoom) >= 1e-4)
        {
          self->fit_zoom = zoom;
          if (self->fit_tick_id == 0)
            self->fit_tick_id = gtk_widget_add_tick_callback (widget, fit_width_tick_cb, NULL, NULL);
        }
    }

  gtk_widget_allocate (GTK_WIDGET (self->scrolled_window), width, height, baseline, NULL);

  /* Only now does the adjustment know the new height. The viewport asks
   * for a new allocation when its value changes, but that request is lost
   * inside ours: lay it out again here, in the same frame. */
  if (apply_anchor (self))
    gtk_widget_allocate (GTK_WIDGET (self->scrolled_window), width, height, baseline, NULL);
}

static void
cr_pdf_view_dispose (GObject *object)
{
  CrPdfView *self = CR_PDF_VIEW (object);

  g_clear_handle_id (&self->update_id, g_source_remove);
  if (self->fit_tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->fit_tick_id);
  self->fit_tick_id = 0;
  g_clear_pointer (&self->selection, _cr_pdf_view_selection_free);
  g_clear_pointer (&self->matches, g_array_unref);
  g_clear_pointer (&self->context_menu, gtk_widget_unparent);
  if (self->cache != NULL)
    cr_pdf_page_cache_set_document (self->cache, NULL);
  g_clear_object (&self->cache);
  g_clear_object (&self->document);
  g_clear_pointer (&self->pages, g_ptr_array_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_PDF_VIEW);

  G_OBJECT_CLASS (cr_pdf_view_parent_class)->dispose (object);
}

static void
cr_pdf_view_finalize (GObject *object)
{
  CrPdfView *self = CR_PDF_VIEW (object);

  g_free (self->tops);

  G_OBJECT_CLASS (cr_pdf_view_parent_class)->finalize (object);
}

static void
cr_pdf_view_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CrPdfView *self = CR_PDF_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_N_PAGES:
      g_value_set_uint (value, cr_pdf_view_get_n_pages (self));
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_FIT_WIDTH:
      g_value_set_boolean (value, self->fit_width);
      break;
    case PROP_PAGE:
      g_value_set_uint (value, self->page);
      break;
    case PROP_HAS_SELECTION:
      g_value_set_boolean (value, cr_pdf_view_get_has_selection (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_pdf_view_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  CrPdfView *self = CR_PDF_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      cr_pdf_view_set_document (self, g_value_get_object (value));
      break;
    case PROP_ZOOM:
      cr_pdf_view_set_zoom (self, g_value_get_double (value));
      break;
    case PROP_FIT_WIDTH:
      cr_pdf_view_set_fit_width (self, g_value_get_boolean (value));
      break;
    case PROP_PAGE:
      cr_pdf_view_set_page (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_pdf_view_class_init (CrPdfViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cr_pdf_view_dispose;
  object_class->finalize = cr_pdf_view_finalize;
  object_class->get_property = cr_pdf_view_get_property;
  object_class->set_property = cr_pdf_view_set_property;

  widget_class->measure = cr_pdf_view_measure;
  widget_class->size_allocate = cr_pdf_view_size_allocate;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         CR_TYPE_PDF_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_PAGES] =
    g_param_spec_uint ("n-pages", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL,
                         CR_PDF_VIEW_MIN_ZOOM, CR_PDF_VIEW_MAX_ZOOM, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FIT_WIDTH] =
    g_param_spec_boolean ("fit-width", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAGE] =
    g_param_spec_uint ("page", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HAS_SELECTION] =
    g_param_spec_boolean ("has-selection", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, APP_RESOURCE_PATH "/ui/cr-pdf-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CrPdfView, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, CrPdfView, pages_box);
  gtk_widget_class_bind_template_callback (widget_class, on_scroll_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_click_pressed_cb);

  _cr_pdf_view_class_init_actions (widget_class);

  gtk_widget_class_set_css_name (widget_class, "crpdfview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
cr_pdf_view_init (CrPdfView *self)
{
  self->zoom = 1.0;
  self->pages = g_ptr_array_new ();
  self->programmatic_value = -1.0;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->selection = _cr_pdf_view_selection_new (self);
  {
    GtkGesture *context = gtk_gesture_click_new ();

    gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (context), GDK_BUTTON_SECONDARY);
    g_signal_connect (context, "pressed", G_CALLBACK (on_context_pressed_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (context));
  }

  self->cache = cr_pdf_page_cache_new (CR_PDF_PAGE_CACHE_DEFAULT_BUDGET);
  g_signal_connect_object (self->cache, "page-changed",
                           G_CALLBACK (on_cache_page_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (vadjustment (self), "value-changed",
                           G_CALLBACK (on_vadjustment_value_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (vadjustment (self), "changed",
                           G_CALLBACK (on_vadjustment_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::scale-factor", G_CALLBACK (on_scale_factor_changed_cb), NULL);

  _cr_pdf_view_update_actions (self);
}


/*
 * Public API
 */

GtkWidget *
cr_pdf_view_new (void)
{
  return g_object_new (CR_TYPE_PDF_VIEW, NULL);
}

void
cr_pdf_view_set_document (CrPdfView     *self,
                          CrPdfDocument *document)
{
  GtkWidget *child;

  g_return_if_fail (CR_IS_PDF_VIEW (self));
  g_return_if_fail (document == NULL || CR_IS_PDF_DOCUMENT (document));

  if (self->document == document)
    return;

  _cr_pdf_view_selection_clear (self->selection);
  g_clear_pointer (&self->matches, g_array_unref);
  cr_pdf_page_cache_set_document (self->cache, NULL);
  g_ptr_array_set_size (self->pages, 0);
  while ((child = gtk_widget_get_first_child (self->pages_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->pages_box), child);

  g_set_object (&self->document, document);
  self->have_mapped = FALSE;
  self->max_page_width = 0.0;
  self->page = 0;

  if (document != NULL)
    {
      for (guint i = 0; i < cr_pdf_document_get_n_pages (document); i++)
        {
          GtkWidget *page;
          double width, height;

          cr_pdf_document_get_page_size (document, i, &width, &height);
          self->max_page_width = MAX (self->max_page_width, width);
          page = cr_pdf_view_page_new (i, width, height);
          gtk_widget_set_halign (page, GTK_ALIGN_CENTER);
          gtk_widget_set_child_visible (page, FALSE);
          gtk_box_append (GTK_BOX (self->pages_box), page);
          g_ptr_array_add (self->pages, page);
        }
      cr_pdf_page_cache_set_document (self->cache, document);
    }

  recompute_layout (self);
  set_anchor (self, 0, 0.0, -PAGE_MARGIN, TRUE);
  apply_anchor (self);
  _cr_pdf_view_update_actions (self);
  queue_update (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

CrPdfDocument *
cr_pdf_view_get_document (CrPdfView *self)
{
  g_return_val_if_fail (CR_IS_PDF_VIEW (self), NULL);

  return self->document;
}

guint
cr_pdf_view_get_n_pages (CrPdfView *self)
{
  g_return_val_if_fail (CR_IS_PDF_VIEW (self), 0);

  return n_pages (self);
}

double
cr_pdf_view_get_zoom (CrPdfView *self)
{
  g_return_val_if_fail (CR_IS_PDF_VIEW (self), 1.0);

  return self->zoom;
}

void
cr_pdf_view_set_zoom (CrPdfView *self,
                      double     zoom)
{
  g_return_if_fail (CR_IS_PDF_VIEW (self));
  g_return_if_fail (isfinite (zoom));

  cr_pdf_view_set_fit_width (self, FALSE);
  set_zoom_internal (self, zoom);
}

gboolean
cr_pdf_view_get_fit_width (CrPdfView *self)
{
  g_return_val_if_fail (CR_IS_PDF_VIEW (self), FALSE);

  return self->fit_width;
}

void
cr_pdf_view_set_fit_width (CrPdfView *self,
                           gboolean   fit_width)
{
  g_return_if_fail (CR_IS_PDF_VIEW (self));

  fit_width = !!fit_width;
  if (self->fit_width == fit_width)
    return;

  self->fit_width = fit_width;
  /* EXTERNAL, not NEVER: with NEVER the scrolled window would ask for
   * the pages' width at the current zoom as its minimum, so the view
   * could never be narrowed below it (and fit-width never shrink). */
  gtk_scrolled_window_set_policy (self->scrolled_window,
                                  fit_width ? GTK_POLICY_EXTERNAL : GTK_POLICY_AUTOMATIC,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIT_WIDTH]);
}

gboolean
cr_pdf_view_can_zoom_in (CrPdfView *self)
{
  g_return_val_if_fail (CR_IS_PDF_VIEW (self), FALSE);

  return self->zoom < CR_PDF_VIEW_MAX_ZOOM - 1e-4;
}

gboolean
cr_pdf_view_can_zoom_out (CrPdfView *self)
{
  g_return_val_if_fail (CR_IS_PDF_VIEW (self), FALSE);

  return self->zoom > CR_PDF_VIEW_MIN_ZOOM + 1e-4;
}

/* To the next zoom level up (or down): 1.13 (fit width) goes to 1.25. */
void
cr_pdf_view_zoom_in (CrPdfView *self)
{
  g_return_if_fail (CR_IS_PDF_VIEW (self));

  for (guint i = 0; i < G_N_ELEMENTS (zoom_levels); i++)
    if (zoom_levels[i] > self->zoom * 1.01)
      {
        cr_pdf_view_set_zoom (self, zoom_levels[i]);
        return;
      }
}

void
cr_pdf_view_zoom_out (CrPdfView *self)
{
  g_return_if_fail (CR_IS_PDF_VIEW (self));

  for (guint i = G_N_ELEMENTS (zoom_levels); i > 0; i--)
    if (zoom_levels[i - 1] < self->zoom * 0.99)
      {
        cr_pdf_view_set_zoom (self, zoom_levels[i - 1]);
        return;
      }
}

guint
cr_pdf_view_get_page (CrPdfView *self)
{
  g_return_val_if_fail (CR_IS_PDF_VIEW (self), 0);

  return self->page;
}

void
cr_pdf_view_set_page (CrPdfView *self,
                      guint      page)
{
  g_return_if_fail (CR_IS_PDF_VIEW (self));

  if (n_pages (self) == 0)
    return;

  page = MIN (page, n_pages (self) - 1);
  set_anchor (self, page, 0.0, -PAGE_MARGIN, TRUE);
  apply_anchor (self);
  set_current_page (self, page);
}

/* Scrolls by @dx, @dy steps (arrow keys). */
void
_cr_pdf_view_scroll_by (CrPdfView *self,
                        double     dx,
                        double     dy)
{
  GtkAdjustment *hadj;
  GtkAdjustment *vadj;

  g_return_if_fail (CR_IS_PDF_VIEW (self));

  hadj = gtk_scrolled_window_get_hadjustment (self->scrolled_window);
  vadj = vadjustment (self);
  gtk_adjustment_set_value (hadj, gtk_adjustment_get_value (hadj) + dx * SCROLL_STEP);
  gtk_adjustment_set_value (vadj, gtk_adjustment_get_value (vadj) + dy * SCROLL_STEP);
}

GtkWidget *
_cr_pdf_view_get_page_widget (CrPdfView *self,
                              guint      index)
{
  g_return_val_if_fail (CR_IS_PDF_VIEW (self), NULL);

  return index < n_pages (self) ? GTK_WIDGET (page_widget (self, index)) : NULL;
}

GtkWidget *
_cr_pdf_view_get_pages_box (CrPdfView *self)
{
  g_return_val_if_fail (CR_IS_PDF_VIEW (self), NULL);

  return self->pages_box;
}

void
_cr_pdf_view_notify_has_selection (CrPdfView *self)
{
  _cr_pdf_view_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_SELECTION]);
}


/*
 * Find hits and selection
 */

void
cr_pdf_view_set_matches (CrPdfView *self,
                         GArray    *matches,
                         int        current)
{
  guint i = 0;

  g_return_if_fail (CR_IS_PDF_VIEW (self));

  if (matches != NULL)
    g_array_ref (matches);
  g_clear_pointer (&self->matches, g_array_unref);
  self->matches = matches;

  /* Each page gets its own hits, in order, and which of them is current. */
  for (guint page = 0; page < n_pages (self); page++)
    {
      g_autoptr(GArray) rects = NULL;
      int page_current = -1;

      while (matches != NULL && i < matches->len &&
             g_array_index (matches, CrPdfMatch, i).page == page)
        {
          if (rects == NULL)
            rects = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));
          if ((int) i == current)
            page_current = (int) rects->len;
          g_array_append_val (rects, g_array_index (matches, CrPdfMatch, i).rect);
          i++;
        }

      cr_pdf_view_page_set_matches (page_widget (self, page), rects, page_current);
    }
}

void
cr_pdf_view_show_match (CrPdfView *self,
                        guint      index)
{
  const CrPdfMatch *match;
  double page_size;
  double height;

  g_return_if_fail (CR_IS_PDF_VIEW (self));

  if (self->matches == NULL || index >= self->matches->len)
    return;

  match = &g_array_index (self->matches, CrPdfMatch, index);
  if (match->page >= n_pages (self))
    return;

  /* The hit a third of the way down the view. */
  cr_pdf_document_get_page_size (self->document, match->page, NULL, &height);
  page_size = gtk_adjustment_get_page_size (vadjustment (self));
  set_anchor (self, match->page, match->rect.origin.y / height, -page_size / 3.0, TRUE);
  apply_anchor (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  set_current_page (self, match->page);
}

gboolean
cr_pdf_view_get_has_selection (CrPdfView *self)
{
  g_return_val_if_fail (CR_IS_PDF_VIEW (self), FALSE);

  return self->selection != NULL && _cr_pdf_view_selection_is_set (self->selection);
}

void
cr_pdf_view_clear_selection (CrPdfView *self)
{
  g_return_if_fail (CR_IS_PDF_VIEW (self));

  _cr_pdf_view_selection_clear (self->selection);
}

void
cr_pdf_view_select (CrPdfView             *self,
                    guint                  page,
                    const graphene_rect_t *area)
{
  g_return_if_fail (CR_IS_PDF_VIEW (self));

  _cr_pdf_view_selection_set (self->selection, page, area);
}

void
cr_pdf_view_copy (CrPdfView *self)
{
  g_return_if_fail (CR_IS_PDF_VIEW (self));

  _cr_pdf_view_selection_copy (self->selection);
}
