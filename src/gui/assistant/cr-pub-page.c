/* cr-pub-page.c: what the pages of the publication assistant share
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrPubPage"

#include "config.h"

#include "cr-pub-page.h"
#include "cr-pub-page-private.h"

#include "cr-anonymisation.h"
#include "cr-database-report.h"
#include "cr-deadline.h"
#include "cr-edit-utils.h"

#include <glib/gi18n.h>
#include <string.h>

typedef struct
{
  CrPubContext *context;        /* borrowed from the assistant */
  int           step;
  GPtrArray    *bindings;       /* CrPubBinding */

  GtkWidget    *message_box;
  GtkLabel     *message_label;

  guint         loading;
} CrPubPagePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (CrPubPage, cr_pub_page, CR_TYPE_ASSISTANT_PAGE)

enum {
  PROP_0,
  PROP_STEP,
  N_PROPS
};

enum {
  CHANGED,
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/*
 * The context
 */

guint
cr_pub_context_count_open (CrPubContext *ctx)
{
  guint n = 0;

  for (guint i = 0; ctx->processes != NULL && i < ctx->processes->len; i++)
    if (g_strcmp0 (cr_record_get (g_ptr_array_index (ctx->processes, i), "status"),
                   "concluded") != 0)
      n++;
  return n;
}

void
cr_pub_context_fill (CrPubContext         *ctx,
                     CrPublicationContext *out)
{
  memset (out, 0, sizeof *out);
  out->status = ctx->kase != NULL ? cr_case_get_status (ctx->kase) : CR_CASE_STATUS_REFERRED;
  out->open_proceedings = cr_pub_context_count_open (ctx);
  out->unresolved_hits = ctx->hits != NULL ? cr_anonymisation_count_unresolved (ctx->hits) : 1;
  out->today = NULL;
  out->closure_dates = (const char * const *) ctx->closure_dates;
}

char *
cr_pub_format_date (const char *iso)
{
  if (iso == NULL || *iso == '\0')
    return NULL;
  return cr_deadline_format_long_date (iso);
}

/*
 * Internals shared with the bindings
 */

GPtrArray *
_cr_pub_page_get_bindings (CrPubPage *self)
{
  CrPubPagePrivate *priv = cr_pub_page_get_instance_private (self);

  return priv->bindings;
}

void
_cr_pub_page_loading_push (CrPubPage *self)
{
  CrPubPagePrivate *priv = cr_pub_page_get_instance_private (self);

  priv->loading++;
}

void
_cr_pub_page_loading_pop (CrPubPage *self)
{
  CrPubPagePrivate *priv = cr_pub_page_get_instance_private (self);

  g_return_if_fail (priv->loading > 0);
  priv->loading--;
}

/*
 * Validation
 */

static gboolean
cr_pub_page_real_check (CrPubPage  *self,
                        GError    **error)
{
  CrPubPagePrivate *priv = cr_pub_page_get_instance_private (self);
  CrPublicationContext context;

  if (priv->step < 0)
    return TRUE;

  cr_pub_context_fill (priv->context, &context);
  return cr_publication_check_step (priv->context->publication, (CrPublicationStep) priv->step,
                                    &context, error);
}

static void
show_message (CrPubPage  *self,
              const char *message)
{
  CrPubPagePrivate *priv = cr_pub_page_get_instance_private (self);

  if (priv->message_label == NULL)
    return;

  gtk_label_set_text (priv->message_label, message != NULL ? message : "");
  gtk_widget_set_visible (priv->message_box, message != NULL);
}

static void
validate (CrPubPage *self)
{
  CrPubPagePrivate *priv = cr_pub_page_get_instance_private (self);
  g_autoptr(GError) error = NULL;
  gboolean field_errors = FALSE;
  gboolean ok;

  if (priv->context == NULL || priv->context->publication == NULL)
    {
      cr_assistant_page_set_complete (CR_ASSISTANT_PAGE (self), FALSE);
      show_message (self, NULL);
      return;
    }

  for (guint i = 0; i < priv->bindings->len; i++)
    {
      CrPubBinding *binding = g_ptr_array_index (priv->bindings, i);
      g_autofree char *message = _cr_pub_binding_check (binding);

      if (message != NULL)
        field_errors = TRUE;
      if (binding->type == CR_PUB_BINDING_ENTRY || binding->type == CR_PUB_BINDING_TEXT)
        cr_set_field_error (binding->widget, binding->message, message);
    }

  ok = CR_PUB_PAGE_GET_CLASS (self)->check (self, &error);
  if (!ok && error == NULL)
    g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_FAILED,
                         _("Some answers on this page need attention."));

  if (!ok)
    show_message (self, error->message);
  else if (field_errors)
    show_message (self, _("Correct the fields marked in red first."));
  else
    show_message (self, NULL);

  cr_assistant_page_set_complete (CR_ASSISTANT_PAGE (self), ok && !field_errors);
}

const char *
cr_pub_page_get_message (CrPubPage *self)
{
  CrPubPagePrivate *priv = cr_pub_page_get_instance_private (self);

  g_return_val_if_fail (CR_IS_PUB_PAGE (self), NULL);

  if (priv->message_box == NULL || !gtk_widget_get_visible (priv->message_box))
    return NULL;
  return gtk_label_get_text (priv->message_label);
}

void
cr_pub_page_refresh (CrPubPage *self)
{
  CrPubPagePrivate *priv = cr_pub_page_get_instance_private (self);

  g_return_if_fail (CR_IS_PUB_PAGE (self));

  if (priv->context == NULL || priv->context->publication == NULL)
    return;

  if (CR_PUB_PAGE_GET_CLASS (self)->refresh != NULL)
    {
      _cr_pub_page_loading_push (self);
      CR_PUB_PAGE_GET_CLASS (self)->refresh (self);
      _cr_pub_page_loading_pop (self);
    }
  validate (self);
}

void
cr_pub_page_changed (CrPubPage *self)
{
  g_return_if_fail (CR_IS_PUB_PAGE (self));

  if (cr_pub_page_is_loading (self))
    return;

  cr_pub_page_refresh (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/*
 * Context
 */

int
cr_pub_page_get_step (CrPubPage *self)
{
  CrPubPagePrivate *priv = cr_pub_page_get_instance_private (self);

  g_return_val_if_fail (CR_IS_PUB_PAGE (self), -1);

  return priv->step;
}

CrPubContext *
cr_pub_page_get_context (CrPubPage *self)
{
  CrPubPagePrivate *priv = cr_pub_page_get_instance_private (self);

  g_return_val_if_fail (CR_IS_PUB_PAGE (self), NULL);

  return priv->context;
}

CrPublication *
cr_pub_page_get_publication (CrPubPage *self)
{
  CrPubPagePrivate *priv = cr_pub_page_get_instance_private (self);

  g_return_val_if_fail (CR_IS_PUB_PAGE (self), NULL);

  return priv->context != NULL ? priv->context->publication : NULL;
}

gboolean
cr_pub_page_is_loading (CrPubPage *self)
{
  CrPubPagePrivate *priv = cr_pub_page_get_instance_private (self);

  g_return_val_if_fail (CR_IS_PUB_PAGE (self), TRUE);

  return priv->loading > 0 || priv->context == NULL || priv->context->publication == NULL;
}

void
cr_pub_page_set_context (CrPubPage    *self,
                         CrPubContext *context)
{
  CrPubPagePrivate *priv = cr_pub_page_get_instance_private (self);

  g_return_if_fail (CR_IS_PUB_PAGE (self));

  priv->context = context;
  g_ptr_array_set_size (priv->bindings, 0);

  if (context != NULL && context->publication != NULL)
    {
      _cr_pub_page_loading_push (self);
      if (CR_PUB_PAGE_GET_CLASS (self)->load != NULL)
        CR_PUB_PAGE_GET_CLASS (self)->load (self);
      for (guint i = 0; i < priv->bindings->len; i++)
        _cr_pub_binding_load (g_ptr_array_index (priv->bindings, i));
      _cr_pub_page_loading_pop (self);
    }

  cr_pub_page_refresh (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self),
                            context != NULL && context->publication != NULL &&
                            cr_database_is_writable (context->db));
}

/*
 * Applying: each step is stored as it is left
 */

static void
on_publication_saved_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(CrPubPage) self = user_data;
  CrPubPagePrivate *priv = cr_pub_page_get_instance_private (self);
  g_autoptr(CrCase) updated = NULL;
  g_autoptr(GError) error = NULL;

  updated = cr_database_save_publication_finish (CR_DATABASE (source), result, &error);
  if (updated == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          /* Translators: %s says why */
          g_autofree char *note = g_strdup_printf (_("The publication could not be saved: %s"),
                                                   error->message);

          cr_assistant_page_set_note (CR_ASSISTANT_PAGE (self), note, TRUE);
        }
      cr_assistant_page_apply_complete (CR_ASSISTANT_PAGE (self), FALSE);
      return;
    }

  if (priv->context != NULL)
    g_set_object (&priv->context->kase, updated);
  cr_assistant_page_set_note (CR_ASSISTANT_PAGE (self), NULL, FALSE);
  g_signal_emit (self, signals[SAVED], 0, updated);
  cr_assistant_page_apply_complete (CR_ASSISTANT_PAGE (self), TRUE);
}

static gboolean
cr_pub_page_apply (CrAssistantPage *page,
                   GCancellable    *cancellable)
{
  CrPubPage *self = CR_PUB_PAGE (page);
  CrPubPagePrivate *priv = cr_pub_page_get_instance_private (self);
  g_autoptr(CrPublication) copy = NULL;

  if (priv->step < 0 || priv->context == NULL || priv->context->publication == NULL)
    return FALSE;

  /* The storage thread gets a record nobody edits meanwhile. */
  copy = cr_publication_new ();
  cr_record_copy_from (CR_RECORD (copy), CR_RECORD (priv->context->publication));
  cr_database_save_publication_async (priv->context->db, copy, cancellable,
                                      on_publication_saved_cb, g_object_ref (self));
  return TRUE;
}

/*
 * Layout helpers
 */

void
cr_pub_page_setup (CrPubPage *self,
                   GtkBox    *content)
{
  CrPubPagePrivate *priv = cr_pub_page_get_instance_private (self);
  GtkWidget *icon;

  g_return_if_fail (CR_IS_PUB_PAGE (self));
  g_return_if_fail (GTK_IS_BOX (content));

  cr_assistant_page_add_note (CR_ASSISTANT_PAGE (self), content, "dialog-information-symbolic");

  /* Why Next is refused: a label in the page, so it is read out. */
  priv->message_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_add_css_class (icon, "warning");
  gtk_box_append (GTK_BOX (priv->message_box), icon);
  priv->message_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (priv->message_label, TRUE);
  gtk_label_set_xalign (priv->message_label, 0);
  gtk_label_set_selectable (priv->message_label, FALSE);
  gtk_widget_set_hexpand (GTK_WIDGET (priv->message_label), TRUE);
  gtk_box_append (GTK_BOX (priv->message_box), GTK_WIDGET (priv->message_label));
  gtk_widget_set_visible (priv->message_box, FALSE);
  gtk_box_append (content, priv->message_box);
}



GtkWidget *
cr_pub_page_add_check_row (CrPubPage  *self,
                           GtkListBox *list,
                           const char *field,
                           const char *nick,
                           const char *subtitle,
                           GtkWidget  *group)
{
  g_autoptr(CrPublication) probe = cr_publication_new ();
  const CrRecordField *def = cr_record_find_field (CR_RECORD (probe), field);
  const char *label = def != NULL ? cr_record_field_get_choice_label (def, nick) : NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label != NULL ? label : nick);
  if (subtitle != NULL)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle,
                                      -1);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label != NULL ? label : nick,
                                  -1);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  if (group != NULL)
    gtk_check_button_set_group (GTK_CHECK_BUTTON (check), GTK_CHECK_BUTTON (group));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  gtk_list_box_append (list, row);
  return check;
}

/*
 * GObject overrides
 */

static void
cr_pub_page_dispose (GObject *object)
{
  CrPubPage *self = CR_PUB_PAGE (object);
  CrPubPagePrivate *priv = cr_pub_page_get_instance_private (self);

  g_ptr_array_set_size (priv->bindings, 0);
  priv->context = NULL;

  G_OBJECT_CLASS (cr_pub_page_parent_class)->dispose (object);
}

static void
cr_pub_page_finalize (GObject *object)
{
  CrPubPage *self = CR_PUB_PAGE (object);
  CrPubPagePrivate *priv = cr_pub_page_get_instance_private (self);

  g_clear_pointer (&priv->bindings, g_ptr_array_unref);

  G_OBJECT_CLASS (cr_pub_page_parent_class)->finalize (object);
}

static void
cr_pub_page_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CrPubPage *self = CR_PUB_PAGE (object);
  CrPubPagePrivate *priv = cr_pub_page_get_instance_private (self);

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
cr_pub_page_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  CrPubPage *self = CR_PUB_PAGE (object);
  CrPubPagePrivate *priv = cr_pub_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_STEP:
      priv->step = g_value_get_int (value);
      if (priv->step >= 0)
        cr_assistant_page_set_title (CR_ASSISTANT_PAGE (self),
                                     cr_publication_step_get_title ((CrPublicationStep) priv->step));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_pub_page_class_init (CrPubPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  CrAssistantPageClass *page_class = CR_ASSISTANT_PAGE_CLASS (klass);

  object_class->dispose = cr_pub_page_dispose;
  object_class->finalize = cr_pub_page_finalize;
  object_class->get_property = cr_pub_page_get_property;
  object_class->set_property = cr_pub_page_set_property;

  page_class->apply = cr_pub_page_apply;
  klass->check = cr_pub_page_real_check;

  properties[PROP_STEP] =
    g_param_spec_int ("step", NULL, NULL,
                      -1, CR_PUBLICATION_N_STEPS - 1, -1,
                      (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
  /* The step was stored: the case as it is now. */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CR_TYPE_CASE);
}

static void
cr_pub_page_init (CrPubPage *self)
{
  CrPubPagePrivate *priv = cr_pub_page_get_instance_private (self);

  priv->step = -1;
  priv->bindings = g_ptr_array_new_with_free_func ((GDestroyNotify) _cr_pub_binding_free);
  cr_assistant_page_set_complete (CR_ASSISTANT_PAGE (self), FALSE);
}
