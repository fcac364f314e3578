/* test-referrals.c: referrals, rapid reviews, drafts and pause periods
 * (schema 5) on real SQLite files in a temporary folder
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cr-agency-summary.h"
#include "cr-attendee.h"
#include "cr-parallel-process.h"
#include "cr-sign-off.h"
#include "cr-util.h"
#include "storage-test-helpers.h"

#define PLANTED_NAME    "Zebedee Plantagenet-Quorn"
#define PLANTED_NAME_2  "Quillon Hathersage-Vex"
#define PLANTED_ADDRESS "17 Larkspur Mews, Eastfold"

typedef struct
{
  char       *dir;
  char       *path;
  CrDatabase *db;
  gint64      police;     /* agency ids */
  gint64      hospital;
  gint64      social_care;
} Fixture;

static const char *self_path;

/* ---- Synchronous wrappers ------------------------------------------------------ */

static CrCase *
sync_create_referral (CrDatabase  *db,
                      CrReferral  *referral,
                      const char  *prefix,
                      GError     **error)
{
  SYNC_BEGIN;
  cr_database_create_referral_async (db, referral, prefix, NULL, cr_database_sync_cb, &res);
  return cr_database_create_referral_finish (db, SYNC_WAIT, error);
}

static CrReferral *
sync_get_referral (CrDatabase  *db,
                   gint64       case_id,
                   GError     **error)
{
  SYNC_BEGIN;
  cr_database_get_referral_async (db, case_id, NULL, cr_database_sync_cb, &res);
  return cr_database_get_referral_finish (db, SYNC_WAIT, error);
}

static GPtrArray *
sync_list_processes (CrDatabase  *db,
                     gint64       case_id,
                     GError     **error)
{
  SYNC_BEGIN;
  cr_database_list_processes_async (db, case_id, NULL, cr_database_sync_cb, &res);
  return cr_database_list_processes_finish (db, SYNC_WAIT, error);
}

static CrRapidReview *
sync_get_rapid_review (CrDatabase  *db,
                       gint64       case_id,
                       GError     **error)
{
  SYNC_BEGIN;
  cr_database_get_rapid_review_async (db, case_id, NULL, cr_database_sync_cb, &res);
  return cr_database_get_rapid_review_finish (db, SYNC_WAIT, error);
}

static CrCase *
sync_save_rapid_review (CrDatabase     *db,
                        CrRapidReview  *rapid_review,
                        GError        **error)
{
  SYNC_BEGIN;
  cr_database_save_rapid_review_async (db, rapid_review, NULL, cr_database_sync_cb, &res);
  return cr_database_save_rapid_review_finish (db, SYNC_WAIT, error);
}

static gboolean
sync_save_draft (CrDatabase  *db,
                 const char  *kind,
                 const char  *key,
                 const char  *title,
                 const char  *data,
                 GError     **error)
{
  SYNC_BEGIN;
  cr_database_save_draft_async (db, kind, key, title, data, NULL, cr_database_sync_cb, &res);
  return cr_database_save_draft_finish (db, SYNC_WAIT, error);
}

static GPtrArray *
sync_list_drafts (CrDatabase  *db,
                  const char  *kind,
                  GError     **error)
{
  SYNC_BEGIN;
  cr_database_list_drafts_async (db, kind, NULL, cr_database_sync_cb, &res);
  return cr_database_list_drafts_finish (db, SYNC_WAIT, error);
}

static gboolean
sync_delete_draft (CrDatabase  *db,
                   const char  *kind,
                   const char  *key,
                   GError     **error)
{
  SYNC_BEGIN;
  cr_database_delete_draft_async (db, kind, key, NULL, cr_database_sync_cb, &res);
  return cr_database_delete_draft_finish (db, SYNC_WAIT, error);
}

/* ---- Fixture ------------------------------------------------------------------- */

static gint64
store_agency (CrDatabase     *db,
              const char     *name,
              CrAgencySector  sector)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrAgency) agency = sync_create_agency (db, name, sector, &error);

  g_assert_no_error (error);
  return cr_agency_get_id (agency);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  cr_test_database_set_up ("referrals.db", &fixture->dir, &fixture->path, &fixture->db);
  fixture->police = store_agency (fixture->db, "Westshire Police", CR_AGENCY_SECTOR_POLICE);
  fixture->hospital = store_agency (fixture->db, "Northbridge Royal Infirmary", CR_AGENCY_SECTOR_HEALTH);
  fixture->social_care = store_agency (fixture->db, "Children's Social Care", CR_AGENCY_SECTOR_LOCAL_AUTHORITY);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  cr_test_database_tear_down (&fixture->dir, &fixture->path, &fixture->db);
}

static char *
id_text (gint64 id)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, id);
}

static CrChild *
make_child (const char *pseudonym,
            const char *name,
            const char *address)
{
  g_autoptr(CrIdentity) identity = cr_identity_new ();
  CrChild *child = cr_child_new ();

  cr_identity_set_value (identity, CR_IDENTITY_FIELD_NAME, name);
  cr_identity_set_value (identity, CR_IDENTITY_FIELD_DATE_OF_BIRTH, "2024-10-01");
  cr_identity_set_value (identity, CR_IDENTITY_FIELD_ADDRESS, address);
  cr_identity_set_state (identity, CR_IDENTITY_FIELD_ETHNICITY, CR_FIELD_STATE_DECLINED);
  cr_child_set_pseudonym (child, pseudonym);
  cr_child_set_identity (child, identity);
  return child;
}

static CrParallelProcess *
make_process (const char *kind,
              const char *status,
              const char *reference)
{
  CrParallelProcess *process = cr_parallel_process_new ();

  cr_record_set (CR_RECORD (process), "kind", kind);
  cr_record_set (CR_RECORD (process), "status", status);
  cr_record_set (CR_RECORD (process), "reference", reference);
  return process;
}

/* A complete referral of two children, referred by the hospital, with the
 * police involved and two parallel processes, notified on 5 March 2025. */
static CrReferral *
make_referral (Fixture *fixture)
{
  CrReferral *referral = cr_referral_new ();
  CrRecord *record = CR_RECORD (referral);
  g_autofree char *hospital = id_text (fixture->hospital);
  g_autoptr(CrChild) first = make_child ("Child A", PLANTED_NAME, PLANTED_ADDRESS);
  g_autoptr(CrChild) second = make_child ("Child B", PLANTED_NAME_2, PLANTED_ADDRESS);
  g_autoptr(CrInvolvement) police = cr_involvement_new ();
  g_autoptr(CrParallelProcess) investigation = make_process ("police-investigation", "ongoing", "OP-ASH-17");
  g_autoptr(CrParallelProcess) inquest = make_process ("inquest", "not-started", NULL);

  cr_record_set (record, "referral-date", "2025-03-04");
  cr_record_set (record, "referring-agency-id", hospital);
  cr_record_set (record, "referrer-name", "Ruth Specimen");
  cr_record_set (record, "referrer-role", "Named nurse for safeguarding");
  cr_record_set (record, "notifier-name", "Priya Example");
  cr_record_set (record, "notifier-role", "Head of service");
  cr_record_set (record, "notifier-phone", "01632 960001");
  cr_record_set (record, "notifier-email", "priya.example@example.org");
  cr_record_set (record, "pseudonym", "Child A");
  cr_record_set (record, "incident-date", "2025-03-01");
  cr_record_set (record, "incident-time", "14:30");
  cr_record_set (record, "aware-date", "2025-03-02");
  cr_record_set (record, "location", "the family home");
  cr_record_set (record, "nature", "serious-harm");
  cr_record_set (record, "abuse-kinds", "physical-abuse;neglect");
  cr_record_set (record, "perpetrator", "parent");
  cr_record_set (record, "summary", "Five-month-old with unexplained fractures.");
  cr_record_set (record, "incident-la", "Northbridge");
  cr_record_set (record, "residence-la", "Westshire");
  cr_record_set (record, "limb-abuse", "true");
  cr_record_set (record, "limb-harm", "true");
  cr_record_set (record, "definition-rationale", "Injuries consistent with abuse.");
  cr_record_set (record, "notify-decision", "notify");
  cr_record_set (record, "notify-rationale", "Both limbs met.");
  cr_record_set (record, "notified-date", "2025-03-05");
  cr_record_set (record, "panel-reference", "SIN-2025-0417");
  cr_record_set (record, "media-interest", "false");

  g_list_store_append (cr_referral_get_children (referral), first);
  g_list_store_append (cr_referral_get_children (referral), second);
  cr_involvement_set_agency_id (police, fixture->police);
  cr_involvement_set_agency_name (police, "Westshire Police");
  cr_involvement_set_role (police, "Statutory partner");
  g_list_store_append (cr_referral_get_involvements (referral), police);
  g_list_store_append (cr_referral_get_processes (referral), investigation);
  g_list_store_append (cr_referral_get_processes (referral), inquest);
  return referral;
}

static CrCase *
create_referral_ok (Fixture    *fixture,
                    CrReferral *referral)
{
  g_autoptr(GError) error = NULL;
  CrCase *stored = sync_create_referral (fixture->db, referral, "CR", &error);

  g_assert_no_error (error);
  g_assert_nonnull (stored);
  return stored;
}

/* Row counts of every table, as one line, to show nothing was written. */
static char *
count_rows (const char *path)
{
  g_autoptr(GString) counts = g_string_new (NULL);
  sqlite3 *raw = open_raw (path);
  sqlite3_stmt *tables = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (raw, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name",
                                       -1, &tables, NULL), ==, SQLITE_OK);
  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM \"%s\"", sqlite3_column_text (tables, 0));

      g_string_append_printf (counts, "%s=%" G_GINT64_FORMAT " ",
                              sqlite3_column_text (tables, 0), query_int_raw (raw, sql));
    }
  sqlite3_finalize (tables);
  sqlite3_close (raw);
  return g_string_free (g_steal_pointer (&counts), FALSE);
}

/* ---- create_referral / get_referral ------------------------------------------- */

static void
test_create_and_read_back (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(CrReferral) referral = make_referral (fixture);
  g_autoptr(CrCase) kase = create_referral_ok (fixture, referral);
  g_autoptr(CrReferral) back = NULL;
  g_autoptr(GPtrArray) processes = NULL;
  g_autoptr(GPtrArray) involvements = NULL;
  g_autoptr(GError) error = NULL;
  const CrRecordField *fields;
  guint n_fields = 0;
  GListModel *children, *listed;

  g_assert_cmpstr (cr_case_get_reference (kase), ==, "CR-2025-001");
  g_assert_cmpstr (cr_case_get_pseudonym (kase), ==, "Child A");
  g_assert_cmpint (cr_case_get_status (kase), ==, CR_CASE_STATUS_NOTIFIED);
  g_assert_cmpstr (cr_case_get_incident_date (kase), ==, "2025-03-01");
  g_assert_cmpstr (cr_case_get_aware_date (kase), ==, "2025-03-02");
  g_assert_cmpstr (cr_case_get_notified_date (kase), ==, "2025-03-05");
  g_assert_cmpstr (cr_case_get_summary (kase), ==, "Five-month-old with unexplained fractures.");
  /* The referring agency is involved though it was not listed. */
  g_assert_cmpstr (cr_case_get_agencies (kase), ==, "Northbridge Royal Infirmary, Westshire Police");

  back = sync_get_referral (fixture->db, cr_case_get_id (kase), &error);
  g_assert_no_error (error);
  g_assert_cmpint (cr_record_get_id (CR_RECORD (back)), ==, cr_case_get_id (kase));
  g_assert_cmpint (cr_record_get_case_id (CR_RECORD (back)), ==, cr_case_get_id (kase));

  /* Every field comes back as it was given, the derived name filled in. */
  fields = cr_record_class_get_fields (CR_RECORD_GET_CLASS (back), &n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      if (fields[i].flags & CR_RECORD_FIELD_FLAG_DERIVED)
        continue;
      g_assert_cmpstr (cr_record_get (CR_RECORD (back), fields[i].name), ==,
                       cr_record_get (CR_RECORD (referral), fields[i].name));
    }
  g_assert_cmpstr (cr_record_get (CR_RECORD (back), "referring-agency-name"), ==, "Northbridge Royal Infirmary");

  /* Children by pseudonym, without their identity. */
  children = G_LIST_MODEL (cr_referral_get_children (back));
  g_assert_cmpuint (g_list_model_get_n_items (children), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(CrChild) child = g_list_model_get_item (children, i);
      g_autoptr(CrIdentity) identity = NULL;

      g_assert_cmpstr (cr_child_get_pseudonym (child), ==, i == 0 ? "Child A" : "Child B");
      g_assert_null (cr_child_get_identity (child));
      g_assert_cmpint (cr_child_get_case_id (child), ==, cr_case_get_id (kase));

      /* The identity was stored, and a reveal reads it. */
      identity = sync_reveal (fixture->db, "child", cr_child_get_id (child), "Checking the referral", &error);
      g_assert_no_error (error);
      g_assert_cmpstr (cr_identity_get_value (identity, CR_IDENTITY_FIELD_NAME), ==,
                       i == 0 ? PLANTED_NAME : PLANTED_NAME_2);
      g_assert_cmpstr (cr_identity_get_value (identity, CR_IDENTITY_FIELD_ADDRESS), ==, PLANTED_ADDRESS);
      g_assert_cmpint (cr_identity_get_state (identity, CR_IDENTITY_FIELD_ETHNICITY), ==, CR_FIELD_STATE_DECLINED);
    }

  /* Involvements by agency name, the referrer with its role. */
  listed = G_LIST_MODEL (cr_referral_get_involvements (back));
  g_assert_cmpuint (g_list_model_get_n_items (listed), ==, 2);
  {
    g_autoptr(CrInvolvement) first = g_list_model_get_item (listed, 0);
    g_autoptr(CrInvolvement) second = g_list_model_get_item (listed, 1);

    g_assert_cmpint (cr_involvement_get_agency_id (first), ==, fixture->hospital);
    g_assert_cmpstr (cr_involvement_get_agency_name (first), ==, "Northbridge Royal Infirmary");
    g_assert_cmpstr (cr_involvement_get_role (first), ==, "Referring agency");
    g_assert_cmpint (cr_involvement_get_agency_id (second), ==, fixture->police);
    g_assert_cmpstr (cr_involvement_get_role (second), ==, "Statutory partner");
  }
  involvements = sync_list_involvements (fixture->db, cr_case_get_id (kase), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (involvements->len, ==, 2);

  /* Processes oldest first, from the referral and on their own. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cr_referral_get_processes (back))), ==, 2);
  processes = sync_list_processes (fixture->db, cr_case_get_id (kase), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (processes->len, ==, 2);
  g_assert_cmpstr (cr_record_get (g_ptr_array_index (processes, 0), "kind"), ==, "police-investigation");
  g_assert_cmpstr (cr_record_get (g_ptr_array_index (processes, 0), "status"), ==, "ongoing");
  g_assert_cmpstr (cr_record_get (g_ptr_array_index (processes, 0), "reference"), ==, "OP-ASH-17");
  g_assert_cmpstr (cr_record_get (g_ptr_array_index (processes, 1), "kind"), ==, "inquest");
  g_assert_null (cr_record_get (g_ptr_array_index (processes, 1), "reference"));
  g_assert_cmpint (cr_record_get_id (g_ptr_array_index (processes, 0)), >, 0);
  g_assert_cmpint (cr_record_get_case_id (g_ptr_array_index (processes, 1)), ==, cr_case_get_id (kase));

  /* Text is stored trimmed. */
  {
    g_autoptr(CrReferral) padded = make_referral (fixture);
    g_autoptr(CrCase) other = NULL;
    g_autoptr(CrReferral) other_back = NULL;

    cr_record_set (CR_RECORD (padded), "location", "  a car park \n");
    other = create_referral_ok (fixture, padded);
    g_assert_cmpstr (cr_case_get_reference (other), ==, "CR-2025-002");
    other_back = sync_get_referral (fixture->db, cr_case_get_id (other), &error);
    g_assert_no_error (error);
    g_assert_cmpstr (cr_record_get (CR_RECORD (other_back), "location"), ==, "a car park");
  }

  assert_database_healthy (fixture->db);
}

/* A case recorded without the assistant gives only its own fields. */
static void
test_referral_of_plain_case (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(CrCase) kase = make_case ("CR-2025-100", "Child Q", "2025-02-10");
  g_autoptr(CrCase) stored = NULL;
  g_autoptr(CrReferral) referral = NULL;
  g_autoptr(GPtrArray) processes = NULL;
  g_autoptr(GError) error = NULL;

  cr_case_set_summary (kase, "Found alone at home.");
  stored = sync_create_case (fixture->db, kase, &error);
  g_assert_no_error (error);

  referral = sync_get_referral (fixture->db, cr_case_get_id (stored), &error);
  g_assert_no_error (error);
  g_assert_cmpint (cr_record_get_id (CR_RECORD (referral)), ==, 0);
  g_assert_cmpint (cr_record_get_case_id (CR_RECORD (referral)), ==, cr_case_get_id (stored));
  g_assert_cmpstr (cr_record_get (CR_RECORD (referral), "pseudonym"), ==, "Child Q");
  g_assert_cmpstr (cr_record_get (CR_RECORD (referral), "summary"), ==, "Found alone at home.");
  g_assert_cmpstr (cr_record_get (CR_RECORD (referral), "aware-date"), ==, "2025-02-10");
  g_assert_null (cr_record_get (CR_RECORD (referral), "referral-date"));
  g_assert_null (cr_record_get (CR_RECORD (referral), "referring-agency-name"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cr_referral_get_children (referral))), ==, 0);

  processes = sync_list_processes (fixture->db, cr_case_get_id (stored), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (processes->len, ==, 0);

  g_assert_null (sync_get_referral (fixture->db, 9999, &error));
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_NOT_FOUND);
}

/* ---- References ------------------------------------------------------------------- */

typedef struct
{
  GPtrArray *references;
  guint      n_done;
} Collected;

static void
on_referral_created_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  Collected *collected = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrCase) kase = cr_database_create_referral_finish (CR_DATABASE (source), result, &error);

  g_assert_no_error (error);
  g_ptr_array_add (collected->references, g_strdup (cr_case_get_reference (kase)));
  collected->n_done++;
}

static void
test_reference_numbering (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(CrDatabase) second_db = NULL;
  g_autoptr(GPtrArray) references = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(CrReferral) referral = make_referral (fixture);
  g_autoptr(GError) error = NULL;
  Collected collected = { references, 0 };
  const guint n_each = 6;
  sqlite3 *raw;

  /* Numbers with gaps, another prefix, another year, odd suffixes and a
   * reference typed in lower case (the column ignores case). */
  raw = open_raw (fixture->path);
  exec_raw (raw,
            "INSERT INTO cases (reference, pseudonym) VALUES ('CR-2025-001', 'Child A');"
            "INSERT INTO cases (reference, pseudonym) VALUES ('CR-2025-005', 'Child B');"
            "INSERT INTO cases (reference, pseudonym) VALUES ('cr-2025-009', 'Child C');"
            "INSERT INTO cases (reference, pseudonym) VALUES ('CR-2025-ABC', 'Child D');"
            "INSERT INTO cases (reference, pseudonym) VALUES ('CR-2025-0X1', 'Child E');"
            "INSERT INTO cases (reference, pseudonym) VALUES ('CR-2024-050', 'Child F');"
            "INSERT INTO cases (reference, pseudonym) VALUES ('CRX-2025-070', 'Child G');");
  sqlite3_close (raw);

  {
    g_autoptr(CrCase) kase = create_referral_ok (fixture, referral);

    g_assert_cmpstr (cr_case_get_reference (kase), ==, "CR-2025-010");
  }

  /* The year is the referral's; another prefix has its own numbers. */
  {
    g_autoptr(CrReferral) older = make_referral (fixture);
    g_autoptr(CrCase) kase = NULL;

    cr_record_set (CR_RECORD (older), "incident-date", "2024-12-30");
    cr_record_set (CR_RECORD (older), "aware-date", "2024-12-30");
    cr_record_set (CR_RECORD (older), "referral-date", "2024-12-31");
    kase = create_referral_ok (fixture, older);
    g_assert_cmpstr (cr_case_get_reference (kase), ==, "CR-2024-051");

    g_clear_object (&kase);
    kase = sync_create_referral (fixture->db, referral, "C-", &error);
    g_assert_no_error (error);
    g_assert_cmpstr (cr_case_get_reference (kase), ==, "C--2025-001");
  }

  /* Two programs recording referrals at the same moment never share a
   * number, and leave no gap. */
  second_db = cr_test_open_database (fixture->path);
  for (guint i = 0; i < n_each; i++)
    {
      cr_database_create_referral_async (fixture->db, referral, "CR", NULL, on_referral_created_cb, &collected);
      cr_database_create_referral_async (second_db, referral, "CR", NULL, on_referral_created_cb, &collected);
    }
  cr_test_wait_count (&collected.n_done, 2 * n_each, "concurrent referrals");

  for (guint i = 0; i < 2 * n_each; i++)
    {
      g_autofree char *expected = g_strdup_printf ("CR-2025-%03u", 11 + i);
      gboolean found = FALSE;

      for (guint j = 0; j < references->len; j++)
        found |= g_str_equal (g_ptr_array_index (references, j), expected);
      g_assert_true (found);
    }
  cr_database_close (second_db);

  /* A prefix the reference rules refuse. */
  g_assert_null (sync_create_referral (fixture->db, referral, "C R!", &error));
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (sync_create_referral (fixture->db, referral, "", &error));
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
}

/* ---- Nothing written on error ------------------------------------------------------ */

static void
assert_refused (Fixture     *fixture,
                CrReferral  *referral,
                GQuark       domain,
                int          code)
{
  g_autofree char *before = count_rows (fixture->path);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrCase) kase = sync_create_referral (fixture->db, referral, "CR", &error);

  g_assert_null (kase);
  g_assert_error (error, domain, code);
  g_test_message ("refused: %s", error->message);
  after = count_rows (fixture->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_validation_writes_nothing (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* A field missing (the step check). */
  {
    g_autoptr(CrReferral) referral = make_referral (fixture);

    cr_record_set (CR_RECORD (referral), "referral-date", NULL);
    assert_refused (fixture, referral, CR_CASE_ERROR, CR_CASE_ERROR_INVALID);
  }

  /* Dates out of order (the record's own rules). */
  {
    g_autoptr(CrReferral) referral = make_referral (fixture);

    cr_record_set (CR_RECORD (referral), "aware-date", "2025-02-01");
    assert_refused (fixture, referral, CR_CASE_ERROR, CR_CASE_ERROR_INVALID);
  }

  /* No child. */
  {
    g_autoptr(CrReferral) referral = make_referral (fixture);

    g_list_store_remove_all (cr_referral_get_children (referral));
    assert_refused (fixture, referral, CR_CASE_ERROR, CR_CASE_ERROR_INVALID);
  }

  /* An agency involved that no longer exists: found inside the
   * transaction, after the case and children were written, and rolled
   * back with them. */
  {
    g_autoptr(CrReferral) referral = make_referral (fixture);
    g_autoptr(CrInvolvement) ghost = cr_involvement_new ();

    cr_involvement_set_agency_id (ghost, 4242);
    g_list_store_append (cr_referral_get_involvements (referral), ghost);
    assert_refused (fixture, referral, CR_STORAGE_ERROR, CR_STORAGE_ERROR_NOT_FOUND);
  }

  /* A referring agency that has been archived. */
  {
    g_autoptr(CrReferral) referral = make_referral (fixture);
    g_autofree char *old_value = NULL;

    sync_update_field (fixture->db, "agency", fixture->hospital, "archived", "true", &old_value, &error);
    g_assert_no_error (error);
    assert_refused (fixture, referral, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
    sync_update_field (fixture->db, "agency", fixture->hospital, "archived", "false", NULL, &error);
    g_assert_no_error (error);
  }

  /* A child's restricted field that is not valid. */
  {
    g_autoptr(CrReferral) referral = make_referral (fixture);
    g_autoptr(CrChild) child = g_list_model_get_item (G_LIST_MODEL (cr_referral_get_children (referral)), 1);

    cr_identity_set_value (cr_child_get_identity (child), CR_IDENTITY_FIELD_DATE_OF_BIRTH, "2999-01-01");
    assert_refused (fixture, referral, CR_CASE_ERROR, CR_CASE_ERROR_INVALID);
  }

  /* And the same referral, put right, is recorded. */
  {
    g_autoptr(CrReferral) referral = make_referral (fixture);
    g_autoptr(CrCase) kase = create_referral_ok (fixture, referral);

    g_assert_cmpstr (cr_case_get_reference (kase), ==, "CR-2025-001");
  }
}

/* ---- Restricted identity stays in its table ------------------------------------------ */

static void
test_identity_never_leaks (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(CrReferral) referral = make_referral (fixture);
  g_autoptr(CrCase) kase = create_referral_ok (fixture, referral);
  const char * const planted[] = { PLANTED_NAME, PLANTED_NAME_2, PLANTED_ADDRESS, "2024-10-01" };
  sqlite3_stmt *tables = NULL;
  sqlite3 *raw;
  guint n_checked = 0;

  /* A draft may hold it (it is not audited), and a reveal is audited. */
  {
    g_autofree char *draft = cr_referral_to_draft (referral, 1);
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) children = sync_list_children (fixture->db, cr_case_get_id (kase), &error);
    g_autoptr(CrIdentity) identity = NULL;

    g_assert_no_error (error);
    g_assert_nonnull (strstr (draft, PLANTED_NAME));
    sync_save_draft (fixture->db, "referral", "draft-1", "Child A", draft, &error);
    g_assert_no_error (error);
    identity = sync_reveal (fixture->db, "child", cr_child_get_id (g_ptr_array_index (children, 0)),
                            "Checking", &error);
    g_assert_no_error (error);
  }

  /* Every value of every table but the identity and the drafts. */
  raw = open_raw (fixture->path);
  g_assert_cmpint (sqlite3_prepare_v2 (raw,
                                       "SELECT name FROM sqlite_schema WHERE type = 'table'"
                                       " AND name NOT IN ('identity_fields', 'drafts')",
                                       -1, &tables, NULL), ==, SQLITE_OK);
  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"", sqlite3_column_text (tables, 0));
      sqlite3_stmt *rows = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (raw, sql, -1, &rows, NULL), ==, SQLITE_OK);
      while (sqlite3_step (rows) == SQLITE_ROW)
        for (int c = 0; c < sqlite3_column_count (rows); c++)
          {
            const char *value = (const char *) sqlite3_column_text (rows, c);

            for (guint p = 0; value != NULL && p < G_N_ELEMENTS (planted); p++)
              if (strstr (value, planted[p]) != NULL)
                g_error ("“%s” found in %s.%s: %s", planted[p], sqlite3_column_text (tables, 0),
                         sqlite3_column_name (rows, c), value);
            n_checked++;
          }
      sqlite3_finalize (rows);
    }
  sqlite3_finalize (tables);

  /* The audit trail says which restricted fields were set, not to what. */
  g_assert_cmpint (query_int_raw (raw,
                                  "SELECT count(*) FROM audit WHERE entity = 'child' AND field = 'name'"
                                  " AND new_value = '(restricted)'"), ==, 2);
  g_assert_cmpint (query_int_raw (raw, "SELECT count(*) FROM audit WHERE entity = 'referral'"
                                       " AND action = 'insert'"), ==, 1);
  g_assert_cmpint (query_int_raw (raw, "SELECT count(*) FROM audit WHERE action = 'reveal'"), ==, 1);
  sqlite3_close (raw);

  g_assert_cmpuint (n_checked, >, 100);
}

/* ---- Rapid review ----------------------------------------------------------------------- */

/* A case as the assistant leaves it: notified on 5 March 2025. */
static gint64
store_notified_case (Fixture *fixture)
{
  g_autoptr(CrReferral) referral = make_referral (fixture);
  g_autoptr(CrCase) kase = create_referral_ok (fixture, referral);

  g_assert_cmpint (cr_case_get_status (kase), ==, CR_CASE_STATUS_NOTIFIED);
  return cr_case_get_id (kase);
}

static CrRapidReview *
get_rapid_review_ok (Fixture *fixture,
                     gint64   case_id)
{
  g_autoptr(GError) error = NULL;
  CrRapidReview *rapid_review = sync_get_rapid_review (fixture->db, case_id, &error);

  g_assert_no_error (error);
  return rapid_review;
}

static CrCase *
save_ok (Fixture        *fixture,
         CrRapidReview  *rapid_review)
{
  g_autoptr(GError) error = NULL;
  CrCase *kase = sync_save_rapid_review (fixture->db, rapid_review, &error);

  g_assert_no_error (error);
  g_assert_nonnull (kase);
  return kase;
}

static void
add_attendee (Fixture       *fixture,
              CrRapidReview *rapid_review,
              gint64         agency_id,
              const char    *name)
{
  g_autoptr(CrAttendee) attendee = cr_attendee_new ();
  g_autofree char *agency = id_text (agency_id);

  cr_record_set (CR_RECORD (attendee), "agency-id", agency);
  cr_record_set (CR_RECORD (attendee), "name", name);
  cr_record_set (CR_RECORD (attendee), "attended", "true");
  g_list_store_append (cr_rapid_review_get_attendees (rapid_review), attendee);
}

static void
record_meeting (Fixture       *fixture,
                CrRapidReview *rapid_review)
{
  g_autoptr(CrAgencySummary) summary = cr_agency_summary_new ();
  g_autofree char *police = id_text (fixture->police);

  cr_record_set (CR_RECORD (rapid_review), "meeting-date", "2025-03-18");
  cr_record_set (CR_RECORD (rapid_review), "chair", "Independent chair");
  add_attendee (fixture, rapid_review, fixture->police, "DI Chloe Dummy");
  add_attendee (fixture, rapid_review, fixture->hospital, "Ruth Specimen");
  cr_record_set (CR_RECORD (summary), "agency-id", police);
  cr_record_set (CR_RECORD (summary), "requested-date", "2025-03-06");
  cr_record_set (CR_RECORD (summary), "due-date", "2025-03-19");
  g_list_store_append (cr_rapid_review_get_summaries (rapid_review), summary);
}

static void
sign_off_all (CrRapidReview *rapid_review)
{
  GListModel *sign_offs = G_LIST_MODEL (cr_rapid_review_get_sign_offs (rapid_review));

  for (guint i = 0; i < g_list_model_get_n_items (sign_offs); i++)
    {
      g_autoptr(CrRecord) sign_off = g_list_model_get_item (sign_offs, i);

      cr_record_set (sign_off, "name", "Delegated partner");
      cr_record_set (sign_off, "role", "Director");
      cr_record_set (sign_off, "signed-date", "2025-03-21");
    }
}

static void
decide (CrRapidReview *rapid_review,
        const char    *decision)
{
  cr_record_set (CR_RECORD (rapid_review), "decision", decision);
  cr_record_set (CR_RECORD (rapid_review), "decision-rationale", "Agreed at the meeting.");
  cr_record_set (CR_RECORD (rapid_review), "decision-date", "2025-03-20");
  sign_off_all (rapid_review);
}

static void
send_report (CrRapidReview *rapid_review)
{
  cr_record_set (CR_RECORD (rapid_review), "report-sent-date", "2025-03-24");
}

static void
respond (CrRapidReview *rapid_review,
         const char    *response)
{
  cr_record_set (CR_RECORD (rapid_review), "panel-response", response);
  cr_record_set (CR_RECORD (rapid_review), "panel-response-date", response != NULL ? "2025-04-02" : NULL);
}

static void
test_rapid_review_round_trip (Fixture       *fixture,
                              gconstpointer  data)
{
  gint64 case_id = store_notified_case (fixture);
  g_autoptr(CrRapidReview) empty = get_rapid_review_ok (fixture, case_id);
  g_autoptr(CrRapidReview) back = NULL;
  g_autoptr(CrCase) kase = NULL;
  g_autofree char *audit_before = NULL;
  GListModel *sign_offs;

  /* None yet: a new one with the three partners. */
  g_assert_cmpint (cr_record_get_id (CR_RECORD (empty)), ==, 0);
  g_assert_cmpint (cr_record_get_case_id (CR_RECORD (empty)), ==, case_id);
  sign_offs = G_LIST_MODEL (cr_rapid_review_get_sign_offs (empty));
  g_assert_cmpuint (g_list_model_get_n_items (sign_offs), ==, 3);

  record_meeting (fixture, empty);
  cr_record_set (CR_RECORD (empty), "key-practice-episodes", "Missed health appointments.");
  kase = save_ok (fixture, empty);
  g_assert_cmpint (cr_case_get_status (kase), ==, CR_CASE_STATUS_RAPID_REVIEW);
  g_assert_cmpint (cr_case_get_review_type (kase), ==, CR_REVIEW_TYPE_UNDECIDED);

  back = get_rapid_review_ok (fixture, case_id);
  g_assert_cmpint (cr_record_get_id (CR_RECORD (back)), ==, case_id);
  g_assert_cmpstr (cr_record_get (CR_RECORD (back), "meeting-date"), ==, "2025-03-18");
  g_assert_cmpstr (cr_record_get (CR_RECORD (back), "key-practice-episodes"), ==, "Missed health appointments.");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cr_rapid_review_get_attendees (back))), ==, 2);
  {
    g_autoptr(CrRecord) attendee = g_list_model_get_item (G_LIST_MODEL (cr_rapid_review_get_attendees (back)), 0);
    g_autoptr(CrRecord) summary = g_list_model_get_item (G_LIST_MODEL (cr_rapid_review_get_summaries (back)), 0);

    g_assert_cmpstr (cr_record_get (attendee, "name"), ==, "DI Chloe Dummy");
    g_assert_cmpstr (cr_record_get (attendee, "agency-name"), ==, "Westshire Police");
    g_assert_true (cr_record_get_boolean (attendee, "attended"));
    g_assert_cmpstr (cr_record_get (summary, "agency-name"), ==, "Westshire Police");
    g_assert_cmpstr (cr_record_get (summary, "due-date"), ==, "2025-03-19");
  }
  sign_offs = G_LIST_MODEL (cr_rapid_review_get_sign_offs (back));
  g_assert_cmpuint (g_list_model_get_n_items (sign_offs), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(CrRecord) sign_off = g_list_model_get_item (sign_offs, i);
      const char *expected[] = { "local-authority", "icb", "police" };

      g_assert_cmpstr (cr_record_get (sign_off, "partner"), ==, expected[i]);
      g_assert_cmpint (cr_record_get_case_id (sign_off), ==, case_id);
    }

  /* Saving what was read back changes nothing, and audits nothing. */
  audit_before = count_rows (fixture->path);
  g_clear_object (&kase);
  kase = save_ok (fixture, back);
  {
    g_autofree char *audit_after = count_rows (fixture->path);

    g_assert_cmpstr (audit_before, ==, audit_after);
  }

  /* Lists are replaced: one attendee removed, one changed, one added. */
  {
    GListStore *attendees = cr_rapid_review_get_attendees (back);
    g_autoptr(CrRecord) kept = g_list_model_get_item (G_LIST_MODEL (attendees), 1);
    g_autoptr(CrRapidReview) again = NULL;
    gint64 kept_id = cr_record_get_id (kept);

    g_list_store_remove (attendees, 0);
    cr_record_set (kept, "role", "Named nurse");
    add_attendee (fixture, back, fixture->social_care, "Priya Example");
    g_clear_object (&kase);
    kase = save_ok (fixture, back);

    again = get_rapid_review_ok (fixture, case_id);
    attendees = cr_rapid_review_get_attendees (again);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (attendees)), ==, 2);
    {
      g_autoptr(CrRecord) first = g_list_model_get_item (G_LIST_MODEL (attendees), 0);
      g_autoptr(CrRecord) second = g_list_model_get_item (G_LIST_MODEL (attendees), 1);

      g_assert_cmpint (cr_record_get_id (first), ==, kept_id);
      g_assert_cmpstr (cr_record_get (first, "role"), ==, "Named nurse");
      g_assert_cmpstr (cr_record_get (second, "agency-name"), ==, "Children's Social Care");
    }
  }
}

typedef struct
{
  const char   *decision;
  const char   *response;
  CrCaseStatus  outcome;
  CrReviewType  review_type;
} DecisionPath;

static void
test_every_decision_path (Fixture       *fixture,
                          gconstpointer  data)
{
  static const DecisionPath paths[] = {
    { "lcspr", "agrees", CR_CASE_STATUS_LCSPR_COMMISSIONING, CR_REVIEW_TYPE_LCSPR },
    { "no-further-review", "agrees", CR_CASE_STATUS_NO_FURTHER_REVIEW, CR_REVIEW_TYPE_RAPID_REVIEW_ONLY },
    { "other-learning-review", "agrees", CR_CASE_STATUS_OTHER_LEARNING_REVIEW, CR_REVIEW_TYPE_OTHER_LEARNING_REVIEW },
    { "national-review", "agrees", CR_CASE_STATUS_NATIONAL_REVIEW, CR_REVIEW_TYPE_NATIONAL },
    { "lcspr", "national-review", CR_CASE_STATUS_NATIONAL_REVIEW, CR_REVIEW_TYPE_NATIONAL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      gint64 case_id = store_notified_case (fixture);
      g_autoptr(CrRapidReview) rapid_review = get_rapid_review_ok (fixture, case_id);
      g_autoptr(CrCase) kase = NULL;
      g_autoptr(GPtrArray) audit = NULL;
      g_autoptr(GError) error = NULL;
      GString *statuses = g_string_new (NULL);
      g_autofree char *moves = NULL;
      g_autofree char *last = NULL;

      g_test_message ("decision %s, Panel %s", paths[i].decision, paths[i].response);

      /* Step by step as the assistant goes. */
      record_meeting (fixture, rapid_review);
      kase = save_ok (fixture, rapid_review);
      g_assert_cmpint (cr_case_get_status (kase), ==, CR_CASE_STATUS_RAPID_REVIEW);

      decide (rapid_review, paths[i].decision);
      g_clear_object (&kase);
      kase = save_ok (fixture, rapid_review);
      g_assert_cmpint (cr_case_get_status (kase), ==, CR_CASE_STATUS_RAPID_REVIEW_DECISION);
      g_assert_cmpstr (cr_case_get_decision_date (kase), ==, "2025-03-20");
      g_assert_null (cr_case_get_rr_sent_date (kase));

      send_report (rapid_review);
      g_clear_object (&kase);
      kase = save_ok (fixture, rapid_review);
      g_assert_cmpint (cr_case_get_status (kase), ==, CR_CASE_STATUS_AWAITING_PANEL);
      g_assert_cmpstr (cr_case_get_rr_sent_date (kase), ==, "2025-03-24");

      respond (rapid_review, paths[i].response);
      g_clear_object (&kase);
      kase = save_ok (fixture, rapid_review);
      g_assert_cmpint (cr_case_get_status (kase), ==, paths[i].outcome);
      g_assert_cmpint (cr_case_get_review_type (kase), ==, paths[i].review_type);
      g_assert_cmpstr (cr_case_get_decision_date (kase), ==, "2025-03-20");

      /* Saved again, it stays where it is. */
      g_clear_object (&kase);
      kase = save_ok (fixture, rapid_review);
      g_assert_cmpint (cr_case_get_status (kase), ==, paths[i].outcome);

      /* Every status on the way is in the audit trail. */
      audit = sync_list_audit (fixture->db, case_id, &error);
      g_assert_no_error (error);
      for (guint j = 0; j < audit->len; j++)
        {
          CrAuditEntry *entry = g_ptr_array_index (audit, j);

          if (g_strcmp0 (cr_audit_entry_get_entity (entry), "case") == 0 &&
              g_strcmp0 (cr_audit_entry_get_field (entry), "status") == 0)
            g_string_append_printf (statuses, "%s ", cr_audit_entry_get_new_value (entry));
        }
      moves = g_string_free (statuses, FALSE);
      last = g_strconcat (cr_case_status_to_nick (paths[i].outcome), " ", NULL);
      g_assert_true (g_str_has_prefix (moves, "rapid-review rapid-review-decision awaiting-panel "));
      g_assert_true (g_str_has_suffix (moves, last));
    }

  /* All at once, from the notification to the outcome in one save. */
  {
    gint64 case_id = store_notified_case (fixture);
    g_autoptr(CrRapidReview) rapid_review = get_rapid_review_ok (fixture, case_id);
    g_autoptr(CrCase) kase = NULL;

    record_meeting (fixture, rapid_review);
    decide (rapid_review, "other-learning-review");
    send_report (rapid_review);
    respond (rapid_review, "agrees");
    kase = save_ok (fixture, rapid_review);
    g_assert_cmpint (cr_case_get_status (kase), ==, CR_CASE_STATUS_OTHER_LEARNING_REVIEW);
    g_assert_cmpint (cr_case_get_review_type (kase), ==, CR_REVIEW_TYPE_OTHER_LEARNING_REVIEW);
    g_assert_cmpstr (cr_case_get_rr_sent_date (kase), ==, "2025-03-24");
  }

  /* Not notifiable after all: the rapid review ends there. */
  {
    gint64 case_id = store_notified_case (fixture);
    g_autoptr(CrRapidReview) rapid_review = get_rapid_review_ok (fixture, case_id);
    g_autoptr(CrCase) kase = NULL;

    record_meeting (fixture, rapid_review);
    decide (rapid_review, "not-notifiable");
    kase = save_ok (fixture, rapid_review);
    g_assert_cmpint (cr_case_get_status (kase), ==, CR_CASE_STATUS_RAPID_REVIEW_NOT_REQUIRED);
    g_assert_cmpint (cr_case_get_review_type (kase), ==, CR_REVIEW_TYPE_RAPID_REVIEW_ONLY);
  }

  assert_database_healthy (fixture->db);
}

static void
test_reconsider_loops (Fixture       *fixture,
                       gconstpointer  data)
{
  gint64 case_id = store_notified_case (fixture);
  g_autoptr(CrRapidReview) rapid_review = get_rapid_review_ok (fixture, case_id);
  g_autoptr(CrCase) kase = NULL;

  record_meeting (fixture, rapid_review);
  decide (rapid_review, "no-further-review");
  send_report (rapid_review);
  kase = save_ok (fixture, rapid_review);
  g_assert_cmpint (cr_case_get_status (kase), ==, CR_CASE_STATUS_AWAITING_PANEL);
  g_assert_cmpint (cr_case_get_review_type (kase), ==, CR_REVIEW_TYPE_RAPID_REVIEW_ONLY);

  for (guint round = 0; round < 2; round++)
    {
      /* The Panel sends it back: to the decision, once. */
      respond (rapid_review, round == 0 ? "reconsider" : "more-information");
      g_clear_object (&kase);
      kase = save_ok (fixture, rapid_review);
      g_assert_cmpint (cr_case_get_status (kase), ==, CR_CASE_STATUS_RAPID_REVIEW_DECISION);
      g_clear_object (&kase);
      kase = save_ok (fixture, rapid_review);
      g_assert_cmpint (cr_case_get_status (kase), ==, CR_CASE_STATUS_RAPID_REVIEW_DECISION);

      /* The partners decide again and send the report again. */
      respond (rapid_review, NULL);
      decide (rapid_review, round == 0 ? "other-learning-review" : "lcspr");
      g_clear_object (&kase);
      kase = save_ok (fixture, rapid_review);
      g_assert_cmpint (cr_case_get_status (kase), ==, CR_CASE_STATUS_AWAITING_PANEL);
      g_assert_cmpint (cr_case_get_review_type (kase), ==,
                       round == 0 ? CR_REVIEW_TYPE_OTHER_LEARNING_REVIEW : CR_REVIEW_TYPE_LCSPR);
    }

  respond (rapid_review, "agrees");
  g_clear_object (&kase);
  kase = save_ok (fixture, rapid_review);
  g_assert_cmpint (cr_case_get_status (kase), ==, CR_CASE_STATUS_LCSPR_COMMISSIONING);
  g_assert_cmpint (cr_case_get_review_type (kase), ==, CR_REVIEW_TYPE_LCSPR);
}

static void
assert_save_refused (Fixture        *fixture,
                     CrRapidReview  *rapid_review,
                     GQuark          domain,
                     int             code)
{
  g_autofree char *before = count_rows (fixture->path);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrCase) kase = sync_save_rapid_review (fixture->db, rapid_review, &error);

  g_assert_null (kase);
  g_assert_error (error, domain, code);
  g_test_message ("refused: %s", error->message);
  after = count_rows (fixture->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_illegal_rapid_review_refused (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* Not notified yet: no rapid review. */
  {
    g_autoptr(CrReferral) referral = make_referral (fixture);
    g_autoptr(CrCase) kase = NULL;
    g_autoptr(CrRapidReview) rapid_review = NULL;

    cr_record_set (CR_RECORD (referral), "notify-decision", "pending");
    cr_record_set (CR_RECORD (referral), "notified-date", NULL);
    kase = create_referral_ok (fixture, referral);
    g_assert_cmpint (cr_case_get_status (kase), ==, CR_CASE_STATUS_NOTIFICATION_DECISION);

    rapid_review = get_rapid_review_ok (fixture, cr_case_get_id (kase));
    record_meeting (fixture, rapid_review);
    assert_save_refused (fixture, rapid_review, CR_CASE_ERROR, CR_CASE_ERROR_ILLEGAL_TRANSITION);
  }

  /* A report sent before the three partners signed off. */
  {
    gint64 case_id = store_notified_case (fixture);
    g_autoptr(CrRapidReview) rapid_review = get_rapid_review_ok (fixture, case_id);
    g_autoptr(CrRecord) police = NULL;

    record_meeting (fixture, rapid_review);
    decide (rapid_review, "lcspr");
    send_report (rapid_review);
    police = g_list_model_get_item (G_LIST_MODEL (cr_rapid_review_get_sign_offs (rapid_review)), 2);
    cr_record_set (police, "signed-date", NULL);
    assert_save_refused (fixture, rapid_review, CR_CASE_ERROR, CR_CASE_ERROR_INVALID);
  }

  /* A decision dated before the notification: the case's own rules. */
  {
    gint64 case_id = store_notified_case (fixture);
    g_autoptr(CrRapidReview) rapid_review = get_rapid_review_ok (fixture, case_id);

    record_meeting (fixture, rapid_review);
    decide (rapid_review, "lcspr");
    cr_record_set (CR_RECORD (rapid_review), "decision-date", "2025-03-03");
    assert_save_refused (fixture, rapid_review, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
  }

  /* A new attendee from an archived agency. */
  {
    gint64 case_id = store_notified_case (fixture);
    g_autoptr(CrRapidReview) rapid_review = get_rapid_review_ok (fixture, case_id);

    sync_update_field (fixture->db, "agency", fixture->social_care, "archived", "true", NULL, &error);
    g_assert_no_error (error);
    record_meeting (fixture, rapid_review);
    add_attendee (fixture, rapid_review, fixture->social_care, "Priya Example");
    assert_save_refused (fixture, rapid_review, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
    sync_update_field (fixture->db, "agency", fixture->social_care, "archived", "false", NULL, &error);
    g_assert_no_error (error);
  }

  /* Past the rapid review, the decision that led on cannot change. */
  {
    gint64 case_id = store_notified_case (fixture);
    g_autoptr(CrRapidReview) rapid_review = get_rapid_review_ok (fixture, case_id);
    g_autoptr(CrCase) kase = NULL;

    record_meeting (fixture, rapid_review);
    decide (rapid_review, "lcspr");
    send_report (rapid_review);
    respond (rapid_review, "agrees");
    kase = save_ok (fixture, rapid_review);
    g_assert_cmpint (cr_case_get_status (kase), ==, CR_CASE_STATUS_LCSPR_COMMISSIONING);

    cr_record_set (CR_RECORD (rapid_review), "decision", "no-further-review");
    assert_save_refused (fixture, rapid_review, CR_CASE_ERROR, CR_CASE_ERROR_ILLEGAL_TRANSITION);

    /* Notes may still be completed. */
    cr_record_set (CR_RECORD (rapid_review), "decision", "lcspr");
    cr_record_set (CR_RECORD (rapid_review), "panel-response-notes", "Letter filed.");
    g_clear_object (&kase);
    kase = save_ok (fixture, rapid_review);
    g_assert_cmpint (cr_case_get_status (kase), ==, CR_CASE_STATUS_LCSPR_COMMISSIONING);
    g_assert_cmpint (cr_case_get_review_type (kase), ==, CR_REVIEW_TYPE_LCSPR);
  }

  /* No such case. */
  {
    g_autoptr(CrRapidReview) rapid_review = cr_rapid_review_new ();

    cr_record_set_case_id (CR_RECORD (rapid_review), 98765);
    assert_save_refused (fixture, rapid_review, CR_STORAGE_ERROR, CR_STORAGE_ERROR_NOT_FOUND);
    g_assert_null (sync_get_rapid_review (fixture->db, 98765, &error));
    g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_NOT_FOUND);
  }
}

/* Counts the audit rows of @case_id matching @entity, @action and, when
 * not NULL, @field. */
static guint
count_audit (GPtrArray  *audit,
             const char *entity,
             const char *action,
             const char *field)
{
  guint n = 0;

  for (guint i = 0; i < audit->len; i++)
    {
      CrAuditEntry *entry = g_ptr_array_index (audit, i);

      if (g_strcmp0 (cr_audit_entry_get_entity (entry), entity) == 0 &&
          g_strcmp0 (cr_audit_entry_get_action (entry), action) == 0 &&
          (field == NULL || g_strcmp0 (cr_audit_entry_get_field (entry), field) == 0))
        n++;
    }
  return n;
}

static void
test_records_audited (Fixture       *fixture,
                      gconstpointer  data)
{
  gint64 case_id = store_notified_case (fixture);
  g_autoptr(CrRapidReview) rapid_review = get_rapid_review_ok (fixture, case_id);
  g_autoptr(CrCase) kase = NULL;
  g_autoptr(GPtrArray) audit = NULL;
  g_autoptr(GError) error = NULL;

  record_meeting (fixture, rapid_review);
  kase = save_ok (fixture, rapid_review);
  g_clear_object (&rapid_review);
  rapid_review = get_rapid_review_ok (fixture, case_id);

  /* Remove an attendee, receive a summary, sign for one partner. */
  g_list_store_remove (cr_rapid_review_get_attendees (rapid_review), 0);
  {
    g_autoptr(CrRecord) summary = g_list_model_get_item (G_LIST_MODEL (cr_rapid_review_get_summaries (rapid_review)), 0);
    g_autoptr(CrRecord) icb = g_list_model_get_item (G_LIST_MODEL (cr_rapid_review_get_sign_offs (rapid_review)), 1);

    cr_record_set (summary, "received-date", "2025-03-17");
    cr_record_set (icb, "name", "Omar Placeholder");
    cr_record_set (icb, "signed-date", "2025-03-21");
  }
  g_clear_object (&kase);
  kase = save_ok (fixture, rapid_review);

  audit = sync_list_audit (fixture->db, case_id, &error);
  g_assert_no_error (error);

  /* The referral and its parts. */
  g_assert_cmpuint (count_audit (audit, "referral", "insert", NULL), ==, 1);
  g_assert_cmpuint (count_audit (audit, "parallel-process", "insert", NULL), ==, 2);
  g_assert_cmpuint (count_audit (audit, "child", "insert", NULL), ==, 2);
  g_assert_cmpuint (count_audit (audit, "involvement", "insert", NULL), ==, 2);

  /* The rapid review, its lists, and only what changed. */
  g_assert_cmpuint (count_audit (audit, "rapid-review", "insert", NULL), ==, 1);
  g_assert_cmpuint (count_audit (audit, "rapid-review", "update", NULL), ==, 0);
  g_assert_cmpuint (count_audit (audit, "attendee", "insert", NULL), ==, 2);
  g_assert_cmpuint (count_audit (audit, "attendee", "delete", NULL), ==, 1);
  g_assert_cmpuint (count_audit (audit, "attendee", "update", NULL), ==, 0);
  g_assert_cmpuint (count_audit (audit, "agency-summary", "insert", NULL), ==, 1);
  g_assert_cmpuint (count_audit (audit, "agency-summary", "update", NULL), ==, 1);
  g_assert_cmpuint (count_audit (audit, "agency-summary", "update", "received-date"), ==, 1);
  g_assert_cmpuint (count_audit (audit, "sign-off", "insert", NULL), ==, 3);
  g_assert_cmpuint (count_audit (audit, "sign-off", "update", NULL), ==, 2);
  g_assert_cmpuint (count_audit (audit, "sign-off", "update", "signed-date"), ==, 1);
  g_assert_cmpuint (count_audit (audit, "case", "update", "status"), ==, 1);

  for (guint i = 0; i < audit->len; i++)
    {
      CrAuditEntry *entry = g_ptr_array_index (audit, i);
      const char *entity = cr_audit_entry_get_entity (entry);

      g_assert_cmpint (cr_audit_entry_get_case_id (entry), ==, case_id);
      g_assert_cmpint (cr_audit_entry_get_entity_id (entry), >, 0);
      if (g_str_equal (entity, "referral") || g_str_equal (entity, "rapid-review"))
        g_assert_cmpint (cr_audit_entry_get_entity_id (entry), ==, case_id);
      if (g_str_equal (entity, "referral") && g_str_equal (cr_audit_entry_get_action (entry), "insert"))
        {
          g_assert_nonnull (strstr (cr_audit_entry_get_new_value (entry), "nature='serious-harm'"));
          g_assert_nonnull (strstr (cr_audit_entry_get_new_value (entry), "panel-reference='SIN-2025-0417'"));
        }
    }
}

/* ---- Drafts ----------------------------------------------------------------------------- */

static void
test_drafts (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *audit_before = NULL;
  sqlite3 *raw;
  gint64 n_audit;

  raw = open_raw (fixture->path);
  n_audit = query_int_raw (raw, "SELECT count(*) FROM audit");
  sqlite3_close (raw);

  g_assert_true (sync_save_draft (fixture->db, "referral", "k1", "Child A (incident 2 Mar 2025)", "first", &error));
  g_assert_no_error (error);
  g_assert_true (sync_save_draft (fixture->db, "referral", "k2", NULL, "second", &error));
  g_assert_no_error (error);
  g_assert_true (sync_save_draft (fixture->db, "rapid-review", "17", "Child Q", "review", &error));
  g_assert_no_error (error);

  /* Newest first, and only of the kind asked for. */
  drafts = sync_list_drafts (fixture->db, "referral", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (drafts->len, ==, 2);
  g_assert_cmpstr (((CrDraft *) g_ptr_array_index (drafts, 0))->key, ==, "k2");
  g_assert_null (((CrDraft *) g_ptr_array_index (drafts, 0))->title);
  g_assert_cmpstr (((CrDraft *) g_ptr_array_index (drafts, 1))->title, ==, "Child A (incident 2 Mar 2025)");
  g_assert_cmpstr (((CrDraft *) g_ptr_array_index (drafts, 1))->kind, ==, "referral");
  g_assert_true (g_str_has_suffix (((CrDraft *) g_ptr_array_index (drafts, 1))->updated_at, "Z"));
  g_clear_pointer (&drafts, g_ptr_array_unref);

  /* Saving the same kind and key replaces it, and makes it the newest. */
  g_assert_true (sync_save_draft (fixture->db, "referral", "k1", "Child A", "first, longer", &error));
  g_assert_no_error (error);
  drafts = sync_list_drafts (fixture->db, "referral", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (drafts->len, ==, 2);
  g_assert_cmpstr (((CrDraft *) g_ptr_array_index (drafts, 0))->key, ==, "k1");
  g_assert_cmpstr (((CrDraft *) g_ptr_array_index (drafts, 0))->data, ==, "first, longer");
  g_assert_cmpstr (((CrDraft *) g_ptr_array_index (drafts, 0))->title, ==, "Child A");
  g_clear_pointer (&drafts, g_ptr_array_unref);

  /* Deleting, twice. */
  g_assert_true (sync_delete_draft (fixture->db, "referral", "k1", &error));
  g_assert_no_error (error);
  g_assert_true (sync_delete_draft (fixture->db, "referral", "k1", &error));
  g_assert_no_error (error);
  drafts = sync_list_drafts (fixture->db, "referral", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (drafts->len, ==, 1);
  g_clear_pointer (&drafts, g_ptr_array_unref);
  drafts = sync_list_drafts (fixture->db, "rapid-review", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (drafts->len, ==, 1);
  g_assert_cmpstr (((CrDraft *) g_ptr_array_index (drafts, 0))->data, ==, "review");

  /* Refused before anything is written. */
  audit_before = count_rows (fixture->path);
  g_assert_false (sync_save_draft (fixture->db, "letter", "k", NULL, "x", &error));
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (sync_save_draft (fixture->db, "referral", "", NULL, "x", &error));
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (sync_save_draft (fixture->db, "referral", "k", NULL, "\xff\xfe", &error));
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (sync_list_drafts (fixture->db, "letter", &error));
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
  g_clear_error (&error);
  {
    g_autofree char *after = count_rows (fixture->path);

    g_assert_cmpstr (audit_before, ==, after);
  }

  /* Drafts are never audited. */
  raw = open_raw (fixture->path);
  g_assert_cmpint (query_int_raw (raw, "SELECT count(*) FROM audit"), ==, n_audit);
  sqlite3_close (raw);
}

/* ---- Pauses --------------------------------------------------------------------------------- */

static void
test_pauses (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(CrCase) kase = make_case ("CR-2025-200", "Child L", "2025-01-06");
  g_autoptr(CrCase) stored = NULL;
  g_autoptr(CrCase) moved = NULL;
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = NULL;
  g_autofree char *open = NULL;
  g_autofree char *closed = NULL;
  g_autofree char *twice = NULL;
  GDate date;
  gint64 id;
  sqlite3 *raw;

  cr_date_set_today (&date);
  today = cr_date_to_iso (&date);
  open = g_strdup_printf ("%s..", today);
  closed = g_strdup_printf ("%s..%s", today, today);
  twice = g_strdup_printf ("%s;%s", closed, open);

  cr_case_set_notified_date (kase, "2025-01-08");
  cr_case_set_decision_date (kase, "2025-02-01");
  cr_case_set_review_type (kase, CR_REVIEW_TYPE_LCSPR);
  cr_case_set_status (kase, CR_CASE_STATUS_LCSPR_EVIDENCE);
  stored = sync_create_case (fixture->db, kase, &error);
  g_assert_no_error (error);
  id = cr_case_get_id (stored);
  g_assert_null (cr_case_get_pauses (stored));

  moved = sync_transition (fixture->db, id, CR_CASE_STATUS_PAUSED, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cr_case_get_pauses (moved), ==, open);
  g_clear_object (&moved);

  /* A paused case cannot be paused again: nothing is recorded. */
  g_assert_null (sync_transition (fixture->db, id, CR_CASE_STATUS_PAUSED, &error));
  g_assert_error (error, CR_CASE_ERROR, CR_CASE_ERROR_ILLEGAL_TRANSITION);
  g_clear_error (&error);

  moved = sync_transition (fixture->db, id, CR_CASE_STATUS_LCSPR_EVIDENCE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cr_case_get_pauses (moved), ==, closed);
  g_clear_object (&moved);

  moved = sync_transition (fixture->db, id, CR_CASE_STATUS_LCSPR_ANALYSIS, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cr_case_get_pauses (moved), ==, closed);
  g_clear_object (&moved);

  moved = sync_transition (fixture->db, id, CR_CASE_STATUS_PAUSED, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cr_case_get_pauses (moved), ==, twice);
  g_assert_cmpint (cr_case_get_paused_from (moved), ==, CR_CASE_STATUS_LCSPR_ANALYSIS);

  /* The register reads the summary from the row. */
  cases = sync_list_cases (fixture->db, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < cases->len; i++)
    if (cr_case_get_id (g_ptr_array_index (cases, i)) == id)
      g_assert_cmpstr (cr_case_get_pauses (g_ptr_array_index (cases, i)), ==, twice);

  /* Each period is audited; one open at a time; the summary is
   * bookkeeping and does not move updated_at on its own. */
  raw = open_raw (fixture->path);
  g_assert_cmpint (query_int_raw (raw, "SELECT count(*) FROM audit WHERE entity = 'case-pause' AND action = 'insert'"),
                   ==, 2);
  g_assert_cmpint (query_int_raw (raw, "SELECT count(*) FROM audit WHERE entity = 'case-pause' AND action = 'update'"
                                       " AND field = 'ended'"), ==, 1);
  g_assert_cmpint (query_int_raw (raw, "SELECT count(*) FROM case_pauses WHERE ended IS NULL"), ==, 1);
  {
    g_autofree char *second_open = g_strdup_printf ("INSERT INTO case_pauses (case_id, started)"
                                                    " VALUES (%" G_GINT64_FORMAT ", '2025-05-01')", id);

    g_assert_cmpint (sqlite3_exec (raw, second_open, NULL, NULL, NULL) & 0xff, ==, SQLITE_CONSTRAINT);
  }
  g_assert_cmpint (sqlite3_exec (raw, "UPDATE case_pauses SET ended = '2000-01-01'", NULL, NULL, NULL) & 0xff,
                   ==, SQLITE_CONSTRAINT);
  sqlite3_close (raw);

  assert_database_healthy (fixture->db);
}

/* ---- Case columns of schema 5 ------------------------------------------------------------ */

static void
test_new_case_dates (Fixture       *fixture,
                     gconstpointer  data)
{
  const char * const *names = cr_case_get_stored_properties ();
  const char *dates[] = { "partners-informed-date", "rr-sent-date", "planned-publication-date", "copies-sent-date" };
  const char *values[] = { "2025-01-09", "2025-01-29", "2025-09-01", "2025-08-20" };
  g_autoptr(CrCase) kase = make_case ("CR-2025-300", "Child R", "2025-01-06");
  g_autoptr(CrCase) stored = NULL;
  g_autoptr(CrCase) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *old_value = NULL;

  cr_case_set_notified_date (kase, "2025-01-08");
  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_assert_true (g_strv_contains (names, dates[i]));
      g_object_set (kase, dates[i], values[i], NULL);
    }

  /* Created, read back, listed. */
  stored = sync_create_case (fixture->db, kase, &error);
  g_assert_no_error (error);
  back = sync_get_case (fixture->db, cr_case_get_id (stored), NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *value = NULL;

      g_object_get (back, dates[i], &value, NULL);
      g_assert_cmpstr (value, ==, values[i]);
    }

  /* Written one at a time, audited, and refused when not a date. */
  g_assert_true (sync_update_field (fixture->db, "case", cr_case_get_id (stored), "copies-sent-date",
                                    "2025-08-21", &old_value, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (old_value, ==, "2025-08-20");
  g_assert_false (sync_update_field (fixture->db, "case", cr_case_get_id (stored), "rr-sent-date",
                                     "31/01/2025", NULL, &error));
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (sync_update_field (fixture->db, "case", cr_case_get_id (stored), "partners-informed-date",
                                    NULL, NULL, &error));
  g_assert_no_error (error);

  /* Read back (the register reads them from one summary column). */
  {
    g_autoptr(CrCase) again = sync_get_case (fixture->db, cr_case_get_id (stored), NULL, &error);
    g_autoptr(GPtrArray) cases = sync_list_cases (fixture->db, &error);

    g_assert_no_error (error);
    g_assert_null (cr_case_get_partners_informed_date (again));
    g_assert_cmpstr (cr_case_get_rr_sent_date (again), ==, "2025-01-29");
    g_assert_cmpstr (cr_case_get_planned_publication_date (again), ==, "2025-09-01");
    g_assert_cmpstr (cr_case_get_copies_sent_date (again), ==, "2025-08-21");
    g_assert_null (cr_case_get_pauses (again));
    g_assert_cmpuint (cases->len, ==, 1);
    g_assert_cmpstr (cr_case_get_copies_sent_date (g_ptr_array_index (cases, 0)), ==, "2025-08-21");
  }
  g_assert_true (sync_update_field (fixture->db, "case", cr_case_get_id (stored), "rr-sent-date",
                                    NULL, NULL, &error));
  g_assert_true (sync_update_field (fixture->db, "case", cr_case_get_id (stored), "planned-publication-date",
                                    NULL, NULL, &error));
  g_assert_true (sync_update_field (fixture->db, "case", cr_case_get_id (stored), "copies-sent-date",
                                    NULL, NULL, &error));
  g_assert_no_error (error);
  {
    g_autoptr(CrCase) cleared = sync_get_case (fixture->db, cr_case_get_id (stored), NULL, &error);
    sqlite3 *raw = open_raw (fixture->path);

    g_assert_no_error (error);
    g_assert_null (cr_case_get_rr_sent_date (cleared));
    g_assert_null (cr_case_get_copies_sent_date (cleared));
    g_assert_cmpint (query_int_raw (raw, "SELECT count(*) FROM cases WHERE dates_summary IS NULL"), ==, 1);
    sqlite3_close (raw);
  }

  {
    g_autoptr(GPtrArray) audit = sync_list_audit (fixture->db, cr_case_get_id (stored), &error);
    gboolean found = FALSE;

    g_assert_no_error (error);
    for (guint i = 0; i < audit->len; i++)
      {
        CrAuditEntry *entry = g_ptr_array_index (audit, i);

        if (g_strcmp0 (cr_audit_entry_get_field (entry), "copies-sent-date") == 0 &&
            g_strcmp0 (cr_audit_entry_get_old_value (entry), "2025-08-20") == 0 &&
            g_strcmp0 (cr_audit_entry_get_new_value (entry), "2025-08-21") == 0)
          found = TRUE;
      }
    g_assert_true (found);
    g_assert_nonnull (strstr (cr_audit_entry_get_new_value (g_ptr_array_index (audit, 0)),
                              "planned-publication-date='2025-09-01'"));
  }
}

/* ---- The schema agrees with the record classes ----------------------------------------------- */

typedef struct
{
  GType       type;
  const char *table;
  const char *base_row;   /* the smallest row the table accepts */
} RecordTable;

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static void
test_columns_match_fields (Fixture       *fixture,
                           gconstpointer  data)
{
  const RecordTable tables[] = {
    { CR_TYPE_REFERRAL, "referrals", "(case_id) VALUES (500)" },
    { CR_TYPE_PARALLEL_PROCESS, "parallel_processes", "(case_id, kind, status) VALUES (500, 'inquest', 'ongoing')" },
    { CR_TYPE_RAPID_REVIEW, "rapid_reviews", "(case_id) VALUES (500)" },
    { CR_TYPE_ATTENDEE, "rr_attendees", "(case_id, agency_id, name) VALUES (500, 900, 'N')" },
    { CR_TYPE_AGENCY_SUMMARY, "agency_summaries", "(case_id, agency_id) VALUES (500, 900)" },
    { CR_TYPE_SIGN_OFF, "sign_offs", "(case_id, partner) VALUES (500, 'icb')" },
  };
  const char * const case_level[] = { "pseudonym", "summary", "incident-date", "aware-date", "notified-date", NULL };
  sqlite3 *raw = open_raw (fixture->path);

  exec_raw (raw,
            "PRAGMA foreign_keys = ON;"
            "INSERT INTO cases (id, reference, pseudonym, status) VALUES (500, 'CR-1', 'Child A', 'notified');"
            "INSERT INTO agencies (id, name, sector) VALUES (900, 'An agency', 'police');");

  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (tables[t].type);
      g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GPtrArray) actual = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *sql = g_strdup_printf ("SELECT name FROM pragma_table_info ('%s')"
                                              " WHERE name NOT IN ('id', 'case_id') ORDER BY name",
                                              tables[t].table);
      g_autofree char *base = g_strdup_printf ("INSERT INTO %s %s", tables[t].table, tables[t].base_row);
      const CrRecordField *fields;
      guint n_fields = 0;
      sqlite3_stmt *stmt = NULL;

      g_test_message ("%s", tables[t].table);

      /* A column for each stored field, named after it, and no other. */
      fields = cr_record_class_get_fields (CR_RECORD_CLASS (klass), &n_fields);
      for (guint i = 0; i < n_fields; i++)
        {
          if ((fields[i].flags & CR_RECORD_FIELD_FLAG_DERIVED) ||
              (tables[t].type == CR_TYPE_REFERRAL && g_strv_contains (case_level, fields[i].name)))
            continue;
          g_ptr_array_add (expected, g_strdelimit (g_strdup (fields[i].name), "-", '_'));
        }
      g_ptr_array_sort (expected, compare_strings);

      g_assert_cmpint (sqlite3_prepare_v2 (raw, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_ptr_array_add (actual, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      sqlite3_finalize (stmt);

      g_assert_cmpuint (actual->len, ==, expected->len);
      for (guint i = 0; i < actual->len; i++)
        g_assert_cmpstr (g_ptr_array_index (actual, i), ==, g_ptr_array_index (expected, i));

      /* Every choice the class offers passes the CHECKs; a choice it does
       * not offer, a repeated one or an empty one is refused. */
      exec_raw (raw, "SAVEPOINT choices;");
      exec_raw (raw, base);
      for (guint i = 0; i < n_fields; i++)
        {
          g_autofree char *column = g_strdelimit (g_strdup (fields[i].name), "-", '_');
          g_autofree char *unknown = NULL;
          g_autofree char *empty = NULL;

          if (fields[i].kind != CR_RECORD_FIELD_CHOICE && fields[i].kind != CR_RECORD_FIELD_CHOICES)
            continue;

          for (guint c = 0; fields[i].choices[c] != NULL; c++)
            {
              g_autofree char *update = g_strdup_printf ("UPDATE %s SET %s = '%s'", tables[t].table,
                                                         column, fields[i].choices[c]);

              exec_raw (raw, update);
            }

          if (fields[i].kind == CR_RECORD_FIELD_CHOICES)
            {
              g_autofree char *joined = g_strjoinv (";", (char **) fields[i].choices);
              g_autofree char *update = g_strdup_printf ("UPDATE %s SET %s = '%s'", tables[t].table, column, joined);
              g_autofree char *repeated = g_strdup_printf ("UPDATE %s SET %s = '%s;%s'", tables[t].table, column,
                                                           fields[i].choices[0], fields[i].choices[0]);

              exec_raw (raw, update);
              g_assert_cmpint (sqlite3_exec (raw, repeated, NULL, NULL, NULL) & 0xff, ==, SQLITE_CONSTRAINT);
            }

          unknown = g_strdup_printf ("UPDATE %s SET %s = 'not-a-choice'", tables[t].table, column);
          g_assert_cmpint (sqlite3_exec (raw, unknown, NULL, NULL, NULL) & 0xff, ==, SQLITE_CONSTRAINT);
          empty = g_strdup_printf ("UPDATE %s SET %s = ''", tables[t].table, column);
          g_assert_cmpint (sqlite3_exec (raw, empty, NULL, NULL, NULL) & 0xff, ==, SQLITE_CONSTRAINT);
        }
      exec_raw (raw, "ROLLBACK TO choices; RELEASE choices;");
    }

  /* Dates, times and booleans are checked too. */
  {
    const char *refused[] = {
      "INSERT INTO referrals (case_id, referral_date) VALUES (500, '2025-02-30')",
      "INSERT INTO referrals (case_id, incident_time) VALUES (500, '24:10')",
      "INSERT INTO referrals (case_id, incident_time) VALUES (500, '9:30')",
      "INSERT INTO referrals (case_id, limb_abuse) VALUES (500, 'yes')",
      "INSERT INTO referrals (case_id, referring_agency_id) VALUES (500, 12345)",
      "INSERT INTO rapid_reviews (case_id) VALUES (501)",
      "INSERT INTO rr_attendees (case_id, agency_id, name) VALUES (500, 900, '')",
      "INSERT INTO drafts (kind, key, data) VALUES ('letter', 'k', 'x')",
    };

    for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
      {
        int rc = sqlite3_exec (raw, refused[i], NULL, NULL, NULL);

        g_test_message ("%s -> %s", refused[i], sqlite3_errmsg (raw));
        g_assert_cmpint (rc & 0xff, ==, SQLITE_CONSTRAINT);
      }
  }

  sqlite3_close (raw);
}

/* ---- Crash while recording referrals ----------------------------------------------------- */

/* The child: records referrals one by one, and after each commit writes
 * its number to stdout (a pipe to the parent). */
static int
run_crash_writer (const char *path)
{
  g_autoptr(CrDatabase) db = cr_database_new (path);
  g_autoptr(GError) error = NULL;
  Fixture fixture = { NULL, (char *) path, db, 0, 0, 0 };
  g_autoptr(GPtrArray) agencies = NULL;

  if (!sync_open (db, &error) || (agencies = sync_list_agencies (db, &error)) == NULL)
    {
      g_printerr ("crash writer: %s\n", error->message);
      return 1;
    }

  /* An earlier round may have been killed after storing one agency and
   * before the other: find each by name, store what is missing. */
  for (guint i = 0; i < agencies->len; i++)
    {
      CrAgency *agency = g_ptr_array_index (agencies, i);

      if (g_str_equal (cr_agency_get_name (agency), "Westshire Police"))
        fixture.police = cr_agency_get_id (agency);
      else if (g_str_equal (cr_agency_get_name (agency), "Northbridge Royal Infirmary"))
        fixture.hospital = cr_agency_get_id (agency);
    }
  if (fixture.police == 0)
    fixture.police = store_agency (db, "Westshire Police", CR_AGENCY_SECTOR_POLICE);
  if (fixture.hospital == 0)
    fixture.hospital = store_agency (db, "Northbridge Royal Infirmary", CR_AGENCY_SECTOR_HEALTH);

  for (;;)
    {
      g_autoptr(CrReferral) referral = make_referral (&fixture);
      g_autoptr(CrCase) kase = sync_create_referral (db, referral, "CR", &error);
      g_autofree char *line = NULL;

      if (kase == NULL)
        {
          g_printerr ("crash writer: %s\n", error->message);
          return 1;
        }
      line = g_strdup_printf ("%s\n", cr_case_get_reference (kase) + strlen ("CR-2025-"));
      if (write (STDOUT_FILENO, line, strlen (line)) < 0)
        return 1;
    }
}

static int
compare_numbers (gconstpointer a,
                 gconstpointer b)
{
  guint64 x = *(const guint64 *) a, y = *(const guint64 *) b;

  return x < y ? -1 : x > y;
}

static void
test_crash_kill_9 (void)
{
  g_autofree char *dir = cr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "crash.db", NULL);
  guint total = 0;
  const guint n_rounds = 12;

  for (guint round = 0; round < n_rounds; round++)
    {
      const char *argv[] = { self_path, "--crash-writer", path, NULL };
      g_autoptr(GString) buffer = g_string_new (NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(CrDatabase) db = NULL;
      g_autoptr(GPtrArray) cases = NULL;
      GPid pid;
      int out_fd = -1, status = 0;
      guint committed, delay_ms = g_test_rand_int_range (100, 900);
      sqlite3 *raw;

      g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                NULL, NULL, &pid, NULL, &out_fd, NULL, &error);
      g_assert_no_error (error);

      cr_test_read_committed (out_fd, buffer, g_get_monotonic_time () + delay_ms * 1000);
      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_assert_true (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);
      committed = cr_test_read_committed (out_fd, buffer, -1);
      close (out_fd);
      g_spawn_close_pid (pid);

      /* Healthy; every reported referral there, numbered without gaps,
       * at most the one in flight beyond; each complete. */
      db = cr_test_open_database (path);
      assert_database_healthy (db);
      cases = sync_list_cases (db, &error);
      g_assert_no_error (error);
      g_test_message ("round %u: killed after %u ms, child reported %u, file holds %u",
                      round, delay_ms, committed, cases->len);
      g_assert_cmpuint (cases->len, >=, MAX (committed, total));
      g_assert_cmpuint (cases->len, <=, MAX (committed, total) + 1);
      {
        g_autoptr(GArray) numbers = g_array_new (FALSE, FALSE, sizeof (guint64));

        /* The register sorts references as text: CR-2025-1000 comes
         * before CR-2025-101. */
        for (guint i = 0; i < cases->len; i++)
          {
            const char *reference = cr_case_get_reference (g_ptr_array_index (cases, i));
            guint64 number = 0;

            g_assert_true (g_str_has_prefix (reference, "CR-2025-"));
            g_assert_true (g_ascii_string_to_unsigned (reference + strlen ("CR-2025-"), 10, 1, G_MAXUINT,
                                                       &number, NULL));
            g_array_append_val (numbers, number);
          }
        g_array_sort (numbers, compare_numbers);
        for (guint i = 0; i < numbers->len; i++)
          g_assert_cmpuint (g_array_index (numbers, guint64, i), ==, i + 1);
      }
      total = cases->len;
      cr_database_close (db);

      raw = open_raw (path);
      g_assert_cmpint (query_int_raw (raw, "SELECT count(*) FROM referrals"), ==, total);
      g_assert_cmpint (query_int_raw (raw, "SELECT count(*) FROM children"), ==, 2 * total);
      g_assert_cmpint (query_int_raw (raw, "SELECT count(*) FROM identity_fields"), ==, 8 * total);
      g_assert_cmpint (query_int_raw (raw, "SELECT count(*) FROM parallel_processes"), ==, 2 * total);
      g_assert_cmpint (query_int_raw (raw, "SELECT count(*) FROM involvements"), ==, 2 * total);
      g_assert_cmpint (query_int_raw (raw, "SELECT count(*) FROM audit WHERE entity = 'referral'"), ==, total);
      sqlite3_close (raw);
    }

  g_assert_cmpuint (total, >, 0);
  cr_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "--crash-writer"))
    return run_crash_writer (argv[2]);

  self_path = argv[0];
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/storage/referrals/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("create-and-read-back", test_create_and_read_back);
  ADD ("plain-case", test_referral_of_plain_case);
  ADD ("reference-numbering", test_reference_numbering);
  ADD ("validation-writes-nothing", test_validation_writes_nothing);
  ADD ("identity-never-leaks", test_identity_never_leaks);
  ADD ("rapid-review/round-trip", test_rapid_review_round_trip);
  ADD ("rapid-review/every-decision-path", test_every_decision_path);
  ADD ("rapid-review/reconsider-loops", test_reconsider_loops);
  ADD ("rapid-review/illegal-refused", test_illegal_rapid_review_refused);
  ADD ("rapid-review/audited", test_records_audited);
  ADD ("drafts", test_drafts);
  ADD ("pauses", test_pauses);
  ADD ("case-dates", test_new_case_dates);
  ADD ("schema/columns-match-fields", test_columns_match_fields);
  g_test_add_func ("/storage/referrals/crash/kill-9", test_crash_kill_9);

#undef ADD

  return g_test_run ();
}
