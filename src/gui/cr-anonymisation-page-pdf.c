/* cr-anonymisation-page-pdf.c: checking an exported PDF with the report
 * on the Check page
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrAnonymisationPage"

#include "config.h"

#include "cr-anonymisation-page-private.h"

#include "cr-edit-utils.h"

#include <glib/gi18n.h>

/* A PDF to be published is read whole into memory: not beyond this. */
#define MAX_PDF_BYTES (100 * 1024 * 1024)

/*
 * Checking a PDF
 */

static void
on_pdf_loaded_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(CrLoadTag) tag = user_data;
  CrAnonymisationPage *self = CR_ANONYMISATION_PAGE (tag->owner);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *note = NULL;

  bytes = g_file_load_bytes_finish (G_FILE (source), result, NULL, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      tag->id != cr_review_page_get_case_id (CR_REVIEW_PAGE (self)))
    return;
  if (bytes == NULL)
    {
      cr_show_error_toast (GTK_WIDGET (self), _("Could not read the PDF"), error);
      return;
    }
  if (g_bytes_get_size (bytes) > MAX_PDF_BYTES)
    {
      cr_show_toast (GTK_WIDGET (self), _("The PDF is larger than 100 MB: it cannot be checked here."));
      return;
    }

  name = g_file_get_basename (G_FILE (source));
  g_clear_pointer (&self->pdf, g_bytes_unref);
  g_free (self->pdf_name);
  self->pdf = g_steal_pointer (&bytes);
  self->pdf_name = g_steal_pointer (&name);
  /* Translators: %s is the file's name */
  note = g_strdup_printf (_("Also checking “%s”. What is found in a PDF cannot be replaced here: correct the report, export it again and check the new PDF."),
                          self->pdf_name);
  gtk_label_set_text (self->pdf_label, note);
  gtk_widget_set_visible (self->pdf_note, TRUE);
  _cr_anonymisation_page_check (self);
}

static void
on_pdf_info_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(CrLoadTag) tag = user_data;
  CrAnonymisationPage *self = CR_ANONYMISATION_PAGE (tag->owner);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;

  info = g_file_query_info_finish (G_FILE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      tag->id != cr_review_page_get_case_id (CR_REVIEW_PAGE (self)))
    return;
  if (info == NULL)
    {
      cr_show_error_toast (GTK_WIDGET (self), _("Could not read the PDF"), error);
      return;
    }
  if (g_file_info_get_size (info) > MAX_PDF_BYTES)
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is larger than 100 MB: it cannot be checked here. Export the report again, or check it in parts."),
                                                  g_file_info_get_display_name (info));

      cr_show_toast (GTK_WIDGET (self), message);
      return;
    }

  g_file_load_bytes_async (G_FILE (source), cr_review_page_get_cancellable (CR_REVIEW_PAGE (self)),
                           on_pdf_loaded_cb, cr_load_tag_new (self, tag->id));
}

static void
on_chooser_response_cb (GtkNativeDialog     *chooser,
                        int                  response,
                        CrAnonymisationPage *self)
{
  g_autoptr(GFile) file = NULL;
  gint64 case_id = cr_review_page_get_case_id (CR_REVIEW_PAGE (self));

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);

  if (file == NULL || case_id == 0)
    return;
  cr_anonymisation_page_check_pdf (self, file);
}

static void
check_pdf_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CrAnonymisationPage *self = CR_ANONYMISATION_PAGE (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) pdf = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Check a PDF"), cr_review_page_get_window (CR_REVIEW_PAGE (self)),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Check"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (pdf, _("PDF documents"));
  gtk_file_filter_add_mime_type (pdf, "application/pdf");
  gtk_file_filter_add_suffix (pdf, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), pdf);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
forget_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CrAnonymisationPage *self = CR_ANONYMISATION_PAGE (widget);

  g_clear_pointer (&self->pdf, g_bytes_unref);
  g_clear_pointer (&self->pdf_name, g_free);
  gtk_widget_set_visible (self->pdf_note, FALSE);
  _cr_anonymisation_page_check (self);
}

void
_cr_anonymisation_page_class_init_pdf (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "check.check-pdf", NULL, check_pdf_action);
  gtk_widget_class_install_action (widget_class, "check.forget-pdf", NULL, forget_pdf_action);
}

/*
 * Public API
 */

void
cr_anonymisation_page_check_pdf (CrAnonymisationPage *self,
                                 GFile               *file)
{
  gint64 case_id;

  g_return_if_fail (CR_IS_ANONYMISATION_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  case_id = cr_review_page_get_case_id (CR_REVIEW_PAGE (self));
  if (case_id == 0)
    return;
  g_file_query_info_async (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                           G_FILE_QUERY_INFO_NONE, G_PRIORITY_DEFAULT,
                           cr_review_page_get_cancellable (CR_REVIEW_PAGE (self)),
                           on_pdf_info_cb, cr_load_tag_new (self, case_id));
}
