/* cr-referral-launcher.c: starts the referral assistant, offering a draft
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrReferralLauncher"

#include "config.h"

#include "cr-referral-launcher.h"

#include <glib/gi18n.h>

typedef struct
{
  GtkWindow             *parent;     /* owned */
  CrDatabase            *database;   /* owned */
  GWeakRef               owner;
  CrReferralStartedFunc  started;
  GPtrArray             *drafts;     /* of CrDraft, newest first */
} Launch;

#define LAUNCHING_KEY "cr-referral-launching"

static void
launch_free (gpointer data)
{
  Launch *launch = data;

  /* The parent may start another referral from now on. */
  if (launch->parent != NULL)
    g_object_set_data (G_OBJECT (launch->parent), LAUNCHING_KEY, NULL);

  g_clear_object (&launch->parent);
  g_clear_object (&launch->database);
  g_weak_ref_clear (&launch->owner);
  g_clear_pointer (&launch->drafts, g_ptr_array_unref);
  g_free (launch);
}

static void
launch_closure_notify (gpointer  data,
                       GClosure *closure)
{
  launch_free (data);
}

static void
open_assistant (Launch        *launch,
                const CrDraft *draft)
{
  g_autoptr(GObject) owner = g_weak_ref_get (&launch->owner);
  CrReferralAssistant *assistant;

  if (owner == NULL)
    return;

  assistant = cr_referral_assistant_new (launch->parent, launch->database, draft);
  gtk_window_present (GTK_WINDOW (assistant));
  if (launch->started != NULL)
    launch->started (owner, assistant);
}

static char *
format_when (const char *updated_at)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (updated_at != NULL)
    utc = g_date_time_new_from_iso8601 (updated_at, NULL);
  if (utc == NULL)
    return g_strdup (_("at an unknown time"));

  local = g_date_time_to_local (utc);
  /* Translators: when a draft was last changed, as in "on 2 Nov 2026 at
   * 14:05"; see g_date_time_format() for the codes */
  return g_date_time_format (local, _("on %-d %b %Y at %H:%M"));
}

char *
cr_referral_launch_describe_drafts (GPtrArray *drafts)
{
  const CrDraft *newest;
  g_autofree char *when = NULL;
  const char *title;

  g_return_val_if_fail (drafts != NULL && drafts->len > 0, NULL);

  newest = g_ptr_array_index (drafts, 0);
  when = format_when (newest->updated_at);
  title = newest->title != NULL && newest->title[0] != '\0' ? newest->title : _("New referral");

  if (drafts->len == 1)
    /* Translators: the first %s is a draft's title ("Child A — incident 2
     * Nov 2026"), the second when it was last changed ("on 2 Nov 2026 at 14:05") */
    return g_strdup_printf (_("A referral was left unfinished: “%s”, last changed %s. Resume it where you left off, or start a new one; the unfinished referral is kept either way."),
                            title, when);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: %u counts the unfinished referrals (always more than one); then a draft's title and when it was last changed */
                                       "%u referral was left unfinished. The newest is “%s”, last changed %s. Resume it where you left off, or start a new one; the unfinished referrals are kept either way.",
                                       "%u referrals were left unfinished. The newest is “%s”, last changed %s. Resume it where you left off, or start a new one; the unfinished referrals are kept either way.",
                                       drafts->len),
                          drafts->len, title, when);
}

static void
on_resume_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       Launch           *launch)
{
  if (g_strcmp0 (response, "resume") == 0)
    open_assistant (launch, g_ptr_array_index (launch->drafts, 0));
  else if (g_strcmp0 (response, "new") == 0)
    open_assistant (launch, NULL);
}

static void
on_list_drafts_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  Launch *launch = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  launch->drafts = cr_database_list_drafts_finish (CR_DATABASE (source), result, &error);
  if (launch->drafts == NULL || launch->drafts->len == 0)
    {
      /* Starting anew is safe: the drafts, if any, stay where they are. */
      if (error != NULL)
        g_warning ("Could not list the unfinished referrals: %s", error->message);
      open_assistant (launch, NULL);
      launch_free (launch);
      return;
    }

  body = cr_referral_launch_describe_drafts (launch->drafts);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (launch->parent, _("Resume Referral?"), NULL));
  adw_message_dialog_set_body (dialog, body);
  adw_message_dialog_add_responses (dialog,
                                    "new", _("_Start New"),
                                    "resume", _("_Resume"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "resume", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "resume");
  adw_message_dialog_set_close_response (dialog, "close");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_resume_response_cb), launch,
                         launch_closure_notify, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
cr_referral_launch (GtkWindow             *parent,
                    CrDatabase            *database,
                    GObject               *owner,
                    CrReferralStartedFunc  started)
{
  Launch *launch;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (CR_IS_DATABASE (database));
  g_return_if_fail (G_IS_OBJECT (owner));

  /* A second Ctrl+N while the drafts are read, or the offer is open. */
  if (parent != NULL && g_object_get_data (G_OBJECT (parent), LAUNCHING_KEY) != NULL)
    return;
  if (parent != NULL)
    g_object_set_data (G_OBJECT (parent), LAUNCHING_KEY, GINT_TO_POINTER (TRUE));

  launch = g_new0 (Launch, 1);
  launch->parent = parent != NULL ? g_object_ref (parent) : NULL;
  launch->database = g_object_ref (database);
  g_weak_ref_init (&launch->owner, owner);
  launch->started = started;

  cr_database_list_drafts_async (database, "referral", NULL, on_list_drafts_cb, launch);
}
