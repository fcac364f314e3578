/* cr-pub-page-bindings.c: widgets tied to the fields of the publication
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrPubPage"

#include "config.h"

#include "cr-pub-page-private.h"

#include "cr-edit-utils.h"

#include <glib/gi18n.h>

/*
 * Life of a binding
 */

void
_cr_pub_binding_free (CrPubBinding *binding)
{
  if (binding->widget != NULL)
    {
      g_signal_handlers_disconnect_by_data (binding->widget, binding);
      if (GTK_IS_TEXT_VIEW (binding->widget))
        g_signal_handlers_disconnect_by_data (gtk_text_view_get_buffer (GTK_TEXT_VIEW (binding->widget)),
                                              binding);
    }
  for (guint i = 0; binding->buttons != NULL && i < binding->buttons->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (binding->buttons, i), binding);

  g_clear_object (&binding->widget);
  g_clear_object (&binding->message);
  g_clear_pointer (&binding->buttons, g_ptr_array_unref);
  g_free (binding->field);
  g_free (binding->parse_error);
  g_free (binding);
}

static CrRecord *
record_of (CrPubBinding *binding)
{
  return CR_RECORD (cr_pub_page_get_publication (binding->page));
}

static CrPubBinding *
binding_new (CrPubPage        *self,
             CrPubBindingType  type,
             GtkWidget        *widget,
             const char       *field,
             GtkLabel         *message)
{
  CrRecord *record = CR_RECORD (cr_pub_page_get_publication (self));
  const CrRecordField *def;
  CrPubBinding *binding;

  g_return_val_if_fail (record != NULL, NULL);
  def = cr_record_find_field (record, field);
  g_return_val_if_fail (def != NULL, NULL);

  binding = g_new0 (CrPubBinding, 1);
  binding->page = self;
  binding->type = type;
  binding->field = g_strdup (field);
  binding->def = def;
  binding->widget = widget != NULL ? g_object_ref (widget) : NULL;
  binding->message = message != NULL ? g_object_ref (message) : NULL;

  g_ptr_array_add (_cr_pub_page_get_bindings (self), binding);
  return binding;
}

static CrPubBinding *
find_binding (CrPubPage  *self,
              const char *field)
{
  GPtrArray *bindings = _cr_pub_page_get_bindings (self);

  for (guint i = 0; i < bindings->len; i++)
    {
      CrPubBinding *binding = g_ptr_array_index (bindings, i);

      if (g_strcmp0 (binding->field, field) == 0)
        return binding;
    }
  return NULL;
}

char *
_cr_pub_binding_check (CrPubBinding *binding)
{
  g_autoptr(GError) error = NULL;

  if (binding->parse_error != NULL)
    return g_strdup (binding->parse_error);
  if (!cr_record_field_check (binding->def, cr_record_get (record_of (binding), binding->field),
                              &error))
    return g_strdup (error->message);
  return NULL;
}

static gboolean
choices_contain (const char *value,
                 const char *nick)
{
  g_auto(GStrv) nicks = NULL;

  if (value == NULL)
    return FALSE;
  nicks = g_strsplit (value, ";", -1);
  return g_strv_contains ((const char * const *) nicks, nick);
}

/* Sets the widget from the record, without reporting a change. */
void
_cr_pub_binding_load (CrPubBinding *binding)
{
  const char *value = cr_record_get (record_of (binding), binding->field);

  _cr_pub_page_loading_push (binding->page);

  g_clear_pointer (&binding->parse_error, g_free);

  switch (binding->type)
    {
    case CR_PUB_BINDING_ENTRY:
      gtk_editable_set_text (GTK_EDITABLE (binding->widget), value != NULL ? value : "");
      break;

    case CR_PUB_BINDING_TEXT:
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (binding->widget)),
                                value != NULL ? value : "", -1);
      break;

    case CR_PUB_BINDING_CHOICE:
      for (guint i = 0; i < binding->buttons->len; i++)
        gtk_check_button_set_active (g_ptr_array_index (binding->buttons, i),
                                     g_strcmp0 (binding->nicks[i], value) == 0);
      break;

    case CR_PUB_BINDING_CHOICES:
      for (guint i = 0; i < binding->buttons->len; i++)
        gtk_check_button_set_active (g_ptr_array_index (binding->buttons, i),
                                     choices_contain (value, binding->nicks[i]));
      break;

    default:
      g_assert_not_reached ();
    }

  _cr_pub_page_loading_pop (binding->page);
}

void
cr_pub_page_set_value (CrPubPage  *self,
                       const char *field,
                       const char *value)
{
  CrPubBinding *binding;

  g_return_if_fail (CR_IS_PUB_PAGE (self));
  g_return_if_fail (cr_pub_page_get_publication (self) != NULL);

  cr_record_set (CR_RECORD (cr_pub_page_get_publication (self)), field, value);
  binding = find_binding (self, field);
  if (binding != NULL)
    _cr_pub_binding_load (binding);
  cr_pub_page_changed (self);
}

static void
store_value (CrPubBinding *binding,
             const char   *value)
{
  cr_record_set (record_of (binding), binding->field, value);
  cr_pub_page_changed (binding->page);
}

/*
 * Entry rows
 */

static void
on_entry_changed_cb (GtkEditable  *editable,
                     CrPubBinding *binding)
{
  const char *text = gtk_editable_get_text (editable);
  g_autofree char *value = NULL;

  if (cr_pub_page_is_loading (binding->page))
    return;

  g_clear_pointer (&binding->parse_error, g_free);

  if (binding->def->kind == CR_RECORD_FIELD_DATE || binding->def->kind == CR_RECORD_FIELD_PLAN_DATE)
    {
      g_autoptr(GError) error = NULL;

      /* DD/MM/YYYY is accepted and kept as ISO; text that is no date
       * blocks Next with a message beside the field. */
      if (!cr_parse_date_input (text, &value, &error))
        {
          binding->parse_error = g_strdup (error->message);
          g_clear_pointer (&value, g_free);
        }
    }
  else
    value = g_strstrip (g_strdup (text));

  store_value (binding, value);
}

void
cr_pub_page_bind_entry (CrPubPage   *self,
                        AdwEntryRow *row,
                        const char  *field,
                        GtkLabel    *message)
{
  CrPubBinding *binding;

  g_return_if_fail (CR_IS_PUB_PAGE (self));
  g_return_if_fail (ADW_IS_ENTRY_ROW (row));

  binding = binding_new (self, CR_PUB_BINDING_ENTRY, GTK_WIDGET (row), field, message);
  if (binding != NULL)
    g_signal_connect (row, "changed", G_CALLBACK (on_entry_changed_cb), binding);
}

/*
 * Text views
 */

static void
on_buffer_changed_cb (GtkTextBuffer *buffer,
                      CrPubBinding  *binding)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  if (cr_pub_page_is_loading (binding->page))
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  store_value (binding, g_strstrip (text));
}

void
cr_pub_page_bind_text (CrPubPage   *self,
                       GtkTextView *view,
                       const char  *field)
{
  CrPubBinding *binding;

  g_return_if_fail (CR_IS_PUB_PAGE (self));
  g_return_if_fail (GTK_IS_TEXT_VIEW (view));

  binding = binding_new (self, CR_PUB_BINDING_TEXT, GTK_WIDGET (view), field, NULL);
  if (binding != NULL)
    g_signal_connect (gtk_text_view_get_buffer (view), "changed",
                      G_CALLBACK (on_buffer_changed_cb), binding);
}

/*
 * Choices
 */

static void
on_choice_toggled_cb (GtkCheckButton *button,
                      CrPubBinding   *binding)
{
  if (cr_pub_page_is_loading (binding->page) || !gtk_check_button_get_active (button))
    return;

  for (guint i = 0; i < binding->buttons->len; i++)
    if (g_ptr_array_index (binding->buttons, i) == (gpointer) button)
      {
        store_value (binding, binding->nicks[i]);
        return;
      }
}

static void
on_choices_toggled_cb (GtkCheckButton *button,
                       CrPubBinding   *binding)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) nicks = NULL;
  g_autofree char *value = NULL;

  if (cr_pub_page_is_loading (binding->page))
    return;

  for (guint i = 0; i < binding->buttons->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (binding->buttons, i)))
      g_strv_builder_add (builder, binding->nicks[i]);
  nicks = g_strv_builder_end (builder);
  value = g_strjoinv (";", nicks);
  store_value (binding, value);
}

static void
bind_buttons (CrPubPage          *self,
              CrPubBindingType    type,
              GtkWidget * const  *buttons,
              const char * const *nicks,
              guint               n_buttons,
              const char         *field)
{
  CrPubBinding *binding;

  g_return_if_fail (CR_IS_PUB_PAGE (self));
  g_return_if_fail (n_buttons > 0);

  binding = binding_new (self, type, NULL, field, NULL);
  if (binding == NULL)
    return;

  binding->nicks = nicks;
  binding->buttons = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_buttons; i++)
    {
      g_return_if_fail (GTK_IS_CHECK_BUTTON (buttons[i]));
      g_ptr_array_add (binding->buttons, g_object_ref (buttons[i]));
      g_signal_connect (buttons[i], "toggled",
                        type == CR_PUB_BINDING_CHOICE ? G_CALLBACK (on_choice_toggled_cb)
                                                      : G_CALLBACK (on_choices_toggled_cb),
                        binding);
    }
}

void
cr_pub_page_bind_choice (CrPubPage          *self,
                         GtkWidget * const  *buttons,
                         const char * const *nicks,
                         guint               n_buttons,
                         const char         *field)
{
  bind_buttons (self, CR_PUB_BINDING_CHOICE, buttons, nicks, n_buttons, field);
}

void
cr_pub_page_bind_choices (CrPubPage          *self,
                          GtkWidget * const  *buttons,
                          const char * const *nicks,
                          guint               n_buttons,
                          const char         *field)
{
  bind_buttons (self, CR_PUB_BINDING_CHOICES, buttons, nicks, n_buttons, field);
}
