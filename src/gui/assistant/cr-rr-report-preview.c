/* cr-rr-report-preview.c: generate the rapid review report and preview it
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrRrReportPreview"

#include "config.h"

#include "cr-rr-report-preview.h"

#include "cr-edit-utils.h"
#include "cr-rapid-review-report.h"
#include "cr-report-preview-window.h"

#include <glib/gi18n.h>

typedef struct
{
  GtkWidget *button;
  CrCase    *kase;
} PreviewOp;

static void
preview_op_free (PreviewOp *op)
{
  g_clear_object (&op->button);
  g_clear_object (&op->kase);
  g_free (op);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PreviewOp, preview_op_free)

char *
cr_rr_report_preview_file_name (CrCase *kase)
{
  const char *reference;
  g_autoptr(GString) name = NULL;

  g_return_val_if_fail (CR_IS_CASE (kase), NULL);

  reference = cr_case_get_reference (kase);
  name = g_string_new (NULL);
  for (const char *p = reference != NULL ? reference : ""; *p != '\0'; p++)
    g_string_append_c (name, g_ascii_isalnum (*p) || *p == '-' ? *p : '-');
  if (name->len == 0)
    g_string_append (name, "case");
  g_string_append (name, "-rapid-review.pdf");
  return g_string_free (g_steal_pointer (&name), FALSE);
}

static void
show_failure (GtkWidget    *button,
              const GError *error)
{
  GtkRoot *root;
  GtkWidget *dialog;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (gtk_widget_get_ancestor (button, ADW_TYPE_TOAST_OVERLAY) != NULL)
    {
      cr_show_error_toast (button, _("Could not prepare the report"), error);
      return;
    }

  root = gtk_widget_get_root (button);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Could Not Prepare the Report"), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_generated_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(PreviewOp) op = user_data;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *title = NULL;
  CrReportPreviewWindow *window;
  GtkRoot *root;

  pdf = cr_rapid_review_report_generate_finish (result, &error);

  gtk_widget_set_sensitive (op->button, TRUE);
  gtk_accessible_reset_property (GTK_ACCESSIBLE (op->button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);

  if (pdf == NULL)
    {
      show_failure (op->button, error);
      return;
    }

  /* The button may have left its window while the report was made. */
  root = gtk_widget_get_root (op->button);
  if (root == NULL)
    return;

  file_name = cr_rr_report_preview_file_name (op->kase);
  /* Translators: the preview window's title; %s is a case reference */
  title = g_strdup_printf (_("Rapid Review Report — %s"),
                           cr_case_get_reference (op->kase) != NULL ? cr_case_get_reference (op->kase) : "");
  window = cr_report_preview_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         title, pdf, file_name);
  gtk_window_present (GTK_WINDOW (window));
}

void
cr_rr_report_preview_open (GtkWidget    *button,
                           CrDatabase   *db,
                           CrCase       *kase,
                           GCancellable *cancellable)
{
  g_autoptr(GSettings) settings = cr_dup_settings ();
  g_autofree char *partnership = NULL;
  g_autofree char *local_authority = NULL;
  PreviewOp *op;

  g_return_if_fail (GTK_IS_WIDGET (button));
  g_return_if_fail (CR_IS_DATABASE (db));
  g_return_if_fail (CR_IS_CASE (kase));

  if (settings != NULL)
    {
      partnership = g_settings_get_string (settings, "partnership-name");
      local_authority = g_settings_get_string (settings, "local-authority");
    }

  gtk_widget_set_sensitive (button, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _("Preparing Report…"),
                                  -1);

  op = g_new0 (PreviewOp, 1);
  op->button = g_object_ref (button);
  op->kase = g_object_ref (kase);
  cr_rapid_review_report_generate_async (db, cr_case_get_id (kase),
                                         partnership != NULL && partnership[0] != '\0' ? partnership : NULL,
                                         local_authority != NULL && local_authority[0] != '\0' ? local_authority : NULL,
                                         cancellable, on_generated_cb, op);
}
