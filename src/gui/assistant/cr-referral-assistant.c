/* cr-referral-assistant.c: record a referral and the notification decision
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrReferralAssistant"

#include "config.h"

#include "cr-referral-assistant.h"

#include "cr-edit-utils.h"
#include "cr-referral-page-area.h"
#include "cr-referral-page-children.h"
#include "cr-referral-page-decision.h"
#include "cr-referral-page-definition.h"
#include "cr-referral-page-incident.h"
#include "cr-referral-page-parallel.h"
#include "cr-referral-page-referrer.h"
#include "cr-referral-page-summary.h"
#include "cr-util.h"

#include <glib/gi18n.h>

#define DRAFT_KIND "referral"
/* Killing the app loses at most this much typing. */
#define SAVE_DELAY_MS 500

struct _CrReferralAssistant
{
  CrAssistant   parent_instance;

  /* Owned references */
  CrDatabase   *database;
  CrReferral   *referral;
  GListStore   *agencies;      /* of CrAgency, shared by the pages */
  CrCase       *kase;          /* once recorded */
  char         *draft_key;

  guint         save_source;
  guint         dirty : 1;     /* changes not handed to the database yet */
  guint         edited : 1;    /* the user changed something, or resumed */
  guint         recorded : 1;
};

G_DEFINE_FINAL_TYPE (CrReferralAssistant, cr_referral_assistant, CR_TYPE_ASSISTANT)

enum {
  PROP_0,
  PROP_CASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/*
 * Drafts
 */

static char *
dup_draft_title (CrReferralAssistant *self)
{
  CrRecord *record = CR_RECORD (self->referral);
  const char *pseudonym = cr_record_get (record, "pseudonym");
  const char *incident = cr_record_get (record, "incident-date");
  GDate date;

  if (pseudonym != NULL && cr_date_parse_iso (incident, &date))
    {
      g_autofree char *shown = cr_date_format_display (incident);

      /* Translators: a draft's title: the case's pseudonym, then the date
       * of the incident ("Child A — incident 2 Nov 2026") */
      return g_strdup_printf (_("%s — incident %s"), pseudonym, shown);
    }
  if (pseudonym != NULL)
    return g_strdup (pseudonym);
  return g_strdup (_("New referral"));
}

static void
on_draft_saved_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  GWeakRef *weak = user_data;
  g_autoptr(CrReferralAssistant) self = g_weak_ref_get (weak);
  g_autoptr(GError) error = NULL;

  g_weak_ref_clear (weak);
  g_free (weak);

  if (cr_database_save_draft_finish (CR_DATABASE (source), result, &error))
    return;

  g_warning ("Could not save the referral draft: %s", error->message);
  if (self != NULL)
    cr_show_error_toast (GTK_WIDGET (self), _("The draft could not be saved"), error);
}

static void
save_draft_now (CrReferralAssistant *self)
{
  g_autofree char *data = NULL;
  g_autofree char *title = NULL;
  GWeakRef *weak;
  guint step;

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->recorded || !self->dirty || self->database == NULL ||
      !cr_database_is_writable (self->database))
    return;

  self->dirty = FALSE;
  /* The summary has no step of its own: it comes back as the decision. */
  step = MIN (cr_assistant_get_current_index (CR_ASSISTANT (self)), CR_REFERRAL_N_STEPS - 1);
  data = cr_referral_to_draft (self->referral, (int) step);
  title = dup_draft_title (self);

  weak = g_new0 (GWeakRef, 1);
  g_weak_ref_init (weak, self);
  /* Not cancellable: closing the window must not lose the last change. */
  cr_database_save_draft_async (self->database, DRAFT_KIND, self->draft_key, title, data,
                                NULL, on_draft_saved_cb, weak);
}

static gboolean
on_save_timeout_cb (gpointer user_data)
{
  CrReferralAssistant *self = user_data;

  self->save_source = 0;
  save_draft_now (self);
  return G_SOURCE_REMOVE;
}

/* Saves within SAVE_DELAY_MS of the first unsaved change, however fast
 * the user keeps typing. */
static void
schedule_save (CrReferralAssistant *self)
{
  if (self->recorded)
    return;

  self->dirty = TRUE;
  self->edited = TRUE;
  if (self->save_source == 0)
    self->save_source = g_timeout_add (SAVE_DELAY_MS, on_save_timeout_cb, self);
}

static void
on_draft_deleted_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!cr_database_delete_draft_finish (CR_DATABASE (source), result, &error))
    g_warning ("Could not delete the draft of a recorded referral: %s", error->message);
}

/*
 * Callbacks
 */

static void
on_page_content_changed_cb (CrReferralAssistant *self)
{
  schedule_save (self);
}

static void
on_recorded_cb (CrReferralAssistant *self,
                CrCase              *kase)
{
  g_set_object (&self->kase, kase);
  self->recorded = TRUE;
  self->dirty = FALSE;
  g_clear_handle_id (&self->save_source, g_source_remove);

  cr_database_delete_draft_async (self->database, DRAFT_KIND, self->draft_key, NULL,
                                  on_draft_deleted_cb, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE]);
}

static void
on_list_agencies_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(CrReferralAssistant) self = user_data;
  g_autoptr(GPtrArray) agencies = NULL;
  g_autoptr(GError) error = NULL;

  agencies = cr_database_list_agencies_finish (CR_DATABASE (source), result, &error);
  if (agencies == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        cr_show_error_toast (GTK_WIDGET (self), _("Could not read the agencies"), error);
      return;
    }

  if (self->agencies != NULL)
    g_list_store_splice (self->agencies, 0, g_list_model_get_n_items (G_LIST_MODEL (self->agencies)),
                         agencies->pdata, agencies->len);
}

/*
 * CrAssistant overrides
 */

static void
cr_referral_assistant_page_changed (CrAssistant *assistant)
{
  CrReferralAssistant *self = CR_REFERRAL_ASSISTANT (assistant);

  /* The draft remembers the page, once there is something to remember. */
  if (self->edited && !self->recorded)
    schedule_save (self);
}

static void
cr_referral_assistant_cancelled (CrAssistant *assistant)
{
  save_draft_now (CR_REFERRAL_ASSISTANT (assistant));
}

/*
 * GObject overrides
 */

static void
cr_referral_assistant_dispose (GObject *object)
{
  CrReferralAssistant *self = (CrReferralAssistant *)object;

  /* Destroyed with its parent (the app quitting): keep the last change. */
  if (self->referral != NULL)
    save_draft_now (self);
  g_clear_handle_id (&self->save_source, g_source_remove);

  G_OBJECT_CLASS (cr_referral_assistant_parent_class)->dispose (object);

  g_clear_object (&self->database);
  g_clear_object (&self->referral);
  g_clear_object (&self->agencies);
  g_clear_object (&self->kase);
}

static void
cr_referral_assistant_finalize (GObject *object)
{
  CrReferralAssistant *self = (CrReferralAssistant *)object;

  g_free (self->draft_key);

  G_OBJECT_CLASS (cr_referral_assistant_parent_class)->finalize (object);
}

static void
cr_referral_assistant_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  CrReferralAssistant *self = CR_REFERRAL_ASSISTANT (object);

  switch (prop_id)
    {
    case PROP_CASE:
      g_value_set_object (value, self->kase);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_referral_assistant_class_init (CrReferralAssistantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  CrAssistantClass *assistant_class = CR_ASSISTANT_CLASS (klass);

  object_class->dispose = cr_referral_assistant_dispose;
  object_class->finalize = cr_referral_assistant_finalize;
  object_class->get_property = cr_referral_assistant_get_property;
  assistant_class->page_changed = cr_referral_assistant_page_changed;
  assistant_class->cancelled = cr_referral_assistant_cancelled;

  properties[PROP_CASE] =
    g_param_spec_object ("case", NULL, NULL,
                         CR_TYPE_CASE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CR_TYPE_REFERRAL_PAGE);
}

static void
cr_referral_assistant_init (CrReferralAssistant *self)
{
  gtk_window_set_title (GTK_WINDOW (self), _("New Referral"));
  self->agencies = g_list_store_new (CR_TYPE_AGENCY);
}

/*
 * Public API
 */

static void
add_pages (CrReferralAssistant *self)
{
  const GType types[] = {
    CR_TYPE_REFERRAL_PAGE_REFERRER,
    CR_TYPE_REFERRAL_PAGE_CHILDREN,
    CR_TYPE_REFERRAL_PAGE_INCIDENT,
    CR_TYPE_REFERRAL_PAGE_AREA,
    CR_TYPE_REFERRAL_PAGE_PARALLEL,
    CR_TYPE_REFERRAL_PAGE_DEFINITION,
    CR_TYPE_REFERRAL_PAGE_DECISION,
    CR_TYPE_REFERRAL_PAGE_SUMMARY,
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (types) == CR_REFERRAL_N_STEPS + 1);

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      CrAssistantPage *page = g_object_new (types[i],
                                            "referral", self->referral,
                                            "database", self->database,
                                            "agencies", self->agencies,
                                            NULL);

      g_signal_connect_object (page, "changed", G_CALLBACK (on_page_content_changed_cb), self,
                               G_CONNECT_SWAPPED);
      if (CR_IS_REFERRAL_PAGE_SUMMARY (page))
        g_signal_connect_object (page, "recorded", G_CALLBACK (on_recorded_cb), self,
                                 G_CONNECT_SWAPPED);
      cr_assistant_add_page (CR_ASSISTANT (self), page);
    }
}

/**
 * cr_referral_assistant_new:
 * @parent: (nullable): the window it belongs to
 * @database: the open database
 * @draft: (nullable): a draft to resume
 *
 * Returns: (transfer none): a new assistant, not yet shown
 */
CrReferralAssistant *
cr_referral_assistant_new (GtkWindow     *parent,
                           CrDatabase    *database,
                           const CrDraft *draft)
{
  CrReferralAssistant *self;
  g_autoptr(GError) error = NULL;
  int step = 0;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CR_IS_DATABASE (database), NULL);

  self = g_object_new (CR_TYPE_REFERRAL_ASSISTANT,
                       "transient-for", parent,
                       NULL);
  self->database = g_object_ref (database);

  if (draft != NULL && draft->data != NULL)
    self->referral = cr_referral_new_from_draft (draft->data, &step, &error);

  if (self->referral != NULL)
    {
      /* Carries on where the user left off, under the same key. */
      self->draft_key = g_strdup (draft->key);
      self->edited = TRUE;
    }
  else
    {
      self->referral = cr_referral_new ();
      self->draft_key = g_uuid_string_random ();
      step = 0;
    }

  add_pages (self);

  /* Not past a page that is not complete (a draft from an older version,
   * or dates that have since become wrong). */
  step = CLAMP (step, 0, (int) cr_assistant_get_n_pages (CR_ASSISTANT (self)) - 1);
  for (int i = 0; i < step; i++)
    if (!cr_assistant_page_get_complete (cr_assistant_get_page (CR_ASSISTANT (self), (guint) i)))
      {
        step = i;
        break;
      }
  cr_assistant_go_to_page (CR_ASSISTANT (self), (guint) step);

  if (error != NULL)
    {
      g_autofree char *message = NULL;

      /* Translators: %s says why a saved draft could not be read */
      message = g_strdup_printf (_("The unfinished referral could not be read (%s). It is kept; this is a new referral."),
                                 error->message);
      cr_show_toast (GTK_WIDGET (cr_assistant_get_current_page (CR_ASSISTANT (self))), message);
    }

  cr_database_list_agencies_async (database, cr_assistant_get_cancellable (CR_ASSISTANT (self)),
                                   on_list_agencies_cb, g_object_ref (self));
  return self;
}

/**
 * cr_referral_assistant_get_case:
 * @self: a referral assistant
 *
 * Returns: (transfer none) (nullable): the case recorded, once finished
 */
CrCase *
cr_referral_assistant_get_case (CrReferralAssistant *self)
{
  g_return_val_if_fail (CR_IS_REFERRAL_ASSISTANT (self), NULL);

  return self->kase;
}
