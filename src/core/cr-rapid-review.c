/* cr-rapid-review.c: the rapid review of a case and its decision */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrRapidReview"

#include "config.h"

#include "cr-rapid-review.h"

#include "cr-agency-summary.h"
#include "cr-attendee.h"
#include "cr-case-status.h"
#include "cr-record-private.h"
#include "cr-sign-off.h"

#include <glib/gi18n.h>

struct _CrRapidReview
{
  CrRecord    parent_instance;

  GListStore *attendees;
  GListStore *summaries;
  GListStore *sign_offs;
};

G_DEFINE_FINAL_TYPE (CrRapidReview, cr_rapid_review, CR_TYPE_RECORD)

static const char * const yes_no_nicks[] = { "yes", "no", NULL };
static const char * const yes_no_labels[] = { N_("Yes"), N_("No"), NULL };

static const char * const decision_nicks[] = {
  "lcspr", "no-further-review", "other-learning-review", "national-review",
  "not-notifiable", NULL
};
static const char * const decision_labels[] = {
  N_("Local child safeguarding practice review"), N_("No further review"),
  N_("Other learning review"), N_("National review recommended"),
  N_("Not notifiable: rapid review not required"), NULL
};

static const char * const response_nicks[] = {
  "agrees", "reconsider", "more-information", "national-review", NULL
};
static const char * const response_labels[] = {
  N_("Agrees with the decision"), N_("Asks the partners to reconsider"),
  N_("Asks for more information"), N_("Will consider a national review"), NULL
};

/* The partners, in the order of the sign-offs. */
static const char * const partners[] = { "local-authority", "icb", "police", NULL };

#define TEXT(name, label)   { name, CR_RECORD_FIELD_TEXT, label, 0, NULL, NULL, 0 }
#define DATE(name, label)   { name, CR_RECORD_FIELD_DATE, label, 0, NULL, NULL, 0 }
#define YES_NO(name, label) { name, CR_RECORD_FIELD_CHOICE, label, 0, yes_no_nicks, yes_no_labels, 0 }

static const CrRecordField fields[] = {
  { "meeting-date", CR_RECORD_FIELD_PLAN_DATE, N_("Date of the meeting"), 0, NULL, NULL, 0 },
  { "meeting-time", CR_RECORD_FIELD_TIME, N_("Time of the meeting"), 0, NULL, NULL, 0 },
  { "meeting-location", CR_RECORD_FIELD_LINE, N_("Place of the meeting"), 0, NULL, NULL, 0 },
  { "chair", CR_RECORD_FIELD_LINE, N_("Chair of the meeting"), 0, NULL, NULL, 0 },
  TEXT ("key-practice-episodes", N_("Key practice episodes")),
  TEXT ("lived-experience", N_("Child's lived experience and identity")),
  TEXT ("immediate-actions", N_("Immediate safeguarding actions")),
  TEXT ("learning", N_("Learning already identified")),
  YES_NO ("criterion-a", N_("Answer to criterion (a), improvements needed")),
  TEXT ("criterion-a-rationale", N_("Reasons for the answer to criterion (a)")),
  YES_NO ("criterion-b", N_("Answer to criterion (b), recurrent themes")),
  TEXT ("criterion-b-rationale", N_("Reasons for the answer to criterion (b)")),
  YES_NO ("criterion-c", N_("Answer to criterion (c), agencies working together")),
  TEXT ("criterion-c-rationale", N_("Reasons for the answer to criterion (c)")),
  YES_NO ("criterion-d", N_("Answer to criterion (d), a local review the Panel suggested")),
  TEXT ("criterion-d-rationale", N_("Reasons for the answer to criterion (d)")),
  YES_NO ("national-importance", N_("View on whether the case is complex or of national importance")),
  TEXT ("national-rationale", N_("Reasons for the view on national importance")),
  { "decision", CR_RECORD_FIELD_CHOICE, N_("Decision"), 0, decision_nicks, decision_labels, 0 },
  TEXT ("decision-rationale", N_("Reasons for the decision")),
  DATE ("decision-date", N_("Date of the decision")),
  DATE ("report-sent-date", N_("Date the report was sent to the Panel")),
  { "panel-response", CR_RECORD_FIELD_CHOICE, N_("Response of the Panel"), 0,
    response_nicks, response_labels, 0 },
  DATE ("panel-response-date", N_("Date of the Panel's response")),
  TEXT ("panel-response-notes", N_("Notes on the Panel's response")),
};

#undef TEXT
#undef DATE
#undef YES_NO

/* ---- Lists ------------------------------------------------------------- */

static gboolean
check_records (GListStore   *store,
               const char   *list_name,
               const char  **field,
               GError      **error)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrRecord) record = g_list_model_get_item (G_LIST_MODEL (store), i);

      if (!cr_record_validate (record, error))
        {
          _cr_record_set_field_out (field, list_name);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
check_summaries (CrRapidReview  *self,
                 const char    **field,
                 GError        **error)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->summaries));
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  if (!check_records (self->summaries, "summaries", field, error))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrRecord) summary = g_list_model_get_item (G_LIST_MODEL (self->summaries), i);
      const char *agency_id = cr_record_get (summary, "agency-id");

      /* The hash table borrows the strings: the store keeps them alive. */
      if (!g_hash_table_add (seen, (gpointer) agency_id))
        {
          const char *name = cr_record_get (summary, "agency-name");

          if (name != NULL)
            g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                         /* Translators: %s is the name of an agency. */
                         _("This agency is already listed: “%s” has two summaries; remove one."),
                         name);
          else
            g_set_error_literal (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                                 _("This agency is already listed: remove one of its two summaries."));
          _cr_record_set_field_out (field, "summaries");
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
check_attendees (CrRapidReview  *self,
                 gboolean        need_one,
                 const char    **field,
                 GError        **error)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->attendees));
  gboolean attended = FALSE;

  if (!check_records (self->attendees, "attendees", field, error))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrRecord) attendee = g_list_model_get_item (G_LIST_MODEL (self->attendees), i);

      attended |= cr_record_get_boolean (attendee, "attended");
    }

  if (need_one && !attended)
    {
      g_set_error_literal (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                           _("Add at least one person who attended the meeting, with their agency."));
      _cr_record_set_field_out (field, "attendees");
      return FALSE;
    }

  return TRUE;
}

/* ---- Cross-field rules ------------------------------------------------- */

static gboolean
check_sign_offs (CrRapidReview  *self,
                 const char    **field,
                 GError        **error)
{
  CrRecord *record = (CrRecord *) self;
  GDate sent;

  if (!check_records (self->sign_offs, "sign-offs", field, error))
    return FALSE;

  if (!cr_record_has (record, "report-sent-date"))
    return TRUE;

  if (!cr_record_has (record, "decision"))
    {
      g_set_error_literal (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                           _("The report cannot be sent before the decision is recorded: choose the decision, or clear the date the report was sent."));
      _cr_record_set_field_out (field, "report-sent-date");
      return FALSE;
    }

  if (!cr_rapid_review_is_signed_off (self))
    {
      g_set_error_literal (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                           _("The report cannot be sent before all three safeguarding partners have signed off the decision: record each partner's name and date of sign-off, or clear the date the report was sent."));
      _cr_record_set_field_out (field, "report-sent-date");
      return FALSE;
    }

  if (!_cr_record_get_date (record, "report-sent-date", &sent))
    return TRUE;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->sign_offs)); i++)
    {
      g_autoptr(CrRecord) sign_off = g_list_model_get_item (G_LIST_MODEL (self->sign_offs), i);
      GDate signed_date;

      if (_cr_record_get_date (sign_off, "signed-date", &signed_date) &&
          g_date_compare (&signed_date, &sent) > 0)
        {
          const CrRecordField *partner = cr_record_find_field (sign_off, "partner");

          g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                       /* Translators: %s is a safeguarding partner, such as "Police". */
                       _("The report was sent to the Panel before the sign-off of “%s”: check the date of the sign-off and the date the report was sent."),
                       cr_record_field_get_choice_label (partner, cr_record_get (sign_off, "partner")));
          _cr_record_set_field_out (field, "report-sent-date");
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
check_panel_needs_report (CrRecord     *record,
                          const char  **field,
                          GError      **error)
{
  if (cr_record_has (record, "report-sent-date") ||
      (!cr_record_has (record, "panel-response") &&
       !cr_record_has (record, "panel-response-date")))
    return TRUE;

  g_set_error_literal (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                       _("The Panel can only respond to a report it has received: record the date the report was sent first."));
  _cr_record_set_field_out (field, cr_record_has (record, "panel-response") ?
                                   "panel-response" : "panel-response-date");
  return FALSE;
}

static gboolean
check_dates (CrRecord     *record,
             const char  **field,
             GError      **error)
{
  return _cr_record_check_order (record, "decision-date", "report-sent-date", field, error) &&
         _cr_record_check_order (record, "report-sent-date", "panel-response-date", field, error) &&
         _cr_record_check_order (record, "decision-date", "panel-response-date", field, error);
}

static gboolean
cr_rapid_review_validate (CrRecord  *record,
                          GError   **error)
{
  CrRapidReview *self = CR_RAPID_REVIEW (record);

  return check_dates (record, NULL, error) &&
         check_attendees (self, FALSE, NULL, error) &&
         check_summaries (self, NULL, error) &&
         check_sign_offs (self, NULL, error) &&
         check_panel_needs_report (record, NULL, error);
}

/* ---- Class ------------------------------------------------------------- */

static void
cr_rapid_review_dispose (GObject *object)
{
  CrRapidReview *self = (CrRapidReview *)object;

  g_clear_object (&self->attendees);
  g_clear_object (&self->summaries);
  g_clear_object (&self->sign_offs);

  G_OBJECT_CLASS (cr_rapid_review_parent_class)->dispose (object);
}

static void
cr_rapid_review_class_init (CrRapidReviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  CrRecordClass *record_class = CR_RECORD_CLASS (klass);

  object_class->dispose = cr_rapid_review_dispose;
  record_class->validate = cr_rapid_review_validate;

  cr_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
}

static void
cr_rapid_review_init (CrRapidReview *self)
{
  self->attendees = g_list_store_new (CR_TYPE_ATTENDEE);
  self->summaries = g_list_store_new (CR_TYPE_AGENCY_SUMMARY);
  self->sign_offs = g_list_store_new (CR_TYPE_SIGN_OFF);

  for (guint i = 0; partners[i] != NULL; i++)
    {
      g_autoptr(CrSignOff) sign_off = cr_sign_off_new (partners[i]);

      g_list_store_append (self->sign_offs, sign_off);
    }
}

CrRapidReview *
cr_rapid_review_new (void)
{
  return g_object_new (CR_TYPE_RAPID_REVIEW, NULL);
}

/**
 * cr_rapid_review_get_attendees:
 * @self: a rapid review
 *
 * Returns: (transfer none): the attendees (CrAttendee)
 */
GListStore *
cr_rapid_review_get_attendees (CrRapidReview *self)
{
  g_return_val_if_fail (CR_IS_RAPID_REVIEW (self), NULL);

  return self->attendees;
}

/**
 * cr_rapid_review_get_summaries:
 * @self: a rapid review
 *
 * Returns: (transfer none): the agency summaries (CrAgencySummary)
 */
GListStore *
cr_rapid_review_get_summaries (CrRapidReview *self)
{
  g_return_val_if_fail (CR_IS_RAPID_REVIEW (self), NULL);

  return self->summaries;
}

/**
 * cr_rapid_review_get_sign_offs:
 * @self: a rapid review
 *
 * Returns: (transfer none): the three sign-offs (CrSignOff), local
 *   authority, ICB and police
 */
GListStore *
cr_rapid_review_get_sign_offs (CrRapidReview *self)
{
  g_return_val_if_fail (CR_IS_RAPID_REVIEW (self), NULL);

  return self->sign_offs;
}

gboolean
cr_rapid_review_is_signed_off (CrRapidReview *self)
{
  guint n;

  g_return_val_if_fail (CR_IS_RAPID_REVIEW (self), FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->sign_offs));
  if (n != G_N_ELEMENTS (partners) - 1)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrSignOff) sign_off = g_list_model_get_item (G_LIST_MODEL (self->sign_offs), i);

      if (!cr_sign_off_is_complete (sign_off))
        return FALSE;
    }

  return TRUE;
}

/* ---- Steps ------------------------------------------------------------- */

/**
 * cr_rapid_review_check_step:
 * @self: a rapid review
 * @step: the assistant's step
 * @field: (out) (optional) (transfer none): the offending field on failure
 * @error: return location for a %CR_CASE_ERROR_INVALID error
 *
 * Returns: %TRUE if the step is complete and valid
 */
gboolean
cr_rapid_review_check_step (CrRapidReview      *self,
                            CrRapidReviewStep   step,
                            const char        **field,
                            GError            **error)
{
  CrRecord *record = (CrRecord *) self;

  g_return_val_if_fail (CR_IS_RAPID_REVIEW (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  _cr_record_set_field_out (field, NULL);

  switch (step)
    {
    case CR_RAPID_REVIEW_STEP_MEETING:
      return _cr_record_check_fields (record, CR_RECORD_NAMES ("meeting-date"),
                                      CR_RECORD_NAMES ("meeting-time", "meeting-location", "chair"),
                                      field, error) &&
             check_attendees (self, TRUE, field, error);

    case CR_RAPID_REVIEW_STEP_SUMMARIES:
      return check_summaries (self, field, error);

    case CR_RAPID_REVIEW_STEP_EPISODES:
      return _cr_record_check_fields (record, CR_RECORD_NAMES ("key-practice-episodes"),
                                      CR_RECORD_NAMES ("lived-experience"), field, error);

    case CR_RAPID_REVIEW_STEP_ACTIONS:
      return _cr_record_check_fields (record, CR_RECORD_NAMES ("immediate-actions"), CR_RECORD_NAMES ("learning"),
                                      field, error);

    case CR_RAPID_REVIEW_STEP_CRITERIA:
      return _cr_record_check_fields (record,
                                      CR_RECORD_NAMES ("criterion-a", "criterion-a-rationale",
                                                       "criterion-b", "criterion-b-rationale",
                                                       "criterion-c", "criterion-c-rationale",
                                                       "criterion-d", "criterion-d-rationale",
                                                       "national-importance"),
                                      CR_RECORD_NAMES ("national-rationale"), field, error);

    case CR_RAPID_REVIEW_STEP_DECISION:
      return _cr_record_check_fields (record,
                                      CR_RECORD_NAMES ("decision", "decision-rationale", "decision-date"),
                                      NULL, field, error);

    case CR_RAPID_REVIEW_STEP_SIGN_OFF:
      return _cr_record_check_fields (record, NULL, CR_RECORD_NAMES ("report-sent-date"), field, error) &&
             check_sign_offs (self, field, error) &&
             _cr_record_check_order (record, "decision-date", "report-sent-date", field, error);

    case CR_RAPID_REVIEW_STEP_PANEL:
      if (!_cr_record_check_fields (record, NULL,
                                    CR_RECORD_NAMES ("panel-response", "panel-response-date", "panel-response-notes"),
                                    field, error) ||
          !check_panel_needs_report (record, field, error))
        return FALSE;
      /* Optional, but a response comes with its date and a date with its response. */
      if (cr_record_has (record, "panel-response") &&
          !_cr_record_check_required (record, "panel-response-date", field, error))
        return FALSE;
      if (cr_record_has (record, "panel-response-date") &&
          !_cr_record_check_required (record, "panel-response", field, error))
        return FALSE;
      return check_dates (record, field, error);

    default:
      g_return_val_if_reached (FALSE);
    }
}
