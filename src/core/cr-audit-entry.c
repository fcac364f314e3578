/* cr-audit-entry.c: one row of the audit trail */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrAuditEntry"

#include "config.h"

#include "cr-audit-entry.h"

/* An audit row never changes once written, so every property is set at
 * construction and read-only afterwards. */
struct _CrAuditEntry
{
  GObject  parent_instance;

  gint64   id;
  gint64   entity_id;
  gint64   case_id;
  char    *at;
  char    *os_user;
  char    *action;
  char    *entity;
  char    *field;
  char    *old_value;
  char    *new_value;
};

G_DEFINE_FINAL_TYPE (CrAuditEntry, cr_audit_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_AT,
  PROP_OS_USER,
  PROP_ACTION,
  PROP_ENTITY,
  PROP_ENTITY_ID,
  PROP_CASE_ID,
  PROP_FIELD,
  PROP_OLD_VALUE,
  PROP_NEW_VALUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char **
string_field (CrAuditEntry *self,
              guint         prop_id)
{
  switch (prop_id)
    {
    case PROP_AT:
      return &self->at;
    case PROP_OS_USER:
      return &self->os_user;
    case PROP_ACTION:
      return &self->action;
    case PROP_ENTITY:
      return &self->entity;
    case PROP_FIELD:
      return &self->field;
    case PROP_OLD_VALUE:
      return &self->old_value;
    case PROP_NEW_VALUE:
      return &self->new_value;
    default:
      return NULL;
    }
}

static gint64 *
int64_field (CrAuditEntry *self,
             guint         prop_id)
{
  switch (prop_id)
    {
    case PROP_ID:
      return &self->id;
    case PROP_ENTITY_ID:
      return &self->entity_id;
    case PROP_CASE_ID:
      return &self->case_id;
    default:
      return NULL;
    }
}

static void
cr_audit_entry_finalize (GObject *object)
{
  CrAuditEntry *self = (CrAuditEntry *)object;

  g_clear_pointer (&self->at, g_free);
  g_clear_pointer (&self->os_user, g_free);
  g_clear_pointer (&self->action, g_free);
  g_clear_pointer (&self->entity, g_free);
  g_clear_pointer (&self->field, g_free);
  g_clear_pointer (&self->old_value, g_free);
  g_clear_pointer (&self->new_value, g_free);

  G_OBJECT_CLASS (cr_audit_entry_parent_class)->finalize (object);
}

static void
cr_audit_entry_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CrAuditEntry *self = CR_AUDIT_ENTRY (object);
  char **string = string_field (self, prop_id);
  gint64 *number = int64_field (self, prop_id);

  if (string != NULL)
    g_value_set_string (value, *string);
  else if (number != NULL)
    g_value_set_int64 (value, *number);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cr_audit_entry_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CrAuditEntry *self = CR_AUDIT_ENTRY (object);
  char **string = string_field (self, prop_id);
  gint64 *number = int64_field (self, prop_id);

  if (string != NULL)
    {
      g_free (*string);
      *string = g_value_dup_string (value);
    }
  else if (number != NULL)
    {
      *number = g_value_get_int64 (value);
    }
  else
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_audit_entry_class_init (CrAuditEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cr_audit_entry_finalize;
  object_class->get_property = cr_audit_entry_get_property;
  object_class->set_property = cr_audit_entry_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_AT] = g_param_spec_string ("at", NULL, NULL, NULL, flags);
  properties[PROP_OS_USER] = g_param_spec_string ("os-user", NULL, NULL, NULL, flags);
  properties[PROP_ACTION] = g_param_spec_string ("action", NULL, NULL, NULL, flags);
  properties[PROP_ENTITY] = g_param_spec_string ("entity", NULL, NULL, NULL, flags);
  properties[PROP_ENTITY_ID] = g_param_spec_int64 ("entity-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_CASE_ID] = g_param_spec_int64 ("case-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_FIELD] = g_param_spec_string ("field", NULL, NULL, NULL, flags);
  properties[PROP_OLD_VALUE] = g_param_spec_string ("old-value", NULL, NULL, NULL, flags);
  properties[PROP_NEW_VALUE] = g_param_spec_string ("new-value", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cr_audit_entry_init (CrAuditEntry *self)
{
}

CrAuditEntry *
cr_audit_entry_new (gint64      id,
                    const char *at,
                    const char *os_user,
                    const char *action,
                    const char *entity,
                    gint64      entity_id,
                    gint64      case_id,
                    const char *field,
                    const char *old_value,
                    const char *new_value)
{
  g_return_val_if_fail (id >= 0 && entity_id >= 0 && case_id >= 0, NULL);

  return g_object_new (CR_TYPE_AUDIT_ENTRY,
                       "id", id,
                       "at", at,
                       "os-user", os_user,
                       "action", action,
                       "entity", entity,
                       "entity-id", entity_id,
                       "case-id", case_id,
                       "field", field,
                       "old-value", old_value,
                       "new-value", new_value,
                       NULL);
}

gint64
cr_audit_entry_get_id (CrAuditEntry *self)
{
  g_return_val_if_fail (CR_IS_AUDIT_ENTRY (self), 0);

  return self->id;
}

const char *
cr_audit_entry_get_at (CrAuditEntry *self)
{
  g_return_val_if_fail (CR_IS_AUDIT_ENTRY (self), NULL);

  return self->at;
}

const char *
cr_audit_entry_get_os_user (CrAuditEntry *self)
{
  g_return_val_if_fail (CR_IS_AUDIT_ENTRY (self), NULL);

  return self->os_user;
}

const char *
cr_audit_entry_get_action (CrAuditEntry *self)
{
  g_return_val_if_fail (CR_IS_AUDIT_ENTRY (self), NULL);

  return self->action;
}

const char *
cr_audit_entry_get_entity (CrAuditEntry *self)
{
  g_return_val_if_fail (CR_IS_AUDIT_ENTRY (self), NULL);

  return self->entity;
}

gint64
cr_audit_entry_get_entity_id (CrAuditEntry *self)
{
  g_return_val_if_fail (CR_IS_AUDIT_ENTRY (self), 0);

  return self->entity_id;
}

gint64
cr_audit_entry_get_case_id (CrAuditEntry *self)
{
  g_return_val_if_fail (CR_IS_AUDIT_ENTRY (self), 0);

  return self->case_id;
}

const char *
cr_audit_entry_get_field (CrAuditEntry *self)
{
  g_return_val_if_fail (CR_IS_AUDIT_ENTRY (self), NULL);

  return self->field;
}

const char *
cr_audit_entry_get_old_value (CrAuditEntry *self)
{
  g_return_val_if_fail (CR_IS_AUDIT_ENTRY (self), NULL);

  return self->old_value;
}

const char *
cr_audit_entry_get_new_value (CrAuditEntry *self)
{
  g_return_val_if_fail (CR_IS_AUDIT_ENTRY (self), NULL);

  return self->new_value;
}
