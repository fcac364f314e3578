/* cr-chronology-page.c: the review workspace page of the merged multi-agency chronology */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrChronologyPage"

#include "config.h"

#include "cr-chronology-page-private.h"

#include "cr-chronology-cells.h"
#include "cr-chronology-import-dialog.h"
#include "cr-database-chronology.h"
#include "cr-edit-utils.h"

#include <glib/gi18n.h>

/* Above this many entries, filtering and sorting run in chunks so the
 * window stays responsive while they work. */
#define INCREMENTAL_THRESHOLD 20000

G_DEFINE_FINAL_TYPE (CrChronologyPage, cr_chronology_page, CR_TYPE_REVIEW_PAGE)


/*
 * The status line
 */

static guint
count_agencies (CrChronologyPage *self)
{
  return self->agency_names != NULL ? g_strv_length (self->agency_names) : 0;
}

void
_cr_chronology_page_update_status (CrChronologyPage *self)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *text = NULL;
  guint n_entries = 0;
  guint n_shown;
  guint n_undecided = 0;
  guint n_pairs = 0;
  guint n_rejects = 0;
  guint n_agencies = count_agencies (self);
  gboolean pending;

  if (self->chronology != NULL)
    {
      n_entries = g_list_model_get_n_items (cr_chronology_get_entries (self->chronology));
      n_pairs = g_list_model_get_n_items (cr_chronology_get_duplicates (self->chronology));
      n_undecided = cr_chronology_count_undecided (self->chronology);
      n_rejects = g_list_model_get_n_items (cr_chronology_get_rejects (self->chronology));
    }
  n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  pending = gtk_filter_list_model_get_pending (self->filter_model) > 0;

  if (n_shown != n_entries || cr_chronology_filter_is_active (self->filter))
    /* Translators: "40 of 412 entries shown" */
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u of %u entry shown",
                                                       "%u of %u entries shown",
                                                       n_entries),
                                             n_shown, n_entries));
  else
    /* Translators: "412 entries from 3 agencies": the first part is "412 entries" */
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u entry", "%u entries", n_entries), n_entries));

  if (n_agencies > 0)
    {
      char *last = g_ptr_array_steal_index (parts, parts->len - 1);

      /* Translators: %s is "412 entries", %u a number of agencies */
      g_ptr_array_add (parts, g_strdup_printf (ngettext ("%s from %u agency",
                                                         "%s from %u agencies",
                                                         n_agencies),
                                               last, n_agencies));
      g_free (last);
    }

  if (n_undecided > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u possible duplicate",
                                                       "%u possible duplicates",
                                                       n_undecided),
                                             n_undecided));
  if (n_rejects > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u row set aside",
                                                       "%u rows set aside",
                                                       n_rejects),
                                             n_rejects));
  if (pending)
    g_ptr_array_add (parts, g_strdup (_("filtering…")));

  g_ptr_array_add (parts, NULL);
  text = g_strjoinv (" · ", (char **) parts->pdata);
  gtk_label_set_text (self->status_label, text);

  gtk_widget_set_visible (GTK_WIDGET (self->duplicates_button), n_pairs > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->rejects_button), n_rejects > 0);
  gtk_stack_set_visible_child_name (self->duplicates_stack, n_pairs > 0 ? "list" : "empty");
  gtk_stack_set_visible_child_name (self->rejects_stack, n_rejects > 0 ? "list" : "empty");
  gtk_stack_set_visible_child_name (self->list_stack,
                                    (n_shown == 0 && n_entries > 0 && !pending) ? "no-results" : "list");
}


/*
 * Loading
 */

static void
set_chronology (CrChronologyPage *self,
                CrChronology     *chronology)
{
  GListModel *entries = NULL;
  gboolean incremental;

  g_set_object (&self->chronology, chronology);

  if (chronology != NULL)
    entries = cr_chronology_get_entries (chronology);

  incremental = entries != NULL && g_list_model_get_n_items (entries) > INCREMENTAL_THRESHOLD;
  gtk_filter_list_model_set_incremental (self->filter_model, incremental);
  gtk_sort_list_model_set_incremental (self->sort_model, incremental);
  gtk_filter_list_model_set_model (self->filter_model, entries);

  gtk_no_selection_set_model (self->duplicates_selection,
                              chronology != NULL ? cr_chronology_get_duplicates (chronology) : NULL);
  gtk_no_selection_set_model (self->rejects_selection,
                              chronology != NULL ? cr_chronology_get_rejects (chronology) : NULL);

  _cr_chronology_page_rebuild_agency_filter (self);
  _cr_chronology_page_update_status (self);
}

static void
on_chronology_loaded_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(CrLoadTag) tag = user_data;
  CrChronologyPage *self = CR_CHRONOLOGY_PAGE (tag->owner);
  g_autoptr(CrChronology) chronology = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *entries;
  GListModel *rejects;

  chronology = cr_database_load_chronology_finish (CR_DATABASE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      cr_review_page_get_case_id (CR_REVIEW_PAGE (self)) != tag->id)
    return;

  self->loading = FALSE;

  if (chronology == NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->main_stack, "error");
      return;
    }

  set_chronology (self, chronology);

  entries = cr_chronology_get_entries (chronology);
  rejects = cr_chronology_get_rejects (chronology);
  if (g_list_model_get_n_items (entries) == 0 && g_list_model_get_n_items (rejects) == 0)
    {
      gtk_stack_set_visible_child_name (self->main_stack, "empty");
    }
  else
    {
      gtk_stack_set_visible_child_name (self->main_stack, "chronology");
      /* With nothing left to read, the rows set aside are the work left. */
      if (g_list_model_get_n_items (entries) == 0)
        gtk_stack_set_visible_child_name (self->view_stack, "rejects");
    }
}

void
_cr_chronology_page_reload (CrChronologyPage *self)
{
  CrReviewPage *page = CR_REVIEW_PAGE (self);
  CrDatabase *database = cr_review_page_get_database (page);
  gint64 id = cr_review_page_get_case_id (page);

  cr_review_page_cancel_loads (page);

  if (database == NULL || id == 0)
    {
      set_chronology (self, NULL);
      gtk_stack_set_visible_child_name (self->main_stack, "empty");
      return;
    }

  self->loading = TRUE;
  /* The list stays as it is while a reload runs, so it does not blink. */
  if (self->chronology == NULL)
    gtk_stack_set_visible_child_name (self->main_stack, "loading");

  cr_database_load_chronology_async (database, id, cr_review_page_get_cancellable (page),
                                     on_chronology_loaded_cb, cr_load_tag_new (self, id));
}

static void
cr_chronology_page_reload (CrReviewPage *page,
                           gboolean      new_case)
{
  CrChronologyPage *self = CR_CHRONOLOGY_PAGE (page);

  if (new_case)
    {
      set_chronology (self, NULL);
      gtk_stack_set_visible_child_name (self->view_stack, "entries");
    }
  _cr_chronology_page_reload (self);
}

GListModel *
_cr_chronology_page_dup_shown (CrChronologyPage *self)
{
  GListStore *store = g_list_store_new (CR_TYPE_CHRONOLOGY_ENTRY);
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();
  GListModel *entries;
  GtkSorter *sorter = gtk_sort_list_model_get_sorter (self->sort_model);
  guint n;

  if (self->chronology == NULL)
    return G_LIST_MODEL (store);

  /* From the entries themselves, not the shown models, which may still be
   * filtering or sorting in chunks. */
  entries = cr_chronology_get_entries (self->chronology);
  n = g_list_model_get_n_items (entries);
  for (guint i = 0; i < n; i++)
    {
      CrChronologyEntry *entry = g_list_model_get_item (entries, i);

      if (gtk_filter_match (GTK_FILTER (self->filter), entry))
        g_ptr_array_add (shown, entry);
      else
        g_object_unref (entry);
    }

  g_list_store_splice (store, 0, 0, shown->pdata, shown->len);
  g_ptr_array_foreach (shown, (GFunc) (void (*) (void)) g_object_unref, NULL);

  if (sorter != NULL)
    g_list_store_sort (store, (GCompareDataFunc) (void (*) (void)) gtk_sorter_compare, sorter);

  return G_LIST_MODEL (store);
}


/*
 * Key practice episodes
 */

typedef struct
{
  CrChronologyPage  *self;
  CrChronologyEntry *entry;
  gboolean           kpe;
} KpeSave;

static void
on_kpe_saved_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  KpeSave *save = user_data;
  g_autoptr(GError) error = NULL;

  if (!cr_database_set_key_practice_episode_finish (CR_DATABASE (source), result, &error))
    {
      /* Not saved: the box shows what is stored. */
      cr_chronology_entry_set_key_practice_episode (save->entry, !save->kpe);
      if (save->self->toast_overlay != NULL)
        cr_show_error_toast (GTK_WIDGET (save->self->toast_overlay),
                             _("Could not save the key practice episode"), error);
    }

  g_object_unref (save->self);
  g_object_unref (save->entry);
  g_free (save);
}

static void
on_kpe_toggled (CrChronologyEntry *entry,
                gboolean           active,
                gpointer           user_data)
{
  CrChronologyPage *self = user_data;
  CrDatabase *database = cr_review_page_get_database (CR_REVIEW_PAGE (self));
  KpeSave *save;

  if (cr_chronology_entry_get_key_practice_episode (entry) == active)
    return;

  if (!cr_database_is_writable (database))
    {
      /* The box shows what is stored again. */
      g_object_notify (G_OBJECT (entry), "key-practice-episode");
      cr_show_toast (GTK_WIDGET (self->toast_overlay), _("This database is read-only"));
      return;
    }

  cr_chronology_entry_set_key_practice_episode (entry, active);

  save = g_new0 (KpeSave, 1);
  save->self = g_object_ref (self);
  save->entry = g_object_ref (entry);
  save->kpe = active;
  cr_database_set_key_practice_episode_async (database,
                                              cr_chronology_entry_get_id (entry),
                                              active, self->work_cancellable,
                                              on_kpe_saved_cb, save);
}


/*
 * Actions
 */

static void
on_imported_cb (CrChronologyPage *self,
                gint64            import_id)
{
  cr_show_toast (GTK_WIDGET (self->toast_overlay), _("Chronology imported"));
  gtk_stack_set_visible_child_name (self->view_stack, "entries");
  _cr_chronology_page_reload (self);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CrChronologyPage *self = CR_CHRONOLOGY_PAGE (widget);
  CrDatabase *database = cr_review_page_get_database (CR_REVIEW_PAGE (self));
  CrCase *kase = cr_review_page_get_case (CR_REVIEW_PAGE (self));
  CrChronologyImportDialog *dialog;

  if (database == NULL || kase == NULL)
    return;

  if (!cr_database_is_writable (database))
    {
      cr_show_toast (GTK_WIDGET (self->toast_overlay), _("This database is read-only"));
      return;
    }

  dialog = cr_chronology_import_dialog_new (cr_review_page_get_window (CR_REVIEW_PAGE (self)),
                                            database, kase);
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_imported_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  _cr_chronology_page_export (CR_CHRONOLOGY_PAGE (widget),
                              g_str_equal (action_name, "chronology.export-pdf"));
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  _cr_chronology_page_reload (CR_CHRONOLOGY_PAGE (widget));
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CrChronologyPage *self = CR_CHRONOLOGY_PAGE (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "chronology") != 0)
    return;

  gtk_stack_set_visible_child_name (self->view_stack, "entries");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CrChronologyPage *self = CR_CHRONOLOGY_PAGE (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  if (!g_str_equal (name, "entries") && !g_str_equal (name, "duplicates") &&
      !g_str_equal (name, "rejects"))
    return;

  gtk_stack_set_visible_child_name (self->view_stack, name);
  if (g_str_equal (name, "entries"))
    gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
  else if (g_str_equal (name, "duplicates"))
    gtk_widget_grab_focus (GTK_WIDGET (self->duplicates_view));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->rejects_view));
}


/*
 * GObject overrides
 */

static void
cr_chronology_page_dispose (GObject *object)
{
  CrChronologyPage *self = CR_CHRONOLOGY_PAGE (object);

  g_cancellable_cancel (self->work_cancellable);
  g_clear_handle_id (&self->range_idle_id, g_source_remove);
  _cr_chronology_page_export_dispose (self);

  /* Not a child of the template's tree: unparented here, once. */
  if (self->source_popover != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->source_popover));
      self->source_popover = NULL;
    }

  /* AdwBin lets go of its child first, or it would unparent it again
   * after the template has. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_CHRONOLOGY_PAGE);

  g_clear_object (&self->work_cancellable);
  g_clear_object (&self->chronology);
  g_clear_object (&self->filter);
  g_clear_object (&self->source_entry);
  g_clear_pointer (&self->agency_ids, g_array_unref);
  g_clear_pointer (&self->agency_names, g_strfreev);

  G_OBJECT_CLASS (cr_chronology_page_parent_class)->dispose (object);
}

static void
cr_chronology_page_class_init (CrChronologyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CrReviewPageClass *page_class = CR_REVIEW_PAGE_CLASS (klass);

  object_class->dispose = cr_chronology_page_dispose;

  page_class->reload = cr_chronology_page_reload;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-chronology-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CrChronologyPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyPage, main_stack);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyPage, agency_button);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyPage, agency_box);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyPage, from_entry);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyPage, to_entry);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyPage, duplicates_button);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyPage, rejects_button);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyPage, selection);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyPage, sort_model);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyPage, filter_model);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyPage, date_column);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyPage, time_column);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyPage, agency_column);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyPage, event_column);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyPage, author_column);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyPage, source_column);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyPage, kpe_column);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyPage, duplicate_column);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyPage, duplicates_stack);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyPage, duplicates_view);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyPage, duplicates_selection);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyPage, rejects_stack);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyPage, rejects_view);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyPage, rejects_selection);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyPage, source_popover);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyPage, source_agency_label);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyPage, source_file_label);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyPage, source_event_label);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyPage, source_open_button);

  gtk_widget_class_bind_template_callback_full (widget_class, "on_search_changed_cb", G_CALLBACK (_cr_chronology_page_search_changed_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_range_entry_changed_cb", G_CALLBACK (_cr_chronology_page_range_changed_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_column_view_activate_cb", G_CALLBACK (_cr_chronology_page_activate_cb));

  gtk_widget_class_install_action (widget_class, "chronology.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "chronology.export-csv", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "chronology.export-pdf", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "chronology.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "chronology.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "chronology.clear-filters", NULL, _cr_chronology_page_clear_filters_action);
  gtk_widget_class_install_action (widget_class, "chronology.show-view", "s", show_view_action);
  gtk_widget_class_install_action (widget_class, "chronology.open-source", NULL, _cr_chronology_page_open_source_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "chronology.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "chronology.find", NULL);

  g_type_ensure (CR_TYPE_CHRONOLOGY_ENTRY);
}

static void
setup_column (CrChronologyPage    *self,
              GtkColumnViewColumn *column,
              CrChronologyColumn   kind)
{
  g_autoptr(GtkListItemFactory) factory = NULL;

  factory = cr_chronology_cells_create_factory (kind,
                                                kind == CR_CHRONOLOGY_COLUMN_KPE ? on_kpe_toggled : NULL,
                                                self);
  gtk_column_view_column_set_factory (column, factory);

  if (kind == CR_CHRONOLOGY_COLUMN_DATE || kind == CR_CHRONOLOGY_COLUMN_AGENCY)
    {
      g_autoptr(GtkSorter) sorter = cr_chronology_cells_create_sorter (kind);

      gtk_column_view_column_set_sorter (column, sorter);
    }
}

static void
cr_chronology_page_init (CrChronologyPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->filter = cr_chronology_filter_new ();
  self->agency_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->work_cancellable = g_cancellable_new ();

  gtk_filter_list_model_set_filter (self->filter_model, GTK_FILTER (self->filter));
  g_signal_connect_object (self->filter_model, "items-changed",
                           G_CALLBACK (_cr_chronology_page_update_status), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filter_model, "notify::pending",
                           G_CALLBACK (_cr_chronology_page_update_status), self, G_CONNECT_SWAPPED);

  setup_column (self, self->date_column, CR_CHRONOLOGY_COLUMN_DATE);
  setup_column (self, self->time_column, CR_CHRONOLOGY_COLUMN_TIME);
  setup_column (self, self->agency_column, CR_CHRONOLOGY_COLUMN_AGENCY);
  setup_column (self, self->event_column, CR_CHRONOLOGY_COLUMN_EVENT);
  setup_column (self, self->author_column, CR_CHRONOLOGY_COLUMN_AUTHOR);
  setup_column (self, self->source_column, CR_CHRONOLOGY_COLUMN_SOURCE);
  setup_column (self, self->kpe_column, CR_CHRONOLOGY_COLUMN_KPE);
  setup_column (self, self->duplicate_column, CR_CHRONOLOGY_COLUMN_DUPLICATE);

  gtk_sort_list_model_set_sorter (self->sort_model, gtk_column_view_get_sorter (self->column_view));
  gtk_column_view_sort_by_column (self->column_view, self->date_column, GTK_SORT_ASCENDING);

  gtk_widget_set_parent (GTK_WIDGET (self->source_popover), GTK_WIDGET (self->column_view));
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->column_view));

  _cr_chronology_page_duplicates_init (self);
  _cr_chronology_page_rejects_init (self);
  _cr_chronology_page_update_status (self);
  gtk_stack_set_visible_child_name (self->main_stack, "empty");
}


/*
 * Public API
 */

GtkWidget *
cr_chronology_page_new (void)
{
  return g_object_new (CR_TYPE_CHRONOLOGY_PAGE, NULL);
}
