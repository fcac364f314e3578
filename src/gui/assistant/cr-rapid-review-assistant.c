/* cr-rapid-review-assistant.c: take a rapid review to its decision
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrRapidReviewAssistant"

#include "config.h"

#include "cr-rapid-review-assistant.h"

#include "cr-deadline-policy.h"
#include "cr-edit-utils.h"
#include "cr-rapid-review.h"
#include "cr-rr-page-criteria.h"
#include "cr-rr-page-decision.h"
#include "cr-rr-page-meeting.h"
#include "cr-rr-page-panel.h"
#include "cr-rr-page-sign-off.h"
#include "cr-rr-page-summaries.h"
#include "cr-rr-page-summary.h"
#include "cr-rr-page-text.h"
#include "cr-rr-page.h"

#include <glib/gi18n.h>

#define DRAFT_KIND "rapid-review"
/* Typing is saved as a draft this long after it stops. */
#define DRAFT_DELAY_MS 500
#define N_PAGES (CR_RAPID_REVIEW_N_STEPS + 1)
#define SUMMARY_INDEX CR_RAPID_REVIEW_N_STEPS

struct _CrRapidReviewAssistant
{
  CrAssistant      parent_instance;

  CrRrContext      ctx;
  CrRrPage        *pages[N_PAGES];
  CrCase          *result;          /* the case after saving */
  char            *draft_key;       /* the case id, as decimal */

  /* Loading */
  GCancellable    *cancellable;
  guint            n_loading;
  CrRapidReview   *stored;
  GPtrArray       *drafts;          /* CrDraft */
  GError          *load_error;

  guint            draft_timeout;
  guint            dirty : 1;       /* changed since the last draft */
  guint            finished : 1;    /* saved: no more drafts */
  guint            draft_failed : 1;
  guint            disposed : 1;
};

G_DEFINE_FINAL_TYPE (CrRapidReviewAssistant, cr_rapid_review_assistant, CR_TYPE_ASSISTANT)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_CASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/*
 * Drafts
 */

static void
on_draft_saved_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(CrRapidReviewAssistant) self = user_data;
  g_autoptr(GError) error = NULL;

  if (cr_database_save_draft_finish (CR_DATABASE (source), result, &error))
    return;

  /* Closing the database (quitting) while a draft is due is expected:
   * at most the last moments of typing are lost, as with a crash. */
  if (g_error_matches (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_CLOSED))
    g_message ("The rapid review draft was not saved: %s", error->message);
  else
    g_warning ("Could not save the rapid review draft: %s", error->message);
  if (!self->draft_failed && !self->finished && !self->disposed)
    {
      CrAssistantPage *page = cr_assistant_get_current_page (CR_ASSISTANT (self));
      g_autofree char *note = NULL;

      /* Translators: %s says why, from the storage layer */
      note = g_strdup_printf (_("Your changes could not be kept as a draft: %s. They are still in this window; save the rapid review on the last page."),
                              error->message);
      if (CR_IS_RR_PAGE (page))
        cr_assistant_page_set_note (CR_ASSISTANT_PAGE (page), note, TRUE);
    }
  self->draft_failed = TRUE;
}

static char *
dup_draft_title (CrRapidReviewAssistant *self)
{
  const char *reference = cr_case_get_reference (self->ctx.kase);
  const char *pseudonym = cr_case_get_pseudonym (self->ctx.kase);

  /* Translators: a draft's title: case reference, then pseudonym */
  return g_strdup_printf (_("%s — %s"), reference != NULL ? reference : "",
                          pseudonym != NULL ? pseudonym : "");
}

static void
save_draft (CrRapidReviewAssistant *self)
{
  g_autofree char *data = NULL;
  g_autofree char *title = NULL;

  g_clear_handle_id (&self->draft_timeout, g_source_remove);

  if (!self->dirty || self->finished || self->ctx.rr == NULL ||
      !cr_database_is_writable (self->ctx.db))
    return;

  self->dirty = FALSE;
  /* The summary is not a step: a draft made there resumes at the last
   * step, which leads on to it. */
  data = cr_rapid_review_to_draft (self->ctx.rr,
                                   (int) MIN (cr_assistant_get_current_index (CR_ASSISTANT (self)),
                                              CR_RAPID_REVIEW_N_STEPS - 1));
  title = dup_draft_title (self);
  /* Not cancellable: a draft saved as the window closes must still land. */
  cr_database_save_draft_async (self->ctx.db, DRAFT_KIND, self->draft_key, title, data,
                                NULL, on_draft_saved_cb, g_object_ref (self));
}

static gboolean
on_draft_timeout_cb (gpointer user_data)
{
  CrRapidReviewAssistant *self = user_data;

  self->draft_timeout = 0;
  save_draft (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_draft (CrRapidReviewAssistant *self)
{
  self->dirty = TRUE;
  g_clear_handle_id (&self->draft_timeout, g_source_remove);
  self->draft_timeout = g_timeout_add (DRAFT_DELAY_MS, on_draft_timeout_cb, self);
}

static void
on_draft_deleted_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* The rapid review itself is saved; a draft left over is offered (and
   * replaced) the next time, so this only needs logging. */
  if (!cr_database_delete_draft_finish (CR_DATABASE (source), result, &error))
    g_warning ("Could not delete the rapid review draft: %s", error->message);
}

/*
 * Pages talking to each other
 */

static void
on_page_changed_cb (CrRrPage               *source,
                    CrRapidReviewAssistant *self)
{
  for (guint i = 0; i < N_PAGES; i++)
    if (self->pages[i] != source)
      cr_rr_page_refresh (self->pages[i]);

  schedule_draft (self);
}

static void
on_summary_saved_cb (CrRrPageSummary        *summary,
                     CrCase                 *updated,
                     CrRapidReviewAssistant *self)
{
  self->finished = TRUE;
  self->dirty = FALSE;
  g_clear_handle_id (&self->draft_timeout, g_source_remove);
  g_set_object (&self->result, updated);

  cr_database_delete_draft_async (self->ctx.db, DRAFT_KIND, self->draft_key, NULL,
                                  on_draft_deleted_cb, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE]);
}

static void
on_cancelled_cb (CrRapidReviewAssistant *self)
{
  /* Closing keeps everything: what is typed is a draft at once. */
  save_draft (self);
}

/*
 * Loading: the stored rapid review, any draft, the agencies
 */

static const CrDraft *
find_draft (CrRapidReviewAssistant *self)
{
  for (guint i = 0; self->drafts != NULL && i < self->drafts->len; i++)
    {
      const CrDraft *draft = g_ptr_array_index (self->drafts, i);

      if (g_strcmp0 (draft->kind, DRAFT_KIND) == 0 && g_strcmp0 (draft->key, self->draft_key) == 0)
        return draft;
    }
  return NULL;
}

static char *
describe_draft_time (const char *updated_at)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (updated_at == NULL || (utc = g_date_time_new_from_iso8601 (updated_at, NULL)) == NULL)
    return NULL;

  local = g_date_time_to_local (utc);
  /* Translators: when a draft was saved, "14 Nov 2026 at 10:32" (strftime format) */
  return g_date_time_format (local, _("%-d %b %Y at %H:%M"));
}

static guint
first_incomplete_step (CrRapidReviewAssistant *self)
{
  for (guint step = 0; step < CR_RAPID_REVIEW_N_STEPS; step++)
    {
      if (cr_assistant_page_get_skippable (CR_ASSISTANT_PAGE (self->pages[step])))
        continue;
      if (!cr_rapid_review_check_step (self->ctx.rr, step, NULL, NULL))
        return step;
    }
  return SUMMARY_INDEX;
}

static void
finish_loading (CrRapidReviewAssistant *self)
{
  const CrDraft *draft;
  g_autoptr(CrRapidReview) resumed = NULL;
  g_autoptr(GError) draft_error = NULL;
  g_autofree char *note = NULL;
  gboolean note_is_error = FALSE;
  int draft_step = -1;
  guint start;

  if (self->load_error != NULL || self->stored == NULL)
    {
      /* Nothing is editable: better than editing without the stored
       * record and overwriting it. */
      note = g_strdup_printf (_("The rapid review could not be opened: %s"),
                              self->load_error != NULL ? self->load_error->message : _("unknown error"));
      cr_assistant_page_set_note (CR_ASSISTANT_PAGE (self->pages[0]), note, TRUE);
      return;
    }

  draft = find_draft (self);
  if (draft != NULL)
    {
      resumed = cr_rapid_review_new_from_draft (draft->data, &draft_step, &draft_error);
      if (resumed == NULL)
        {
          note = g_strdup_printf (_("Unsaved changes to this rapid review could not be read (%s). The rapid review as last saved is shown; the unreadable draft is replaced when you make a change."),
                                  draft_error->message);
          note_is_error = TRUE;
        }
      else
        {
          g_autofree char *when = describe_draft_time (draft->updated_at);

          cr_record_set_case_id (CR_RECORD (resumed), cr_case_get_id (self->ctx.kase));
          cr_record_set_id (CR_RECORD (resumed), cr_record_get_id (CR_RECORD (self->stored)));
          note = when != NULL
            /* Translators: %s is when, "14 Nov 2026 at 10:32" */
            ? g_strdup_printf (_("Your unsaved changes from %s are back. Save the rapid review on the last page to keep them for good."), when)
            : g_strdup (_("Your unsaved changes are back. Save the rapid review on the last page to keep them for good."));
        }
    }

  g_clear_object (&self->ctx.rr);
  self->ctx.rr = g_object_ref (resumed != NULL ? resumed : self->stored);

  for (guint i = 0; i < N_PAGES; i++)
    cr_rr_page_set_context (self->pages[i], &self->ctx);

  start = first_incomplete_step (self);
  if (draft_step >= 0 && (guint) draft_step < start)
    start = (guint) draft_step;

  if (!cr_database_is_writable (self->ctx.db))
    {
      g_clear_pointer (&note, g_free);
      note = g_strdup (_("This database is read-only: the rapid review can be read, but changes cannot be saved."));
      note_is_error = TRUE;
    }

  cr_assistant_go_to_page (CR_ASSISTANT (self), start);
  if (note != NULL)
    cr_assistant_page_set_note (CR_ASSISTANT_PAGE (self->pages[start]), note, note_is_error);
}

static void
loaded_one (CrRapidReviewAssistant *self,
            GError                 *error)
{
  if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) &&
      self->load_error == NULL)
    self->load_error = g_error_copy (error);

  g_assert (self->n_loading > 0);
  if (--self->n_loading == 0 &&
      !g_cancellable_is_cancelled (self->cancellable))
    finish_loading (self);
}

static void
on_get_rapid_review_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(CrRapidReviewAssistant) self = user_data;
  g_autoptr(GError) error = NULL;

  self->stored = cr_database_get_rapid_review_finish (CR_DATABASE (source), result, &error);
  loaded_one (self, error);
}

static void
on_list_drafts_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(CrRapidReviewAssistant) self = user_data;
  g_autoptr(GError) error = NULL;

  self->drafts = cr_database_list_drafts_finish (CR_DATABASE (source), result, &error);
  loaded_one (self, error);
}

static void
on_list_involvements_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(CrRapidReviewAssistant) self = user_data;
  g_autoptr(GError) error = NULL;

  self->ctx.involvements = cr_database_list_involvements_finish (CR_DATABASE (source), result, &error);
  loaded_one (self, error);
}

static void
on_list_agencies_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(CrRapidReviewAssistant) self = user_data;
  g_autoptr(GError) error = NULL;

  self->ctx.agencies = cr_database_list_agencies_finish (CR_DATABASE (source), result, &error);
  loaded_one (self, error);
}

static void
start_loading (CrRapidReviewAssistant *self)
{
  gint64 case_id = cr_case_get_id (self->ctx.kase);

  self->cancellable = g_cancellable_new ();
  self->n_loading = 4;
  cr_database_get_rapid_review_async (self->ctx.db, case_id, self->cancellable,
                                      on_get_rapid_review_cb, g_object_ref (self));
  cr_database_list_drafts_async (self->ctx.db, DRAFT_KIND, self->cancellable,
                                 on_list_drafts_cb, g_object_ref (self));
  cr_database_list_involvements_async (self->ctx.db, case_id, self->cancellable,
                                       on_list_involvements_cb, g_object_ref (self));
  cr_database_list_agencies_async (self->ctx.db, self->cancellable,
                                   on_list_agencies_cb, g_object_ref (self));
}

/*
 * GObject overrides
 */

static void
cr_rapid_review_assistant_constructed (GObject *object)
{
  CrRapidReviewAssistant *self = CR_RAPID_REVIEW_ASSISTANT (object);
  g_autofree char *title = NULL;

  G_OBJECT_CLASS (cr_rapid_review_assistant_parent_class)->constructed (object);

  g_return_if_fail (self->ctx.db != NULL && self->ctx.kase != NULL);

  self->draft_key = g_strdup_printf ("%" G_GINT64_FORMAT, cr_case_get_id (self->ctx.kase));
  self->ctx.closures = cr_deadline_policy_get_closures (cr_deadline_policy_get_default ());

  /* Translators: the window title; %s is a case reference */
  title = g_strdup_printf (_("Rapid Review — %s"),
                           cr_case_get_reference (self->ctx.kase) != NULL ? cr_case_get_reference (self->ctx.kase) : "");
  gtk_window_set_title (GTK_WINDOW (self), title);

  start_loading (self);
}

static void
cr_rapid_review_assistant_dispose (GObject *object)
{
  CrRapidReviewAssistant *self = CR_RAPID_REVIEW_ASSISTANT (object);

  /* Closed some other way than Cancel (the parent went): keep the draft. */
  save_draft (self);
  self->disposed = TRUE;
  g_clear_handle_id (&self->draft_timeout, g_source_remove);
  g_cancellable_cancel (self->cancellable);

  G_OBJECT_CLASS (cr_rapid_review_assistant_parent_class)->dispose (object);
}

static void
cr_rapid_review_assistant_finalize (GObject *object)
{
  CrRapidReviewAssistant *self = CR_RAPID_REVIEW_ASSISTANT (object);

  /* The pages borrowed the context until they were disposed. */
  g_clear_object (&self->ctx.db);
  g_clear_object (&self->ctx.kase);
  g_clear_object (&self->ctx.rr);
  g_clear_pointer (&self->ctx.involvements, g_ptr_array_unref);
  g_clear_pointer (&self->ctx.agencies, g_ptr_array_unref);
  g_clear_pointer (&self->ctx.closures, g_array_unref);
  g_clear_object (&self->result);
  g_clear_object (&self->stored);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->drafts, g_ptr_array_unref);
  g_clear_error (&self->load_error);
  g_free (self->draft_key);

  G_OBJECT_CLASS (cr_rapid_review_assistant_parent_class)->finalize (object);
}

static void
cr_rapid_review_assistant_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  CrRapidReviewAssistant *self = CR_RAPID_REVIEW_ASSISTANT (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->ctx.db);
      break;

    case PROP_CASE:
      g_value_set_object (value, cr_rapid_review_assistant_get_case (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_rapid_review_assistant_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  CrRapidReviewAssistant *self = CR_RAPID_REVIEW_ASSISTANT (object);
  CrCase *kase;

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->ctx.db = g_value_dup_object (value);
      break;

    case PROP_CASE:
      kase = g_value_get_object (value);
      self->ctx.kase = kase != NULL ? cr_case_copy (kase) : NULL;
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_rapid_review_assistant_class_init (CrRapidReviewAssistantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = cr_rapid_review_assistant_constructed;
  object_class->dispose = cr_rapid_review_assistant_dispose;
  object_class->finalize = cr_rapid_review_assistant_finalize;
  object_class->get_property = cr_rapid_review_assistant_get_property;
  object_class->set_property = cr_rapid_review_assistant_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         CR_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  /* The case the assistant was opened on; after "finished", as saved. */
  properties[PROP_CASE] =
    g_param_spec_object ("case", NULL, NULL,
                         CR_TYPE_CASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cr_rapid_review_assistant_init (CrRapidReviewAssistant *self)
{
  self->ctx.assistant = CR_ASSISTANT (self);

  self->pages[CR_RAPID_REVIEW_STEP_MEETING] = CR_RR_PAGE (cr_rr_page_meeting_new ());
  self->pages[CR_RAPID_REVIEW_STEP_SUMMARIES] = CR_RR_PAGE (cr_rr_page_summaries_new ());
  self->pages[CR_RAPID_REVIEW_STEP_EPISODES] = CR_RR_PAGE (cr_rr_page_text_new (CR_RAPID_REVIEW_STEP_EPISODES));
  self->pages[CR_RAPID_REVIEW_STEP_ACTIONS] = CR_RR_PAGE (cr_rr_page_text_new (CR_RAPID_REVIEW_STEP_ACTIONS));
  self->pages[CR_RAPID_REVIEW_STEP_CRITERIA] = CR_RR_PAGE (cr_rr_page_criteria_new ());
  self->pages[CR_RAPID_REVIEW_STEP_DECISION] = CR_RR_PAGE (cr_rr_page_decision_new ());
  self->pages[CR_RAPID_REVIEW_STEP_SIGN_OFF] = CR_RR_PAGE (cr_rr_page_sign_off_new ());
  self->pages[CR_RAPID_REVIEW_STEP_PANEL] = CR_RR_PAGE (cr_rr_page_panel_new ());
  self->pages[SUMMARY_INDEX] = CR_RR_PAGE (cr_rr_page_summary_new ());

  for (guint i = 0; i < N_PAGES; i++)
    {
      /* Insensitive until the rapid review is loaded. */
      gtk_widget_set_sensitive (GTK_WIDGET (self->pages[i]), FALSE);
      g_signal_connect (self->pages[i], "changed", G_CALLBACK (on_page_changed_cb), self);
      cr_assistant_add_page (CR_ASSISTANT (self), CR_ASSISTANT_PAGE (self->pages[i]));
    }

  g_signal_connect (self->pages[SUMMARY_INDEX], "saved", G_CALLBACK (on_summary_saved_cb), self);
  g_signal_connect (self, "cancelled", G_CALLBACK (on_cancelled_cb), NULL);
}

/*
 * Public API
 */

CrRapidReviewAssistant *
cr_rapid_review_assistant_new (GtkWindow  *parent,
                               CrDatabase *database,
                               CrCase     *kase)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CR_IS_DATABASE (database), NULL);
  g_return_val_if_fail (CR_IS_CASE (kase), NULL);

  return g_object_new (CR_TYPE_RAPID_REVIEW_ASSISTANT,
                       "transient-for", parent,
                       "database", database,
                       "case", kase,
                       NULL);
}

CrCase *
cr_rapid_review_assistant_get_case (CrRapidReviewAssistant *self)
{
  g_return_val_if_fail (CR_IS_RAPID_REVIEW_ASSISTANT (self), NULL);

  return self->result != NULL ? self->result : self->ctx.kase;
}
