/* cr-pdf-viewer.c: a PDF with its thumbnails, search and states */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrPdfViewer"

#include "config.h"

#include "cr-pdf-viewer.h"
#include "cr-pdf-viewer-private.h"

#include "cr-pdf-thumbnails.h"
#include "cr-pdf-view.h"
#include "cr-pdf-viewer-controls.h"

#include <glib/gi18n.h>

struct _CrPdfViewer
{
  AdwBin              parent_instance;

  /* Template widgets */
  GtkStack           *stack;
  AdwStatusPage      *password_page;
  AdwPasswordEntryRow *password_row;
  GtkWidget          *password_error;
  GtkWidget          *unlock_button;
  AdwStatusPage      *error_page;
  GtkSearchBar       *search_bar;
  GtkSearchEntry     *search_entry;
  GtkLabel           *matches_label;
  GtkRevealer        *sidebar_revealer;
  CrPdfThumbnails    *thumbnails;
  CrPdfView          *view;

  /* Owned references */
  GtkWidget          *controls;
  CrPdfDocument      *document;
  GBytes             *bytes;
  GFile              *file;
  char               *name;
  char               *title;
  GCancellable       *load_cancellable;
  GCancellable       *find_cancellable;
  char               *find_text;     /* what the matches are for */
  GArray             *matches;       /* CrPdfMatch */
  int                 current_match;

  const char         *state;
  guint               searching : 1;
};

G_DEFINE_FINAL_TYPE (CrPdfViewer, cr_pdf_viewer, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_TITLE,
  PROP_STATE,
  PROP_SIDEBAR_VISIBLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];


/*
 * State
 */

static void
set_state (CrPdfViewer *self,
           const char  *state)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  /* A focused entry hidden with its page complains (GTK 4.8): move the
   * focus off the password page before it goes. */
  if (root != NULL && g_strcmp0 (self->state, "password") == 0 && !g_str_equal (state, "password"))
    gtk_root_set_focus (root, NULL);

  gtk_stack_set_visible_child_name (self->stack, state);
  if (g_strcmp0 (self->state, state) == 0)
    return;

  self->state = state;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "viewer.find", g_str_equal (state, "ready"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "viewer.toggle-sidebar", g_str_equal (state, "ready"));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
set_title (CrPdfViewer *self,
           const char  *title)
{
  if (g_strcmp0 (self->title, title) == 0)
    return;

  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

static void
update_find_actions (CrPdfViewer *self)
{
  gboolean have = self->matches != NULL && self->matches->len > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "viewer.find-next", have);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "viewer.find-previous", have);
}

static void
update_matches_label (CrPdfViewer *self)
{
  g_autofree char *text = NULL;

  gtk_widget_remove_css_class (GTK_WIDGET (self->search_entry), "error");
  if (self->searching)
    text = g_strdup (_("Searching…"));
  else if (self->matches == NULL)
    text = g_strdup ("");
  else if (self->matches->len == 0)
    {
      text = g_strdup (_("No results"));
      gtk_widget_add_css_class (GTK_WIDGET (self->search_entry), "error");
    }
  else
    /* Translators: the current find result and how many there are, as in "3 of 12" */
    text = g_strdup_printf (_("%d of %u"), self->current_match + 1, self->matches->len);

  gtk_label_set_text (self->matches_label, text);
  update_find_actions (self);
}


/*
 * Find
 */

static void
clear_matches (CrPdfViewer *self)
{
  g_cancellable_cancel (self->find_cancellable);
  g_clear_object (&self->find_cancellable);
  g_clear_pointer (&self->matches, g_array_unref);
  g_clear_pointer (&self->find_text, g_free);
  self->current_match = -1;
  self->searching = FALSE;
  cr_pdf_view_set_matches (self->view, NULL, -1);
  update_matches_label (self);
}

static void
go_to_match (CrPdfViewer *self,
             int          index)
{
  if (self->matches == NULL || self->matches->len == 0)
    return;

  self->current_match = (index + (int) self->matches->len) % (int) self->matches->len;
  cr_pdf_view_set_matches (self->view, self->matches, self->current_match);
  cr_pdf_view_show_match (self->view, (guint) self->current_match);
  update_matches_label (self);
}

static void
on_found_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(CrPdfViewer) self = user_data;
  g_autoptr(GArray) matches = NULL;
  g_autoptr(GError) error = NULL;
  guint page;
  int first = 0;

  matches = cr_pdf_document_find_finish (CR_PDF_DOCUMENT (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->searching = FALSE;
  if (matches == NULL)
    {
      g_warning ("Could not search the document: %s", error->message);
      matches = g_array_new (FALSE, FALSE, sizeof (CrPdfMatch));
    }

  g_clear_pointer (&self->matches, g_array_unref);
  self->matches = g_steal_pointer (&matches);

  /* The first hit from the page being read on. */
  page = cr_pdf_view_get_page (self->view);
  for (guint i = 0; i < self->matches->len; i++)
    if (g_array_index (self->matches, CrPdfMatch, i).page >= page)
      {
        first = (int) i;
        break;
      }

  if (self->matches->len > 0)
    go_to_match (self, first);
  else
    {
      cr_pdf_view_set_matches (self->view, NULL, -1);
      update_matches_label (self);
    }
}

static void
start_find (CrPdfViewer *self,
            const char  *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  if (self->document == NULL)
    return;
  if (stripped[0] == '\0')
    {
      clear_matches (self);
      return;
    }
  if (g_strcmp0 (self->find_text, stripped) == 0)
    return;

  clear_matches (self);
  self->find_text = g_steal_pointer (&stripped);
  self->find_cancellable = g_cancellable_new ();
  self->searching = TRUE;
  update_matches_label (self);
  cr_pdf_document_find_async (self->document, self->find_text, self->find_cancellable,
                              on_found_cb, g_object_ref (self));
}

static void
on_search_changed_cb (CrPdfViewer *self)
{
  start_find (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
on_search_next_cb (CrPdfViewer *self)
{
  go_to_match (self, self->current_match + 1);
}

static void
on_search_previous_cb (CrPdfViewer *self)
{
  go_to_match (self, self->current_match - 1);
}

static void
on_search_activate_cb (CrPdfViewer *self)
{
  on_search_next_cb (self);
}

static void
on_search_stop_cb (CrPdfViewer *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

static gboolean
on_search_key_pressed_cb (CrPdfViewer     *self,
                          guint            keyval,
                          guint            keycode,
                          GdkModifierType  state)
{
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter) && (state & GDK_SHIFT_MASK) != 0)
    {
      on_search_previous_cb (self);
      return TRUE;
    }
  return FALSE;
}


/*
 * Loading
 */

static void start_load (CrPdfViewer *self,
                        const char  *password);

static void
show_error (CrPdfViewer  *self,
            const GError *error)
{
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);
  g_autofree char *name = g_markup_escape_text (self->name, -1);
  g_autofree char *description = NULL;

  /* Translators: a file name, then why it could not be opened */
  description = g_strdup_printf (_("“%s” could not be opened. %s"), name, escaped);
  adw_status_page_set_description (self->error_page, description);
  set_state (self, "error");
}

static void
on_loaded_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(CrPdfViewer) self = user_data;
  g_autoptr(CrPdfDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  const char *password = gtk_editable_get_text (GTK_EDITABLE (self->password_row));

  document = cr_pdf_document_load_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  gtk_widget_set_sensitive (self->unlock_button, TRUE);

  if (g_error_matches (error, CR_PDF_ERROR, CR_PDF_ERROR_ENCRYPTED))
    {
      g_autofree char *name = g_markup_escape_text (self->name, -1);
      g_autofree char *description = NULL;

      /* Translators: a file name */
      description = g_strdup_printf (_("Enter the password to open “%s”."), name);
      adw_status_page_set_description (self->password_page, description);
      /* A wrong password says so and stays there to be corrected. */
      gtk_widget_set_visible (self->password_error, password[0] != '\0');
      set_state (self, "password");
      gtk_widget_grab_focus (GTK_WIDGET (self->password_row));
      return;
    }

  if (document == NULL)
    {
      g_debug ("Could not open %s: %s", self->name, error->message);
      show_error (self, error);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->password_row), "");
  g_set_object (&self->document, document);
  cr_pdf_view_set_document (self->view, document);
  cr_pdf_thumbnails_set_document (self->thumbnails, document);
  set_title (self, cr_pdf_document_get_title (document) != NULL
                   ? cr_pdf_document_get_title (document) : self->name);
  set_state (self, "ready");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
  gtk_widget_grab_focus (GTK_WIDGET (self->view));

  /* A search typed while loading. */
  on_search_changed_cb (self);
}

static void
start_load (CrPdfViewer *self,
            const char  *password)
{
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();

  if (password == NULL)
    {
      clear_matches (self);
      cr_pdf_view_set_document (self->view, NULL);
      cr_pdf_thumbnails_set_document (self->thumbnails, NULL);
      if (g_set_object (&self->document, NULL))
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
      set_title (self, self->name);
      set_state (self, "loading");
    }
  else
    {
      /* Keep the password page up while it is tried, Unlock off. */
      gtk_widget_set_sensitive (self->unlock_button, FALSE);
    }

  if (self->file != NULL)
    cr_pdf_document_load_file_async (self->file, password, self->load_cancellable,
                                     on_loaded_cb, g_object_ref (self));
  else
    cr_pdf_document_load_bytes_async (self->bytes, password, self->load_cancellable,
                                      on_loaded_cb, g_object_ref (self));
}

static void
on_unlock_cb (CrPdfViewer *self)
{
  const char *password = gtk_editable_get_text (GTK_EDITABLE (self->password_row));

  if (password[0] == '\0' || (self->bytes == NULL && self->file == NULL))
    return;

  gtk_widget_set_visible (self->password_error, FALSE);
  start_load (self, password);
}


/*
 * Thumbnails and view
 */

static void
on_thumbnail_activated_cb (CrPdfViewer *self,
                           guint        page)
{
  cr_pdf_view_set_page (self->view, page);
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

static void
on_sidebar_revealed_cb (CrPdfViewer *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIDEBAR_VISIBLE]);
}

static void
on_view_page_cb (CrPdfViewer *self)
{
  cr_pdf_thumbnails_set_current (self->thumbnails, cr_pdf_view_get_page (self->view));
}


/* The first button below @widget, not counting those in @skip. */
static GtkWidget *
find_button (GtkWidget *widget,
             GtkWidget *skip)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (child == skip)
        continue;
      if (GTK_IS_BUTTON (child))
        return child;
      if ((found = find_button (child, skip)) != NULL)
        return found;
    }
  return NULL;
}

/* GtkSearchBar's own close button is an icon without a name, which
 * GTK 4.8 announces as "GtkImage": give it one. It is the one button of
 * the bar outside the bar's child. */
static void
label_search_close_button (CrPdfViewer *self)
{
  GtkWidget *button = find_button (GTK_WIDGET (self->search_bar),
                                   gtk_search_bar_get_child (self->search_bar));

  if (button == NULL)
    return;

  gtk_widget_set_tooltip_text (button, _("Close Search (Escape)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Close Search"),
                                  -1);
}


/* The password row's show/hide button (libadwaita 1.2) has only a
 * tooltip, and GTK 4.8 announces it as "GtkImage": its tooltip, which
 * says what it does now, becomes its name. */
static void
sync_label_with_tooltip (GtkWidget  *button,
                         GParamSpec *pspec,
                         gpointer    user_data)
{
  const char *tooltip = gtk_widget_get_tooltip_text (button);

  if (tooltip != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                    -1);
}

/* Every button below @widget (the peek button and the hidden apply
 * button of the password row) is named by its tooltip. */
static void
label_buttons_by_tooltip (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child))
        {
          sync_label_with_tooltip (child, NULL, NULL);
          g_signal_connect (child, "notify::tooltip-text", G_CALLBACK (sync_label_with_tooltip), NULL);
        }
      else
        label_buttons_by_tooltip (child);
    }
}


/*
 * Actions
 */

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CrPdfViewer *self = CR_PDF_VIEWER (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

static void
find_next_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  on_search_next_cb (CR_PDF_VIEWER (widget));
}

static void
find_previous_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  on_search_previous_cb (CR_PDF_VIEWER (widget));
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  cr_pdf_view_copy (CR_PDF_VIEWER (widget)->view);
}


/*
 * GObject overrides
 */

static void
cr_pdf_viewer_dispose (GObject *object)
{
  CrPdfViewer *self = CR_PDF_VIEWER (object);

  g_cancellable_cancel (self->load_cancellable);
  g_cancellable_cancel (self->find_cancellable);
  g_clear_object (&self->controls);

  /* The stack is AdwBin's child: let AdwBin unparent it, before the
   * template would and leave AdwBin a dangling pointer. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_PDF_VIEWER);

  g_clear_object (&self->document);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (cr_pdf_viewer_parent_class)->dispose (object);
}

static void
cr_pdf_viewer_finalize (GObject *object)
{
  CrPdfViewer *self = CR_PDF_VIEWER (object);

  g_clear_object (&self->load_cancellable);
  g_clear_object (&self->find_cancellable);
  g_clear_pointer (&self->matches, g_array_unref);
  g_free (self->find_text);
  g_free (self->name);
  g_free (self->title);

  G_OBJECT_CLASS (cr_pdf_viewer_parent_class)->finalize (object);
}

static void
cr_pdf_viewer_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CrPdfViewer *self = CR_PDF_VIEWER (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_STATE:
      g_value_set_string (value, self->state);
      break;
    case PROP_SIDEBAR_VISIBLE:
      g_value_set_boolean (value, gtk_revealer_get_reveal_child (self->sidebar_revealer));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_pdf_viewer_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CrPdfViewer *self = CR_PDF_VIEWER (object);

  switch (prop_id)
    {
    case PROP_SIDEBAR_VISIBLE:
      cr_pdf_viewer_set_sidebar_visible (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_pdf_viewer_class_init (CrPdfViewerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cr_pdf_viewer_dispose;
  object_class->finalize = cr_pdf_viewer_finalize;
  object_class->get_property = cr_pdf_viewer_get_property;
  object_class->set_property = cr_pdf_viewer_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, CR_TYPE_PDF_DOCUMENT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATE] =
    g_param_spec_string ("state", NULL, NULL, "loading",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SIDEBAR_VISIBLE] =
    g_param_spec_boolean ("sidebar-visible", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, APP_RESOURCE_PATH "/ui/cr-pdf-viewer.ui");
  gtk_widget_class_bind_template_child (widget_class, CrPdfViewer, stack);
  gtk_widget_class_bind_template_child (widget_class, CrPdfViewer, password_page);
  gtk_widget_class_bind_template_child (widget_class, CrPdfViewer, password_row);
  gtk_widget_class_bind_template_child (widget_class, CrPdfViewer, password_error);
  gtk_widget_class_bind_template_child (widget_class, CrPdfViewer, unlock_button);
  gtk_widget_class_bind_template_child (widget_class, CrPdfViewer, error_page);
  gtk_widget_class_bind_template_child (widget_class, CrPdfViewer, search_bar);
  gtk_widget_class_bind_template_child (widget_class, CrPdfViewer, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CrPdfViewer, matches_label);
  gtk_widget_class_bind_template_child (widget_class, CrPdfViewer, sidebar_revealer);
  gtk_widget_class_bind_template_child (widget_class, CrPdfViewer, thumbnails);
  gtk_widget_class_bind_template_child (widget_class, CrPdfViewer, view);
  gtk_widget_class_bind_template_callback (widget_class, on_unlock_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_next_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_previous_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_thumbnail_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_view_page_cb);

  gtk_widget_class_install_action (widget_class, "viewer.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "viewer.find-next", NULL, find_next_action);
  gtk_widget_class_install_action (widget_class, "viewer.find-previous", NULL, find_previous_action);
  gtk_widget_class_install_action (widget_class, "viewer.copy", NULL, copy_action);
  gtk_widget_class_install_property_action (widget_class, "viewer.toggle-sidebar", "sidebar-visible");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "viewer.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK, "viewer.find-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "viewer.find-previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "viewer.toggle-sidebar", NULL);

  g_type_ensure (CR_TYPE_PDF_VIEW);
  g_type_ensure (CR_TYPE_PDF_THUMBNAILS);
}

static void
cr_pdf_viewer_init (CrPdfViewer *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->current_match = -1;
  self->state = "loading";
  label_search_close_button (self);
  label_buttons_by_tooltip (GTK_WIDGET (self->password_row));
  g_signal_connect_object (self->sidebar_revealer, "notify::reveal-child",
                           G_CALLBACK (on_sidebar_revealed_cb), self, G_CONNECT_SWAPPED);
  update_find_actions (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "viewer.find", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "viewer.toggle-sidebar", FALSE);
}


/*
 * Public API
 */

GtkWidget *
cr_pdf_viewer_new (void)
{
  return g_object_new (CR_TYPE_PDF_VIEWER, NULL);
}

void
cr_pdf_viewer_load_bytes (CrPdfViewer *self,
                          GBytes      *bytes,
                          const char  *name)
{
  g_return_if_fail (CR_IS_PDF_VIEWER (self));
  g_return_if_fail (bytes != NULL);

  g_clear_object (&self->file);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  self->bytes = g_bytes_ref (bytes);
  g_free (self->name);
  /* Translators: how a document without a name is called in messages */
  self->name = g_strdup (name != NULL && name[0] != '\0' ? name : _("the document"));
  start_load (self, NULL);
}

void
cr_pdf_viewer_load_file (CrPdfViewer *self,
                         GFile       *file)
{
  g_return_if_fail (CR_IS_PDF_VIEWER (self));
  g_return_if_fail (G_IS_FILE (file));

  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_set_object (&self->file, file);
  g_free (self->name);
  {
    g_autofree char *basename = g_file_get_basename (file);

    self->name = g_filename_display_name (basename != NULL ? basename : "");
  }
  start_load (self, NULL);
}

CrPdfDocument *
cr_pdf_viewer_get_document (CrPdfViewer *self)
{
  g_return_val_if_fail (CR_IS_PDF_VIEWER (self), NULL);

  return self->document;
}

const char *
cr_pdf_viewer_get_state (CrPdfViewer *self)
{
  g_return_val_if_fail (CR_IS_PDF_VIEWER (self), NULL);

  return self->state;
}

const char *
cr_pdf_viewer_get_title (CrPdfViewer *self)
{
  g_return_val_if_fail (CR_IS_PDF_VIEWER (self), NULL);

  return self->title;
}

GtkWidget *
cr_pdf_viewer_get_header_controls (CrPdfViewer *self)
{
  g_return_val_if_fail (CR_IS_PDF_VIEWER (self), NULL);

  if (self->controls == NULL)
    self->controls = g_object_ref_sink (cr_pdf_viewer_controls_new (self->view));
  return self->controls;
}

void
cr_pdf_viewer_find (CrPdfViewer *self,
                    const char  *text)
{
  g_return_if_fail (CR_IS_PDF_VIEWER (self));
  g_return_if_fail (text != NULL);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  start_find (self, text);
}

CrPdfView *
cr_pdf_viewer_get_view (CrPdfViewer *self)
{
  g_return_val_if_fail (CR_IS_PDF_VIEWER (self), NULL);

  return self->view;
}

GListModel *
cr_pdf_viewer_get_thumbnails (CrPdfViewer *self)
{
  g_return_val_if_fail (CR_IS_PDF_VIEWER (self), NULL);

  return cr_pdf_thumbnails_get_model (self->thumbnails);
}

gboolean
cr_pdf_viewer_get_sidebar_visible (CrPdfViewer *self)
{
  g_return_val_if_fail (CR_IS_PDF_VIEWER (self), FALSE);

  return gtk_revealer_get_reveal_child (self->sidebar_revealer);
}

void
cr_pdf_viewer_set_sidebar_visible (CrPdfViewer *self,
                                   gboolean     visible)
{
  g_return_if_fail (CR_IS_PDF_VIEWER (self));

  /* reveal-child's notification becomes ours. */
  gtk_widget_set_visible (GTK_WIDGET (self->sidebar_revealer), !!visible);
  gtk_revealer_set_reveal_child (self->sidebar_revealer, !!visible);
}

guint
cr_pdf_viewer_get_n_matches (CrPdfViewer *self)
{
  g_return_val_if_fail (CR_IS_PDF_VIEWER (self), 0);

  return self->matches != NULL ? self->matches->len : 0;
}

int
cr_pdf_viewer_get_current_match (CrPdfViewer *self)
{
  g_return_val_if_fail (CR_IS_PDF_VIEWER (self), -1);

  return self->current_match;
}

gboolean
cr_pdf_viewer_is_searching (CrPdfViewer *self)
{
  g_return_val_if_fail (CR_IS_PDF_VIEWER (self), FALSE);

  return self->searching;
}

void
_cr_pdf_viewer_unlock (CrPdfViewer *self,
                       const char  *password)
{
  g_return_if_fail (CR_IS_PDF_VIEWER (self));

  gtk_editable_set_text (GTK_EDITABLE (self->password_row), password);
  on_unlock_cb (self);
}
