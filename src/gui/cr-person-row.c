/* cr-person-row.c: a child or family member of a case, by pseudonym
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrPersonRow"

#include "config.h"

#include "cr-person-row.h"

#include "cr-child.h"
#include "cr-edit-utils.h"
#include "cr-family-member.h"
#include "cr-field-writer.h"
#include "cr-identity-row.h"

#include <glib/gi18n.h>

#define SAVE_DELAY_MS 600

struct _CrPersonRow
{
  AdwExpanderRow  parent_instance;

  CrDatabase     *db;
  GObject        *person;
  GPtrArray      *writers;     /* CrFieldWriter of the pseudonym rows */
  GPtrArray      *bindings;    /* IdentityBinding of the restricted rows */
  guint           detached : 1;
};

G_DEFINE_FINAL_TYPE (CrPersonRow, cr_person_row, ADW_TYPE_EXPANDER_ROW)

/*
 * Children and family members
 */

const char *
cr_person_get_entity (GObject *person)
{
  g_return_val_if_fail (CR_IS_CHILD (person) || CR_IS_FAMILY_MEMBER (person), NULL);

  return CR_IS_CHILD (person) ? "child" : "family-member";
}

gint64
cr_person_get_id (GObject *person)
{
  g_return_val_if_fail (CR_IS_CHILD (person) || CR_IS_FAMILY_MEMBER (person), 0);

  return CR_IS_CHILD (person) ? cr_child_get_id (CR_CHILD (person))
                              : cr_family_member_get_id (CR_FAMILY_MEMBER (person));
}

const char *
cr_person_get_pseudonym (GObject *person)
{
  g_return_val_if_fail (CR_IS_CHILD (person) || CR_IS_FAMILY_MEMBER (person), NULL);

  return CR_IS_CHILD (person) ? cr_child_get_pseudonym (CR_CHILD (person))
                              : cr_family_member_get_pseudonym (CR_FAMILY_MEMBER (person));
}

CrIdentity *
cr_person_get_identity (GObject *person)
{
  g_return_val_if_fail (CR_IS_CHILD (person) || CR_IS_FAMILY_MEMBER (person), NULL);

  return CR_IS_CHILD (person) ? cr_child_get_identity (CR_CHILD (person))
                              : cr_family_member_get_identity (CR_FAMILY_MEMBER (person));
}

void
cr_person_set_identity (GObject    *person,
                        CrIdentity *identity)
{
  g_return_if_fail (CR_IS_CHILD (person) || CR_IS_FAMILY_MEMBER (person));

  if (CR_IS_CHILD (person))
    cr_child_set_identity (CR_CHILD (person), identity);
  else
    cr_family_member_set_identity (CR_FAMILY_MEMBER (person), identity);
}

/*
 * Restricted fields: write-through with Undo
 */

typedef struct
{
  CrPersonRow   *self;       /* borrowed: bindings die with the row */
  CrIdentityRow *row;        /* borrowed */
  guint          save_id;
} IdentityBinding;

typedef struct
{
  CrPersonRow     *self;
  GObject         *person;
  CrIdentityField  field;
  CrFieldState     state;
  char            *value;
  CrFieldState     old_state;
  char            *old_value;
  gboolean         undo;
} IdentityOp;

static void
identity_op_free (gpointer data)
{
  IdentityOp *op = data;

  g_clear_object (&op->self);
  g_clear_object (&op->person);
  g_free (op->value);
  g_free (op->old_value);
  g_free (op);
}

static IdentityBinding *
find_binding (CrPersonRow     *self,
              CrIdentityField  field)
{
  for (guint i = 0; self->bindings != NULL && i < self->bindings->len; i++)
    {
      IdentityBinding *binding = g_ptr_array_index (self->bindings, i);

      if (cr_identity_row_get_field (binding->row) == field)
        return binding;
    }
  return NULL;
}

static void start_identity_write (IdentityOp *op);

static void
undo_identity (gpointer data)
{
  IdentityOp *op = data;
  IdentityOp *undo = g_new0 (IdentityOp, 1);

  undo->self = g_object_ref (op->self);
  undo->person = g_object_ref (op->person);
  undo->field = op->field;
  undo->state = op->old_state;
  undo->value = g_strdup (op->old_value);
  undo->old_state = op->state;
  undo->old_value = g_strdup (op->value);
  undo->undo = TRUE;
  start_identity_write (undo);
}

static void
on_set_identity_field_cb (GObject      *source,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  IdentityOp *op = user_data;
  CrPersonRow *self = op->self;
  IdentityBinding *binding = self->detached ? NULL : find_binding (self, op->field);
  CrIdentity *identity = cr_person_get_identity (op->person);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (!cr_database_set_identity_field_finish (CR_DATABASE (source), result, &error))
    {
      /* The row keeps what was typed; the next edit or focus change retries. */
      if (binding != NULL)
        cr_identity_row_set_error (binding->row, error->message);
      cr_show_error_toast (GTK_WIDGET (self), _("Could not save the restricted detail"), error);
      identity_op_free (op);
      return;
    }

  /* Hidden again meanwhile: the identity is gone from memory, keep it so. */
  if (identity != NULL)
    {
      cr_identity_set_state (identity, op->field, op->state);
      if (op->state == CR_FIELD_STATE_KNOWN)
        cr_identity_set_value (identity, op->field, op->value);
    }

  if (binding != NULL)
    {
      if (op->undo)
        cr_identity_row_set_data (binding->row, op->state, op->value);
      else
        cr_identity_row_set_error (binding->row, NULL);
    }

  if (op->undo)
    {
      identity_op_free (op);
      return;
    }

  /* Translators: %s is a restricted field such as "Date of birth". The
   * value itself is never shown in a toast. */
  title = g_strdup_printf (_("%s changed"), cr_identity_field_to_label (op->field));
  cr_show_undo_toast (GTK_WIDGET (self), title, undo_identity, op, identity_op_free);
}

static void
start_identity_write (IdentityOp *op)
{
  cr_database_set_identity_field_async (op->self->db, cr_person_get_entity (op->person),
                                        cr_person_get_id (op->person), op->field, op->state,
                                        op->state == CR_FIELD_STATE_KNOWN ? op->value : NULL,
                                        NULL, on_set_identity_field_cb, op);
}

static void
write_binding (IdentityBinding *binding)
{
  CrPersonRow *self = binding->self;
  CrIdentity *identity = cr_person_get_identity (self->person);
  CrIdentityField field = cr_identity_row_get_field (binding->row);
  g_autofree char *value = NULL;
  CrFieldState state;
  IdentityOp *op;

  g_clear_handle_id (&binding->save_id, g_source_remove);

  if (identity == NULL || !cr_database_is_writable (self->db) ||
      !cr_identity_row_check (binding->row))
    return;

  state = cr_identity_row_get_state (binding->row);
  value = cr_identity_row_dup_value (binding->row);
  if (state == cr_identity_get_state (identity, field) &&
      (state != CR_FIELD_STATE_KNOWN ||
       g_strcmp0 (value, cr_identity_get_value (identity, field)) == 0))
    return;

  op = g_new0 (IdentityOp, 1);
  op->self = g_object_ref (self);
  op->person = g_object_ref (self->person);
  op->field = field;
  op->state = state;
  op->value = g_steal_pointer (&value);
  op->old_state = cr_identity_get_state (identity, field);
  op->old_value = g_strdup (cr_identity_get_value (identity, field));
  start_identity_write (op);
}

static gboolean
on_binding_timeout_cb (gpointer data)
{
  IdentityBinding *binding = data;

  binding->save_id = 0;
  write_binding (binding);
  return G_SOURCE_REMOVE;
}

static void
on_identity_row_edited_cb (CrIdentityRow   *row,
                           gboolean         state_changed,
                           IdentityBinding *binding)
{
  g_clear_handle_id (&binding->save_id, g_source_remove);
  if (state_changed)
    write_binding (binding);
  else
    binding->save_id = g_timeout_add (SAVE_DELAY_MS, on_binding_timeout_cb, binding);
}

static void
on_identity_row_done_cb (IdentityBinding *binding)
{
  write_binding (binding);
}

static void
identity_binding_free (gpointer data)
{
  IdentityBinding *binding = data;

  /* A change still waiting for its delay is written, not dropped. */
  if (binding->save_id != 0)
    write_binding (binding);
  g_signal_handlers_disconnect_by_data (binding->row, binding);
  g_free (binding);
}

static void
add_identity_row (CrPersonRow     *self,
                  CrIdentityField  field)
{
  CrIdentity *identity = cr_person_get_identity (self->person);
  GtkWidget *row = cr_identity_row_new (field);
  GtkEventController *focus = gtk_event_controller_focus_new ();
  IdentityBinding *binding = g_new0 (IdentityBinding, 1);

  cr_identity_row_set_data (CR_IDENTITY_ROW (row),
                            cr_identity_get_state (identity, field),
                            cr_identity_get_value (identity, field));
  gtk_editable_set_editable (GTK_EDITABLE (row), cr_database_is_writable (self->db));

  binding->self = self;
  binding->row = CR_IDENTITY_ROW (row);
  g_ptr_array_add (self->bindings, binding);

  g_signal_connect (row, "edited", G_CALLBACK (on_identity_row_edited_cb), binding);
  g_signal_connect_swapped (row, "entry-activated", G_CALLBACK (on_identity_row_done_cb), binding);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_identity_row_done_cb), binding);
  gtk_widget_add_controller (row, focus);

  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);
}

/*
 * Pseudonym and relationship
 */

static void
on_text_saved_cb (CrFieldWriter *writer,
                  gint64         id,
                  const char    *value,
                  CrPersonRow   *self)
{
  const char *field = g_object_get_data (G_OBJECT (writer), "cr-field");

  if (cr_person_get_id (self->person) != id)
    return;

  if (g_str_equal (field, "pseudonym"))
    {
      if (CR_IS_CHILD (self->person))
        cr_child_set_pseudonym (CR_CHILD (self->person), value);
      else
        cr_family_member_set_pseudonym (CR_FAMILY_MEMBER (self->person), value);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), value != NULL ? value : "");
    }
  else
    {
      cr_family_member_set_relationship (CR_FAMILY_MEMBER (self->person), value);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self),
                                     value != NULL ? value : _("Family member"));
    }
}

static void
add_text_row (CrPersonRow *self,
              const char  *field,
              const char  *title,
              const char  *toast_title,
              const char  *value)
{
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *message = gtk_label_new (NULL);
  CrFieldWriter *writer;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  cr_entry_row_set_accessible_label (row, title);
  gtk_editable_set_editable (GTK_EDITABLE (row), cr_database_is_writable (self->db));
  gtk_widget_set_visible (message, FALSE);
  gtk_label_set_wrap (GTK_LABEL (message), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (message), 24);
  gtk_widget_add_css_class (message, "error");
  gtk_widget_add_css_class (message, "caption");
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), message);

  writer = cr_field_writer_new (row, GTK_LABEL (message), cr_person_get_entity (self->person),
                                field, toast_title);
  g_object_set_data_full (G_OBJECT (writer), "cr-field", g_strdup (field), g_free);
  cr_field_writer_set_database (writer, self->db);
  cr_field_writer_load (writer, cr_person_get_id (self->person), value);
  g_signal_connect_object (writer, "saved", G_CALLBACK (on_text_saved_cb), self, 0);
  g_ptr_array_add (self->writers, writer);

  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);
}

static void
add_hidden_row (CrPersonRow *self)
{
  GtkWidget *hidden = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (hidden), _("Restricted details hidden"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (hidden),
                               _("Use Reveal Restricted Details to see or change them."));
  adw_action_row_add_prefix (ADW_ACTION_ROW (hidden),
                             gtk_image_new_from_icon_name ("view-conceal-symbolic"));
  gtk_widget_add_css_class (hidden, "dim-label");
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), hidden);
}

/*
 * GObject overrides
 */

static void
cr_person_row_dispose (GObject *object)
{
  CrPersonRow *self = (CrPersonRow *)object;

  cr_person_row_detach (self);
  g_clear_pointer (&self->writers, g_ptr_array_unref);
  g_clear_pointer (&self->bindings, g_ptr_array_unref);
  g_clear_object (&self->person);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cr_person_row_parent_class)->dispose (object);
}

static void
cr_person_row_class_init (CrPersonRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cr_person_row_dispose;
}

static void
cr_person_row_init (CrPersonRow *self)
{
  self->writers = g_ptr_array_new_with_free_func (g_object_unref);
  self->bindings = g_ptr_array_new_with_free_func (identity_binding_free);
}

/*
 * Public API
 */

GtkWidget *
cr_person_row_new (CrDatabase *db,
                   GObject    *person)
{
  CrPersonRow *self;

  g_return_val_if_fail (CR_IS_DATABASE (db), NULL);
  g_return_val_if_fail (CR_IS_CHILD (person) || CR_IS_FAMILY_MEMBER (person), NULL);

  self = g_object_new (CR_TYPE_PERSON_ROW, NULL);
  self->db = g_object_ref (db);
  self->person = g_object_ref (person);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), cr_person_get_pseudonym (person));

  if (CR_IS_CHILD (person))
    {
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), _("Child"));
      add_text_row (self, "pseudonym", _("Pseudonym"), _("Pseudonym changed"),
                    cr_person_get_pseudonym (person));
    }
  else
    {
      const char *relationship = cr_family_member_get_relationship (CR_FAMILY_MEMBER (person));

      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self),
                                     relationship != NULL ? relationship : _("Family member"));
      add_text_row (self, "pseudonym", _("Pseudonym"), _("Pseudonym changed"),
                    cr_person_get_pseudonym (person));
      add_text_row (self, "relationship", _("Relationship"), _("Relationship changed"),
                    relationship);
    }

  if (cr_person_get_identity (person) != NULL)
    for (guint f = 0; f <= CR_IDENTITY_FIELD_LAST; f++)
      add_identity_row (self, (CrIdentityField) f);
  else
    add_hidden_row (self);

  return GTK_WIDGET (self);
}

GObject *
cr_person_row_get_person (CrPersonRow *self)
{
  g_return_val_if_fail (CR_IS_PERSON_ROW (self), NULL);

  return self->person;
}

void
cr_person_row_detach (CrPersonRow *self)
{
  g_return_if_fail (CR_IS_PERSON_ROW (self));

  if (self->detached)
    return;

  for (guint i = 0; i < self->writers->len; i++)
    cr_field_writer_detach (g_ptr_array_index (self->writers, i));
  /* Freeing a binding writes what was waiting for its delay. */
  g_ptr_array_set_size (self->bindings, 0);
  self->detached = TRUE;
}
