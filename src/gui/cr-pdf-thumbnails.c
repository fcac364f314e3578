/* cr-pdf-thumbnails.c: a sidebar of page thumbnails */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrPdfThumbnails"

#include "config.h"

#include "cr-pdf-thumbnails.h"

#include "cr-pdf-thumbnail.h"
#include "cr-pdf-thumbnail-tile.h"

#include <glib/gi18n.h>

struct _CrPdfThumbnails
{
  GtkWidget           parent_instance;

  GtkWidget          *scrolled_window;
  GtkWidget          *list_view;

  GListStore         *store;
  GtkSingleSelection *selection;
  GQueue              rendered;   /* CrPdfThumbnail with a texture, oldest first */
  GHashTable         *bound;      /* CrPdfThumbnail → its row's CrPdfThumbnailTile */
  GHashTable         *near;       /* CrPdfThumbnail within a screenful of the view */
  guint               update_id;
  guint               scroll_id;
};

G_DEFINE_FINAL_TYPE (CrPdfThumbnails, cr_pdf_thumbnails, GTK_TYPE_WIDGET)

enum {
  PAGE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];


/*
 * Memory cap
 */

static void
on_thumbnail_texture_cb (CrPdfThumbnail  *thumbnail,
                         GParamSpec      *pspec,
                         CrPdfThumbnails *self)
{
  if (cr_pdf_thumbnail_get_texture (thumbnail) == NULL)
    return;

  g_queue_remove (&self->rendered, thumbnail);
  g_queue_push_tail (&self->rendered, thumbnail);

  /* Drop the oldest thumbnails away from the view. GTK 4.8's list view
   * binds up to 200 rows, so a bound row may lose its texture too: it
   * shows blank paper until it comes near the view again. */
  for (guint tries = self->rendered.length;
       self->rendered.length > CR_PDF_THUMBNAILS_MAX_TEXTURES && tries > 0;
       tries--)
    {
      CrPdfThumbnail *oldest = g_queue_pop_head (&self->rendered);

      if (g_hash_table_contains (self->near, oldest))
        g_queue_push_tail (&self->rendered, oldest);
      else
        cr_pdf_thumbnail_drop (oldest);
    }
}


/*
 * Rows
 */

static int
pixel_width (CrPdfThumbnails *self)
{
  return CR_PDF_THUMBNAILS_WIDTH * gtk_widget_get_scale_factor (GTK_WIDGET (self));
}

/* GTK 4.8's list view binds up to 200 rows around the visible ones but
 * maps, and moves, only those on screen: render the pages on screen and
 * a screenful either side of them, and cancel the rest. */
static gboolean
update_visible_cb (gpointer data)
{
  CrPdfThumbnails *self = data;
  guint first = G_MAXUINT, last = 0, span, lo, hi;
  GHashTableIter iter;
  gpointer key, value;

  self->update_id = 0;
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    return G_SOURCE_REMOVE;

  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (gtk_widget_get_mapped (value))
        {
          guint page = cr_pdf_thumbnail_get_page (key);

          first = MIN (first, page);
          last = MAX (last, page);
        }
    }
  if (first > last)
    return G_SOURCE_REMOVE;   /* Not laid out yet: the rows' "map" comes back here. */

  span = last - first + 1;
  lo = first > span ? first - span : 0;
  hi = last + span;

  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      CrPdfThumbnail *thumbnail = key;
      guint page = cr_pdf_thumbnail_get_page (thumbnail);

      if (page >= lo && page <= hi)
        {
          g_hash_table_add (self->near, thumbnail);
          cr_pdf_thumbnail_ensure (thumbnail, pixel_width (self));
        }
      else
        {
          g_hash_table_remove (self->near, thumbnail);
          cr_pdf_thumbnail_cancel (thumbnail);
        }
    }

  return G_SOURCE_REMOVE;
}

static void
queue_update (CrPdfThumbnails *self)
{
  if (self->update_id == 0)
    self->update_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, update_visible_cb, self, NULL);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              CrPdfThumbnails          *self)
{
  GtkWidget *tile = cr_pdf_thumbnail_tile_new (CR_PDF_THUMBNAILS_WIDTH);

  /* A row coming on screen may bring its neighbours near. */
  g_signal_connect_object (tile, "map", G_CALLBACK (queue_update), self, G_CONNECT_SWAPPED);
  gtk_list_item_set_child (item, tile);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             CrPdfThumbnails          *self)
{
  CrPdfThumbnail *thumbnail = gtk_list_item_get_item (item);
  GtkWidget *tile = gtk_list_item_get_child (item);

  cr_pdf_thumbnail_tile_set_thumbnail (CR_PDF_THUMBNAIL_TILE (tile), thumbnail);
  g_hash_table_insert (self->bound, thumbnail, tile);
  queue_update (self);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               CrPdfThumbnails          *self)
{
  CrPdfThumbnail *thumbnail = gtk_list_item_get_item (item);

  cr_pdf_thumbnail_tile_set_thumbnail (CR_PDF_THUMBNAIL_TILE (gtk_list_item_get_child (item)), NULL);
  g_hash_table_remove (self->bound, thumbnail);
  g_hash_table_remove (self->near, thumbnail);
  /* Scrolled past: its render would only delay the ones now shown. */
  cr_pdf_thumbnail_cancel (thumbnail);
}

/* Brings the current page's thumbnail into view. Run once the list is
 * laid out (an idle after a change, or after being shown): a list not
 * yet allocated has nowhere to scroll to. */
static gboolean
scroll_to_current_cb (gpointer data)
{
  CrPdfThumbnails *self = data;
  guint selected = gtk_single_selection_get_selected (self->selection);

  self->scroll_id = 0;
  if (selected != GTK_INVALID_LIST_POSITION && gtk_widget_get_mapped (self->list_view))
    gtk_widget_activate_action (self->list_view, "list.scroll-to-item", "u", selected);
  return G_SOURCE_REMOVE;
}

static void
queue_scroll_to_current (CrPdfThumbnails *self)
{
  if (self->scroll_id == 0)
    self->scroll_id = g_idle_add_full (GTK_PRIORITY_RESIZE + 10, scroll_to_current_cb, self, NULL);
}

static void
on_map_cb (CrPdfThumbnails *self)
{
  queue_update (self);
  queue_scroll_to_current (self);
}

static void
on_activate_cb (GtkListView     *list_view,
                guint            position,
                CrPdfThumbnails *self)
{
  g_signal_emit (self, signals[PAGE_ACTIVATED], 0, position);
}


/*
 * GObject and GtkWidget overrides
 */

static void
clear_store (CrPdfThumbnails *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->store));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrPdfThumbnail) thumbnail = g_list_model_get_item (G_LIST_MODEL (self->store), i);

      g_signal_handlers_disconnect_by_data (thumbnail, self);
      cr_pdf_thumbnail_cancel (thumbnail);
    }
  g_queue_clear (&self->rendered);
  g_hash_table_remove_all (self->near);
  g_list_store_remove_all (self->store);
}

static void
cr_pdf_thumbnails_dispose (GObject *object)
{
  CrPdfThumbnails *self = CR_PDF_THUMBNAILS (object);

  g_clear_handle_id (&self->update_id, g_source_remove);
  g_clear_handle_id (&self->scroll_id, g_source_remove);
  g_clear_pointer (&self->scrolled_window, gtk_widget_unparent);
  if (self->store != NULL)
    clear_store (self);
  g_clear_object (&self->selection);
  g_clear_object (&self->store);
  g_clear_pointer (&self->bound, g_hash_table_unref);
  g_clear_pointer (&self->near, g_hash_table_unref);

  G_OBJECT_CLASS (cr_pdf_thumbnails_parent_class)->dispose (object);
}

static void
cr_pdf_thumbnails_class_init (CrPdfThumbnailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cr_pdf_thumbnails_dispose;

  signals[PAGE_ACTIVATED] =
    g_signal_new ("page-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "crpdfthumbnails");
}

static void
cr_pdf_thumbnails_init (CrPdfThumbnails *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  self->store = g_list_store_new (CR_TYPE_PDF_THUMBNAIL);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->store)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  self->bound = g_hash_table_new (NULL, NULL);
  self->near = g_hash_table_new (NULL, NULL);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), self);

  self->list_view = gtk_list_view_new (g_object_ref (GTK_SELECTION_MODEL (self->selection)), factory);
  gtk_list_view_set_single_click_activate (GTK_LIST_VIEW (self->list_view), TRUE);
  gtk_widget_add_css_class (self->list_view, "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Page Thumbnails"),
                                  -1);
  g_signal_connect (self->list_view, "activate", G_CALLBACK (on_activate_cb), self);

  self->scrolled_window = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scrolled_window),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled_window), self->list_view);
  gtk_widget_set_parent (self->scrolled_window, GTK_WIDGET (self));

  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scrolled_window)),
                           "value-changed", G_CALLBACK (queue_update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scrolled_window)),
                           "changed", G_CALLBACK (queue_update), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);
}


/*
 * Public API
 */

GtkWidget *
cr_pdf_thumbnails_new (void)
{
  return g_object_new (CR_TYPE_PDF_THUMBNAILS, NULL);
}

void
cr_pdf_thumbnails_set_document (CrPdfThumbnails *self,
                                CrPdfDocument   *document)
{
  g_autoptr(GPtrArray) items = NULL;
  guint n_pages;

  g_return_if_fail (CR_IS_PDF_THUMBNAILS (self));
  g_return_if_fail (document == NULL || CR_IS_PDF_DOCUMENT (document));

  clear_store (self);
  if (document == NULL)
    return;

  n_pages = cr_pdf_document_get_n_pages (document);
  items = g_ptr_array_new_full (n_pages, g_object_unref);
  for (guint i = 0; i < n_pages; i++)
    {
      CrPdfThumbnail *thumbnail = cr_pdf_thumbnail_new (document, i);

      g_signal_connect (thumbnail, "notify::texture", G_CALLBACK (on_thumbnail_texture_cb), self);
      g_ptr_array_add (items, thumbnail);
    }

  /* One items-changed for all the pages. */
  g_list_store_splice (self->store, 0, 0, items->pdata, items->len);
  gtk_single_selection_set_selected (self->selection, 0);
}

GListModel *
cr_pdf_thumbnails_get_model (CrPdfThumbnails *self)
{
  g_return_val_if_fail (CR_IS_PDF_THUMBNAILS (self), NULL);

  return G_LIST_MODEL (self->store);
}

void
cr_pdf_thumbnails_set_current (CrPdfThumbnails *self,
                               guint            page)
{
  g_return_if_fail (CR_IS_PDF_THUMBNAILS (self));

  if (page >= g_list_model_get_n_items (G_LIST_MODEL (self->store)) ||
      gtk_single_selection_get_selected (self->selection) == page)
    return;

  gtk_single_selection_set_selected (self->selection, page);
  /* Hidden, it scrolls there when shown (on_map_cb). */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    queue_scroll_to_current (self);
}

guint
cr_pdf_thumbnails_get_n_rendered (CrPdfThumbnails *self)
{
  g_return_val_if_fail (CR_IS_PDF_THUMBNAILS (self), 0);

  return self->rendered.length;
}

guint
cr_pdf_thumbnails_get_n_pending (CrPdfThumbnails *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  guint pending = 0;

  g_return_val_if_fail (CR_IS_PDF_THUMBNAILS (self), 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrPdfThumbnail) thumbnail = g_list_model_get_item (G_LIST_MODEL (self->store), i);

      if (cr_pdf_thumbnail_is_pending (thumbnail))
        pending++;
    }
  return pending;
}
