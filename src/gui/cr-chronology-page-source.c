/* cr-chronology-page-source.c: where a chronology entry came from */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrChronologyPage"

#include "config.h"

#include "cr-chronology-page-private.h"

#include "cr-database-review.h"
#include "cr-document-window.h"
#include "cr-edit-utils.h"

#include <glib/gi18n.h>


/*
 * The source of an entry
 */

void
_cr_chronology_page_activate_cb (CrChronologyPage *self,
                            guint             position)
{
  g_autoptr(CrChronologyEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  g_autofree char *agency = NULL;
  g_autofree char *file = NULL;
  GtkWidget *focus;
  graphene_rect_t bounds;

  if (entry == NULL)
    return;

  g_set_object (&self->source_entry, entry);
  gtk_single_selection_set_selected (self->selection, position);

  /* Translators: %s is an agency's name */
  agency = g_strdup_printf (_("Agency: %s"), cr_chronology_entry_get_agency_name (entry));
  /* Translators: a file name and the row of it an entry was read from */
  file = g_strdup_printf (_("File: %s, row %u"),
                          cr_chronology_entry_get_source_file (entry) != NULL
                          ? cr_chronology_entry_get_source_file (entry) : _("unknown"),
                          cr_chronology_entry_get_row (entry));
  gtk_label_set_text (self->source_agency_label, agency);
  gtk_label_set_text (self->source_file_label, file);
  gtk_label_set_text (self->source_event_label, cr_chronology_entry_get_event (entry));
  gtk_widget_set_visible (GTK_WIDGET (self->source_open_button),
                          cr_chronology_entry_get_document_id (entry) > 0);

  /* Point at the row: it has the focus after Enter or a double click. */
  focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->column_view)) &&
      gtk_widget_compute_bounds (focus, GTK_WIDGET (self->column_view), &bounds))
    {
      GdkRectangle rect = {
        (int) bounds.origin.x, (int) bounds.origin.y,
        (int) bounds.size.width, (int) bounds.size.height
      };

      gtk_popover_set_pointing_to (self->source_popover, &rect);
    }
  else
    {
      gtk_popover_set_pointing_to (self->source_popover, NULL);
    }

  gtk_popover_popup (self->source_popover);
}

static void
on_documents_listed_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(CrLoadTag) tag = user_data;
  CrChronologyPage *self = CR_CHRONOLOGY_PAGE (tag->owner);
  CrDatabase *database = cr_review_page_get_database (CR_REVIEW_PAGE (self));
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;

  documents = cr_database_list_records_finish (CR_DATABASE (source), result, &error);
  if (self->toast_overlay == NULL)
    return;   /* the page has gone */
  if (documents == NULL)
    {
      cr_show_error_toast (GTK_WIDGET (self->toast_overlay), _("Could not open the source file"), error);
      return;
    }

  for (guint i = 0; i < documents->len; i++)
    if (cr_record_get_id (documents->pdata[i]) == tag->id)
      {
        cr_document_window_open (cr_review_page_get_window (CR_REVIEW_PAGE (self)),
                                 database, documents->pdata[i]);
        return;
      }

  cr_show_toast (GTK_WIDGET (self->toast_overlay),
                 _("The source file is no longer among the case’s documents"));
}

void
_cr_chronology_page_open_source_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CrChronologyPage *self = CR_CHRONOLOGY_PAGE (widget);
  CrDatabase *database = cr_review_page_get_database (CR_REVIEW_PAGE (self));
  CrCase *kase = cr_review_page_get_case (CR_REVIEW_PAGE (self));
  gint64 document_id;

  gtk_popover_popdown (self->source_popover);
  if (self->source_entry == NULL || database == NULL || kase == NULL)
    return;

  document_id = cr_chronology_entry_get_document_id (self->source_entry);
  if (document_id <= 0)
    return;

  cr_database_list_records_async (database, CR_TYPE_DOCUMENT, cr_case_get_id (kase),
                                  self->work_cancellable, on_documents_listed_cb,
                                  cr_load_tag_new (self, document_id));
}
