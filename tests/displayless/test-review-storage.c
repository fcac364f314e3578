/* test-review-storage.c: the review workspace's records, documents and
 * pauses (schema 6) on real SQLite files in a temporary folder
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <string.h>
#include <sys/mman.h>

#include "cr-attendee.h"
#include "cr-database-review.h"
#include "cr-deadlines.h"
#include "cr-util.h"
#include "review-storage-fixture.h"

typedef ReviewFixture Fixture;

/* ---- Synchronous wrappers ------------------------------------------------------ */

static CrDocument *
sync_add_document (CrDatabase  *db,
                   CrDocument  *document,
                   GBytes      *contents,
                   GError     **error)
{
  SYNC_BEGIN;
  cr_database_add_document_async (db, document, contents, NULL, cr_database_sync_cb, &res);
  return cr_database_add_document_finish (db, SYNC_WAIT, error);
}

static GBytes *
sync_read_document (CrDatabase  *db,
                    gint64       document_id,
                    GError     **error)
{
  SYNC_BEGIN;
  cr_database_read_document_async (db, document_id, NULL, cr_database_sync_cb, &res);
  return cr_database_read_document_finish (db, SYNC_WAIT, error);
}

static CrCase *
sync_pause (CrDatabase  *db,
            gint64       case_id,
            const char  *started,
            const char  *reason,
            const char  *look_again,
            gint64       process_id,
            GError     **error)
{
  SYNC_BEGIN;
  cr_database_pause_case_async (db, case_id, started, reason, look_again, process_id,
                                NULL, cr_database_sync_cb, &res);
  return cr_database_pause_case_finish (db, SYNC_WAIT, error);
}

static CrCase *
sync_resume (CrDatabase  *db,
             gint64       case_id,
             const char  *ended,
             GError     **error)
{
  SYNC_BEGIN;
  cr_database_resume_case_async (db, case_id, ended, NULL, cr_database_sync_cb, &res);
  return cr_database_resume_case_finish (db, SYNC_WAIT, error);
}

/* ---- Helpers --------------------------------------------------------------------- */

static gint64
count_audit (Fixture    *fixture,
             const char *entity,
             const char *action)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM audit WHERE entity = '%s'"
                                          " AND ('%s' = '' OR action = '%s')",
                                          entity, action, action);
  sqlite3 *raw = open_raw (fixture->path);
  gint64 n = query_int_raw (raw, sql);

  sqlite3_close (raw);
  return n;
}

static cairo_status_t
append_to_array (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* A one-page PDF saying @text. */
static GBytes *
make_pdf (const char *text)
{
  GByteArray *array = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_to_array, array, 595, 842);
  cairo_t *cr = cairo_create (surface);

  cairo_move_to (cr, 50, 100);
  cairo_show_text (cr, text);
  cairo_show_page (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (array);
}

static CrDocument *
new_document (gint64      case_id,
              const char *filename)
{
  CrDocument *document = cr_document_new_for_file (filename);

  cr_record_set_case_id (CR_RECORD (document), case_id);
  return document;
}

static CrDocument *
add_document (Fixture    *fixture,
              gint64      case_id,
              const char *filename,
              GBytes     *contents)
{
  g_autoptr(CrDocument) document = new_document (case_id, filename);
  g_autoptr(GError) error = NULL;
  CrDocument *stored = sync_add_document (fixture->db, document, contents, &error);

  g_assert_no_error (error);
  g_assert_nonnull (stored);
  return stored;
}

/* ---- Fixture -------------------------------------------------------------------- */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(CrCase) moved = review_fixture_set_up (fixture, CR_CASE_STATUS_LCSPR_EVIDENCE);

  g_assert_cmpint (cr_case_get_review_type (moved), ==, CR_REVIEW_TYPE_LCSPR);

  /* Decided 40 days ago: the 6-month LCSPR clock is running. */
  {
    g_autofree char *decided = days_ago (40);
    g_autofree char *sql = g_strdup_printf ("UPDATE cases SET decision_date = '%s' WHERE id = %" G_GINT64_FORMAT,
                                            decided, fixture->case_id);

    exec_on_file (fixture, sql);
  }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  review_fixture_tear_down (fixture);
}

/* ---- Records ---------------------------------------------------------------------- */

typedef struct
{
  GType        type;
  const char  *entity;
  const char  *table;
  const char  *fields[12];   /* name, value pairs; "@police" is the police agency id */
  const char  *changed[2];   /* a field and its new value */
} RecordCase;

static const RecordCase record_cases[] = {
  { 0, "reviewer", "reviewers",
    { "name", "Ann Smith", "role", "lead-reviewer", "organisation", "Smith Reviews Ltd",
      "independent", "true", "declaration-date", "2026-01-20", NULL },
    { "organisation", "Independent" } },
  { 0, "terms-of-reference", "terms_of_reference",
    { "period-start", "2024-01-01", "period-end", "2025-12-31", "methodology", "silp",
      "scope", "Agencies in contact with the family from pregnancy.", NULL },
    { "methodology", "learning-together" } },
  { 0, "panel-member", "panel_members",
    { "name", "DI Jo Bloggs", "role", "member", "agency-id", "@police", NULL },
    { "role", "chair" } },
  { 0, "milestone", "milestones",
    { "title", "First panel meeting", "kind", "panel-meeting", "planned-date", "2026-09-01", NULL },
    { "done-date", "2026-01-30" } },
  { 0, "evidence-request", "evidence_requests",
    { "agency-id", "@police", "kind", "chronology", "requested-date", "2026-01-10",
      "due-date", "2026-02-10", NULL },
    { "received-date", "2026-02-01" } },
  { 0, "meeting", "meetings",
    { "meeting-date", "2026-02-15", "kind", "panel", "meeting-time", "10:00",
      "attendees", "Ann Smith, lead reviewer\nJo Bloggs, police", NULL },
    { "decisions", "Ask for the GP's records." } },
  { 0, "family-contact", "family_contacts",
    { "person", "Mother", "contact-date", "2026-02-01", "method", "letter", "consent", "given", NULL },
    { "views", "She wants the review to look at the housing move." } },
  { 0, "parallel-process", "parallel_processes",
    { "kind", "criminal-trial", "status", "ongoing", "reference", "T20260001", NULL },
    { "status", "concluded" } },
};

static GType
record_case_type (guint i)
{
  GType types[] = {
    CR_TYPE_REVIEWER, CR_TYPE_TERMS_OF_REFERENCE, CR_TYPE_PANEL_MEMBER, CR_TYPE_MILESTONE,
    CR_TYPE_EVIDENCE_REQUEST, CR_TYPE_MEETING, CR_TYPE_FAMILY_CONTACT, CR_TYPE_PARALLEL_PROCESS,
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (types) == G_N_ELEMENTS (record_cases));
  return types[i];
}

static CrRecord *
make_record (Fixture          *fixture,
             guint             i)
{
  const RecordCase *rc = &record_cases[i];
  CrRecord *record = g_object_new (record_case_type (i), NULL);
  g_autofree char *police = id_text (fixture->police);

  cr_record_set_case_id (record, fixture->case_id);
  for (guint f = 0; rc->fields[f] != NULL; f += 2)
    cr_record_set (record, rc->fields[f],
                   g_str_equal (rc->fields[f + 1], "@police") ? police : rc->fields[f + 1]);
  return record;
}

static void
test_records_round_trip (Fixture       *fixture,
                         gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (record_cases); i++)
    {
      const RecordCase *rc = &record_cases[i];
      GType type = record_case_type (i);
      g_autoptr(CrRecord) record = make_record (fixture, i);
      g_autoptr(CrRecord) stored = NULL;
      g_autoptr(CrRecord) updated = NULL;
      g_autoptr(CrRecord) again = NULL;
      g_autoptr(GPtrArray) list = NULL;
      g_autoptr(GPtrArray) other = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", rc->table);
      gint64 n_updates;

      g_test_message ("%s", g_type_name (type));

      /* Insert: the record as stored, with its id and derived fields. */
      stored = sync_save_record (fixture->db, record, &error);
      g_assert_no_error (error);
      g_assert_true (G_OBJECT_TYPE (stored) == type);
      g_assert_cmpint (cr_record_get_id (stored), >, 0);
      g_assert_cmpint (cr_record_get_case_id (stored), ==, fixture->case_id);
      for (guint f = 0; rc->fields[f] != NULL; f += 2)
        if (!g_str_equal (rc->fields[f + 1], "@police"))
          g_assert_cmpstr (cr_record_get (stored, rc->fields[f]), ==, rc->fields[f + 1]);
      if (cr_record_find_field (stored, "agency-name") != NULL)
        g_assert_cmpstr (cr_record_get (stored, "agency-name"), ==, "Northshire Police");
      g_assert_cmpint (count_audit (fixture, rc->entity, "insert"), ==, 1);

      list = sync_list_records (fixture->db, type, fixture->case_id, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (list->len, ==, 1);
      g_assert_cmpint (cr_record_get_id (g_ptr_array_index (list, 0)), ==, cr_record_get_id (stored));
      other = sync_list_records (fixture->db, type, fixture->other_case, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (other->len, ==, 0);

      /* Update one field: one audit row for it. */
      cr_record_set (stored, rc->changed[0], rc->changed[1]);
      updated = sync_save_record (fixture->db, stored, &error);
      g_assert_no_error (error);
      g_assert_cmpint (cr_record_get_id (updated), ==, cr_record_get_id (stored));
      g_assert_cmpstr (cr_record_get (updated, rc->changed[0]), ==, rc->changed[1]);
      g_assert_cmpint (count_rows (fixture, sql), ==, 1);
      n_updates = count_audit (fixture, rc->entity, "update");
      g_assert_cmpint (n_updates, ==, 1);

      /* Saving it unchanged writes nothing. */
      again = sync_save_record (fixture->db, updated, &error);
      g_assert_no_error (error);
      g_assert_cmpint (count_audit (fixture, rc->entity, "update"), ==, n_updates);

      /* Delete. */
      g_assert_true (sync_delete_record (fixture->db, again, &error));
      g_assert_no_error (error);
      g_assert_cmpint (count_rows (fixture, sql), ==, 0);
      g_assert_cmpint (count_audit (fixture, rc->entity, "delete"), ==, 1);

      /* Deleting it again: not found. */
      g_assert_false (sync_delete_record (fixture->db, again, &error));
      g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_NOT_FOUND);
    }
}

/* The lists come back in their documented order. */
static void
test_records_order (Fixture       *fixture,
                    gconstpointer  data)
{
  static const char * const dates[] = { "2026-05-01", "2026-03-01", "2026-04-01" };
  static const struct { gboolean police; const char *kind; } requests[] = {
    { TRUE, "chronology" }, { FALSE, "agency-report" }, { FALSE, "chronology" }, { TRUE, "agency-report" },
  };
  g_autoptr(GPtrArray) milestones = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *police = id_text (fixture->police);
  g_autofree char *health = id_text (fixture->health);

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autoptr(CrRecord) milestone = CR_RECORD (cr_milestone_new ());
      g_autoptr(CrRecord) stored = NULL;

      cr_record_set_case_id (milestone, fixture->case_id);
      cr_record_set (milestone, "title", dates[i]);
      cr_record_set (milestone, "kind", "other");
      cr_record_set (milestone, "planned-date", dates[i]);
      stored = sync_save_record (fixture->db, milestone, &error);
      g_assert_no_error (error);
    }
  milestones = sync_list_records (fixture->db, CR_TYPE_MILESTONE, fixture->case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (milestones->len, ==, 3);
  g_assert_cmpstr (cr_record_get (g_ptr_array_index (milestones, 0), "planned-date"), ==, "2026-03-01");
  g_assert_cmpstr (cr_record_get (g_ptr_array_index (milestones, 2), "planned-date"), ==, "2026-05-01");

  for (guint i = 0; i < G_N_ELEMENTS (requests); i++)
    {
      g_autoptr(CrRecord) request = CR_RECORD (cr_evidence_request_new ());
      g_autoptr(CrRecord) stored = NULL;

      cr_record_set_case_id (request, fixture->case_id);
      cr_record_set (request, "agency-id", requests[i].police ? police : health);
      cr_record_set (request, "kind", requests[i].kind);
      stored = sync_save_record (fixture->db, request, &error);
      g_assert_no_error (error);
    }
  /* By agency name (Health visiting before Northshire Police), then kind. */
  list = sync_list_records (fixture->db, CR_TYPE_EVIDENCE_REQUEST, fixture->case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 4);
  g_assert_cmpstr (cr_record_get (g_ptr_array_index (list, 0), "agency-name"), ==, "Health visiting");
  g_assert_cmpstr (cr_record_get (g_ptr_array_index (list, 0), "kind"), ==, "agency-report");
  g_assert_cmpstr (cr_record_get (g_ptr_array_index (list, 1), "kind"), ==, "chronology");
  g_assert_cmpstr (cr_record_get (g_ptr_array_index (list, 3), "agency-name"), ==, "Northshire Police");
  g_assert_cmpstr (cr_record_get (g_ptr_array_index (list, 3), "kind"), ==, "chronology");
}

/* Invalid records reach the caller with a message and store nothing. */
static void
test_records_invalid (Fixture       *fixture,
                      gconstpointer  data)
{
  gint64 n_audit = count_rows (fixture, "SELECT count(*) FROM audit");
  g_autofree char *police = id_text (fixture->police);
  g_autofree char *archived = id_text (fixture->archived);

  /* A reviewer without a name. */
  {
    g_autoptr(CrRecord) reviewer = CR_RECORD (cr_reviewer_new ());
    g_autoptr(CrRecord) stored = NULL;
    g_autoptr(GError) error = NULL;

    cr_record_set_case_id (reviewer, fixture->case_id);
    cr_record_set (reviewer, "role", "lead-reviewer");
    stored = sync_save_record (fixture->db, reviewer, &error);
    g_assert_null (stored);
    g_assert_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID);
    g_test_message ("%s", error->message);
  }

  /* Evidence due before it was asked for. */
  {
    g_autoptr(CrRecord) request = CR_RECORD (cr_evidence_request_new ());
    g_autoptr(CrRecord) stored = NULL;
    g_autoptr(GError) error = NULL;

    cr_record_set_case_id (request, fixture->case_id);
    cr_record_set (request, "agency-id", police);
    cr_record_set (request, "kind", "chronology");
    cr_record_set (request, "requested-date", "2026-02-01");
    cr_record_set (request, "due-date", "2026-01-01");
    stored = sync_save_record (fixture->db, request, &error);
    g_assert_null (stored);
    g_assert_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID);
  }

  /* Terms whose period ends before it starts. */
  {
    g_autoptr(CrRecord) terms = CR_RECORD (cr_terms_of_reference_new ());
    g_autoptr(CrRecord) stored = NULL;
    g_autoptr(GError) error = NULL;

    cr_record_set_case_id (terms, fixture->case_id);
    cr_record_set (terms, "period-start", "2025-01-01");
    cr_record_set (terms, "period-end", "2024-01-01");
    stored = sync_save_record (fixture->db, terms, &error);
    g_assert_null (stored);
    g_assert_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID);
  }

  /* An agency that does not exist, and one archived. */
  {
    g_autoptr(CrRecord) member = CR_RECORD (cr_panel_member_new ());
    g_autoptr(CrRecord) stored = NULL;
    g_autoptr(GError) error = NULL;

    cr_record_set_case_id (member, fixture->case_id);
    cr_record_set (member, "name", "Someone");
    cr_record_set (member, "role", "member");
    cr_record_set (member, "agency-id", "99999");
    stored = sync_save_record (fixture->db, member, &error);
    g_assert_null (stored);
    g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_NOT_FOUND);
    g_clear_error (&error);

    cr_record_set (member, "agency-id", archived);
    stored = sync_save_record (fixture->db, member, &error);
    g_assert_null (stored);
    g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "Old Trust"));
  }

  /* A case pause is not saved on its own; nor is a record of a kind the
   * workspace does not keep. */
  {
    g_autoptr(CrRecord) pause = CR_RECORD (cr_case_pause_new ());
    g_autoptr(CrRecord) attendee = CR_RECORD (cr_attendee_new ());
    g_autoptr(CrRecord) stored = NULL;
    g_autoptr(GPtrArray) list = NULL;
    g_autoptr(GError) error = NULL;

    cr_record_set_case_id (pause, fixture->case_id);
    cr_record_set (pause, "started", "2026-01-01");
    cr_record_set (pause, "reason", "Trial");
    stored = sync_save_record (fixture->db, pause, &error);
    g_assert_null (stored);
    g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
    g_clear_error (&error);

    cr_record_set_case_id (attendee, fixture->case_id);
    stored = sync_save_record (fixture->db, attendee, &error);
    g_assert_null (stored);
    g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
    g_clear_error (&error);

    list = sync_list_records (fixture->db, CR_TYPE_ATTENDEE, fixture->case_id, &error);
    g_assert_null (list);
    g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
  }

  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM audit"), ==, n_audit);
  g_assert_cmpint (count_rows (fixture, "SELECT (SELECT count(*) FROM reviewers)"
                                        " + (SELECT count(*) FROM evidence_requests)"
                                        " + (SELECT count(*) FROM terms_of_reference)"
                                        " + (SELECT count(*) FROM panel_members)"
                                        " + (SELECT count(*) FROM case_pauses)"), ==, 0);
}

/* Ids name things of this case: another case's record or document is
 * refused; an agency archived since it was chosen stays. */
static void
test_records_foreign_ids (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GBytes) pdf = make_pdf ("Minutes of another case");
  g_autoptr(CrDocument) foreign = add_document (fixture, fixture->other_case, "minutes.pdf", pdf);
  g_autofree char *foreign_id = id_text (cr_record_get_id (CR_RECORD (foreign)));
  g_autofree char *health = id_text (fixture->health);
  g_autoptr(CrRecord) meeting = CR_RECORD (cr_meeting_new ());
  g_autoptr(CrRecord) stored = NULL;
  g_autoptr(CrRecord) member = CR_RECORD (cr_panel_member_new ());
  g_autoptr(CrRecord) stored_member = NULL;
  g_autoptr(CrRecord) resaved = NULL;
  g_autoptr(GError) error = NULL;

  cr_record_set_case_id (meeting, fixture->case_id);
  cr_record_set (meeting, "meeting-date", "2026-02-01");
  cr_record_set (meeting, "kind", "panel");
  cr_record_set (meeting, "minutes-document-id", foreign_id);
  stored = sync_save_record (fixture->db, meeting, &error);
  g_assert_null (stored);
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM meetings"), ==, 0);

  /* A record of this case saved as if it were another case's. */
  cr_record_set (meeting, "minutes-document-id", NULL);
  stored = sync_save_record (fixture->db, meeting, &error);
  g_assert_no_error (error);
  cr_record_set_case_id (stored, fixture->other_case);
  cr_record_set (stored, "location", "Town hall");
  g_assert_null (sync_save_record (fixture->db, stored, &error));
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (sync_delete_record (fixture->db, stored, &error));
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM meetings WHERE location IS NULL"), ==, 1);

  /* Archived after it was chosen: the member can still be edited. */
  cr_record_set_case_id (member, fixture->case_id);
  cr_record_set (member, "name", "Dr Lee");
  cr_record_set (member, "role", "adviser");
  cr_record_set (member, "agency-id", health);
  stored_member = sync_save_record (fixture->db, member, &error);
  g_assert_no_error (error);
  exec_on_file (fixture, "UPDATE agencies SET archived = 1 WHERE name = 'Health visiting'");
  cr_record_set (stored_member, "job-title", "Designated doctor");
  resaved = sync_save_record (fixture->db, stored_member, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cr_record_get (resaved, "job-title"), ==, "Designated doctor");
}

/* The terms of reference are one per case, saved by case. */
static void
test_terms_upsert (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(CrRecord) terms = CR_RECORD (cr_terms_of_reference_new ());
  g_autoptr(CrRecord) fresh = CR_RECORD (cr_terms_of_reference_new ());
  g_autoptr(CrRecord) first = NULL;
  g_autoptr(CrRecord) second = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;

  cr_record_set_case_id (terms, fixture->case_id);
  cr_record_set (terms, "scope", "The family from 2024.");
  first = sync_save_record (fixture->db, terms, &error);
  g_assert_no_error (error);

  /* A new object for the same case replaces, never adds. */
  cr_record_set_case_id (fresh, fixture->case_id);
  cr_record_set (fresh, "scope", "The family from 2023.");
  second = sync_save_record (fixture->db, fresh, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cr_record_get (second, "scope"), ==, "The family from 2023.");

  list = sync_list_records (fixture->db, CR_TYPE_TERMS_OF_REFERENCE, fixture->case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (count_audit (fixture, "terms-of-reference", "insert"), ==, 1);
  g_assert_cmpint (count_audit (fixture, "terms-of-reference", "update"), ==, 1);
}

/* ---- Documents ---------------------------------------------------------------------- */

static void
test_documents (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GBytes) pdf = make_pdf ("Police chronology");
  g_autoptr(GBytes) other_pdf = make_pdf ("Health report");
  g_autoptr(CrDocument) first = add_document (fixture, fixture->case_id, "Police chronology.pdf", pdf);
  g_autoptr(CrDocument) second = add_document (fixture, fixture->case_id, "copy.pdf", pdf);
  g_autoptr(CrDocument) third = add_document (fixture, fixture->case_id, "health.pdf", other_pdf);
  g_autoptr(GBytes) back = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sha = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, pdf);
  g_autofree char *size = g_strdup_printf ("%" G_GSIZE_FORMAT, g_bytes_get_size (pdf));
  CrRecord *doc = CR_RECORD (first);

  /* Storage fills what it owns. */
  g_assert_cmpstr (cr_record_get (doc, "sha256"), ==, sha);
  g_assert_cmpstr (cr_record_get (doc, "size"), ==, size);
  g_assert_cmpstr (cr_record_get (doc, "media-type"), ==, "application/pdf");
  g_assert_nonnull (cr_record_get (doc, "added-at"));
  g_assert_cmpstr (cr_record_get (doc, "filename"), ==, "Police chronology.pdf");

  /* The same bytes are kept once. */
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM documents"), ==, 3);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM document_blobs"), ==, 2);
  g_assert_cmpstr (cr_record_get (CR_RECORD (second), "sha256"), ==, sha);

  back = sync_read_document (fixture->db, cr_record_get_id (doc), &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (back, pdf));
  g_clear_pointer (&back, g_bytes_unref);

  /* Editing its details leaves what storage owns as it was. */
  {
    g_autoptr(CrRecord) edited = NULL;

    cr_record_set (doc, "title", "Police chronology, final");
    cr_record_set (doc, "version", "Final");
    cr_record_set (doc, "size", "1");
    cr_record_set (doc, "sha256", "0000000000000000000000000000000000000000000000000000000000000000");
    cr_record_set (doc, "media-type", "text/plain");
    edited = sync_save_record (fixture->db, doc, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (cr_record_get (edited, "title"), ==, "Police chronology, final");
    g_assert_cmpstr (cr_record_get (edited, "size"), ==, size);
    g_assert_cmpstr (cr_record_get (edited, "sha256"), ==, sha);
    g_assert_cmpstr (cr_record_get (edited, "media-type"), ==, "application/pdf");
  }

  /* A new document is added with its file, not saved. */
  {
    g_autoptr(CrDocument) bare = new_document (fixture->case_id, "bare.pdf");

    g_assert_null (sync_save_record (fixture->db, CR_RECORD (bare), &error));
    g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
    g_clear_error (&error);
  }

  list = sync_list_records (fixture->db, CR_TYPE_DOCUMENT, fixture->case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 3);

  /* Empty and oversized files are refused, with nothing stored. */
  {
    g_autoptr(CrDocument) document = new_document (fixture->case_id, "empty.csv");
    g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
    gsize huge_size = (gsize) CR_DOCUMENT_MAX_BYTES + 1;
    void *huge_map;
    g_autoptr(GBytes) huge = NULL;

    g_assert_null (sync_add_document (fixture->db, document, empty, &error));
    g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "empty.csv"));
    g_clear_error (&error);

    /* Untouched anonymous pages: the size is refused before any is read. */
    huge_map = mmap (NULL, huge_size, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    g_assert_true (huge_map != MAP_FAILED);
    huge = g_bytes_new_static (huge_map, huge_size);
    cr_record_set (CR_RECORD (document), "filename", "scan.pdf");
    g_assert_null (sync_add_document (fixture->db, document, huge, &error));
    g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
    g_test_message ("%s", error->message);
    g_assert_nonnull (strstr (error->message, "scan.pdf"));
    g_clear_error (&error);
    g_clear_pointer (&huge, g_bytes_unref);
    munmap (huge_map, huge_size);

    g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM documents"), ==, 3);
  }

  /* Damaged bytes are reported, not returned. */
  {
    g_autofree char *sql = g_strdup_printf ("UPDATE document_blobs SET contents = zeroblob (size)"
                                            " WHERE sha256 = '%s'",
                                            cr_record_get (CR_RECORD (third), "sha256"));

    exec_on_file (fixture, sql);
    back = sync_read_document (fixture->db, cr_record_get_id (CR_RECORD (third)), &error);
    g_assert_null (back);
    g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_CORRUPT);
    g_assert_nonnull (strstr (error->message, "health.pdf"));
    g_clear_error (&error);
  }

  g_assert_null (sync_read_document (fixture->db, 99999, &error));
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_cmpint (count_audit (fixture, "document", "insert"), ==, 3);
  g_assert_cmpint (count_audit (fixture, "document", "update"), ==, 2);   /* title, version */
}

static void
test_documents_delete (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GBytes) pdf = make_pdf ("Minutes");
  g_autoptr(CrDocument) minutes = add_document (fixture, fixture->case_id, "minutes.pdf", pdf);
  g_autoptr(CrDocument) copy = add_document (fixture, fixture->case_id, "minutes copy.pdf", pdf);
  g_autofree char *minutes_id = id_text (cr_record_get_id (CR_RECORD (minutes)));
  g_autofree char *police = id_text (fixture->police);
  g_autoptr(CrRecord) meeting = CR_RECORD (cr_meeting_new ());
  g_autoptr(CrRecord) request = CR_RECORD (cr_evidence_request_new ());
  g_autoptr(CrRecord) stored_meeting = NULL;
  g_autoptr(CrRecord) stored_request = NULL;
  g_autoptr(CrRecord) cleared = NULL;
  g_autoptr(GError) error = NULL;

  cr_record_set_case_id (meeting, fixture->case_id);
  cr_record_set (meeting, "meeting-date", "2026-02-01");
  cr_record_set (meeting, "kind", "panel");
  cr_record_set (meeting, "minutes-document-id", minutes_id);
  stored_meeting = sync_save_record (fixture->db, meeting, &error);
  g_assert_no_error (error);

  cr_record_set_case_id (request, fixture->case_id);
  cr_record_set (request, "agency-id", police);
  cr_record_set (request, "kind", "agency-report");
  cr_record_set (request, "document-id", minutes_id);
  stored_request = sync_save_record (fixture->db, request, &error);
  g_assert_no_error (error);

  /* In use: refused, saying by what. */
  g_assert_false (sync_delete_record (fixture->db, CR_RECORD (minutes), &error));
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_CONSTRAINT);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "minutes"));
  g_clear_error (&error);

  g_assert_true (sync_delete_record (fixture->db, stored_request, &error));
  g_assert_no_error (error);
  g_assert_false (sync_delete_record (fixture->db, CR_RECORD (minutes), &error));
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "meeting"));
  g_clear_error (&error);

  cr_record_set (stored_meeting, "minutes-document-id", NULL);
  cleared = sync_save_record (fixture->db, stored_meeting, &error);
  g_assert_no_error (error);

  /* Deleted; its bytes stay while the copy names them, then go. */
  g_assert_true (sync_delete_record (fixture->db, CR_RECORD (minutes), &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM document_blobs"), ==, 1);
  g_assert_true (sync_delete_record (fixture->db, CR_RECORD (copy), &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM document_blobs"), ==, 0);
  g_assert_cmpint (count_audit (fixture, "document", "delete"), ==, 2);
}

/* ---- Pauses ---------------------------------------------------------------------- */

static guint
count_stopped (CrCase *kase)
{
  g_autoptr(GPtrArray) deadlines = cr_case_list_deadlines (kase, NULL);
  guint n = 0;

  for (guint i = 0; i < deadlines->len; i++)
    n += cr_deadline_get_state (g_ptr_array_index (deadlines, i)) == CR_DEADLINE_STATE_STOPPED;
  return n;
}

static guint
count_open (CrCase *kase)
{
  g_autoptr(GPtrArray) deadlines = cr_case_list_deadlines (kase, NULL);
  guint n = 0;

  for (guint i = 0; i < deadlines->len; i++)
    n += cr_deadline_get_state (g_ptr_array_index (deadlines, i)) == CR_DEADLINE_STATE_OPEN;
  return n;
}

static void
test_pause_resume (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(CrRecord) process = CR_RECORD (cr_parallel_process_new ());
  g_autoptr(CrRecord) stored_process = NULL;
  g_autoptr(CrRecord) foreign_process = CR_RECORD (cr_parallel_process_new ());
  g_autoptr(CrRecord) stored_foreign = NULL;
  g_autoptr(CrCase) paused = NULL;
  g_autoptr(CrCase) resumed = NULL;
  g_autoptr(CrCase) before = NULL;
  g_autoptr(GPtrArray) pauses = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *started = days_ago (20);
  g_autofree char *ended = days_ago (5);
  g_autofree char *tomorrow = days_ago (-1);
  g_autofree char *look_again = days_ago (-30);
  g_autofree char *too_early = days_ago (6);
  CrRecord *pause;

  cr_record_set_case_id (process, fixture->case_id);
  cr_record_set (process, "kind", "criminal-trial");
  cr_record_set (process, "status", "ongoing");
  stored_process = sync_save_record (fixture->db, process, &error);
  g_assert_no_error (error);
  cr_record_set_case_id (foreign_process, fixture->other_case);
  cr_record_set (foreign_process, "kind", "inquest");
  cr_record_set (foreign_process, "status", "ongoing");
  stored_foreign = sync_save_record (fixture->db, foreign_process, &error);
  g_assert_no_error (error);

  before = sync_get_case (fixture->db, fixture->case_id, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_stopped (before), ==, 0);
  g_assert_cmpuint (count_open (before), >, 0);

  /* Refused: a start in the future, no reason, another case's process,
   * a case that is not paused resumed. Nothing changes. */
  g_assert_null (sync_pause (fixture->db, fixture->case_id, tomorrow, "Trial", NULL, 0, &error));
  g_assert_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (sync_pause (fixture->db, fixture->case_id, started, "  ", NULL, 0, &error));
  g_assert_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (sync_pause (fixture->db, fixture->case_id, started, "Inquest", NULL,
                             cr_record_get_id (stored_foreign), &error));
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (sync_resume (fixture->db, fixture->case_id, ended, &error));
  g_assert_error (error, CR_CASE_ERROR, CR_CASE_ERROR_ILLEGAL_TRANSITION);
  g_clear_error (&error);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM case_pauses"), ==, 0);

  paused = sync_pause (fixture->db, fixture->case_id, started,
                       "The criminal trial of the father; the police asked us to wait.",
                       look_again, cr_record_get_id (stored_process), &error);
  g_assert_no_error (error);
  g_assert_cmpint (cr_case_get_status (paused), ==, CR_CASE_STATUS_PAUSED);
  g_assert_cmpint (cr_case_get_paused_from (paused), ==, CR_CASE_STATUS_LCSPR_EVIDENCE);
  g_assert_cmpuint (count_stopped (paused), >, 0);
  {
    g_autofree char *expected = g_strdup_printf ("%s..", started);

    g_assert_cmpstr (cr_case_get_pauses (paused), ==, expected);
  }

  pauses = sync_list_records (fixture->db, CR_TYPE_CASE_PAUSE, fixture->case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pauses->len, ==, 1);
  pause = g_ptr_array_index (pauses, 0);
  g_assert_true (cr_case_pause_is_open (CR_CASE_PAUSE (pause)));
  g_assert_cmpstr (cr_record_get (pause, "started"), ==, started);
  g_assert_cmpstr (cr_record_get (pause, "look-again"), ==, look_again);
  g_assert_cmpstr (cr_record_get (pause, "reason"), ==,
                   "The criminal trial of the father; the police asked us to wait.");
  {
    g_autofree char *process_id = id_text (cr_record_get_id (stored_process));

    g_assert_cmpstr (cr_record_get (pause, "process-id"), ==, process_id);
  }

  /* A pause is not edited or deleted on its own. */
  g_assert_false (sync_delete_record (fixture->db, pause, &error));
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_pointer (&pauses, g_ptr_array_unref);

  /* Resuming before the pause began, or in the future, is refused. */
  g_assert_null (sync_resume (fixture->db, fixture->case_id, "2000-01-01", &error));
  g_assert_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (sync_resume (fixture->db, fixture->case_id, tomorrow, &error));
  g_assert_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID);
  g_clear_error (&error);

  resumed = sync_resume (fixture->db, fixture->case_id, ended, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cr_case_get_status (resumed), ==, CR_CASE_STATUS_LCSPR_EVIDENCE);
  g_assert_cmpuint (count_stopped (resumed), ==, 0);
  {
    g_autofree char *expected = g_strdup_printf ("%s..%s", started, ended);

    g_assert_cmpstr (cr_case_get_pauses (resumed), ==, expected);
  }

  pauses = sync_list_records (fixture->db, CR_TYPE_CASE_PAUSE, fixture->case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pauses->len, ==, 1);
  g_assert_cmpstr (cr_record_get (g_ptr_array_index (pauses, 0), "ended"), ==, ended);
  g_assert_false (cr_case_pause_is_open (g_ptr_array_index (pauses, 0)));

  /* A new pause cannot start inside the last one. */
  g_assert_null (sync_pause (fixture->db, fixture->case_id, too_early, "Again", NULL, 0, &error));
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
  g_clear_error (&error);

  /* The audit trail has the pause with its details, and its end. */
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM audit WHERE entity = 'case-pause'"
                                        " AND field = 'look-again'"), ==, 1);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM audit WHERE entity = 'case-pause'"
                                        " AND field = 'process-id'"), ==, 1);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM audit WHERE entity = 'case-pause'"
                                        " AND field = 'ended'"), ==, 1);

  /* Removing the process keeps the pause, without it. */
  g_assert_true (sync_delete_record (fixture->db, stored_process, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM case_pauses WHERE process_id IS NULL"), ==, 1);
}

/* ---- The schema ------------------------------------------------------------------- */

/* Deleting a case takes everything of its review with it, documents
 * named by its requests and meetings included. */
static void
test_delete_case_cascades (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GBytes) pdf = make_pdf ("Report");
  g_autoptr(CrDocument) document = add_document (fixture, fixture->case_id, "report.pdf", pdf);
  g_autofree char *document_id = id_text (cr_record_get_id (CR_RECORD (document)));
  g_autofree char *police = id_text (fixture->police);
  g_autoptr(CrRecord) request = CR_RECORD (cr_evidence_request_new ());
  g_autoptr(CrRecord) meeting = CR_RECORD (cr_meeting_new ());
  g_autoptr(CrRecord) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;

  cr_record_set_case_id (request, fixture->case_id);
  cr_record_set (request, "agency-id", police);
  cr_record_set (request, "kind", "agency-report");
  cr_record_set (request, "document-id", document_id);
  stored = sync_save_record (fixture->db, request, &error);
  g_assert_no_error (error);
  g_clear_object (&stored);
  cr_record_set_case_id (meeting, fixture->case_id);
  cr_record_set (meeting, "meeting-date", "2026-02-01");
  cr_record_set (meeting, "kind", "panel");
  cr_record_set (meeting, "minutes-document-id", document_id);
  stored = sync_save_record (fixture->db, meeting, &error);
  g_assert_no_error (error);
  cr_database_close (fixture->db);

  sql = g_strdup_printf ("PRAGMA foreign_keys = ON;"
                         "INSERT INTO chronology_imports (case_id, agency_id, document_id, mapping,"
                         "  n_entries, n_rejected, n_blank) VALUES (%" G_GINT64_FORMAT ", %s, %s, '{}', 1, 0, 0);"
                         "INSERT INTO chronology_entries (case_id, import_id, agency_id, row, day, event)"
                         "  VALUES (%" G_GINT64_FORMAT ", last_insert_rowid (), %s, 1, '2025-01-01', 'Visit');"
                         "DELETE FROM cases WHERE id = %" G_GINT64_FORMAT ";",
                         fixture->case_id, police, document_id, fixture->case_id, police, fixture->case_id);
  exec_on_file (fixture, sql);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM documents"), ==, 0);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM evidence_requests"), ==, 0);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM chronology_entries"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/storage/review/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("records-round-trip", test_records_round_trip);
  ADD ("records-order", test_records_order);
  ADD ("records-invalid", test_records_invalid);
  ADD ("records-foreign-ids", test_records_foreign_ids);
  ADD ("terms-upsert", test_terms_upsert);
  ADD ("documents", test_documents);
  ADD ("documents-delete", test_documents_delete);
  ADD ("pause-resume", test_pause_resume);
  ADD ("delete-case-cascades", test_delete_case_cascades);

#undef ADD

  return g_test_run ();
}
