/* cr-assistant-page.c: one page of a multi-step assistant
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrAssistantPage"

#include "config.h"

#include "cr-assistant-page.h"
#include "cr-assistant-page-private.h"

#include <glib/gi18n.h>

typedef struct
{
  char                     *title;
  char                     *forward_label;

  CrAssistantPageApplyFunc  apply_func;
  gpointer                  apply_data;

  GtkRevealer              *note_revealer;
  GtkLabel                 *note_label;
  GtkImage                 *note_icon;
  char                     *note_icon_name;

  guint                     complete : 1;
  guint                     skippable : 1;
  guint                     applying : 1;
} CrAssistantPagePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (CrAssistantPage, cr_assistant_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_COMPLETE,
  PROP_SKIPPABLE,
  PROP_FORWARD_LABEL,
  PROP_APPLYING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/*
 * Helpers
 */

static gboolean
set_string (char       **field,
            const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static void
set_applying (CrAssistantPage *self,
              gboolean         applying)
{
  CrAssistantPagePrivate *priv = cr_assistant_page_get_instance_private (self);

  applying = !!applying;
  if (priv->applying == applying)
    return;

  priv->applying = applying;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_APPLYING]);
}

/*
 * Private API (for CrAssistant)
 */

void
_cr_assistant_page_apply_begin (CrAssistantPage          *self,
                                GCancellable             *cancellable,
                                CrAssistantPageApplyFunc  func,
                                gpointer                  user_data)
{
  CrAssistantPagePrivate *priv = cr_assistant_page_get_instance_private (self);
  CrAssistantPageClass *klass;

  g_return_if_fail (CR_IS_ASSISTANT_PAGE (self));
  g_return_if_fail (func != NULL);
  g_return_if_fail (!priv->applying);

  klass = CR_ASSISTANT_PAGE_GET_CLASS (self);
  priv->apply_func = func;
  priv->apply_data = user_data;

  set_applying (self, TRUE);
  if (klass->apply == NULL || !klass->apply (self, cancellable))
    {
      /* Done at once, unless the vfunc already completed. */
      if (priv->applying)
        cr_assistant_page_apply_complete (self, TRUE);
    }
}

void
_cr_assistant_page_apply_forget (CrAssistantPage *self)
{
  CrAssistantPagePrivate *priv = cr_assistant_page_get_instance_private (self);

  g_return_if_fail (CR_IS_ASSISTANT_PAGE (self));

  priv->apply_func = NULL;
  priv->apply_data = NULL;
}

void
_cr_assistant_page_shown (CrAssistantPage *self)
{
  CrAssistantPageClass *klass;

  g_return_if_fail (CR_IS_ASSISTANT_PAGE (self));

  klass = CR_ASSISTANT_PAGE_GET_CLASS (self);
  if (klass->shown != NULL)
    klass->shown (self);
}

/*
 * GObject overrides
 */

static void
cr_assistant_page_finalize (GObject *object)
{
  CrAssistantPage *self = (CrAssistantPage *)object;
  CrAssistantPagePrivate *priv = cr_assistant_page_get_instance_private (self);

  g_clear_pointer (&priv->title, g_free);
  g_clear_pointer (&priv->forward_label, g_free);
  g_clear_pointer (&priv->note_icon_name, g_free);

  G_OBJECT_CLASS (cr_assistant_page_parent_class)->finalize (object);
}

static void
cr_assistant_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CrAssistantPage *self = CR_ASSISTANT_PAGE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, cr_assistant_page_get_title (self));
      break;
    case PROP_COMPLETE:
      g_value_set_boolean (value, cr_assistant_page_get_complete (self));
      break;
    case PROP_SKIPPABLE:
      g_value_set_boolean (value, cr_assistant_page_get_skippable (self));
      break;
    case PROP_FORWARD_LABEL:
      g_value_set_string (value, cr_assistant_page_get_forward_label (self));
      break;
    case PROP_APPLYING:
      g_value_set_boolean (value, cr_assistant_page_get_applying (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_assistant_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CrAssistantPage *self = CR_ASSISTANT_PAGE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      cr_assistant_page_set_title (self, g_value_get_string (value));
      break;
    case PROP_COMPLETE:
      cr_assistant_page_set_complete (self, g_value_get_boolean (value));
      break;
    case PROP_SKIPPABLE:
      cr_assistant_page_set_skippable (self, g_value_get_boolean (value));
      break;
    case PROP_FORWARD_LABEL:
      cr_assistant_page_set_forward_label (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_assistant_page_class_init (CrAssistantPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cr_assistant_page_finalize;
  object_class->get_property = cr_assistant_page_get_property;
  object_class->set_property = cr_assistant_page_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPLETE] =
    g_param_spec_boolean ("complete", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SKIPPABLE] =
    g_param_spec_boolean ("skippable", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FORWARD_LABEL] =
    g_param_spec_string ("forward-label", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_APPLYING] =
    g_param_spec_boolean ("applying", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cr_assistant_page_init (CrAssistantPage *self)
{
}

/*
 * Public API
 */

const char *
cr_assistant_page_get_title (CrAssistantPage *self)
{
  CrAssistantPagePrivate *priv = cr_assistant_page_get_instance_private (self);

  g_return_val_if_fail (CR_IS_ASSISTANT_PAGE (self), NULL);

  return priv->title;
}

void
cr_assistant_page_set_title (CrAssistantPage *self,
                             const char      *title)
{
  CrAssistantPagePrivate *priv = cr_assistant_page_get_instance_private (self);

  g_return_if_fail (CR_IS_ASSISTANT_PAGE (self));

  if (set_string (&priv->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

gboolean
cr_assistant_page_get_complete (CrAssistantPage *self)
{
  CrAssistantPagePrivate *priv = cr_assistant_page_get_instance_private (self);

  g_return_val_if_fail (CR_IS_ASSISTANT_PAGE (self), FALSE);

  return priv->complete;
}

void
cr_assistant_page_set_complete (CrAssistantPage *self,
                                gboolean         complete)
{
  CrAssistantPagePrivate *priv = cr_assistant_page_get_instance_private (self);

  g_return_if_fail (CR_IS_ASSISTANT_PAGE (self));

  complete = !!complete;
  if (priv->complete == complete)
    return;

  priv->complete = complete;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETE]);
}

gboolean
cr_assistant_page_get_skippable (CrAssistantPage *self)
{
  CrAssistantPagePrivate *priv = cr_assistant_page_get_instance_private (self);

  g_return_val_if_fail (CR_IS_ASSISTANT_PAGE (self), FALSE);

  return priv->skippable;
}

void
cr_assistant_page_set_skippable (CrAssistantPage *self,
                                 gboolean         skippable)
{
  CrAssistantPagePrivate *priv = cr_assistant_page_get_instance_private (self);

  g_return_if_fail (CR_IS_ASSISTANT_PAGE (self));

  skippable = !!skippable;
  if (priv->skippable == skippable)
    return;

  priv->skippable = skippable;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SKIPPABLE]);
}

const char *
cr_assistant_page_get_forward_label (CrAssistantPage *self)
{
  CrAssistantPagePrivate *priv = cr_assistant_page_get_instance_private (self);

  g_return_val_if_fail (CR_IS_ASSISTANT_PAGE (self), NULL);

  return priv->forward_label;
}

void
cr_assistant_page_set_forward_label (CrAssistantPage *self,
                                     const char      *label)
{
  CrAssistantPagePrivate *priv = cr_assistant_page_get_instance_private (self);

  g_return_if_fail (CR_IS_ASSISTANT_PAGE (self));

  if (set_string (&priv->forward_label, label))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FORWARD_LABEL]);
}

gboolean
cr_assistant_page_get_applying (CrAssistantPage *self)
{
  CrAssistantPagePrivate *priv = cr_assistant_page_get_instance_private (self);

  g_return_val_if_fail (CR_IS_ASSISTANT_PAGE (self), FALSE);

  return priv->applying;
}

void
cr_assistant_page_apply_complete (CrAssistantPage *self,
                                  gboolean         valid)
{
  CrAssistantPagePrivate *priv = cr_assistant_page_get_instance_private (self);
  CrAssistantPageApplyFunc func;
  gpointer data;

  g_return_if_fail (CR_IS_ASSISTANT_PAGE (self));

  if (!priv->applying)
    return;

  func = priv->apply_func;
  data = priv->apply_data;
  priv->apply_func = NULL;
  priv->apply_data = NULL;

  /* The callback may close the assistant, and this page with it. */
  g_object_ref (self);
  set_applying (self, FALSE);
  if (func != NULL)
    func (self, valid, data);
  g_object_unref (self);
}

/*
 * The note at the top of a page
 */

void
cr_assistant_page_add_note (CrAssistantPage *self,
                            GtkBox          *content,
                            const char      *icon_name)
{
  CrAssistantPagePrivate *priv = cr_assistant_page_get_instance_private (self);
  GtkWidget *box;

  g_return_if_fail (CR_IS_ASSISTANT_PAGE (self));
  g_return_if_fail (GTK_IS_BOX (content));
  g_return_if_fail (priv->note_revealer == NULL);

  priv->note_icon_name = g_strdup (icon_name);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_add_css_class (box, "card");
  priv->note_icon = GTK_IMAGE (gtk_image_new_from_icon_name (icon_name));
  gtk_widget_set_valign (GTK_WIDGET (priv->note_icon), GTK_ALIGN_START);
  gtk_widget_set_margin_start (GTK_WIDGET (priv->note_icon), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (priv->note_icon), 12);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (priv->note_icon));
  priv->note_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (priv->note_label, TRUE);
  gtk_label_set_xalign (priv->note_label, 0);
  gtk_widget_set_hexpand (GTK_WIDGET (priv->note_label), TRUE);
  gtk_widget_set_margin_top (GTK_WIDGET (priv->note_label), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (priv->note_label), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (priv->note_label), 12);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (priv->note_label));

  priv->note_revealer = GTK_REVEALER (gtk_revealer_new ());
  gtk_revealer_set_child (priv->note_revealer, box);
  gtk_widget_set_visible (GTK_WIDGET (priv->note_revealer), FALSE);
  gtk_box_prepend (content, GTK_WIDGET (priv->note_revealer));
}

void
cr_assistant_page_set_note (CrAssistantPage *self,
                            const char      *text,
                            gboolean         is_error)
{
  CrAssistantPagePrivate *priv = cr_assistant_page_get_instance_private (self);

  g_return_if_fail (CR_IS_ASSISTANT_PAGE (self));

  if (priv->note_revealer == NULL)
    return;

  gtk_label_set_text (priv->note_label, text != NULL ? text : "");
  gtk_image_set_from_icon_name (priv->note_icon,
                                is_error ? "dialog-warning-symbolic" : priv->note_icon_name);
  if (is_error)
    gtk_widget_add_css_class (GTK_WIDGET (priv->note_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (priv->note_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (priv->note_revealer), text != NULL);
  gtk_revealer_set_reveal_child (priv->note_revealer, text != NULL);
}

const char *
cr_assistant_page_get_note (CrAssistantPage *self)
{
  CrAssistantPagePrivate *priv = cr_assistant_page_get_instance_private (self);

  g_return_val_if_fail (CR_IS_ASSISTANT_PAGE (self), NULL);

  if (priv->note_revealer == NULL || !gtk_widget_get_visible (GTK_WIDGET (priv->note_revealer)))
    return NULL;
  return gtk_label_get_text (priv->note_label);
}
