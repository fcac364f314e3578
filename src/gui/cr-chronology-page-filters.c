/* cr-chronology-page-filters.c: the chronology page's search, agency and date filters */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrChronologyPage"

#include "config.h"

#include "cr-chronology-page-private.h"

#include "cr-deadline-policy.h"

#include <glib/gi18n.h>


/*
 * The agency filter
 */

static void
apply_agency_filter (CrChronologyPage *self)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->agency_box));
  g_autofree char *label = NULL;

  for (guint i = 0; child != NULL; child = gtk_widget_get_next_sibling (child), i++)
    if (i < self->agency_ids->len && gtk_check_button_get_active (GTK_CHECK_BUTTON (child)))
      {
        g_array_append_val (ids, g_array_index (self->agency_ids, gint64, i));
        g_ptr_array_add (names, self->agency_names[i]);
      }

  /* None ticked, or all of them: every agency. */
  if (ids->len == self->agency_ids->len)
    g_array_set_size (ids, 0);

  cr_chronology_filter_set_agencies (self->filter, (const gint64 *) ids->data,
                                     ids->len > 0 ? (const char * const *) names->pdata : NULL,
                                     ids->len);

  if (ids->len == 0)
    label = g_strdup (_("All Agencies"));
  else if (ids->len == 1)
    label = g_strdup (names->pdata[0]);
  else
    /* Translators: the agency filter's button when several are chosen */
    label = g_strdup_printf (ngettext ("%u Agency", "%u Agencies", ids->len), ids->len);
  gtk_menu_button_set_label (self->agency_button, label);

  _cr_chronology_page_update_status (self);
}

void
_cr_chronology_page_rebuild_agency_filter (CrChronologyPage *self)
{
  g_autofree gint64 *ids = NULL;
  g_auto(GStrv) names = NULL;
  GtkWidget *child;

  /* What was ticked stays ticked when the agency is still there. */
  g_autoptr(GHashTable) ticked = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) old_ids = self->agency_ids;

  child = gtk_widget_get_first_child (GTK_WIDGET (self->agency_box));
  for (guint i = 0; child != NULL; i++)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (i < old_ids->len && gtk_check_button_get_active (GTK_CHECK_BUTTON (child)))
        g_hash_table_add (ticked, &g_array_index (old_ids, gint64, i));
      gtk_box_remove (self->agency_box, child);
      child = next;
    }

  if (self->chronology != NULL)
    names = cr_chronology_dup_agency_names (self->chronology, &ids);

  self->agency_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_strfreev (self->agency_names);
  self->agency_names = g_steal_pointer (&names);

  for (guint i = 0; self->agency_names != NULL && self->agency_names[i] != NULL; i++)
    {
      GtkWidget *check = gtk_check_button_new_with_label (self->agency_names[i]);

      g_array_append_val (self->agency_ids, ids[i]);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   g_hash_table_contains (ticked, &ids[i]));
      g_signal_connect_object (check, "toggled", G_CALLBACK (apply_agency_filter),
                               self, G_CONNECT_SWAPPED);
      gtk_box_append (self->agency_box, check);
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->agency_button), self->agency_ids->len > 1);
  apply_agency_filter (self);
}


/*
 * Filters
 */

void
_cr_chronology_page_search_changed_cb (CrChronologyPage *self)
{
  cr_chronology_filter_set_text (self->filter, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  _cr_chronology_page_update_status (self);
}

/* Reads a range entry: TRUE with @date cleared when empty. */
static gboolean
read_range_entry (GtkEntry *entry,
                  GDate    *date)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autoptr(GError) error = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (text));

  g_date_clear (date, 1);
  if (trimmed[0] == '\0')
    {
      gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return TRUE;
    }

  if (!cr_deadline_parse_date_input (trimmed, date, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (entry), error->message);
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, error->message,
                                      -1);
      return FALSE;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  gtk_accessible_reset_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  return TRUE;
}

static gboolean
apply_range_cb (gpointer user_data)
{
  CrChronologyPage *self = user_data;
  GDate from;
  GDate to;
  gboolean from_ok = read_range_entry (self->from_entry, &from);
  gboolean to_ok = read_range_entry (self->to_entry, &to);

  self->range_idle_id = 0;

  /* Half-typed dates leave the range as it was. */
  if (!from_ok || !to_ok)
    return G_SOURCE_REMOVE;

  cr_chronology_filter_set_range (self->filter, &from, &to);
  _cr_chronology_page_update_status (self);
  return G_SOURCE_REMOVE;
}

void
_cr_chronology_page_range_changed_cb (CrChronologyPage *self)
{
  /* Read once the text settles: replacing it deletes, then inserts, and
   * the empty text in between is not what the user typed. */
  if (self->range_idle_id == 0)
    self->range_idle_id = g_idle_add (apply_range_cb, self);
}

void
_cr_chronology_page_clear_filters_action (GtkWidget  *widget,
                                          const char *action_name,
                                          GVariant   *parameter)
{
  CrChronologyPage *self = CR_CHRONOLOGY_PAGE (widget);
  GtkWidget *child;

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->from_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->to_entry), "");
  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->agency_box));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    gtk_check_button_set_active (GTK_CHECK_BUTTON (child), FALSE);

  /* The search entry reports its change after a delay: not worth waiting for. */
  cr_chronology_filter_set_text (self->filter, NULL);
  _cr_chronology_page_update_status (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}
