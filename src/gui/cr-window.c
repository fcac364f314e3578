/* cr-window.c: the main window (register, case detail, agencies) */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrWindow"

#include "config.h"

#include "cr-window.h"
#include "cr-window-private.h"

#include "cr-agencies-page.h"
#include "cr-case-page.h"
#include "cr-case-register-view.h"
#include "cr-demo-data.h"

#include <glib/gi18n.h>

G_DEFINE_FINAL_TYPE (CrWindow, cr_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_REGISTER,
  PROP_STATE,
  PROP_PATH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];


/*
 * Helpers
 */

static void
update_switcher_bar (CrWindow *self)
{
  gboolean ready = g_strcmp0 (self->state, "ready") == 0;

  /* Notifications can arrive while the template is still being built. */
  if (self->switcher_bar == NULL || self->switcher_title == NULL)
    return;

  adw_view_switcher_bar_set_reveal (self->switcher_bar,
                                    ready && adw_view_switcher_title_get_title_visible (self->switcher_title));
}

static void
set_state (CrWindow   *self,
           const char *state)
{
  gboolean ready = g_str_equal (state, "ready");

  if (g_strcmp0 (self->state, state) == 0)
    return;

  self->state = state;
  gtk_stack_set_visible_child_name (self->state_stack, state);
  gtk_spinner_set_spinning (self->loading_spinner, g_str_equal (state, "loading"));
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, ready);
  update_switcher_bar (self);
  _cr_window_update_actions (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
show_error (CrWindow     *self,
            const GError *error)
{
  g_autofree char *message = g_markup_escape_text (error->message, -1);
  g_autofree char *path = g_markup_escape_text (self->path ? self->path : "", -1);
  g_autofree char *description = NULL;

  g_debug ("Could not open %s: %s", self->path, error->message);

  /* Translators: first %s is the storage error, second the database file path */
  description = g_strdup_printf (_("%s\n\n<small>Database file: %s</small>"), message, path);
  adw_status_page_set_description (self->error_page, description);
  set_state (self, "error");
}

static void
update_cases_stack (CrWindow *self)
{
  gboolean empty = cr_case_register_get_n_cases (self->reg) == 0;

  gtk_stack_set_visible_child_name (self->cases_stack, empty ? "empty" : "register");
}

static void
update_detail_title (CrWindow *self,
                     CrCase   *kase)
{
  g_autofree char *title = NULL;

  if (kase != NULL)
    /* Translators: the detail pane's title: case reference, then its pseudonym */
    title = g_strdup_printf (_("%s — %s"),
                             cr_case_get_reference (kase) ? cr_case_get_reference (kase) : "",
                             cr_case_get_pseudonym (kase) ? cr_case_get_pseudonym (kase) : "");

  gtk_label_set_label (self->detail_title, title ? title : "");
  gtk_widget_set_visible (self->detail_header, kase != NULL);
}

static void
show_detail (CrWindow *self,
             CrCase   *kase)
{
  if (kase == NULL)
    {
      g_clear_object (&self->shown_case);
      g_object_set (self->case_page, "case", NULL, NULL);
      gtk_stack_set_visible_child_name (self->detail_stack, "none");
      update_detail_title (self, NULL);
      return;
    }

  update_detail_title (self, kase);

  /* The same case in a newer copy (after an edit): the case page already
   * has it, and resetting it would lose the user's place. */
  if (self->shown_case != NULL && cr_case_get_id (self->shown_case) == cr_case_get_id (kase))
    {
      g_set_object (&self->shown_case, kase);
      return;
    }

  g_set_object (&self->shown_case, kase);
  g_object_set (self->case_page, "case", kase, NULL);
  gtk_stack_set_visible_child_name (self->detail_stack, "case");
}

/* Upserts @kase into the register and keeps it selected. */
static void
store_case (CrWindow *self,
            CrCase   *kase)
{
  gint64 id = cr_case_get_id (kase);
  gboolean was_selected;
  CrCase *selected;

  selected = cr_case_register_view_get_selected_case (self->register_view);
  was_selected = selected != NULL && cr_case_get_id (selected) == id;

  self->storing_case = TRUE;
  cr_case_register_upsert (self->reg, kase);
  if (was_selected)
    cr_case_register_view_select_id (self->register_view, id);
  self->storing_case = FALSE;

  update_cases_stack (self);

  if (self->shown_case != NULL && cr_case_get_id (self->shown_case) == id)
    show_detail (self, kase);
}


/*
 * Loading
 */

static void
on_list_cases_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data);

static void
list_cases (CrWindow *self)
{
  cr_database_list_cases_async (self->database, self->cancellable,
                                on_list_cases_cb, g_object_ref (self));
}

static void
on_demo_data_written_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(CrWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (CR_DATABASE (source) != self->database)
    return;

  if (!cr_demo_data_write_finish (CR_DATABASE (source), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error);
      return;
    }

  self->demo = FALSE;
  list_cases (self);
}

static void
on_list_cases_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(CrWindow) self = user_data;
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;

  /* A result for a database this window has since let go of. */
  if (CR_DATABASE (source) != self->database)
    return;

  cases = cr_database_list_cases_finish (CR_DATABASE (source), result, &error);
  if (cases == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error);
      return;
    }

  if (self->demo && cases->len == 0 && !cr_database_get_read_only (self->database))
    {
      cr_demo_data_write_async (self->database, self->cancellable,
                                on_demo_data_written_cb, g_object_ref (self));
      return;
    }

  start = g_get_monotonic_time ();
  cr_case_register_set_cases (self->reg, cases);
  g_debug ("Register of %u cases filled in %.1f ms",
           cases->len, (g_get_monotonic_time () - start) / 1000.0);
  show_detail (self, NULL);
  update_cases_stack (self);

  g_object_set (self->case_page, "database", self->database, NULL);
  g_object_set (self->agencies_page, "database", self->database, NULL);

  set_state (self, "ready");

  /* Start where the work is: the register, or the way to fill it. */
  if (cr_case_register_get_n_cases (self->reg) > 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->register_view));
  else if (gtk_widget_get_sensitive (self->empty_new_case_button))
    gtk_widget_grab_focus (self->empty_new_case_button);
}

static void
on_open_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(CrWindow) self = user_data;
  g_autoptr(CrDatabase) db = g_object_ref (CR_DATABASE (source));
  g_autoptr(GError) error = NULL;
  gboolean current = db == self->opening;

  if (current)
    g_clear_object (&self->opening);

  if (!cr_database_open_finish (db, result, &error))
    {
      cr_database_close (db);
      if (current && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error);
      return;
    }

  /* Another database was asked for, or the window closed, meanwhile. */
  if (!current || g_cancellable_is_cancelled (self->cancellable))
    {
      cr_database_close (db);
      return;
    }

  g_debug ("Opened %s; loading the register", self->path);
  g_set_object (&self->database, db);
  gtk_info_bar_set_revealed (self->read_only_bar, cr_database_get_read_only (db));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);

  list_cases (self);
}

static void
close_database (CrWindow *self)
{
  g_autoptr(CrDatabase) db = g_steal_pointer (&self->database);

  if (db == NULL)
    return;

  if (self->case_page != NULL)
    {
      show_detail (self, NULL);
      g_object_set (self->case_page, "database", NULL, NULL);
      g_object_set (self->agencies_page, "database", NULL, NULL);
    }

  cr_database_close (db);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}


/*
 * Callbacks
 */

static void
on_switcher_title_visible_cb (CrWindow *self)
{
  update_switcher_bar (self);
}

static void
on_leaflet_folded_cb (CrWindow *self)
{
  /* Unfolding shows both panes; folding again starts from the register
   * unless a case is open. */
  if (self->leaflet != NULL && adw_leaflet_get_folded (self->leaflet) && self->shown_case == NULL)
    adw_leaflet_set_visible_child_name (self->leaflet, "register");
}

static void
on_register_view_selected_case_cb (CrWindow *self)
{
  CrCase *kase;

  if (self->storing_case || self->register_view == NULL)
    return;

  kase = cr_case_register_view_get_selected_case (self->register_view);
  show_detail (self, kase);
}

static void
on_register_view_case_activated_cb (CrWindow *self,
                                    CrCase   *kase)
{
  show_detail (self, kase);
  adw_leaflet_set_visible_child_name (self->leaflet, "detail");
}

static void
on_case_page_case_changed_cb (CrWindow *self,
                              CrCase   *updated)
{
  g_return_if_fail (CR_IS_CASE (updated));

  store_case (self, updated);
}

static void
on_register_n_cases_cb (CrWindow *self)
{
  update_cases_stack (self);
}

static gboolean
cr_window_close_request (GtkWindow *window)
{
  CrWindow *self = CR_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  if (!gtk_window_is_maximized (window) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));

  g_cancellable_cancel (self->cancellable);
  close_database (self);

  return GTK_WINDOW_CLASS (cr_window_parent_class)->close_request (window);
}


/*
 * GObject overrides
 */

static void
cr_window_dispose (GObject *object)
{
  CrWindow *self = CR_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  close_database (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_WINDOW);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->opening);
  g_clear_object (&self->shown_case);
  g_clear_object (&self->reg);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (cr_window_parent_class)->dispose (object);
}

static void
cr_window_finalize (GObject *object)
{
  CrWindow *self = CR_WINDOW (object);

  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (cr_window_parent_class)->finalize (object);
}

static void
cr_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CrWindow *self = CR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    case PROP_REGISTER:
      g_value_set_object (value, self->reg);
      break;

    case PROP_STATE:
      g_value_set_string (value, self->state);
      break;

    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_window_class_init (CrWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = cr_window_dispose;
  object_class->finalize = cr_window_finalize;
  object_class->get_property = cr_window_get_property;

  window_class->close_request = cr_window_close_request;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         CR_TYPE_DATABASE,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_REGISTER] =
    g_param_spec_object ("register", NULL, NULL,
                         CR_TYPE_CASE_REGISTER,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_STATE] =
    g_param_spec_string ("state", NULL, NULL,
                         "loading",
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CrWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CrWindow, new_case_button);
  gtk_widget_class_bind_template_child (widget_class, CrWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, CrWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, CrWindow, read_only_bar);
  gtk_widget_class_bind_template_child (widget_class, CrWindow, state_stack);
  gtk_widget_class_bind_template_child (widget_class, CrWindow, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, CrWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, CrWindow, retry_button);
  gtk_widget_class_bind_template_child (widget_class, CrWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, CrWindow, cases_stack);
  gtk_widget_class_bind_template_child (widget_class, CrWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, CrWindow, empty_new_case_button);
  gtk_widget_class_bind_template_child (widget_class, CrWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, CrWindow, register_view);
  gtk_widget_class_bind_template_child (widget_class, CrWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, CrWindow, detail_header);
  gtk_widget_class_bind_template_child (widget_class, CrWindow, detail_title);
  gtk_widget_class_bind_template_child (widget_class, CrWindow, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, CrWindow, case_page);
  gtk_widget_class_bind_template_child (widget_class, CrWindow, agencies_page);

  gtk_widget_class_bind_template_callback (widget_class, on_switcher_title_visible_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_folded_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_register_view_selected_case_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_register_view_case_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_case_page_case_changed_cb);

  _cr_window_class_actions_init (klass);

  g_type_ensure (CR_TYPE_AGENCIES_PAGE);
  g_type_ensure (CR_TYPE_CASE_PAGE);
  g_type_ensure (CR_TYPE_CASE_REGISTER_VIEW);
}

static void
cr_window_init (CrWindow *self)
{
  int width, height;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->state = "loading";
  self->cancellable = g_cancellable_new ();
  self->reg = cr_case_register_new ();
  cr_case_register_view_set_register (self->register_view, self->reg);
  g_signal_connect_object (self->reg, "notify::n-cases",
                           G_CALLBACK (on_register_n_cases_cb), self, G_CONNECT_SWAPPED);

  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, FALSE);
  gtk_spinner_set_spinning (self->loading_spinner, TRUE);

  self->settings = g_settings_new (CR_SETTINGS_SCHEMA);
  g_settings_bind (self->settings, "partnership-name",
                   self->switcher_title, "subtitle",
                   G_SETTINGS_BIND_GET);

  width = g_settings_get_int (self->settings, "window-width");
  height = g_settings_get_int (self->settings, "window-height");
  gtk_window_set_default_size (GTK_WINDOW (self), MAX (width, 360), MAX (height, 320));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  _cr_window_update_actions (self);
}


/*
 * Private API
 */

void
_cr_window_navigate_to_detail (CrWindow *self,
                               CrCase   *kase)
{
  show_detail (self, kase);
  adw_view_stack_set_visible_child_name (self->view_stack, "cases");
  adw_leaflet_set_visible_child_name (self->leaflet, "detail");
}

void
_cr_window_store_case (CrWindow *self,
                       CrCase   *kase)
{
  store_case (self, kase);
}

void
_cr_window_retry (CrWindow *self)
{
  if (self->path != NULL)
    cr_window_open (self, self->path, self->demo);
}


/*
 * Public API
 */

CrWindow *
cr_window_new (GtkApplication *application)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);

  return g_object_new (CR_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

void
cr_window_open (CrWindow   *self,
                const char *path,
                gboolean    demo)
{
  g_autoptr(CrDatabase) db = NULL;
  g_autofree char *new_path = NULL;

  g_return_if_fail (CR_IS_WINDOW (self));
  g_return_if_fail (path != NULL);

  /* Stop whatever the previous database was doing, then start again. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  close_database (self);
  gtk_info_bar_set_revealed (self->read_only_bar, FALSE);

  new_path = g_strdup (path);
  g_free (self->path);
  self->path = g_steal_pointer (&new_path);
  self->demo = demo;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATH]);

  set_state (self, "loading");
  g_debug ("Opening %s", self->path);

  db = cr_database_new (self->path);
  g_set_object (&self->opening, db);
  cr_database_open_async (db, self->cancellable, on_open_cb, g_object_ref (self));
}

const char *
cr_window_get_path (CrWindow *self)
{
  g_return_val_if_fail (CR_IS_WINDOW (self), NULL);

  return self->path;
}

CrDatabase *
cr_window_get_database (CrWindow *self)
{
  g_return_val_if_fail (CR_IS_WINDOW (self), NULL);

  return self->database;
}

CrCaseRegister *
cr_window_get_register (CrWindow *self)
{
  g_return_val_if_fail (CR_IS_WINDOW (self), NULL);

  return self->reg;
}

const char *
cr_window_get_state (CrWindow *self)
{
  g_return_val_if_fail (CR_IS_WINDOW (self), NULL);

  return self->state;
}

void
cr_window_show_case (CrWindow *self,
                     CrCase   *kase)
{
  g_return_if_fail (CR_IS_WINDOW (self));
  g_return_if_fail (kase == NULL || CR_IS_CASE (kase));

  if (kase != NULL)
    cr_case_register_view_select_id (self->register_view, cr_case_get_id (kase));
  show_detail (self, kase);
}

void
cr_window_add_toast (CrWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (CR_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
