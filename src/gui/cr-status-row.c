/* cr-status-row.c: the status of a case and its allowed next states
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrStatusRow"

#include "config.h"

#include "cr-status-row.h"

#include "cr-case-status.h"
#include "cr-edit-utils.h"

#include <glib/gi18n.h>

struct _CrStatusRow
{
  AdwActionRow   parent_instance;

  GtkMenuButton *button;

  CrDatabase    *db;
  CrCase        *kase;
};

G_DEFINE_FINAL_TYPE (CrStatusRow, cr_status_row, ADW_TYPE_ACTION_ROW)

enum {
  TRANSITIONED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gint64
current_id (CrStatusRow *self)
{
  return self->kase != NULL ? cr_case_get_id (self->kase) : 0;
}

static void
update (CrStatusRow *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autofree CrCaseStatus *next = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *label = NULL;
  g_autofree char *description = NULL;
  CrCaseStatus status;
  guint n_next = 0;

  if (self->kase == NULL)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self), "");
      gtk_menu_button_set_menu_model (self->button, NULL);
      gtk_widget_set_sensitive (GTK_WIDGET (self->button), FALSE);
      return;
    }

  status = cr_case_get_status (self->kase);
  label = g_markup_escape_text (cr_case_status_to_label (status), -1);
  description = g_markup_escape_text (cr_case_status_to_description (status), -1);
  subtitle = g_strdup_printf ("<b>%s</b>\n%s", label, description);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);

  next = cr_case_status_next_states (status, cr_case_get_paused_from (self->kase), &n_next);
  for (guint i = 0; i < n_next; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (cr_case_status_to_label (next[i]), NULL);

      g_menu_item_set_action_and_target_value (item, "status.transition",
                                               g_variant_new_string (cr_case_status_to_nick (next[i])));
      g_menu_append_item (menu, item);
    }

  gtk_menu_button_set_menu_model (self->button, n_next > 0 ? G_MENU_MODEL (menu) : NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->button),
                            n_next > 0 && cr_database_is_writable (self->db));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button),
                               n_next > 0 ? _("Move the case to its next stage")
                                          : _("The case has reached its final stage"));
}

/*
 * Moving the case
 */

static void
on_transition_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(CrStatusRow) self = user_data;
  g_autoptr(CrCase) updated = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  updated = cr_database_transition_case_finish (CR_DATABASE (source), result, &error);
  if (updated == NULL)
    {
      cr_show_error_toast (GTK_WIDGET (self), _("The status was not changed"), error);
      return;
    }

  if (cr_case_get_id (updated) == current_id (self))
    {
      cr_case_set_status (self->kase, cr_case_get_status (updated));
      cr_case_set_paused_from (self->kase, cr_case_get_paused_from (updated));
      update (self);
    }

  /* Translators: %s is the new status, e.g. "Rapid review". */
  title = g_strdup_printf (_("Status changed to “%s”"),
                           cr_case_status_to_label (cr_case_get_status (updated)));
  cr_show_toast (GTK_WIDGET (self), title);
  g_signal_emit (self, signals[TRANSITIONED], 0, updated);
}

static void
transition (CrStatusRow  *self,
            gint64        case_id,
            CrCaseStatus  to)
{
  cr_database_transition_case_async (self->db, case_id, to, NULL, on_transition_cb,
                                     g_object_ref (self));
}

static void
on_confirm_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        CrStatusRow      *self)
{
  gint64 case_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "cr-case-id"));
  CrCaseStatus to = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "cr-status"));

  if (g_str_equal (response, "move") && self->db != NULL)
    transition (self, case_id, to);
}

/* Outcomes end the active work on a case, so they are confirmed first. */
static gboolean
needs_confirmation (CrCaseStatus to)
{
  switch (to)
    {
    case CR_CASE_STATUS_PUBLISHED:
    case CR_CASE_STATUS_PUBLISHED_IMPROVEMENTS:
    case CR_CASE_STATUS_CLOSED:
    case CR_CASE_STATUS_NOT_NOTIFIABLE:
    case CR_CASE_STATUS_RAPID_REVIEW_NOT_REQUIRED:
    case CR_CASE_STATUS_NO_FURTHER_REVIEW:
    case CR_CASE_STATUS_OTHER_LEARNING_REVIEW:
    case CR_CASE_STATUS_NATIONAL_REVIEW:
      return TRUE;

    case CR_CASE_STATUS_REFERRED:
    case CR_CASE_STATUS_NOTIFICATION_DECISION:
    case CR_CASE_STATUS_NOTIFIED:
    case CR_CASE_STATUS_RAPID_REVIEW:
    case CR_CASE_STATUS_RAPID_REVIEW_DECISION:
    case CR_CASE_STATUS_AWAITING_PANEL:
    case CR_CASE_STATUS_LCSPR_COMMISSIONING:
    case CR_CASE_STATUS_LCSPR_EVIDENCE:
    case CR_CASE_STATUS_LCSPR_ANALYSIS:
    case CR_CASE_STATUS_LCSPR_SIGN_OFF:
    case CR_CASE_STATUS_PAUSED:
    case CR_CASE_STATUS_PRE_PUBLICATION:
    case CR_CASE_STATUS_ACTION_MONITORING:
    case CR_CASE_STATUS_DISSEMINATION:
    default:
      return cr_case_status_is_terminal (to);
    }
}

static void
transition_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CrStatusRow *self = CR_STATUS_ROW (widget);
  CrCaseStatus to;
  GtkRoot *root;
  GtkWidget *dialog;
  g_autofree char *heading = NULL;

  if (self->kase == NULL || !cr_database_is_writable (self->db) ||
      !cr_case_status_from_nick (g_variant_get_string (parameter, NULL), &to))
    return;

  if (!needs_confirmation (to))
    {
      transition (self, current_id (self), to);
      return;
    }

  root = gtk_widget_get_root (widget);
  /* Translators: %s is a status, e.g. "Closed". */
  heading = g_strdup_printf (_("Move the Case to “%s”?"), cr_case_status_to_label (to));
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading,
                                   cr_case_status_to_description (to));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "move", _("_Move"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "move",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "cr-case-id", GSIZE_TO_POINTER (current_id (self)));
  g_object_set_data (G_OBJECT (dialog), "cr-status", GINT_TO_POINTER (to));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_confirm_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/*
 * GObject overrides
 */

static void
cr_status_row_dispose (GObject *object)
{
  CrStatusRow *self = (CrStatusRow *)object;

  g_clear_object (&self->kase);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cr_status_row_parent_class)->dispose (object);
}

static void
cr_status_row_class_init (CrStatusRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cr_status_row_dispose;

  signals[TRANSITIONED] =
    g_signal_new ("transitioned",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CR_TYPE_CASE);

  gtk_widget_class_install_action (widget_class, "status.transition", "s", transition_action);
}

static void
cr_status_row_init (CrStatusRow *self)
{
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), _("Status"));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (self), 4);

  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_label (self->button, _("Change Status"));
  gtk_widget_set_valign (GTK_WIDGET (self->button), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Change Status"),
                                  -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), GTK_WIDGET (self->button));

  update (self);
}

/*
 * Public API
 */

GtkWidget *
cr_status_row_new (void)
{
  return g_object_new (CR_TYPE_STATUS_ROW, NULL);
}

void
cr_status_row_show (CrStatusRow *self,
                    CrDatabase  *db,
                    CrCase      *kase)
{
  g_return_if_fail (CR_IS_STATUS_ROW (self));
  g_return_if_fail (db == NULL || CR_IS_DATABASE (db));
  g_return_if_fail (kase == NULL || CR_IS_CASE (kase));

  g_set_object (&self->db, db);
  g_clear_object (&self->kase);
  if (kase != NULL)
    self->kase = cr_case_copy (kase);
  update (self);
}
