/* cr-finding-dialog.c: add or edit a finding and the chronology entries that evidence it
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrFindingDialog"

#include "config.h"

#include "cr-finding-dialog.h"

#include "cr-chronology.h"
#include "cr-database-chronology.h"
#include "cr-database-report.h"
#include "cr-database-review.h"
#include "cr-edit-utils.h"
#include "cr-record-form.h"
#include "cr-util.h"

#include <glib/gi18n.h>

/* The fields of a finding the form shows: the position follows the list. */
static const char * const form_fields[] = {
  "title", "text", "theme", "priority", "good-practice", "status", "approved-date", NULL
};

struct _CrFindingDialog
{
  AdwWindow           parent_instance;

  /* Template widgets */
  GtkButton          *save_button;
  GtkSpinner         *spinner;
  GtkInfoBar         *error_bar;
  GtkLabel           *error_label;
  AdwBin             *form_bin;
  GtkLabel           *count_label;
  GtkSearchEntry     *search_entry;
  GtkStack           *evidence_stack;
  GtkListView        *evidence_view;
  GtkLabel           *evidence_message;
  GtkButton          *delete_button;

  /* Owned references */
  CrDatabase         *db;
  CrFinding          *original;      /* as given: what Delete removes */
  CrFinding          *record;        /* the copy the form edits */
  CrFinding          *pristine;      /* the copy as the form first showed it */
  CrRecordForm       *form;
  GCancellable       *cancellable;
  CrChronology       *chronology;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filter_model;
  GHashTable         *linked;        /* gint64* entry ids ticked */
  GHashTable         *stored_links;  /* gint64* entry ids linked when opened */
  char               *search;        /* casefolded, or NULL */

  guint               busy : 1;
  guint               discarding : 1;
  guint               chronology_loaded : 1;
  guint               links_loaded : 1;
};

G_DEFINE_FINAL_TYPE (CrFindingDialog, cr_finding_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  DELETED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/*
 * State
 */

static gboolean
is_stored (CrFindingDialog *self)
{
  return cr_record_get_id (CR_RECORD (self->original)) != 0;
}

static gboolean
is_writable (CrFindingDialog *self)
{
  return cr_database_is_writable (self->db);
}

static void
update_actions (CrFindingDialog *self)
{
  gboolean can_save = !self->busy && is_writable (self) && self->links_loaded &&
                      self->form != NULL && cr_record_form_get_valid (self->form);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save", can_save);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.delete",
                                 !self->busy && is_writable (self) && is_stored (self));
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), self->busy);
  gtk_spinner_set_spinning (self->spinner, self->busy);

  if (!is_writable (self))
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->save_button), _("The database is read-only"));
  else if (!can_save && !self->busy && self->links_loaded)
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->save_button),
                                 _("Correct the fields marked in red first"));
  else
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->save_button), NULL);
}

static void
update_count (CrFindingDialog *self)
{
  guint n = g_hash_table_size (self->linked);
  g_autofree char *text = NULL;

  if (n == 0)
    text = g_strdup (_("No entries linked"));
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry linked", "%u entries linked", n), n);
  gtk_label_set_text (self->count_label, text);
}

static void
show_error (CrFindingDialog *self,
            const char      *what,
            const GError    *error)
{
  g_autofree char *text = g_strdup_printf ("%s: %s", what, error->message);

  gtk_label_set_text (self->error_label, text);
  gtk_info_bar_set_revealed (self->error_bar, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->error_bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);
}

static void
on_error_bar_response_cb (CrFindingDialog *self,
                          int              response)
{
  gtk_info_bar_set_revealed (self->error_bar, FALSE);
}

/* An approved finding carries the day it was approved; a draft none. */
static void
on_status_notify_cb (CrFindingDialog *self)
{
  CrRecord *record = CR_RECORD (self->record);

  if (g_strcmp0 (cr_record_get (record, "status"), "approved") == 0)
    {
      if (!cr_record_has (record, "approved-date"))
        {
          GDate today;
          g_autofree char *iso = NULL;

          cr_date_set_today (&today);
          iso = cr_date_to_iso (&today);
          cr_record_set (record, "approved-date", iso);
        }
    }
  else
    cr_record_set (record, "approved-date", NULL);
}

/*
 * The evidence list
 */

static GHashTable *
new_id_set (void)
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
  gtk_widget_set_sensitive (check, is_writable (self));
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

static void
on_search_changed_cb (CrFindingDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  g_clear_pointer (&self->search, g_free);
  if (stripped[0] != '\0')
    self->search = g_utf8_casefold (stripped, -1);
  if (self->filter != NULL)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

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

  update_count (self);
  update_actions (self);

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
      show_error (self, _("Could not read the linked evidence"), error);
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

static GArray *
dup_id_array (GHashTable *set)
{
  GArray *ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), g_hash_table_size (set));
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, set);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_array_append_val (ids, *(gint64 *) key);
  return ids;
}

/*
 * Saving
 */

typedef struct
{
  CrFindingDialog *self;
  CrRecord        *stored;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_object_unref (data->self);
  g_clear_object (&data->stored);
  g_free (data);
}

static void
on_evidence_saved_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  SaveData *data = user_data;
  CrFindingDialog *self = data->self;
  g_autoptr(GError) error = NULL;

  if (!cr_database_set_finding_evidence_finish (CR_DATABASE (source), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          self->busy = FALSE;
          update_actions (self);
          /* The finding itself is stored: Save again links the evidence. */
          show_error (self, _("The finding was saved but its evidence was not"), error);
        }
      save_data_free (data);
      return;
    }

  self->busy = FALSE;
  g_signal_emit (self, signals[SAVED], 0, data->stored);
  save_data_free (data);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_finding_saved_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  SaveData *data = user_data;
  CrFindingDialog *self = data->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;

  data->stored = cr_database_save_record_finish (CR_DATABASE (source), result, &error);
  if (data->stored == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          self->busy = FALSE;
          update_actions (self);
          show_error (self, _("Could not save"), error);
        }
      save_data_free (data);
      return;
    }

  /* Saving again (after an error below) updates rather than adds. */
  cr_record_set_id (CR_RECORD (self->record), cr_record_get_id (data->stored));

  ids = dup_id_array (self->linked);
  cr_database_set_finding_evidence_async (self->db, cr_record_get_id (data->stored),
                                          (const gint64 *) (gpointer) ids->data, ids->len,
                                          self->cancellable, on_evidence_saved_cb, data);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CrFindingDialog *self = CR_FINDING_DIALOG (widget);
  SaveData *data;

  if (self->busy || !is_writable (self) || !self->links_loaded)
    return;
  if (!cr_record_form_validate (self->form, NULL))
    return;

  gtk_info_bar_set_revealed (self->error_bar, FALSE);
  self->busy = TRUE;
  update_actions (self);

  data = g_new0 (SaveData, 1);
  data->self = g_object_ref (self);
  cr_database_save_record_async (self->db, CR_RECORD (self->record), self->cancellable,
                                 on_finding_saved_cb, data);
}

/*
 * Deleting
 */

static void
on_deleted_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(CrFindingDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;

  if (!cr_database_delete_record_finish (CR_DATABASE (source), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      self->busy = FALSE;
      update_actions (self);
      show_error (self, _("Could not delete"), error);
      return;
    }

  self->busy = FALSE;
  ids = dup_id_array (self->stored_links);
  g_signal_emit (self, signals[DELETED], 0, self->original, ids);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_delete_response_cb (CrFindingDialog *self,
                       const char      *response)
{
  if (g_strcmp0 (response, "delete") != 0 || self->busy || !is_stored (self))
    return;

  gtk_info_bar_set_revealed (self->error_bar, FALSE);
  self->busy = TRUE;
  update_actions (self);
  cr_database_delete_record_async (self->db, CR_RECORD (self->original), self->cancellable,
                                   on_deleted_cb, g_object_ref (self));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CrFindingDialog *self = CR_FINDING_DIALOG (widget);
  g_autofree char *title = NULL;
  g_autofree char *heading = NULL;
  GtkWidget *confirm;

  if (self->busy || !is_stored (self) || !is_writable (self))
    return;

  title = cr_record_dup_title (CR_RECORD (self->original));
  heading = g_strdup_printf (_("Delete “%s”?"), title != NULL ? title : "");
  confirm = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                    _("Its links to the chronology go with it, and recommendations that answer it no longer name a finding. The audit trail keeps a record of what it said."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (confirm),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (confirm), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (confirm), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (confirm), "cancel");
  g_signal_connect_object (confirm, "response",
                           G_CALLBACK (on_delete_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (confirm));
}

/*
 * Closing with changes not saved
 */

static gboolean
id_sets_equal (GHashTable *a,
               GHashTable *b)
{
  GHashTableIter iter;
  gpointer key;

  if (g_hash_table_size (a) != g_hash_table_size (b))
    return FALSE;
  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (b, key))
      return FALSE;
  return TRUE;
}

static gboolean
is_dirty (CrFindingDialog *self)
{
  const CrRecordField *fields;
  guint n_fields = 0;

  if (!id_sets_equal (self->linked, self->stored_links))
    return TRUE;

  fields = cr_record_class_get_fields (CR_RECORD_GET_CLASS (self->record), &n_fields);
  for (guint i = 0; i < n_fields; i++)
    if (g_strcmp0 (cr_record_get (CR_RECORD (self->record), fields[i].name),
                   cr_record_get (CR_RECORD (self->pristine), fields[i].name)) != 0)
      return TRUE;
  return FALSE;
}

static gboolean
close_discarding (gpointer data)
{
  CrFindingDialog *self = data;

  self->discarding = TRUE;
  gtk_window_close (GTK_WINDOW (self));
  return G_SOURCE_REMOVE;
}

static void
on_discard_response_cb (CrFindingDialog *self,
                        const char      *response)
{
  if (g_strcmp0 (response, "discard") != 0)
    return;

  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_discarding, g_object_ref (self), g_object_unref);
}

static gboolean
cr_finding_dialog_close_request (GtkWindow *window)
{
  CrFindingDialog *self = CR_FINDING_DIALOG (window);
  GtkWidget *confirm;

  if (self->discarding || self->busy || !is_writable (self) || !is_dirty (self))
    return GTK_WINDOW_CLASS (cr_finding_dialog_parent_class)->close_request (window);

  confirm = adw_message_dialog_new (window, _("Discard the changes?"),
                                    _("What was typed and ticked in this finding has not been saved."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (confirm),
                                    "keep", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (confirm), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (confirm), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (confirm), "keep");
  g_signal_connect_object (confirm, "response",
                           G_CALLBACK (on_discard_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (confirm));
  return TRUE;
}

/*
 * GObject overrides
 */

static void
on_map_cb (CrFindingDialog *self)
{
  if (self->form != NULL)
    gtk_widget_child_focus (GTK_WIDGET (self->form), GTK_DIR_TAB_FORWARD);
}

static void
cr_finding_dialog_dispose (GObject *object)
{
  CrFindingDialog *self = CR_FINDING_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_FINDING_DIALOG);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->chronology);
  g_clear_object (&self->record);
  g_clear_object (&self->pristine);
  g_clear_object (&self->original);
  g_clear_object (&self->db);
  self->form = NULL;

  G_OBJECT_CLASS (cr_finding_dialog_parent_class)->dispose (object);
}

static void
cr_finding_dialog_finalize (GObject *object)
{
  CrFindingDialog *self = CR_FINDING_DIALOG (object);

  g_hash_table_unref (self->linked);
  g_hash_table_unref (self->stored_links);
  g_free (self->search);

  G_OBJECT_CLASS (cr_finding_dialog_parent_class)->finalize (object);
}

static void
cr_finding_dialog_class_init (CrFindingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = cr_finding_dialog_dispose;
  object_class->finalize = cr_finding_dialog_finalize;
  window_class->close_request = cr_finding_dialog_close_request;

  /**
   * CrFindingDialog::saved:
   * @finding: the finding as stored
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CR_TYPE_RECORD);
  /**
   * CrFindingDialog::deleted:
   * @finding: the finding deleted
   * @entry_ids: (element-type gint64): the entries it was linked to
   */
  signals[DELETED] =
    g_signal_new ("deleted",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, CR_TYPE_RECORD, G_TYPE_ARRAY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-finding-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CrFindingDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, CrFindingDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, CrFindingDialog, error_bar);
  gtk_widget_class_bind_template_child (widget_class, CrFindingDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, CrFindingDialog, form_bin);
  gtk_widget_class_bind_template_child (widget_class, CrFindingDialog, count_label);
  gtk_widget_class_bind_template_child (widget_class, CrFindingDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CrFindingDialog, evidence_stack);
  gtk_widget_class_bind_template_child (widget_class, CrFindingDialog, evidence_view);
  gtk_widget_class_bind_template_child (widget_class, CrFindingDialog, evidence_message);
  gtk_widget_class_bind_template_child (widget_class, CrFindingDialog, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, on_error_bar_response_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "dialog.delete", NULL, delete_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "dialog.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "dialog.save", NULL);
}

static void
cr_finding_dialog_init (CrFindingDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->linked = new_id_set ();
  self->stored_links = new_id_set ();
  gtk_label_set_text (self->evidence_message, _("Reading the chronology…"));
  gtk_stack_set_visible_child_name (self->evidence_stack, "message");
  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);
}

/*
 * Public API
 */

CrFindingDialog *
cr_finding_dialog_new (GtkWindow  *parent,
                       CrDatabase *database,
                       CrFinding  *finding)
{
  CrFindingDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CR_IS_DATABASE (database), NULL);
  g_return_val_if_fail (CR_IS_FINDING (finding), NULL);

  self = g_object_new (CR_TYPE_FINDING_DIALOG,
                       "transient-for", parent,
                       "title", cr_record_get_id (CR_RECORD (finding)) != 0 ? _("Edit Finding")
                                                                          : _("Add Finding"),
                       NULL);

  self->db = g_object_ref (database);
  self->original = g_object_ref (finding);
  self->record = cr_finding_new ();
  cr_record_copy_from (CR_RECORD (self->record), CR_RECORD (finding));

  self->form = CR_RECORD_FORM (cr_record_form_new (CR_RECORD (self->record), database,
                                                   form_fields, NULL));
  adw_bin_set_child (self->form_bin, GTK_WIDGET (self->form));
  g_signal_connect_object (self->form, "notify::valid",
                           G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->record, "notify::status",
                           G_CALLBACK (on_status_notify_cb), self, G_CONNECT_SWAPPED);
  self->pristine = cr_finding_new ();
  cr_record_copy_from (CR_RECORD (self->pristine), CR_RECORD (self->record));

  gtk_button_set_label (self->save_button, is_stored (self) ? _("_Save") : _("_Add"));
  gtk_widget_set_visible (GTK_WIDGET (self->delete_button), is_stored (self) && is_writable (self));

  cr_database_load_chronology_async (database, cr_record_get_case_id (CR_RECORD (finding)),
                                     self->cancellable, on_chronology_loaded_cb,
                                     g_object_ref (self));
  if (is_stored (self))
    cr_database_list_finding_evidence_async (database, cr_record_get_id (CR_RECORD (finding)),
                                             self->cancellable, on_links_loaded_cb,
                                             g_object_ref (self));
  else
    self->links_loaded = TRUE;

  update_count (self);
  update_actions (self);
  return self;
}

CrFinding *
cr_finding_dialog_get_finding (CrFindingDialog *self)
{
  g_return_val_if_fail (CR_IS_FINDING_DIALOG (self), NULL);

  return self->record;
}

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
  update_count (self);

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

gboolean
cr_finding_dialog_get_loaded (CrFindingDialog *self)
{
  g_return_val_if_fail (CR_IS_FINDING_DIALOG (self), FALSE);

  return self->chronology_loaded && self->links_loaded;
}
