/* cr-referral-page-bindings.c: the widgets of a referral page, bound to
 * the fields of its records
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
#include <string.h>

/*
 * Bindings
 */

void
_cr_referral_page_binding_free (gpointer data)
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

  _cr_referral_page_store (binding, value);
}

static void
on_text_changed_cb (Binding *binding)
{
  g_autofree char *text = cr_referral_page_dup_text (GTK_TEXT_VIEW (binding->widget));

  /* Paragraphs keep their inner spacing; only the ends are trimmed. */
  _cr_referral_page_store (binding, g_strstrip (text));
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

  _cr_referral_page_store (binding, value);
}

static void
on_switch_active_cb (Binding *binding)
{
  _cr_referral_page_store (binding, gtk_switch_get_active (GTK_SWITCH (binding->widget)) ? "true" : "false");
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
  _cr_referral_page_store (binding, value);
}

/* Shows the binding's value in its widget. */
void
_cr_referral_page_binding_load (Binding *binding)
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

/* The field's own check (format, length, a date not in the future). */
gboolean
_cr_referral_page_binding_check (Binding  *binding,
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

/*
 * Public API
 */

void
cr_referral_page_bind_entry (CrReferralPage *self,
                             AdwEntryRow    *row,
                             CrRecord       *record,
                             const char     *field)
{
  Binding *binding;

  g_return_if_fail (CR_IS_REFERRAL_PAGE (self));
  g_return_if_fail (ADW_IS_ENTRY_ROW (row));

  binding = _cr_referral_page_add_binding (self, BIND_ENTRY, GTK_WIDGET (row), record, field);
  binding->message = new_message_label ();
  adw_entry_row_add_suffix (row, GTK_WIDGET (binding->message));
  cr_entry_row_set_accessible_label (GTK_WIDGET (row),
                                     adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  _cr_referral_page_load_binding (self, binding);
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

  binding = _cr_referral_page_add_binding (self, BIND_TEXT, GTK_WIDGET (view), record, field);
  binding->message = message;
  if (message != NULL)
    gtk_widget_set_visible (GTK_WIDGET (message), FALSE);
  _cr_referral_page_load_binding (self, binding);
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

  binding = _cr_referral_page_add_binding (self, BIND_CHOICE, GTK_WIDGET (row), record, field);
  spec = binding_field (binding);
  g_return_if_fail (spec->kind == CR_RECORD_FIELD_CHOICE);

  gtk_string_list_append (labels, none_label);
  for (guint i = 0; spec->choices[i] != NULL; i++)
    gtk_string_list_append (labels, cr_record_field_get_choice_label (spec, spec->choices[i]));
  adw_combo_row_set_model (row, G_LIST_MODEL (labels));

  binding->message = new_message_label ();
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (binding->message));
  _cr_referral_page_load_binding (self, binding);
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

  binding = _cr_referral_page_add_binding (self, BIND_SWITCH, GTK_WIDGET (toggle), record, field);
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
  _cr_referral_page_load_binding (self, binding);
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

  binding = _cr_referral_page_add_binding (self, BIND_CHECK, GTK_WIDGET (check), record, field);
  binding->nick = g_strdup (nick);
  binding->styled = NULL;
  _cr_referral_page_load_binding (self, binding);
  connect_binding (binding, check, "toggled", G_CALLBACK (on_check_toggled_cb));
}

gboolean
cr_referral_page_fill_agencies (CrReferralPage *self,
                                AdwComboRow    *row,
                                GArray         *ids,
                                gint64          selected_id,
                                const char     *none_label)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (cr_referral_page_get_agencies (self)));
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
      g_autoptr(CrAgency) agency = g_list_model_get_item (G_LIST_MODEL (cr_referral_page_get_agencies (self)), i);
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
  guint n;

  g_return_val_if_fail (CR_IS_REFERRAL_PAGE (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (cr_referral_page_get_agencies (self)));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrAgency) agency = g_list_model_get_item (G_LIST_MODEL (cr_referral_page_get_agencies (self)), i);

      if (cr_agency_get_id (agency) == id)
        return agency;   /* the store keeps it alive */
    }
  return NULL;
}

void
cr_referral_page_add_agency (CrReferralPage *self,
                             CrAgency       *agency)
{
  guint n, position;

  g_return_if_fail (CR_IS_REFERRAL_PAGE (self));
  g_return_if_fail (CR_IS_AGENCY (agency));

  n = g_list_model_get_n_items (G_LIST_MODEL (cr_referral_page_get_agencies (self)));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrAgency) other = g_list_model_get_item (G_LIST_MODEL (cr_referral_page_get_agencies (self)), i);

      if (cr_agency_get_id (other) == cr_agency_get_id (agency))
        {
          g_list_store_splice (cr_referral_page_get_agencies (self), i, 1, (gpointer *) &agency, 1);
          return;
        }
    }

  for (position = 0; position < n; position++)
    {
      g_autoptr(CrAgency) other = g_list_model_get_item (G_LIST_MODEL (cr_referral_page_get_agencies (self)), position);

      if (g_utf8_collate (cr_agency_get_name (agency), cr_agency_get_name (other)) < 0)
        break;
    }
  g_list_store_insert (cr_referral_page_get_agencies (self), position, agency);
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
