/* cr-evidence-page-requests.c: overdue requests, reminders, asking every agency
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrEvidencePage"

#include "config.h"

#include "cr-evidence-page-private.h"

#include "cr-deadline-policy.h"
#include "cr-deadline.h"
#include "cr-edit-utils.h"
#include "cr-util.h"
#include "cr-working-days.h"

#include <glib/gi18n.h>

static char *
today_iso (void)
{
  GDate today;

  cr_date_set_today (&today);
  return cr_date_to_iso (&today);
}

static CrEvidenceRequest *
find_request (CrEvidencePage *self,
              gint64          id)
{
  for (guint i = 0; self->requests != NULL && i < self->requests->len; i++)
    if (cr_record_get_id (g_ptr_array_index (self->requests, i)) == id)
      return g_ptr_array_index (self->requests, i);
  return NULL;
}

/* After a request was written: the list and the banner show it. */
static void
requests_written (CrEvidencePage *self)
{
  cr_record_list_group_reload (self->requests_group);
  _cr_evidence_page_reload (self);
}

/*
 * The overdue banner
 */

void
_cr_evidence_page_show_overdue (CrEvidencePage *self)
{
  g_autoptr(GPtrArray) overdue = g_ptr_array_new ();
  g_autofree char *heading = NULL;
  GtkWidget *child, *row, *icon;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->overdue_list))) != NULL)
    gtk_list_box_remove (self->overdue_list, child);

  for (guint i = 0; self->requests != NULL && i < self->requests->len; i++)
    if (cr_evidence_request_get_state (g_ptr_array_index (self->requests, i), NULL) == CR_EVIDENCE_OVERDUE)
      g_ptr_array_add (overdue, g_ptr_array_index (self->requests, i));

  gtk_widget_set_visible (GTK_WIDGET (self->overdue_list), overdue->len > 0);
  if (overdue->len == 0)
    return;

  heading = g_strdup_printf (ngettext ("%u request is overdue", "%u requests are overdue", overdue->len),
                             overdue->len);
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), heading);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               _("Copy a reminder, paste it into an email to the agency, and the date is noted."));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_widget_add_css_class (icon, "error");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  gtk_list_box_append (self->overdue_list, row);

  for (guint i = 0; i < overdue->len; i++)
    {
      CrRecord *request = g_ptr_array_index (overdue, i);
      g_autofree char *title = cr_record_dup_title (request);
      g_autofree char *subtitle = cr_record_dup_subtitle (request);
      g_autofree char *accessible = NULL;
      GtkWidget *button;

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title != NULL ? title : "");
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : "");

      button = gtk_button_new_with_mnemonic (_("_Copy Reminder"));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "evidence.copy-reminder");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                              g_variant_new_int64 (cr_record_get_id (request)));
      gtk_widget_set_tooltip_text (button, _("Copy a reminder to the clipboard and note today as the date reminded"));
      /* Translators: the accessible name of a button, "Copy Reminder: Chronology from Police" */
      accessible = g_strdup_printf (_("Copy Reminder: %s"), title != NULL ? title : "");
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                      -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      gtk_list_box_append (self->overdue_list, row);
    }
}

/*
 * Reminders
 */

static void
on_save_reminded_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(CrEvidencePage) self = user_data;
  CrCase *kase = cr_review_page_get_case (CR_REVIEW_PAGE (self));
  g_autoptr(CrRecord) stored = NULL;
  g_autoptr(GError) error = NULL;

  stored = cr_database_save_record_finish (CR_DATABASE (source), result, &error);
  if (kase == NULL)
    return;
  if (stored == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _cr_evidence_page_tell (self, _("The reminder was copied, but the date reminded was not saved"),
                                error->message);
      return;
    }

  _cr_evidence_page_tell (self, _("Reminder copied"), _("paste it into an email to the agency"));
  requests_written (self);
}

void
_cr_evidence_page_copy_reminder (CrEvidencePage *self,
                                 gint64          request_id)
{
  CrDatabase *db = cr_review_page_get_database (CR_REVIEW_PAGE (self));
  CrCase *kase = cr_review_page_get_case (CR_REVIEW_PAGE (self));
  CrEvidenceRequest *request = find_request (self, request_id);
  g_autoptr(CrRecord) copy = NULL;
  g_autofree char *text = NULL;
  g_autofree char *today = today_iso ();

  if (request == NULL || kase == NULL)
    return;

  text = cr_evidence_request_dup_reminder (request, cr_case_get_reference (kase));
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);

  if (!cr_database_is_writable (db))
    return;

  copy = CR_RECORD (cr_evidence_request_new ());
  cr_record_copy_from (copy, CR_RECORD (request));
  cr_record_set (copy, "reminded-date", today);
  cr_database_save_record_async (db, copy, NULL, on_save_reminded_cb, g_object_ref (self));
}

/*
 * Request from all agencies
 */

typedef struct
{
  CrEvidencePage *page;
  GPtrArray      *requests;     /* new CrEvidenceRequest */
  AdwEntryRow    *due_row;
  GtkLabel       *due_label;
  char           *due_iso;
  guint           n_saving;
  guint           n_saved;
  GError         *error;
} RequestAll;

static void
request_all_free (RequestAll *data)
{
  g_clear_object (&data->page);
  g_clear_pointer (&data->requests, g_ptr_array_unref);
  g_free (data->due_iso);
  g_clear_error (&data->error);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RequestAll, request_all_free)

static void
on_due_changed_cb (RequestAll       *data,
                   GtkEditable      *editable)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (gtk_widget_get_root (GTK_WIDGET (editable)));
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) closures = cr_deadline_policy_get_closures (cr_deadline_policy_get_default ());
  GDate due, today;
  gboolean ok;

  g_clear_pointer (&data->due_iso, g_free);
  cr_date_set_today (&today);
  ok = cr_deadline_parse_date_input (gtk_editable_get_text (editable), &due, &error);
  if (ok && g_date_compare (&due, &today) < 0)
    {
      ok = FALSE;
      g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("The due date has passed: enter a date from today on."));
    }

  if (ok)
    {
      g_autofree char *long_date = NULL;
      g_autofree char *text = NULL;
      int n = cr_working_days_between (&today, &due, closures);

      data->due_iso = cr_date_to_iso (&due);
      long_date = cr_deadline_format_long_date (data->due_iso);
      /* Translators: "Due 3 April 2026, 20 working days from today" */
      text = g_strdup_printf (ngettext ("Due %s, %d working day from today",
                                        "Due %s, %d working days from today", n),
                              long_date, n);
      gtk_label_set_text (data->due_label, text);
      gtk_widget_remove_css_class (GTK_WIDGET (data->due_label), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (data->due_row), "error");
    }
  else
    {
      gtk_label_set_text (data->due_label, error->message);
      gtk_widget_add_css_class (GTK_WIDGET (data->due_label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (data->due_row), "error");
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (data->due_row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  gtk_label_get_text (data->due_label),
                                  -1);
  if (ADW_IS_MESSAGE_DIALOG (dialog))
    adw_message_dialog_set_response_enabled (dialog, "request", ok);
}

static void
on_save_request_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  RequestAll *data = user_data;
  CrEvidencePage *self = data->page;
  CrCase *kase = cr_review_page_get_case (CR_REVIEW_PAGE (self));
  g_autoptr(CrRecord) stored = NULL;
  g_autoptr(GError) error = NULL;

  stored = cr_database_save_record_finish (CR_DATABASE (source), result, &error);
  if (stored != NULL)
    data->n_saved++;
  else if (data->error == NULL)
    data->error = g_steal_pointer (&error);

  if (--data->n_saving > 0)
    return;

  self->n_requesting = 0;
  if (kase != NULL)
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->request_all_button), TRUE);
      if (data->error != NULL && !g_error_matches (data->error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _cr_evidence_page_tell (self, _("Could not record every request"), data->error->message);
      else
        {
          g_autofree char *text = g_strdup_printf (ngettext ("%u request made", "%u requests made",
                                                             data->n_saved),
                                                   data->n_saved);
          _cr_evidence_page_tell (self, text, NULL);
        }
      requests_written (self);
    }

  request_all_free (data);
}

static void
start_requests (RequestAll *data)
{
  CrEvidencePage *self = data->page;
  CrDatabase *db = cr_review_page_get_database (CR_REVIEW_PAGE (self));
  g_autofree char *today = today_iso ();

  data->n_saving = data->requests->len;
  self->n_requesting = data->requests->len;
  gtk_widget_set_sensitive (GTK_WIDGET (self->request_all_button), FALSE);

  for (guint i = 0; i < data->requests->len; i++)
    {
      CrRecord *request = g_ptr_array_index (data->requests, i);

      cr_record_set (request, "requested-date", today);
      cr_record_set (request, "due-date", data->due_iso);
      cr_database_save_record_async (db, request, NULL, on_save_request_cb, data);
    }
}

static void
on_request_all_response_cb (AdwMessageDialog *dialog,
                            const char       *response,
                            gpointer          user_data)
{
  RequestAll *data = g_object_steal_data (G_OBJECT (dialog), "request-all");

  if (data == NULL)
    return;

  if (g_strcmp0 (response, "request") != 0 || data->due_iso == NULL ||
      cr_review_page_get_case (CR_REVIEW_PAGE (data->page)) == NULL ||
      data->page->n_requesting > 0)
    {
      request_all_free (data);
      return;
    }

  start_requests (data);
}

static GtkWidget *
build_due_editor (RequestAll *data,
                  const char *initial)
{
  GtkWidget *box, *list;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  data->due_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (data->due_row), _("Due date"));
  cr_entry_row_set_accessible_label (GTK_WIDGET (data->due_row), _("Due date"));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (data->due_row));
  gtk_box_append (GTK_BOX (box), list);

  data->due_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (data->due_label, 0);
  gtk_label_set_wrap (data->due_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (data->due_label), "caption");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (data->due_label));

  gtk_editable_set_text (GTK_EDITABLE (data->due_row), initial);
  return box;
}

static void
ask_due_date (CrEvidencePage *self,
              RequestAll     *data,
              const char     *agencies,
              guint           n_agencies)
{
  g_autoptr(GArray) closures = cr_deadline_policy_get_closures (cr_deadline_policy_get_default ());
  g_autofree char *body = NULL;
  g_autofree char *initial = NULL;
  GtkWidget *dialog;
  GDate today, due;

  cr_date_set_today (&today);
  cr_working_days_add (&today, CR_EVIDENCE_DEFAULT_WORKING_DAYS, closures, &due);
  initial = g_strdup_printf ("%02d/%02d/%04d", g_date_get_day (&due), g_date_get_month (&due),
                             g_date_get_year (&due));

  /* Translators: "Ask 3 agencies (Police, Health visiting, Education) for what they have not been asked for yet: 5 chronologies and agency reports, requested today." */
  body = g_strdup_printf (ngettext ("Ask %u agency (%s) for what it has not been asked for yet: %u chronology or agency report, requested today.",
                                    "Ask %u agencies (%s) for what they have not been asked for yet: %u chronologies and agency reports, requested today.",
                                    n_agencies),
                          n_agencies, agencies, data->requests->len);

  dialog = adw_message_dialog_new (cr_review_page_get_window (CR_REVIEW_PAGE (self)),
                                   _("Request from All Agencies"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "request", _("_Request"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "request",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "request");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), build_due_editor (data, initial));

  g_signal_connect_swapped (data->due_row, "changed", G_CALLBACK (on_due_changed_cb), data);
  g_object_set_data_full (G_OBJECT (dialog), "request-all", data, (GDestroyNotify) request_all_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_request_all_response_cb), NULL);
  on_due_changed_cb (data, GTK_EDITABLE (data->due_row));
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
already_asked (CrEvidencePage *self,
               const char     *agency_id,
               const char     *kind)
{
  for (guint i = 0; self->requests != NULL && i < self->requests->len; i++)
    {
      CrRecord *request = g_ptr_array_index (self->requests, i);

      if (g_strcmp0 (cr_record_get (request, "agency-id"), agency_id) == 0 &&
          g_strcmp0 (cr_record_get (request, "kind"), kind) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
on_list_involvements_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(CrLoadTag) tag = user_data;
  CrEvidencePage *self = CR_EVIDENCE_PAGE (tag->owner);
  CrCase *kase = cr_review_page_get_case (CR_REVIEW_PAGE (self));
  static const char * const kinds[] = { "chronology", "agency-report" };
  g_autoptr(GPtrArray) involvements = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(RequestAll) data = NULL;
  g_autoptr(GError) error = NULL;
  guint n_agencies = 0;

  involvements = cr_database_list_involvements_finish (CR_DATABASE (source), result, &error);
  if (kase == NULL || tag->id != cr_review_page_get_case_id (CR_REVIEW_PAGE (self)))
    return;
  if (involvements == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _cr_evidence_page_tell (self, _("Could not read the agencies involved"), error->message);
      return;
    }

  if (involvements->len == 0)
    {
      _cr_evidence_page_tell (self, _("No agencies are recorded as involved in the case"),
                              _("add them on the case’s page first"));
      return;
    }

  data = g_new0 (RequestAll, 1);
  data->page = g_object_ref (self);
  data->requests = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < involvements->len; i++)
    {
      CrInvolvement *involvement = g_ptr_array_index (involvements, i);
      g_autofree char *agency_id = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                    cr_involvement_get_agency_id (involvement));
      gboolean asked_for_any = FALSE;

      if (g_hash_table_contains (seen, agency_id))
        continue;
      g_hash_table_add (seen, g_strdup (agency_id));

      for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
        {
          CrRecord *request;

          if (already_asked (self, agency_id, kinds[k]))
            continue;

          request = CR_RECORD (cr_evidence_request_new ());
          cr_record_set_case_id (request, tag->id);
          cr_record_set (request, "agency-id", agency_id);
          cr_record_set (request, "kind", kinds[k]);
          g_ptr_array_add (data->requests, request);
          asked_for_any = TRUE;
        }

      if (asked_for_any)
        {
          if (names->len > 0)
            g_string_append (names, ", ");
          g_string_append (names, cr_involvement_get_agency_name (involvement));
          n_agencies++;
        }
    }

  if (data->requests->len == 0)
    {
      _cr_evidence_page_tell (self, _("Every agency involved has been asked for its chronology and report"), NULL);
      return;
    }

  ask_due_date (self, g_steal_pointer (&data), names->str, n_agencies);
}

void
_cr_evidence_page_request_all (CrEvidencePage *self)
{
  CrDatabase *db = cr_review_page_get_database (CR_REVIEW_PAGE (self));
  gint64 id = cr_review_page_get_case_id (CR_REVIEW_PAGE (self));

  if (db == NULL || id == 0 || self->n_requesting > 0)
    return;

  cr_database_list_involvements_async (db, id,
                                       cr_review_page_get_cancellable (CR_REVIEW_PAGE (self)),
                                       on_list_involvements_cb, cr_load_tag_new (self, id));
}

/*
 * A document that answers a request
 */

CrEvidenceRequest *
_cr_evidence_page_find_open_request (CrEvidencePage *self,
                                     CrDocument     *document)
{
  const char *agency_id = cr_record_get (CR_RECORD (document), "agency-id");
  const char *doc_type = cr_record_get (CR_RECORD (document), "doc-type");

  if (agency_id == NULL ||
      (g_strcmp0 (doc_type, "chronology") != 0 && g_strcmp0 (doc_type, "agency-report") != 0))
    return NULL;

  for (guint i = 0; self->requests != NULL && i < self->requests->len; i++)
    {
      CrRecord *request = g_ptr_array_index (self->requests, i);

      if (g_strcmp0 (cr_record_get (request, "agency-id"), agency_id) == 0 &&
          g_strcmp0 (cr_record_get (request, "kind"), doc_type) == 0 &&
          !cr_record_has (request, "received-date"))
        return CR_EVIDENCE_REQUEST (request);
    }
  return NULL;
}

static void
on_save_received_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(CrEvidencePage) self = user_data;
  CrCase *kase = cr_review_page_get_case (CR_REVIEW_PAGE (self));
  g_autoptr(CrRecord) stored = NULL;
  g_autoptr(GError) error = NULL;

  stored = cr_database_save_record_finish (CR_DATABASE (source), result, &error);
  if (kase == NULL)
    return;
  if (stored == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _cr_evidence_page_tell (self, _("Could not mark the request received"), error->message);
      return;
    }

  _cr_evidence_page_tell (self, _("Request marked received"), NULL);
  requests_written (self);
}

static void
on_offer_received_response_cb (AdwMessageDialog *dialog,
                               const char       *response,
                               CrEvidencePage   *self)
{
  CrDatabase *db = cr_review_page_get_database (CR_REVIEW_PAGE (self));
  CrCase *kase = cr_review_page_get_case (CR_REVIEW_PAGE (self));
  CrRecord *request = g_object_get_data (G_OBJECT (dialog), "request");
  CrRecord *document = g_object_get_data (G_OBJECT (dialog), "document");
  g_autoptr(CrRecord) copy = NULL;
  g_autofree char *received = NULL;
  g_autofree char *document_id = NULL;
  const char *requested;

  if (g_strcmp0 (response, "mark") != 0 || db == NULL || kase == NULL)
    return;

  /* Received when the document came, but never before it was asked for. */
  received = g_strdup (cr_record_get (document, "received-date"));
  requested = cr_record_get (request, "requested-date");
  if (received == NULL || (requested != NULL && g_strcmp0 (received, requested) < 0))
    {
      g_free (received);
      received = today_iso ();
    }
  document_id = g_strdup_printf ("%" G_GINT64_FORMAT, cr_record_get_id (document));

  copy = CR_RECORD (cr_evidence_request_new ());
  cr_record_copy_from (copy, request);
  cr_record_set (copy, "received-date", received);
  cr_record_set (copy, "document-id", document_id);
  cr_database_save_record_async (db, copy, NULL, on_save_received_cb, g_object_ref (self));
}

GtkWidget *
_cr_evidence_page_offer_received (CrEvidencePage    *self,
                                  CrEvidenceRequest *request,
                                  CrDocument        *document)
{
  g_autofree char *request_title = cr_record_dup_title (CR_RECORD (request));
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  /* Translators: "“Chronology from Police” is still open. Mark it received with “police-chronology.pdf”?" */
  body = g_strdup_printf (_("“%s” is still waiting. Mark it received with “%s”?"),
                          request_title, cr_record_get (CR_RECORD (document), "title"));
  dialog = adw_message_dialog_new (cr_review_page_get_window (CR_REVIEW_PAGE (self)),
                                   _("Mark the Request Received?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "not-now", _("_Not Now"),
                                    "mark", _("_Mark Received"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "mark",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "mark");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "not-now");
  g_object_set_data_full (G_OBJECT (dialog), "request", g_object_ref (request), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "document", g_object_ref (document), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_offer_received_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}
