/* cr-identity.c: the restricted identity of a child or family member */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrIdentity"

#include "config.h"

#include "cr-identity.h"

#include "cr-case-status.h"
#include "cr-enum-types.h"
#include "cr-util.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#define N_FIELDS (CR_IDENTITY_FIELD_LAST + 1)
#define N_FIELD_STATES (CR_FIELD_STATE_DECLINED + 1)

struct _CrIdentity
{
  GObject       parent_instance;

  char         *values[N_FIELDS];
  CrFieldState  states[N_FIELDS];
};

G_DEFINE_FINAL_TYPE (CrIdentity, cr_identity, G_TYPE_OBJECT)

/* Property ids: 1 + 2 * field for the value, 2 + 2 * field for the state. */
#define PROP_VALUE(f) (1 + 2 * (guint) (f))
#define PROP_STATE(f) (2 + 2 * (guint) (f))
#define N_PROPS       (1 + 2 * N_FIELDS)

static GParamSpec *properties[N_PROPS];

typedef struct
{
  const char *nick;        /* the property name and database token */
  const char *state_name;  /* the "-state" property name */
  const char *label;       /* N_() */
  gsize       max_chars;
} FieldInfo;

/* The nicks match glib-mkenums' nicks for CrIdentityField. */
static const FieldInfo fields[N_FIELDS] = {
  [CR_IDENTITY_FIELD_NAME] = { "name", "name-state", N_("Name"), 200 },
  [CR_IDENTITY_FIELD_DATE_OF_BIRTH] = { "date-of-birth", "date-of-birth-state", N_("Date of birth"), 10 },
  [CR_IDENTITY_FIELD_AGE] = { "age", "age-state", N_("Age"), 3 },
  [CR_IDENTITY_FIELD_SEX] = { "sex", "sex-state", N_("Sex"), 60 },
  [CR_IDENTITY_FIELD_ETHNICITY] = { "ethnicity", "ethnicity-state", N_("Ethnicity"), 120 },
  [CR_IDENTITY_FIELD_DISABILITY] = { "disability", "disability-state", N_("Disability"), 200 },
  [CR_IDENTITY_FIELD_LOOKED_AFTER] = { "looked-after", "looked-after-state", N_("Looked after"), 200 },
  [CR_IDENTITY_FIELD_CIN_CP_PLAN] = { "cin-cp-plan", "cin-cp-plan-state", N_("Child in need or protection plan"), 200 },
  [CR_IDENTITY_FIELD_ADDRESS] = { "address", "address-state", N_("Address"), 500 },
};

static const struct
{
  const char *nick;
  const char *label;
} field_states[N_FIELD_STATES] = {
  [CR_FIELD_STATE_UNSET] = { "unset", N_("Not recorded") },
  [CR_FIELD_STATE_KNOWN] = { "known", N_("Known") },
  [CR_FIELD_STATE_NOT_KNOWN] = { "not-known", N_("Not known") },
  [CR_FIELD_STATE_DECLINED] = { "declined", N_("Declined") },
};

/*
 * Helpers
 */

/* Identity values are the most sensitive data the application holds:
 * wipe them before their memory goes back to the allocator. */
static void
wipe_string (char **value)
{
  if (*value != NULL)
    {
      explicit_bzero (*value, strlen (*value));
      g_clear_pointer (value, g_free);
    }
}

/*
 * GObject overrides
 */

static void
cr_identity_finalize (GObject *object)
{
  CrIdentity *self = (CrIdentity *)object;

  for (guint i = 0; i < N_FIELDS; i++)
    wipe_string (&self->values[i]);

  G_OBJECT_CLASS (cr_identity_parent_class)->finalize (object);
}

static void
cr_identity_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CrIdentity *self = CR_IDENTITY (object);
  guint field = (prop_id - 1) / 2;

  if (prop_id == 0 || prop_id >= N_PROPS)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  if (prop_id == PROP_VALUE (field))
    g_value_set_string (value, self->values[field]);
  else
    g_value_set_enum (value, self->states[field]);
}

static void
cr_identity_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  CrIdentity *self = CR_IDENTITY (object);
  guint field = (prop_id - 1) / 2;

  if (prop_id == 0 || prop_id >= N_PROPS)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  if (prop_id == PROP_VALUE (field))
    cr_identity_set_value (self, field, g_value_get_string (value));
  else
    cr_identity_set_state (self, field, g_value_get_enum (value));
}

static void
cr_identity_class_init (CrIdentityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cr_identity_finalize;
  object_class->get_property = cr_identity_get_property;
  object_class->set_property = cr_identity_set_property;

  for (guint i = 0; i < N_FIELDS; i++)
    {
      properties[PROP_VALUE (i)] =
        g_param_spec_string (fields[i].nick, NULL, NULL, NULL, rw);
      properties[PROP_STATE (i)] =
        g_param_spec_enum (fields[i].state_name, NULL, NULL,
                           CR_TYPE_FIELD_STATE, CR_FIELD_STATE_UNSET, rw);
    }

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cr_identity_init (CrIdentity *self)
{
}

/*
 * Public API
 */

CrIdentity *
cr_identity_new (void)
{
  return g_object_new (CR_TYPE_IDENTITY, NULL);
}

CrIdentity *
cr_identity_copy (CrIdentity *self)
{
  CrIdentity *copy;

  g_return_val_if_fail (CR_IS_IDENTITY (self), NULL);

  copy = cr_identity_new ();
  for (guint i = 0; i < N_FIELDS; i++)
    {
      copy->values[i] = g_strdup (self->values[i]);
      copy->states[i] = self->states[i];
    }

  return copy;
}

const char *
cr_identity_get_value (CrIdentity      *self,
                       CrIdentityField  field)
{
  g_return_val_if_fail (CR_IS_IDENTITY (self), NULL);
  g_return_val_if_fail (field < N_FIELDS, NULL);

  return self->values[field];
}

CrFieldState
cr_identity_get_state (CrIdentity      *self,
                       CrIdentityField  field)
{
  g_return_val_if_fail (CR_IS_IDENTITY (self), CR_FIELD_STATE_UNSET);
  g_return_val_if_fail (field < N_FIELDS, CR_FIELD_STATE_UNSET);

  return self->states[field];
}

/**
 * cr_identity_set_value:
 * @self: an identity
 * @field: the field
 * @value: (nullable): the value; %NULL or "" clears it
 *
 * A non-empty value makes the state KNOWN. Clearing a KNOWN value makes
 * the state UNSET; clearing leaves NOT_KNOWN and DECLINED alone.
 */
void
cr_identity_set_value (CrIdentity      *self,
                       CrIdentityField  field,
                       const char      *value)
{
  CrFieldState state;

  g_return_if_fail (CR_IS_IDENTITY (self));
  g_return_if_fail (field < N_FIELDS);

  if (value != NULL && *value == '\0')
    value = NULL;

  state = self->states[field];
  if (value != NULL)
    state = CR_FIELD_STATE_KNOWN;
  else if (state == CR_FIELD_STATE_KNOWN)
    state = CR_FIELD_STATE_UNSET;

  g_object_freeze_notify (G_OBJECT (self));

  if (g_strcmp0 (self->values[field], value) != 0)
    {
      wipe_string (&self->values[field]);
      self->values[field] = g_strdup (value);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE (field)]);
    }

  if (state != self->states[field])
    {
      self->states[field] = state;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE (field)]);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * cr_identity_set_state:
 * @self: an identity
 * @field: the field
 * @state: the new state
 *
 * NOT_KNOWN, DECLINED and UNSET clear the value. KNOWN keeps it (the value
 * may follow).
 */
void
cr_identity_set_state (CrIdentity      *self,
                       CrIdentityField  field,
                       CrFieldState     state)
{
  g_return_if_fail (CR_IS_IDENTITY (self));
  g_return_if_fail (field < N_FIELDS);
  g_return_if_fail (state < N_FIELD_STATES);

  g_object_freeze_notify (G_OBJECT (self));

  if (state != CR_FIELD_STATE_KNOWN && self->values[field] != NULL)
    {
      wipe_string (&self->values[field]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE (field)]);
    }

  if (state != self->states[field])
    {
      self->states[field] = state;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE (field)]);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * cr_identity_dup_display:
 * @self: an identity
 * @field: the field
 *
 * Returns: (transfer full): the value (a date of birth as "3 Feb 2016"),
 *   or "Not known", "Declined" or "Not recorded"
 */
char *
cr_identity_dup_display (CrIdentity      *self,
                         CrIdentityField  field)
{
  g_return_val_if_fail (CR_IS_IDENTITY (self), NULL);
  g_return_val_if_fail (field < N_FIELDS, NULL);

  switch (self->states[field])
    {
    case CR_FIELD_STATE_KNOWN:
      if (self->values[field] == NULL)
        return g_strdup (_("Not recorded"));
      if (field == CR_IDENTITY_FIELD_DATE_OF_BIRTH)
        return cr_date_format_display (self->values[field]);
      return g_strdup (self->values[field]);

    case CR_FIELD_STATE_NOT_KNOWN:
    case CR_FIELD_STATE_DECLINED:
    case CR_FIELD_STATE_UNSET:
    default:
      return g_strdup (cr_field_state_to_label (self->states[field]));
    }
}

static gboolean
validate_age (const char  *value,
              const char  *label,
              GError     **error)
{
  guint64 age = 0;

  if (!g_ascii_string_to_unsigned (value, 10, 0, 24, &age, NULL))
    {
      g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                   /* Translators: %s is the field name, "Age". */
                   _("“%s” must be a whole number of years from 0 to 24 (care leavers up to 24 included)."),
                   label);
      return FALSE;
    }

  return TRUE;
}

gboolean
cr_identity_validate (CrIdentity  *self,
                      GError     **error)
{
  GDate today;

  g_return_val_if_fail (CR_IS_IDENTITY (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  cr_date_set_today (&today);

  for (guint i = 0; i < N_FIELDS; i++)
    {
      const char *value = self->values[i];
      const char *label = _(fields[i].label);

      if (value == NULL)
        continue;

      if (!cr_text_check (value, label, fields[i].max_chars,
                          i == CR_IDENTITY_FIELD_ADDRESS, error))
        return FALSE;

      if (i == CR_IDENTITY_FIELD_DATE_OF_BIRTH &&
          !cr_date_check (value, label, &today, NULL, error))
        return FALSE;

      if (i == CR_IDENTITY_FIELD_AGE && !validate_age (value, label, error))
        return FALSE;
    }

  return TRUE;
}

const char *
cr_identity_field_to_nick (CrIdentityField field)
{
  g_return_val_if_fail (field < N_FIELDS, NULL);

  return fields[field].nick;
}

gboolean
cr_identity_field_from_nick (const char      *nick,
                             CrIdentityField *field)
{
  if (nick == NULL)
    return FALSE;

  for (guint i = 0; i < N_FIELDS; i++)
    {
      if (g_str_equal (nick, fields[i].nick))
        {
          if (field != NULL)
            *field = (CrIdentityField) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
cr_identity_field_to_label (CrIdentityField field)
{
  g_return_val_if_fail (field < N_FIELDS, NULL);

  return _(fields[field].label);
}

const char *
cr_field_state_to_nick (CrFieldState state)
{
  g_return_val_if_fail (state < N_FIELD_STATES, NULL);

  return field_states[state].nick;
}

gboolean
cr_field_state_from_nick (const char   *nick,
                          CrFieldState *state)
{
  if (nick == NULL)
    return FALSE;

  for (guint i = 0; i < N_FIELD_STATES; i++)
    {
      if (g_str_equal (nick, field_states[i].nick))
        {
          if (state != NULL)
            *state = (CrFieldState) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
cr_field_state_to_label (CrFieldState state)
{
  g_return_val_if_fail (state < N_FIELD_STATES, NULL);

  return _(field_states[state].label);
}
