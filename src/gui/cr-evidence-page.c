/* cr-evidence-page.c: the agencies' evidence: requests and documents
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrEvidencePage"

#include "config.h"

#include "cr-evidence-page.h"
#include "cr-evidence-page-private.h"

#include "cr-deadline-policy.h"
#include "cr-edit-utils.h"
#include "cr-util.h"
#include "cr-working-days.h"

#include <glib/gi18n.h>

G_DEFINE_FINAL_TYPE (CrEvidencePage, cr_evidence_page, CR_TYPE_REVIEW_PAGE)

/*
 * Status pills and defaults of the requests
 */

static char *
request_status (CrRecord    *record,
                const char **css_class,
                gpointer     user_data)
{
  CrEvidenceRequest *request = CR_EVIDENCE_REQUEST (record);
  CrEvidenceState state = cr_evidence_request_get_state (request, NULL);
  int days;

  switch (state)
    {
    case CR_EVIDENCE_OVERDUE:
      *css_class = "error";
      days = cr_evidence_request_days_overdue (request, NULL);
      /* Translators: a status pill, "Overdue by 4 days" */
      return g_strdup_printf (ngettext ("Overdue by %d day", "Overdue by %d days", days), days);

    case CR_EVIDENCE_DUE_SOON:
      *css_class = "warning";
      break;

    case CR_EVIDENCE_RECEIVED:
    case CR_EVIDENCE_RECEIVED_LATE:
      *css_class = "success";
      break;

    case CR_EVIDENCE_NOT_REQUESTED:
    case CR_EVIDENCE_REQUESTED:
    default:
      *css_class = "dim-label";
      break;
    }

  return g_strdup (cr_evidence_state_to_label (state));
}

static void
init_request (CrRecord *record,
              gpointer  user_data)
{
  g_autoptr(GArray) closures = cr_deadline_policy_get_closures (cr_deadline_policy_get_default ());
  g_autofree char *today_iso = NULL;
  g_autofree char *due_iso = NULL;
  GDate today, due;

  cr_date_set_today (&today);
  cr_working_days_add (&today, CR_EVIDENCE_DEFAULT_WORKING_DAYS, closures, &due);
  today_iso = cr_date_to_iso (&today);
  due_iso = cr_date_to_iso (&due);

  cr_record_set (record, "kind", "chronology");
  cr_record_set (record, "requested-date", today_iso);
  cr_record_set (record, "due-date", due_iso);
}

/*
 * Loading
 */

static void
show_requests (CrReviewPage *page,
               GPtrArray    *requests,
               const GError *error)
{
  CrEvidencePage *self = CR_EVIDENCE_PAGE (page);

  g_clear_pointer (&self->requests, g_ptr_array_unref);
  self->requests = g_ptr_array_ref (requests);
  _cr_evidence_page_show_overdue (self);
}

static void
show_documents (CrReviewPage *page,
                GPtrArray    *documents,
                const GError *error)
{
  CrEvidencePage *self = CR_EVIDENCE_PAGE (page);

  g_clear_pointer (&self->documents, g_ptr_array_unref);
  self->documents = g_ptr_array_ref (documents);
  _cr_evidence_page_show_documents (self);
}

static void
reload_requests (CrEvidencePage *self)
{
  cr_review_page_list_records (CR_REVIEW_PAGE (self), CR_TYPE_EVIDENCE_REQUEST,
                               _("Could not read the requests"), show_requests);
}

void
_cr_evidence_page_reload (CrEvidencePage *self)
{
  reload_requests (self);
  cr_review_page_list_records (CR_REVIEW_PAGE (self), CR_TYPE_DOCUMENT,
                               _("Could not read the documents"), show_documents);
}

static void
cr_evidence_page_reload (CrReviewPage *page,
                         gboolean      new_case)
{
  CrEvidencePage *self = CR_EVIDENCE_PAGE (page);
  gboolean writable = cr_review_page_is_writable (page);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "evidence.add-document", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "evidence.request-all", writable);

  if (new_case)
    {
      g_clear_pointer (&self->requests, g_ptr_array_unref);
      g_clear_pointer (&self->documents, g_ptr_array_unref);
      _cr_evidence_page_show_overdue (self);
      _cr_evidence_page_show_documents (self);
    }

  _cr_evidence_page_reload (self);
}

/*
 * Callbacks and actions
 */

static void
on_requests_changed_cb (CrEvidencePage *self)
{
  reload_requests (self);
}

static void
on_document_activated_cb (CrEvidencePage *self,
                          GtkListBoxRow  *row)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "document-id"));

  if (id != 0)
    _cr_evidence_page_open_document (self, id);
}

static void
add_document_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  _cr_evidence_page_choose_files (CR_EVIDENCE_PAGE (widget));
}

static void
request_all_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  _cr_evidence_page_request_all (CR_EVIDENCE_PAGE (widget));
}

static void
copy_reminder_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  _cr_evidence_page_copy_reminder (CR_EVIDENCE_PAGE (widget), g_variant_get_int64 (parameter));
}

static void
open_document_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  _cr_evidence_page_open_document (CR_EVIDENCE_PAGE (widget), g_variant_get_int64 (parameter));
}

static void
edit_document_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  _cr_evidence_page_edit_document (CR_EVIDENCE_PAGE (widget), g_variant_get_int64 (parameter));
}

static void
remove_document_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  _cr_evidence_page_remove_document (CR_EVIDENCE_PAGE (widget), g_variant_get_int64 (parameter));
}

/*
 * Shared helpers
 */

void
_cr_evidence_page_tell (CrEvidencePage *self,
                        const char     *heading,
                        const char     *body)
{
  GtkWidget *dialog;
  g_autofree char *title = NULL;

  title = body != NULL ? g_strdup_printf ("%s: %s", heading, body) : g_strdup (heading);
  if (cr_show_toast (GTK_WIDGET (self), title) != NULL)
    return;

  dialog = adw_message_dialog_new (cr_review_page_get_window (CR_REVIEW_PAGE (self)), heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/*
 * GObject overrides
 */

static void
cr_evidence_page_dispose (GObject *object)
{
  CrEvidencePage *self = CR_EVIDENCE_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_EVIDENCE_PAGE);

  g_queue_clear_full (&self->pending_files, g_object_unref);
  g_clear_object (&self->adding);
  g_clear_pointer (&self->requests, g_ptr_array_unref);
  g_clear_pointer (&self->documents, g_ptr_array_unref);

  G_OBJECT_CLASS (cr_evidence_page_parent_class)->dispose (object);
}

static void
cr_evidence_page_class_init (CrEvidencePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CrReviewPageClass *page_class = CR_REVIEW_PAGE_CLASS (klass);

  object_class->dispose = cr_evidence_page_dispose;

  page_class->reload = cr_evidence_page_reload;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-evidence-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CrEvidencePage, overdue_list);
  gtk_widget_class_bind_template_child (widget_class, CrEvidencePage, requests_box);
  gtk_widget_class_bind_template_child (widget_class, CrEvidencePage, request_all_button);
  gtk_widget_class_bind_template_child (widget_class, CrEvidencePage, documents_group);
  gtk_widget_class_bind_template_child (widget_class, CrEvidencePage, documents_list);
  gtk_widget_class_bind_template_callback (widget_class, on_document_activated_cb);

  gtk_widget_class_install_action (widget_class, "evidence.add-document", NULL, add_document_action);
  gtk_widget_class_install_action (widget_class, "evidence.request-all", NULL, request_all_action);
  gtk_widget_class_install_action (widget_class, "evidence.copy-reminder", "x", copy_reminder_action);
  gtk_widget_class_install_action (widget_class, "evidence.open-document", "x", open_document_action);
  gtk_widget_class_install_action (widget_class, "evidence.edit-document", "x", edit_document_action);
  gtk_widget_class_install_action (widget_class, "evidence.remove-document", "x", remove_document_action);
}

static void
cr_evidence_page_init (CrEvidencePage *self)
{
  GtkWidget *group;

  gtk_widget_init_template (GTK_WIDGET (self));
  g_queue_init (&self->pending_files);

  group = cr_record_list_group_new (CR_TYPE_EVIDENCE_REQUEST, _("Requests to Agencies"),
                                    _("Add Request"), _("Nothing requested from the agencies yet"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Each agency’s chronology and report, when they are due and when they arrived."));
  self->requests_group = CR_RECORD_LIST_GROUP (group);
  gtk_box_prepend (self->requests_box, group);
  cr_review_page_add_list_group (CR_REVIEW_PAGE (self), self->requests_group);
  cr_record_list_group_set_status_func (self->requests_group, request_status, self);
  cr_record_list_group_set_init_func (self->requests_group, init_request, self);
  g_signal_connect_object (group, "changed", G_CALLBACK (on_requests_changed_cb), self,
                           G_CONNECT_SWAPPED);

  gtk_widget_add_controller (GTK_WIDGET (self),
                             GTK_EVENT_CONTROLLER (_cr_evidence_page_new_drop_target (self)));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "evidence.add-document", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "evidence.request-all", FALSE);
  _cr_evidence_page_show_overdue (self);
  _cr_evidence_page_show_documents (self);
}

/*
 * Public API
 */

GtkWidget *
cr_evidence_page_new (void)
{
  return g_object_new (CR_TYPE_EVIDENCE_PAGE, NULL);
}
