/* cr-child.c: a child in a case, known by pseudonym */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrChild"

#include "config.h"

#include "cr-child.h"

#include "cr-person-private.h"

#include <glib/gi18n.h>

struct _CrChild
{
  GObject         parent_instance;

  CrPersonFields  person;
};

G_DEFINE_FINAL_TYPE (CrChild, cr_child, G_TYPE_OBJECT)

static GParamSpec *properties[CR_PERSON_N_PROPS];

static void
cr_child_dispose (GObject *object)
{
  CrChild *self = (CrChild *)object;

  _cr_person_dispose (&self->person);

  G_OBJECT_CLASS (cr_child_parent_class)->dispose (object);
}

static void
cr_child_finalize (GObject *object)
{
  CrChild *self = (CrChild *)object;

  _cr_person_finalize (&self->person);

  G_OBJECT_CLASS (cr_child_parent_class)->finalize (object);
}

static void
cr_child_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  CrChild *self = CR_CHILD (object);

  if (!_cr_person_get_property (&self->person, prop_id, value))
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cr_child_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  CrChild *self = CR_CHILD (object);

  if (!_cr_person_set_property (object, &self->person, properties, prop_id, value))
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cr_child_class_init (CrChildClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cr_child_dispose;
  object_class->finalize = cr_child_finalize;
  object_class->get_property = cr_child_get_property;
  object_class->set_property = cr_child_set_property;

  _cr_person_init_properties (properties);
  g_object_class_install_properties (object_class, CR_PERSON_N_PROPS, properties);
}

static void
cr_child_init (CrChild *self)
{
}

CrChild *
cr_child_new (void)
{
  return g_object_new (CR_TYPE_CHILD, NULL);
}

gint64
cr_child_get_id (CrChild *self)
{
  g_return_val_if_fail (CR_IS_CHILD (self), 0);

  return self->person.id;
}

void
cr_child_set_id (CrChild *self,
                 gint64   id)
{
  g_return_if_fail (CR_IS_CHILD (self));
  g_return_if_fail (id >= 0);

  _cr_person_set_id (G_OBJECT (self), &self->person, properties, id);
}

gint64
cr_child_get_case_id (CrChild *self)
{
  g_return_val_if_fail (CR_IS_CHILD (self), 0);

  return self->person.case_id;
}

void
cr_child_set_case_id (CrChild *self,
                      gint64   case_id)
{
  g_return_if_fail (CR_IS_CHILD (self));
  g_return_if_fail (case_id >= 0);

  _cr_person_set_case_id (G_OBJECT (self), &self->person, properties, case_id);
}

const char *
cr_child_get_pseudonym (CrChild *self)
{
  g_return_val_if_fail (CR_IS_CHILD (self), NULL);

  return self->person.pseudonym;
}

void
cr_child_set_pseudonym (CrChild    *self,
                        const char *pseudonym)
{
  g_return_if_fail (CR_IS_CHILD (self));

  _cr_person_set_pseudonym (G_OBJECT (self), &self->person, properties, pseudonym);
}

/**
 * cr_child_get_identity:
 * @self: a child
 *
 * Returns: (transfer none) (nullable): the restricted identity, or %NULL
 *   until it has been revealed or entered
 */
CrIdentity *
cr_child_get_identity (CrChild *self)
{
  g_return_val_if_fail (CR_IS_CHILD (self), NULL);

  return self->person.identity;
}

void
cr_child_set_identity (CrChild    *self,
                       CrIdentity *identity)
{
  g_return_if_fail (CR_IS_CHILD (self));
  g_return_if_fail (identity == NULL || CR_IS_IDENTITY (identity));

  _cr_person_set_identity (G_OBJECT (self), &self->person, properties, identity);
}

/**
 * cr_child_validate:
 * @self: a child
 * @error: return location for a %CR_CASE_ERROR_INVALID error
 *
 * Checks the pseudonym (1 to 60 characters on one line) and, when set,
 * the identity.
 *
 * Returns: %TRUE if the child may be stored
 */
gboolean
cr_child_validate (CrChild  *self,
                   GError  **error)
{
  g_return_val_if_fail (CR_IS_CHILD (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _cr_person_validate_pseudonym (&self->person,
                                        _("Enter a pseudonym for the child, for example “Child A”. Never enter the child's real name here."),
                                        error) &&
         _cr_person_validate_identity (&self->person, error);
}
