/* cr-chronology-page-rejects.c: the rows set aside, corrected or discarded */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrChronologyPage"

#include "config.h"

#include "cr-chronology-page-private.h"

#include "cr-database-chronology.h"
#include "cr-edit-utils.h"
#include "cr-uk-date.h"
#include "cr-util.h"

#include <glib/gi18n.h>
#include <string.h>

static GQuark reject_quark;


/*
 * Rows set aside: correcting or discarding them
 */

typedef struct
{
  CrChronologyPage   *page;
  CrChronologyReject *reject;
  AdwMessageDialog   *dialog;   /* the correct dialog, or NULL */
  AdwEntryRow        *date_row;
  AdwEntryRow        *time_row;
  AdwEntryRow        *event_row;
  GtkLabel           *error_label;
} Resolve;

static void
resolve_free (Resolve *resolve)
{
  g_object_unref (resolve->page);
  g_object_unref (resolve->reject);
  g_free (resolve);
}

static void
on_resolved_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  Resolve *resolve = user_data;
  CrChronologyPage *self = resolve->page;
  g_autoptr(GError) error = NULL;
  gint64 entry_id;

  entry_id = cr_database_resolve_reject_finish (CR_DATABASE (source), result, &error);
  if (self->toast_overlay != NULL)
    {
      guint row = cr_chronology_reject_get_row (resolve->reject);

      if (error != NULL)
        {
          cr_show_error_toast (GTK_WIDGET (self->toast_overlay), _("Could not resolve the row"), error);
        }
      else
        {
          g_autofree char *title = NULL;

          if (entry_id > 0)
            /* Translators: %u is a row number of an agency's file */
            title = g_strdup_printf (_("Row %u added to the chronology"), row);
          else
            /* Translators: %u is a row number of an agency's file */
            title = g_strdup_printf (_("Row %u discarded"), row);
          cr_show_toast (GTK_WIDGET (self->toast_overlay), title);
          _cr_chronology_page_reload (self);
        }
    }

  resolve_free (resolve);
}

static void
on_discard_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        Resolve          *resolve)
{
  CrDatabase *database = cr_review_page_get_database (CR_REVIEW_PAGE (resolve->page));

  if (g_str_equal (response, "discard") && database != NULL)
    {
      cr_database_resolve_reject_async (database,
                                        cr_chronology_reject_get_id (resolve->reject),
                                        NULL, resolve->page->work_cancellable,
                                        on_resolved_cb, resolve);
      return;
    }
  resolve_free (resolve);
}

/* Reads the correct dialog's fields into a new entry, or says what to fix. */
static CrChronologyEntry *
read_correction (Resolve  *resolve,
                 GError  **error)
{
  g_autoptr(CrChronologyEntry) entry = cr_chronology_entry_new ();
  g_autofree char *event = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (resolve->event_row))));
  const char *date_text = gtk_editable_get_text (GTK_EDITABLE (resolve->date_row));
  const char *time_text = gtk_editable_get_text (GTK_EDITABLE (resolve->time_row));
  GDate date;
  GDate today;
  int minutes = -1;

  g_date_clear (&date, 1);
  if (!cr_uk_date_parse (date_text, &date, &minutes, error))
    return NULL;

  cr_date_set_today (&today);
  if (g_date_get_year (&date) < 1900 || g_date_compare (&date, &today) > 0)
    {
      g_set_error (error, CR_UK_DATE_ERROR, CR_UK_DATE_ERROR_INVALID,
                   _("Enter a day from 1900 up to today"));
      return NULL;
    }

  if (time_text != NULL)
    {
      g_autofree char *trimmed = g_strstrip (g_strdup (time_text));

      if (trimmed[0] != '\0' && !cr_uk_time_parse (trimmed, &minutes, error))
        return NULL;
    }

  if (event[0] == '\0')
    {
      g_set_error (error, CR_UK_DATE_ERROR, CR_UK_DATE_ERROR_EMPTY,
                   _("Enter what happened"));
      return NULL;
    }

  cr_chronology_entry_set_date (entry, &date);
  cr_chronology_entry_set_minutes (entry, minutes);
  cr_chronology_entry_set_event (entry, event);
  return g_steal_pointer (&entry);
}

static void
on_correct_changed_cb (Resolve *resolve)
{
  g_autoptr(CrChronologyEntry) entry = NULL;
  g_autoptr(GError) error = NULL;

  entry = read_correction (resolve, &error);
  adw_message_dialog_set_response_enabled (resolve->dialog, "save", entry != NULL);
  gtk_label_set_text (resolve->error_label, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (resolve->error_label), error != NULL);
}

static void
on_correct_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        Resolve          *resolve)
{
  CrDatabase *database = cr_review_page_get_database (CR_REVIEW_PAGE (resolve->page));
  g_autoptr(CrChronologyEntry) entry = NULL;

  if (g_str_equal (response, "save") && database != NULL)
    entry = read_correction (resolve, NULL);

  if (entry == NULL)
    {
      resolve_free (resolve);
      return;
    }

  resolve->dialog = NULL;
  cr_database_resolve_reject_async (database,
                                    cr_chronology_reject_get_id (resolve->reject),
                                    entry, resolve->page->work_cancellable,
                                    on_resolved_cb, resolve);
}

/* The cells most likely to hold the date, the time and the event: the
 * first that reads as a date, the first other that reads as a time, and
 * the longest other. The user checks them before saving. */
static void
guess_cells (CrChronologyReject  *reject,
             const char         **date,
             const char         **time,
             const char         **event)
{
  const char * const *cells = cr_chronology_reject_get_cells (reject);
  int date_index = -1;
  int time_index = -1;
  gsize longest = 0;

  *date = *time = *event = "";
  if (cells == NULL)
    return;

  for (int i = 0; cells[i] != NULL; i++)
    {
      GDate day;
      int minutes;

      if (date_index < 0 && cr_uk_date_parse (cells[i], &day, &minutes, NULL))
        date_index = i;
      else if (time_index < 0 && cells[i][0] != '\0' && cr_uk_time_parse (cells[i], &minutes, NULL))
        time_index = i;
    }

  /* No cell reads as a date: the first with a digit is likely the bad date. */
  for (int i = 0; date_index < 0 && cells[i] != NULL; i++)
    if (strpbrk (cells[i], "0123456789") != NULL && i != time_index)
      date_index = i;

  for (int i = 0; cells[i] != NULL; i++)
    if (i != date_index && i != time_index && strlen (cells[i]) > longest)
      {
        longest = strlen (cells[i]);
        *event = cells[i];
      }

  if (date_index >= 0)
    *date = cells[date_index];
  if (time_index >= 0)
    *time = cells[time_index];
}

static AdwEntryRow *
add_entry_row (GtkListBox *list,
               const char *title,
               const char *text,
               Resolve    *resolve)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  cr_entry_row_set_accessible_label (row, title);
  g_signal_connect_swapped (row, "changed", G_CALLBACK (on_correct_changed_cb), resolve);
  gtk_list_box_append (list, row);
  return ADW_ENTRY_ROW (row);
}

static GtkWindow *
get_window (CrChronologyPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
correct_reject (CrChronologyPage   *self,
                CrChronologyReject *reject)
{
  Resolve *resolve = g_new0 (Resolve, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *list = gtk_list_box_new ();
  const char *date;
  const char *time;
  const char *event;
  g_autofree char *heading = NULL;

  resolve->page = g_object_ref (self);
  resolve->reject = g_object_ref (reject);

  /* Translators: %u is a row number of an agency's file */
  heading = g_strdup_printf (_("Correct Row %u"), cr_chronology_reject_get_row (reject));
  resolve->dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (get_window (self), heading,
                                                                cr_chronology_reject_get_reason (reject)));
  adw_message_dialog_add_responses (resolve->dialog,
                                    "cancel", _("_Cancel"),
                                    "save", _("_Add to Chronology"),
                                    NULL);
  adw_message_dialog_set_response_appearance (resolve->dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (resolve->dialog, "save");
  adw_message_dialog_set_close_response (resolve->dialog, "cancel");

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  guess_cells (reject, &date, &time, &event);
  resolve->date_row = add_entry_row (GTK_LIST_BOX (list), _("Date"), date, resolve);
  resolve->time_row = add_entry_row (GTK_LIST_BOX (list), _("Time"), time, resolve);
  resolve->event_row = add_entry_row (GTK_LIST_BOX (list), _("Event"), event, resolve);

  resolve->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (resolve->error_label, TRUE);
  gtk_label_set_xalign (resolve->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (resolve->error_label), "error");

  gtk_box_append (GTK_BOX (box), list);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (resolve->error_label));
  adw_message_dialog_set_extra_child (resolve->dialog, box);

  on_correct_changed_cb (resolve);
  g_signal_connect (resolve->dialog, "response", G_CALLBACK (on_correct_response_cb), resolve);
  gtk_window_present (GTK_WINDOW (resolve->dialog));
}

static void
discard_reject (CrChronologyPage   *self,
                CrChronologyReject *reject)
{
  Resolve *resolve = g_new0 (Resolve, 1);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  resolve->page = g_object_ref (self);
  resolve->reject = g_object_ref (reject);

  /* Translators: %u is a row number of an agency's file */
  heading = g_strdup_printf (_("Discard Row %u?"), cr_chronology_reject_get_row (reject));
  dialog = adw_message_dialog_new (get_window (self), heading,
                                   _("The row leaves the rows set aside and does not become an entry. "
                                     "The audit trail keeps it as it was."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_discard_response_cb), resolve);
  gtk_window_present (GTK_WINDOW (dialog));
}

typedef struct
{
  CrChronologyPage   *page;     /* not owned */
  CrChronologyReject *reject;   /* the bound row, or NULL */
  GtkLabel           *title_label;
  GtkLabel           *reason_label;
  GtkLabel           *cells_label;
} RejectRow;

static void
free_reject_row (gpointer data)
{
  RejectRow *row = data;

  g_clear_object (&row->reject);
  g_free (row);
}

static void
on_correct_clicked_cb (GtkButton *button,
                       RejectRow *row)
{
  CrDatabase *database = cr_review_page_get_database (CR_REVIEW_PAGE (row->page));

  if (row->reject != NULL && database != NULL)
    {
      if (!cr_database_is_writable (database))
        cr_show_toast (GTK_WIDGET (row->page->toast_overlay), _("This database is read-only"));
      else
        correct_reject (row->page, row->reject);
    }
}

static void
on_discard_clicked_cb (GtkButton *button,
                       RejectRow *row)
{
  CrDatabase *database = cr_review_page_get_database (CR_REVIEW_PAGE (row->page));

  if (row->reject != NULL && database != NULL)
    {
      if (!cr_database_is_writable (database))
        cr_show_toast (GTK_WIDGET (row->page->toast_overlay), _("This database is read-only"));
      else
        discard_reject (row->page, row->reject);
    }
}

static void
on_reject_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    CrChronologyPage         *self)
{
  RejectRow *row = g_new0 (RejectRow, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *correct = gtk_button_new_with_mnemonic (_("_Correct…"));
  GtkWidget *discard = gtk_button_new_with_mnemonic (_("_Discard"));

  row->page = self;
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 9);
  gtk_widget_set_margin_bottom (box, 9);

  row->title_label = _cr_chronology_add_label (GTK_BOX (top), "heading");
  gtk_widget_set_hexpand (GTK_WIDGET (row->title_label), TRUE);
  gtk_widget_set_valign (correct, GTK_ALIGN_START);
  gtk_widget_set_valign (discard, GTK_ALIGN_START);
  gtk_widget_add_css_class (discard, "destructive-action");
  gtk_accessible_update_property (GTK_ACCESSIBLE (correct),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Correct"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (discard),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Discard"), -1);
  g_signal_connect (correct, "clicked", G_CALLBACK (on_correct_clicked_cb), row);
  g_signal_connect (discard, "clicked", G_CALLBACK (on_discard_clicked_cb), row);
  gtk_box_append (GTK_BOX (top), correct);
  gtk_box_append (GTK_BOX (top), discard);

  gtk_box_append (GTK_BOX (box), top);
  row->reason_label = _cr_chronology_add_label (GTK_BOX (box), "warning");
  row->cells_label = _cr_chronology_add_label (GTK_BOX (box), "dim-label caption");
  gtk_label_set_lines (row->cells_label, 4);
  gtk_label_set_ellipsize (row->cells_label, PANGO_ELLIPSIZE_END);

  g_object_set_qdata_full (G_OBJECT (box), reject_quark, row, free_reject_row);
  gtk_list_item_set_child (list_item, box);
  gtk_list_item_set_activatable (list_item, FALSE);
}

static void
on_reject_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   CrChronologyPage         *self)
{
  RejectRow *row = g_object_get_qdata (G_OBJECT (gtk_list_item_get_child (list_item)), reject_quark);
  CrChronologyReject *reject = gtk_list_item_get_item (list_item);
  g_autofree char *title = NULL;
  g_autofree char *text = cr_chronology_reject_dup_text (reject);

  g_set_object (&row->reject, reject);
  /* Translators: "Row 14 · Police · police.csv" */
  title = g_strdup_printf (_("Row %u · %s · %s"),
                           cr_chronology_reject_get_row (reject),
                           cr_chronology_reject_get_agency_name (reject) != NULL
                           ? cr_chronology_reject_get_agency_name (reject) : "",
                           cr_chronology_reject_get_source_file (reject) != NULL
                           ? cr_chronology_reject_get_source_file (reject) : "");
  gtk_label_set_text (row->title_label, title);
  gtk_label_set_text (row->reason_label, cr_chronology_reject_get_reason (reject));
  gtk_label_set_text (row->cells_label, text != NULL ? text : "");
}

static void
on_reject_unbind_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     CrChronologyPage         *self)
{
  RejectRow *row = g_object_get_qdata (G_OBJECT (gtk_list_item_get_child (list_item)), reject_quark);

  g_clear_object (&row->reject);
}


/*
 * Set-up
 */

void
_cr_chronology_page_rejects_init (CrChronologyPage *self)
{
  g_autoptr(GtkListItemFactory) rejects = gtk_signal_list_item_factory_new ();

  if (reject_quark == 0)
    reject_quark = g_quark_from_static_string ("cr-chronology-reject-row");

  g_signal_connect (rejects, "setup", G_CALLBACK (on_reject_setup_cb), self);
  g_signal_connect (rejects, "bind", G_CALLBACK (on_reject_bind_cb), self);
  g_signal_connect (rejects, "unbind", G_CALLBACK (on_reject_unbind_cb), self);
  gtk_list_view_set_factory (self->rejects_view, rejects);
  gtk_widget_add_css_class (GTK_WIDGET (self->rejects_view), "rich-list");
}
