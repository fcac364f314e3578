/* cr-assistant.c: a modal window that walks the user through pages
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrAssistant"

#include "config.h"

#include "cr-assistant.h"
#include "cr-assistant-page-private.h"

#include <glib/gi18n.h>

#define NO_PAGE G_MAXUINT

typedef struct
{
  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkButton      *next_button;
  GtkButton      *back_button;
  GtkSpinner     *spinner;
  GtkStack       *stack;

  /* Owned references */
  GPtrArray      *pages;        /* of CrAssistantPage */
  GCancellable   *cancellable;

  guint           current;      /* index in pages, or NO_PAGE */
  guint           finished : 1;
} CrAssistantPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (CrAssistant, cr_assistant, ADW_TYPE_WINDOW)

enum {
  PAGE_CHANGED,
  FINISHED,
  CANCELLED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/*
 * Helpers
 */

static CrAssistantPage *
page_at (CrAssistant *self,
         guint        index)
{
  CrAssistantPrivate *priv = cr_assistant_get_instance_private (self);

  if (index >= priv->pages->len)
    return NULL;
  return g_ptr_array_index (priv->pages, index);
}

/* The first page from @from (itself included) in @direction (+1 or -1)
 * that is not skippable, or NO_PAGE. */
static guint
find_page (CrAssistant *self,
           guint        from,
           int          direction)
{
  CrAssistantPrivate *priv = cr_assistant_get_instance_private (self);
  gint64 i = from;

  for (; i >= 0 && i < (gint64) priv->pages->len; i += direction)
    if (!cr_assistant_page_get_skippable (page_at (self, (guint) i)))
      return (guint) i;

  return NO_PAGE;
}

static guint
find_next (CrAssistant *self)
{
  CrAssistantPrivate *priv = cr_assistant_get_instance_private (self);

  if (priv->current == NO_PAGE)
    return find_page (self, 0, +1);
  return find_page (self, priv->current + 1, +1);
}

static guint
find_previous (CrAssistant *self)
{
  CrAssistantPrivate *priv = cr_assistant_get_instance_private (self);

  if (priv->current == NO_PAGE || priv->current == 0)
    return NO_PAGE;
  return find_page (self, priv->current - 1, -1);
}

static void
update_navigation (CrAssistant *self)
{
  CrAssistantPrivate *priv = cr_assistant_get_instance_private (self);
  CrAssistantPage *page = page_at (self, priv->current);
  gboolean applying = page != NULL && cr_assistant_page_get_applying (page);
  const char *forward_label = NULL;
  g_autofree char *subtitle = NULL;
  guint step = 0;
  guint n_steps = 0;

  for (guint i = 0; i < priv->pages->len; i++)
    {
      if (cr_assistant_page_get_skippable (page_at (self, i)))
        continue;
      n_steps++;
      if (i <= priv->current && priv->current != NO_PAGE)
        step = n_steps;
    }

  if (page != NULL && step > 0)
    /* Translators: the assistant's subtitle, "Step 2 of 8" */
    subtitle = g_strdup_printf (_("Step %u of %u"), step, n_steps);

  adw_window_title_set_title (priv->window_title,
                              page != NULL && cr_assistant_page_get_title (page) != NULL
                              ? cr_assistant_page_get_title (page) : "");
  adw_window_title_set_subtitle (priv->window_title, subtitle != NULL ? subtitle : "");

  if (page != NULL)
    forward_label = cr_assistant_page_get_forward_label (page);
  if (forward_label == NULL)
    forward_label = _("_Next");
  gtk_button_set_label (priv->next_button, forward_label);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assistant.next",
                                 page != NULL && !applying &&
                                 cr_assistant_page_get_complete (page));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assistant.back",
                                 !applying && find_previous (self) != NO_PAGE);
  /* Closing while a page applies would leave its outcome unknown. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assistant.cancel", !applying);
  gtk_widget_set_visible (GTK_WIDGET (priv->back_button), find_previous (self) != NO_PAGE);

  gtk_widget_set_visible (GTK_WIDGET (priv->spinner), applying);
  gtk_spinner_set_spinning (priv->spinner, applying);
}

static void
show_page (CrAssistant *self,
           guint        index)
{
  CrAssistantPrivate *priv = cr_assistant_get_instance_private (self);
  CrAssistantPage *page = page_at (self, index);

  g_return_if_fail (page != NULL);

  if (priv->current == index)
    {
      update_navigation (self);
      return;
    }

  priv->current = index;
  gtk_stack_set_visible_child (priv->stack, GTK_WIDGET (page));
  update_navigation (self);

  g_signal_emit (self, signals[PAGE_CHANGED], 0);
  _cr_assistant_page_shown (page);
}

static void
finish (CrAssistant *self)
{
  CrAssistantPrivate *priv = cr_assistant_get_instance_private (self);

  priv->finished = TRUE;
  g_object_ref (self);
  g_signal_emit (self, signals[FINISHED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}

/*
 * Callbacks
 */

static void
on_page_applied_cb (CrAssistantPage *page,
                    gboolean         valid,
                    gpointer         user_data)
{
  CrAssistant *self = CR_ASSISTANT (user_data);
  CrAssistantPrivate *priv = cr_assistant_get_instance_private (self);
  guint next;

  if (page_at (self, priv->current) != page)
    return;

  if (!valid)
    {
      update_navigation (self);
      return;
    }

  next = find_next (self);
  if (next == NO_PAGE)
    finish (self);
  else
    show_page (self, next);
}

static void
on_page_notify_cb (CrAssistant *self)
{
  CrAssistantPrivate *priv = cr_assistant_get_instance_private (self);
  CrAssistantPage *page = page_at (self, priv->current);

  /* The page being shown became skippable: move on to one that is not. */
  if (page != NULL && cr_assistant_page_get_skippable (page))
    {
      guint index = find_page (self, priv->current, +1);

      if (index == NO_PAGE)
        index = find_page (self, priv->current, -1);
      if (index != NO_PAGE)
        {
          show_page (self, index);
          return;
        }
    }

  update_navigation (self);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  cr_assistant_next_page (CR_ASSISTANT (widget));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  cr_assistant_previous_page (CR_ASSISTANT (widget));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

/*
 * GObject overrides
 */

static gboolean
cr_assistant_close_request (GtkWindow *window)
{
  CrAssistant *self = CR_ASSISTANT (window);
  CrAssistantPrivate *priv = cr_assistant_get_instance_private (self);
  CrAssistantPage *page = page_at (self, priv->current);

  /* Wait for the page being applied (recording, say) to finish first. */
  if (!priv->finished && page != NULL && cr_assistant_page_get_applying (page))
    return TRUE;

  if (!priv->finished)
    g_signal_emit (self, signals[CANCELLED], 0);

  g_cancellable_cancel (priv->cancellable);
  return GTK_WINDOW_CLASS (cr_assistant_parent_class)->close_request (window);
}

static void
cr_assistant_dispose (GObject *object)
{
  CrAssistant *self = (CrAssistant *)object;
  CrAssistantPrivate *priv = cr_assistant_get_instance_private (self);

  g_cancellable_cancel (priv->cancellable);

  if (priv->pages != NULL)
    {
      for (guint i = 0; i < priv->pages->len; i++)
        {
          CrAssistantPage *page = g_ptr_array_index (priv->pages, i);

          _cr_assistant_page_apply_forget (page);
          g_signal_handlers_disconnect_by_data (page, self);
        }
      g_clear_pointer (&priv->pages, g_ptr_array_unref);
    }

  /* No gtk_widget_dispose_template() here: GTK 4.8 looks the template up
   * on the instance's class, which for a subclass without a template of
   * its own has none (a critical). The template's tree is the window's
   * content, which GtkWindow disposes itself. */

  G_OBJECT_CLASS (cr_assistant_parent_class)->dispose (object);
}

static void
cr_assistant_finalize (GObject *object)
{
  CrAssistant *self = (CrAssistant *)object;
  CrAssistantPrivate *priv = cr_assistant_get_instance_private (self);

  g_clear_object (&priv->cancellable);

  G_OBJECT_CLASS (cr_assistant_parent_class)->finalize (object);
}

static void
cr_assistant_class_init (CrAssistantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = cr_assistant_dispose;
  object_class->finalize = cr_assistant_finalize;
  window_class->close_request = cr_assistant_close_request;

  signals[PAGE_CHANGED] =
    g_signal_new ("page-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  G_STRUCT_OFFSET (CrAssistantClass, page_changed),
                  NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
  signals[FINISHED] =
    g_signal_new ("finished",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  G_STRUCT_OFFSET (CrAssistantClass, finished),
                  NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
  signals[CANCELLED] =
    g_signal_new ("cancelled",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  G_STRUCT_OFFSET (CrAssistantClass, cancelled),
                  NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-assistant.ui");
  gtk_widget_class_bind_template_child_private (widget_class, CrAssistant, window_title);
  gtk_widget_class_bind_template_child_private (widget_class, CrAssistant, next_button);
  gtk_widget_class_bind_template_child_private (widget_class, CrAssistant, back_button);
  gtk_widget_class_bind_template_child_private (widget_class, CrAssistant, spinner);
  gtk_widget_class_bind_template_child_private (widget_class, CrAssistant, stack);

  gtk_widget_class_install_action (widget_class, "assistant.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "assistant.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "assistant.cancel", NULL, cancel_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "assistant.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "assistant.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK,
                                       "assistant.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "assistant.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "assistant.next", NULL);
}

static void
cr_assistant_init (CrAssistant *self)
{
  CrAssistantPrivate *priv = cr_assistant_get_instance_private (self);

  gtk_widget_init_template (GTK_WIDGET (self));

  priv->pages = g_ptr_array_new_with_free_func (g_object_unref);
  priv->cancellable = g_cancellable_new ();
  priv->current = NO_PAGE;

  update_navigation (self);
}

/*
 * Public API
 */

void
cr_assistant_add_page (CrAssistant     *self,
                       CrAssistantPage *page)
{
  CrAssistantPrivate *priv = cr_assistant_get_instance_private (self);

  g_return_if_fail (CR_IS_ASSISTANT (self));
  g_return_if_fail (CR_IS_ASSISTANT_PAGE (page));
  g_return_if_fail (gtk_widget_get_parent (GTK_WIDGET (page)) == NULL);

  g_ptr_array_add (priv->pages, g_object_ref_sink (page));
  gtk_stack_add_child (priv->stack, GTK_WIDGET (page));

  g_signal_connect_object (page, "notify::complete", G_CALLBACK (on_page_notify_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (page, "notify::skippable", G_CALLBACK (on_page_notify_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (page, "notify::title", G_CALLBACK (on_page_notify_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (page, "notify::forward-label", G_CALLBACK (on_page_notify_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (page, "notify::applying", G_CALLBACK (on_page_notify_cb), self,
                           G_CONNECT_SWAPPED);

  if (priv->current == NO_PAGE && !cr_assistant_page_get_skippable (page))
    show_page (self, priv->pages->len - 1);
  else
    update_navigation (self);
}

guint
cr_assistant_get_n_pages (CrAssistant *self)
{
  CrAssistantPrivate *priv = cr_assistant_get_instance_private (self);

  g_return_val_if_fail (CR_IS_ASSISTANT (self), 0);

  return priv->pages->len;
}

CrAssistantPage *
cr_assistant_get_page (CrAssistant *self,
                       guint        index)
{
  g_return_val_if_fail (CR_IS_ASSISTANT (self), NULL);

  return page_at (self, index);
}

CrAssistantPage *
cr_assistant_get_current_page (CrAssistant *self)
{
  CrAssistantPrivate *priv = cr_assistant_get_instance_private (self);

  g_return_val_if_fail (CR_IS_ASSISTANT (self), NULL);

  return page_at (self, priv->current);
}

guint
cr_assistant_get_current_index (CrAssistant *self)
{
  CrAssistantPrivate *priv = cr_assistant_get_instance_private (self);

  g_return_val_if_fail (CR_IS_ASSISTANT (self), 0);

  return priv->current == NO_PAGE ? 0 : priv->current;
}

void
cr_assistant_go_to_page (CrAssistant *self,
                         guint        index)
{
  CrAssistantPrivate *priv = cr_assistant_get_instance_private (self);
  CrAssistantPage *current;
  guint target;

  g_return_if_fail (CR_IS_ASSISTANT (self));
  g_return_if_fail (index < priv->pages->len);

  current = page_at (self, priv->current);
  if (current != NULL && cr_assistant_page_get_applying (current))
    return;

  target = find_page (self, index, +1);
  if (target == NO_PAGE)
    target = find_page (self, index, -1);
  if (target != NO_PAGE)
    show_page (self, target);
}

void
cr_assistant_next_page (CrAssistant *self)
{
  CrAssistantPrivate *priv = cr_assistant_get_instance_private (self);
  CrAssistantPage *page;

  g_return_if_fail (CR_IS_ASSISTANT (self));

  page = page_at (self, priv->current);
  if (page == NULL || priv->finished ||
      cr_assistant_page_get_applying (page) || !cr_assistant_page_get_complete (page))
    return;

  /* Applying may finish the assistant, which destroys it. */
  g_object_ref (self);
  _cr_assistant_page_apply_begin (page, priv->cancellable, on_page_applied_cb, self);
  if (!priv->finished && priv->pages != NULL)
    update_navigation (self);
  g_object_unref (self);
}

void
cr_assistant_previous_page (CrAssistant *self)
{
  CrAssistantPrivate *priv = cr_assistant_get_instance_private (self);
  CrAssistantPage *page;
  guint previous;

  g_return_if_fail (CR_IS_ASSISTANT (self));

  page = page_at (self, priv->current);
  if (page == NULL || cr_assistant_page_get_applying (page))
    return;

  previous = find_previous (self);
  if (previous != NO_PAGE)
    show_page (self, previous);
}

GCancellable *
cr_assistant_get_cancellable (CrAssistant *self)
{
  CrAssistantPrivate *priv = cr_assistant_get_instance_private (self);

  g_return_val_if_fail (CR_IS_ASSISTANT (self), NULL);

  return priv->cancellable;
}
