/* cr-case.c: one case (an incident under review), pseudonymised */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrCase"

#include "config.h"

#include "cr-case.h"

#include "cr-case-private.h"
#include "cr-enum-types.h"

#include <glib/gi18n.h>

/*
 * The class, its properties and the plain accessors. The key dates and
 * what derives from them live in cr-case-dates.c; validation and status
 * transitions in cr-case-rules.c.
 */

G_DEFINE_FINAL_TYPE (CrCase, cr_case, G_TYPE_OBJECT)

GParamSpec *_cr_case_properties[CR_CASE_N_PROPS];

/* The columns storage writes, in order. id is the row key; agencies,
 * themes, pauses and the deadline fields are derived, so none of them is
 * listed. The schema 5 dates come last. */
static const char * const stored_properties[] = {
  "reference",
  "pseudonym",
  "status",
  "paused-from",
  "review-type",
  "summary",
  "incident-date",
  "aware-date",
  "notified-date",
  "decision-date",
  "publication-date",
  "created-at",
  "updated-at",
  "partners-informed-date",
  "rr-sent-date",
  "planned-publication-date",
  "copies-sent-date",
  NULL
};

/*
 * Helpers
 */

/* Replaces *@field with a copy of @value ("" counts as NULL). Returns
 * whether anything changed. */
gboolean
_cr_case_replace_string (char       **field,
                         const char  *value)
{
  if (value != NULL && *value == '\0')
    value = NULL;

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static void
clear_sort_keys (CrCase *self)
{
  for (guint i = 0; i < CR_CASE_N_SORT_KEYS; i++)
    g_clear_pointer (&self->sort_keys[i], g_free);
}

static void
set_search_field (CrCase      *self,
                  char       **field,
                  const char  *value,
                  guint        prop_id)
{
  if (_cr_case_replace_string (field, value))
    {
      g_clear_pointer (&self->search_key, g_free);
      clear_sort_keys (self);
      g_object_notify_by_pspec (G_OBJECT (self), _cr_case_properties[prop_id]);
    }
}

/*
 * GObject overrides
 */

static void
cr_case_finalize (GObject *object)
{
  CrCase *self = (CrCase *)object;

  g_clear_pointer (&self->reference, g_free);
  g_clear_pointer (&self->pseudonym, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->incident_date, g_free);
  g_clear_pointer (&self->aware_date, g_free);
  g_clear_pointer (&self->notified_date, g_free);
  g_clear_pointer (&self->decision_date, g_free);
  g_clear_pointer (&self->publication_date, g_free);
  g_clear_pointer (&self->partners_informed_date, g_free);
  g_clear_pointer (&self->rr_sent_date, g_free);
  g_clear_pointer (&self->planned_publication_date, g_free);
  g_clear_pointer (&self->copies_sent_date, g_free);
  g_clear_pointer (&self->pauses, g_free);
  g_clear_pointer (&self->agencies, g_free);
  g_clear_pointer (&self->themes, g_free);
  g_clear_pointer (&self->created_at, g_free);
  g_clear_pointer (&self->updated_at, g_free);
  g_clear_pointer (&self->next_deadline, g_free);
  g_clear_pointer (&self->search_key, g_free);
  clear_sort_keys (self);

  G_OBJECT_CLASS (cr_case_parent_class)->finalize (object);
}

static void
cr_case_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  CrCase *self = CR_CASE (object);

  switch (prop_id)
    {
    case CR_CASE_PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case CR_CASE_PROP_REFERENCE:
      g_value_set_string (value, self->reference);
      break;
    case CR_CASE_PROP_PSEUDONYM:
      g_value_set_string (value, self->pseudonym);
      break;
    case CR_CASE_PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case CR_CASE_PROP_PAUSED_FROM:
      g_value_set_enum (value, self->paused_from);
      break;
    case CR_CASE_PROP_REVIEW_TYPE:
      g_value_set_enum (value, self->review_type);
      break;
    case CR_CASE_PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    case CR_CASE_PROP_INCIDENT_DATE:
      g_value_set_string (value, self->incident_date);
      break;
    case CR_CASE_PROP_AWARE_DATE:
      g_value_set_string (value, self->aware_date);
      break;
    case CR_CASE_PROP_NOTIFIED_DATE:
      g_value_set_string (value, self->notified_date);
      break;
    case CR_CASE_PROP_DECISION_DATE:
      g_value_set_string (value, self->decision_date);
      break;
    case CR_CASE_PROP_PUBLICATION_DATE:
      g_value_set_string (value, self->publication_date);
      break;
    case CR_CASE_PROP_PARTNERS_INFORMED_DATE:
      g_value_set_string (value, self->partners_informed_date);
      break;
    case CR_CASE_PROP_RR_SENT_DATE:
      g_value_set_string (value, self->rr_sent_date);
      break;
    case CR_CASE_PROP_PLANNED_PUBLICATION_DATE:
      g_value_set_string (value, self->planned_publication_date);
      break;
    case CR_CASE_PROP_COPIES_SENT_DATE:
      g_value_set_string (value, self->copies_sent_date);
      break;
    case CR_CASE_PROP_PAUSES:
      g_value_set_string (value, self->pauses);
      break;
    case CR_CASE_PROP_AGENCIES:
      g_value_set_string (value, self->agencies);
      break;
    case CR_CASE_PROP_THEMES:
      g_value_set_string (value, self->themes);
      break;
    case CR_CASE_PROP_CREATED_AT:
      g_value_set_string (value, self->created_at);
      break;
    case CR_CASE_PROP_UPDATED_AT:
      g_value_set_string (value, self->updated_at);
      break;
    case CR_CASE_PROP_YEAR:
      g_value_set_int (value, self->year);
      break;
    case CR_CASE_PROP_NEXT_DEADLINE:
      g_value_set_string (value, cr_case_get_next_deadline (self));
      break;
    case CR_CASE_PROP_NEXT_DEADLINE_LABEL:
      g_value_set_string (value, cr_case_get_next_deadline_label (self));
      break;
    case CR_CASE_PROP_DAYS_LEFT:
      g_value_set_int (value, cr_case_get_days_left (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_case_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  CrCase *self = CR_CASE (object);

  switch (prop_id)
    {
    case CR_CASE_PROP_ID:
      cr_case_set_id (self, g_value_get_int64 (value));
      break;
    case CR_CASE_PROP_REFERENCE:
      cr_case_set_reference (self, g_value_get_string (value));
      break;
    case CR_CASE_PROP_PSEUDONYM:
      cr_case_set_pseudonym (self, g_value_get_string (value));
      break;
    case CR_CASE_PROP_STATUS:
      cr_case_set_status (self, g_value_get_enum (value));
      break;
    case CR_CASE_PROP_PAUSED_FROM:
      cr_case_set_paused_from (self, g_value_get_enum (value));
      break;
    case CR_CASE_PROP_REVIEW_TYPE:
      cr_case_set_review_type (self, g_value_get_enum (value));
      break;
    case CR_CASE_PROP_SUMMARY:
      cr_case_set_summary (self, g_value_get_string (value));
      break;
    case CR_CASE_PROP_INCIDENT_DATE:
      cr_case_set_incident_date (self, g_value_get_string (value));
      break;
    case CR_CASE_PROP_AWARE_DATE:
      cr_case_set_aware_date (self, g_value_get_string (value));
      break;
    case CR_CASE_PROP_NOTIFIED_DATE:
      cr_case_set_notified_date (self, g_value_get_string (value));
      break;
    case CR_CASE_PROP_DECISION_DATE:
      cr_case_set_decision_date (self, g_value_get_string (value));
      break;
    case CR_CASE_PROP_PUBLICATION_DATE:
      cr_case_set_publication_date (self, g_value_get_string (value));
      break;
    case CR_CASE_PROP_PARTNERS_INFORMED_DATE:
      cr_case_set_partners_informed_date (self, g_value_get_string (value));
      break;
    case CR_CASE_PROP_RR_SENT_DATE:
      cr_case_set_rr_sent_date (self, g_value_get_string (value));
      break;
    case CR_CASE_PROP_PLANNED_PUBLICATION_DATE:
      cr_case_set_planned_publication_date (self, g_value_get_string (value));
      break;
    case CR_CASE_PROP_COPIES_SENT_DATE:
      cr_case_set_copies_sent_date (self, g_value_get_string (value));
      break;
    case CR_CASE_PROP_PAUSES:
      cr_case_set_pauses (self, g_value_get_string (value));
      break;
    case CR_CASE_PROP_CREATED_AT:
      cr_case_set_created_at (self, g_value_get_string (value));
      break;
    case CR_CASE_PROP_UPDATED_AT:
      cr_case_set_updated_at (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_property (const char *name,
                 gboolean    writable)
{
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  if (writable)
    flags |= G_PARAM_WRITABLE | G_PARAM_EXPLICIT_NOTIFY;

  return g_param_spec_string (name, NULL, NULL, NULL, flags);
}

static void
cr_case_class_init (CrCaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cr_case_finalize;
  object_class->get_property = cr_case_get_property;
  object_class->set_property = cr_case_set_property;

  _cr_case_properties[CR_CASE_PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  _cr_case_properties[CR_CASE_PROP_REFERENCE] = string_property ("reference", TRUE);
  _cr_case_properties[CR_CASE_PROP_PSEUDONYM] = string_property ("pseudonym", TRUE);
  _cr_case_properties[CR_CASE_PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       CR_TYPE_CASE_STATUS, CR_CASE_STATUS_REFERRED, rw);
  _cr_case_properties[CR_CASE_PROP_PAUSED_FROM] =
    g_param_spec_enum ("paused-from", NULL, NULL,
                       CR_TYPE_CASE_STATUS, CR_CASE_STATUS_REFERRED, rw);
  _cr_case_properties[CR_CASE_PROP_REVIEW_TYPE] =
    g_param_spec_enum ("review-type", NULL, NULL,
                       CR_TYPE_REVIEW_TYPE, CR_REVIEW_TYPE_UNDECIDED, rw);
  _cr_case_properties[CR_CASE_PROP_SUMMARY] = string_property ("summary", TRUE);
  _cr_case_properties[CR_CASE_PROP_INCIDENT_DATE] = string_property ("incident-date", TRUE);
  _cr_case_properties[CR_CASE_PROP_AWARE_DATE] = string_property ("aware-date", TRUE);
  _cr_case_properties[CR_CASE_PROP_NOTIFIED_DATE] = string_property ("notified-date", TRUE);
  _cr_case_properties[CR_CASE_PROP_DECISION_DATE] = string_property ("decision-date", TRUE);
  _cr_case_properties[CR_CASE_PROP_PUBLICATION_DATE] = string_property ("publication-date", TRUE);
  _cr_case_properties[CR_CASE_PROP_AGENCIES] = string_property ("agencies", FALSE);
  _cr_case_properties[CR_CASE_PROP_THEMES] = string_property ("themes", FALSE);
  _cr_case_properties[CR_CASE_PROP_CREATED_AT] = string_property ("created-at", TRUE);
  _cr_case_properties[CR_CASE_PROP_UPDATED_AT] = string_property ("updated-at", TRUE);
  _cr_case_properties[CR_CASE_PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0, ro);
  _cr_case_properties[CR_CASE_PROP_NEXT_DEADLINE] = string_property ("next-deadline", FALSE);
  _cr_case_properties[CR_CASE_PROP_NEXT_DEADLINE_LABEL] = string_property ("next-deadline-label", FALSE);
  _cr_case_properties[CR_CASE_PROP_DAYS_LEFT] =
    g_param_spec_int ("days-left", NULL, NULL, G_MININT, G_MAXINT, 0, ro);
  _cr_case_properties[CR_CASE_PROP_PARTNERS_INFORMED_DATE] = string_property ("partners-informed-date", TRUE);
  _cr_case_properties[CR_CASE_PROP_RR_SENT_DATE] = string_property ("rr-sent-date", TRUE);
  _cr_case_properties[CR_CASE_PROP_PLANNED_PUBLICATION_DATE] = string_property ("planned-publication-date", TRUE);
  _cr_case_properties[CR_CASE_PROP_COPIES_SENT_DATE] = string_property ("copies-sent-date", TRUE);
  _cr_case_properties[CR_CASE_PROP_PAUSES] = string_property ("pauses", TRUE);

  g_object_class_install_properties (object_class, CR_CASE_N_PROPS, _cr_case_properties);

  _cr_case_init_deadline_observers ();
}

static void
cr_case_init (CrCase *self)
{
  self->status = CR_CASE_STATUS_REFERRED;
  self->paused_from = CR_CASE_STATUS_REFERRED;
  self->review_type = CR_REVIEW_TYPE_UNDECIDED;
  /* No status with a deadline and no dates: no deadline, nothing stale. */
  self->deadline_valid = TRUE;
}

/*
 * Public API
 */

CrCase *
cr_case_new (void)
{
  return g_object_new (CR_TYPE_CASE, NULL);
}

/* A copy of @value for a field, "" counting as NULL (as the setters do). */
static char *
dup_field (const char *value)
{
  return value != NULL && *value != '\0' ? g_strdup (value) : NULL;
}

/**
 * _cr_case_new_from_row:
 * @row: the stored fields
 *
 * Builds a case as the setters would, without their notifications and
 * checks for changes (nobody can be listening to a new object yet): the
 * year is computed, the deadline fields are left to be computed when
 * first read. Storage uses it for every row it loads.
 *
 * Returns: (transfer full): a new case
 */
CrCase *
_cr_case_new_from_row (const CrCaseRow *row)
{
  CrCase *self;

  g_return_val_if_fail (row != NULL, NULL);
  g_return_val_if_fail (row->id >= 0, NULL);
  g_return_val_if_fail (row->status <= CR_CASE_STATUS_LAST, NULL);
  g_return_val_if_fail (row->paused_from <= CR_CASE_STATUS_LAST, NULL);
  g_return_val_if_fail (row->review_type <= CR_REVIEW_TYPE_LEGACY_SCR, NULL);

  self = g_object_new (CR_TYPE_CASE, NULL);
  self->id = row->id;
  self->reference = dup_field (row->reference);
  self->pseudonym = dup_field (row->pseudonym);
  self->status = row->status;
  self->paused_from = row->paused_from;
  self->review_type = row->review_type;
  self->summary = dup_field (row->summary);
  self->incident_date = dup_field (row->incident_date);
  self->aware_date = dup_field (row->aware_date);
  self->notified_date = dup_field (row->notified_date);
  self->decision_date = dup_field (row->decision_date);
  self->publication_date = dup_field (row->publication_date);
  self->partners_informed_date = dup_field (row->partners_informed_date);
  self->rr_sent_date = dup_field (row->rr_sent_date);
  self->planned_publication_date = dup_field (row->planned_publication_date);
  self->copies_sent_date = dup_field (row->copies_sent_date);
  self->pauses = dup_field (row->pauses);
  self->created_at = dup_field (row->created_at);
  self->updated_at = dup_field (row->updated_at);
  self->agencies = dup_field (row->agencies);
  self->themes = dup_field (row->themes);
  self->year = _cr_case_compute_year (self->aware_date, self->incident_date);
  self->deadline_valid = FALSE;

  return self;
}

/**
 * cr_case_copy:
 * @self: a case
 *
 * Returns: (transfer full): a new case with every property of @self,
 *   derived ones included
 */
CrCase *
cr_case_copy (CrCase *self)
{
  CrCase *copy;

  g_return_val_if_fail (CR_IS_CASE (self), NULL);

  copy = cr_case_new ();
  copy->id = self->id;
  copy->reference = g_strdup (self->reference);
  copy->pseudonym = g_strdup (self->pseudonym);
  copy->summary = g_strdup (self->summary);
  copy->incident_date = g_strdup (self->incident_date);
  copy->aware_date = g_strdup (self->aware_date);
  copy->notified_date = g_strdup (self->notified_date);
  copy->decision_date = g_strdup (self->decision_date);
  copy->publication_date = g_strdup (self->publication_date);
  copy->partners_informed_date = g_strdup (self->partners_informed_date);
  copy->rr_sent_date = g_strdup (self->rr_sent_date);
  copy->planned_publication_date = g_strdup (self->planned_publication_date);
  copy->copies_sent_date = g_strdup (self->copies_sent_date);
  copy->pauses = g_strdup (self->pauses);
  copy->agencies = g_strdup (self->agencies);
  copy->themes = g_strdup (self->themes);
  copy->created_at = g_strdup (self->created_at);
  copy->updated_at = g_strdup (self->updated_at);
  copy->next_deadline = g_strdup (self->next_deadline);
  copy->next_deadline_label = self->next_deadline_label;
  copy->year = self->year;
  copy->days_left = self->days_left;
  copy->deadline_valid = self->deadline_valid;
  copy->deadline_working = self->deadline_working;
  copy->status = self->status;
  copy->paused_from = self->paused_from;
  copy->review_type = self->review_type;

  return copy;
}

gint64
cr_case_get_id (CrCase *self)
{
  g_return_val_if_fail (CR_IS_CASE (self), 0);

  return self->id;
}

void
cr_case_set_id (CrCase *self,
                gint64  id)
{
  g_return_if_fail (CR_IS_CASE (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), _cr_case_properties[CR_CASE_PROP_ID]);
}

const char *
cr_case_get_reference (CrCase *self)
{
  g_return_val_if_fail (CR_IS_CASE (self), NULL);

  return self->reference;
}

void
cr_case_set_reference (CrCase     *self,
                       const char *reference)
{
  g_return_if_fail (CR_IS_CASE (self));

  set_search_field (self, &self->reference, reference, CR_CASE_PROP_REFERENCE);
}

const char *
cr_case_get_pseudonym (CrCase *self)
{
  g_return_val_if_fail (CR_IS_CASE (self), NULL);

  return self->pseudonym;
}

void
cr_case_set_pseudonym (CrCase     *self,
                       const char *pseudonym)
{
  g_return_if_fail (CR_IS_CASE (self));

  set_search_field (self, &self->pseudonym, pseudonym, CR_CASE_PROP_PSEUDONYM);
}

CrCaseStatus
cr_case_get_status (CrCase *self)
{
  g_return_val_if_fail (CR_IS_CASE (self), CR_CASE_STATUS_REFERRED);

  return self->status;
}

/**
 * cr_case_set_status:
 * @self: a case
 * @status: the new status
 *
 * Sets the status as stored, without the state machine (storage uses it
 * to load rows). To move a case on, use cr_case_transition().
 */
void
cr_case_set_status (CrCase       *self,
                    CrCaseStatus  status)
{
  gboolean observed;

  g_return_if_fail (CR_IS_CASE (self));
  g_return_if_fail (status <= CR_CASE_STATUS_LAST);

  if (self->status == status)
    return;

  observed = _cr_case_begin_deadline_change (self);
  g_object_freeze_notify (G_OBJECT (self));
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), _cr_case_properties[CR_CASE_PROP_STATUS]);
  _cr_case_end_deadline_change (self, observed);
  g_object_thaw_notify (G_OBJECT (self));
}

CrCaseStatus
cr_case_get_paused_from (CrCase *self)
{
  g_return_val_if_fail (CR_IS_CASE (self), CR_CASE_STATUS_REFERRED);

  return self->paused_from;
}

void
cr_case_set_paused_from (CrCase       *self,
                         CrCaseStatus  status)
{
  g_return_if_fail (CR_IS_CASE (self));
  g_return_if_fail (status <= CR_CASE_STATUS_LAST);

  if (self->paused_from == status)
    return;

  self->paused_from = status;
  g_object_notify_by_pspec (G_OBJECT (self), _cr_case_properties[CR_CASE_PROP_PAUSED_FROM]);
}

CrReviewType
cr_case_get_review_type (CrCase *self)
{
  g_return_val_if_fail (CR_IS_CASE (self), CR_REVIEW_TYPE_UNDECIDED);

  return self->review_type;
}

void
cr_case_set_review_type (CrCase       *self,
                         CrReviewType  review_type)
{
  g_return_if_fail (CR_IS_CASE (self));
  g_return_if_fail (review_type <= CR_REVIEW_TYPE_LEGACY_SCR);

  if (self->review_type == review_type)
    return;

  self->review_type = review_type;
  g_object_notify_by_pspec (G_OBJECT (self), _cr_case_properties[CR_CASE_PROP_REVIEW_TYPE]);
}

const char *
cr_case_get_summary (CrCase *self)
{
  g_return_val_if_fail (CR_IS_CASE (self), NULL);

  return self->summary;
}

void
cr_case_set_summary (CrCase     *self,
                     const char *summary)
{
  g_return_if_fail (CR_IS_CASE (self));

  set_search_field (self, &self->summary, summary, CR_CASE_PROP_SUMMARY);
}

const char *
cr_case_get_agencies (CrCase *self)
{
  g_return_val_if_fail (CR_IS_CASE (self), NULL);

  return self->agencies;
}

void
cr_case_set_agencies (CrCase     *self,
                      const char *agencies)
{
  g_return_if_fail (CR_IS_CASE (self));

  set_search_field (self, &self->agencies, agencies, CR_CASE_PROP_AGENCIES);
}

const char *
cr_case_get_themes (CrCase *self)
{
  g_return_val_if_fail (CR_IS_CASE (self), NULL);

  return self->themes;
}

void
cr_case_set_themes (CrCase     *self,
                    const char *themes)
{
  g_return_if_fail (CR_IS_CASE (self));

  set_search_field (self, &self->themes, themes, CR_CASE_PROP_THEMES);
}

const char *
cr_case_get_created_at (CrCase *self)
{
  g_return_val_if_fail (CR_IS_CASE (self), NULL);

  return self->created_at;
}

void
cr_case_set_created_at (CrCase     *self,
                        const char *created_at)
{
  g_return_if_fail (CR_IS_CASE (self));

  if (_cr_case_replace_string (&self->created_at, created_at))
    g_object_notify_by_pspec (G_OBJECT (self), _cr_case_properties[CR_CASE_PROP_CREATED_AT]);
}

const char *
cr_case_get_updated_at (CrCase *self)
{
  g_return_val_if_fail (CR_IS_CASE (self), NULL);

  return self->updated_at;
}

void
cr_case_set_updated_at (CrCase     *self,
                        const char *updated_at)
{
  g_return_if_fail (CR_IS_CASE (self));

  if (_cr_case_replace_string (&self->updated_at, updated_at))
    g_object_notify_by_pspec (G_OBJECT (self), _cr_case_properties[CR_CASE_PROP_UPDATED_AT]);
}

/**
 * cr_case_get_search_key:
 * @self: a case
 *
 * Returns: the reference, pseudonym, agencies, themes and summary, one per
 *   line, NFC-normalised and casefolded (built on demand and kept until
 *   one of them changes); the case register matches search words in it
 */
const char *
cr_case_get_search_key (CrCase *self)
{
  g_return_val_if_fail (CR_IS_CASE (self), NULL);

  if (self->search_key == NULL)
    {
      g_autofree char *joined = NULL;
      g_autofree char *normal = NULL;

      joined = g_strjoin ("\n",
                          self->reference ? self->reference : "",
                          self->pseudonym ? self->pseudonym : "",
                          self->agencies ? self->agencies : "",
                          self->themes ? self->themes : "",
                          self->summary ? self->summary : "",
                          NULL);
      normal = g_utf8_normalize (joined, -1, G_NORMALIZE_DEFAULT_COMPOSE);
      self->search_key = g_utf8_casefold (normal ? normal : "", -1);
    }

  return self->search_key;
}

/**
 * _cr_case_get_sort_key:
 * @self: a case
 * @key: the column
 *
 * Returns: the collation key of the column's casefolded text, "" when it
 *   is empty, kept until one of the string columns changes
 */
const char *
_cr_case_get_sort_key (CrCase        *self,
                       CrCaseSortKey  key)
{
  g_assert (key < CR_CASE_N_SORT_KEYS);

  if (self->sort_keys[key] == NULL)
    {
      const char *fields[CR_CASE_N_SORT_KEYS] = {
        [CR_CASE_SORT_KEY_REFERENCE] = self->reference,
        [CR_CASE_SORT_KEY_PSEUDONYM] = self->pseudonym,
        [CR_CASE_SORT_KEY_AGENCIES] = self->agencies,
        [CR_CASE_SORT_KEY_THEMES] = self->themes,
      };
      g_autofree char *folded = g_utf8_casefold (fields[key] ? fields[key] : "", -1);

      self->sort_keys[key] = g_utf8_collate_key (folded, -1);
    }

  return self->sort_keys[key];
}

const char * const *
cr_case_get_stored_properties (void)
{
  return stored_properties;
}
