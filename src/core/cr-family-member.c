/* cr-family-member.c: a family member or carer in a case, by pseudonym */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrFamilyMember"

#include "config.h"

#include "cr-family-member.h"

#include "cr-person-private.h"
#include "cr-util.h"

#include <glib/gi18n.h>

struct _CrFamilyMember
{
  GObject         parent_instance;

  CrPersonFields  person;
  char           *relationship;
};

G_DEFINE_FINAL_TYPE (CrFamilyMember, cr_family_member, G_TYPE_OBJECT)

enum {
  PROP_RELATIONSHIP = CR_PERSON_N_PROPS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cr_family_member_dispose (GObject *object)
{
  CrFamilyMember *self = (CrFamilyMember *)object;

  _cr_person_dispose (&self->person);

  G_OBJECT_CLASS (cr_family_member_parent_class)->dispose (object);
}

static void
cr_family_member_finalize (GObject *object)
{
  CrFamilyMember *self = (CrFamilyMember *)object;

  _cr_person_finalize (&self->person);
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

  if (prop_id == PROP_RELATIONSHIP)
    g_value_set_string (value, self->relationship);
  else if (!_cr_person_get_property (&self->person, prop_id, value))
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cr_family_member_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CrFamilyMember *self = CR_FAMILY_MEMBER (object);

  if (prop_id == PROP_RELATIONSHIP)
    cr_family_member_set_relationship (self, g_value_get_string (value));
  else if (!_cr_person_set_property (object, &self->person, properties, prop_id, value))
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cr_family_member_class_init (CrFamilyMemberClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cr_family_member_dispose;
  object_class->finalize = cr_family_member_finalize;
  object_class->get_property = cr_family_member_get_property;
  object_class->set_property = cr_family_member_set_property;

  _cr_person_init_properties (properties);
  properties[PROP_RELATIONSHIP] =
    g_param_spec_string ("relationship", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

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

  return self->person.id;
}

void
cr_family_member_set_id (CrFamilyMember *self,
                         gint64          id)
{
  g_return_if_fail (CR_IS_FAMILY_MEMBER (self));
  g_return_if_fail (id >= 0);

  _cr_person_set_id (G_OBJECT (self), &self->person, properties, id);
}

gint64
cr_family_member_get_case_id (CrFamilyMember *self)
{
  g_return_val_if_fail (CR_IS_FAMILY_MEMBER (self), 0);

  return self->person.case_id;
}

void
cr_family_member_set_case_id (CrFamilyMember *self,
                              gint64          case_id)
{
  g_return_if_fail (CR_IS_FAMILY_MEMBER (self));
  g_return_if_fail (case_id >= 0);

  _cr_person_set_case_id (G_OBJECT (self), &self->person, properties, case_id);
}

const char *
cr_family_member_get_pseudonym (CrFamilyMember *self)
{
  g_return_val_if_fail (CR_IS_FAMILY_MEMBER (self), NULL);

  return self->person.pseudonym;
}

void
cr_family_member_set_pseudonym (CrFamilyMember *self,
                                const char     *pseudonym)
{
  g_return_if_fail (CR_IS_FAMILY_MEMBER (self));

  _cr_person_set_pseudonym (G_OBJECT (self), &self->person, properties, pseudonym);
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

  _cr_person_set_string (G_OBJECT (self), &self->relationship, relationship,
                         properties[PROP_RELATIONSHIP]);
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

  return self->person.identity;
}

void
cr_family_member_set_identity (CrFamilyMember *self,
                               CrIdentity     *identity)
{
  g_return_if_fail (CR_IS_FAMILY_MEMBER (self));
  g_return_if_fail (identity == NULL || CR_IS_IDENTITY (identity));

  _cr_person_set_identity (G_OBJECT (self), &self->person, properties, identity);
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

  return _cr_person_validate_pseudonym (&self->person,
                                        _("Enter a pseudonym for the family member, for example “Mother of Child A”. Never enter a real name here."),
                                        error) &&
         cr_text_check (self->relationship, _("Relationship"), 100, FALSE, error) &&
         _cr_person_validate_identity (&self->person, error);
}
