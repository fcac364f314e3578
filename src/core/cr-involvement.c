/* cr-involvement.c: the involvement of one agency in one case */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrInvolvement"

#include "config.h"

#include "cr-involvement.h"

#include <glib/gi18n.h>

struct _CrInvolvement
{
  GObject  parent_instance;

  gint64   id;
  gint64   case_id;
  gint64   agency_id;
  char    *agency_name;
  char    *role;
};

G_DEFINE_FINAL_TYPE (CrInvolvement, cr_involvement, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CASE_ID,
  PROP_AGENCY_ID,
  PROP_AGENCY_NAME,
  PROP_ROLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Untranslated, as stored; translate with _() for display. */
static const char * const role_suggestions[] = {
  N_("Referring agency"),
  N_("Lead agency"),
  N_("Provided services"),
  N_("Known to agency"),
  N_("Statutory partner"),
  NULL
};

static void
set_string (CrInvolvement  *self,
            char          **field,
            const char     *value,
            guint           prop_id)
{
  if (value != NULL && *value == '\0')
    value = NULL;

  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
set_int64 (CrInvolvement *self,
           gint64        *field,
           gint64         value,
           guint          prop_id)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
cr_involvement_finalize (GObject *object)
{
  CrInvolvement *self = (CrInvolvement *)object;

  g_clear_pointer (&self->agency_name, g_free);
  g_clear_pointer (&self->role, g_free);

  G_OBJECT_CLASS (cr_involvement_parent_class)->finalize (object);
}

static void
cr_involvement_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CrInvolvement *self = CR_INVOLVEMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_CASE_ID:
      g_value_set_int64 (value, self->case_id);
      break;
    case PROP_AGENCY_ID:
      g_value_set_int64 (value, self->agency_id);
      break;
    case PROP_AGENCY_NAME:
      g_value_set_string (value, self->agency_name);
      break;
    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_involvement_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CrInvolvement *self = CR_INVOLVEMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      cr_involvement_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_CASE_ID:
      cr_involvement_set_case_id (self, g_value_get_int64 (value));
      break;
    case PROP_AGENCY_ID:
      cr_involvement_set_agency_id (self, g_value_get_int64 (value));
      break;
    case PROP_AGENCY_NAME:
      cr_involvement_set_agency_name (self, g_value_get_string (value));
      break;
    case PROP_ROLE:
      cr_involvement_set_role (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_involvement_class_init (CrInvolvementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cr_involvement_finalize;
  object_class->get_property = cr_involvement_get_property;
  object_class->set_property = cr_involvement_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_CASE_ID] = g_param_spec_int64 ("case-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_AGENCY_ID] = g_param_spec_int64 ("agency-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_AGENCY_NAME] = g_param_spec_string ("agency-name", NULL, NULL, NULL, rw);
  properties[PROP_ROLE] = g_param_spec_string ("role", NULL, NULL, NULL, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cr_involvement_init (CrInvolvement *self)
{
}

CrInvolvement *
cr_involvement_new (void)
{
  return g_object_new (CR_TYPE_INVOLVEMENT, NULL);
}

gint64
cr_involvement_get_id (CrInvolvement *self)
{
  g_return_val_if_fail (CR_IS_INVOLVEMENT (self), 0);

  return self->id;
}

void
cr_involvement_set_id (CrInvolvement *self,
                       gint64         id)
{
  g_return_if_fail (CR_IS_INVOLVEMENT (self));
  g_return_if_fail (id >= 0);

  set_int64 (self, &self->id, id, PROP_ID);
}

gint64
cr_involvement_get_case_id (CrInvolvement *self)
{
  g_return_val_if_fail (CR_IS_INVOLVEMENT (self), 0);

  return self->case_id;
}

void
cr_involvement_set_case_id (CrInvolvement *self,
                            gint64         case_id)
{
  g_return_if_fail (CR_IS_INVOLVEMENT (self));
  g_return_if_fail (case_id >= 0);

  set_int64 (self, &self->case_id, case_id, PROP_CASE_ID);
}

gint64
cr_involvement_get_agency_id (CrInvolvement *self)
{
  g_return_val_if_fail (CR_IS_INVOLVEMENT (self), 0);

  return self->agency_id;
}

void
cr_involvement_set_agency_id (CrInvolvement *self,
                              gint64         agency_id)
{
  g_return_if_fail (CR_IS_INVOLVEMENT (self));
  g_return_if_fail (agency_id >= 0);

  set_int64 (self, &self->agency_id, agency_id, PROP_AGENCY_ID);
}

const char *
cr_involvement_get_agency_name (CrInvolvement *self)
{
  g_return_val_if_fail (CR_IS_INVOLVEMENT (self), NULL);

  return self->agency_name;
}

void
cr_involvement_set_agency_name (CrInvolvement *self,
                                const char    *agency_name)
{
  g_return_if_fail (CR_IS_INVOLVEMENT (self));

  set_string (self, &self->agency_name, agency_name, PROP_AGENCY_NAME);
}

const char *
cr_involvement_get_role (CrInvolvement *self)
{
  g_return_val_if_fail (CR_IS_INVOLVEMENT (self), NULL);

  return self->role;
}

void
cr_involvement_set_role (CrInvolvement *self,
                         const char    *role)
{
  g_return_if_fail (CR_IS_INVOLVEMENT (self));

  set_string (self, &self->role, role, PROP_ROLE);
}

const char * const *
cr_involvement_get_role_suggestions (void)
{
  return role_suggestions;
}
