/* cr-identity-row.c: one restricted identity field, value and state
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrIdentityRow"

#include "config.h"

#include "cr-identity-row.h"

#include "cr-edit-utils.h"
#include "cr-identity.h"
#include "cr-util.h"

#include <glib/gi18n.h>

#define VALUE_MAX_CHARS 200

struct _CrIdentityRow
{
  AdwEntryRow      parent_instance;

  GtkDropDown     *state_dropdown;
  GtkLabel        *message_label;

  CrIdentityField  field;
  guint            loading : 1;
};

G_DEFINE_FINAL_TYPE (CrIdentityRow, cr_identity_row, ADW_TYPE_ENTRY_ROW)

enum {
  EDITED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The drop-down positions are the CrFieldState values. */
static const CrFieldState states[] = {
  CR_FIELD_STATE_UNSET,
  CR_FIELD_STATE_KNOWN,
  CR_FIELD_STATE_NOT_KNOWN,
  CR_FIELD_STATE_DECLINED,
};

static void
set_state (CrIdentityRow *self,
           CrFieldState   state)
{
  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    if (states[i] == state)
      gtk_drop_down_set_selected (self->state_dropdown, i);
}

static void
on_text_changed_cb (CrIdentityRow *self)
{
  g_autofree char *value = NULL;

  if (self->loading)
    return;

  value = cr_identity_row_dup_value (self);
  self->loading = TRUE;
  if (value != NULL)
    set_state (self, CR_FIELD_STATE_KNOWN);
  else if (cr_identity_row_get_state (self) == CR_FIELD_STATE_KNOWN)
    set_state (self, CR_FIELD_STATE_UNSET);
  self->loading = FALSE;

  cr_identity_row_check (self);
  g_signal_emit (self, signals[EDITED], 0, FALSE);
}

static void
on_state_selected_cb (CrIdentityRow *self)
{
  if (self->loading)
    return;

  self->loading = TRUE;
  if (cr_identity_row_get_state (self) != CR_FIELD_STATE_KNOWN)
    gtk_editable_set_text (GTK_EDITABLE (self), "");
  self->loading = FALSE;

  cr_identity_row_check (self);
  g_signal_emit (self, signals[EDITED], 0, TRUE);
}

static void
cr_identity_row_class_init (CrIdentityRowClass *klass)
{
  signals[EDITED] =
    g_signal_new ("edited",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
}

static void
cr_identity_row_init (CrIdentityRow *self)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);

  /* In the order of states[]. */
  gtk_string_list_append (model, _("Not recorded"));
  gtk_string_list_append (model, _("Known"));
  gtk_string_list_append (model, _("Not known"));
  gtk_string_list_append (model, _("Declined"));

  self->message_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->message_label, TRUE);
  gtk_label_set_max_width_chars (self->message_label, 24);
  gtk_label_set_xalign (self->message_label, 1.0);
  gtk_widget_add_css_class (GTK_WIDGET (self->message_label), "error");
  gtk_widget_add_css_class (GTK_WIDGET (self->message_label), "caption");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), FALSE);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), GTK_WIDGET (self->message_label));

  self->state_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&model)),
                                                           NULL));
  gtk_widget_set_valign (GTK_WIDGET (self->state_dropdown), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->state_dropdown), "flat");
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), GTK_WIDGET (self->state_dropdown));

  g_signal_connect_swapped (self, "changed", G_CALLBACK (on_text_changed_cb), self);
  g_signal_connect_swapped (self->state_dropdown, "notify::selected",
                            G_CALLBACK (on_state_selected_cb), self);
}

GtkWidget *
cr_identity_row_new (CrIdentityField field)
{
  CrIdentityRow *self;
  const char *label = cr_identity_field_to_label (field);
  g_autofree char *state_label = NULL;

  g_return_val_if_fail ((guint) field <= CR_IDENTITY_FIELD_LAST, NULL);

  self = g_object_new (CR_TYPE_IDENTITY_ROW, NULL);
  self->field = field;
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), label);
  cr_entry_row_set_accessible_label (GTK_WIDGET (self), label);

  /* Translators: accessible label of a drop-down; %s is a field such as "Name". */
  state_label = g_strdup_printf (_("%s: how much is known"), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->state_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, state_label,
                                  -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->state_dropdown), state_label);

  return GTK_WIDGET (self);
}

CrIdentityField
cr_identity_row_get_field (CrIdentityRow *self)
{
  g_return_val_if_fail (CR_IS_IDENTITY_ROW (self), CR_IDENTITY_FIELD_NAME);

  return self->field;
}

CrFieldState
cr_identity_row_get_state (CrIdentityRow *self)
{
  guint selected;

  g_return_val_if_fail (CR_IS_IDENTITY_ROW (self), CR_FIELD_STATE_UNSET);

  selected = gtk_drop_down_get_selected (self->state_dropdown);
  if (selected >= G_N_ELEMENTS (states))
    return CR_FIELD_STATE_UNSET;
  return states[selected];
}

char *
cr_identity_row_dup_value (CrIdentityRow *self)
{
  g_autofree char *value = NULL;
  g_autofree char *iso = NULL;

  g_return_val_if_fail (CR_IS_IDENTITY_ROW (self), NULL);

  if (!cr_text_normalise (gtk_editable_get_text (GTK_EDITABLE (self)), VALUE_MAX_CHARS,
                          &value, NULL))
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (self)));

  /* Dates of birth are stored as ISO dates whichever way they were typed. */
  if (value != NULL && self->field == CR_IDENTITY_FIELD_DATE_OF_BIRTH &&
      cr_parse_date_input (value, &iso, NULL))
    return g_steal_pointer (&iso);

  return g_steal_pointer (&value);
}

void
cr_identity_row_set_data (CrIdentityRow *self,
                          CrFieldState   state,
                          const char    *value)
{
  g_return_if_fail (CR_IS_IDENTITY_ROW (self));

  self->loading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self), value != NULL ? value : "");
  set_state (self, state);
  self->loading = FALSE;
  cr_set_field_error (GTK_WIDGET (self), self->message_label, NULL);
}

gboolean
cr_identity_row_check (CrIdentityRow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrIdentity) identity = NULL;
  g_autofree char *value = NULL;
  g_autofree char *normalised = NULL;
  CrFieldState state;

  g_return_val_if_fail (CR_IS_IDENTITY_ROW (self), FALSE);

  state = cr_identity_row_get_state (self);
  if (!cr_text_normalise (gtk_editable_get_text (GTK_EDITABLE (self)), VALUE_MAX_CHARS,
                          &normalised, &error))
    goto invalid;

  if (self->field == CR_IDENTITY_FIELD_DATE_OF_BIRTH && normalised != NULL)
    {
      g_autofree char *iso = NULL;

      if (!cr_parse_date_input (normalised, &iso, &error))
        goto invalid;
    }

  value = cr_identity_row_dup_value (self);
  if (state == CR_FIELD_STATE_KNOWN && value == NULL)
    {
      g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("Enter the value, or choose Not known or Declined."));
      goto invalid;
    }

  if (value != NULL)
    {
      identity = cr_identity_new ();
      cr_identity_set_value (identity, self->field, value);
      if (!cr_identity_validate (identity, &error))
        goto invalid;
    }

  cr_set_field_error (GTK_WIDGET (self), self->message_label, NULL);
  return TRUE;

invalid:
  cr_set_field_error (GTK_WIDGET (self), self->message_label, error->message);
  return FALSE;
}

void
cr_identity_row_set_error (CrIdentityRow *self,
                           const char    *message)
{
  g_return_if_fail (CR_IS_IDENTITY_ROW (self));

  cr_set_field_error (GTK_WIDGET (self), self->message_label, message);
}
