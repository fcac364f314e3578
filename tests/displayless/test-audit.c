/* test-audit.c: every change leaves an audit row; restricted values never
 * reach the audit trail
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cr-util.h"
#include "storage-test-helpers.h"

#define PLANTED_NAME "Zebedee Plantagenet-Quorn"
#define PLANTED_NAME_2 "Quillon Hathersage-Vex"
#define PLANTED_ADDRESS "17 Larkspur Mews, Eastfold"
#define PLANTED_PARENT "Morwenna Tregothnan-Ash"

typedef struct
{
  char       *dir;
  char       *path;
  CrDatabase *db;
  char       *started_at;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  cr_test_database_set_up ("audit.db", &fixture->dir, &fixture->path, &fixture->db);
  fixture->started_at = cr_now_iso8601 ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  cr_test_database_tear_down (&fixture->dir, &fixture->path, &fixture->db);
  g_free (fixture->started_at);
}

static GPtrArray *
audit_of (Fixture *fixture,
          gint64   case_id)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *entries = sync_list_audit (fixture->db, case_id, &error);

  g_assert_no_error (error);
  return entries;
}

static void
assert_entry (Fixture      *fixture,
              CrAuditEntry *entry,
              const char   *action,
              const char   *entity,
              gint64        entity_id,
              gint64        case_id,
              const char   *field,
              const char   *old_value,
              const char   *new_value)
{
  g_autofree char *now = cr_now_iso8601 ();

  g_assert_cmpstr (cr_audit_entry_get_action (entry), ==, action);
  g_assert_cmpstr (cr_audit_entry_get_entity (entry), ==, entity);
  g_assert_cmpint (cr_audit_entry_get_entity_id (entry), ==, entity_id);
  g_assert_cmpint (cr_audit_entry_get_case_id (entry), ==, case_id);
  g_assert_cmpstr (cr_audit_entry_get_field (entry), ==, field);
  g_assert_cmpstr (cr_audit_entry_get_old_value (entry), ==, old_value);
  g_assert_cmpstr (cr_audit_entry_get_new_value (entry), ==, new_value);
  g_assert_cmpstr (cr_audit_entry_get_os_user (entry), ==, cr_os_user ());

  /* UTC, to the second, between the start of the test and now. */
  g_assert_cmpuint (strlen (cr_audit_entry_get_at (entry)), ==, strlen ("2026-01-01T00:00:00Z"));
  g_assert_true (g_str_has_suffix (cr_audit_entry_get_at (entry), "Z"));
  g_assert_cmpstr (cr_audit_entry_get_at (entry), >=, fixture->started_at);
  g_assert_cmpstr (cr_audit_entry_get_at (entry), <=, now);
}

static void
test_case_changes (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(CrCase) kase = store_case (fixture->db, "CR-2026-001");
  g_autoptr(CrCase) moved = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = cr_case_get_id (kase);
  CrAuditEntry *insert;

  g_assert_true (sync_update_field (fixture->db, "case", id, "pseudonym", "Child B", NULL, &error));
  g_assert_no_error (error);
  /* Writing the same value again changes nothing and records nothing. */
  g_assert_true (sync_update_field (fixture->db, "case", id, "pseudonym", "Child B", NULL, &error));
  g_assert_no_error (error);
  g_assert_true (sync_update_field (fixture->db, "case", id, "summary", "Found unresponsive.", NULL, &error));
  g_assert_no_error (error);
  g_assert_true (sync_update_field (fixture->db, "case", id, "aware-date", NULL, NULL, &error));
  g_assert_no_error (error);
  moved = sync_transition (fixture->db, id, CR_CASE_STATUS_NOTIFICATION_DECISION, &error);
  g_assert_no_error (error);

  /* Refused changes leave no trace. */
  g_assert_false (sync_update_field (fixture->db, "case", id, "aware-date", "2099-01-01", NULL, &error));
  g_clear_error (&error);

  entries = audit_of (fixture, id);
  g_assert_cmpuint (entries->len, ==, 5);

  insert = g_ptr_array_index (entries, 0);
  g_assert_cmpstr (cr_audit_entry_get_action (insert), ==, "insert");
  g_assert_nonnull (strstr (cr_audit_entry_get_new_value (insert), "reference='CR-2026-001'"));
  g_assert_nonnull (strstr (cr_audit_entry_get_new_value (insert), "aware-date='2026-01-05'"));
  assert_entry (fixture, insert, "insert", "case", id, id, NULL, NULL, cr_audit_entry_get_new_value (insert));

  assert_entry (fixture, g_ptr_array_index (entries, 1), "update", "case", id, id, "pseudonym", "Child A", "Child B");
  assert_entry (fixture, g_ptr_array_index (entries, 2), "update", "case", id, id, "summary", NULL, "Found unresponsive.");
  assert_entry (fixture, g_ptr_array_index (entries, 3), "update", "case", id, id, "aware-date", "2026-01-05", NULL);
  assert_entry (fixture, g_ptr_array_index (entries, 4), "update", "case", id, id, "status",
                "referred", "notification-decision");

  /* Entries are in order. */
  for (guint i = 1; i < entries->len; i++)
    g_assert_cmpint (cr_audit_entry_get_id (g_ptr_array_index (entries, i - 1)), <,
                     cr_audit_entry_get_id (g_ptr_array_index (entries, i)));
}

static void
test_everything_under_a_case (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(CrCase) kase = store_case (fixture->db, "CR-2026-001");
  g_autoptr(CrCase) other = store_case (fixture->db, "CR-2026-002");
  g_autoptr(CrAgency) police = NULL;
  g_autoptr(CrInvolvement) involvement = NULL;
  g_autoptr(CrInvolvement) other_involvement = NULL;
  g_autoptr(CrChild) child = NULL;
  g_autoptr(CrFamilyMember) member = NULL;
  g_autoptr(GPtrArray) themes = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = cr_case_get_id (kase);
  CrTheme *theme;
  g_autofree char *involvement_new = NULL;

  police = sync_create_agency (fixture->db, "Police", CR_AGENCY_SECTOR_POLICE, &error);
  g_assert_no_error (error);
  involvement = sync_add_involvement (fixture->db, id, cr_agency_get_id (police), "Lead agency", &error);
  g_assert_no_error (error);
  other_involvement = sync_add_involvement (fixture->db, cr_case_get_id (other), cr_agency_get_id (police),
                                            NULL, &error);
  g_assert_no_error (error);
  g_assert_true (sync_update_field (fixture->db, "involvement", cr_involvement_get_id (involvement), "role",
                                    "Referring agency", NULL, &error));
  g_assert_no_error (error);
  g_assert_true (sync_remove_involvement (fixture->db, cr_involvement_get_id (involvement), &error));
  g_assert_no_error (error);

  themes = sync_list_themes (fixture->db, 0, &error);
  g_assert_no_error (error);
  theme = g_ptr_array_index (themes, 0);
  g_assert_true (sync_set_case_theme (fixture->db, id, cr_theme_get_id (theme), TRUE, &error));
  g_assert_true (sync_set_case_theme (fixture->db, id, cr_theme_get_id (theme), TRUE, &error));
  g_assert_true (sync_set_case_theme (fixture->db, id, cr_theme_get_id (theme), FALSE, &error));
  g_assert_no_error (error);

  child = sync_add_child (fixture->db, id, "Child A", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (sync_update_field (fixture->db, "child", cr_child_get_id (child), "pseudonym", "Child C",
                                    NULL, &error));
  g_assert_no_error (error);
  member = sync_add_family_member (fixture->db, id, "Adult B", "Mother's partner", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (sync_update_field (fixture->db, "family-member", cr_family_member_get_id (member),
                                    "relationship", "Stepfather", NULL, &error));
  g_assert_no_error (error);

  entries = audit_of (fixture, id);
  g_assert_cmpuint (entries->len, ==, 10);

  involvement_new = g_strdup_printf ("agency-id=%" G_GINT64_FORMAT ", agency-name='Police', role='Lead agency'",
                                     cr_agency_get_id (police));
  assert_entry (fixture, g_ptr_array_index (entries, 1), "insert", "involvement",
                cr_involvement_get_id (involvement), id, NULL, NULL, involvement_new);
  assert_entry (fixture, g_ptr_array_index (entries, 2), "update", "involvement",
                cr_involvement_get_id (involvement), id, "role", "Lead agency", "Referring agency");
  g_assert_cmpstr (cr_audit_entry_get_action (g_ptr_array_index (entries, 3)), ==, "delete");
  g_assert_nonnull (strstr (cr_audit_entry_get_old_value (g_ptr_array_index (entries, 3)), "role='Referring agency'"));
  /* Selecting a theme twice is recorded once. */
  assert_entry (fixture, g_ptr_array_index (entries, 4), "insert", "case-theme",
                cr_theme_get_id (theme), id, NULL, NULL, cr_theme_get_label (theme));
  assert_entry (fixture, g_ptr_array_index (entries, 5), "delete", "case-theme",
                cr_theme_get_id (theme), id, NULL, cr_theme_get_label (theme), NULL);
  assert_entry (fixture, g_ptr_array_index (entries, 6), "insert", "child",
                cr_child_get_id (child), id, NULL, NULL, "pseudonym='Child A'");
  assert_entry (fixture, g_ptr_array_index (entries, 7), "update", "child",
                cr_child_get_id (child), id, "pseudonym", "Child A", "Child C");
  assert_entry (fixture, g_ptr_array_index (entries, 8), "insert", "family-member",
                cr_family_member_get_id (member), id, NULL, NULL,
                "pseudonym='Adult B', relationship='Mother''s partner'");
  assert_entry (fixture, g_ptr_array_index (entries, 9), "update", "family-member",
                cr_family_member_get_id (member), id, "relationship", "Mother's partner", "Stepfather");

  /* The other case's involvement is in its own trail only. */
  {
    g_autoptr(GPtrArray) other_entries = audit_of (fixture, cr_case_get_id (other));

    g_assert_cmpuint (other_entries->len, ==, 2);
    g_assert_cmpstr (cr_audit_entry_get_entity (g_ptr_array_index (other_entries, 1)), ==, "involvement");
  }
}

static void
test_agency_changes (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(CrAgency) agency = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *raw;

  agency = sync_create_agency (fixture->db, "Children's social care", CR_AGENCY_SECTOR_LOCAL_AUTHORITY, &error);
  g_assert_no_error (error);
  g_assert_true (sync_update_field (fixture->db, "agency", cr_agency_get_id (agency), "archived", "true",
                                    NULL, &error));
  g_assert_true (sync_update_field (fixture->db, "agency", cr_agency_get_id (agency), "contact-email",
                                    "csc@example.org", NULL, &error));
  g_assert_no_error (error);
  cr_database_close (fixture->db);

  /* Agencies belong to no case: their rows carry no case id. */
  raw = open_raw (fixture->path);
  g_assert_cmpint (query_int_raw (raw, "SELECT count(*) FROM audit WHERE entity = 'agency' AND case_id IS NULL"), ==, 3);
  g_assert_cmpint (query_int_raw (raw, "SELECT count(*) FROM audit WHERE entity = 'agency' AND action = 'update'"
                                       " AND field = 'archived' AND old_value = 'false' AND new_value = 'true'"), ==, 1);
  g_assert_cmpint (query_int_raw (raw, "SELECT count(*) FROM audit WHERE entity = 'agency'"
                                       " AND field = 'contact-email' AND old_value IS NULL"
                                       " AND new_value = 'csc@example.org'"), ==, 1);
  sqlite3_close (raw);
}

/* Counts cells anywhere outside identity_fields that contain @needle. */
static gint64
count_leaks (sqlite3    *raw,
             const char *needle,
             gboolean    audit_only)
{
  sqlite3_stmt *tables = NULL;
  gint64 n = 0;

  g_assert_cmpint (sqlite3_prepare_v2 (raw,
                                       "SELECT name FROM sqlite_schema WHERE type = 'table'"
                                       " AND name NOT IN ('identity_fields')",
                                       -1, &tables, NULL), ==, SQLITE_OK);
  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (tables, 0);
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"", table);
      sqlite3_stmt *rows = NULL;

      if (audit_only && !g_str_equal (table, "audit"))
        continue;

      g_assert_cmpint (sqlite3_prepare_v2 (raw, sql, -1, &rows, NULL), ==, SQLITE_OK);
      while (sqlite3_step (rows) == SQLITE_ROW)
        for (int c = 0; c < sqlite3_column_count (rows); c++)
          {
            const char *text = (const char *) sqlite3_column_text (rows, c);

            if (text != NULL && strstr (text, needle) != NULL)
              {
                g_test_message ("%s leaked into %s.%s", needle, table, sqlite3_column_name (rows, c));
                n++;
              }
          }
      sqlite3_finalize (rows);
    }
  sqlite3_finalize (tables);
  return n;
}

static void
test_restricted_values_never_audited (Fixture       *fixture,
                                      gconstpointer  data)
{
  g_autoptr(CrCase) kase = store_case (fixture->db, "CR-2026-001");
  g_autoptr(CrIdentity) identity = cr_identity_new ();
  g_autoptr(CrIdentity) parent_identity = cr_identity_new ();
  g_autoptr(CrIdentity) revealed = NULL;
  g_autoptr(CrChild) child = NULL;
  g_autoptr(CrFamilyMember) member = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = cr_case_get_id (kase);
  guint n_restricted = 0, n_reveals = 0;
  sqlite3 *raw;

  cr_identity_set_value (identity, CR_IDENTITY_FIELD_NAME, PLANTED_NAME);
  cr_identity_set_value (identity, CR_IDENTITY_FIELD_DATE_OF_BIRTH, "2024-07-19");
  cr_identity_set_value (identity, CR_IDENTITY_FIELD_ADDRESS, PLANTED_ADDRESS);
  cr_identity_set_state (identity, CR_IDENTITY_FIELD_ETHNICITY, CR_FIELD_STATE_DECLINED);
  child = sync_add_child (fixture->db, id, "Child A", identity, &error);
  g_assert_no_error (error);

  cr_identity_set_value (parent_identity, CR_IDENTITY_FIELD_NAME, PLANTED_PARENT);
  member = sync_add_family_member (fixture->db, id, "Mother of Child A", "Mother", parent_identity, &error);
  g_assert_no_error (error);

  g_assert_true (sync_set_identity_field (fixture->db, "child", cr_child_get_id (child), CR_IDENTITY_FIELD_NAME,
                                          CR_FIELD_STATE_KNOWN, PLANTED_NAME_2, &error));
  g_assert_no_error (error);
  g_assert_true (sync_set_identity_field (fixture->db, "child", cr_child_get_id (child), CR_IDENTITY_FIELD_ADDRESS,
                                          CR_FIELD_STATE_NOT_KNOWN, NULL, &error));
  g_assert_no_error (error);

  revealed = sync_reveal (fixture->db, "child", cr_child_get_id (child), "Preparing the Panel notification", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cr_identity_get_value (revealed, CR_IDENTITY_FIELD_NAME), ==, PLANTED_NAME_2);
  g_clear_object (&revealed);
  revealed = sync_reveal (fixture->db, "family-member", cr_family_member_get_id (member), "Family contact letter", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cr_identity_get_value (revealed, CR_IDENTITY_FIELD_NAME), ==, PLANTED_PARENT);

  entries = audit_of (fixture, id);
  for (guint i = 0; i < entries->len; i++)
    {
      CrAuditEntry *entry = g_ptr_array_index (entries, i);

      if (g_strcmp0 (cr_audit_entry_get_action (entry), "reveal") == 0)
        {
          n_reveals++;
          g_assert_null (cr_audit_entry_get_field (entry));
          g_assert_cmpstr (cr_audit_entry_get_os_user (entry), ==, cr_os_user ());
          if (n_reveals == 1)
            assert_entry (fixture, entry, "reveal", "child", cr_child_get_id (child), id, NULL, NULL,
                          "Preparing the Panel notification");
          else
            assert_entry (fixture, entry, "reveal", "family-member", cr_family_member_get_id (member), id,
                          NULL, NULL, "Family contact letter");
        }
      else if (g_strcmp0 (cr_audit_entry_get_new_value (entry), "(restricted)") == 0 ||
               g_strcmp0 (cr_audit_entry_get_old_value (entry), "(restricted)") == 0)
        {
          n_restricted++;
          g_assert_cmpstr (cr_audit_entry_get_action (entry), ==, "update");
          g_assert_nonnull (cr_audit_entry_get_field (entry));
        }
    }
  g_assert_cmpuint (n_reveals, ==, 2);
  /* name, date of birth, address of the child, name of the mother, the
   * new name (old and new restricted), the address becoming not known. */
  g_assert_cmpuint (n_restricted, ==, 6);

  /* A declined field is recorded by its state, not a value. */
  {
    gboolean found = FALSE;

    for (guint i = 0; i < entries->len; i++)
      {
        CrAuditEntry *entry = g_ptr_array_index (entries, i);

        if (g_strcmp0 (cr_audit_entry_get_field (entry), "ethnicity") == 0)
          {
            g_assert_cmpstr (cr_audit_entry_get_new_value (entry), ==, "declined");
            found = TRUE;
          }
        if (g_strcmp0 (cr_audit_entry_get_field (entry), "address") == 0 &&
            g_strcmp0 (cr_audit_entry_get_old_value (entry), "(restricted)") == 0)
          g_assert_cmpstr (cr_audit_entry_get_new_value (entry), ==, "not-known");
      }
    g_assert_true (found);
  }

  cr_database_close (fixture->db);

  /* No audit cell anywhere holds a restricted value, and no table but the
   * identity table holds one at all. */
  raw = open_raw (fixture->path);
  g_assert_cmpint (count_leaks (raw, PLANTED_NAME, TRUE), ==, 0);
  g_assert_cmpint (count_leaks (raw, "Zebedee", FALSE), ==, 0);
  g_assert_cmpint (count_leaks (raw, "Plantagenet", FALSE), ==, 0);
  g_assert_cmpint (count_leaks (raw, PLANTED_NAME_2, FALSE), ==, 0);
  g_assert_cmpint (count_leaks (raw, "Larkspur", FALSE), ==, 0);
  g_assert_cmpint (count_leaks (raw, "2024-07-19", FALSE), ==, 0);
  g_assert_cmpint (count_leaks (raw, "Tregothnan", FALSE), ==, 0);
  /* The test is meaningful: the values are in the identity table. */
  g_assert_cmpint (query_int_raw (raw, "SELECT count(*) FROM identity_fields WHERE value = '" PLANTED_NAME_2 "'"), ==, 1);
  g_assert_cmpint (query_int_raw (raw, "SELECT count(*) FROM identity_fields WHERE value = '" PLANTED_PARENT "'"), ==, 1);
  sqlite3_close (raw);
}

static void
test_audit_is_append_only (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(CrCase) kase = store_case (fixture->db, "CR-2026-001");
  sqlite3 *raw;
  int rc;

  cr_database_close (fixture->db);
  raw = open_raw (fixture->path);

  rc = sqlite3_exec (raw, "UPDATE audit SET os_user = 'someone else'", NULL, NULL, NULL);
  g_assert_cmpint (rc, ==, SQLITE_CONSTRAINT_TRIGGER);
  g_assert_nonnull (strstr (sqlite3_errmsg (raw), "audit trail cannot be changed"));
  rc = sqlite3_exec (raw, "DELETE FROM audit", NULL, NULL, NULL);
  g_assert_cmpint (rc, ==, SQLITE_CONSTRAINT_TRIGGER);
  g_assert_cmpint (query_int_raw (raw, "SELECT count(*) FROM audit"), ==, 1);

  /* Writing to an audited table from a tool without cr_os_user() fails
   * rather than skipping the audit. */
  sqlite3_close (raw);
  g_assert_cmpint (sqlite3_open (fixture->path, &raw), ==, SQLITE_OK);
  rc = sqlite3_exec (raw, "UPDATE cases SET pseudonym = 'Untracked'", NULL, NULL, NULL);
  g_assert_cmpint (rc, ==, SQLITE_ERROR);
  g_assert_nonnull (strstr (sqlite3_errmsg (raw), "cr_os_user"));
  g_assert_cmpint (query_int_raw (raw, "SELECT count(*) FROM cases WHERE pseudonym = 'Untracked'"), ==, 0);
  sqlite3_close (raw);
}

static gboolean
change_then_fail (gpointer   db,
                  gpointer   user_data,
                  GError   **error)
{
  if (!_cr_db_exec (db, "UPDATE cases SET pseudonym = 'Rolled back'", error))
    return FALSE;

  g_set_error_literal (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID, "stop here");
  return FALSE;
}

static void
test_rolled_back_changes_not_audited (Fixture       *fixture,
                                      gconstpointer  data)
{
  g_autoptr(CrCase) kase = store_case (fixture->db, "CR-2026-001");
  g_autoptr(CrCase) after = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (sync_run_in_transaction (fixture->db, change_then_fail, NULL, &error));
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
  g_clear_error (&error);

  after = sync_get_case (fixture->db, cr_case_get_id (kase), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cr_case_get_pseudonym (after), ==, "Child A");
  g_assert_cmpstr (cr_case_get_updated_at (after), ==, cr_case_get_updated_at (kase));
  entries = audit_of (fixture, cr_case_get_id (kase));
  g_assert_cmpuint (entries->len, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/storage/audit/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("case-changes", test_case_changes);
  ADD ("everything-under-a-case", test_everything_under_a_case);
  ADD ("agency-changes", test_agency_changes);
  ADD ("restricted-values-never-audited", test_restricted_values_never_audited);
  ADD ("append-only", test_audit_is_append_only);
  ADD ("rolled-back-changes-not-audited", test_rolled_back_changes_not_audited);

#undef ADD

  return g_test_run ();
}
