/* cr-family-member.c: a family member or carer in a case, by pseudonym */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrFamilyMember"

#include "config.h"

#include "cr-family-member.h"

#include "cr-case-status.h"
#include "cr-util.h"

#include <glib/gi18n.h>

struct _CrFamilyMember
{
  GObject     parent_instance;

  gint64      id;
  gint64      case_id;
  char       *pseudonym;
  char       *relationship;
  CrIdentity *identity;
};

G_DEFINE_FINAL_TYPE (CrFamilyMember, cr_family_member, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CASE_ID,
  PROP_PSEUDONYM,
  PROP_RELATIONSHIP,
  PROP_IDENTITY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
replace_string (char       **field,
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
cr_family_member_dispose (GObject *object)
{
  CrFamilyMember *self = (CrFamilyMember *)object;

  g_clear_object (&self->identity);

  G_OBJECT_CLASS (cr_family_member_parent_class)->dispose (object);
}

static void
cr_family_member_finalize (GObject *object)
{
  CrFamilyMember *self = (CrFamilyMember *)object;

  g_clear_pointer (&self->pseudonym, g_free);
  g_clear_pointer (&self->relationship, g_free);

  G_OBJECT_CLASS (cr_family_member_parent_class)->finalize (object);
}

static void
cr_family_member_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CrFamilyMember *self = CR_FAMILY_MEMBER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_CASE_ID:
      g_value_set_int64 (value, self->case_id);
      break;
    case PROP_PSEUDONYM:
      g_value_set_string (value, self->pseudonym);
      break;
    case PROP_RELATIONSHIP:
      g_value_set_string (value, self->relationship);
      break;
    case PROP_IDENTITY:
      g_value_set_object (value, self->identity);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_family_member_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CrFamilyMember *self = CR_FAMILY_MEMBER (object);

  switch (prop_id)
    {
    case PROP_ID:
      cr_family_member_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_CASE_ID:
      cr_family_member_set_case_id (self, g_value_get_int64 (value));
      break;
    case PROP_PSEUDONYM:
      cr_family_member_set_pseudonym (self, g_value_get_string (value));
      break;
    case PROP_RELATIONSHIP:
      cr_family_member_set_relationship (self, g_value_get_string (value));
      break;
    case PROP_IDENTITY:
      cr_family_member_set_identity (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_family_member_class_init (CrFamilyMemberClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = cr_family_member_dispose;
  object_class->finalize = cr_family_member_finalize;
  object_class->get_property = cr_family_member_get_property;
  object_class->set_property = cr_family_member_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_CASE_ID] = g_param_spec_int64 ("case-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_PSEUDONYM] = g_param_spec_string ("pseudonym", NULL, NULL, NULL, rw);
  properties[PROP_RELATIONSHIP] = g_param_spec_string ("relationship", NULL, NULL, NULL, rw);
  properties[PROP_IDENTITY] = g_param_spec_object ("identity", NULL, NULL, CR_TYPE_IDENTITY, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cr_family_member_init (CrFamilyMember *self)
{
}

CrFamilyMember *
cr_family_member_new (void)
{
  return g_object_new (CR_TYPE_FAMILY_MEMBER, NULL);
}

gint64
cr_family_member_get_id (CrFamilyMember *self)
{
  g_return_val_if_fail (CR_IS_FAMILY_MEMBER (self), 0);

  return self->id;
}

void
cr_family_member_set_id (CrFamilyMember *self,
                         gint64          id)
{
  g_return_if_fail (CR_IS_FAMILY_MEMBER (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
cr_family_member_get_case_id (CrFamilyMember *self)
{
  g_return_val_if_fail (CR_IS_FAMILY_MEMBER (self), 0);

  return self->case_id;
}

void
cr_family_member_set_case_id (CrFamilyMember *self,
                              gint64          case_id)
{
  g_return_if_fail (CR_IS_FAMILY_MEMBER (self));
  g_return_if_fail (case_id >= 0);

  if (self->case_id == case_id)
    return;

  self->case_id = case_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE_ID]);
}

const char *
cr_family_member_get_pseudonym (CrFamilyMember *self)
{
  g_return_val_if_fail (CR_IS_FAMILY_MEMBER (self), NULL);

  return self->pseudonym;
}

void
cr_family_member_set_pseudonym (CrFamilyMember *self,
                                const char     *pseudonym)
{
  g_return_if_fail (CR_IS_FAMILY_MEMBER (self));

  if (replace_string (&self->pseudonym, pseudonym))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PSEUDONYM]);
}

const char *
cr_family_member_get_relationship (CrFamilyMember *self)
{
  g_return_val_if_fail (CR_IS_FAMILY_MEMBER (self), NULL);

  return self->relationship;
}

void
cr_family_member_set_relationship (CrFamilyMember *self,
                                   const char     *relationship)
{
  g_return_if_fail (CR_IS_FAMILY_MEMBER (self));

  if (replace_string (&self->relationship, relationship))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RELATIONSHIP]);
}

/**
 * cr_family_member_get_identity:
 * @self: a family member
 *
 * Returns: (transfer none) (nullable): the restricted identity, or %NULL
 *   until it has been revealed or entered
 */
CrIdentity *
cr_family_member_get_identity (CrFamilyMember *self)
{
  g_return_val_if_fail (CR_IS_FAMILY_MEMBER (self), NULL);

  return self->identity;
}

void
cr_family_member_set_identity (CrFamilyMember *self,
                               CrIdentity     *identity)
{
  g_return_if_fail (CR_IS_FAMILY_MEMBER (self));
  g_return_if_fail (identity == NULL || CR_IS_IDENTITY (identity));

  if (g_set_object (&self->identity, identity))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IDENTITY]);
}

/**
 * cr_family_member_validate:
 * @self: a family member
 * @error: return location for a %CR_CASE_ERROR_INVALID error
 *
 * Checks the pseudonym (1 to 60 characters on one line), the relationship
 * (at most 100 characters on one line) and, when set, the identity.
 *
 * Returns: %TRUE if the family member may be stored
 */
gboolean
cr_family_member_validate (CrFamilyMember  *self,
                           GError         **error)
{
  g_return_val_if_fail (CR_IS_FAMILY_MEMBER (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->pseudonym == NULL)
    {
      g_set_error_literal (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                           _("Enter a pseudonym for the family member, for example “Mother of Child A”. Never enter a real name here."));
      return FALSE;
    }

  if (!cr_text_check (self->pseudonym, _("Pseudonym"), 60, FALSE, error) ||
      !cr_text_check (self->relationship, _("Relationship"), 100, FALSE, error))
    return FALSE;

  return self->identity == NULL || cr_identity_validate (self->identity, error);
}
