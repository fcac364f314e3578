/* cr-chronology-cells.c: the cells of the chronology's column views */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrChronologyPage"

#include "config.h"

#include "cr-chronology-cells.h"

#include <glib/gi18n.h>

/*
 * Each column has a GtkSignalListItemFactory: setup makes the cell widget
 * once, bind fills it straight from the entry's getters. Only the key
 * practice episode and duplicate columns change while shown, so only they
 * follow "notify". Tens of thousands of entries scroll past: binding does
 * no expression machinery and leaves tooltips to query-tooltip.
 */

typedef struct
{
  CrChronologyColumn      column;
  GtkWidget              *widget;     /* owned by the list item */
  CrChronologyEntry      *entry;      /* the bound entry, or NULL */
  gulong                  notify_id;
  gulong                  toggled_id;
  CrChronologyKpeToggled  toggled;
  gpointer                user_data;
  const char             *mark_class; /* static; the duplicate style shown */
} Cell;

static GQuark cell_quark;


/*
 * Text
 */

const char *
cr_chronology_duplicate_mark_to_label (CrChronologyDuplicateMark mark)
{
  switch (mark)
    {
    case CR_CHRONOLOGY_DUPLICATE_SUSPECTED:
      return _("Possible duplicate of an entry from another agency");
    case CR_CHRONOLOGY_DUPLICATE_CONFIRMED:
      return _("Repeats an entry from another agency");
    case CR_CHRONOLOGY_DUPLICATE_NONE:
    default:
      return NULL;
    }
}

/* The text a text cell shows (newly allocated). */
static char *
dup_cell_text (Cell *cell)
{
  CrChronologyEntry *entry = cell->entry;

  switch (cell->column)
    {
    case CR_CHRONOLOGY_COLUMN_DATE:
      return cr_chronology_entry_dup_date_text (entry);
    case CR_CHRONOLOGY_COLUMN_TIME:
      return cr_chronology_entry_dup_time_text (entry);
    case CR_CHRONOLOGY_COLUMN_AGENCY:
      return g_strdup (cr_chronology_entry_get_agency_name (entry));
    case CR_CHRONOLOGY_COLUMN_EVENT:
      return g_strdup (cr_chronology_entry_get_event (entry));
    case CR_CHRONOLOGY_COLUMN_AUTHOR:
      return g_strdup (cr_chronology_entry_get_author (entry));
    case CR_CHRONOLOGY_COLUMN_SOURCE:
      return g_strdup (cr_chronology_entry_get_source (entry));
    case CR_CHRONOLOGY_COLUMN_ROW:
      return g_strdup_printf ("%u", cr_chronology_entry_get_row (entry));
    case CR_CHRONOLOGY_COLUMN_KPE:
    case CR_CHRONOLOGY_COLUMN_DUPLICATE:
    default:
      g_assert_not_reached ();
    }
}


/* What a screen reader says for an empty text cell. */
static const char *
empty_cell_label (CrChronologyColumn column)
{
  switch (column)
    {
    case CR_CHRONOLOGY_COLUMN_DATE:
      return _("No date");
    case CR_CHRONOLOGY_COLUMN_TIME:
      return _("No time");
    case CR_CHRONOLOGY_COLUMN_AGENCY:
      return _("No agency");
    case CR_CHRONOLOGY_COLUMN_AUTHOR:
      return _("No author or role");
    case CR_CHRONOLOGY_COLUMN_SOURCE:
      return _("No source");
    case CR_CHRONOLOGY_COLUMN_ROW:
    case CR_CHRONOLOGY_COLUMN_EVENT:
    case CR_CHRONOLOGY_COLUMN_KPE:
    case CR_CHRONOLOGY_COLUMN_DUPLICATE:
    default:
      return _("Empty");
    }
}

/*
 * Cells
 */

static void
update_mark (Cell *cell)
{
  CrChronologyDuplicateMark mark = cr_chronology_entry_get_duplicate (cell->entry);
  const char *label = cr_chronology_duplicate_mark_to_label (mark);
  const char *mark_class = NULL;
  GtkImage *image = GTK_IMAGE (cell->widget);

  if (mark == CR_CHRONOLOGY_DUPLICATE_SUSPECTED)
    mark_class = "warning";
  else if (mark == CR_CHRONOLOGY_DUPLICATE_CONFIRMED)
    mark_class = "dim-label";

  gtk_image_set_from_icon_name (image, label != NULL ? "edit-copy-symbolic" : NULL);
  if (cell->mark_class != mark_class)
    {
      if (cell->mark_class != NULL)
        gtk_widget_remove_css_class (cell->widget, cell->mark_class);
      if (mark_class != NULL)
        gtk_widget_add_css_class (cell->widget, mark_class);
      cell->mark_class = mark_class;
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (image),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label != NULL ? label : "",
                                  -1);
}

static void
update_kpe (Cell *cell)
{
  g_signal_handler_block (cell->widget, cell->toggled_id);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (cell->widget),
                               cr_chronology_entry_get_key_practice_episode (cell->entry));
  g_signal_handler_unblock (cell->widget, cell->toggled_id);
}

static void
update_cell (Cell *cell)
{
  g_autofree char *text = NULL;

  if (cell->column == CR_CHRONOLOGY_COLUMN_KPE)
    {
      update_kpe (cell);
    }
  else if (cell->column == CR_CHRONOLOGY_COLUMN_DUPLICATE)
    {
      update_mark (cell);
    }
  else if (cell->column == CR_CHRONOLOGY_COLUMN_EVENT)
    {
      text = dup_cell_text (cell);
      gtk_label_set_text (GTK_LABEL (cell->widget), text != NULL ? text : "");
    }
  else
    {
      text = dup_cell_text (cell);
      gtk_inscription_set_text (GTK_INSCRIPTION (cell->widget), text);
      /* A screen reader reads the label: the text, or what is missing
       * (an empty inscription would be announced by its type name). */
      gtk_accessible_update_property (GTK_ACCESSIBLE (cell->widget),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      text != NULL && text[0] != '\0' ? text : empty_cell_label (cell->column),
                                      -1);
    }
}

static void
on_entry_notify_cb (CrChronologyEntry *entry,
                    GParamSpec        *pspec,
                    Cell              *cell)
{
  update_cell (cell);
}

static void
on_check_toggled_cb (GtkCheckButton *check,
                     Cell           *cell)
{
  if (cell->entry == NULL || cell->toggled == NULL)
    return;

  cell->toggled (cell->entry, gtk_check_button_get_active (check), cell->user_data);
}

static gboolean
on_cell_query_tooltip_cb (GtkWidget  *widget,
                          int         x,
                          int         y,
                          gboolean    keyboard_mode,
                          GtkTooltip *tooltip,
                          Cell       *cell)
{
  g_autofree char *text = NULL;

  if (cell->entry == NULL)
    return FALSE;

  if (cell->column == CR_CHRONOLOGY_COLUMN_DUPLICATE)
    text = g_strdup (cr_chronology_duplicate_mark_to_label (cr_chronology_entry_get_duplicate (cell->entry)));
  else if (cell->column == CR_CHRONOLOGY_COLUMN_KPE)
    text = g_strdup (_("Key practice episode"));
  else
    text = dup_cell_text (cell);

  if (text == NULL || text[0] == '\0')
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
unbind_cell (Cell *cell)
{
  if (cell->entry == NULL)
    return;

  g_clear_signal_handler (&cell->notify_id, cell->entry);
  g_clear_object (&cell->entry);
}

static void
bind_cell (Cell              *cell,
           CrChronologyEntry *entry)
{
  unbind_cell (cell);

  cell->entry = g_object_ref (entry);
  if (cell->column == CR_CHRONOLOGY_COLUMN_KPE)
    cell->notify_id = g_signal_connect (entry, "notify::key-practice-episode",
                                        G_CALLBACK (on_entry_notify_cb), cell);
  else if (cell->column == CR_CHRONOLOGY_COLUMN_DUPLICATE)
    cell->notify_id = g_signal_connect (entry, "notify::duplicate",
                                        G_CALLBACK (on_entry_notify_cb), cell);

  update_cell (cell);
}

static void
free_cell (gpointer data)
{
  Cell *cell = data;

  unbind_cell (cell);
  g_free (cell);
}

static GtkWidget *
create_inscription (guint nat_chars)
{
  GtkWidget *widget = gtk_inscription_new (NULL);

  gtk_inscription_set_xalign (GTK_INSCRIPTION (widget), 0);
  gtk_inscription_set_yalign (GTK_INSCRIPTION (widget), 0);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (widget), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (widget), nat_chars);
  return widget;
}

static GtkWidget *
create_cell_widget (Cell *cell)
{
  GtkWidget *widget;

  switch (cell->column)
    {
    case CR_CHRONOLOGY_COLUMN_DATE:
      widget = create_inscription (10);
      gtk_widget_add_css_class (widget, "numeric");
      return widget;

    case CR_CHRONOLOGY_COLUMN_TIME:
      widget = create_inscription (5);
      gtk_widget_add_css_class (widget, "numeric");
      return widget;

    case CR_CHRONOLOGY_COLUMN_ROW:
      widget = create_inscription (5);
      gtk_inscription_set_xalign (GTK_INSCRIPTION (widget), 1);
      gtk_widget_add_css_class (widget, "numeric");
      gtk_widget_add_css_class (widget, "dim-label");
      return widget;

    case CR_CHRONOLOGY_COLUMN_AGENCY:
      return create_inscription (14);

    case CR_CHRONOLOGY_COLUMN_AUTHOR:
    case CR_CHRONOLOGY_COLUMN_SOURCE:
      return create_inscription (12);

    case CR_CHRONOLOGY_COLUMN_EVENT:
      /* Wrapped, and cut after a few lines: the popover and the export
       * have the whole text. */
      widget = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (widget), 0);
      gtk_label_set_yalign (GTK_LABEL (widget), 0);
      gtk_label_set_wrap (GTK_LABEL (widget), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (widget), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_lines (GTK_LABEL (widget), 3);
      gtk_label_set_ellipsize (GTK_LABEL (widget), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (widget), 20);
      gtk_label_set_max_width_chars (GTK_LABEL (widget), 60);
      return widget;

    case CR_CHRONOLOGY_COLUMN_KPE:
      widget = gtk_check_button_new ();
      gtk_widget_set_halign (widget, GTK_ALIGN_CENTER);
      gtk_widget_set_valign (widget, GTK_ALIGN_START);
      gtk_widget_set_sensitive (widget, cell->toggled != NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Key practice episode"),
                                      -1);
      cell->toggled_id = g_signal_connect (widget, "toggled", G_CALLBACK (on_check_toggled_cb), cell);
      return widget;

    case CR_CHRONOLOGY_COLUMN_DUPLICATE:
      widget = gtk_image_new ();
      gtk_widget_set_valign (widget, GTK_ALIGN_START);
      return widget;

    default:
      g_assert_not_reached ();
    }
}

static void
on_factory_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     Cell                     *template)
{
  Cell *cell = g_new0 (Cell, 1);

  cell->column = template->column;
  cell->toggled = template->toggled;
  cell->user_data = template->user_data;
  cell->widget = create_cell_widget (cell);

  if (cell->column != CR_CHRONOLOGY_COLUMN_ROW)
    {
      gtk_widget_set_has_tooltip (cell->widget, TRUE);
      g_signal_connect (cell->widget, "query-tooltip", G_CALLBACK (on_cell_query_tooltip_cb), cell);
    }

  /* The cell lives as long as its widget, which the list item owns. */
  g_object_set_qdata_full (G_OBJECT (cell->widget), cell_quark, cell, free_cell);
  gtk_list_item_set_child (list_item, cell->widget);
  gtk_list_item_set_activatable (list_item, TRUE);
}

static Cell *
get_cell (GtkListItem *list_item)
{
  return g_object_get_qdata (G_OBJECT (gtk_list_item_get_child (list_item)), cell_quark);
}

static void
on_factory_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    gpointer                  user_data)
{
  bind_cell (get_cell (list_item), gtk_list_item_get_item (list_item));
}

static void
on_factory_unbind_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *list_item,
                      gpointer                  user_data)
{
  unbind_cell (get_cell (list_item));
}

GtkListItemFactory *
cr_chronology_cells_create_factory (CrChronologyColumn     column,
                                    CrChronologyKpeToggled toggled,
                                    gpointer               user_data)
{
  GtkListItemFactory *factory;
  Cell *template;

  g_return_val_if_fail (column <= CR_CHRONOLOGY_COLUMN_ROW, NULL);

  if (cell_quark == 0)
    cell_quark = g_quark_from_static_string ("cr-chronology-cell");

  template = g_new0 (Cell, 1);
  template->column = column;
  template->toggled = toggled;
  template->user_data = user_data;

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect_data (factory, "setup", G_CALLBACK (on_factory_setup_cb), template,
                         (GClosureNotify) (void (*) (void)) g_free, 0);
  g_signal_connect (factory, "bind", G_CALLBACK (on_factory_bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_factory_unbind_cb), NULL);

  return factory;
}


/*
 * Sorters
 */

static int
compare_merge_cb (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  int order = cr_chronology_entry_compare ((CrChronologyEntry *) a, (CrChronologyEntry *) b);

  return order < 0 ? GTK_ORDERING_SMALLER : order > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static int
compare_agency_cb (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  const char *name_a = cr_chronology_entry_get_agency_name ((CrChronologyEntry *) a);
  const char *name_b = cr_chronology_entry_get_agency_name ((CrChronologyEntry *) b);
  int order = g_utf8_collate (name_a != NULL ? name_a : "", name_b != NULL ? name_b : "");

  if (order != 0)
    return order < 0 ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
  return compare_merge_cb (a, b, user_data);
}

GtkSorter *
cr_chronology_cells_create_sorter (CrChronologyColumn column)
{
  if (column == CR_CHRONOLOGY_COLUMN_DATE)
    return GTK_SORTER (gtk_custom_sorter_new (compare_merge_cb, NULL, NULL));
  if (column == CR_CHRONOLOGY_COLUMN_AGENCY)
    return GTK_SORTER (gtk_custom_sorter_new (compare_agency_cb, NULL, NULL));
  g_return_val_if_reached (NULL);
}
