/* cr-agency-dialog.c: adds an agency to the register, or edits one
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrAgencyDialog"

#include "config.h"

#include "cr-agency-dialog.h"

#include "cr-agency-catalog.h"
#include "cr-edit-utils.h"
#include "cr-field-writer.h"
#include "cr-util.h"

#include <glib/gi18n.h>

#define TEXT_MAX_CHARS 200
#define N_SECTORS (CR_AGENCY_SECTOR_OTHER + 1)

typedef enum
{
  FIELD_NAME,
  FIELD_CONTACT_NAME,
  FIELD_EMAIL,
  FIELD_PHONE,
  N_FIELDS
} Field;

static const struct
{
  const char *property;
  const char *toast_title;
} fields[N_FIELDS] = {
  [FIELD_NAME] = { "name", N_("Agency name changed") },
  [FIELD_CONTACT_NAME] = { "contact-name", N_("Contact name changed") },
  [FIELD_EMAIL] = { "contact-email", N_("Contact email changed") },
  [FIELD_PHONE] = { "contact-phone", N_("Contact phone changed") },
};

typedef struct
{
  CrAgencyDialog *dialog;
  Field           field;
} FieldContext;

struct _CrAgencyDialog
{
  AdwWindow       parent_instance;

  /* Template widgets */
  AdwHeaderBar   *header_bar;
  AdwWindowTitle *window_title;
  GtkButton      *cancel_button;
  GtkButton      *add_button;
  AdwComboRow    *catalog_row;
  AdwEntryRow    *name_row;
  GtkLabel       *name_message;
  AdwComboRow    *sector_row;
  AdwEntryRow    *contact_name_row;
  GtkLabel       *contact_name_message;
  AdwEntryRow    *email_row;
  GtkLabel       *email_message;
  AdwEntryRow    *phone_row;
  GtkLabel       *phone_message;

  /* Owned references */
  CrDatabase     *db;
  CrAgency       *agency;         /* the edited agency (our copy), or NULL */
  GCancellable   *cancellable;
  CrFieldWriter  *writers[N_FIELDS];
  FieldContext    contexts[N_FIELDS];

  guint           loading : 1;
  guint           saving : 1;
};

G_DEFINE_FINAL_TYPE (CrAgencyDialog, cr_agency_dialog, ADW_TYPE_WINDOW)

enum {
  AGENCY_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static AdwEntryRow *
get_row (CrAgencyDialog *self,
         Field           field)
{
  AdwEntryRow *rows[N_FIELDS] = {
    self->name_row, self->contact_name_row, self->email_row, self->phone_row,
  };

  return rows[field];
}

static GtkLabel *
get_message (CrAgencyDialog *self,
             Field           field)
{
  GtkLabel *labels[N_FIELDS] = {
    self->name_message, self->contact_name_message, self->email_message, self->phone_message,
  };

  return labels[field];
}

/*
 * Validation
 */

/* Checks @text for @field on a copy of @base (or a minimal valid agency)
 * with cr_agency_validate(). */
static gboolean
check_value (CrAgency    *base,
             Field        field,
             const char  *text,
             char       **out_value,
             GError     **error)
{
  g_autoptr(CrAgency) candidate = NULL;
  g_autofree char *value = NULL;

  if (!cr_text_normalise (text, TEXT_MAX_CHARS, &value, error))
    return FALSE;

  if (base != NULL)
    candidate = cr_agency_copy (base);
  else
    {
      candidate = cr_agency_new ();
      cr_agency_set_name (candidate, "X");
    }

  g_object_set (candidate, fields[field].property, value, NULL);
  if (!cr_agency_validate (candidate, error))
    return FALSE;

  if (out_value != NULL)
    *out_value = g_steal_pointer (&value);
  return TRUE;
}

static gboolean
validate_field (const char  *text,
                char       **out_value,
                gpointer     user_data,
                GError     **error)
{
  FieldContext *context = user_data;

  return check_value (context->dialog->agency, context->field, text, out_value, error);
}

/* Add mode: checks every field, shows the messages, and builds the
 * agency to store when @out is not NULL. */
static gboolean
validate_new (CrAgencyDialog  *self,
              CrAgency       **out)
{
  g_autoptr(CrAgency) agency = cr_agency_new ();
  gboolean valid = TRUE;

  for (guint f = 0; f < N_FIELDS; f++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *value = NULL;
      AdwEntryRow *row = get_row (self, f);

      if (check_value (NULL, f, gtk_editable_get_text (GTK_EDITABLE (row)), &value, &error))
        {
          cr_set_field_error (GTK_WIDGET (row), get_message (self, f), NULL);
          g_object_set (agency, fields[f].property, value, NULL);
        }
      else
        {
          /* An empty name is not an error to shout about before typing. */
          if (f != FIELD_NAME || gtk_editable_get_text (GTK_EDITABLE (row))[0] != '\0')
            cr_set_field_error (GTK_WIDGET (row), get_message (self, f), error->message);
          valid = FALSE;
        }
    }

  cr_agency_set_sector (agency, (CrAgencySector) adw_combo_row_get_selected (self->sector_row));

  if (valid && out != NULL)
    *out = g_steal_pointer (&agency);
  return valid;
}

static void
update_add_button (CrAgencyDialog *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button),
                            self->agency == NULL && !self->saving &&
                            cr_database_is_writable (self->db) && validate_new (self, NULL));
}

static void
on_changed_cb (CrAgencyDialog *self)
{
  if (self->agency == NULL && !self->loading)
    update_add_button (self);
}

/*
 * Adding
 */

static void
on_create_agency_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(CrAgencyDialog) self = user_data;
  g_autoptr(CrAgency) stored = NULL;
  g_autoptr(GError) error = NULL;

  stored = cr_database_create_agency_finish (CR_DATABASE (source), result, &error);
  self->saving = FALSE;

  if (stored == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      update_add_button (self);
      if (g_error_matches (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_DUPLICATE) ||
          g_error_matches (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID))
        cr_set_field_error (GTK_WIDGET (self->name_row), self->name_message, error->message);
      else
        cr_show_error_toast (GTK_WIDGET (self->add_button), _("The agency was not added"), error);
      return;
    }

  g_signal_emit (self, signals[AGENCY_SAVED], 0, stored);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_add_cb (CrAgencyDialog *self)
{
  g_autoptr(CrAgency) agency = NULL;

  if (self->agency != NULL || self->saving || !cr_database_is_writable (self->db) ||
      !validate_new (self, &agency))
    return;

  self->saving = TRUE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), FALSE);
  cr_database_create_agency_async (self->db, agency, self->cancellable, on_create_agency_cb,
                                   g_object_ref (self));
}

static void
on_catalog_selected_cb (CrAgencyDialog *self)
{
  const CrAgencyCatalogEntry *entries = cr_agency_catalog_get_entries (NULL);
  guint selected = adw_combo_row_get_selected (self->catalog_row);

  /* Position 0 is "Not from the list". */
  if (self->loading || selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return;

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), entries[selected - 1].name);
  adw_combo_row_set_selected (self->sector_row, entries[selected - 1].sector);
  gtk_widget_grab_focus (GTK_WIDGET (self->contact_name_row));
}

/*
 * Editing
 */

static void
on_writer_saved_cb (CrFieldWriter  *writer,
                    gint64          id,
                    const char     *value,
                    CrAgencyDialog *self)
{
  for (guint f = 0; f < N_FIELDS; f++)
    if (self->writers[f] == writer)
      g_object_set (self->agency, fields[f].property, value, NULL);

  adw_window_title_set_subtitle (self->window_title, cr_agency_get_name (self->agency));
  g_signal_emit (self, signals[AGENCY_SAVED], 0, self->agency);
}

static void
on_sector_written (GObject      *owner,
                   const char   *entity,
                   gint64        id,
                   const char   *field,
                   const char   *value,
                   gboolean      undone,
                   const GError *error)
{
  CrAgencyDialog *self = CR_AGENCY_DIALOG (owner);
  CrAgencySector sector;

  if (self->agency == NULL)
    return;

  if (error == NULL && value != NULL && cr_agency_sector_from_nick (value, &sector))
    cr_agency_set_sector (self->agency, sector);

  self->loading = TRUE;
  adw_combo_row_set_selected (self->sector_row, cr_agency_get_sector (self->agency));
  self->loading = FALSE;

  if (error == NULL)
    g_signal_emit (self, signals[AGENCY_SAVED], 0, self->agency);
}

static void
on_sector_selected_cb (CrAgencyDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->sector_row);

  if (self->loading || selected >= N_SECTORS)
    return;

  if (self->agency == NULL)
    {
      update_add_button (self);
      return;
    }

  if (selected == (guint) cr_agency_get_sector (self->agency) || !cr_database_is_writable (self->db))
    return;

  cr_write_through_field (GTK_WIDGET (self->sector_row), self->db, "agency",
                          cr_agency_get_id (self->agency), "sector",
                          cr_agency_sector_to_nick ((CrAgencySector) selected),
                          _("Sector changed"), G_OBJECT (self), on_sector_written);
}

static void
setup_edit_mode (CrAgencyDialog *self)
{
  gboolean writable = cr_database_is_writable (self->db);

  gtk_window_set_title (GTK_WINDOW (self), _("Agency"));
  adw_window_title_set_title (self->window_title, _("Agency"));
  adw_window_title_set_subtitle (self->window_title, cr_agency_get_name (self->agency));
  gtk_widget_set_visible (GTK_WIDGET (self->cancel_button), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->add_button), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->catalog_row), FALSE);
  adw_header_bar_set_show_start_title_buttons (self->header_bar, TRUE);
  adw_header_bar_set_show_end_title_buttons (self->header_bar, TRUE);

  self->loading = TRUE;
  adw_combo_row_set_selected (self->sector_row, cr_agency_get_sector (self->agency));
  self->loading = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->sector_row), writable);

  for (guint f = 0; f < N_FIELDS; f++)
    {
      g_autofree char *value = NULL;
      AdwEntryRow *row = get_row (self, f);

      g_object_get (self->agency, fields[f].property, &value, NULL);
      self->contexts[f].dialog = self;
      self->contexts[f].field = f;
      self->writers[f] = cr_field_writer_new (GTK_WIDGET (row), get_message (self, f), "agency",
                                              fields[f].property, _(fields[f].toast_title));
      cr_field_writer_set_validate_func (self->writers[f], validate_field, &self->contexts[f]);
      cr_field_writer_set_database (self->writers[f], self->db);
      cr_field_writer_load (self->writers[f], cr_agency_get_id (self->agency), value);
      g_signal_connect_object (self->writers[f], "saved", G_CALLBACK (on_writer_saved_cb), self, 0);
      gtk_editable_set_editable (GTK_EDITABLE (row), writable);
    }
}

/*
 * GObject overrides
 */

static void
cr_agency_dialog_dispose (GObject *object)
{
  CrAgencyDialog *self = (CrAgencyDialog *)object;

  /* Edits waiting for their delay are written before the window goes. */
  for (guint f = 0; f < N_FIELDS; f++)
    if (self->writers[f] != NULL)
      cr_field_writer_detach (self->writers[f]);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_AGENCY_DIALOG);
  for (guint f = 0; f < N_FIELDS; f++)
    g_clear_object (&self->writers[f]);
  g_clear_object (&self->agency);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cr_agency_dialog_parent_class)->dispose (object);
}

static void
cr_agency_dialog_class_init (CrAgencyDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cr_agency_dialog_dispose;

  signals[AGENCY_SAVED] =
    g_signal_new ("agency-saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CR_TYPE_AGENCY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-agency-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CrAgencyDialog, header_bar);
  gtk_widget_class_bind_template_child (widget_class, CrAgencyDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, CrAgencyDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, CrAgencyDialog, add_button);
  gtk_widget_class_bind_template_child (widget_class, CrAgencyDialog, catalog_row);
  gtk_widget_class_bind_template_child (widget_class, CrAgencyDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, CrAgencyDialog, name_message);
  gtk_widget_class_bind_template_child (widget_class, CrAgencyDialog, sector_row);
  gtk_widget_class_bind_template_child (widget_class, CrAgencyDialog, contact_name_row);
  gtk_widget_class_bind_template_child (widget_class, CrAgencyDialog, contact_name_message);
  gtk_widget_class_bind_template_child (widget_class, CrAgencyDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, CrAgencyDialog, email_message);
  gtk_widget_class_bind_template_child (widget_class, CrAgencyDialog, phone_row);
  gtk_widget_class_bind_template_child (widget_class, CrAgencyDialog, phone_message);
  gtk_widget_class_bind_template_callback (widget_class, on_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cr_agency_dialog_init (CrAgencyDialog *self)
{
  g_autoptr(GtkStringList) catalog = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) sectors = gtk_string_list_new (NULL);
  const CrAgencyCatalogEntry *entries;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();

  gtk_string_list_append (catalog, _("Not from the list"));
  entries = cr_agency_catalog_get_entries (NULL);
  for (guint i = 0; entries[i].name != NULL; i++)
    {
      /* Translators: a common agency and its sector, e.g. "Housing (Local authority)". */
      g_autofree char *label = g_strdup_printf (_("%s (%s)"), _(entries[i].name),
                                                cr_agency_sector_to_label (entries[i].sector));

      gtk_string_list_append (catalog, label);
    }

  self->loading = TRUE;
  adw_combo_row_set_model (self->catalog_row, G_LIST_MODEL (catalog));
  for (guint s = 0; s < N_SECTORS; s++)
    gtk_string_list_append (sectors, cr_agency_sector_to_label ((CrAgencySector) s));
  adw_combo_row_set_model (self->sector_row, G_LIST_MODEL (sectors));
  self->loading = FALSE;

  g_signal_connect_swapped (self->catalog_row, "notify::selected",
                            G_CALLBACK (on_catalog_selected_cb), self);
  g_signal_connect_swapped (self->sector_row, "notify::selected",
                            G_CALLBACK (on_sector_selected_cb), self);

  cr_entry_row_set_accessible_label (GTK_WIDGET (self->name_row), _("Agency name"));
  cr_entry_row_set_accessible_label (GTK_WIDGET (self->contact_name_row), _("Contact name"));
  cr_entry_row_set_accessible_label (GTK_WIDGET (self->email_row), _("Contact email"));
  cr_entry_row_set_accessible_label (GTK_WIDGET (self->phone_row), _("Contact phone"));
}

/*
 * Public API
 */

CrAgencyDialog *
cr_agency_dialog_new (GtkWindow  *parent,
                      CrDatabase *db,
                      CrAgency   *agency)
{
  CrAgencyDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CR_IS_DATABASE (db), NULL);
  g_return_val_if_fail (agency == NULL || CR_IS_AGENCY (agency), NULL);

  self = g_object_new (CR_TYPE_AGENCY_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->db = g_object_ref (db);

  if (agency != NULL)
    {
      self->agency = cr_agency_copy (agency);
      setup_edit_mode (self);
    }
  else
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Add Agency"));
      adw_window_title_set_title (self->window_title, _("Add Agency"));
      adw_header_bar_set_show_start_title_buttons (self->header_bar, FALSE);
      adw_header_bar_set_show_end_title_buttons (self->header_bar, FALSE);
      update_add_button (self);
    }

  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  return self;
}
