/* cr-finding-dialog-evidence.c: the chronology entries a finding rests on
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrFindingDialog"

#include "config.h"

#include "cr-finding-dialog-private.h"

#include "cr-database-chronology.h"
#include "cr-database-report.h"
#include "cr-edit-utils.h"

#include <glib/gi18n.h>

/*
 * Sets of entry ids
 */

GHashTable *
_cr_finding_dialog_new_id_set (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

static void
id_set_add (GHashTable *set,
            gint64      id)
{
  gint64 *key = g_new (gint64, 1);

  *key = id;
  g_hash_table_add (set, key);
}

GArray *
_cr_finding_dialog_dup_ids (GHashTable *set)
{
  GArray *ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), g_hash_table_size (set));
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, set);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_array_append_val (ids, *(gint64 *) key);
  return ids;
}

gboolean
_cr_finding_dialog_links_changed (CrFindingDialog *self)
{
  GHashTableIter iter;
  gpointer key;

  if (g_hash_table_size (self->linked) != g_hash_table_size (self->stored_links))
    return TRUE;
  g_hash_table_iter_init (&iter, self->linked);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (self->stored_links, key))
      return TRUE;
  return FALSE;
}

void
_cr_finding_dialog_update_count (CrFindingDialog *self)
{
  guint n = g_hash_table_size (self->linked);
  g_autofree char *text = NULL;

  if (n == 0)
    text = g_strdup (_("No entries linked"));
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry linked", "%u entries linked", n), n);
  gtk_label_set_text (self->count_label, text);
}

/*
 * The rows
 */

static void
on_check_toggled_cb (GtkCheckButton  *check,
                     CrFindingDialog *self)
{
  CrChronologyEntry *entry = g_object_get_data (G_OBJECT (check), "cr-entry");

  if (entry == NULL)
    return;
  cr_finding_dialog_set_linked (self, cr_chronology_entry_get_id (entry),
                                gtk_check_button_get_active (check));
}

static void
setup_item_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               CrFindingDialog          *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *text_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *meta_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *event = gtk_label_new (NULL);
  GtkWidget *meta = gtk_label_new (NULL);
  GtkWidget *kpe = gtk_label_new (_("Key practice episode"));

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (event), 0);
  gtk_label_set_wrap (GTK_LABEL (event), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (event), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (event), 3);
  gtk_label_set_ellipsize (GTK_LABEL (event), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (event, TRUE);
  gtk_label_set_xalign (GTK_LABEL (meta), 0);
  gtk_widget_add_css_class (meta, "dim-label");
  gtk_widget_add_css_class (meta, "caption");
  gtk_widget_add_css_class (kpe, "deadline-pill");
  gtk_widget_add_css_class (kpe, "accent");

  gtk_box_append (GTK_BOX (meta_box), meta);
  gtk_box_append (GTK_BOX (meta_box), kpe);
  gtk_box_append (GTK_BOX (text_box), event);
  gtk_box_append (GTK_BOX (text_box), meta_box);
  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), text_box);

  g_signal_connect_object (check, "toggled", G_CALLBACK (on_check_toggled_cb), self, 0);
  g_object_set_data (G_OBJECT (box), "cr-check", check);
  g_object_set_data (G_OBJECT (box), "cr-event", event);
  g_object_set_data (G_OBJECT (box), "cr-meta", meta);
  g_object_set_data (G_OBJECT (box), "cr-kpe", kpe);
  gtk_list_item_set_child (item, box);
}

static void
bind_item_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              CrFindingDialog          *self)
{
  CrChronologyEntry *entry = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *check = g_object_get_data (G_OBJECT (box), "cr-check");
  gint64 id = cr_chronology_entry_get_id (entry);
  g_autofree char *date = cr_chronology_entry_dup_date_text (entry);
  g_autofree char *time = cr_chronology_entry_dup_time_text (entry);
  g_autofree char *meta = NULL;
  g_autofree char *name = NULL;
  const char *agency = cr_chronology_entry_get_agency_name (entry);
  const char *event = cr_chronology_entry_get_event (entry);
  gboolean kpe = cr_chronology_entry_get_key_practice_episode (entry);

  if (time != NULL)
    meta = g_strdup_printf ("%s %s · %s", date != NULL ? date : "", time, agency != NULL ? agency : "");
  else
    meta = g_strdup_printf ("%s · %s", date != NULL ? date : "", agency != NULL ? agency : "");

  gtk_label_set_text (g_object_get_data (G_OBJECT (box), "cr-event"), event != NULL ? event : "");
  gtk_label_set_text (g_object_get_data (G_OBJECT (box), "cr-meta"), meta);
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (box), "cr-kpe"), kpe);

  /* Set the state first: binding must not tick anything. */
  g_object_set_data (G_OBJECT (check), "cr-entry", NULL);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), g_hash_table_contains (self->linked, &id));
  g_object_set_data (G_OBJECT (check), "cr-entry", entry);

  /* Translators: the accessible name of an entry's check button:
   * "03/02/2021 · Police: Home visit, no answer" */
  name = g_strdup_printf (_("%s: %s"), meta, event != NULL ? event : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  gtk_widget_set_sensitive (check, cr_database_is_writable (self->db));
}

static void
unbind_item_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                CrFindingDialog          *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);

  if (box != NULL)
    g_object_set_data (g_object_get_data (G_OBJECT (box), "cr-check"), "cr-entry", NULL);
}

/*
 * Searching and order
 */

static gboolean
filter_entry (gpointer item,
              gpointer user_data)
{
  CrFindingDialog *self = user_data;

  return self->search == NULL || cr_chronology_entry_matches (item, self->search);
}

/* Key practice episodes first, then the merge order. */
static int
compare_entries (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  gboolean kpe_a = cr_chronology_entry_get_key_practice_episode ((CrChronologyEntry *) a);
  gboolean kpe_b = cr_chronology_entry_get_key_practice_episode ((CrChronologyEntry *) b);

  if (kpe_a != kpe_b)
    return kpe_a ? -1 : 1;
  return cr_chronology_entry_compare ((CrChronologyEntry *) a, (CrChronologyEntry *) b);
}

void
_cr_finding_dialog_search_changed (CrFindingDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  g_clear_pointer (&self->search, g_free);
  if (stripped[0] != '\0')
    self->search = g_utf8_casefold (stripped, -1);
  if (self->filter != NULL)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/*
 * Loading
 */

static void
show_evidence (CrFindingDialog *self)
{
  GListModel *entries;
  GtkSorter *sorter;
  GtkSortListModel *sorted;
  GtkListItemFactory *factory;
  g_autoptr(GtkSelectionModel) selection = NULL;

  if (!self->chronology_loaded || !self->links_loaded)
    return;

  _cr_finding_dialog_update_count (self);
  _cr_finding_dialog_update_actions (self);

  entries = self->chronology != NULL ? cr_chronology_get_entries (self->chronology) : NULL;
  if (entries == NULL || g_list_model_get_n_items (entries) == 0)
    {
      gtk_label_set_text (self->evidence_message,
                          _("The case has no chronology yet. Import the agencies’ chronologies in the review workspace, then link the entries here."));
      gtk_stack_set_visible_child_name (self->evidence_stack, "message");
      gtk_widget_set_visible (GTK_WIDGET (self->search_entry), FALSE);
      return;
    }

  /* The list keeps its own copy of the order: a sort over a snapshot. */
  sorter = GTK_SORTER (gtk_custom_sorter_new (compare_entries, NULL, NULL));
  sorted = gtk_sort_list_model_new (g_object_ref (entries), sorter);
  self->filter = gtk_custom_filter_new (filter_entry, self, NULL);
  self->filter_model = gtk_filter_list_model_new (G_LIST_MODEL (sorted),
                                                  g_object_ref (GTK_FILTER (self->filter)));

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_item_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_item_cb), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (unbind_item_cb), self, 0);
  gtk_list_view_set_factory (self->evidence_view, factory);
  g_object_unref (factory);
  selection = GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->filter_model))));
  gtk_list_view_set_model (self->evidence_view, selection);
  gtk_stack_set_visible_child_name (self->evidence_stack, "list");
}

static void
on_chronology_loaded_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(CrFindingDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  self->chronology = cr_database_load_chronology_finish (CR_DATABASE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (self->chronology == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Could not read the chronology: %s"), error->message);

      gtk_label_set_text (self->evidence_message, text);
      gtk_stack_set_visible_child_name (self->evidence_stack, "message");
    }

  self->chronology_loaded = TRUE;
  show_evidence (self);
}

static void
on_links_loaded_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(CrFindingDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;

  ids = cr_database_list_finding_evidence_finish (CR_DATABASE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (ids == NULL)
    {
      /* Saving now would unlink what could not be read: the dialog stays
       * read-only for the evidence. */
      _cr_finding_dialog_show_error (self, _("Could not read the linked evidence"), error);
      return;
    }

  for (guint i = 0; i < ids->len; i++)
    {
      id_set_add (self->linked, g_array_index (ids, gint64, i));
      id_set_add (self->stored_links, g_array_index (ids, gint64, i));
    }

  self->links_loaded = TRUE;
  show_evidence (self);
}

void
_cr_finding_dialog_load_evidence (CrFindingDialog *self)
{
  gint64 id = cr_record_get_id (CR_RECORD (self->original));

  cr_database_load_chronology_async (self->db, cr_record_get_case_id (CR_RECORD (self->original)),
                                     self->cancellable, on_chronology_loaded_cb,
                                     g_object_ref (self));
  if (id != 0)
    cr_database_list_finding_evidence_async (self->db, id, self->cancellable,
                                             on_links_loaded_cb, g_object_ref (self));
  else
    self->links_loaded = TRUE;
}

/*
 * Public API
 */

void
cr_finding_dialog_set_linked (CrFindingDialog *self,
                              gint64           entry_id,
                              gboolean         linked)
{
  g_return_if_fail (CR_IS_FINDING_DIALOG (self));
  g_return_if_fail (entry_id > 0);

  if (linked == g_hash_table_contains (self->linked, &entry_id))
    return;

  if (linked)
    id_set_add (self->linked, entry_id);
  else
    g_hash_table_remove (self->linked, &entry_id);
  _cr_finding_dialog_update_count (self);

  /* Ticking in code shows in the list too. */
  if (self->filter != NULL)
    {
      g_autoptr(GPtrArray) checks = g_ptr_array_new ();
      GtkWidget *child;

      for (child = gtk_widget_get_first_child (GTK_WIDGET (self->evidence_view));
           child != NULL; child = gtk_widget_get_next_sibling (child))
        {
          GtkWidget *box = gtk_widget_get_first_child (child);
          GtkWidget *check = box != NULL ? g_object_get_data (G_OBJECT (box), "cr-check") : NULL;
          CrChronologyEntry *entry = check != NULL ? g_object_get_data (G_OBJECT (check), "cr-entry") : NULL;

          if (entry != NULL && cr_chronology_entry_get_id (entry) == entry_id &&
              gtk_check_button_get_active (GTK_CHECK_BUTTON (check)) != linked)
            gtk_check_button_set_active (GTK_CHECK_BUTTON (check), linked);
        }
    }
}
