/* cr-referral-page.c: a page of the referral assistant, bound to a referral
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrReferralPage"

#include "config.h"

#include "cr-referral-page.h"

#include "cr-edit-utils.h"

#include <glib/gi18n.h>
#include <string.h>

typedef enum
{
  BIND_ENTRY,
  BIND_TEXT,
  BIND_CHOICE,
  BIND_SWITCH,
  BIND_CHECK,
  BIND_MESSAGE,
} BindKind;

typedef struct
{
  CrReferralPage *page;          /* borrowed: the page owns the binding */
  BindKind        kind;
  CrRecord       *record;        /* owned; NULL for messages */
  char           *field;         /* field name, or the message's name */
  char           *nick;          /* BIND_CHECK: the choice */
  GtkWidget      *widget;        /* owned: what the user edits */
  GtkWidget      *styled;        /* borrowed: what gets the error style */
  GtkLabel       *message;       /* borrowed, may be NULL */
  char           *parse_error;   /* BIND_ENTRY: the text typed is not a date */
  gulong          handler;
  GObject        *handler_instance;
  guint           touched : 1;
} Binding;

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
 * Bindings
 */

static void
binding_free (gpointer data)
{
  Binding *binding = data;

  if (binding->handler != 0 && binding->handler_instance != NULL)
    g_signal_handler_disconnect (binding->handler_instance, binding->handler);
  g_clear_object (&binding->handler_instance);
  g_clear_object (&binding->record);
  g_clear_object (&binding->widget);
  g_free (binding->field);
  g_free (binding->nick);
  g_free (binding->parse_error);
  g_free (binding);
}

static CrRecord *
record_or_referral (CrReferralPage *self,
                    CrRecord       *record)
{
  CrReferralPagePrivate *priv = cr_referral_page_get_instance_private (self);

  return record != NULL ? record : CR_RECORD (priv->referral);
}

static GtkLabel *
new_message_label (void)
{
  GtkLabel *label = GTK_LABEL (gtk_label_new (NULL));

  gtk_label_set_wrap (label, TRUE);
  gtk_label_set_max_width_chars (label, 28);
  gtk_label_set_xalign (label, 1.0);
  gtk_widget_set_valign (GTK_WIDGET (label), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (label), "error");
  gtk_widget_add_css_class (GTK_WIDGET (label), "caption");
  gtk_widget_set_visible (GTK_WIDGET (label), FALSE);
  return label;
}

static Binding *
add_binding (CrReferralPage *self,
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

static void
connect_binding (Binding    *binding,
                 gpointer    instance,
                 const char *signal,
                 GCallback   callback)
{
  binding->handler_instance = g_object_ref (instance);
  binding->handler = g_signal_connect_swapped (instance, signal, callback, binding);
}

static const CrRecordField *
binding_field (Binding *binding)
{
  return cr_record_find_field (binding->record, binding->field);
}

/* Sets the record from what the user did, then rechecks. */
static void
binding_store (Binding    *binding,
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

/* "9:05" is "09:05". */
static char *
normalise_time (const char *text)
{
  if (strlen (text) == 4 && g_ascii_isdigit (text[0]) && text[1] == ':' &&
      g_ascii_isdigit (text[2]) && g_ascii_isdigit (text[3]))
    return g_strconcat ("0", text, NULL);
  return g_strdup (text);
}

static void
on_entry_changed_cb (Binding *binding)
{
  const CrRecordField *field = binding_field (binding);
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (binding->widget))));
  g_autofree char *value = NULL;

  g_clear_pointer (&binding->parse_error, g_free);

  if (field->kind == CR_RECORD_FIELD_DATE || field->kind == CR_RECORD_FIELD_PLAN_DATE)
    {
      g_autoptr(GError) error = NULL;

      if (!cr_parse_date_input (text, &value, &error))
        {
          /* Keep what was typed (the draft holds it); the check refuses it. */
          binding->parse_error = g_strdup (error->message);
          value = g_steal_pointer (&text);
        }
    }
  else if (field->kind == CR_RECORD_FIELD_TIME)
    value = normalise_time (text);
  else
    value = g_steal_pointer (&text);

  binding_store (binding, value);
}

static void
on_text_changed_cb (Binding *binding)
{
  g_autofree char *text = cr_referral_page_dup_text (GTK_TEXT_VIEW (binding->widget));

  /* Paragraphs keep their inner spacing; only the ends are trimmed. */
  binding_store (binding, g_strstrip (text));
}

static void
on_choice_selected_cb (Binding *binding)
{
  const CrRecordField *field = binding_field (binding);
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (binding->widget));
  const char *value = NULL;

  /* Item 0 is "nothing chosen"; item n + 1 is choices[n]. */
  if (selected != GTK_INVALID_LIST_POSITION && selected > 0 && field->choices != NULL)
    value = field->choices[selected - 1];

  binding_store (binding, value);
}

static void
on_switch_active_cb (Binding *binding)
{
  binding_store (binding, gtk_switch_get_active (GTK_SWITCH (binding->widget)) ? "true" : "false");
}

static void
on_check_toggled_cb (Binding *binding)
{
  const CrRecordField *field = binding_field (binding);
  const char *current = cr_record_get (binding->record, binding->field);
  g_auto(GStrv) had = g_strsplit (current != NULL ? current : "", ";", -1);
  gboolean active = gtk_check_button_get_active (GTK_CHECK_BUTTON (binding->widget));
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) now = NULL;
  g_autofree char *value = NULL;

  /* Kept in the order of the choices, whatever order they were ticked in. */
  for (guint i = 0; field->choices != NULL && field->choices[i] != NULL; i++)
    {
      const char *nick = field->choices[i];
      gboolean on = g_strv_contains ((const char * const *) had, nick);

      if (g_str_equal (nick, binding->nick))
        on = active;
      if (on)
        g_strv_builder_add (builder, nick);
    }

  now = g_strv_builder_end (builder);
  value = g_strjoinv (";", now);
  binding_store (binding, value);
}

/* Shows the binding's value in its widget. */
static void
binding_load (Binding *binding)
{
  const CrRecordField *field;
  const char *value;

  if (binding->kind == BIND_MESSAGE)
    return;

  field = binding_field (binding);
  value = cr_record_get (binding->record, binding->field);

  switch (binding->kind)
    {
    case BIND_ENTRY:
      gtk_editable_set_text (GTK_EDITABLE (binding->widget), value != NULL ? value : "");
      g_clear_pointer (&binding->parse_error, g_free);
      break;

    case BIND_TEXT:
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (binding->widget)),
                                value != NULL ? value : "", -1);
      break;

    case BIND_CHOICE:
      {
        guint selected = 0;

        for (guint i = 0; value != NULL && field->choices[i] != NULL; i++)
          if (g_str_equal (field->choices[i], value))
            selected = i + 1;
        adw_combo_row_set_selected (ADW_COMBO_ROW (binding->widget), selected);
      }
      break;

    case BIND_SWITCH:
      gtk_switch_set_active (GTK_SWITCH (binding->widget), g_strcmp0 (value, "true") == 0);
      break;

    case BIND_CHECK:
      {
        g_auto(GStrv) nicks = g_strsplit (value != NULL ? value : "", ";", -1);

        gtk_check_button_set_active (GTK_CHECK_BUTTON (binding->widget),
                                     g_strv_contains ((const char * const *) nicks, binding->nick));
      }
      break;

    case BIND_MESSAGE:
    default:
      break;
    }

  /* A value the user gave earlier (a resumed draft) is checked at once. */
  if (value != NULL && binding->kind != BIND_SWITCH)
    binding->touched = TRUE;
}

static void
load_binding (CrReferralPage *self,
              Binding        *binding)
{
  CrReferralPagePrivate *priv = cr_referral_page_get_instance_private (self);
  gboolean was_loading = priv->loading;

  priv->loading = TRUE;
  binding_load (binding);
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

/* The field's own check (format, length, a date not in the future). */
static gboolean
check_binding (Binding  *binding,
               GError  **error)
{
  if (binding->kind == BIND_MESSAGE)
    return TRUE;

  if (binding->parse_error != NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, binding->parse_error);
      return FALSE;
    }

  return cr_record_field_check (binding_field (binding),
                                cr_record_get (binding->record, binding->field),
                                error);
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

      if (!check_binding (binding, &error))
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

  priv->bindings = g_ptr_array_new_with_free_func (binding_free);
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
cr_referral_page_bind_entry (CrReferralPage *self,
                             AdwEntryRow    *row,
                             CrRecord       *record,
                             const char     *field)
{
  Binding *binding;

  g_return_if_fail (CR_IS_REFERRAL_PAGE (self));
  g_return_if_fail (ADW_IS_ENTRY_ROW (row));

  binding = add_binding (self, BIND_ENTRY, GTK_WIDGET (row), record, field);
  binding->message = new_message_label ();
  adw_entry_row_add_suffix (row, GTK_WIDGET (binding->message));
  cr_entry_row_set_accessible_label (GTK_WIDGET (row),
                                     adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  load_binding (self, binding);
  connect_binding (binding, row, "changed", G_CALLBACK (on_entry_changed_cb));
  g_signal_connect_object (row, "entry-activated", G_CALLBACK (cr_referral_page_activate), self,
                           G_CONNECT_SWAPPED);
}

void
cr_referral_page_bind_text (CrReferralPage *self,
                            GtkTextView    *view,
                            GtkLabel       *message,
                            CrRecord       *record,
                            const char     *field)
{
  Binding *binding;

  g_return_if_fail (CR_IS_REFERRAL_PAGE (self));
  g_return_if_fail (GTK_IS_TEXT_VIEW (view));

  binding = add_binding (self, BIND_TEXT, GTK_WIDGET (view), record, field);
  binding->message = message;
  if (message != NULL)
    gtk_widget_set_visible (GTK_WIDGET (message), FALSE);
  load_binding (self, binding);
  connect_binding (binding, gtk_text_view_get_buffer (view), "changed",
                   G_CALLBACK (on_text_changed_cb));
}

void
cr_referral_page_bind_choice (CrReferralPage *self,
                              AdwComboRow    *row,
                              CrRecord       *record,
                              const char     *field,
                              const char     *none_label)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  const CrRecordField *spec;
  Binding *binding;

  g_return_if_fail (CR_IS_REFERRAL_PAGE (self));
  g_return_if_fail (ADW_IS_COMBO_ROW (row));
  g_return_if_fail (none_label != NULL);

  binding = add_binding (self, BIND_CHOICE, GTK_WIDGET (row), record, field);
  spec = binding_field (binding);
  g_return_if_fail (spec->kind == CR_RECORD_FIELD_CHOICE);

  gtk_string_list_append (labels, none_label);
  for (guint i = 0; spec->choices[i] != NULL; i++)
    gtk_string_list_append (labels, cr_record_field_get_choice_label (spec, spec->choices[i]));
  adw_combo_row_set_model (row, G_LIST_MODEL (labels));

  binding->message = new_message_label ();
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (binding->message));
  load_binding (self, binding);
  connect_binding (binding, row, "notify::selected", G_CALLBACK (on_choice_selected_cb));
}

void
cr_referral_page_bind_switch (CrReferralPage *self,
                              GtkSwitch      *toggle,
                              AdwActionRow   *row,
                              CrRecord       *record,
                              const char     *field)
{
  Binding *binding;

  g_return_if_fail (CR_IS_REFERRAL_PAGE (self));
  g_return_if_fail (GTK_IS_SWITCH (toggle));
  g_return_if_fail (row == NULL || ADW_IS_ACTION_ROW (row));

  binding = add_binding (self, BIND_SWITCH, GTK_WIDGET (toggle), record, field);
  if (row != NULL)
    {
      binding->styled = GTK_WIDGET (row);
      binding->message = new_message_label ();
      adw_action_row_add_suffix (row, GTK_WIDGET (binding->message));
      gtk_accessible_update_property (GTK_ACCESSIBLE (toggle),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                                      -1);
    }

  /* What the switch shows is what is recorded. */
  if (!cr_record_has (binding->record, field))
    cr_record_set (binding->record, field, "false");
  load_binding (self, binding);
  connect_binding (binding, toggle, "notify::active", G_CALLBACK (on_switch_active_cb));
}

void
cr_referral_page_bind_check (CrReferralPage *self,
                             GtkCheckButton *check,
                             CrRecord       *record,
                             const char     *field,
                             const char     *nick)
{
  Binding *binding;

  g_return_if_fail (CR_IS_REFERRAL_PAGE (self));
  g_return_if_fail (GTK_IS_CHECK_BUTTON (check));
  g_return_if_fail (nick != NULL);

  binding = add_binding (self, BIND_CHECK, GTK_WIDGET (check), record, field);
  binding->nick = g_strdup (nick);
  binding->styled = NULL;
  load_binding (self, binding);
  connect_binding (binding, check, "toggled", G_CALLBACK (on_check_toggled_cb));
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

  binding = add_binding (self, BIND_MESSAGE, widget, NULL, name);
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
    load_binding (self, g_ptr_array_index (priv->bindings, i));
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

gboolean
cr_referral_page_fill_agencies (CrReferralPage *self,
                                AdwComboRow    *row,
                                GArray         *ids,
                                gint64          selected_id,
                                const char     *none_label)
{
  CrReferralPagePrivate *priv = cr_referral_page_get_instance_private (self);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (priv->agencies));
  guint selected = 0;
  gint64 none = 0;

  g_return_val_if_fail (CR_IS_REFERRAL_PAGE (self), FALSE);
  g_return_val_if_fail (ADW_IS_COMBO_ROW (row), FALSE);
  g_return_val_if_fail (ids != NULL, FALSE);

  g_array_set_size (ids, 0);
  gtk_string_list_append (names, none_label);
  g_array_append_val (ids, none);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrAgency) agency = g_list_model_get_item (G_LIST_MODEL (priv->agencies), i);
      gint64 id = cr_agency_get_id (agency);

      if (cr_agency_get_archived (agency) && id != selected_id)
        continue;
      if (id == selected_id)
        selected = ids->len;
      gtk_string_list_append (names, cr_agency_get_name (agency));
      g_array_append_val (ids, id);
    }

  adw_combo_row_set_model (row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (row, selected);
  return selected_id == 0 || selected != 0;
}

CrAgency *
cr_referral_page_find_agency (CrReferralPage *self,
                              gint64          id)
{
  CrReferralPagePrivate *priv = cr_referral_page_get_instance_private (self);
  guint n;

  g_return_val_if_fail (CR_IS_REFERRAL_PAGE (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (priv->agencies));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrAgency) agency = g_list_model_get_item (G_LIST_MODEL (priv->agencies), i);

      if (cr_agency_get_id (agency) == id)
        return agency;   /* the store keeps it alive */
    }
  return NULL;
}

void
cr_referral_page_add_agency (CrReferralPage *self,
                             CrAgency       *agency)
{
  CrReferralPagePrivate *priv = cr_referral_page_get_instance_private (self);
  guint n, position;

  g_return_if_fail (CR_IS_REFERRAL_PAGE (self));
  g_return_if_fail (CR_IS_AGENCY (agency));

  n = g_list_model_get_n_items (G_LIST_MODEL (priv->agencies));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrAgency) other = g_list_model_get_item (G_LIST_MODEL (priv->agencies), i);

      if (cr_agency_get_id (other) == cr_agency_get_id (agency))
        {
          g_list_store_splice (priv->agencies, i, 1, (gpointer *) &agency, 1);
          return;
        }
    }

  for (position = 0; position < n; position++)
    {
      g_autoptr(CrAgency) other = g_list_model_get_item (G_LIST_MODEL (priv->agencies), position);

      if (g_utf8_collate (cr_agency_get_name (agency), cr_agency_get_name (other)) < 0)
        break;
    }
  g_list_store_insert (priv->agencies, position, agency);
}

char *
cr_referral_page_dup_text (GtkTextView *view)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (GTK_IS_TEXT_VIEW (view), NULL);

  buffer = gtk_text_view_get_buffer (view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

const char *
cr_referral_page_or_not_recorded (const char *value)
{
  if (value == NULL || value[0] == '\0')
    return _("Not recorded");
  return value;
}
