/* cr-record-form-values.c: what a record form's rows show and say
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrRecordForm"

#include "config.h"

#include "cr-record-form-private.h"

#include "cr-edit-utils.h"

#include <glib/gi18n.h>

static CrRecord *
row_record (CrFormRow *row)
{
  return _cr_record_form_peek_record (row->form);
}

/*
 * Showing the record's value
 */

static char *
read_only_text (CrFormRow  *row,
                const char *value)
{
  guint64 size;

  if (value == NULL)
    return g_strdup (_("Not recorded"));
  if (g_str_equal (row->field->name, "size") &&
      g_ascii_string_to_unsigned (value, 10, 0, G_MAXUINT64, &size, NULL))
    return g_format_size (size);
  return g_strdup (value);
}

void
_cr_form_row_load (CrFormRow *row)
{
  CrRecord *record = row_record (row);
  const char *value = cr_record_get (record, row->field->name);

  row->loading = TRUE;
  g_clear_pointer (&row->parse_error, g_free);
  g_free (row->value);
  row->value = g_strdup (value);

  if (row->field->flags & CR_RECORD_FIELD_FLAG_READ_ONLY)
    {
      g_autofree char *text = read_only_text (row, value);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row->row), text);
    }
  else if (row->buffer != NULL)
    gtk_text_buffer_set_text (row->buffer, value != NULL ? value : "", -1);
  else if (row->sw != NULL)
    gtk_switch_set_active (row->sw, g_strcmp0 (value, "true") == 0);
  else if (row->checks != NULL)
    {
      g_auto(GStrv) nicks = g_strsplit (value != NULL ? value : "", ";", -1);

      for (guint i = 0; i < row->checks->len; i++)
        gtk_check_button_set_active (g_ptr_array_index (row->checks, i),
                                     g_strv_contains ((const char * const *) nicks,
                                                      row->field->choices[i]));
      _cr_form_row_update_choices_subtitle (row);
    }
  else if (row->ids != NULL)
    {
      gint64 id = value != NULL ? g_ascii_strtoll (value, NULL, 10) : 0;
      guint selected = 0;

      for (guint i = 0; i < row->ids->len; i++)
        if (g_array_index (row->ids, gint64, i) == id)
          selected = i;
      adw_combo_row_set_selected (ADW_COMBO_ROW (row->row), selected);
    }
  else if (row->labels != NULL)
    {
      guint selected = 0;

      for (guint i = 0; value != NULL && row->field->choices[i] != NULL; i++)
        if (g_str_equal (row->field->choices[i], value))
          selected = i + row->n_leading;
      adw_combo_row_set_selected (ADW_COMBO_ROW (row->row), selected);
    }
  else
    {
      gtk_editable_set_text (GTK_EDITABLE (row->row), value != NULL ? value : "");

      /* A date kept as typed (a draft): say what is wrong the way typing
       * it would. */
      if (value != NULL &&
          (row->field->kind == CR_RECORD_FIELD_DATE || row->field->kind == CR_RECORD_FIELD_PLAN_DATE) &&
          !cr_record_field_check (row->field, value, NULL))
        {
          g_autofree char *iso = NULL;
          g_autoptr(GError) error = NULL;

          if (!cr_parse_date_input (value, &iso, &error))
            row->parse_error = g_strdup (error->message);
        }
    }

  row->loading = FALSE;
}

void
_cr_form_row_set_ids (CrFormRow  *row,
                      GArray     *ids,
                      GPtrArray  *labels,
                      const char *fallback)
{
  const char *value = cr_record_get (row_record (row), row->field->name);
  gint64 current = value != NULL ? g_ascii_strtoll (value, NULL, 10) : 0;
  gboolean found = current <= 0;
  gint64 none = 0;
  guint n_old;

  g_return_if_fail (row->ids != NULL);
  g_return_if_fail (ids->len == labels->len);

  row->loading = TRUE;

  g_array_set_size (row->ids, 0);
  g_array_append_val (row->ids, none);
  n_old = g_list_model_get_n_items (G_LIST_MODEL (row->labels));
  gtk_string_list_splice (row->labels, 1, n_old - 1, NULL);

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);

      found = found || id == current;
      g_array_append_val (row->ids, id);
      gtk_string_list_append (row->labels, g_ptr_array_index (labels, i));
    }

  /* An agency since archived, a document since removed: still named. */
  if (!found)
    {
      g_array_append_val (row->ids, current);
      gtk_string_list_append (row->labels, fallback != NULL ? fallback : value);
    }

  row->loading = FALSE;
  _cr_form_row_load (row);
}

char *
_cr_form_row_dup_error (CrFormRow *row)
{
  CrRecord *record = row_record (row);
  const char *value;
  g_autoptr(GError) error = NULL;

  if (row->field->flags & CR_RECORD_FIELD_FLAG_READ_ONLY)
    return NULL;
  if (row->parse_error != NULL)
    return g_strdup (row->parse_error);

  value = cr_record_get (record, row->field->name);
  if (value == NULL)
    {
      if (row->required && !cr_record_check_required (record, row->field->name, &error))
        return g_strdup (error->message);
      return NULL;
    }

  if (!cr_record_field_check (row->field, value, &error))
    return g_strdup (error->message);
  return NULL;
}

void
_cr_form_row_show (CrFormRow  *row,
                   const char *error)
{
  GtkWidget *styled = row->buffer != NULL ? row->focus : row->row;
  g_autofree char *hint = NULL;

  if (row->message == NULL)
    return;

  if (error == NULL &&
      (row->field->kind == CR_RECORD_FIELD_DATE || row->field->kind == CR_RECORD_FIELD_PLAN_DATE))
    hint = cr_record_dup_date_label (row_record (row), row->field->name);

  if (error != NULL)
    {
      gtk_widget_add_css_class (styled, "error");
      gtk_widget_remove_css_class (GTK_WIDGET (row->message), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (row->message), "error");
      gtk_label_set_text (row->message, error);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row->focus),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, error,
                                      -1);
    }
  else
    {
      gtk_widget_remove_css_class (styled, "error");
      gtk_widget_remove_css_class (GTK_WIDGET (row->message), "error");
      gtk_widget_add_css_class (GTK_WIDGET (row->message), "dim-label");
      gtk_label_set_text (row->message, hint != NULL ? hint : "");
      if (hint != NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (row->focus),
                                        GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, hint,
                                        -1);
      else
        gtk_accessible_reset_property (GTK_ACCESSIBLE (row->focus),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }

  gtk_widget_set_visible (GTK_WIDGET (row->message), error != NULL || hint != NULL);
}
