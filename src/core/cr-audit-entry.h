/* cr-audit-entry.h: one row of the audit trail */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CR_TYPE_AUDIT_ENTRY (cr_audit_entry_get_type())

G_DECLARE_FINAL_TYPE (CrAuditEntry, cr_audit_entry, CR, AUDIT_ENTRY, GObject)

/* Read-only properties: id, at (ISO 8601 UTC date-time), os-user,
 * action ("insert", "update", "delete", "reveal"), entity ("case", "child",
 * "agency", ...), entity-id, case-id (0 if none), field, old-value,
 * new-value. Values of restricted identity fields are never copied into the
 * audit trail in clear: the trail records that they changed. */

CrAuditEntry *cr_audit_entry_new             (gint64      id,
                                              const char *at,
                                              const char *os_user,
                                              const char *action,
                                              const char *entity,
                                              gint64      entity_id,
                                              gint64      case_id,
                                              const char *field,
                                              const char *old_value,
                                              const char *new_value);
gint64        cr_audit_entry_get_id          (CrAuditEntry *self);
const char   *cr_audit_entry_get_at          (CrAuditEntry *self);
const char   *cr_audit_entry_get_os_user     (CrAuditEntry *self);
const char   *cr_audit_entry_get_action      (CrAuditEntry *self);
const char   *cr_audit_entry_get_entity      (CrAuditEntry *self);
gint64        cr_audit_entry_get_entity_id   (CrAuditEntry *self);
gint64        cr_audit_entry_get_case_id     (CrAuditEntry *self);
const char   *cr_audit_entry_get_field       (CrAuditEntry *self);
const char   *cr_audit_entry_get_old_value   (CrAuditEntry *self);
const char   *cr_audit_entry_get_new_value   (CrAuditEntry *self);

G_END_DECLS
