/* cr-form-dialog.c: a dialog of one record form whose accept the caller carries out
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrFormDialog"

#include "config.h"

#include "cr-form-dialog.h"

#include "cr-dialog-utils.h"
#include "cr-record-form.h"


struct _CrFormDialog
{
  AdwWindow       parent_instance;

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkButton      *accept_button;
  GtkSpinner     *spinner;
  GtkRevealer    *error_revealer;
  GtkLabel       *error_label;
  GtkBox         *form_box;
  GtkLabel       *description_label;

  /* Owned references */
  CrRecord       *record;
  GtkWidget      *form;
  char           *error;

  guint           busy : 1;
  guint           finished : 1;
};

G_DEFINE_FINAL_TYPE (CrFormDialog, cr_form_dialog, ADW_TYPE_WINDOW)

enum {
  ACCEPTED,
  CANCELLED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_accept (CrFormDialog *self)
{
  gboolean valid = self->form != NULL && cr_record_form_get_valid (CR_RECORD_FORM (self->form));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "form.accept", valid && !self->busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->accept_button), valid && !self->busy);
}

static void
show_error (CrFormDialog *self,
            const char   *message)
{
  g_free (self->error);
  self->error = g_strdup (message);
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->form_box),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  message != NULL ? message : "",
                                  -1);
}

static void
set_busy (CrFormDialog *self,
          gboolean      busy)
{
  self->busy = !!busy;
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->form_box), !busy);
  update_accept (self);
}

static void
accept_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  cr_form_dialog_accept (CR_FORM_DIALOG (widget));
}

static void
on_form_valid_cb (CrFormDialog *self)
{
  update_accept (self);
}

static gboolean
cr_form_dialog_close_request (GtkWindow *window)
{
  CrFormDialog *self = CR_FORM_DIALOG (window);

  if (!self->finished)
    {
      self->finished = TRUE;
      g_signal_emit (self, signals[CANCELLED], 0);
    }

  return GTK_WINDOW_CLASS (cr_form_dialog_parent_class)->close_request (window);
}

static void
cr_form_dialog_dispose (GObject *object)
{
  CrFormDialog *self = CR_FORM_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_FORM_DIALOG);
  self->form = NULL;
  g_clear_object (&self->record);

  G_OBJECT_CLASS (cr_form_dialog_parent_class)->dispose (object);
}

static void
cr_form_dialog_finalize (GObject *object)
{
  CrFormDialog *self = CR_FORM_DIALOG (object);

  g_free (self->error);

  G_OBJECT_CLASS (cr_form_dialog_parent_class)->finalize (object);
}

static void
cr_form_dialog_class_init (CrFormDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = cr_form_dialog_dispose;
  object_class->finalize = cr_form_dialog_finalize;
  window_class->close_request = cr_form_dialog_close_request;

  /* The handler does the work and calls cr_form_dialog_finish(). */
  signals[ACCEPTED] =
    g_signal_new ("accepted",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
  signals[CANCELLED] =
    g_signal_new ("cancelled",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-form-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CrFormDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, CrFormDialog, accept_button);
  gtk_widget_class_bind_template_child (widget_class, CrFormDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, CrFormDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, CrFormDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, CrFormDialog, form_box);
  gtk_widget_class_bind_template_child (widget_class, CrFormDialog, description_label);

  gtk_widget_class_install_action (widget_class, "form.accept", NULL, accept_action);
  cr_dialog_class_add_bindings (widget_class, "form.accept");
}

static void
cr_form_dialog_init (CrFormDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/*
 * Public API
 */

CrFormDialog *
cr_form_dialog_new (GtkWindow          *parent,
                    CrDatabase         *database,
                    CrRecord           *record,
                    const char         *title,
                    const char         *accept_label,
                    const char * const *fields,
                    const char * const *required)
{
  CrFormDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CR_IS_RECORD (record), NULL);
  g_return_val_if_fail (title != NULL && accept_label != NULL, NULL);

  self = g_object_new (CR_TYPE_FORM_DIALOG,
                       "transient-for", parent,
                       "title", title,
                       NULL);
  adw_window_title_set_title (self->window_title, title);
  gtk_button_set_label (self->accept_button, accept_label);

  self->record = g_object_ref (record);
  self->form = cr_record_form_new (record, database, fields, required);
  gtk_box_append (self->form_box, self->form);
  g_signal_connect_object (self->form, "notify::valid", G_CALLBACK (on_form_valid_cb), self,
                           G_CONNECT_SWAPPED);
  update_accept (self);

  return self;
}

CrRecord *
cr_form_dialog_get_record (CrFormDialog *self)
{
  g_return_val_if_fail (CR_IS_FORM_DIALOG (self), NULL);

  return self->record;
}

void
cr_form_dialog_set_description (CrFormDialog *self,
                                const char   *description)
{
  g_return_if_fail (CR_IS_FORM_DIALOG (self));

  gtk_label_set_text (self->description_label, description != NULL ? description : "");
  gtk_widget_set_visible (GTK_WIDGET (self->description_label), description != NULL);
}

void
cr_form_dialog_accept (CrFormDialog *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (CR_IS_FORM_DIALOG (self));

  if (self->busy || self->finished || self->form == NULL)
    return;

  if (!cr_record_form_validate (CR_RECORD_FORM (self->form), &error))
    {
      show_error (self, error->message);
      return;
    }

  show_error (self, NULL);
  set_busy (self, TRUE);
  g_signal_emit (self, signals[ACCEPTED], 0);
}

void
cr_form_dialog_finish (CrFormDialog *self,
                       const GError *error)
{
  g_return_if_fail (CR_IS_FORM_DIALOG (self));

  if (self->finished)
    return;

  set_busy (self, FALSE);
  if (error == NULL)
    {
      self->finished = TRUE;
      gtk_window_close (GTK_WINDOW (self));
      return;
    }

  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_error (self, error->message);
}

const char *
cr_form_dialog_get_error (CrFormDialog *self)
{
  g_return_val_if_fail (CR_IS_FORM_DIALOG (self), NULL);

  return self->error;
}
