/* cr-person-private.c: the fields a child and a family member share */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrPerson"

#include "config.h"

#include "cr-person-private.h"

#include "cr-case-private.h"
#include "cr-case-status.h"
#include "cr-util.h"

#include <glib/gi18n.h>

void
_cr_person_init_properties (GParamSpec **properties)
{
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  properties[CR_PERSON_PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[CR_PERSON_PROP_CASE_ID] =
    g_param_spec_int64 ("case-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[CR_PERSON_PROP_PSEUDONYM] =
    g_param_spec_string ("pseudonym", NULL, NULL, NULL, rw);
  properties[CR_PERSON_PROP_IDENTITY] =
    g_param_spec_object ("identity", NULL, NULL, CR_TYPE_IDENTITY, rw);
}

void
_cr_person_dispose (CrPersonFields *person)
{
  g_clear_object (&person->identity);
}

void
_cr_person_finalize (CrPersonFields *person)
{
  g_clear_pointer (&person->pseudonym, g_free);
}

gboolean
_cr_person_get_property (const CrPersonFields *person,
                         guint                 prop_id,
                         GValue               *value)
{
  switch (prop_id)
    {
    case CR_PERSON_PROP_ID:
      g_value_set_int64 (value, person->id);
      return TRUE;
    case CR_PERSON_PROP_CASE_ID:
      g_value_set_int64 (value, person->case_id);
      return TRUE;
    case CR_PERSON_PROP_PSEUDONYM:
      g_value_set_string (value, person->pseudonym);
      return TRUE;
    case CR_PERSON_PROP_IDENTITY:
      g_value_set_object (value, person->identity);
      return TRUE;
    default:
      return FALSE;
    }
}

/* GObject has already checked @value against the property's range and
 * type, as the public setters do. */
gboolean
_cr_person_set_property (GObject         *object,
                         CrPersonFields  *person,
                         GParamSpec     **properties,
                         guint            prop_id,
                         const GValue    *value)
{
  switch (prop_id)
    {
    case CR_PERSON_PROP_ID:
      _cr_person_set_id (object, person, properties, g_value_get_int64 (value));
      return TRUE;
    case CR_PERSON_PROP_CASE_ID:
      _cr_person_set_case_id (object, person, properties, g_value_get_int64 (value));
      return TRUE;
    case CR_PERSON_PROP_PSEUDONYM:
      _cr_person_set_pseudonym (object, person, properties, g_value_get_string (value));
      return TRUE;
    case CR_PERSON_PROP_IDENTITY:
      _cr_person_set_identity (object, person, properties, g_value_get_object (value));
      return TRUE;
    default:
      return FALSE;
    }
}

void
_cr_person_set_id (GObject         *object,
                   CrPersonFields  *person,
                   GParamSpec     **properties,
                   gint64           id)
{
  if (person->id == id)
    return;

  person->id = id;
  g_object_notify_by_pspec (object, properties[CR_PERSON_PROP_ID]);
}

void
_cr_person_set_case_id (GObject         *object,
                        CrPersonFields  *person,
                        GParamSpec     **properties,
                        gint64           case_id)
{
  if (person->case_id == case_id)
    return;

  person->case_id = case_id;
  g_object_notify_by_pspec (object, properties[CR_PERSON_PROP_CASE_ID]);
}

void
_cr_person_set_pseudonym (GObject         *object,
                          CrPersonFields  *person,
                          GParamSpec     **properties,
                          const char      *pseudonym)
{
  _cr_person_set_string (object, &person->pseudonym, pseudonym,
                         properties[CR_PERSON_PROP_PSEUDONYM]);
}

void
_cr_person_set_identity (GObject         *object,
                         CrPersonFields  *person,
                         GParamSpec     **properties,
                         CrIdentity      *identity)
{
  if (g_set_object (&person->identity, identity))
    g_object_notify_by_pspec (object, properties[CR_PERSON_PROP_IDENTITY]);
}

void
_cr_person_set_string (GObject     *object,
                       char       **field,
                       const char  *value,
                       GParamSpec  *pspec)
{
  if (_cr_case_replace_string (field, value))
    g_object_notify_by_pspec (object, pspec);
}

gboolean
_cr_person_validate_pseudonym (const CrPersonFields  *person,
                               const char            *missing_message,
                               GError               **error)
{
  if (person->pseudonym == NULL)
    {
      g_set_error_literal (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID, missing_message);
      return FALSE;
    }

  return cr_text_check (person->pseudonym, _("Pseudonym"), 60, FALSE, error);
}

gboolean
_cr_person_validate_identity (const CrPersonFields  *person,
                              GError               **error)
{
  return person->identity == NULL || cr_identity_validate (person->identity, error);
}
