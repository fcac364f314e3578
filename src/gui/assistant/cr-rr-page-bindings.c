/* cr-rr-page-bindings.c: widgets tied to the fields of a record
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrRrPage"

#include "config.h"

#include "cr-rr-page-private.h"

#include "cr-edit-utils.h"

#include <glib/gi18n.h>

/*
 * Life of a binding
 */

void
_cr_rr_binding_free (CrRrBinding *binding)
{
  if (binding->widget != NULL)
    {
      g_signal_handlers_disconnect_by_data (binding->widget, binding);
      if (GTK_IS_TEXT_VIEW (binding->widget))
        g_signal_handlers_disconnect_by_data (gtk_text_view_get_buffer (GTK_TEXT_VIEW (binding->widget)),
                                              binding);
    }
  if (binding->focus != NULL)
    {
      g_signal_handlers_disconnect_by_data (binding->focus, binding);
      if (binding->widget != NULL)
        gtk_widget_remove_controller (binding->widget, binding->focus);
    }
  for (guint i = 0; binding->buttons != NULL && i < binding->buttons->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (binding->buttons, i), binding);

  g_clear_object (&binding->focus);
  g_clear_object (&binding->widget);
  g_clear_object (&binding->error_widget);
  g_clear_object (&binding->message);
  g_clear_object (&binding->record);
  g_clear_pointer (&binding->buttons, g_ptr_array_unref);
  g_free (binding->field);
  g_free (binding->parse_error);
  g_free (binding->shown);
  g_free (binding);
}

static CrRrBinding *
binding_new (CrRrPage        *self,
             CrRrBindingType  type,
             GtkWidget       *widget,
             GtkWidget       *error_widget,
             CrRecord        *record,
             const char      *field,
             GtkLabel        *message)
{
  const CrRecordField *def = cr_record_find_field (record, field);
  CrRrBinding *binding;

  g_return_val_if_fail (def != NULL, NULL);

  binding = g_new0 (CrRrBinding, 1);
  binding->page = self;
  binding->type = type;
  binding->record = g_object_ref (record);
  binding->field = g_strdup (field);
  binding->def = def;
  binding->widget = widget != NULL ? g_object_ref (widget) : NULL;
  binding->error_widget = error_widget != NULL ? g_object_ref (error_widget) : NULL;
  binding->message = message != NULL ? g_object_ref (message) : NULL;

  g_ptr_array_add (_cr_rr_page_get_bindings (self), binding);
  return binding;
}

static CrRrBinding *
find_binding (CrRrPage   *self,
              CrRecord   *record,
              const char *field)
{
  GPtrArray *bindings = _cr_rr_page_get_bindings (self);

  for (guint i = 0; i < bindings->len; i++)
    {
      CrRrBinding *binding = g_ptr_array_index (bindings, i);

      if (binding->record == record && g_strcmp0 (binding->field, field) == 0)
        return binding;
    }
  return NULL;
}

void
_cr_rr_binding_show (CrRrBinding *binding,
                     const char  *message)
{
  if (g_strcmp0 (binding->shown, message) == 0)
    return;

  g_free (binding->shown);
  binding->shown = g_strdup (message);

  if (binding->error_widget != NULL)
    cr_set_field_error (binding->error_widget, binding->message, message);
  else if (binding->message != NULL)
    {
      gtk_label_set_text (binding->message, message != NULL ? message : "");
      gtk_widget_set_visible (GTK_WIDGET (binding->message), message != NULL);
    }
}

/* Sets the widget from the record, without reporting a change. */
void
_cr_rr_binding_load (CrRrBinding *binding)
{
  const char *value = cr_record_get (binding->record, binding->field);

  _cr_rr_page_loading_push (binding->page);

  g_clear_pointer (&binding->parse_error, g_free);
  binding->edited = FALSE;
  /* A value already there (from the store or a draft) is the user's:
   * say at once what is wrong with it. */
  binding->touched = value != NULL;

  switch (binding->type)
    {
    case CR_RR_BINDING_ENTRY:
      gtk_editable_set_text (GTK_EDITABLE (binding->widget), value != NULL ? value : "");
      break;

    case CR_RR_BINDING_TEXT:
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (binding->widget)),
                                value != NULL ? value : "", -1);
      break;

    case CR_RR_BINDING_CHOICE:
      for (guint i = 0; i < binding->buttons->len; i++)
        g_object_set (g_ptr_array_index (binding->buttons, i),
                      "active", g_strcmp0 (binding->nicks[i], value) == 0,
                      NULL);
      break;

    case CR_RR_BINDING_COMBO:
      {
        guint selected = 0;

        for (guint i = 0; value != NULL && binding->def->choices[i] != NULL; i++)
          if (g_str_equal (binding->def->choices[i], value))
            selected = i + 1;
        adw_combo_row_set_selected (ADW_COMBO_ROW (binding->widget), selected);
      }
      break;

    case CR_RR_BINDING_SWITCH:
      gtk_switch_set_active (GTK_SWITCH (binding->widget), g_strcmp0 (value, "true") == 0);
      break;

    default:
      g_assert_not_reached ();
    }

  _cr_rr_page_loading_pop (binding->page);
}

void
cr_rr_page_load_bindings (CrRrPage *self,
                          CrRecord *record)
{
  GPtrArray *bindings;

  g_return_if_fail (CR_IS_RR_PAGE (self));

  bindings = _cr_rr_page_get_bindings (self);
  for (guint i = 0; i < bindings->len; i++)
    {
      CrRrBinding *binding = g_ptr_array_index (bindings, i);

      if (record == NULL || binding->record == record)
        _cr_rr_binding_load (binding);
    }
}

void
cr_rr_page_unbind_record (CrRrPage *self,
                          CrRecord *record)
{
  GPtrArray *bindings;

  g_return_if_fail (CR_IS_RR_PAGE (self));

  bindings = _cr_rr_page_get_bindings (self);
  for (guint i = bindings->len; i > 0; i--)
    {
      CrRrBinding *binding = g_ptr_array_index (bindings, i - 1);

      if (binding->record == record)
        g_ptr_array_remove_index (bindings, i - 1);
    }
}

void
cr_rr_page_set_value (CrRrPage   *self,
                      CrRecord   *record,
                      const char *field,
                      const char *value)
{
  CrRrBinding *binding;

  g_return_if_fail (CR_IS_RR_PAGE (self));
  g_return_if_fail (CR_IS_RECORD (record));

  cr_record_set (record, field, value);
  binding = find_binding (self, record, field);
  if (binding != NULL)
    _cr_rr_binding_load (binding);
}

/* The user changed @binding's field to @value. */
static void
store_value (CrRrBinding *binding,
             const char  *value)
{
  binding->edited = TRUE;
  cr_record_set (binding->record, binding->field, value);
  cr_rr_page_changed (binding->page);
}

/*
 * Entry rows
 */

static void
on_entry_changed_cb (GtkEditable *editable,
                     CrRrBinding *binding)
{
  const char *text = gtk_editable_get_text (editable);
  g_autofree char *value = NULL;

  if (cr_rr_page_is_loading (binding->page))
    return;

  g_clear_pointer (&binding->parse_error, g_free);

  if (binding->def->kind == CR_RECORD_FIELD_DATE || binding->def->kind == CR_RECORD_FIELD_PLAN_DATE)
    {
      g_autoptr(GError) error = NULL;

      /* DD/MM/YYYY is accepted and kept as ISO; text that is no date at
       * all is kept as typed (the draft keeps it) and blocks Next. */
      if (!cr_parse_date_input (text, &value, &error))
        {
          binding->parse_error = g_strdup (error->message);
          value = g_strstrip (g_strdup (text));
        }
    }
  else
    value = g_strstrip (g_strdup (text));

  store_value (binding, value);
}

static void
on_entry_activated_cb (AdwEntryRow *row,
                       CrRrBinding *binding)
{
  binding->touched = TRUE;
  cr_rr_page_validate (binding->page);
}

static void
on_entry_focus_leave_cb (GtkEventControllerFocus *controller,
                         CrRrBinding             *binding)
{
  if (!binding->edited || binding->touched)
    return;

  binding->touched = TRUE;
  cr_rr_page_validate (binding->page);
}

void
cr_rr_page_bind_entry (CrRrPage    *self,
                       AdwEntryRow *row,
                       CrRecord    *record,
                       const char  *field,
                       GtkLabel    *message)
{
  CrRrBinding *binding;

  g_return_if_fail (CR_IS_RR_PAGE (self));
  g_return_if_fail (ADW_IS_ENTRY_ROW (row));

  binding = binding_new (self, CR_RR_BINDING_ENTRY, GTK_WIDGET (row), GTK_WIDGET (row),
                         record, field, message);
  if (binding == NULL)
    return;

  binding->focus = g_object_ref (gtk_event_controller_focus_new ());
  gtk_widget_add_controller (GTK_WIDGET (row), binding->focus);

  g_signal_connect (row, "changed", G_CALLBACK (on_entry_changed_cb), binding);
  g_signal_connect (row, "entry-activated", G_CALLBACK (on_entry_activated_cb), binding);
  g_signal_connect (binding->focus, "leave", G_CALLBACK (on_entry_focus_leave_cb), binding);
}

/*
 * Text views
 */

static void
on_buffer_changed_cb (GtkTextBuffer *buffer,
                      CrRrBinding   *binding)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  if (cr_rr_page_is_loading (binding->page))
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  binding->touched = TRUE;
  store_value (binding, g_strstrip (text));
}

void
cr_rr_page_bind_text (CrRrPage    *self,
                      GtkTextView *view,
                      CrRecord    *record,
                      const char  *field,
                      GtkLabel    *message)
{
  CrRrBinding *binding;

  g_return_if_fail (CR_IS_RR_PAGE (self));
  g_return_if_fail (GTK_IS_TEXT_VIEW (view));

  binding = binding_new (self, CR_RR_BINDING_TEXT, GTK_WIDGET (view), GTK_WIDGET (view),
                         record, field, message);
  if (binding == NULL)
    return;

  g_signal_connect (gtk_text_view_get_buffer (view), "changed",
                    G_CALLBACK (on_buffer_changed_cb), binding);
}

/*
 * Choices
 */

static void
on_choice_toggled_cb (GtkWidget   *button,
                      CrRrBinding *binding)
{
  gboolean active = FALSE;

  if (cr_rr_page_is_loading (binding->page))
    return;

  g_object_get (button, "active", &active, NULL);
  if (!active)
    return;

  for (guint i = 0; i < binding->buttons->len; i++)
    if (g_ptr_array_index (binding->buttons, i) == (gpointer) button)
      {
        binding->touched = TRUE;
        store_value (binding, binding->nicks[i]);
        return;
      }
}

void
cr_rr_page_bind_choice (CrRrPage           *self,
                        GtkWidget * const  *buttons,
                        const char * const *nicks,
                        guint               n_buttons,
                        CrRecord           *record,
                        const char         *field,
                        GtkLabel           *message)
{
  CrRrBinding *binding;

  g_return_if_fail (CR_IS_RR_PAGE (self));
  g_return_if_fail (n_buttons > 0);

  binding = binding_new (self, CR_RR_BINDING_CHOICE, NULL, NULL, record, field, message);
  if (binding == NULL)
    return;

  binding->nicks = nicks;
  binding->buttons = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_buttons; i++)
    {
      g_ptr_array_add (binding->buttons, g_object_ref (buttons[i]));
      g_signal_connect (buttons[i], "toggled", G_CALLBACK (on_choice_toggled_cb), binding);
    }
}

/*
 * Combo rows and switches
 */

static void
on_combo_selected_cb (AdwComboRow *row,
                      GParamSpec  *pspec,
                      CrRrBinding *binding)
{
  guint selected = adw_combo_row_get_selected (row);

  if (cr_rr_page_is_loading (binding->page))
    return;

  binding->touched = TRUE;
  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    store_value (binding, NULL);
  else if (selected - 1 < g_strv_length ((char **) binding->def->choices))
    store_value (binding, binding->def->choices[selected - 1]);
}

void
cr_rr_page_bind_combo (CrRrPage    *self,
                       AdwComboRow *row,
                       CrRecord    *record,
                       const char  *field)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  const CrRecordField *def;
  CrRrBinding *binding;

  g_return_if_fail (CR_IS_RR_PAGE (self));
  g_return_if_fail (ADW_IS_COMBO_ROW (row));

  binding = binding_new (self, CR_RR_BINDING_COMBO, GTK_WIDGET (row), GTK_WIDGET (row),
                         record, field, NULL);
  if (binding == NULL)
    return;

  def = binding->def;
  /* Translators: the first item of a list of answers: nothing chosen yet. */
  gtk_string_list_append (labels, _("Not recorded"));
  for (guint i = 0; def->choices != NULL && def->choices[i] != NULL; i++)
    gtk_string_list_append (labels, cr_record_field_get_choice_label (def, def->choices[i]));

  _cr_rr_page_loading_push (self);
  adw_combo_row_set_model (row, G_LIST_MODEL (labels));
  _cr_rr_page_loading_pop (self);

  g_signal_connect (row, "notify::selected", G_CALLBACK (on_combo_selected_cb), binding);
}

static void
on_switch_active_cb (GtkSwitch   *sw,
                     GParamSpec  *pspec,
                     CrRrBinding *binding)
{
  if (cr_rr_page_is_loading (binding->page))
    return;

  binding->touched = TRUE;
  store_value (binding, gtk_switch_get_active (sw) ? "true" : "false");
}

void
cr_rr_page_bind_switch (CrRrPage   *self,
                        GtkSwitch  *sw,
                        CrRecord   *record,
                        const char *field)
{
  CrRrBinding *binding;

  g_return_if_fail (CR_IS_RR_PAGE (self));
  g_return_if_fail (GTK_IS_SWITCH (sw));

  binding = binding_new (self, CR_RR_BINDING_SWITCH, GTK_WIDGET (sw), NULL, record, field, NULL);
  if (binding == NULL)
    return;

  g_signal_connect (sw, "notify::active", G_CALLBACK (on_switch_active_cb), binding);
}
