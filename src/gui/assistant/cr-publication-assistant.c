/* cr-publication-assistant.c: walks the partnership to publication
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrPublicationAssistant"

#include "config.h"

#include "cr-publication-assistant.h"

#include "cr-database-report.h"
#include "cr-database-review.h"
#include "cr-deadline-policy.h"
#include "cr-edit-utils.h"
#include "cr-parallel-process.h"
#include "cr-pub-page-anonymisation.h"
#include "cr-pub-page-decision.h"
#include "cr-pub-page-family.h"
#include "cr-pub-page-notice.h"
#include "cr-pub-page-proceedings.h"
#include "cr-pub-page-published.h"
#include "cr-pub-page-repository.h"
#include "cr-pub-page-summary.h"
#include "cr-pub-page.h"
#include "cr-report-data.h"

#include <glib/gi18n.h>

#define N_PAGES (CR_PUBLICATION_N_STEPS + 1)
#define SUMMARY_INDEX CR_PUBLICATION_N_STEPS

#define DRAFT_KIND "publication"
/* Typing is saved as a draft this long after it stops. */
#define DRAFT_DELAY_MS 500
/* The draft's groups: the publication as typed, and as it was stored
 * when the typing began (a draft is stale once the stored record moved
 * on without it). */
#define DRAFT_GROUP "Publication"
#define DRAFT_BASE_GROUP "Stored"

struct _CrPublicationAssistant
{
  CrAssistant      parent_instance;

  CrPubContext     ctx;
  CrPubPage       *pages[N_PAGES];
  CrCase          *opened;          /* the case as given */

  /* Loading */
  GCancellable    *cancellable;
  guint            n_loading;
  CrPublication   *stored;
  GPtrArray       *drafts;          /* CrDraft */
  GError          *load_error;

  /* Drafts: what is typed on a step before it is stored */
  char            *draft_key;       /* the case id, as decimal */
  guint            draft_timeout;
  guint            dirty : 1;       /* changed since the last draft */
  guint            disposed : 1;
};

G_DEFINE_FINAL_TYPE (CrPublicationAssistant, cr_publication_assistant, CR_TYPE_ASSISTANT)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_CASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  OPEN_CHECK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/*
 * Drafts
 */

/* The record as a key file group, ids aside (a first save gives the
 * publication its id). */
static char *
dup_record_data (CrPublication *publication,
                 gint64         id)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(CrPublication) copy = cr_publication_new ();

  cr_record_copy_from (CR_RECORD (copy), CR_RECORD (publication));
  cr_record_set_id (CR_RECORD (copy), id);
  cr_record_save_to_key_file (CR_RECORD (copy), key_file, DRAFT_GROUP);
  return g_key_file_to_data (key_file, NULL, NULL);
}

static void
on_draft_saved_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* At most the last moments of typing are lost, as with a crash. */
  if (!cr_database_save_draft_finish (CR_DATABASE (source), result, &error))
    g_message ("The publication draft was not saved: %s", error->message);
}

static void
save_draft (CrPublicationAssistant *self)
{
  g_autoptr(GKeyFile) key_file = NULL;
  g_autofree char *data = NULL;
  g_autofree char *title = NULL;
  const char *reference = cr_case_get_reference (self->ctx.kase);

  g_clear_handle_id (&self->draft_timeout, g_source_remove);
  if (!self->dirty || self->ctx.publication == NULL || self->stored == NULL ||
      !cr_database_is_writable (self->ctx.db))
    return;

  self->dirty = FALSE;
  key_file = g_key_file_new ();
  cr_record_save_to_key_file (CR_RECORD (self->ctx.publication), key_file, DRAFT_GROUP);
  cr_record_save_to_key_file (CR_RECORD (self->stored), key_file, DRAFT_BASE_GROUP);
  data = g_key_file_to_data (key_file, NULL, NULL);
  /* Translators: a draft's title; %s is a case reference */
  title = g_strdup_printf (_("Publication of %s"), reference != NULL ? reference : "");
  /* Not cancellable: a draft saved as the window closes must still land. */
  cr_database_save_draft_async (self->ctx.db, DRAFT_KIND, self->draft_key, title, data,
                                NULL, on_draft_saved_cb, NULL);
}

static gboolean
on_draft_timeout_cb (gpointer user_data)
{
  CrPublicationAssistant *self = user_data;

  self->draft_timeout = 0;
  save_draft (self);
  return G_SOURCE_REMOVE;
}

static void
on_draft_deleted_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* A draft left over is stale once the stored record moved on. */
  if (!cr_database_delete_draft_finish (CR_DATABASE (source), result, &error))
    g_warning ("Could not delete the publication draft: %s", error->message);
}

static void
on_cancelled_cb (CrPublicationAssistant *self)
{
  /* Closing keeps what is typed on the step: a draft at once. */
  save_draft (self);
}

/* The publication as typed when the assistant last closed, if it is newer
 * than the stored record (which it was typed over); else NULL. */
static CrPublication *
dup_draft_publication (CrPublicationAssistant *self)
{
  for (guint i = 0; self->drafts != NULL && i < self->drafts->len; i++)
    {
      const CrDraft *draft = g_ptr_array_index (self->drafts, i);
      g_autoptr(GKeyFile) key_file = g_key_file_new ();
      g_autoptr(CrPublication) draft_base = cr_publication_new ();
      g_autoptr(CrPublication) typed = NULL;
      gint64 id = cr_record_get_id (CR_RECORD (self->stored));
      g_autofree char *base_data = NULL;
      g_autofree char *stored_data = NULL;

      if (g_strcmp0 (draft->key, self->draft_key) != 0)
        continue;
      if (!g_key_file_load_from_data (key_file, draft->data, -1, G_KEY_FILE_NONE, NULL) ||
          !g_key_file_has_group (key_file, DRAFT_GROUP))
        return NULL;

      cr_record_load_from_key_file (CR_RECORD (draft_base), key_file, DRAFT_BASE_GROUP);
      base_data = dup_record_data (draft_base, id);
      stored_data = dup_record_data (self->stored, id);
      if (g_strcmp0 (base_data, stored_data) != 0)
        return NULL;

      typed = cr_publication_new ();
      cr_record_load_from_key_file (CR_RECORD (typed), key_file, DRAFT_GROUP);
      cr_record_set_id (CR_RECORD (typed), id);
      cr_record_set_case_id (CR_RECORD (typed), cr_case_get_id (self->ctx.kase));
      return g_steal_pointer (&typed);
    }
  return NULL;
}

/*
 * Pages talking to each other
 */

static void
on_page_changed_cb (CrPubPage              *source,
                    CrPublicationAssistant *self)
{
  for (guint i = 0; i < N_PAGES; i++)
    if (self->pages[i] != source)
      cr_pub_page_refresh (self->pages[i]);

  self->dirty = TRUE;
  g_clear_handle_id (&self->draft_timeout, g_source_remove);
  self->draft_timeout = g_timeout_add (DRAFT_DELAY_MS, on_draft_timeout_cb, self);
}

static void
on_page_saved_cb (CrPubPage              *source,
                  CrCase                 *updated,
                  CrPublicationAssistant *self)
{
  /* The step is stored: what was typed is no draft any more, and the
   * next draft is typed over what was stored. */
  self->dirty = FALSE;
  g_clear_handle_id (&self->draft_timeout, g_source_remove);
  if (self->stored != NULL && self->ctx.publication != NULL)
    cr_record_copy_from (CR_RECORD (self->stored), CR_RECORD (self->ctx.publication));
  cr_database_delete_draft_async (self->ctx.db, DRAFT_KIND, self->draft_key, NULL,
                                  on_draft_deleted_cb, NULL);

  /* The pages share the context, whose case the page already set. */
  if (self->ctx.kase != updated)
    g_set_object (&self->ctx.kase, updated);
  for (guint i = 0; i < N_PAGES; i++)
    cr_pub_page_refresh (self->pages[i]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE]);
}

/*
 * Loading: the publication, the parallel processes, the check
 */

static void
finish_loading (CrPublicationAssistant *self)
{
  CrPublicationContext context;
  g_autoptr(CrPublication) resumed = NULL;
  guint start;

  if (self->load_error != NULL || self->stored == NULL)
    {
      g_autofree char *note = NULL;

      /* Nothing is editable: better than overwriting what is stored. */
      /* Translators: %s says why */
      note = g_strdup_printf (_("The publication could not be opened: %s"),
                              self->load_error != NULL ? self->load_error->message : _("unknown error"));
      cr_assistant_page_set_note (CR_ASSISTANT_PAGE (self->pages[0]), note, TRUE);
      return;
    }

  if (cr_record_get_case_id (CR_RECORD (self->stored)) == 0)
    cr_record_set_case_id (CR_RECORD (self->stored), cr_case_get_id (self->ctx.kase));
  /* The stored record stays as it is: the base of the drafts. */
  resumed = dup_draft_publication (self);
  self->ctx.publication = cr_publication_new ();
  cr_record_copy_from (CR_RECORD (self->ctx.publication),
                       CR_RECORD (resumed != NULL ? resumed : self->stored));

  for (guint i = 0; i < N_PAGES; i++)
    cr_pub_page_set_context (self->pages[i], &self->ctx);

  cr_pub_context_fill (&self->ctx, &context);
  start = cr_publication_get_current_step (self->ctx.publication, &context);
  if (start > SUMMARY_INDEX)
    start = SUMMARY_INDEX;

  cr_assistant_go_to_page (CR_ASSISTANT (self), start);
  if (!cr_database_is_writable (self->ctx.db))
    cr_assistant_page_set_note (CR_ASSISTANT_PAGE (self->pages[start]),
                                _("This database is read-only: the publication can be read, but changes cannot be saved."),
                                TRUE);
  else if (resumed != NULL)
    cr_assistant_page_set_note (CR_ASSISTANT_PAGE (self->pages[start]),
                                _("Your unsaved changes are back. Go on to the next step to store them."),
                                FALSE);
}

static void
loaded_one (CrPublicationAssistant *self,
            GError                 *error)
{
  if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) &&
      self->load_error == NULL)
    self->load_error = g_error_copy (error);

  g_assert (self->n_loading > 0);
  if (--self->n_loading == 0 && !g_cancellable_is_cancelled (self->cancellable))
    finish_loading (self);
}

static void
on_load_publication_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(CrPublicationAssistant) self = user_data;
  g_autoptr(GError) error = NULL;

  self->stored = cr_database_load_publication_finish (CR_DATABASE (source), result, &error);
  loaded_one (self, error);
}

static void
on_list_drafts_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(CrPublicationAssistant) self = user_data;
  g_autoptr(GError) error = NULL;

  /* Drafts that cannot be listed are not a failure to open. */
  self->drafts = cr_database_list_drafts_finish (CR_DATABASE (source), result, &error);
  if (self->drafts == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_warning ("Could not list the publication drafts: %s", error->message);
  loaded_one (self, g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ? error : NULL);
}

static void
on_list_processes_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(CrPublicationAssistant) self = user_data;
  g_autoptr(GError) error = NULL;

  self->ctx.processes = cr_database_list_records_finish (CR_DATABASE (source), result, &error);
  loaded_one (self, error);
}

static void
on_check_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(CrPublicationAssistant) self = user_data;
  g_autoptr(GError) error = NULL;

  /* A check that cannot run is shown on its page, not a failure to open. */
  self->ctx.hits = cr_report_data_check_finish (result, &self->ctx.report, &error);
  if (self->ctx.hits == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    self->ctx.check_error = g_steal_pointer (&error);
  loaded_one (self, error);
}

static void
start_loading (CrPublicationAssistant *self)
{
  gint64 case_id = cr_case_get_id (self->ctx.kase);

  self->cancellable = g_cancellable_new ();
  self->n_loading = 4;
  self->draft_key = g_strdup_printf ("%" G_GINT64_FORMAT, case_id);
  cr_database_list_drafts_async (self->ctx.db, DRAFT_KIND, self->cancellable,
                                 on_list_drafts_cb, g_object_ref (self));
  cr_database_load_publication_async (self->ctx.db, case_id, self->cancellable,
                                      on_load_publication_cb, g_object_ref (self));
  cr_database_list_records_async (self->ctx.db, CR_TYPE_PARALLEL_PROCESS, case_id, self->cancellable,
                                  on_list_processes_cb, g_object_ref (self));
  cr_report_data_check_async (self->ctx.db, case_id, NULL, self->cancellable,
                              on_check_cb, g_object_ref (self));
}

/*
 * GObject overrides
 */

static void
cr_publication_assistant_constructed (GObject *object)
{
  CrPublicationAssistant *self = CR_PUBLICATION_ASSISTANT (object);
  const char *reference;
  g_autofree char *title = NULL;

  G_OBJECT_CLASS (cr_publication_assistant_parent_class)->constructed (object);

  g_return_if_fail (self->ctx.db != NULL && self->ctx.kase != NULL);

  self->ctx.closure_dates =
    g_strdupv ((char **) cr_deadline_policy_get_closure_dates (cr_deadline_policy_get_default ()));

  reference = cr_case_get_reference (self->ctx.kase);
  /* Translators: the window title; %s is a case reference */
  title = g_strdup_printf (_("Publication — %s"), reference != NULL ? reference : "");
  gtk_window_set_title (GTK_WINDOW (self), title);

  start_loading (self);
}

static void
cr_publication_assistant_dispose (GObject *object)
{
  CrPublicationAssistant *self = CR_PUBLICATION_ASSISTANT (object);

  /* Closed some other way than Cancel (the parent went): keep the draft. */
  if (!self->disposed)
    save_draft (self);
  self->disposed = TRUE;
  g_clear_handle_id (&self->draft_timeout, g_source_remove);
  g_cancellable_cancel (self->cancellable);

  G_OBJECT_CLASS (cr_publication_assistant_parent_class)->dispose (object);
}

static void
cr_publication_assistant_finalize (GObject *object)
{
  CrPublicationAssistant *self = CR_PUBLICATION_ASSISTANT (object);

  /* The pages borrowed the context until they were disposed. */
  g_clear_object (&self->ctx.db);
  g_clear_object (&self->ctx.kase);
  g_clear_object (&self->ctx.publication);
  g_clear_pointer (&self->ctx.processes, g_ptr_array_unref);
  g_clear_pointer (&self->ctx.hits, g_ptr_array_unref);
  g_clear_error (&self->ctx.check_error);
  g_clear_object (&self->ctx.report);
  g_clear_pointer (&self->ctx.closure_dates, g_strfreev);
  g_clear_object (&self->opened);
  g_clear_object (&self->stored);
  g_clear_pointer (&self->drafts, g_ptr_array_unref);
  g_clear_pointer (&self->draft_key, g_free);
  g_clear_object (&self->cancellable);
  g_clear_error (&self->load_error);

  G_OBJECT_CLASS (cr_publication_assistant_parent_class)->finalize (object);
}

static void
cr_publication_assistant_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  CrPublicationAssistant *self = CR_PUBLICATION_ASSISTANT (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->ctx.db);
      break;

    case PROP_CASE:
      g_value_set_object (value, cr_publication_assistant_get_case (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_publication_assistant_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  CrPublicationAssistant *self = CR_PUBLICATION_ASSISTANT (object);
  CrCase *kase;

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->ctx.db = g_value_dup_object (value);
      break;

    case PROP_CASE:
      kase = g_value_get_object (value);
      self->opened = kase != NULL ? cr_case_copy (kase) : NULL;
      self->ctx.kase = kase != NULL ? cr_case_copy (kase) : NULL;
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_publication_assistant_class_init (CrPublicationAssistantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = cr_publication_assistant_constructed;
  object_class->dispose = cr_publication_assistant_dispose;
  object_class->finalize = cr_publication_assistant_finalize;
  object_class->get_property = cr_publication_assistant_get_property;
  object_class->set_property = cr_publication_assistant_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         CR_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  /* The case the assistant was opened on; after each step, as stored. */
  properties[PROP_CASE] =
    g_param_spec_object ("case", NULL, NULL,
                         CR_TYPE_CASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The user asked for the report window's Check page (the assistant
   * closes next). */
  signals[OPEN_CHECK] =
    g_signal_new ("open-check",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
cr_publication_assistant_init (CrPublicationAssistant *self)
{
  self->ctx.assistant = CR_ASSISTANT (self);

  self->pages[CR_PUBLICATION_STEP_PROCEEDINGS] = CR_PUB_PAGE (cr_pub_page_proceedings_new ());
  self->pages[CR_PUBLICATION_STEP_ANONYMISATION] = CR_PUB_PAGE (cr_pub_page_anonymisation_new ());
  self->pages[CR_PUBLICATION_STEP_FAMILY] = CR_PUB_PAGE (cr_pub_page_family_new ());
  self->pages[CR_PUBLICATION_STEP_DECISION] = CR_PUB_PAGE (cr_pub_page_decision_new ());
  self->pages[CR_PUBLICATION_STEP_NOTICE] = CR_PUB_PAGE (cr_pub_page_notice_new ());
  self->pages[CR_PUBLICATION_STEP_PUBLISHED] = CR_PUB_PAGE (cr_pub_page_published_new ());
  self->pages[CR_PUBLICATION_STEP_REPOSITORY] = CR_PUB_PAGE (cr_pub_page_repository_new ());
  self->pages[SUMMARY_INDEX] = CR_PUB_PAGE (cr_pub_page_summary_new ());

  for (guint i = 0; i < N_PAGES; i++)
    {
      /* Insensitive until the publication is loaded. */
      gtk_widget_set_sensitive (GTK_WIDGET (self->pages[i]), FALSE);
      g_signal_connect (self->pages[i], "changed", G_CALLBACK (on_page_changed_cb), self);
      g_signal_connect (self->pages[i], "saved", G_CALLBACK (on_page_saved_cb), self);
      cr_assistant_add_page (CR_ASSISTANT (self), CR_ASSISTANT_PAGE (self->pages[i]));
    }
  g_signal_connect (self, "cancelled", G_CALLBACK (on_cancelled_cb), NULL);
}

/*
 * Public API
 */

CrPublicationAssistant *
cr_publication_assistant_new (GtkWindow  *parent,
                              CrDatabase *database,
                              CrCase     *kase)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CR_IS_DATABASE (database), NULL);
  g_return_val_if_fail (CR_IS_CASE (kase), NULL);

  return g_object_new (CR_TYPE_PUBLICATION_ASSISTANT,
                       "transient-for", parent,
                       "database", database,
                       "case", kase,
                       NULL);
}

CrCase *
cr_publication_assistant_get_case (CrPublicationAssistant *self)
{
  g_return_val_if_fail (CR_IS_PUBLICATION_ASSISTANT (self), NULL);

  return self->ctx.kase != NULL ? self->ctx.kase : self->opened;
}
