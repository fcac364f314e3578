/* cr-anonymisation-page-dismiss.c: the Check page's dialogs that ask for
 * a replacement or for a reason, dismissing a hit with that reason, and
 * restoring it
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrAnonymisationPage"

#include "config.h"

#include "cr-anonymisation-page-private.h"

#include "cr-anonymisation.h"
#include "cr-anonymisation-dismissal.h"
#include "cr-database-review.h"
#include "cr-edit-utils.h"

#include <glib/gi18n.h>

/*
 * Asking for a replacement or a reason
 */

static GtkWidget *
new_prompt (CrAnonymisationPage *self,
            CrAnonymisationHit  *hit,
            const char          *heading,
            const char          *body,
            const char          *entry_label,
            const char          *hint,
            const char          *response,
            const char          *response_label,
            GtkWidget          **out_entry)
{
  GtkWidget *dialog;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *hint_label = gtk_label_new (hint);

  dialog = adw_message_dialog_new (cr_review_page_get_window (CR_REVIEW_PAGE (self)), heading, body);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, entry_label,
                                  -1);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_label_set_wrap (GTK_LABEL (hint_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (hint_label), 0);
  gtk_widget_add_css_class (hint_label, "dim-label");
  gtk_widget_add_css_class (hint_label, "caption");
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), hint_label);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    response, response_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), response,
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), response);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "cr-hit", g_object_ref (hit), g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "cr-entry", entry);

  *out_entry = entry;
  return dialog;
}

static void
on_replacement_changed_cb (GtkEditable    *entry,
                           AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "replace", text[0] != '\0');
}

static void
on_replacement_response_cb (AdwMessageDialog    *dialog,
                            const char          *response,
                            CrAnonymisationPage *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "cr-entry");
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (g_strcmp0 (response, "replace") != 0 || text[0] == '\0')
    return;
  _cr_anonymisation_page_replace (self, g_object_get_data (G_OBJECT (dialog), "cr-hit"), text);
}

void
_cr_anonymisation_page_ask_replacement (CrAnonymisationPage *self,
                                        CrAnonymisationHit  *hit)
{
  g_autofree char *body = NULL;
  GtkWidget *dialog, *entry;

  /* Translators: %s is what was found ("Jayden") */
  body = g_strdup_printf (_("Type the words to put in place of “%s”: a pseudonym, or a neutral phrase such as “the family home”."),
                          cr_anonymisation_hit_get_text (hit));
  dialog = new_prompt (self, hit, _("Replace With"), body, _("Replacement"),
                       _("It is written into the report as it is typed here."),
                       "replace", _("_Replace"), &entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), cr_anonymisation_hit_get_suggestion (hit));
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_replacement_changed_cb), dialog, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_replacement_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
reason_long_enough (const char *reason)
{
  g_autofree char *stripped = g_strstrip (g_strdup (reason != NULL ? reason : ""));

  return g_utf8_strlen (stripped, -1) >= CR_DISMISSAL_MIN_REASON;
}

static void
on_reason_changed_cb (GtkEditable      *entry,
                      AdwMessageDialog *dialog)
{
  adw_message_dialog_set_response_enabled (dialog, "dismiss",
                                           reason_long_enough (gtk_editable_get_text (entry)));
}

static void
on_dismissal_response_cb (AdwMessageDialog    *dialog,
                          const char          *response,
                          CrAnonymisationPage *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "cr-entry");

  if (g_strcmp0 (response, "dismiss") != 0)
    return;
  _cr_anonymisation_page_dismiss (self, g_object_get_data (G_OBJECT (dialog), "cr-hit"),
                                  gtk_editable_get_text (entry));
}

void
_cr_anonymisation_page_ask_dismissal (CrAnonymisationPage *self,
                                      CrAnonymisationHit  *hit)
{
  g_autofree char *body = NULL;
  GtkWidget *dialog, *entry;

  /* Translators: %s is what was found ("Jayden") */
  body = g_strdup_printf (_("Say why “%s” does not identify the child or the family, in a sentence. The reason and your name are kept with the case."),
                          cr_anonymisation_hit_get_text (hit));
  dialog = new_prompt (self, hit, _("Dismiss This Detail?"), body, _("Reason"),
                       _("At least 10 characters. It comes back if the text around it changes."),
                       "dismiss", _("_Dismiss"), &entry);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "dismiss", FALSE);
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_reason_changed_cb), dialog, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_dismissal_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/*
 * Dismissing and restoring
 */

static void
on_dismissal_saved_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(CrLoadTag) tag = user_data;
  CrAnonymisationPage *self = CR_ANONYMISATION_PAGE (tag->owner);
  g_autoptr(CrRecord) stored = NULL;
  g_autoptr(GError) error = NULL;

  stored = cr_database_save_record_finish (CR_DATABASE (source), result, &error);
  g_assert (self->n_fixing > 0);
  self->n_fixing--;
  if (stored == NULL)
    {
      if (gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
        cr_show_error_toast (GTK_WIDGET (self), _("Could not dismiss"), error);
      return;
    }

  if (tag->id != cr_review_page_get_case_id (CR_REVIEW_PAGE (self)))
    return;
  cr_show_toast (GTK_WIDGET (self), _("Dismissed: the reason is kept with the case"));
  _cr_anonymisation_page_report_changed (self);
}

static char *
dup_user_name (void)
{
  const char *real = g_get_real_name ();

  if (real != NULL && real[0] != '\0' && g_strcmp0 (real, "Unknown") != 0)
    return g_strdup (real);
  return g_strdup (g_get_user_name ());
}

gboolean
_cr_anonymisation_page_dismiss (CrAnonymisationPage *self,
                                CrAnonymisationHit  *hit,
                                const char          *reason)
{
  CrDatabase *db = cr_review_page_get_database (CR_REVIEW_PAGE (self));
  gint64 case_id = cr_review_page_get_case_id (CR_REVIEW_PAGE (self));
  g_autoptr(CrAnonymisationDismissal) dismissal = NULL;
  g_autofree char *stripped = NULL;
  g_autofree char *who = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (CR_IS_ANONYMISATION_PAGE (self), FALSE);
  g_return_val_if_fail (CR_IS_ANONYMISATION_HIT (hit), FALSE);

  if (!cr_review_page_is_writable (CR_REVIEW_PAGE (self)))
    return FALSE;
  if (!reason_long_enough (reason))
    {
      cr_show_toast (GTK_WIDGET (self), _("Not dismissed: say why in at least 10 characters"));
      return FALSE;
    }

  stripped = g_strstrip (g_strdup (reason));
  who = dup_user_name ();
  dismissal = cr_anonymisation_dismissal_new ();
  cr_record_set_case_id (CR_RECORD (dismissal), case_id);
  cr_record_set (CR_RECORD (dismissal), "hit-key", cr_anonymisation_hit_get_key (hit));
  cr_record_set (CR_RECORD (dismissal), "kind",
                 cr_anonymisation_kind_to_nick (cr_anonymisation_hit_get_kind (hit)));
  cr_record_set (CR_RECORD (dismissal), "source", cr_anonymisation_hit_get_source_label (hit));
  cr_record_set (CR_RECORD (dismissal), "reason", stripped);
  cr_record_set (CR_RECORD (dismissal), "decided-by", who);
  if (!cr_record_validate (CR_RECORD (dismissal), &error))
    {
      cr_show_error_toast (GTK_WIDGET (self), _("Not dismissed"), error);
      return FALSE;
    }

  self->n_fixing++;
  cr_database_save_record_async (db, CR_RECORD (dismissal), NULL, on_dismissal_saved_cb,
                                 cr_load_tag_new (self, case_id));
  return TRUE;
}

static void
on_dismissal_deleted_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(CrLoadTag) tag = user_data;
  CrAnonymisationPage *self = CR_ANONYMISATION_PAGE (tag->owner);
  g_autoptr(GError) error = NULL;

  g_assert (self->n_fixing > 0);
  self->n_fixing--;
  if (!cr_database_delete_record_finish (CR_DATABASE (source), result, &error))
    {
      if (gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
        cr_show_error_toast (GTK_WIDGET (self), _("Could not restore"), error);
      return;
    }

  if (tag->id != cr_review_page_get_case_id (CR_REVIEW_PAGE (self)))
    return;
  cr_show_toast (GTK_WIDGET (self), _("Restored: it is a detail to resolve again"));
  _cr_anonymisation_page_report_changed (self);
}

void
_cr_anonymisation_page_restore (CrAnonymisationPage *self,
                                CrRecord            *dismissal)
{
  g_return_if_fail (CR_IS_ANONYMISATION_PAGE (self));
  g_return_if_fail (CR_IS_RECORD (dismissal));

  if (!cr_review_page_is_writable (CR_REVIEW_PAGE (self)))
    return;

  self->n_fixing++;
  cr_database_delete_record_async (cr_review_page_get_database (CR_REVIEW_PAGE (self)), dismissal,
                                   NULL, on_dismissal_deleted_cb,
                                   cr_load_tag_new (self, cr_review_page_get_case_id (CR_REVIEW_PAGE (self))));
}
