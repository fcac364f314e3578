/* cr-rapid-review-draft.c: the rapid review in a draft */
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
#include "cr-record-private.h"
#include "cr-sign-off.h"

#define DRAFT_KIND    "rapid-review"
#define RECORD_GROUP  "rapid-review"

static const char * const list_prefixes[] = {
  "attendee", "summary", "sign-off", NULL
};

/**
 * cr_rapid_review_to_draft:
 * @self: a rapid review
 * @step: the assistant's page the user is on
 *
 * Returns: (transfer full): the draft text
 */
char *
cr_rapid_review_to_draft (CrRapidReview *self,
                          int            step)
{
  g_autoptr(GKeyFile) key_file = NULL;

  g_return_val_if_fail (CR_IS_RAPID_REVIEW (self), NULL);
  g_return_val_if_fail (step >= 0 && step < CR_RAPID_REVIEW_N_STEPS, NULL);

  key_file = _cr_draft_new (DRAFT_KIND, step);
  cr_record_save_to_key_file (CR_RECORD (self), key_file, RECORD_GROUP);
  _cr_draft_save_records (key_file, "attendee",
                          G_LIST_MODEL (cr_rapid_review_get_attendees (self)));
  _cr_draft_save_records (key_file, "summary",
                          G_LIST_MODEL (cr_rapid_review_get_summaries (self)));
  _cr_draft_save_records (key_file, "sign-off",
                          G_LIST_MODEL (cr_rapid_review_get_sign_offs (self)));

  return g_key_file_to_data (key_file, NULL, NULL);
}

/* The three sign-offs exist from the start: a draft fills them in, and
 * must hold them in the same order. */
static gboolean
load_sign_offs (CrRapidReview  *self,
                GKeyFile       *key_file,
                GError        **error)
{
  GListModel *sign_offs = G_LIST_MODEL (cr_rapid_review_get_sign_offs (self));
  guint n = _cr_draft_count (key_file, "sign-off");

  if (n != 0 && n != g_list_model_get_n_items (sign_offs))
    return _cr_draft_fail (error);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrRecord) sign_off = g_list_model_get_item (sign_offs, i);
      g_autofree char *group = g_strdup_printf ("sign-off-%u", i);
      g_autofree char *partner = g_strdup (cr_record_get (sign_off, "partner"));

      if (!_cr_draft_load_record (sign_off, key_file, group, error))
        return FALSE;

      if (g_strcmp0 (cr_record_get (sign_off, "partner"), partner) != 0)
        return _cr_draft_fail (error);
    }

  return TRUE;
}

/**
 * cr_rapid_review_new_from_draft:
 * @data: a draft written by cr_rapid_review_to_draft()
 * @step: (out) (optional): the page the user was on
 * @error: return location for a %CR_CASE_ERROR_INVALID error
 *
 * Returns: (transfer full) (nullable): the rapid review, or %NULL when
 *   @data is not a rapid review draft
 */
CrRapidReview *
cr_rapid_review_new_from_draft (const char  *data,
                                int         *step,
                                GError     **error)
{
  g_autoptr(GKeyFile) key_file = NULL;
  g_autoptr(CrRapidReview) self = NULL;
  int draft_step = 0;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  key_file = _cr_draft_open (data, DRAFT_KIND, CR_RAPID_REVIEW_N_STEPS, RECORD_GROUP,
                             list_prefixes, &draft_step, error);
  if (key_file == NULL)
    return NULL;

  self = cr_rapid_review_new ();
  if (!_cr_draft_load_record (CR_RECORD (self), key_file, RECORD_GROUP, error) ||
      !_cr_draft_load_records (key_file, "attendee", CR_TYPE_ATTENDEE,
                               cr_rapid_review_get_attendees (self), error) ||
      !_cr_draft_load_records (key_file, "summary", CR_TYPE_AGENCY_SUMMARY,
                               cr_rapid_review_get_summaries (self), error) ||
      !load_sign_offs (self, key_file, error))
    return NULL;

  if (step != NULL)
    *step = draft_step;

  return g_steal_pointer (&self);
}
