/* cr-migrations-sql.h: the SQL building blocks shared by the migrations
 * (cr-migrations.c: 1 to 5, cr-migration-6.c: 6, cr-migration-7.c: 7).
 * Private to storage. */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>
#include <glib.h>

G_BEGIN_DECLS

/*
 * These macros are part of the released migrations: a database at version
 * k must have exactly the schema migrations 1..k build, so changing one
 * changes an old migration. Add new ones instead.
 */

#define NOW_SQL "strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')"

#define CASE_STATUS_NICKS \
  "'referred', 'notification-decision', 'notified', 'rapid-review', " \
  "'rapid-review-decision', 'awaiting-panel', 'lcspr-commissioning', " \
  "'lcspr-evidence', 'lcspr-analysis', 'lcspr-sign-off', 'paused', " \
  "'pre-publication', 'published', 'published-improvements', " \
  "'action-monitoring', 'dissemination', 'closed', 'not-notifiable', " \
  "'rapid-review-not-required', 'no-further-review', " \
  "'other-learning-review', 'national-review'"

/* A real day written YYYY-MM-DD: SQLite 3.40's date() keeps "2025-02-30"
 * as it is unless a modifier makes it normalise the day. */
#define DATE_COLUMN(name) \
  name " TEXT CHECK (date (" name ", '+0 days') IS " name ")"

#define AUDIT_INSERT \
  "INSERT INTO audit (os_user, action, entity, entity_id, case_id, field, old_value, new_value) "

/* "key='value', other=NULL": unambiguous, and built only from functions
 * that are SQLITE_INNOCUOUS (json_object() is not, in SQLite 3.40, so a
 * trigger could not call it with trusted_schema=OFF). */
#define KV_FIRST(key, expr) "'" key "=' || quote (" expr ")"
#define KV(key, expr) " || ', " key "=' || quote (" expr ")"

#define TOUCH_CASE(id) \
  "UPDATE cases SET updated_at = " NOW_SQL " WHERE id = " id ";"

/* A time of day written HH:MM, 24-hour clock. */
#define TIME_COLUMN(name) \
  name " TEXT CHECK (" name " GLOB '[0-2][0-9]:[0-5][0-9]' AND " name " <= '23:59')"
#define BOOLEAN_COLUMN(name) \
  name " TEXT CHECK (" name " IN ('true', 'false'))"
#define LINE_COLUMN(name) \
  name " TEXT CHECK (length (" name ") <= 1000)"
#define TEXT_COLUMN(name) \
  name " TEXT CHECK (length (" name ") <= 20000)"
#define YES_NO_COLUMN(name) \
  name " TEXT CHECK (" name " IN ('yes', 'no'))"
/* "key='value', other=NULL" from the columns of @row (NEW or OLD), and
 * one (field, old, new) row per column for the update triggers. */
#define KV_NEW(key, column) " || ', " key "=' || quote (NEW." column ")"
#define KV_OLD(key, column) " || ', " key "=' || quote (OLD." column ")"
#define KV_LIST(COLUMNS, KV) "substr (''" COLUMNS (KV) ", 3)"
#define CHANGE(key, column) \
  " UNION ALL SELECT '" key "', CAST (OLD." column " AS TEXT), CAST (NEW." column " AS TEXT)"
#define CHANGES(COLUMNS) \
  "(SELECT NULL AS f, NULL AS o, NULL AS n WHERE 0" COLUMNS (CHANGE) ")"

/* The three audit triggers of a table whose rows belong to a case; each
 * change moves the case's updated_at (@touch_new, @touch_old: TOUCH_CASE
 * of NEW.case_id and OLD.case_id, or "" for bookkeeping rows). */
#define AUDIT_TRIGGERS_TOUCHING(table, entity, id, COLUMNS, touch_new, touch_old) \
  "CREATE TRIGGER " table "_audit_insert AFTER INSERT ON " table " BEGIN " \
  AUDIT_INSERT \
  "VALUES (cr_os_user (), 'insert', '" entity "', NEW." id ", NEW.case_id, NULL, NULL," \
  "  " KV_LIST (COLUMNS, KV_NEW) ");" \
  touch_new \
  "END;" \
  "CREATE TRIGGER " table "_audit_update AFTER UPDATE ON " table " BEGIN " \
  AUDIT_INSERT \
  "SELECT cr_os_user (), 'update', '" entity "', NEW." id ", NEW.case_id, f, o, n FROM " \
  CHANGES (COLUMNS) " WHERE o IS NOT n;" \
  touch_new \
  "END;" \
  "CREATE TRIGGER " table "_audit_delete AFTER DELETE ON " table " BEGIN " \
  AUDIT_INSERT \
  "VALUES (cr_os_user (), 'delete', '" entity "', OLD." id ", OLD.case_id, NULL," \
  "  " KV_LIST (COLUMNS, KV_OLD) ", NULL);" \
  touch_old \
  "END;"
#define AUDIT_TRIGGERS(table, entity, id, COLUMNS) \
  AUDIT_TRIGGERS_TOUCHING (table, entity, id, COLUMNS, TOUCH_CASE ("NEW.case_id"), TOUCH_CASE ("OLD.case_id"))

/* ---- the migrations kept in files of their own -------------------------- */

/* cr-migration-6.c: the review workspace (schema6: reviewers, terms of
 * reference, panel, plan, documents, evidence requests, meetings, family
 * contacts, pause details, chronologies). */
gboolean _cr_migrate_6 (sqlite3  *db,
                        GError  **error);

/* cr-migration-7.c: the review report (schema7: report sections and
 * versions, findings and their evidence, recommendations, the identifier
 * register, anonymisation dismissals, the publication record, the
 * 7-minute briefing and its deliveries). */
gboolean _cr_migrate_7 (sqlite3  *db,
                        GError  **error);

G_END_DECLS
