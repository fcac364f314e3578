/* cr-report-versions-window.c: the saved versions of a case's report
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrReportVersionsWindow"

#include "config.h"

#include "cr-report-versions-window.h"

#include "cr-database-report.h"
#include "cr-edit-utils.h"
#include "cr-report-compare-window.h"

#include <glib/gi18n.h>

struct _CrReportVersionsWindow
{
  AdwWindow        parent_instance;

  /* Template widgets */
  AdwWindowTitle  *window_title;
  AdwToastOverlay *toast_overlay;
  GtkStack        *stack;
  GtkListBox      *version_list;
  GtkWidget       *compare_previous_button;
  GtkWidget       *compare_current_button;
  GtkWidget       *go_back_button;

  /* Owned references */
  CrDatabase      *db;
  CrCase          *kase;
  GPtrArray       *versions;     /* CrReportVersion, newest first, no content */
  GCancellable    *cancellable;
  guint            busy;
};

G_DEFINE_FINAL_TYPE (CrReportVersionsWindow, cr_report_versions_window, ADW_TYPE_WINDOW)

enum {
  RESTORED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* A comparison being gathered: two sides, each a version to load or the
 * text as stored now. */
typedef struct
{
  CrReportVersionsWindow *self;
  CrReportVersion        *old_version;
  CrReportVersion        *new_version;   /* NULL: the current text */
  GPtrArray              *current;       /* markups, when new_version is NULL */
  guint                   pending;
  gboolean                failed;
} CompareOp;

static void
compare_op_free (CompareOp *op)
{
  g_object_unref (op->self);
  g_clear_object (&op->old_version);
  g_clear_object (&op->new_version);
  g_clear_pointer (&op->current, g_ptr_array_unref);
  g_free (op);
}

/*
 * The list
 */

static char *
format_saved_at (const char *saved_at)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (saved_at == NULL)
    return g_strdup ("");
  utc = g_date_time_new_from_iso8601 (saved_at, NULL);
  if (utc == NULL)
    return g_strdup (saved_at);
  local = g_date_time_to_local (utc);
  /* Translators: when a version was saved: "3 March 2027, 14:05"
   * (strftime format). */
  return g_date_time_format (local, _("%-d %B %Y, %H:%M"));
}

static GtkWidget *
make_version_row (CrReportVersion *version)
{
  g_autofree char *title = NULL;
  g_autofree char *when = format_saved_at (cr_report_version_get_saved_at (version));
  g_autofree char *words = NULL;
  g_autofree char *subtitle = NULL;
  const char *who = cr_report_version_get_saved_by (version);
  guint n_words = cr_report_version_get_n_words (version);
  GtkWidget *row;

  /* Translators: a version in the list: its number and its label. */
  title = g_strdup_printf (_("Version %u · %s"), cr_report_version_get_number (version),
                           cr_report_version_get_label (version) != NULL ? cr_report_version_get_label (version) : "");
  words = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u word", "%u words", n_words), n_words);
  /* Translators: who saved a version, when, and its length. */
  subtitle = g_strdup_printf (_("%s · %s · %s"), who != NULL ? who : "", when, words);

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  g_object_set_data_full (G_OBJECT (row), "cr-version", g_object_ref (version), g_object_unref);
  return row;
}

static int
selected_index (CrReportVersionsWindow *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->version_list);

  return row != NULL ? gtk_list_box_row_get_index (row) : -1;
}

static void
update_buttons (CrReportVersionsWindow *self)
{
  int index = selected_index (self);
  gboolean idle = self->busy == 0;
  gboolean writable = cr_database_is_writable (self->db);

  gtk_widget_set_sensitive (self->compare_previous_button,
                            idle && index >= 0 && self->versions != NULL &&
                            (guint) index + 1 < self->versions->len);
  gtk_widget_set_sensitive (self->compare_current_button, idle && index >= 0);
  gtk_widget_set_sensitive (self->go_back_button, idle && index >= 0 && writable);
}

static void
on_version_selected_cb (CrReportVersionsWindow *self)
{
  update_buttons (self);
}

static void
on_versions_listed_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(CrReportVersionsWindow) self = user_data;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  versions = cr_database_list_report_versions_finish (CR_DATABASE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (versions == NULL)
    {
      adw_status_page_set_title (ADW_STATUS_PAGE (gtk_stack_get_child_by_name (self->stack, "empty")),
                                 _("The Versions Could Not Be Read"));
      adw_status_page_set_description (ADW_STATUS_PAGE (gtk_stack_get_child_by_name (self->stack, "empty")),
                                       error->message);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->version_list))) != NULL)
    gtk_list_box_remove (self->version_list, child);

  g_clear_pointer (&self->versions, g_ptr_array_unref);
  self->versions = g_ptr_array_ref (versions);
  for (guint i = 0; i < versions->len; i++)
    gtk_list_box_append (self->version_list, make_version_row (g_ptr_array_index (versions, i)));

  gtk_stack_set_visible_child_name (self->stack, versions->len > 0 ? "list" : "empty");
  if (versions->len > 0)
    gtk_list_box_select_row (self->version_list, gtk_list_box_get_row_at_index (self->version_list, 0));
  update_buttons (self);
}

static void
list_versions (CrReportVersionsWindow *self)
{
  cr_database_list_report_versions_async (self->db, cr_case_get_id (self->kase), self->cancellable,
                                          on_versions_listed_cb, g_object_ref (self));
}

static void
show_error (CrReportVersionsWindow *self,
            const char             *what,
            const GError           *error)
{
  g_autofree char *title = NULL;
  g_autofree char *markup = NULL;
  AdwToast *toast;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  title = g_strdup_printf (_("%s: %s"), what, error->message);
  markup = g_markup_escape_text (title, -1);
  toast = adw_toast_new (markup);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/*
 * Comparing
 */

static char *
version_name (CrReportVersion *version)
{
  /* Translators: one side of a comparison. */
  return g_strdup_printf (_("Version %u"), cr_report_version_get_number (version));
}

static void
compare_op_done (CompareOp *op)
{
  CrReportVersionsWindow *self = op->self;
  const char *old_markups[CR_REPORT_N_SECTIONS];
  const char *new_markups[CR_REPORT_N_SECTIONS];
  g_autofree char *old_name = NULL;
  g_autofree char *new_name = NULL;
  CrReportCompareWindow *window;

  for (guint s = 0; s < CR_REPORT_N_SECTIONS; s++)
    {
      old_markups[s] = cr_report_version_get_markup (op->old_version, s);
      if (op->new_version != NULL)
        new_markups[s] = cr_report_version_get_markup (op->new_version, s);
      else
        new_markups[s] = g_ptr_array_index (op->current, s);
    }

  old_name = version_name (op->old_version);
  new_name = op->new_version != NULL ? version_name (op->new_version) : g_strdup (_("Current Text"));
  window = cr_report_compare_window_new (GTK_WINDOW (self), old_name, old_markups, new_name, new_markups);
  gtk_window_present (GTK_WINDOW (window));
}

static void
compare_part_done (CompareOp    *op,
                   const GError *error)
{
  CrReportVersionsWindow *self = op->self;

  if (error != NULL && !op->failed)
    {
      op->failed = TRUE;
      show_error (self, _("Could not compare the versions"), error);
    }

  if (--op->pending > 0)
    return;

  self->busy--;
  update_buttons (self);
  if (!op->failed)
    compare_op_done (op);
  compare_op_free (op);
}

static void
on_old_version_loaded_cb (GObject      *source,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  CompareOp *op = user_data;
  g_autoptr(GError) error = NULL;

  op->old_version = cr_database_load_report_version_finish (CR_DATABASE (source), result, &error);
  compare_part_done (op, error);
}

static void
on_new_version_loaded_cb (GObject      *source,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  CompareOp *op = user_data;
  g_autoptr(GError) error = NULL;

  op->new_version = cr_database_load_report_version_finish (CR_DATABASE (source), result, &error);
  compare_part_done (op, error);
}

static void
on_current_loaded_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  CompareOp *op = user_data;
  g_autoptr(GError) error = NULL;

  op->current = cr_database_load_report_sections_finish (CR_DATABASE (source), result, &error);
  compare_part_done (op, error);
}

static void
compare (CrReportVersionsWindow *self,
         gboolean                with_previous)
{
  int index = selected_index (self);
  CrReportVersion *selected;
  CompareOp *op;

  if (index < 0 || self->versions == NULL)
    return;
  if (with_previous && (guint) index + 1 >= self->versions->len)
    return;

  selected = g_ptr_array_index (self->versions, index);
  op = g_new0 (CompareOp, 1);
  op->self = g_object_ref (self);
  op->pending = 2;
  self->busy++;
  update_buttons (self);

  if (with_previous)
    {
      CrReportVersion *previous = g_ptr_array_index (self->versions, index + 1);

      cr_database_load_report_version_async (self->db, cr_report_version_get_id (previous),
                                             self->cancellable, on_old_version_loaded_cb, op);
      cr_database_load_report_version_async (self->db, cr_report_version_get_id (selected),
                                             self->cancellable, on_new_version_loaded_cb, op);
    }
  else
    {
      cr_database_load_report_version_async (self->db, cr_report_version_get_id (selected),
                                             self->cancellable, on_old_version_loaded_cb, op);
      cr_database_load_report_sections_async (self->db, cr_case_get_id (self->kase),
                                              self->cancellable, on_current_loaded_cb, op);
    }
}

static void
on_compare_previous_clicked_cb (CrReportVersionsWindow *self)
{
  compare (self, TRUE);
}

static void
on_compare_current_clicked_cb (CrReportVersionsWindow *self)
{
  compare (self, FALSE);
}

/*
 * Going back
 */

typedef struct
{
  CrReportVersionsWindow *self;
  guint                   number;
} RestoreOp;

static void
on_restored_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  RestoreOp *op = user_data;
  g_autoptr(CrReportVersionsWindow) self = op->self;
  g_autoptr(CrReportVersion) saved = NULL;
  g_autoptr(GError) error = NULL;
  guint number = op->number;

  g_free (op);
  self->busy--;
  update_buttons (self);

  saved = cr_database_restore_report_version_finish (CR_DATABASE (source), result, &error);
  if (saved == NULL)
    {
      show_error (self, _("Could not go back to the version"), error);
      return;
    }

  g_signal_emit (self, signals[RESTORED], 0, number, cr_report_version_get_number (saved));
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_go_back_response_cb (AdwMessageDialog       *dialog,
                        const char             *response,
                        CrReportVersionsWindow *self)
{
  CrReportVersion *version = g_object_get_data (G_OBJECT (dialog), "cr-version");
  RestoreOp *op;

  if (g_strcmp0 (response, "go-back") != 0 || version == NULL)
    return;

  op = g_new0 (RestoreOp, 1);
  op->self = g_object_ref (self);
  op->number = cr_report_version_get_number (version);
  self->busy++;
  update_buttons (self);
  /* Not cancelled by closing the window: it is one transaction. */
  cr_database_restore_report_version_async (self->db, cr_case_get_id (self->kase),
                                            cr_report_version_get_id (version), NULL,
                                            on_restored_cb, op);
}

static void
on_go_back_clicked_cb (CrReportVersionsWindow *self)
{
  int index = selected_index (self);
  CrReportVersion *version;
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (index < 0 || self->versions == NULL)
    return;

  version = g_ptr_array_index (self->versions, index);
  /* Translators: %u is a version's number. */
  heading = g_strdup_printf (_("Go Back to Version %u?"), cr_report_version_get_number (version));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _("The text as it is now is saved as a new version first, so you can come back to it."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("Cancel"),
                                    "go-back", _("Go Back"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "go-back",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "cr-version", g_object_ref (version), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_go_back_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/*
 * GObject overrides
 */

static void
cr_report_versions_window_dispose (GObject *object)
{
  CrReportVersionsWindow *self = CR_REPORT_VERSIONS_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  /* The rows going with the list change its selection: nothing to show. */
  if (self->version_list != NULL)
    g_signal_handlers_disconnect_by_data (self->version_list, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_REPORT_VERSIONS_WINDOW);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->versions, g_ptr_array_unref);
  g_clear_object (&self->kase);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cr_report_versions_window_parent_class)->dispose (object);
}

static void
cr_report_versions_window_class_init (CrReportVersionsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cr_report_versions_window_dispose;

  /**
   * CrReportVersionsWindow::restored:
   * @restored_number: the version gone back to
   * @saved_number: the version the text from before was saved as
   */
  signals[RESTORED] = g_signal_new ("restored",
                                    G_TYPE_FROM_CLASS (klass),
                                    G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-report-versions-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CrReportVersionsWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, CrReportVersionsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CrReportVersionsWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, CrReportVersionsWindow, version_list);
  gtk_widget_class_bind_template_child (widget_class, CrReportVersionsWindow, compare_previous_button);
  gtk_widget_class_bind_template_child (widget_class, CrReportVersionsWindow, compare_current_button);
  gtk_widget_class_bind_template_child (widget_class, CrReportVersionsWindow, go_back_button);
  gtk_widget_class_bind_template_callback (widget_class, on_version_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_compare_previous_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_compare_current_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_go_back_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
cr_report_versions_window_init (CrReportVersionsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  gtk_stack_set_visible_child_name (self->stack, "loading");
  update_buttons (self);
}

/*
 * Public API
 */

CrReportVersionsWindow *
cr_report_versions_window_new (GtkWindow  *parent,
                               CrDatabase *database,
                               CrCase     *kase)
{
  CrReportVersionsWindow *self;
  g_autofree char *subtitle = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CR_IS_DATABASE (database), NULL);
  g_return_val_if_fail (CR_IS_CASE (kase), NULL);

  self = g_object_new (CR_TYPE_REPORT_VERSIONS_WINDOW,
                       "transient-for", parent,
                       NULL);
  self->db = g_object_ref (database);
  self->kase = cr_case_copy (kase);

  /* Translators: the versions window's subtitle: the case reference. */
  subtitle = g_strdup_printf (_("Report of %s"), cr_case_get_reference (kase) != NULL ? cr_case_get_reference (kase) : "");
  adw_window_title_set_subtitle (self->window_title, subtitle);

  update_buttons (self);
  list_versions (self);
  return self;
}
