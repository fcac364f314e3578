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
  GError          *load_error;
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
 * Pages talking to each other
 */

static void
on_page_changed_cb (CrPubPage              *source,
                    CrPublicationAssistant *self)
{
  for (guint i = 0; i < N_PAGES; i++)
    if (self->pages[i] != source)
      cr_pub_page_refresh (self->pages[i]);
}

static void
on_page_saved_cb (CrPubPage              *source,
                  CrCase                 *updated,
                  CrPublicationAssistant *self)
{
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
  guint start;

  if (self->load_error != NULL || self->stored == NULL)
    {
      g_autofree char *note = NULL;

      /* Nothing is editable: better than overwriting what is stored. */
      /* Translators: %s says why */
      note = g_strdup_printf (_("The publication could not be opened: %s"),
                              self->load_error != NULL ? self->load_error->message : _("unknown error"));
      cr_pub_page_set_note (self->pages[0], note, TRUE);
      return;
    }

  self->ctx.publication = g_object_ref (self->stored);
  if (cr_record_get_case_id (CR_RECORD (self->ctx.publication)) == 0)
    cr_record_set_case_id (CR_RECORD (self->ctx.publication), cr_case_get_id (self->ctx.kase));

  for (guint i = 0; i < N_PAGES; i++)
    cr_pub_page_set_context (self->pages[i], &self->ctx);

  cr_pub_context_fill (&self->ctx, &context);
  start = cr_publication_get_current_step (self->ctx.publication, &context);
  if (start > SUMMARY_INDEX)
    start = SUMMARY_INDEX;

  cr_assistant_go_to_page (CR_ASSISTANT (self), start);
  if (!cr_database_is_writable (self->ctx.db))
    cr_pub_page_set_note (self->pages[start],
                          _("This database is read-only: the publication can be read, but changes cannot be saved."),
                          TRUE);
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
  self->n_loading = 3;
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
