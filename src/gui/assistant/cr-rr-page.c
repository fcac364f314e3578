/* cr-rr-page.c: what the pages of the rapid review assistant share
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrRrPage"

#include "config.h"

#include "cr-rr-page.h"
#include "cr-rr-page-private.h"

#include "cr-edit-utils.h"
#include "cr-rapid-review.h"

#include <glib/gi18n.h>

typedef struct
{
  CrRrContext *context;        /* borrowed from the assistant */
  int          step;
  GPtrArray   *bindings;       /* CrRrBinding */

  GtkLabel    *hint_label;

  guint        loading;
} CrRrPagePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (CrRrPage, cr_rr_page, CR_TYPE_ASSISTANT_PAGE)

enum {
  PROP_0,
  PROP_STEP,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/*
 * Internals shared with the bindings
 */

GPtrArray *
_cr_rr_page_get_bindings (CrRrPage *self)
{
  CrRrPagePrivate *priv = cr_rr_page_get_instance_private (self);

  return priv->bindings;
}

void
_cr_rr_page_loading_push (CrRrPage *self)
{
  CrRrPagePrivate *priv = cr_rr_page_get_instance_private (self);

  priv->loading++;
}

void
_cr_rr_page_loading_pop (CrRrPage *self)
{
  CrRrPagePrivate *priv = cr_rr_page_get_instance_private (self);

  g_return_if_fail (priv->loading > 0);
  priv->loading--;
}

/*
 * Validation
 */

static gboolean
cr_rr_page_real_check (CrRrPage    *self,
                       const char **field,
                       GError     **error)
{
  CrRrPagePrivate *priv = cr_rr_page_get_instance_private (self);

  if (priv->step < 0)
    return TRUE;

  return cr_rapid_review_check_step (priv->context->rr, (CrRapidReviewStep) priv->step,
                                     field, error);
}

static void
show_hint (CrRrPage   *self,
           const char *hint)
{
  CrRrPagePrivate *priv = cr_rr_page_get_instance_private (self);

  if (priv->hint_label == NULL)
    return;

  gtk_label_set_text (priv->hint_label, hint != NULL ? hint : "");
  gtk_widget_set_visible (GTK_WIDGET (priv->hint_label), hint != NULL);
}

void
cr_rr_page_validate (CrRrPage *self)
{
  CrRrPagePrivate *priv = cr_rr_page_get_instance_private (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *hint = NULL;
  const char *field = NULL;
  gboolean parse_errors = FALSE;
  gboolean step_shown = FALSE;
  gboolean ok;

  g_return_if_fail (CR_IS_RR_PAGE (self));

  if (priv->context == NULL || priv->context->rr == NULL)
    {
      cr_assistant_page_set_complete (CR_ASSISTANT_PAGE (self), FALSE);
      show_hint (self, NULL);
      return;
    }

  ok = CR_RR_PAGE_GET_CLASS (self)->check (self, &field, &error);
  if (!ok && error == NULL)
    g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_FAILED,
                         _("Some answers on this page need attention."));

  for (guint i = 0; i < priv->bindings->len; i++)
    {
      CrRrBinding *binding = g_ptr_array_index (priv->bindings, i);
      g_autofree char *message = NULL;
      gboolean is_step_error = FALSE;

      if (binding->parse_error != NULL)
        {
          message = g_strdup (binding->parse_error);
          parse_errors = TRUE;
        }
      else
        {
          g_autoptr(GError) field_error = NULL;

          if (!cr_record_field_check (binding->def, cr_record_get (binding->record, binding->field),
                                      &field_error))
            message = g_strdup (field_error->message);
        }

      if (message == NULL && !ok && field != NULL &&
          binding->record == CR_RECORD (priv->context->rr) &&
          g_strcmp0 (field, binding->field) == 0)
        {
          message = g_strdup (error->message);
          is_step_error = TRUE;
        }

      if (message != NULL && !binding->touched)
        {
          /* Not shouted beside a field the user has not reached yet, but
           * said at the foot of the page so Next is never a mystery. */
          if (hint == NULL)
            hint = g_steal_pointer (&message);
          g_clear_pointer (&message, g_free);
        }
      else if (message != NULL && is_step_error)
        step_shown = TRUE;

      _cr_rr_binding_show (binding, message);
    }

  if (!ok && !step_shown && hint == NULL)
    hint = g_strdup (error->message);

  show_hint (self, hint);
  cr_assistant_page_set_complete (CR_ASSISTANT_PAGE (self), ok && !parse_errors);
}

const char *
cr_rr_page_get_message (CrRrPage   *self,
                        CrRecord   *record,
                        const char *field)
{
  CrRrPagePrivate *priv = cr_rr_page_get_instance_private (self);

  g_return_val_if_fail (CR_IS_RR_PAGE (self), NULL);

  for (guint i = 0; i < priv->bindings->len; i++)
    {
      CrRrBinding *binding = g_ptr_array_index (priv->bindings, i);

      if (binding->record == record && g_strcmp0 (binding->field, field) == 0)
        return binding->shown;
    }
  return NULL;
}

const char *
cr_rr_page_get_hint (CrRrPage *self)
{
  CrRrPagePrivate *priv = cr_rr_page_get_instance_private (self);

  g_return_val_if_fail (CR_IS_RR_PAGE (self), NULL);

  if (priv->hint_label == NULL || !gtk_widget_get_visible (GTK_WIDGET (priv->hint_label)))
    return NULL;
  return gtk_label_get_text (priv->hint_label);
}

void
cr_rr_page_refresh (CrRrPage *self)
{
  CrRrPagePrivate *priv = cr_rr_page_get_instance_private (self);

  g_return_if_fail (CR_IS_RR_PAGE (self));

  if (priv->context == NULL || priv->context->rr == NULL)
    return;

  if (CR_RR_PAGE_GET_CLASS (self)->refresh != NULL)
    {
      _cr_rr_page_loading_push (self);
      CR_RR_PAGE_GET_CLASS (self)->refresh (self);
      _cr_rr_page_loading_pop (self);
    }
  cr_rr_page_validate (self);
}

void
cr_rr_page_changed (CrRrPage *self)
{
  g_return_if_fail (CR_IS_RR_PAGE (self));

  if (cr_rr_page_is_loading (self))
    return;

  cr_rr_page_refresh (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/*
 * Context
 */

int
cr_rr_page_get_step (CrRrPage *self)
{
  CrRrPagePrivate *priv = cr_rr_page_get_instance_private (self);

  g_return_val_if_fail (CR_IS_RR_PAGE (self), -1);

  return priv->step;
}

CrRrContext *
cr_rr_page_get_context (CrRrPage *self)
{
  CrRrPagePrivate *priv = cr_rr_page_get_instance_private (self);

  g_return_val_if_fail (CR_IS_RR_PAGE (self), NULL);

  return priv->context;
}

CrRapidReview *
cr_rr_page_get_rapid_review (CrRrPage *self)
{
  CrRrPagePrivate *priv = cr_rr_page_get_instance_private (self);

  g_return_val_if_fail (CR_IS_RR_PAGE (self), NULL);

  return priv->context != NULL ? priv->context->rr : NULL;
}

gboolean
cr_rr_page_is_loading (CrRrPage *self)
{
  CrRrPagePrivate *priv = cr_rr_page_get_instance_private (self);

  g_return_val_if_fail (CR_IS_RR_PAGE (self), TRUE);

  return priv->loading > 0 || priv->context == NULL || priv->context->rr == NULL;
}

void
cr_rr_page_set_context (CrRrPage    *self,
                        CrRrContext *context)
{
  CrRrPagePrivate *priv = cr_rr_page_get_instance_private (self);

  g_return_if_fail (CR_IS_RR_PAGE (self));

  priv->context = context;

  /* The widgets are rebuilt for the new rapid review: old bindings go. */
  g_ptr_array_set_size (priv->bindings, 0);

  if (context != NULL && context->rr != NULL)
    {
      _cr_rr_page_loading_push (self);
      if (CR_RR_PAGE_GET_CLASS (self)->load != NULL)
        CR_RR_PAGE_GET_CLASS (self)->load (self);
      cr_rr_page_load_bindings (self, NULL);
      _cr_rr_page_loading_pop (self);
    }

  cr_rr_page_refresh (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self), context != NULL && context->rr != NULL);
}

/*
 * Layout helpers
 */

void
cr_rr_page_setup (CrRrPage *self,
                  GtkBox   *content)
{
  CrRrPagePrivate *priv = cr_rr_page_get_instance_private (self);

  g_return_if_fail (CR_IS_RR_PAGE (self));
  g_return_if_fail (GTK_IS_BOX (content));

  cr_assistant_page_add_note (CR_ASSISTANT_PAGE (self), content, "document-edit-symbolic");

  priv->hint_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (priv->hint_label, TRUE);
  gtk_label_set_xalign (priv->hint_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (priv->hint_label), "dim-label");
  gtk_widget_set_visible (GTK_WIDGET (priv->hint_label), FALSE);
  gtk_box_append (content, GTK_WIDGET (priv->hint_label));
}



GtkWidget *
cr_rr_text_view_new (const char *accessible_label,
                     int         height)
{
  GtkWidget *view = gtk_text_view_new ();

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 12);
  gtk_widget_set_size_request (view, -1, height);
  gtk_widget_add_css_class (view, "card");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                  -1);
  return view;
}

GtkWidget *
cr_rr_message_label_new (gboolean under)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), under ? 0 : 1);
  if (!under)
    gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  else
    gtk_widget_set_margin_top (label, 6);
  gtk_widget_add_css_class (label, "error");
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_set_visible (label, FALSE);
  return label;
}

/*
 * GObject overrides
 */

static void
cr_rr_page_dispose (GObject *object)
{
  CrRrPage *self = CR_RR_PAGE (object);
  CrRrPagePrivate *priv = cr_rr_page_get_instance_private (self);

  /* Bindings hold handlers on widgets that are about to go. */
  g_ptr_array_set_size (priv->bindings, 0);
  priv->context = NULL;

  G_OBJECT_CLASS (cr_rr_page_parent_class)->dispose (object);
}

static void
cr_rr_page_finalize (GObject *object)
{
  CrRrPage *self = CR_RR_PAGE (object);
  CrRrPagePrivate *priv = cr_rr_page_get_instance_private (self);

  g_clear_pointer (&priv->bindings, g_ptr_array_unref);

  G_OBJECT_CLASS (cr_rr_page_parent_class)->finalize (object);
}

static void
cr_rr_page_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CrRrPage *self = CR_RR_PAGE (object);
  CrRrPagePrivate *priv = cr_rr_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_STEP:
      g_value_set_int (value, priv->step);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_rr_page_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  CrRrPage *self = CR_RR_PAGE (object);
  CrRrPagePrivate *priv = cr_rr_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_STEP:
      priv->step = g_value_get_int (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_rr_page_class_init (CrRrPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cr_rr_page_dispose;
  object_class->finalize = cr_rr_page_finalize;
  object_class->get_property = cr_rr_page_get_property;
  object_class->set_property = cr_rr_page_set_property;

  klass->check = cr_rr_page_real_check;

  properties[PROP_STEP] =
    g_param_spec_int ("step", NULL, NULL,
                      -1, CR_RAPID_REVIEW_N_STEPS - 1, -1,
                      (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
cr_rr_page_init (CrRrPage *self)
{
  CrRrPagePrivate *priv = cr_rr_page_get_instance_private (self);

  priv->step = -1;
  priv->bindings = g_ptr_array_new_with_free_func ((GDestroyNotify) _cr_rr_binding_free);
  cr_assistant_page_set_complete (CR_ASSISTANT_PAGE (self), FALSE);
}
