/* cr-referral.c: the referral and notification record of a case */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrReferral"

#include "config.h"

#include "cr-referral.h"

#include "cr-case-status.h"
#include "cr-child.h"
#include "cr-involvement.h"
#include "cr-parallel-process.h"
#include "cr-record-private.h"
#include "cr-util.h"
#include "cr-working-days.h"

#include <glib/gi18n.h>

/* The notification is due within 5 working days of awareness. */
#define NOTIFY_WORKING_DAYS 5

struct _CrReferral
{
  CrRecord    parent_instance;

  GListStore *children;
  GListStore *involvements;
  GListStore *processes;
};

G_DEFINE_FINAL_TYPE (CrReferral, cr_referral, CR_TYPE_RECORD)

static const char * const nature_nicks[] = {
  "death", "serious-harm", "other", "looked-after-death", "care-leaver-death", NULL
};
static const char * const nature_labels[] = {
  N_("Death"), N_("Serious harm"), N_("Other"),
  N_("Death of a looked-after child"), N_("Death of a care leaver"), NULL
};

static const char * const abuse_nicks[] = {
  "physical-abuse", "emotional-abuse", "sexual-abuse", "neglect",
  "exploitation", "domestic-abuse", "other", NULL
};
static const char * const abuse_labels[] = {
  N_("Physical abuse"), N_("Emotional abuse"), N_("Sexual abuse"), N_("Neglect"),
  N_("Exploitation"), N_("Domestic abuse"), N_("Other"), NULL
};

static const char * const perpetrator_nicks[] = {
  "parent", "step-parent", "other-family", "known-adult", "professional",
  "child", "unknown", "not-applicable", NULL
};
static const char * const perpetrator_labels[] = {
  N_("Parent"), N_("Step-parent or parent's partner"), N_("Other family member"),
  N_("Known adult"), N_("Professional or carer"), N_("Another child"),
  N_("Not known"), N_("Not applicable"), NULL
};

static const char * const decision_nicks[] = {
  "notify", "do-not-notify", "pending", NULL
};
static const char * const decision_labels[] = {
  N_("Notify the Panel"), N_("Do not notify"), N_("Not decided yet"), NULL
};

#define LINE(name, label)  { name, CR_RECORD_FIELD_LINE, label, 0, NULL, NULL, 0 }
#define TEXT(name, label)  { name, CR_RECORD_FIELD_TEXT, label, 0, NULL, NULL, 0 }
#define DATE(name, label)  { name, CR_RECORD_FIELD_DATE, label, 0, NULL, NULL, 0 }
#define BOOL(name, label)  { name, CR_RECORD_FIELD_BOOLEAN, label, 0, NULL, NULL, 0 }

static const CrRecordField fields[] = {
  DATE ("referral-date", N_("Date of the referral")),
  { "referring-agency-id", CR_RECORD_FIELD_ID, N_("Referring agency"), 0, NULL, NULL, 0 },
  { "referring-agency-name", CR_RECORD_FIELD_LINE, N_("Name of the referring agency"), 0,
    NULL, NULL, CR_RECORD_FIELD_FLAG_DERIVED },
  LINE ("referrer-name", N_("Name of the referrer")),
  LINE ("referrer-role", N_("Role of the referrer")),
  LINE ("notifier-name", N_("Name of the notifier")),
  LINE ("notifier-role", N_("Role of the notifier")),
  { "notifier-phone", CR_RECORD_FIELD_PHONE, N_("Telephone number of the notifier"), 0, NULL, NULL, 0 },
  { "notifier-email", CR_RECORD_FIELD_EMAIL, N_("Email address of the notifier"), 0, NULL, NULL, 0 },
  { "pseudonym", CR_RECORD_FIELD_LINE, N_("Pseudonym of the case"), 60, NULL, NULL, 0 },
  DATE ("incident-date", N_("Date of the incident")),
  { "incident-time", CR_RECORD_FIELD_TIME, N_("Time of the incident"), 0, NULL, NULL, 0 },
  DATE ("aware-date", N_("Date the local authority became aware")),
  LINE ("location", N_("Place of the incident")),
  { "nature", CR_RECORD_FIELD_CHOICE, N_("Nature of the incident"), 0,
    nature_nicks, nature_labels, 0 },
  { "abuse-kinds", CR_RECORD_FIELD_CHOICES, N_("Kinds of abuse or neglect"), 0,
    abuse_nicks, abuse_labels, 0 },
  { "perpetrator", CR_RECORD_FIELD_CHOICE, N_("Relationship of the alleged perpetrator"), 0,
    perpetrator_nicks, perpetrator_labels, 0 },
  { "summary", CR_RECORD_FIELD_TEXT, N_("Summary of the incident"), 4000, NULL, NULL, 0 },
  LINE ("incident-la", N_("Local authority where the incident happened")),
  LINE ("residence-la", N_("Local authority where the child normally lives")),
  BOOL ("limb-abuse", N_("Abuse or neglect known or suspected")),
  BOOL ("limb-harm", N_("Child died or seriously harmed")),
  TEXT ("definition-rationale", N_("Reasons for the view on the definition")),
  { "notify-decision", CR_RECORD_FIELD_CHOICE, N_("Notification decision"), 0,
    decision_nicks, decision_labels, 0 },
  TEXT ("notify-rationale", N_("Reasons for the notification decision")),
  DATE ("notified-date", N_("Date the Panel was notified")),
  { "panel-reference", CR_RECORD_FIELD_LINE, N_("Reference given by the Panel"), 60, NULL, NULL, 0 },
  BOOL ("media-interest", N_("Media interest")),
};

#undef LINE
#undef TEXT
#undef DATE
#undef BOOL

/* ---- Lists ------------------------------------------------------------- */

static gboolean
check_children (CrReferral   *self,
                gboolean      need_one,
                const char  **field,
                GError      **error)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->children));
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (n == 0 && need_one)
    {
      g_set_error_literal (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                           _("Add at least one child, known by a pseudonym such as “Child A”."));
      _cr_record_set_field_out (field, "children");
      return FALSE;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrChild) child = g_list_model_get_item (G_LIST_MODEL (self->children), i);
      const char *pseudonym;

      if (!cr_child_validate (child, error))
        {
          _cr_record_set_field_out (field, "children");
          return FALSE;
        }

      pseudonym = cr_child_get_pseudonym (child);
      if (!g_hash_table_add (seen, g_utf8_casefold (pseudonym, -1)))
        {
          g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                       /* Translators: %s is a pseudonym such as "Child A". */
                       _("Two children have the pseudonym “%s”: give each child a pseudonym of its own."),
                       pseudonym);
          _cr_record_set_field_out (field, "children");
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
check_involvements (CrReferral   *self,
                    const char  **field,
                    GError      **error)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->involvements));
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrInvolvement) involvement = g_list_model_get_item (G_LIST_MODEL (self->involvements), i);
      gint64 agency_id = cr_involvement_get_agency_id (involvement);

      if (agency_id <= 0)
        {
          g_set_error_literal (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                               _("Choose the agency for each agency involved, or remove the empty line."));
          _cr_record_set_field_out (field, "involvements");
          return FALSE;
        }

      if (!g_hash_table_add (seen, g_memdup2 (&agency_id, sizeof agency_id)))
        {
          const char *name = cr_involvement_get_agency_name (involvement);

          if (name != NULL)
            g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                         /* Translators: %s is the name of an agency. */
                         _("This agency is already listed: “%s” appears twice among the agencies involved; remove one."),
                         name);
          else
            g_set_error_literal (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                                 _("This agency is already listed: remove one of the two lines."));
          _cr_record_set_field_out (field, "involvements");
          return FALSE;
        }

      if (!cr_text_check (cr_involvement_get_role (involvement),
                          _("Role of the agency"), 200, FALSE, error))
        {
          _cr_record_set_field_out (field, "involvements");
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
check_processes (CrReferral   *self,
                 const char  **field,
                 GError      **error)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->processes));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrRecord) process = g_list_model_get_item (G_LIST_MODEL (self->processes), i);

      if (!cr_record_validate (process, error))
        {
          _cr_record_set_field_out (field, "processes");
          return FALSE;
        }
    }

  return TRUE;
}

/* ---- Cross-field rules ------------------------------------------------- */

static gboolean
check_dates (CrRecord     *record,
             const char  **field,
             GError      **error)
{
  return _cr_record_check_order (record, "incident-date", "aware-date", field, error) &&
         _cr_record_check_order (record, "incident-date", "referral-date", field, error) &&
         _cr_record_check_order (record, "aware-date", "notified-date", field, error) &&
         _cr_record_check_order (record, "incident-date", "notified-date", field, error);
}

static gboolean
check_notified_needs_notify (CrRecord     *record,
                             const char  **field,
                             GError      **error)
{
  if (!cr_record_has (record, "notified-date") ||
      _cr_record_is (record, "notify-decision", "notify"))
    return TRUE;

  g_set_error_literal (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                       _("A date the Panel was notified is recorded, but the decision is not to notify: choose “Notify the Panel” or clear the date."));
  _cr_record_set_field_out (field, "notified-date");
  return FALSE;
}

static gboolean
cr_referral_validate (CrRecord  *record,
                      GError   **error)
{
  CrReferral *self = CR_REFERRAL (record);

  return check_dates (record, NULL, error) &&
         check_notified_needs_notify (record, NULL, error) &&
         check_children (self, FALSE, NULL, error) &&
         check_involvements (self, NULL, error) &&
         check_processes (self, NULL, error);
}

/* ---- Class ------------------------------------------------------------- */

static void
cr_referral_dispose (GObject *object)
{
  CrReferral *self = (CrReferral *)object;

  g_clear_object (&self->children);
  g_clear_object (&self->involvements);
  g_clear_object (&self->processes);

  G_OBJECT_CLASS (cr_referral_parent_class)->dispose (object);
}

static void
cr_referral_class_init (CrReferralClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  CrRecordClass *record_class = CR_RECORD_CLASS (klass);

  object_class->dispose = cr_referral_dispose;
  record_class->validate = cr_referral_validate;

  cr_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
}

static void
cr_referral_init (CrReferral *self)
{
  self->children = g_list_store_new (CR_TYPE_CHILD);
  self->involvements = g_list_store_new (CR_TYPE_INVOLVEMENT);
  self->processes = g_list_store_new (CR_TYPE_PARALLEL_PROCESS);
}

CrReferral *
cr_referral_new (void)
{
  return g_object_new (CR_TYPE_REFERRAL, NULL);
}

/**
 * cr_referral_get_children:
 * @self: a referral
 *
 * Returns: (transfer none): the children (CrChild)
 */
GListStore *
cr_referral_get_children (CrReferral *self)
{
  g_return_val_if_fail (CR_IS_REFERRAL (self), NULL);

  return self->children;
}

/**
 * cr_referral_get_involvements:
 * @self: a referral
 *
 * Returns: (transfer none): the agencies involved (CrInvolvement)
 */
GListStore *
cr_referral_get_involvements (CrReferral *self)
{
  g_return_val_if_fail (CR_IS_REFERRAL (self), NULL);

  return self->involvements;
}

/**
 * cr_referral_get_processes:
 * @self: a referral
 *
 * Returns: (transfer none): the parallel processes (CrParallelProcess)
 */
GListStore *
cr_referral_get_processes (CrReferral *self)
{
  g_return_val_if_fail (CR_IS_REFERRAL (self), NULL);

  return self->processes;
}

/* ---- Steps ------------------------------------------------------------- */

/**
 * cr_referral_check_step:
 * @self: a referral
 * @step: the assistant's step
 * @field: (out) (optional) (transfer none): the offending field on failure
 * @error: return location for a %CR_CASE_ERROR_INVALID error
 *
 * Returns: %TRUE if the step is complete and valid
 */
gboolean
cr_referral_check_step (CrReferral      *self,
                        CrReferralStep   step,
                        const char     **field,
                        GError         **error)
{
  CrRecord *record = (CrRecord *) self;

  g_return_val_if_fail (CR_IS_REFERRAL (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  _cr_record_set_field_out (field, NULL);

  switch (step)
    {
    case CR_REFERRAL_STEP_REFERRER:
      return _cr_record_check_fields (record,
                                      CR_RECORD_NAMES ("referral-date", "referring-agency-id", "referrer-name"),
                                      CR_RECORD_NAMES ("referring-agency-name", "referrer-role", "notifier-name",
                                                       "notifier-role", "notifier-phone", "notifier-email"),
                                      field, error);

    case CR_REFERRAL_STEP_CHILDREN:
      return _cr_record_check_fields (record, CR_RECORD_NAMES ("pseudonym"), NULL, field, error) &&
             check_children (self, TRUE, field, error);

    case CR_REFERRAL_STEP_INCIDENT:
      return _cr_record_check_fields (record,
                                      CR_RECORD_NAMES ("incident-date", "aware-date", "nature", "summary"),
                                      CR_RECORD_NAMES ("incident-time", "location", "abuse-kinds", "perpetrator"),
                                      field, error) &&
             _cr_record_check_order (record, "incident-date", "aware-date", field, error) &&
             _cr_record_check_order (record, "incident-date", "referral-date", field, error);

    case CR_REFERRAL_STEP_AREA:
      return _cr_record_check_fields (record, CR_RECORD_NAMES ("incident-la", "residence-la"), NULL, field, error) &&
             check_involvements (self, field, error);

    case CR_REFERRAL_STEP_PARALLEL:
      return check_processes (self, field, error);

    case CR_REFERRAL_STEP_DEFINITION:
      return _cr_record_check_fields (record,
                                      CR_RECORD_NAMES ("limb-abuse", "limb-harm", "definition-rationale"),
                                      NULL, field, error);

    case CR_REFERRAL_STEP_DECISION:
      if (!_cr_record_check_fields (record,
                                    CR_RECORD_NAMES ("notify-decision", "notify-rationale"),
                                    CR_RECORD_NAMES ("notified-date", "panel-reference", "media-interest"),
                                    field, error))
        return FALSE;
      if (_cr_record_is (record, "notify-decision", "notify") &&
          !_cr_record_check_required (record, "notified-date", field, error))
        return FALSE;
      return check_notified_needs_notify (record, field, error) &&
             check_dates (record, field, error);

    default:
      g_return_val_if_reached (FALSE);
    }
}

/* ---- Warnings and status ----------------------------------------------- */

/**
 * cr_referral_get_warnings:
 * @self: a referral
 *
 * Returns: (transfer full): translated warnings, possibly none
 */
char **
cr_referral_get_warnings (CrReferral *self)
{
  CrRecord *record = (CrRecord *) self;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GDate aware, notified, limit;

  g_return_val_if_fail (CR_IS_REFERRAL (self), NULL);

  if (_cr_record_is (record, "notify-decision", "notify"))
    {
      if (_cr_record_is (record, "limb-abuse", "false"))
        g_strv_builder_add (builder,
                            _("The decision is to notify the Panel, but abuse or neglect is not recorded as known or suspected. Check the definition: the Panel does not consider such cases."));
      if (_cr_record_is (record, "limb-harm", "false"))
        g_strv_builder_add (builder,
                            _("The decision is to notify the Panel, but the child is not recorded as having died or been seriously harmed. Check the definition."));
    }

  if (_cr_record_get_date (record, "aware-date", &aware) &&
      _cr_record_get_date (record, "notified-date", &notified))
    {
      cr_working_days_add (&aware, NOTIFY_WORKING_DAYS, NULL, &limit);

      if (g_date_compare (&notified, &limit) > 0)
        {
          int late = cr_working_days_between (&aware, &notified, NULL);
          g_autofree char *message =
            g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          /* Translators: %d is a number of working days, always more than 5. */
                                          "The Panel was notified %d working day after the local authority became aware, later than the 5 working days expected. Record the reason in the notification decision.",
                                          "The Panel was notified %d working days after the local authority became aware, later than the 5 working days expected. Record the reason in the notification decision.",
                                          (gulong) late),
                             late);

          g_strv_builder_add (builder, message);
        }
    }

  return g_strv_builder_end (builder);
}

CrCaseStatus
cr_referral_get_initial_status (CrReferral *self)
{
  CrRecord *record = (CrRecord *) self;

  g_return_val_if_fail (CR_IS_REFERRAL (self), CR_CASE_STATUS_REFERRED);

  if (cr_record_has (record, "notified-date"))
    return CR_CASE_STATUS_NOTIFIED;
  if (_cr_record_is (record, "notify-decision", "do-not-notify"))
    return CR_CASE_STATUS_NOT_NOTIFIABLE;
  if (_cr_record_is (record, "notify-decision", "pending"))
    return CR_CASE_STATUS_NOTIFICATION_DECISION;

  return CR_CASE_STATUS_REFERRED;
}
