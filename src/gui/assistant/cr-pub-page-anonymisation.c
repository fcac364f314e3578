/* cr-pub-page-anonymisation.c: the anonymisation check before publication
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrPubPageAnonymisation"

#include "config.h"

#include "cr-pub-page-anonymisation.h"

#include "cr-anonymisation.h"
#include "cr-report-data.h"
#include "cr-util.h"

#include <glib/gi18n.h>

/* How many remaining hits the page shows in context. */
#define MAX_SHOWN 5

struct _CrPubPageAnonymisation
{
  CrPubPage             parent_instance;

  /* Template widgets */
  GtkBox               *content;
  AdwActionRow         *status_row;
  GtkImage             *status_icon;
  GtkSpinner           *spinner;
  AdwPreferencesGroup  *hits_group;
  GtkListBox           *hits_list;
  AdwActionRow         *pdf_row;
  GtkWidget            *remove_pdf_button;

  /* Owned references */
  GBytes               *pdf;
  char                 *pdf_name;
  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;

  guint                 checking : 1;
};

G_DEFINE_FINAL_TYPE (CrPubPageAnonymisation, cr_pub_page_anonymisation, CR_TYPE_PUB_PAGE)

static char *
today_iso (void)
{
  GDate today;

  cr_date_set_today (&today);
  return cr_date_to_iso (&today);
}

/*
 * Showing the result
 */

static GtkWidget *
create_hit_row (CrAnonymisationHit *hit)
{
  const char *before = cr_anonymisation_hit_get_context_before (hit);
  const char *after = cr_anonymisation_hit_get_context_after (hit);
  g_autofree char *markup = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();

  markup = g_markup_printf_escaped ("%s<b>%s</b>%s",
                                    before != NULL ? before : "",
                                    cr_anonymisation_hit_get_text (hit),
                                    after != NULL ? after : "");
  /* Translators: what was found and where: "Real name · Analysis" */
  subtitle = g_strdup_printf (_("%s · %s"),
                              cr_anonymisation_kind_to_label (cr_anonymisation_hit_get_kind (hit)),
                              cr_anonymisation_hit_get_source_label (hit));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), TRUE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), markup);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static void
show_result (CrPubPageAnonymisation *self)
{
  CrPubContext *ctx = cr_pub_page_get_context (CR_PUB_PAGE (self));
  guint unresolved = 0;
  guint shown = 0;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->hits_list))) != NULL)
    gtk_list_box_remove (self->hits_list, child);

  gtk_widget_set_visible (GTK_WIDGET (self->spinner), self->checking);
  gtk_spinner_set_spinning (self->spinner, self->checking);
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_icon), "success");
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_icon), "warning");
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_icon), "error");

  if (self->checking || ctx == NULL || (ctx->hits == NULL && ctx->check_error == NULL))
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row), _("Checking the report…"));
      adw_action_row_set_subtitle (self->status_row, "");
      gtk_image_set_from_icon_name (self->status_icon, "edit-find-symbolic");
      gtk_widget_set_visible (GTK_WIDGET (self->hits_group), FALSE);
      return;
    }

  if (ctx->check_error != NULL)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row),
                                     _("The check could not run"));
      adw_action_row_set_subtitle (self->status_row, ctx->check_error->message);
      gtk_image_set_from_icon_name (self->status_icon, "dialog-error-symbolic");
      gtk_widget_add_css_class (GTK_WIDGET (self->status_icon), "error");
      gtk_widget_set_visible (GTK_WIDGET (self->hits_group), FALSE);
      return;
    }

  unresolved = cr_anonymisation_count_unresolved (ctx->hits);
  if (unresolved == 0)
    {
      g_autofree char *subtitle = NULL;

      if (ctx->hits->len > 0)
        /* Translators: "2 were dismissed with a reason." */
        subtitle = g_strdup_printf (ngettext ("%u was dismissed with a reason.",
                                              "%u were dismissed with a reason.",
                                              ctx->hits->len),
                                    ctx->hits->len);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row),
                                     self->pdf != NULL ? _("No identifying details found in the report or the PDF")
                                                       : _("No identifying details found"));
      adw_action_row_set_subtitle (self->status_row, subtitle != NULL ? subtitle : "");
      gtk_image_set_from_icon_name (self->status_icon, "emblem-ok-symbolic");
      gtk_widget_add_css_class (GTK_WIDGET (self->status_icon), "success");
      gtk_widget_set_visible (GTK_WIDGET (self->hits_group), FALSE);
      return;
    }

  {
    g_autofree char *title = NULL;

    /* Translators: the number of things found that identify the family */
    title = g_strdup_printf (ngettext ("%u identifying detail remains",
                                       "%u identifying details remain",
                                       unresolved),
                             unresolved);
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row), title);
    adw_action_row_set_subtitle (self->status_row,
                                 _("Publication is refused until each one is replaced or dismissed."));
    gtk_image_set_from_icon_name (self->status_icon, "dialog-warning-symbolic");
    gtk_widget_add_css_class (GTK_WIDGET (self->status_icon), "warning");
  }

  for (guint i = 0; i < ctx->hits->len && shown < MAX_SHOWN; i++)
    {
      CrAnonymisationHit *hit = g_ptr_array_index (ctx->hits, i);

      if (cr_anonymisation_hit_get_dismissed (hit))
        continue;
      gtk_list_box_append (self->hits_list, create_hit_row (hit));
      shown++;
    }
  if (unresolved > shown)
    {
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *more = NULL;

      /* Translators: after the first few hits */
      more = g_strdup_printf (ngettext ("And %u more", "And %u more", unresolved - shown),
                              unresolved - shown);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), more);
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_list_box_append (self->hits_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->hits_group), TRUE);
}

static void
show_pdf (CrPubPageAnonymisation *self)
{
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->pdf_row),
                                 self->pdf_name != NULL ? self->pdf_name : _("No PDF added"));
  gtk_widget_set_visible (self->remove_pdf_button, self->pdf != NULL);
}

/* A check that passes is the day anonymisation was confirmed. */
static void
record_pass (CrPubPageAnonymisation *self)
{
  CrPubContext *ctx = cr_pub_page_get_context (CR_PUB_PAGE (self));
  CrPublication *publication = cr_pub_page_get_publication (CR_PUB_PAGE (self));
  g_autofree char *today = today_iso ();

  if (ctx == NULL || publication == NULL || ctx->hits == NULL || ctx->check_error != NULL ||
      cr_anonymisation_count_unresolved (ctx->hits) > 0)
    return;

  if (g_strcmp0 (cr_record_get (CR_RECORD (publication), "anonymisation-date"), today) != 0)
    cr_pub_page_set_value (CR_PUB_PAGE (self), "anonymisation-date", today);
}

/*
 * Checking
 */

static void
on_check_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(CrPubPageAnonymisation) self = user_data;
  CrPubContext *ctx = cr_pub_page_get_context (CR_PUB_PAGE (self));
  g_autoptr(CrReviewReport) report = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;

  hits = cr_report_data_check_finish (result, &report, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || ctx == NULL)
    return;

  self->checking = FALSE;
  g_clear_pointer (&ctx->hits, g_ptr_array_unref);
  g_clear_error (&ctx->check_error);
  if (hits == NULL)
    ctx->check_error = g_steal_pointer (&error);
  else
    {
      ctx->hits = g_steal_pointer (&hits);
      g_set_object (&ctx->report, report);
    }

  show_result (self);
  record_pass (self);
  /* Other pages (and the summary) follow the new count. */
  cr_pub_page_changed (CR_PUB_PAGE (self));
}

void
cr_pub_page_anonymisation_check (CrPubPageAnonymisation *self)
{
  CrPubContext *ctx;

  g_return_if_fail (CR_IS_PUB_PAGE_ANONYMISATION (self));

  ctx = cr_pub_page_get_context (CR_PUB_PAGE (self));
  if (ctx == NULL || ctx->kase == NULL)
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->checking = TRUE;
  show_result (self);
  cr_pub_page_refresh (CR_PUB_PAGE (self));

  cr_report_data_check_async (ctx->db, cr_case_get_id (ctx->kase), self->pdf, self->cancellable,
                              on_check_done_cb, g_object_ref (self));
}

gboolean
cr_pub_page_anonymisation_is_checking (CrPubPageAnonymisation *self)
{
  g_return_val_if_fail (CR_IS_PUB_PAGE_ANONYMISATION (self), FALSE);

  return self->checking;
}

void
cr_pub_page_anonymisation_set_pdf (CrPubPageAnonymisation *self,
                                   GBytes                 *pdf,
                                   const char             *name)
{
  g_return_if_fail (CR_IS_PUB_PAGE_ANONYMISATION (self));

  g_clear_pointer (&self->pdf, g_bytes_unref);
  g_clear_pointer (&self->pdf_name, g_free);
  if (pdf != NULL)
    {
      self->pdf = g_bytes_ref (pdf);
      self->pdf_name = g_strdup (name != NULL ? name : _("PDF to be published"));
    }
  show_pdf (self);
  cr_pub_page_anonymisation_check (self);
}

/*
 * Actions
 */

static void
check_again_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  cr_pub_page_anonymisation_check (CR_PUB_PAGE_ANONYMISATION (widget));
}

static void
remove_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  cr_pub_page_anonymisation_set_pdf (CR_PUB_PAGE_ANONYMISATION (widget), NULL, NULL);
}

static void
on_pdf_loaded_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(CrPubPageAnonymisation) self = user_data;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  bytes = g_file_load_bytes_finish (G_FILE (source), result, NULL, &error);
  if (bytes == NULL)
    {
      g_autofree char *note = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      /* Translators: %s says why */
      note = g_strdup_printf (_("The PDF could not be read: %s"), error->message);
      cr_assistant_page_set_note (CR_ASSISTANT_PAGE (self), note, TRUE);
      return;
    }

  cr_assistant_page_set_note (CR_ASSISTANT_PAGE (self), NULL, FALSE);
  name = g_file_get_basename (G_FILE (source));
  cr_pub_page_anonymisation_set_pdf (self, bytes, name);
}

static void
clear_chooser (CrPubPageAnonymisation *self)
{
  if (self->chooser == NULL)
    return;
  g_signal_handlers_disconnect_by_data (self->chooser, self);
  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
}

static void
on_chooser_response_cb (GtkNativeDialog        *dialog,
                        int                     response,
                        CrPubPageAnonymisation *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  clear_chooser (self);

  if (file != NULL)
    g_file_load_bytes_async (file, self->cancellable, on_pdf_loaded_cb, g_object_ref (self));
}

static void
add_pdf_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CrPubPageAnonymisation *self = CR_PUB_PAGE_ANONYMISATION (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkRoot *root = gtk_widget_get_root (widget);

  clear_chooser (self);
  self->chooser = gtk_file_chooser_native_new (_("Add the PDF to Be Published"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Add"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* The Check page is where hits are replaced or dismissed: the assistant
 * says so ("open-check", which whoever opened it answers by showing the
 * report window's Check page) and closes: every completed step is
 * stored. */
static void
open_check_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CrPubContext *ctx = cr_pub_page_get_context (CR_PUB_PAGE (widget));
  g_autoptr(GtkWindow) assistant = NULL;

  if (ctx == NULL || ctx->assistant == NULL)
    return;

  assistant = g_object_ref (GTK_WINDOW (ctx->assistant));
  g_signal_emit_by_name (assistant, "open-check");
  gtk_window_close (assistant);
}

/*
 * CrPubPage
 */

static gboolean
cr_pub_page_anonymisation_check_page (CrPubPage  *page,
                                      GError    **error)
{
  CrPubPageAnonymisation *self = CR_PUB_PAGE_ANONYMISATION (page);
  CrPubContext *ctx = cr_pub_page_get_context (page);

  if (self->checking || (ctx->hits == NULL && ctx->check_error == NULL))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_PENDING,
                           _("The report is being checked."));
      return FALSE;
    }
  if (ctx->check_error != NULL)
    {
      /* Translators: %s says why */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The anonymisation check could not run: %s. Check again once it is put right."),
                   ctx->check_error->message);
      return FALSE;
    }

  return CR_PUB_PAGE_CLASS (cr_pub_page_anonymisation_parent_class)->check (page, error);
}

static void
cr_pub_page_anonymisation_load (CrPubPage *page)
{
  CrPubPageAnonymisation *self = CR_PUB_PAGE_ANONYMISATION (page);

  show_result (self);
}

static void
cr_pub_page_anonymisation_refresh (CrPubPage *page)
{
  show_result (CR_PUB_PAGE_ANONYMISATION (page));
}

static void
cr_pub_page_anonymisation_shown (CrAssistantPage *page)
{
  CrPubPageAnonymisation *self = CR_PUB_PAGE_ANONYMISATION (page);

  /* A pass found when the assistant opened counts from today. */
  record_pass (self);
}

/*
 * GObject overrides
 */

static void
cr_pub_page_anonymisation_dispose (GObject *object)
{
  CrPubPageAnonymisation *self = CR_PUB_PAGE_ANONYMISATION (object);

  g_cancellable_cancel (self->cancellable);
  clear_chooser (self);
  gtk_widget_dispose_template (GTK_WIDGET (object), CR_TYPE_PUB_PAGE_ANONYMISATION);

  G_OBJECT_CLASS (cr_pub_page_anonymisation_parent_class)->dispose (object);
}

static void
cr_pub_page_anonymisation_finalize (GObject *object)
{
  CrPubPageAnonymisation *self = CR_PUB_PAGE_ANONYMISATION (object);

  g_clear_pointer (&self->pdf, g_bytes_unref);
  g_clear_pointer (&self->pdf_name, g_free);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (cr_pub_page_anonymisation_parent_class)->finalize (object);
}

static void
cr_pub_page_anonymisation_class_init (CrPubPageAnonymisationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CrAssistantPageClass *page_class = CR_ASSISTANT_PAGE_CLASS (klass);
  CrPubPageClass *pub_page_class = CR_PUB_PAGE_CLASS (klass);

  object_class->dispose = cr_pub_page_anonymisation_dispose;
  object_class->finalize = cr_pub_page_anonymisation_finalize;
  page_class->shown = cr_pub_page_anonymisation_shown;
  pub_page_class->load = cr_pub_page_anonymisation_load;
  pub_page_class->refresh = cr_pub_page_anonymisation_refresh;
  pub_page_class->check = cr_pub_page_anonymisation_check_page;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-pub-page-anonymisation.ui");
  gtk_widget_class_bind_template_child (widget_class, CrPubPageAnonymisation, content);
  gtk_widget_class_bind_template_child (widget_class, CrPubPageAnonymisation, status_row);
  gtk_widget_class_bind_template_child (widget_class, CrPubPageAnonymisation, status_icon);
  gtk_widget_class_bind_template_child (widget_class, CrPubPageAnonymisation, spinner);
  gtk_widget_class_bind_template_child (widget_class, CrPubPageAnonymisation, hits_group);
  gtk_widget_class_bind_template_child (widget_class, CrPubPageAnonymisation, hits_list);
  gtk_widget_class_bind_template_child (widget_class, CrPubPageAnonymisation, pdf_row);
  gtk_widget_class_bind_template_child (widget_class, CrPubPageAnonymisation, remove_pdf_button);

  gtk_widget_class_install_action (widget_class, "pub.check-again", NULL, check_again_action);
  gtk_widget_class_install_action (widget_class, "pub.add-pdf", NULL, add_pdf_action);
  gtk_widget_class_install_action (widget_class, "pub.remove-pdf", NULL, remove_pdf_action);
  gtk_widget_class_install_action (widget_class, "pub.open-check", NULL, open_check_action);
}

static void
cr_pub_page_anonymisation_init (CrPubPageAnonymisation *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  cr_pub_page_setup (CR_PUB_PAGE (self), self->content);
  show_result (self);
  show_pdf (self);
}

CrAssistantPage *
cr_pub_page_anonymisation_new (void)
{
  return g_object_new (CR_TYPE_PUB_PAGE_ANONYMISATION,
                       "step", CR_PUBLICATION_STEP_ANONYMISATION,
                       NULL);
}
