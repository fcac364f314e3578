/* cr-referral-page.c: a page of the referral assistant, bound to a referral
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrReferralPage"

#include "config.h"

#include "cr-referral-page.h"
#include "cr-referral-page-private.h"

#include "cr-edit-utils.h"

#include <glib/gi18n.h>

typedef struct
{
  CrReferral *referral;
  CrDatabase *database;
  GListStore *agencies;
  GPtrArray  *bindings;     /* of Binding */
  GHashTable *aliases;      /* field name -> name shown as */
  GPtrArray  *orders;       /* pairs of field names: earlier, later */

  guint       loading : 1;
  guint       revealed : 1;
} CrReferralPagePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (CrReferralPage, cr_referral_page, CR_TYPE_ASSISTANT_PAGE)

enum {
  PROP_0,
  PROP_REFERRAL,
  PROP_DATABASE,
  PROP_AGENCIES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/*
 * Bindings (the rest is in cr-referral-page-bindings.c)
 */

static CrRecord *
record_or_referral (CrReferralPage *self,
                    CrRecord       *record)
{
  CrReferralPagePrivate *priv = cr_referral_page_get_instance_private (self);

  return record != NULL ? record : CR_RECORD (priv->referral);
}

Binding *
_cr_referral_page_add_binding (CrReferralPage *self,
                               BindKind        kind,
                               GtkWidget      *widget,
                               CrRecord       *record,
                               const char     *field)
{
  CrReferralPagePrivate *priv = cr_referral_page_get_instance_private (self);
  Binding *binding = g_new0 (Binding, 1);

  binding->page = self;
  binding->kind = kind;
  binding->widget = widget != NULL ? g_object_ref (widget) : NULL;
  binding->styled = widget;
  binding->field = g_strdup (field);
  if (kind != BIND_MESSAGE)
    {
      binding->record = g_object_ref (record_or_referral (self, record));
      g_return_val_if_fail (cr_record_find_field (binding->record, field) != NULL, binding);
    }

  g_ptr_array_add (priv->bindings, binding);
  return binding;
}

/* Sets the record from what the user did, then rechecks. */
void
_cr_referral_page_store (Binding    *binding,
                         const char *value)
{
  CrReferralPage *self = binding->page;
  CrReferralPagePrivate *priv = cr_referral_page_get_instance_private (self);

  if (priv->loading)
    return;

  cr_record_set (binding->record, binding->field, value);
  binding->touched = TRUE;
  cr_referral_page_revalidate (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

void
_cr_referral_page_load_binding (CrReferralPage *self,
                                Binding        *binding)
{
  CrReferralPagePrivate *priv = cr_referral_page_get_instance_private (self);
  gboolean was_loading = priv->loading;

  priv->loading = TRUE;
  _cr_referral_page_binding_load (binding);
  priv->loading = was_loading;
}

/*
 * Checking
 */

/* The binding that shows messages about @name, or NULL. */
static Binding *
find_shown_binding (CrReferralPage *self,
                    const char     *name)
{
  CrReferralPagePrivate *priv = cr_referral_page_get_instance_private (self);
  const char *alias = name != NULL ? g_hash_table_lookup (priv->aliases, name) : NULL;
  Binding *fallback = NULL;

  if (alias != NULL)
    name = alias;

  for (guint i = 0; i < priv->bindings->len; i++)
    {
      Binding *binding = g_ptr_array_index (priv->bindings, i);

      /* Messages about the referral's own fields, not a sub-record's. */
      if (binding->record != NULL && binding->record != CR_RECORD (priv->referral))
        continue;
      if (name != NULL && g_strcmp0 (binding->field, name) == 0)
        return binding;
      if (binding->kind == BIND_MESSAGE && binding->field == NULL)
        fallback = binding;
    }

  return fallback;
}

static void
show_message (Binding    *binding,
              const char *message)
{
  if (binding->styled != NULL)
    cr_set_field_error (binding->styled, binding->message, message);
  else if (binding->message != NULL)
    {
      gtk_label_set_text (binding->message, message != NULL ? message : "");
      gtk_widget_set_visible (GTK_WIDGET (binding->message), message != NULL);
    }
}

static void
focus_binding (Binding *binding)
{
  if (binding->widget != NULL)
    gtk_widget_grab_focus (binding->widget);
}

/* The message about the order of the dates, for the binding showing
 * @later, or NULL when they are in order (or not both typed). */
static char *
check_orders (CrReferralPage *self,
              Binding        *binding)
{
  CrReferralPagePrivate *priv = cr_referral_page_get_instance_private (self);
  CrRecord *referral = CR_RECORD (priv->referral);

  if (binding->kind == BIND_MESSAGE || binding->record != referral)
    return NULL;

  for (guint i = 0; i + 1 < priv->orders->len; i += 2)
    {
      const char *earlier = g_ptr_array_index (priv->orders, i);
      const char *later = g_ptr_array_index (priv->orders, i + 1);
      const char *shown_as = g_hash_table_lookup (priv->aliases, later);
      g_autoptr(CrReferral) pair = NULL;
      g_autoptr(GError) error = NULL;

      if (g_strcmp0 (shown_as != NULL ? shown_as : later, binding->field) != 0)
        continue;

      /* The referral's own rule, on these two dates alone. */
      pair = cr_referral_new ();
      cr_record_set (CR_RECORD (pair), earlier, cr_record_get (referral, earlier));
      cr_record_set (CR_RECORD (pair), later, cr_record_get (referral, later));
      /* A notified date goes with its decision, or the rule refuses it. */
      cr_record_set (CR_RECORD (pair), "notify-decision", cr_record_get (referral, "notify-decision"));
      if (cr_record_field_check (cr_record_find_field (referral, earlier),
                                 cr_record_get (referral, earlier), NULL) &&
          cr_record_field_check (cr_record_find_field (referral, later),
                                 cr_record_get (referral, later), NULL) &&
          !cr_record_validate (CR_RECORD (pair), &error))
        return g_strdup (error->message);
    }

  return NULL;
}

/* Rechecks everything; returns the binding to fix first, or NULL. */
static Binding *
revalidate (CrReferralPage *self,
            gboolean        reveal)
{
  CrReferralPagePrivate *priv = cr_referral_page_get_instance_private (self);
  CrReferralPageClass *klass = CR_REFERRAL_PAGE_GET_CLASS (self);
  g_autoptr(GError) step_error = NULL;
  const char *step_field = NULL;
  Binding *step_binding = NULL;
  Binding *first_bad = NULL;
  gboolean complete = TRUE;

  if (reveal)
    priv->revealed = TRUE;

  if (klass->step >= 0 &&
      !cr_referral_check_step (priv->referral, (CrReferralStep) klass->step, &step_field, &step_error))
    {
      complete = FALSE;
      step_binding = find_shown_binding (self, step_field);
    }

  for (guint i = 0; i < priv->bindings->len; i++)
    {
      Binding *binding = g_ptr_array_index (priv->bindings, i);
      g_autoptr(GError) error = NULL;
      g_autofree char *order_message = NULL;
      const char *message = NULL;

      /* A field the page hides cannot be fixed by the user. */
      if (binding->widget != NULL && !gtk_widget_get_visible (binding->widget))
        {
          show_message (binding, NULL);
          continue;
        }

      if (!_cr_referral_page_binding_check (binding, &error))
        {
          complete = FALSE;
          message = error->message;
        }
      else if ((order_message = check_orders (self, binding)) != NULL)
        {
          complete = FALSE;
          message = order_message;
        }
      else if (binding == step_binding)
        message = step_error->message;

      if (message != NULL && first_bad == NULL)
        first_bad = binding;

      /* Do not shout at a form the user has not filled in yet. */
      if (!binding->touched && !priv->revealed)
        message = NULL;
      show_message (binding, message);
    }

  if (klass->check != NULL && !klass->check (self, priv->revealed))
    complete = FALSE;

  cr_assistant_page_set_complete (CR_ASSISTANT_PAGE (self), complete);
  return first_bad;
}

/*
 * GObject overrides
 */

static void
cr_referral_page_shown (CrAssistantPage *page)
{
  CrReferralPage *self = CR_REFERRAL_PAGE (page);
  CrReferralPagePrivate *priv = cr_referral_page_get_instance_private (self);

  /* The first field, unless something inside the page has focus already. */
  for (guint i = 0; i < priv->bindings->len; i++)
    {
      Binding *binding = g_ptr_array_index (priv->bindings, i);

      if (binding->kind != BIND_MESSAGE && binding->widget != NULL &&
          gtk_widget_get_sensitive (binding->widget))
        {
          focus_binding (binding);
          break;
        }
    }
  cr_referral_page_revalidate (self);
}

static void
cr_referral_page_constructed (GObject *object)
{
  CrReferralPage *self = CR_REFERRAL_PAGE (object);
  CrReferralPagePrivate *priv = cr_referral_page_get_instance_private (self);
  CrReferralPageClass *klass = CR_REFERRAL_PAGE_GET_CLASS (self);

  G_OBJECT_CLASS (cr_referral_page_parent_class)->constructed (object);

  if (priv->referral == NULL)
    priv->referral = cr_referral_new ();
  if (priv->agencies == NULL)
    priv->agencies = g_list_store_new (CR_TYPE_AGENCY);

  priv->loading = TRUE;
  if (klass->load != NULL)
    klass->load (self);
  priv->loading = FALSE;

  revalidate (self, FALSE);
}

static void
cr_referral_page_dispose (GObject *object)
{
  CrReferralPage *self = (CrReferralPage *)object;
  CrReferralPagePrivate *priv = cr_referral_page_get_instance_private (self);

  g_clear_pointer (&priv->bindings, g_ptr_array_unref);
  g_clear_pointer (&priv->aliases, g_hash_table_unref);
  g_clear_pointer (&priv->orders, g_ptr_array_unref);
  g_clear_object (&priv->referral);
  g_clear_object (&priv->database);
  g_clear_object (&priv->agencies);

  G_OBJECT_CLASS (cr_referral_page_parent_class)->dispose (object);
}

static void
cr_referral_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CrReferralPage *self = CR_REFERRAL_PAGE (object);
  CrReferralPagePrivate *priv = cr_referral_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_REFERRAL:
      g_value_set_object (value, priv->referral);
      break;
    case PROP_DATABASE:
      g_value_set_object (value, priv->database);
      break;
    case PROP_AGENCIES:
      g_value_set_object (value, priv->agencies);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_referral_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CrReferralPage *self = CR_REFERRAL_PAGE (object);
  CrReferralPagePrivate *priv = cr_referral_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_REFERRAL:
      priv->referral = g_value_dup_object (value);
      break;
    case PROP_DATABASE:
      priv->database = g_value_dup_object (value);
      break;
    case PROP_AGENCIES:
      priv->agencies = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_referral_page_class_init (CrReferralPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  CrAssistantPageClass *page_class = CR_ASSISTANT_PAGE_CLASS (klass);

  object_class->constructed = cr_referral_page_constructed;
  object_class->dispose = cr_referral_page_dispose;
  object_class->get_property = cr_referral_page_get_property;
  object_class->set_property = cr_referral_page_set_property;
  page_class->shown = cr_referral_page_shown;
  klass->step = -1;

  properties[PROP_REFERRAL] =
    g_param_spec_object ("referral", NULL, NULL,
                         CR_TYPE_REFERRAL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         CR_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AGENCIES] =
    g_param_spec_object ("agencies", NULL, NULL,
                         G_TYPE_LIST_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
cr_referral_page_init (CrReferralPage *self)
{
  CrReferralPagePrivate *priv = cr_referral_page_get_instance_private (self);

  priv->bindings = g_ptr_array_new_with_free_func (_cr_referral_page_binding_free);
  priv->aliases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  priv->orders = g_ptr_array_new_with_free_func (g_free);
}

/*
 * Public API
 */

CrReferral *
cr_referral_page_get_referral (CrReferralPage *self)
{
  CrReferralPagePrivate *priv = cr_referral_page_get_instance_private (self);

  g_return_val_if_fail (CR_IS_REFERRAL_PAGE (self), NULL);

  return priv->referral;
}

CrDatabase *
cr_referral_page_get_database (CrReferralPage *self)
{
  CrReferralPagePrivate *priv = cr_referral_page_get_instance_private (self);

  g_return_val_if_fail (CR_IS_REFERRAL_PAGE (self), NULL);

  return priv->database;
}

GListStore *
cr_referral_page_get_agencies (CrReferralPage *self)
{
  CrReferralPagePrivate *priv = cr_referral_page_get_instance_private (self);

  g_return_val_if_fail (CR_IS_REFERRAL_PAGE (self), NULL);

  return priv->agencies;
}

void
cr_referral_page_add_message (CrReferralPage *self,
                              const char     *name,
                              GtkWidget      *widget,
                              GtkLabel       *label)
{
  Binding *binding;

  g_return_if_fail (CR_IS_REFERRAL_PAGE (self));
  g_return_if_fail (widget == NULL || GTK_IS_WIDGET (widget));
  g_return_if_fail (label == NULL || GTK_IS_LABEL (label));

  binding = _cr_referral_page_add_binding (self, BIND_MESSAGE, widget, NULL, name);
  binding->message = label;
  if (label != NULL)
    gtk_widget_set_visible (GTK_WIDGET (label), FALSE);
}

void
cr_referral_page_add_alias (CrReferralPage *self,
                            const char     *name,
                            const char     *shown_as)
{
  CrReferralPagePrivate *priv = cr_referral_page_get_instance_private (self);

  g_return_if_fail (CR_IS_REFERRAL_PAGE (self));
  g_return_if_fail (name != NULL && shown_as != NULL);

  g_hash_table_replace (priv->aliases, g_strdup (name), g_strdup (shown_as));
}

void
cr_referral_page_add_order (CrReferralPage *self,
                            const char     *earlier,
                            const char     *later)
{
  CrReferralPagePrivate *priv = cr_referral_page_get_instance_private (self);

  g_return_if_fail (CR_IS_REFERRAL_PAGE (self));
  g_return_if_fail (earlier != NULL && later != NULL);

  g_ptr_array_add (priv->orders, g_strdup (earlier));
  g_ptr_array_add (priv->orders, g_strdup (later));
}

void
cr_referral_page_unbind_record (CrReferralPage *self,
                                CrRecord       *record)
{
  CrReferralPagePrivate *priv = cr_referral_page_get_instance_private (self);

  g_return_if_fail (CR_IS_REFERRAL_PAGE (self));

  for (guint i = priv->bindings->len; i > 0; i--)
    {
      Binding *binding = g_ptr_array_index (priv->bindings, i - 1);

      if (binding->record == record)
        g_ptr_array_remove_index (priv->bindings, i - 1);
    }
}

void
cr_referral_page_reload (CrReferralPage *self)
{
  CrReferralPagePrivate *priv = cr_referral_page_get_instance_private (self);

  g_return_if_fail (CR_IS_REFERRAL_PAGE (self));

  for (guint i = 0; i < priv->bindings->len; i++)
    _cr_referral_page_load_binding (self, g_ptr_array_index (priv->bindings, i));
  revalidate (self, FALSE);
}

void
cr_referral_page_changed (CrReferralPage *self,
                          const char     *name)
{
  CrReferralPagePrivate *priv = cr_referral_page_get_instance_private (self);

  g_return_if_fail (CR_IS_REFERRAL_PAGE (self));

  if (priv->loading)
    return;

  for (guint i = 0; name != NULL && i < priv->bindings->len; i++)
    {
      Binding *binding = g_ptr_array_index (priv->bindings, i);

      if (g_strcmp0 (binding->field, name) == 0)
        binding->touched = TRUE;
    }

  revalidate (self, FALSE);
  g_signal_emit (self, signals[CHANGED], 0);
}

void
cr_referral_page_revalidate (CrReferralPage *self)
{
  g_return_if_fail (CR_IS_REFERRAL_PAGE (self));

  revalidate (self, FALSE);
}

void
cr_referral_page_activate (CrReferralPage *self)
{
  Binding *first_bad;

  g_return_if_fail (CR_IS_REFERRAL_PAGE (self));

  first_bad = revalidate (self, TRUE);
  if (cr_assistant_page_get_complete (CR_ASSISTANT_PAGE (self)))
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "assistant.next", NULL);
      return;
    }

  if (first_bad != NULL)
    focus_binding (first_bad);
}
