/* cr-referral-draft.c: the referral in a draft */
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
#include "cr-identity.h"
#include "cr-involvement.h"
#include "cr-parallel-process.h"
#include "cr-record-private.h"



#define DRAFT_KIND    "referral"
#define RECORD_GROUP  "referral"
/* What a half-typed text may hold in a draft. */
#define TEXT_CAP      1000

static const char * const list_prefixes[] = {
  "child", "involvement", "process", NULL
};

/* ---- Children ---------------------------------------------------------- */

static char *
state_key (CrIdentityField field)
{
  return g_strconcat (cr_identity_field_to_nick (field), "-state", NULL);
}

static void
save_child (CrChild    *child,
            GKeyFile   *key_file,
            const char *group)
{
  CrIdentity *identity = cr_child_get_identity (child);

  g_key_file_set_int64 (key_file, group, "id", cr_child_get_id (child));
  g_key_file_set_int64 (key_file, group, "case-id", cr_child_get_case_id (child));
  if (cr_child_get_pseudonym (child) != NULL)
    g_key_file_set_string (key_file, group, "pseudonym", cr_child_get_pseudonym (child));

  if (identity == NULL)
    return;

  g_key_file_set_boolean (key_file, group, "identity", TRUE);
  for (guint f = 0; f <= CR_IDENTITY_FIELD_LAST; f++)
    {
      CrFieldState state = cr_identity_get_state (identity, f);
      const char *value = cr_identity_get_value (identity, f);
      g_autofree char *key = state_key (f);

      if (state == CR_FIELD_STATE_UNSET)
        continue;

      g_key_file_set_string (key_file, group, key, cr_field_state_to_nick (state));
      if (value != NULL)
        g_key_file_set_string (key_file, group, cr_identity_field_to_nick (f), value);
    }
}

static gboolean
load_identity (CrChild     *child,
               GKeyFile    *key_file,
               const char  *group,
               GError     **error)
{
  g_autoptr(CrIdentity) identity = cr_identity_new ();

  for (guint f = 0; f <= CR_IDENTITY_FIELD_LAST; f++)
    {
      g_autofree char *key = state_key (f);
      g_autofree char *state_nick = _cr_draft_get_text (key_file, group, key, 0);
      g_autofree char *value = _cr_draft_get_text (key_file, group,
                                                   cr_identity_field_to_nick (f), TEXT_CAP);
      CrFieldState state = CR_FIELD_STATE_UNSET;

      if (state_nick != NULL && !cr_field_state_from_nick (state_nick, &state))
        return _cr_draft_fail (error);

      /* A value belongs to a known field, and a known field has one. */
      if ((value != NULL) != (state == CR_FIELD_STATE_KNOWN))
        return _cr_draft_fail (error);

      if (state == CR_FIELD_STATE_KNOWN)
        cr_identity_set_value (identity, f, value);
      else if (state != CR_FIELD_STATE_UNSET)
        cr_identity_set_state (identity, f, state);
    }

  cr_child_set_identity (child, identity);
  return TRUE;
}

static gboolean
load_child (CrReferral  *self,
            GKeyFile    *key_file,
            const char  *group,
            GError     **error)
{
  g_autoptr(CrChild) child = cr_child_new ();
  g_autofree char *pseudonym = _cr_draft_get_text (key_file, group, "pseudonym", 60);
  gint64 id = 0, case_id = 0;
  gboolean has_identity = FALSE;

  if (!_cr_draft_get_int64 (key_file, group, "id", 0, &id) ||
      !_cr_draft_get_int64 (key_file, group, "case-id", 0, &case_id))
    return _cr_draft_fail (error);

  if (g_key_file_has_key (key_file, group, "identity", NULL))
    {
      g_autoptr(GError) local_error = NULL;

      has_identity = g_key_file_get_boolean (key_file, group, "identity", &local_error);
      if (local_error != NULL)
        return _cr_draft_fail (error);
    }

  cr_child_set_id (child, id);
  cr_child_set_case_id (child, case_id);
  cr_child_set_pseudonym (child, pseudonym);

  if (has_identity && !load_identity (child, key_file, group, error))
    return FALSE;

  g_list_store_append (cr_referral_get_children (self), child);
  return TRUE;
}

/* ---- Involvements ------------------------------------------------------ */

static void
save_involvement (CrInvolvement *involvement,
                  GKeyFile      *key_file,
                  const char    *group)
{
  g_key_file_set_int64 (key_file, group, "id", cr_involvement_get_id (involvement));
  g_key_file_set_int64 (key_file, group, "case-id", cr_involvement_get_case_id (involvement));
  g_key_file_set_int64 (key_file, group, "agency-id", cr_involvement_get_agency_id (involvement));
  if (cr_involvement_get_agency_name (involvement) != NULL)
    g_key_file_set_string (key_file, group, "agency-name",
                           cr_involvement_get_agency_name (involvement));
  if (cr_involvement_get_role (involvement) != NULL)
    g_key_file_set_string (key_file, group, "role", cr_involvement_get_role (involvement));
}

static gboolean
load_involvement (CrReferral  *self,
                  GKeyFile    *key_file,
                  const char  *group,
                  GError     **error)
{
  g_autoptr(CrInvolvement) involvement = cr_involvement_new ();
  g_autofree char *name = _cr_draft_get_text (key_file, group, "agency-name", 200);
  g_autofree char *role = _cr_draft_get_text (key_file, group, "role", 200);
  gint64 id = 0, case_id = 0, agency_id = 0;

  if (!_cr_draft_get_int64 (key_file, group, "id", 0, &id) ||
      !_cr_draft_get_int64 (key_file, group, "case-id", 0, &case_id) ||
      !_cr_draft_get_int64 (key_file, group, "agency-id", 0, &agency_id))
    return _cr_draft_fail (error);

  cr_involvement_set_id (involvement, id);
  cr_involvement_set_case_id (involvement, case_id);
  cr_involvement_set_agency_id (involvement, agency_id);
  cr_involvement_set_agency_name (involvement, name);
  cr_involvement_set_role (involvement, role);

  g_list_store_append (cr_referral_get_involvements (self), involvement);
  return TRUE;
}

/* ---- The draft --------------------------------------------------------- */

/**
 * cr_referral_to_draft:
 * @self: a referral
 * @step: the assistant's page the user is on
 *
 * Returns: (transfer full): the draft text
 */
char *
cr_referral_to_draft (CrReferral *self,
                      int         step)
{
  g_autoptr(GKeyFile) key_file = NULL;
  GListModel *children, *involvements;

  g_return_val_if_fail (CR_IS_REFERRAL (self), NULL);
  g_return_val_if_fail (step >= 0 && step < CR_REFERRAL_N_STEPS, NULL);

  key_file = _cr_draft_new (DRAFT_KIND, step);
  cr_record_save_to_key_file (CR_RECORD (self), key_file, RECORD_GROUP);

  children = G_LIST_MODEL (cr_referral_get_children (self));
  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(CrChild) child = g_list_model_get_item (children, i);
      g_autofree char *group = _cr_draft_group ("child", i);

      save_child (child, key_file, group);
    }

  involvements = G_LIST_MODEL (cr_referral_get_involvements (self));
  for (guint i = 0; i < g_list_model_get_n_items (involvements); i++)
    {
      g_autoptr(CrInvolvement) involvement = g_list_model_get_item (involvements, i);
      g_autofree char *group = _cr_draft_group ("involvement", i);

      save_involvement (involvement, key_file, group);
    }

  _cr_draft_save_records (key_file, "process",
                          G_LIST_MODEL (cr_referral_get_processes (self)));

  return g_key_file_to_data (key_file, NULL, NULL);
}

/**
 * cr_referral_new_from_draft:
 * @data: a draft written by cr_referral_to_draft()
 * @step: (out) (optional): the page the user was on
 * @error: return location for a %CR_CASE_ERROR_INVALID error
 *
 * Returns: (transfer full) (nullable): the referral, or %NULL when @data is
 *   not a referral draft
 */
CrReferral *
cr_referral_new_from_draft (const char  *data,
                            int         *step,
                            GError     **error)
{
  g_autoptr(GKeyFile) key_file = NULL;
  g_autoptr(CrReferral) self = NULL;
  int draft_step = 0;
  guint n;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  key_file = _cr_draft_open (data, DRAFT_KIND, CR_REFERRAL_N_STEPS, RECORD_GROUP,
                             list_prefixes, &draft_step, error);
  if (key_file == NULL)
    return NULL;

  self = cr_referral_new ();
  if (!_cr_draft_load_record (CR_RECORD (self), key_file, RECORD_GROUP, error))
    return NULL;

  n = _cr_draft_count (key_file, "child");
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *group = _cr_draft_group ("child", i);

      if (!load_child (self, key_file, group, error))
        return NULL;
    }

  n = _cr_draft_count (key_file, "involvement");
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *group = _cr_draft_group ("involvement", i);

      if (!load_involvement (self, key_file, group, error))
        return NULL;
    }

  if (!_cr_draft_load_records (key_file, "process", CR_TYPE_PARALLEL_PROCESS,
                               cr_referral_get_processes (self), error))
    return NULL;

  if (step != NULL)
    *step = draft_step;

  return g_steal_pointer (&self);
}
