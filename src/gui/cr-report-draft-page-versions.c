/* cr-report-draft-page-versions.c: the Draft page's "Save Version…" and
 * "Versions"
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrReportDraftPage"

#include "config.h"

#include "cr-report-draft-page-private.h"

#include "cr-database-report.h"
#include "cr-deadline.h"
#include "cr-edit-utils.h"
#include "cr-report-versions-window.h"
#include "cr-util.h"

#include <glib/gi18n.h>

/* The longest label storage keeps. */
#define MAX_LABEL_CHARS 200

/*
 * Save Version…
 */

static char *
default_label (void)
{
  GDate today;
  g_autofree char *iso = NULL;
  g_autofree char *date = NULL;

  cr_date_set_today (&today);
  iso = cr_date_to_iso (&today);
  date = cr_deadline_format_long_date (iso);
  /* Translators: the label suggested for a version; %s is today's date
   * ("3 March 2027"). */
  return g_strdup_printf (_("Draft %s"), date);
}

static void
on_version_saved_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(CrReportDraftPage) self = user_data;
  g_autoptr(CrReportVersion) version = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  version = cr_database_save_report_version_finish (CR_DATABASE (source), result, &error);
  if (version == NULL)
    {
      cr_show_error_toast (GTK_WIDGET (self), _("Could not save the version"), error);
      return;
    }

  /* Translators: %u is the number of the version just saved. */
  title = g_strdup_printf (_("Saved as version %u"), cr_report_version_get_number (version));
  cr_show_toast (GTK_WIDGET (self), title);
}

static void
on_save_version_response_cb (AdwMessageDialog  *dialog,
                             const char        *response,
                             CrReportDraftPage *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autofree char *label = NULL;
  CrDatabase *db = cr_review_page_get_database (CR_REVIEW_PAGE (self));

  if (g_strcmp0 (response, "save") != 0 || db == NULL)
    return;

  label = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  if (label[0] == '\0')
    {
      g_free (label);
      label = default_label ();
    }
  else if (g_utf8_strlen (label, -1) > MAX_LABEL_CHARS)
    {
      char *end = g_utf8_offset_to_pointer (label, MAX_LABEL_CHARS);

      *end = '\0';
    }

  /* After any save of the text still queued: storage keeps the order. */
  cr_report_draft_page_save_now (self);
  cr_database_save_report_version_async (db, cr_review_page_get_case_id (CR_REVIEW_PAGE (self)),
                                         label, NULL, on_version_saved_cb, g_object_ref (self));
}

void
_cr_report_draft_page_save_version (CrReportDraftPage *self)
{
  g_autofree char *label = default_label ();
  GtkWidget *dialog, *entry;

  if (!cr_review_page_is_writable (CR_REVIEW_PAGE (self)))
    return;

  cr_report_draft_page_save_now (self);

  dialog = adw_message_dialog_new (cr_review_page_get_window (CR_REVIEW_PAGE (self)),
                                   _("Save a Version"),
                                   _("A version keeps the whole report as it is now, to compare with later text or to go back to."));
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), label);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_entry_set_max_length (GTK_ENTRY (entry), MAX_LABEL_CHARS);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Label"),
                                  -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("Cancel"),
                                    "save", _("Save Version"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_save_version_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

/*
 * Versions
 */

static void
on_restored_cb (CrReportVersionsWindow *window,
                guint                   restored_number,
                guint                   saved_number,
                CrReportDraftPage      *self)
{
  g_autofree char *title = NULL;

  /* Translators: the first %u is the version gone back to, the second
   * the version the text from before was saved as. */
  title = g_strdup_printf (_("Went back to version %u — your previous text is version %u"),
                           restored_number, saved_number);
  cr_show_toast (GTK_WIDGET (self), title);
  _cr_report_draft_page_text_replaced (self);
}

void
_cr_report_draft_page_show_versions (CrReportDraftPage *self)
{
  CrDatabase *db = cr_review_page_get_database (CR_REVIEW_PAGE (self));
  CrCase *kase = cr_review_page_get_case (CR_REVIEW_PAGE (self));
  CrReportVersionsWindow *window;

  if (db == NULL || kase == NULL)
    return;

  /* The versions compare with the text as stored: what is typed first. */
  cr_report_draft_page_save_now (self);

  window = cr_report_versions_window_new (cr_review_page_get_window (CR_REVIEW_PAGE (self)), db, kase);
  g_signal_connect_object (window, "restored", G_CALLBACK (on_restored_cb), self, 0);
  gtk_window_present (GTK_WINDOW (window));
}
