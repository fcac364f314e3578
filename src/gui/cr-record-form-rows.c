/* cr-record-form-rows.c: one row of a record form per kind of field
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrRecordForm"

#include "config.h"

#include "cr-record-form-private.h"

#include "cr-edit-utils.h"
#include "cr-util.h"

#include <glib/gi18n.h>
#include <string.h>

/*
 * Writing a value
 */

static CrRecord *
row_record (CrFormRow *row)
{
  return _cr_record_form_peek_record (row->form);
}

/* The user changed the row to @value ("" and NULL: not recorded). */
static void
store_value (CrFormRow  *row,
             const char *value)
{
  if (value != NULL && value[0] == '\0')
    value = NULL;

  row->touched = TRUE;
  g_free (row->value);
  row->value = g_strdup (value);
  cr_record_set (row_record (row), row->field->name, value);
  _cr_record_form_row_changed (row->form, row);
}

/* "9:30" → "09:30"; anything else as typed, for the check to judge. */
static char *
normalise_time (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  size_t len = strlen (stripped);

  if (len == 4 && g_ascii_isdigit (stripped[0]) && stripped[1] == ':' &&
      g_ascii_isdigit (stripped[2]) && g_ascii_isdigit (stripped[3]))
    return g_strdup_printf ("0%s", stripped);
  if (len == 5 && stripped[2] == '.')
    stripped[2] = ':';
  return g_steal_pointer (&stripped);
}

/*
 * Signal handlers
 */

static void
on_entry_changed_cb (GtkEditable *editable,
                     CrFormRow   *row)
{
  const char *text = gtk_editable_get_text (editable);
  g_autofree char *value = NULL;
  g_autoptr(GError) error = NULL;

  if (row->loading)
    return;

  g_clear_pointer (&row->parse_error, g_free);

  switch (row->field->kind)
    {
    case CR_RECORD_FIELD_DATE:
    case CR_RECORD_FIELD_PLAN_DATE:
      /* DD/MM/YYYY is stored as YYYY-MM-DD; text that is no date is kept
       * as typed, so nothing typed is lost, and makes the form invalid. */
      if (!cr_parse_date_input (text, &value, &error))
        {
          row->parse_error = g_strdup (error->message);
          value = g_strstrip (g_strdup (text));
        }
      break;

    case CR_RECORD_FIELD_TIME:
      value = normalise_time (text);
      break;

    case CR_RECORD_FIELD_LINE:
    case CR_RECORD_FIELD_TEXT:
    case CR_RECORD_FIELD_BOOLEAN:
    case CR_RECORD_FIELD_CHOICE:
    case CR_RECORD_FIELD_CHOICES:
    case CR_RECORD_FIELD_ID:
    case CR_RECORD_FIELD_EMAIL:
    case CR_RECORD_FIELD_PHONE:
    default:
      value = g_strstrip (g_strdup (text));
      break;
    }

  store_value (row, value);
}

static void
on_buffer_changed_cb (GtkTextBuffer *buffer,
                      CrFormRow     *row)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  if (row->loading)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  store_value (row, g_strstrip (text));
}

static void
on_switch_active_cb (GtkSwitch  *sw,
                     GParamSpec *pspec,
                     CrFormRow  *row)
{
  if (row->loading)
    return;

  store_value (row, gtk_switch_get_active (sw) ? "true" : "false");
}

static void
on_combo_selected_cb (AdwComboRow *combo,
                      GParamSpec  *pspec,
                      CrFormRow   *row)
{
  guint selected = adw_combo_row_get_selected (combo);
  g_autofree char *id = NULL;

  if (row->loading || selected == GTK_INVALID_LIST_POSITION)
    return;

  if (row->ids != NULL)
    {
      gint64 value = selected < row->ids->len ? g_array_index (row->ids, gint64, selected) : 0;

      if (value > 0)
        id = g_strdup_printf ("%" G_GINT64_FORMAT, value);
      store_value (row, id);
      return;
    }

  if (selected < row->n_leading)
    store_value (row, NULL);
  else
    store_value (row, row->field->choices[selected - row->n_leading]);
}

void
_cr_form_row_update_choices_subtitle (CrFormRow *row)
{
  g_autoptr(GString) labels = g_string_new (NULL);

  for (guint i = 0; i < row->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (row->checks, i)))
      {
        if (labels->len > 0)
          g_string_append (labels, ", ");
        g_string_append (labels, cr_record_field_get_choice_label (row->field,
                                                                   row->field->choices[i]));
      }

  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row->row),
                                 labels->len > 0 ? labels->str : _("None chosen"));
}

static void
on_check_toggled_cb (GtkCheckButton *check,
                     CrFormRow      *row)
{
  g_autoptr(GString) nicks = g_string_new (NULL);

  if (row->loading)
    return;

  for (guint i = 0; i < row->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (row->checks, i)))
      {
        if (nicks->len > 0)
          g_string_append_c (nicks, ';');
        g_string_append (nicks, row->field->choices[i]);
      }

  _cr_form_row_update_choices_subtitle (row);
  store_value (row, nicks->str);
}

/*
 * Building
 */

static GtkLabel *
message_label_new (gboolean under)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_visible (label, FALSE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), under ? 0.0f : 1.0f);
  if (!under)
    {
      /* A date in words fits on one line; a message wraps. */
      gtk_label_set_width_chars (GTK_LABEL (label), 16);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
      gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
    }
  gtk_widget_add_css_class (label, "caption");
  return GTK_LABEL (label);
}

static void
build_entry (CrFormRow *row)
{
  GtkWidget *entry = adw_entry_row_new ();
  GtkEditable *delegate;
  guint max = row->field->max_length;

  row->row = row->focus = entry;
  row->message = message_label_new (FALSE);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (entry), GTK_WIDGET (row->message));

  switch (row->field->kind)
    {
    case CR_RECORD_FIELD_EMAIL:
      adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (entry), GTK_INPUT_PURPOSE_EMAIL);
      break;
    case CR_RECORD_FIELD_PHONE:
      adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (entry), GTK_INPUT_PURPOSE_PHONE);
      max = 40;
      break;
    case CR_RECORD_FIELD_DATE:
    case CR_RECORD_FIELD_PLAN_DATE:
    case CR_RECORD_FIELD_TIME:
      /* Room for what people type; the check says what is wrong. */
      max = 40;
      break;
    case CR_RECORD_FIELD_ID:
      adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (entry), GTK_INPUT_PURPOSE_DIGITS);
      max = 20;
      break;
    case CR_RECORD_FIELD_LINE:
    case CR_RECORD_FIELD_TEXT:
    case CR_RECORD_FIELD_BOOLEAN:
    case CR_RECORD_FIELD_CHOICE:
    case CR_RECORD_FIELD_CHOICES:
    default:
      if (max == 0)
        max = 200;
      break;
    }

  /* One more than allowed, so that the check can say the text is too long. */
  delegate = gtk_editable_get_delegate (GTK_EDITABLE (entry));
  if (GTK_IS_TEXT (delegate) && max > 0)
    gtk_text_set_max_length (GTK_TEXT (delegate), (int) max + 1);

  g_signal_connect (entry, "changed", G_CALLBACK (on_entry_changed_cb), row);
}

static void
build_text (CrFormRow  *row,
            const char *label)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (label);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *view = gtk_text_view_new ();

  row->row = g_object_new (ADW_TYPE_PREFERENCES_ROW,
                           "title", label,
                           "activatable", FALSE,
                           NULL);
  row->focus = view;
  row->buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  row->message = message_label_new (TRUE);

  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_xalign (GTK_LABEL (title), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "dim-label");

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_widget_set_size_request (view, -1, 88);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);

  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), frame);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (row->message));
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row->row), box);

  g_signal_connect (row->buffer, "changed", G_CALLBACK (on_buffer_changed_cb), row);
}

static void
build_switch (CrFormRow  *row,
              const char *label)
{
  GtkWidget *sw = gtk_switch_new ();

  row->row = adw_action_row_new ();
  row->focus = sw;
  row->sw = GTK_SWITCH (sw);
  row->message = message_label_new (FALSE);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->row), label);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row->row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row->row), 0);
  gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (sw),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row->row), GTK_WIDGET (row->message));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row->row), sw);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row->row), sw);

  g_signal_connect (sw, "notify::active", G_CALLBACK (on_switch_active_cb), row);
}

static void
build_combo (CrFormRow  *row,
             const char *label)
{
  row->row = row->focus = adw_combo_row_new ();
  row->labels = gtk_string_list_new (NULL);
  row->message = message_label_new (FALSE);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->row), label);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row->row), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row->row), GTK_WIDGET (row->message));

  if (row->field->kind == CR_RECORD_FIELD_ID)
    {
      gint64 none = 0;

      row->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_array_append_val (row->ids, none);
      gtk_string_list_append (row->labels, _("Not recorded"));
    }
  else
    {
      if (!row->required)
        {
          /* Translators: the first item of a list of answers: nothing chosen yet. */
          gtk_string_list_append (row->labels, _("Not recorded"));
          row->n_leading = 1;
        }
      for (guint i = 0; row->field->choices != NULL && row->field->choices[i] != NULL; i++)
        gtk_string_list_append (row->labels,
                                cr_record_field_get_choice_label (row->field, row->field->choices[i]));
    }

  adw_combo_row_set_model (ADW_COMBO_ROW (row->row), G_LIST_MODEL (row->labels));
  g_signal_connect (row->row, "notify::selected", G_CALLBACK (on_combo_selected_cb), row);
}

static void
build_choices (CrFormRow  *row,
               const char *label)
{
  row->row = row->focus = adw_expander_row_new ();
  row->checks = g_ptr_array_new ();
  row->message = message_label_new (FALSE);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->row), label);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row->row), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row->row), GTK_WIDGET (row->message));

  for (guint i = 0; row->field->choices != NULL && row->field->choices[i] != NULL; i++)
    {
      const char *choice = cr_record_field_get_choice_label (row->field, row->field->choices[i]);
      GtkWidget *choice_row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (choice_row), choice);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (choice_row), FALSE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, choice,
                                      -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (choice_row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (choice_row), check);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row->row), choice_row);

      g_ptr_array_add (row->checks, check);
      g_signal_connect (check, "toggled", G_CALLBACK (on_check_toggled_cb), row);
    }
}

static void
build_read_only (CrFormRow  *row,
                 const char *label)
{
  row->row = row->focus = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->row), label);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row->row), FALSE);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row->row), 0);
}

const char *
_cr_form_row_id_source (const CrRecordField *field)
{
  if (field->kind != CR_RECORD_FIELD_ID)
    return NULL;
  if (g_str_equal (field->name, "agency-id") || g_str_has_suffix (field->name, "-agency-id"))
    return "agency";
  if (g_str_equal (field->name, "document-id") || g_str_has_suffix (field->name, "-document-id"))
    return "document";
  if (g_str_equal (field->name, "process-id"))
    return "process";
  return NULL;
}

CrFormRow *
_cr_form_row_new (CrRecordForm        *form,
                  CrRecord            *record,
                  const CrRecordField *field,
                  gboolean             required)
{
  CrFormRow *row = g_new0 (CrFormRow, 1);
  const char *label = _(field->label);

  row->form = form;
  row->field = field;
  row->required = required;

  if (field->flags & CR_RECORD_FIELD_FLAG_READ_ONLY)
    build_read_only (row, label);
  else
    switch (field->kind)
      {
      case CR_RECORD_FIELD_TEXT:
        build_text (row, label);
        break;

      case CR_RECORD_FIELD_BOOLEAN:
        build_switch (row, label);
        break;

      case CR_RECORD_FIELD_CHOICE:
        /* A required choice shows (and holds) the first answer until
         * another is picked: a combo row always shows one. */
        if (required && !cr_record_has (record, field->name) &&
            field->choices != NULL && field->choices[0] != NULL)
          cr_record_set (record, field->name, field->choices[0]);
        build_combo (row, label);
        break;

      case CR_RECORD_FIELD_CHOICES:
        build_choices (row, label);
        break;

      case CR_RECORD_FIELD_ID:
        if (_cr_form_row_id_source (field) != NULL)
          {
            build_combo (row, label);
            break;
          }
        G_GNUC_FALLTHROUGH;

      case CR_RECORD_FIELD_LINE:
      case CR_RECORD_FIELD_DATE:
      case CR_RECORD_FIELD_PLAN_DATE:
      case CR_RECORD_FIELD_TIME:
      case CR_RECORD_FIELD_EMAIL:
      case CR_RECORD_FIELD_PHONE:
      default:
        build_entry (row);
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->row), label);
        adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row->row), FALSE);
        cr_entry_row_set_accessible_label (row->row, label);
        break;
      }

  g_object_ref_sink (row->row);
  /* Something already there (stored, or a default) is checked at once. */
  row->touched = cr_record_has (record, field->name);
  _cr_form_row_load (row);
  return row;
}

void
_cr_form_row_free (CrFormRow *row)
{
  if (row == NULL)
    return;

  if (row->buffer != NULL)
    g_signal_handlers_disconnect_by_data (row->buffer, row);
  if (row->sw != NULL)
    g_signal_handlers_disconnect_by_data (row->sw, row);
  for (guint i = 0; row->checks != NULL && i < row->checks->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (row->checks, i), row);
  g_signal_handlers_disconnect_by_data (row->row, row);

  g_clear_pointer (&row->checks, g_ptr_array_unref);
  g_clear_pointer (&row->ids, g_array_unref);
  g_clear_object (&row->labels);
  g_clear_object (&row->row);
  g_free (row->value);
  g_free (row->parse_error);
  g_free (row);
}
