/* cr-window.c: the main window (register, case detail, agencies) */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrWindow"

#include "config.h"

#include "cr-window.h"

#include "cr-assistant.h"
#include "cr-window-private.h"

#include "cr-agencies-page.h"
#include "cr-case-page.h"
#include "cr-case-register-view.h"

#include <glib/gi18n.h>

G_DEFINE_FINAL_TYPE (CrWindow, cr_window, ADW_TYPE_APPLICATION_WINDOW)

static GParamSpec *properties[N_PROPS];


/*
 * Helpers
 */

void
_cr_window_update_cases_stack (CrWindow *self)
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

void
_cr_window_show_detail (CrWindow *self,
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

  _cr_window_update_cases_stack (self);

  if (self->shown_case != NULL && cr_case_get_id (self->shown_case) == id)
    _cr_window_show_detail (self, kase);
}


/*
 * Callbacks
 */

static void
on_switcher_title_visible_cb (CrWindow *self)
{
  _cr_window_update_switcher_bar (self);
}

static void
on_view_stack_visible_child_cb (CrWindow *self)
{
  /* Case edits change the agencies' case counts: show them fresh. */
  if (self->view_stack != NULL && self->database != NULL &&
      g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "agencies") == 0)
    cr_agencies_page_reload (CR_AGENCIES_PAGE (self->agencies_page));
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
  _cr_window_show_detail (self, kase);
}

static void
on_register_view_case_activated_cb (CrWindow *self,
                                    CrCase   *kase)
{
  _cr_window_show_detail (self, kase);
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
  _cr_window_update_cases_stack (self);
}

/* Closes the assistants open over this window before its database closes,
 * so that each saves its draft (queued ahead of the close, and so
 * committed) rather than losing what was typed since the last save. */
static void
close_assistants (CrWindow *self)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    {
      GtkWindow *other = l->data;

      if (CR_IS_ASSISTANT (other) &&
          gtk_window_get_transient_for (other) == GTK_WINDOW (self))
        gtk_window_close (other);
    }
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

  close_assistants (self);
  g_cancellable_cancel (self->cancellable);
  _cr_window_close_database (self);

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
  _cr_window_close_database (self);

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
  gtk_widget_class_bind_template_callback (widget_class, on_view_stack_visible_child_cb);
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
_cr_window_notify (CrWindow     *self,
                   CrWindowProp  prop)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

void
_cr_window_navigate_to_detail (CrWindow *self,
                               CrCase   *kase)
{
  _cr_window_show_detail (self, kase);
  adw_view_stack_set_visible_child_name (self->view_stack, "cases");
  adw_leaflet_set_visible_child_name (self->leaflet, "detail");
}

void
_cr_window_store_case (CrWindow *self,
                       CrCase   *kase)
{
  store_case (self, kase);
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
  _cr_window_show_detail (self, kase);
}

void
cr_window_add_toast (CrWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (CR_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
cr_window_update_case (CrWindow *self,
                       CrCase   *kase)
{
  g_return_if_fail (CR_IS_WINDOW (self));
  g_return_if_fail (CR_IS_CASE (kase));

  store_case (self, kase);

  /* Moved on in another window (paused, published): unlike an edit made
   * on the case page, the page does not have this copy yet. It keeps what
   * is being typed. */
  if (self->shown_case != NULL && cr_case_get_id (self->shown_case) == cr_case_get_id (kase))
    g_object_set (self->case_page, "case", kase, NULL);
}
