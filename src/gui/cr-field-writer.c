/* cr-field-writer.c: write-through of one text field of a stored record
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrFieldWriter"

#include "config.h"

#include "cr-field-writer.h"

#include "cr-edit-utils.h"
#include "cr-util.h"

#include <glib/gi18n.h>

#define SAVE_DELAY_MS 600
#define DEFAULT_MAX_CHARS 200

struct _CrFieldWriter
{
  GObject              parent_instance;

  /* Followed widgets */
  GtkWidget           *editor;
  GtkTextBuffer       *buffer;         /* when the editor is a GtkTextView */
  GtkLabel            *message_label;
  GtkEventController  *focus_controller;

  /* Owned references */
  CrDatabase          *db;
  char                *entity;
  char                *field;
  char                *toast_title;
  CrFieldValidateFunc  validate;
  gpointer             validate_data;

  /* State */
  gint64               id;
  char                *stored;
  guint                save_id;
  guint                loading : 1;
  guint                retry : 1;
  guint                detached : 1;
};

G_DEFINE_FINAL_TYPE (CrFieldWriter, cr_field_writer, G_TYPE_OBJECT)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/*
 * Helpers
 */

static char *
dup_text (CrFieldWriter *self)
{
  if (self->buffer != NULL)
    {
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (self->buffer, &start, &end);
      return gtk_text_buffer_get_text (self->buffer, &start, &end, FALSE);
    }

  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->editor)));
}

static void
set_text (CrFieldWriter *self,
          const char    *text)
{
  g_autofree char *current = dup_text (self);

  if (g_strcmp0 (current, text != NULL ? text : "") == 0)
    return;

  self->loading = TRUE;
  if (self->buffer != NULL)
    gtk_text_buffer_set_text (self->buffer, text != NULL ? text : "", -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (self->editor), text != NULL ? text : "");
  self->loading = FALSE;
}

static gboolean
validate_text (CrFieldWriter  *self,
               const char     *text,
               char          **out_value,
               GError        **error)
{
  if (self->validate != NULL)
    return self->validate (text, out_value, self->validate_data, error);

  return cr_text_normalise (text, DEFAULT_MAX_CHARS, out_value, error);
}

/* Validates the current text, shows or clears the message, and returns
 * the value to store. */
static gboolean
check_text (CrFieldWriter  *self,
            char          **out_value)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = dup_text (self);

  if (!validate_text (self, text, out_value, &error))
    {
      cr_set_field_error (self->editor, self->message_label, error->message);
      return FALSE;
    }

  if (!self->retry)
    cr_set_field_error (self->editor, self->message_label, NULL);
  return TRUE;
}

static void
on_write_done (GObject      *owner,
               const char   *entity,
               gint64        id,
               const char   *field,
               const char   *value,
               gboolean      undone,
               const GError *error)
{
  CrFieldWriter *self = CR_FIELD_WRITER (owner);

  if (self->detached)
    return;

  /* A write (or its Undo) for a record no longer shown: nothing to show,
   * but the owner still learns that the record changed. */
  if (id != self->id)
    {
      if (error == NULL)
        g_signal_emit (self, signals[SAVED], 0, id, value);
      return;
    }

  if (error != NULL)
    {
      /* Keep what the user typed; the next attempt writes it again. */
      self->retry = TRUE;
      cr_set_field_error (self->editor, self->message_label, error->message);
      return;
    }

  if (undone)
    {
      g_clear_handle_id (&self->save_id, g_source_remove);
      g_free (self->stored);
      self->stored = g_strdup (value);
      self->retry = FALSE;
      set_text (self, value);
      cr_set_field_error (self->editor, self->message_label, NULL);
    }
  else if (g_strcmp0 (self->stored, value) == 0)
    {
      self->retry = FALSE;
      cr_set_field_error (self->editor, self->message_label, NULL);
    }

  g_signal_emit (self, signals[SAVED], 0, id, value);
}

static void
write_now (CrFieldWriter *self,
           gboolean       reformat)
{
  g_autofree char *value = NULL;

  g_clear_handle_id (&self->save_id, g_source_remove);

  if (self->db == NULL || self->id == 0)
    return;

  if (!check_text (self, &value))
    return;

  /* Show the value as it is stored, e.g. 14/03/2026 as 2026-03-14. */
  if (reformat)
    set_text (self, value);

  if (g_strcmp0 (value, self->stored) == 0 && !self->retry)
    return;

  g_free (self->stored);
  self->stored = g_strdup (value);
  self->retry = FALSE;

  cr_write_through_field (self->editor, self->db, self->entity, self->id, self->field,
                          value, self->toast_title, G_OBJECT (self), on_write_done);
}

/*
 * Callbacks
 */

static gboolean
on_save_timeout_cb (gpointer user_data)
{
  CrFieldWriter *self = user_data;

  self->save_id = 0;
  write_now (self, FALSE);
  return G_SOURCE_REMOVE;
}

static void
on_text_changed_cb (CrFieldWriter *self)
{
  g_autofree char *value = NULL;

  if (self->loading || self->detached)
    return;

  g_clear_handle_id (&self->save_id, g_source_remove);
  self->retry = self->retry && self->id != 0;

  if (check_text (self, &value) && self->id != 0 && self->db != NULL)
    self->save_id = g_timeout_add (SAVE_DELAY_MS, on_save_timeout_cb, self);
}

static void
on_activated_cb (CrFieldWriter *self)
{
  if (!self->detached)
    write_now (self, TRUE);
}

static void
on_focus_leave_cb (CrFieldWriter *self)
{
  if (!self->detached)
    write_now (self, TRUE);
}

/*
 * GObject overrides
 */

static void
disconnect_editor (CrFieldWriter *self)
{
  if (self->buffer != NULL)
    g_signal_handlers_disconnect_by_data (self->buffer, self);
  if (self->editor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->editor, self);
      if (self->focus_controller != NULL)
        {
          g_signal_handlers_disconnect_by_data (self->focus_controller, self);
          gtk_widget_remove_controller (self->editor, self->focus_controller);
          self->focus_controller = NULL;
        }
    }
}

static void
cr_field_writer_dispose (GObject *object)
{
  CrFieldWriter *self = (CrFieldWriter *)object;

  g_clear_handle_id (&self->save_id, g_source_remove);
  if (!self->detached)
    disconnect_editor (self);
  self->detached = TRUE;

  g_clear_object (&self->buffer);
  g_clear_object (&self->editor);
  g_clear_object (&self->message_label);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cr_field_writer_parent_class)->dispose (object);
}

static void
cr_field_writer_finalize (GObject *object)
{
  CrFieldWriter *self = (CrFieldWriter *)object;

  g_free (self->entity);
  g_free (self->field);
  g_free (self->toast_title);
  g_free (self->stored);

  G_OBJECT_CLASS (cr_field_writer_parent_class)->finalize (object);
}

static void
cr_field_writer_class_init (CrFieldWriterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cr_field_writer_dispose;
  object_class->finalize = cr_field_writer_finalize;

  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_STRING);
}

static void
cr_field_writer_init (CrFieldWriter *self)
{
}

/*
 * Public API
 */

CrFieldWriter *
cr_field_writer_new (GtkWidget  *editor,
                     GtkLabel   *message_label,
                     const char *entity,
                     const char *field,
                     const char *toast_title)
{
  CrFieldWriter *self;

  g_return_val_if_fail (GTK_IS_EDITABLE (editor) || GTK_IS_TEXT_VIEW (editor), NULL);
  g_return_val_if_fail (message_label == NULL || GTK_IS_LABEL (message_label), NULL);
  g_return_val_if_fail (entity != NULL, NULL);
  g_return_val_if_fail (field != NULL, NULL);

  self = g_object_new (CR_TYPE_FIELD_WRITER, NULL);
  self->editor = g_object_ref (editor);
  self->message_label = message_label != NULL ? g_object_ref (message_label) : NULL;
  self->entity = g_strdup (entity);
  self->field = g_strdup (field);
  self->toast_title = g_strdup (toast_title);

  if (GTK_IS_TEXT_VIEW (editor))
    {
      self->buffer = g_object_ref (gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor)));
      g_signal_connect_swapped (self->buffer, "changed", G_CALLBACK (on_text_changed_cb), self);
    }
  else
    {
      g_signal_connect_swapped (editor, "changed", G_CALLBACK (on_text_changed_cb), self);
      if (ADW_IS_ENTRY_ROW (editor))
        g_signal_connect_swapped (editor, "entry-activated", G_CALLBACK (on_activated_cb), self);
      else if (GTK_IS_ENTRY (editor) || GTK_IS_TEXT (editor))
        g_signal_connect_swapped (editor, "activate", G_CALLBACK (on_activated_cb), self);
    }

  self->focus_controller = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (self->focus_controller, "leave", G_CALLBACK (on_focus_leave_cb), self);
  gtk_widget_add_controller (editor, self->focus_controller);

  return self;
}

void
cr_field_writer_set_validate_func (CrFieldWriter       *self,
                                   CrFieldValidateFunc  func,
                                   gpointer             user_data)
{
  g_return_if_fail (CR_IS_FIELD_WRITER (self));

  self->validate = func;
  self->validate_data = user_data;
}

void
cr_field_writer_set_database (CrFieldWriter *self,
                              CrDatabase    *db)
{
  g_return_if_fail (CR_IS_FIELD_WRITER (self));
  g_return_if_fail (db == NULL || CR_IS_DATABASE (db));

  if (self->db != db)
    cr_field_writer_flush (self);
  g_set_object (&self->db, db);
}

void
cr_field_writer_load (CrFieldWriter *self,
                      gint64         id,
                      const char    *value)
{
  g_return_if_fail (CR_IS_FIELD_WRITER (self));

  if (self->id != id)
    cr_field_writer_flush (self);

  g_clear_handle_id (&self->save_id, g_source_remove);
  self->id = id;
  self->retry = FALSE;
  g_free (self->stored);
  self->stored = g_strdup (value);
  set_text (self, value);
  cr_set_field_error (self->editor, self->message_label, NULL);
}

void
cr_field_writer_flush (CrFieldWriter *self)
{
  g_return_if_fail (CR_IS_FIELD_WRITER (self));

  if (self->detached)
    return;

  /* Only write what the user changed: an untouched field is left alone. */
  if (self->save_id != 0 || self->retry)
    write_now (self, FALSE);
}

gboolean
cr_field_writer_get_dirty (CrFieldWriter *self)
{
  g_autofree char *text = NULL;
  g_autofree char *value = NULL;

  g_return_val_if_fail (CR_IS_FIELD_WRITER (self), FALSE);

  if (self->save_id != 0 || self->retry)
    return TRUE;

  text = dup_text (self);
  if (!validate_text (self, text, &value, NULL))
    return TRUE;
  return g_strcmp0 (value, self->stored) != 0;
}

gint64
cr_field_writer_get_id (CrFieldWriter *self)
{
  g_return_val_if_fail (CR_IS_FIELD_WRITER (self), 0);

  return self->id;
}

void
cr_field_writer_detach (CrFieldWriter *self)
{
  g_return_if_fail (CR_IS_FIELD_WRITER (self));

  if (self->detached)
    return;

  cr_field_writer_flush (self);
  disconnect_editor (self);
  self->detached = TRUE;
}
