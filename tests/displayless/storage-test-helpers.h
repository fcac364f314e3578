/* storage-test-helpers.h: synchronous wrappers around CrDatabase for the
 * storage tests (test-database, test-migrations, test-bad-database,
 * test-audit). Header-only so that each test stays one program. */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib/gstdio.h>

#include "cr-case-status.h"
#include "cr-database.h"
#include "cr-database-private.h"
#include "cr-test-utils.h"

G_BEGIN_DECLS

#define SYNC_BEGIN g_autoptr(GAsyncResult) res = NULL
#define SYNC_WAIT cr_database_wait (&res)

static inline CrCase *
make_case (const char *reference,
           const char *pseudonym,
           const char *aware_date)
{
  CrCase *kase = cr_case_new ();

  cr_case_set_reference (kase, reference);
  cr_case_set_pseudonym (kase, pseudonym);
  cr_case_set_aware_date (kase, aware_date);
  return kase;
}

static inline gboolean
sync_open (CrDatabase  *db,
           GError     **error)
{
  SYNC_BEGIN;
  cr_database_open_async (db, NULL, cr_database_sync_cb, &res);
  return cr_database_open_finish (db, SYNC_WAIT, error);
}

static inline GPtrArray *
sync_list_cases (CrDatabase  *db,
                 GError     **error)
{
  SYNC_BEGIN;
  cr_database_list_cases_async (db, NULL, cr_database_sync_cb, &res);
  return cr_database_list_cases_finish (db, SYNC_WAIT, error);
}

static inline CrCase *
sync_get_case (CrDatabase  *db,
               gint64       id,
               const char  *reference,
               GError     **error)
{
  SYNC_BEGIN;
  cr_database_get_case_async (db, id, reference, NULL, cr_database_sync_cb, &res);
  return cr_database_get_case_finish (db, SYNC_WAIT, error);
}

static inline CrCase *
sync_create_case (CrDatabase  *db,
                  CrCase      *kase,
                  GError     **error)
{
  SYNC_BEGIN;
  cr_database_create_case_async (db, kase, NULL, cr_database_sync_cb, &res);
  return cr_database_create_case_finish (db, SYNC_WAIT, error);
}

/* Stores a new case "Child A" aware on 2026-01-05, asserting success. */
static inline CrCase *
store_case (CrDatabase *db,
            const char *reference)
{
  g_autoptr(CrCase) kase = make_case (reference, "Child A", "2026-01-05");
  g_autoptr(GError) error = NULL;
  CrCase *stored = sync_create_case (db, kase, &error);

  g_assert_no_error (error);
  g_assert_nonnull (stored);
  return stored;
}

static inline gboolean
sync_create_cases (CrDatabase  *db,
                   GPtrArray   *cases,
                   GError     **error)
{
  SYNC_BEGIN;
  cr_database_create_cases_async (db, cases, NULL, cr_database_sync_cb, &res);
  return cr_database_create_cases_finish (db, SYNC_WAIT, error);
}

static inline gboolean
sync_update_field (CrDatabase  *db,
                   const char  *entity,
                   gint64       id,
                   const char  *field,
                   const char  *value,
                   char       **old_value,
                   GError     **error)
{
  SYNC_BEGIN;
  cr_database_update_field_async (db, entity, id, field, value, NULL, cr_database_sync_cb, &res);
  return cr_database_update_field_finish (db, SYNC_WAIT, old_value, error);
}

static inline CrCase *
sync_transition (CrDatabase    *db,
                 gint64         id,
                 CrCaseStatus   to,
                 GError       **error)
{
  SYNC_BEGIN;
  cr_database_transition_case_async (db, id, to, NULL, cr_database_sync_cb, &res);
  return cr_database_transition_case_finish (db, SYNC_WAIT, error);
}

static inline GPtrArray *
sync_list_agencies (CrDatabase  *db,
                    GError     **error)
{
  SYNC_BEGIN;
  cr_database_list_agencies_async (db, NULL, cr_database_sync_cb, &res);
  return cr_database_list_agencies_finish (db, SYNC_WAIT, error);
}

static inline CrAgency *
sync_create_agency (CrDatabase      *db,
                    const char      *name,
                    CrAgencySector   sector,
                    GError         **error)
{
  g_autoptr(CrAgency) agency = cr_agency_new ();
  SYNC_BEGIN;

  cr_agency_set_name (agency, name);
  cr_agency_set_sector (agency, sector);
  cr_database_create_agency_async (db, agency, NULL, cr_database_sync_cb, &res);
  return cr_database_create_agency_finish (db, SYNC_WAIT, error);
}

static inline GPtrArray *
sync_list_involvements (CrDatabase  *db,
                        gint64       case_id,
                        GError     **error)
{
  SYNC_BEGIN;
  cr_database_list_involvements_async (db, case_id, NULL, cr_database_sync_cb, &res);
  return cr_database_list_involvements_finish (db, SYNC_WAIT, error);
}

static inline CrInvolvement *
sync_add_involvement (CrDatabase  *db,
                      gint64       case_id,
                      gint64       agency_id,
                      const char  *role,
                      GError     **error)
{
  SYNC_BEGIN;
  cr_database_add_involvement_async (db, case_id, agency_id, role, NULL, cr_database_sync_cb, &res);
  return cr_database_add_involvement_finish (db, SYNC_WAIT, error);
}

static inline gboolean
sync_remove_involvement (CrDatabase  *db,
                         gint64       involvement_id,
                         GError     **error)
{
  SYNC_BEGIN;
  cr_database_remove_involvement_async (db, involvement_id, NULL, cr_database_sync_cb, &res);
  return cr_database_remove_involvement_finish (db, SYNC_WAIT, error);
}

static inline GPtrArray *
sync_list_themes (CrDatabase  *db,
                  gint64       case_id,
                  GError     **error)
{
  SYNC_BEGIN;
  cr_database_list_themes_async (db, case_id, NULL, cr_database_sync_cb, &res);
  return cr_database_list_themes_finish (db, SYNC_WAIT, error);
}

static inline gboolean
sync_set_case_theme (CrDatabase  *db,
                     gint64       case_id,
                     gint64       theme_id,
                     gboolean     selected,
                     GError     **error)
{
  SYNC_BEGIN;
  cr_database_set_case_theme_async (db, case_id, theme_id, selected, NULL, cr_database_sync_cb, &res);
  return cr_database_set_case_theme_finish (db, SYNC_WAIT, error);
}

static inline GPtrArray *
sync_list_children (CrDatabase  *db,
                    gint64       case_id,
                    GError     **error)
{
  SYNC_BEGIN;
  cr_database_list_children_async (db, case_id, NULL, cr_database_sync_cb, &res);
  return cr_database_list_children_finish (db, SYNC_WAIT, error);
}

static inline GPtrArray *
sync_list_family (CrDatabase  *db,
                  gint64       case_id,
                  GError     **error)
{
  SYNC_BEGIN;
  cr_database_list_family_async (db, case_id, NULL, cr_database_sync_cb, &res);
  return cr_database_list_family_finish (db, SYNC_WAIT, error);
}

static inline CrChild *
sync_add_child (CrDatabase  *db,
                gint64       case_id,
                const char  *pseudonym,
                CrIdentity  *identity,
                GError     **error)
{
  g_autoptr(CrChild) child = cr_child_new ();
  SYNC_BEGIN;

  cr_child_set_case_id (child, case_id);
  cr_child_set_pseudonym (child, pseudonym);
  cr_child_set_identity (child, identity);
  cr_database_add_child_async (db, child, NULL, cr_database_sync_cb, &res);
  return cr_database_add_child_finish (db, SYNC_WAIT, error);
}

static inline CrFamilyMember *
sync_add_family_member (CrDatabase  *db,
                        gint64       case_id,
                        const char  *pseudonym,
                        const char  *relationship,
                        CrIdentity  *identity,
                        GError     **error)
{
  g_autoptr(CrFamilyMember) member = cr_family_member_new ();
  SYNC_BEGIN;

  cr_family_member_set_case_id (member, case_id);
  cr_family_member_set_pseudonym (member, pseudonym);
  cr_family_member_set_relationship (member, relationship);
  cr_family_member_set_identity (member, identity);
  cr_database_add_family_member_async (db, member, NULL, cr_database_sync_cb, &res);
  return cr_database_add_family_member_finish (db, SYNC_WAIT, error);
}

static inline CrIdentity *
sync_reveal (CrDatabase  *db,
             const char  *entity,
             gint64       id,
             const char  *reason,
             GError     **error)
{
  SYNC_BEGIN;
  cr_database_reveal_identity_async (db, entity, id, reason, NULL, cr_database_sync_cb, &res);
  return cr_database_reveal_identity_finish (db, SYNC_WAIT, error);
}

static inline gboolean
sync_set_identity_field (CrDatabase       *db,
                         const char       *entity,
                         gint64            id,
                         CrIdentityField   field,
                         CrFieldState      state,
                         const char       *value,
                         GError          **error)
{
  SYNC_BEGIN;
  cr_database_set_identity_field_async (db, entity, id, field, state, value, NULL,
                                        cr_database_sync_cb, &res);
  return cr_database_set_identity_field_finish (db, SYNC_WAIT, error);
}

static inline GPtrArray *
sync_list_audit (CrDatabase  *db,
                 gint64       case_id,
                 GError     **error)
{
  SYNC_BEGIN;
  cr_database_list_audit_async (db, case_id, NULL, cr_database_sync_cb, &res);
  return cr_database_list_audit_finish (db, SYNC_WAIT, error);
}

static inline gboolean
sync_check (CrDatabase  *db,
            int         *version,
            char       **report,
            GError     **error)
{
  SYNC_BEGIN;
  cr_database_check_async (db, NULL, cr_database_sync_cb, &res);
  return cr_database_check_finish (db, SYNC_WAIT, version, report, error);
}

static inline gboolean
sync_run_in_transaction (CrDatabase      *db,
                         CrDatabaseFunc   func,
                         gpointer         user_data,
                         GError         **error)
{
  SYNC_BEGIN;
  cr_database_run_in_transaction_async (db, func, user_data, NULL, NULL, cr_database_sync_cb, &res);
  return cr_database_run_in_transaction_finish (db, SYNC_WAIT, error);
}

/* Asserts the database is healthy and at the latest schema version. */
static inline void
assert_database_healthy (CrDatabase *db)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  int version = 0;

  sync_check (db, &version, &report, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (report, ==, "ok");
  g_assert_cmpint (version, ==, cr_database_get_latest_schema_version ());
}

/* The whole content of a file, for "unchanged" checks. */
static inline GBytes *
read_file_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

/* A raw connection for setting up fixtures, with cr_os_user() registered
 * so that the audit triggers work. */
static inline sqlite3 *
open_raw (const char *path)
{
  sqlite3 *raw = NULL;
  int rc = sqlite3_open_v2 (path, &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);

  g_assert_cmpint (rc, ==, SQLITE_OK);
  sqlite3_busy_timeout (raw, 5000);
  sqlite3_extended_result_codes (raw, 1);
  _cr_db_register_functions (raw);
  return raw;
}

static inline void
exec_raw (sqlite3    *raw,
          const char *sql)
{
  char *message = NULL;
  int rc = sqlite3_exec (raw, sql, NULL, NULL, &message);

  if (rc != SQLITE_OK)
    g_error ("SQL failed: %s\n%s", message, sql);
}

static inline gint64
query_int_raw (sqlite3    *raw,
               const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (raw, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

G_END_DECLS
