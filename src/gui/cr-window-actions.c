/* cr-window-actions.c: the main window's actions and shortcuts */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrWindow"

#include "config.h"

#include "cr-window-private.h"

#include "cr-case-page.h"
#include "cr-new-case-dialog.h"
#include "cr-referral-launcher.h"

static gboolean
is_ready (CrWindow *self)
{
  return g_strcmp0 (self->state, "ready") == 0 && self->database != NULL;
}

static void
on_new_case_created_cb (CrWindow *self,
                        CrCase   *kase)
{
  g_return_if_fail (CR_IS_CASE (kase));

  _cr_window_store_case (self, kase);

  /* Select the new case when the filters let it show; open it either way. */
  cr_case_register_view_select_id (self->register_view, cr_case_get_id (kase));
  _cr_window_navigate_to_detail (self, kase);
}

static void
new_case_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CrWindow *self = CR_WINDOW (widget);
  CrNewCaseDialog *dialog;

  if (!is_ready (self) || cr_database_get_read_only (self->database))
    return;

  dialog = cr_new_case_dialog_new (GTK_WINDOW (self), self->database);
  g_signal_connect_object (dialog, "case-created",
                           G_CALLBACK (on_new_case_created_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_referral_finished_cb (CrWindow            *self,
                         CrReferralAssistant *assistant)
{
  CrCase *kase = cr_referral_assistant_get_case (assistant);

  if (kase != NULL)
    on_new_case_created_cb (self, kase);
}

static void
on_referral_started_cb (GObject             *owner,
                        CrReferralAssistant *assistant)
{
  g_signal_connect_object (assistant, "finished",
                           G_CALLBACK (on_referral_finished_cb), owner, G_CONNECT_SWAPPED);
}

/* The referral assistant, offering to resume an unfinished referral. */
static void
new_referral_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CrWindow *self = CR_WINDOW (widget);

  if (!is_ready (self) || cr_database_get_read_only (self->database))
    return;

  cr_referral_launch (GTK_WINDOW (self), self->database, G_OBJECT (self), on_referral_started_cb);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CrWindow *self = CR_WINDOW (widget);

  if (!is_ready (self))
    return;

  adw_view_stack_set_visible_child_name (self->view_stack, "cases");
  if (cr_case_register_get_n_cases (self->reg) == 0)
    return;

  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child_name (self->leaflet, "register");
  cr_case_register_view_focus_search (self->register_view);
}

static void
show_cases_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CrWindow *self = CR_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "cases");
}

static void
show_agencies_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CrWindow *self = CR_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "agencies");
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CrWindow *self = CR_WINDOW (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "register");
  gtk_widget_grab_focus (GTK_WIDGET (self->register_view));
}

/*
 * GTK 4.8's AT-SPI root answers GetChildAtIndex on the application with
 * the last entry of gtk_window_get_toplevels() when the index is past the
 * visible windows, and crashes when that window has no accessible object
 * (never shown, or hidden). Screen readers ask for such an index whenever
 * a window closes while they walk the tree. GtkApplication would keep the
 * shortcuts window from gtk/help-overlay.ui as such a hidden toplevel for
 * the life of the main window, so it is built on demand here and destroyed
 * when closed, as every other dialog of the app is: with no hidden
 * toplevel left, that last entry is a shown window.
 */
static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  g_autoptr(GtkBuilder) builder = NULL;
  GtkWindow *overlay;

  builder = gtk_builder_new_from_resource ("/org/casereviews/CaseReviews/ui/cr-shortcuts-window.ui");
  overlay = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
  gtk_window_set_transient_for (overlay, GTK_WINDOW (widget));
  gtk_window_present (overlay);
}

/* The practice review workspace of the case shown (Ctrl+Shift+R). */
static void
open_review_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CrWindow *self = CR_WINDOW (widget);

  if (!is_ready (self) || self->shown_case == NULL)
    return;

  cr_case_page_open_review (CR_CASE_PAGE (self->case_page));
}

/* The report of the case shown (Ctrl+Shift+E). */
static void
open_report_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CrWindow *self = CR_WINDOW (widget);

  if (!is_ready (self) || self->shown_case == NULL)
    return;

  cr_case_page_open_report (CR_CASE_PAGE (self->case_page));
}

static void
retry_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  _cr_window_retry (CR_WINDOW (widget));
}

void
_cr_window_update_actions (CrWindow *self)
{
  gboolean ready = is_ready (self);
  gboolean writable = ready && !cr_database_get_read_only (self->database);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-case", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-referral", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-review", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-report", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-cases", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-agencies", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.retry",
                                 g_strcmp0 (self->state, "error") == 0);
}

void
_cr_window_class_actions_init (CrWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.new-case", NULL, new_case_action);
  gtk_widget_class_install_action (widget_class, "win.new-referral", NULL, new_referral_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.show-cases", NULL, show_cases_action);
  gtk_widget_class_install_action (widget_class, "win.show-agencies", NULL, show_agencies_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.retry", NULL, retry_action);
  gtk_widget_class_install_action (widget_class, "win.open-review", NULL, open_review_action);
  gtk_widget_class_install_action (widget_class, "win.open-report", NULL, open_report_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL,
                                   show_help_overlay_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-referral", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.new-case", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.open-review", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.open-report", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "win.show-cases", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK, "win.show-agencies", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question, GDK_CONTROL_MASK,
                                       "win.show-help-overlay", NULL);
}
