/* cr-edit-utils.c: write-through editing helpers
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrEditUtils"

#include "config.h"

#include "cr-edit-utils.h"

#include "cr-enum-types.h"
#include "cr-util.h"

#include <glib/gi18n.h>
#include <string.h>

#define UNDO_TOAST_KEY "cr-undo-toast"
#define ERROR_TOAST_TIMEOUT 10

/*
 * Toasts
 */

AdwToast *
cr_show_toast (GtkWidget  *widget,
               const char *title)
{
  GtkWidget *overlay;
  g_autofree char *markup = NULL;
  AdwToast *toast;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (title != NULL, NULL);

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    return NULL;

  /* libadwaita 1.2 parses toast titles as markup: user text must be escaped. */
  markup = g_markup_escape_text (title, -1);
  toast = adw_toast_new (markup);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  return toast;
}

void
cr_show_error_toast (GtkWidget    *widget,
                     const char   *what,
                     const GError *error)
{
  g_autofree char *title = NULL;
  AdwToast *toast;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (error == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (what != NULL)
    /* Translators: the first %s says what failed ("Could not save the
     * pseudonym"), the second is the reason. */
    title = g_strdup_printf (_("%s: %s"), what, error->message);
  else
    title = g_strdup (error->message);

  toast = cr_show_toast (widget, title);
  if (toast != NULL)
    {
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      adw_toast_set_timeout (toast, ERROR_TOAST_TIMEOUT);
    }
  else
    g_warning ("%s", title);
}

typedef struct
{
  CrUndoFunc     func;
  gpointer       data;
  GDestroyNotify data_free;
  gboolean       used;
} UndoClosure;

static void
undo_closure_free (gpointer data)
{
  UndoClosure *closure = data;

  if (closure->data_free != NULL)
    closure->data_free (closure->data);
  g_free (closure);
}

static void
on_undo_toast_button_clicked_cb (AdwToast    *toast,
                                 UndoClosure *closure)
{
  if (closure->used)
    return;

  closure->used = TRUE;
  closure->func (closure->data);
}

static void
on_undo_toast_dismissed_cb (AdwToast  *toast,
                            GtkWidget *overlay)
{
  if (g_object_get_data (G_OBJECT (overlay), UNDO_TOAST_KEY) == toast)
    g_object_set_data (G_OBJECT (overlay), UNDO_TOAST_KEY, NULL);
}

AdwToast *
cr_show_undo_toast (GtkWidget      *widget,
                    const char     *title,
                    CrUndoFunc      on_undo,
                    gpointer        data,
                    GDestroyNotify  data_free)
{
  GtkWidget *overlay;
  AdwToast *previous;
  UndoClosure *closure;
  g_autofree char *markup = NULL;
  AdwToast *toast;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (on_undo != NULL, NULL);

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    {
      if (data_free != NULL)
        data_free (data);
      return NULL;
    }

  /* Only the latest change can be undone from a toast: drop the older one
   * so the toasts do not queue up behind each other. */
  previous = g_object_get_data (G_OBJECT (overlay), UNDO_TOAST_KEY);
  if (previous != NULL)
    adw_toast_dismiss (previous);

  closure = g_new0 (UndoClosure, 1);
  closure->func = on_undo;
  closure->data = data;
  closure->data_free = data_free;

  markup = g_markup_escape_text (title, -1);
  toast = adw_toast_new (markup);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "cr-undo-closure", closure, undo_closure_free);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (on_undo_toast_button_clicked_cb), closure);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_undo_toast_dismissed_cb), overlay, 0);

  g_object_set_data_full (G_OBJECT (overlay), UNDO_TOAST_KEY, g_object_ref (toast), g_object_unref);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  return toast;
}

/*
 * Write-through with Undo
 */

typedef struct
{
  GtkWidget       *widget;
  CrDatabase      *db;
  GObject         *owner;
  CrWriteDoneFunc  done;
  char            *entity;
  gint64           id;
  char            *field;
  char            *value;
  char            *title;
  gboolean         undo;
} WriteData;

static void
write_data_free (gpointer data)
{
  WriteData *wd = data;

  g_clear_object (&wd->widget);
  g_clear_object (&wd->db);
  g_clear_object (&wd->owner);
  g_free (wd->entity);
  g_free (wd->field);
  g_free (wd->value);
  g_free (wd->title);
  g_free (wd);
}

static WriteData *
write_data_new (GtkWidget       *widget,
                CrDatabase      *db,
                const char      *entity,
                gint64           id,
                const char      *field,
                const char      *value,
                const char      *title,
                GObject         *owner,
                CrWriteDoneFunc  done,
                gboolean         undo)
{
  WriteData *wd = g_new0 (WriteData, 1);

  wd->widget = g_object_ref (widget);
  wd->db = g_object_ref (db);
  wd->owner = owner != NULL ? g_object_ref (owner) : NULL;
  wd->done = done;
  wd->entity = g_strdup (entity);
  wd->id = id;
  wd->field = g_strdup (field);
  wd->value = g_strdup (value);
  wd->title = g_strdup (title);
  wd->undo = undo;
  return wd;
}

static void start_write (WriteData *wd);

static void
undo_write (gpointer data)
{
  WriteData *wd = data;

  /* The toast owns @wd; the write gets its own copy. */
  start_write (write_data_new (wd->widget, wd->db, wd->entity, wd->id, wd->field,
                               wd->value, wd->title, wd->owner, wd->done, TRUE));
}

static void
on_update_field_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  WriteData *wd = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *old_value = NULL;

  if (!cr_database_update_field_finish (CR_DATABASE (source), result, &old_value, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          cr_show_error_toast (wd->widget,
                               wd->undo ? _("Could not undo the change")
                                        : _("Could not save the change"),
                               error);
          if (wd->done != NULL)
            wd->done (wd->owner, wd->entity, wd->id, wd->field, wd->value, wd->undo, error);
        }
      write_data_free (wd);
      return;
    }

  if (wd->done != NULL)
    wd->done (wd->owner, wd->entity, wd->id, wd->field, wd->value, wd->undo, NULL);

  if (!wd->undo && g_strcmp0 (old_value, wd->value) != 0)
    cr_show_undo_toast (wd->widget, wd->title, undo_write,
                        write_data_new (wd->widget, wd->db, wd->entity, wd->id, wd->field,
                                        old_value, wd->title, wd->owner, wd->done, TRUE),
                        write_data_free);

  write_data_free (wd);
}

static void
start_write (WriteData *wd)
{
  /* Writes are never cancelled: a change the user made must reach the
   * file even when the page moves on to another record meanwhile. */
  cr_database_update_field_async (wd->db, wd->entity, wd->id, wd->field, wd->value,
                                  NULL, on_update_field_cb, wd);
}

void
cr_write_through_field (GtkWidget       *widget,
                        CrDatabase      *db,
                        const char      *entity,
                        gint64           id,
                        const char      *field,
                        const char      *value,
                        const char      *toast_title,
                        GObject         *owner,
                        CrWriteDoneFunc  done)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (CR_IS_DATABASE (db));
  g_return_if_fail (entity != NULL);
  g_return_if_fail (field != NULL);
  g_return_if_fail (owner == NULL || G_IS_OBJECT (owner));

  start_write (write_data_new (widget, db, entity, id, field, value, toast_title,
                               owner, done, FALSE));
}

/*
 * Field errors
 */

void
cr_set_field_error (GtkWidget  *row,
                    GtkLabel   *label,
                    const char *message)
{
  g_return_if_fail (GTK_IS_WIDGET (row));
  g_return_if_fail (label == NULL || GTK_IS_LABEL (label));

  if (message != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                      -1);
      if (label != NULL)
        {
          gtk_label_set_text (label, message);
          gtk_widget_set_visible (GTK_WIDGET (label), TRUE);
        }
    }
  else
    {
      gtk_widget_remove_css_class (row, "error");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      if (label != NULL)
        {
          gtk_label_set_text (label, "");
          gtk_widget_set_visible (GTK_WIDGET (label), FALSE);
        }
    }
}

void
cr_entry_row_set_accessible_label (GtkWidget  *row,
                                   const char *label)
{
  GtkEditable *delegate;

  g_return_if_fail (GTK_IS_WIDGET (row));
  g_return_if_fail (label != NULL);

  /* AdwEntryRow 1.2 is labelled by both of its title labels, which reads
   * "Pseudonym Pseudonym"; one plain label reads (and is found) better. */
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  if (GTK_IS_EDITABLE (row))
    {
      delegate = gtk_editable_get_delegate (GTK_EDITABLE (row));
      if (delegate != NULL && GTK_IS_ACCESSIBLE (delegate) && (gpointer) delegate != (gpointer) row)
        {
          gtk_accessible_reset_relation (GTK_ACCESSIBLE (delegate),
                                         GTK_ACCESSIBLE_RELATION_LABELLED_BY);
          gtk_accessible_update_property (GTK_ACCESSIBLE (delegate),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                          -1);
        }
    }
}

/*
 * Dates
 */

static gboolean
parse_number (const char *text,
              gsize       min_digits,
              gsize       max_digits,
              guint      *out)
{
  gsize len = strlen (text);
  guint64 value = 0;

  if (len < min_digits || len > max_digits)
    return FALSE;

  for (gsize i = 0; i < len; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      value = value * 10 + (guint) (text[i] - '0');
    }

  *out = (guint) value;
  return TRUE;
}

gboolean
cr_parse_date_input (const char  *text,
                     char       **out_iso,
                     GError     **error)
{
  g_autofree char *stripped = NULL;
  g_auto(GStrv) parts = NULL;
  guint day, month, year;
  GDate date;

  g_return_val_if_fail (out_iso != NULL, FALSE);

  *out_iso = NULL;
  stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  if (stripped[0] == '\0')
    return TRUE;

  g_date_clear (&date, 1);

  if (strchr (stripped, '/') != NULL)
    {
      parts = g_strsplit (stripped, "/", -1);
      if (g_strv_length (parts) == 3 &&
          parse_number (parts[0], 1, 2, &day) &&
          parse_number (parts[1], 1, 2, &month) &&
          parse_number (parts[2], 4, 4, &year))
        {
          if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year) ||
              year < 1900)
            {
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("There is no such date: check the day, month and year."));
              return FALSE;
            }
          g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
          *out_iso = cr_date_to_iso (&date);
          return TRUE;
        }
    }
  else if (cr_date_parse_iso (stripped, &date))
    {
      if (g_date_get_year (&date) < 1900)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("There is no such date: check the day, month and year."));
          return FALSE;
        }
      *out_iso = cr_date_to_iso (&date);
      return TRUE;
    }
  else if (strlen (stripped) == 10 && stripped[4] == '-' && stripped[7] == '-')
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("There is no such date: check the day, month and year."));
      return FALSE;
    }

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               _("Enter the date as YYYY-MM-DD or DD/MM/YYYY, for example 2026-03-14."));
  return FALSE;
}

/*
 * Review types
 */

static const char * const review_type_labels[] = {
  [CR_REVIEW_TYPE_UNDECIDED] = N_("Not yet decided"),
  [CR_REVIEW_TYPE_RAPID_REVIEW_ONLY] = N_("Rapid review only"),
  [CR_REVIEW_TYPE_LCSPR] = N_("Local practice review (LCSPR)"),
  [CR_REVIEW_TYPE_OTHER_LEARNING_REVIEW] = N_("Other learning review"),
  [CR_REVIEW_TYPE_NATIONAL] = N_("National review"),
  [CR_REVIEW_TYPE_LEGACY_SCR] = N_("Serious case review (legacy)"),
};

guint
cr_review_type_get_n_types (void)
{
  return G_N_ELEMENTS (review_type_labels);
}

const char *
cr_review_type_to_label (CrReviewType type)
{
  g_return_val_if_fail ((guint) type < G_N_ELEMENTS (review_type_labels), NULL);

  return _(review_type_labels[type]);
}

const char *
cr_review_type_to_nick (CrReviewType type)
{
  GEnumClass *klass = g_type_class_ref (CR_TYPE_REVIEW_TYPE);
  GEnumValue *value = g_enum_get_value (klass, type);

  g_type_class_unref (klass);
  g_return_val_if_fail (value != NULL, NULL);

  /* The nicks are static strings owned by the type system. */
  return value->value_nick;
}

/*
 * Load tags
 */

CrLoadTag *
cr_load_tag_new (gpointer owner,
                 gint64   id)
{
  CrLoadTag *tag = g_new0 (CrLoadTag, 1);

  g_return_val_if_fail (G_IS_OBJECT (owner), NULL);

  tag->owner = g_object_ref (owner);
  tag->id = id;
  return tag;
}

void
cr_load_tag_free (CrLoadTag *tag)
{
  if (tag == NULL)
    return;
  g_clear_object (&tag->owner);
  g_free (tag);
}

/*
 * Settings and state
 */

GSettings *
cr_dup_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source == NULL)
    return NULL;

  schema = g_settings_schema_source_lookup (source, CR_SETTINGS_SCHEMA_ID, TRUE);
  if (schema == NULL)
    {
      g_warning ("The settings schema %s is not installed", CR_SETTINGS_SCHEMA_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}

gboolean
cr_database_is_writable (CrDatabase *db)
{
  return db != NULL && !cr_database_get_read_only (db);
}
