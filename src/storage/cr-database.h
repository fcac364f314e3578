/* cr-database.h: the case database; one thread owns the SQLite connection */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cr-agency.h"
#include "cr-audit-entry.h"
#include "cr-case.h"
#include "cr-child.h"
#include "cr-family-member.h"
#include "cr-identity.h"
#include "cr-involvement.h"
#include "cr-rapid-review.h"
#include "cr-referral.h"
#include "cr-storage-error.h"
#include "cr-theme.h"

G_BEGIN_DECLS

#define CR_TYPE_DATABASE (cr_database_get_type())

G_DECLARE_FINAL_TYPE (CrDatabase, cr_database, CR, DATABASE, GObject)

/*
 * CrDatabase owns a worker thread which alone opens and uses the sqlite3
 * connection. Every operation is an _async/_finish pair: the request is
 * queued to the thread, runs there (one user change = one transaction,
 * audited), and completes on the thread-default main context of the
 * caller. Objects handed back are new and owned by the caller; the
 * database keeps no reference to them.
 *
 * The connection runs in WAL mode with synchronous=FULL, foreign keys on,
 * defensive mode, trusted_schema off, temp_store memory, and a busy
 * timeout. Opening creates the file (mode 0600, folder 0700) if needed,
 * runs quick_check, then the numbered migrations (PRAGMA user_version).
 *
 * Errors are CR_STORAGE_ERROR (cr-storage-error.h) or CR_CASE_ERROR for an
 * illegal status transition; nothing committed is ever lost on error.
 */

/* The schema version this build writes. */
#define CR_DATABASE_SCHEMA_VERSION cr_database_get_latest_schema_version ()

CrDatabase   *cr_database_new                      (const char          *path);
/* $XDG_DATA_HOME/case-reviews/case-reviews.db */
char         *cr_database_dup_default_path         (void);
/* $XDG_DATA_HOME/case-reviews/demo.db */
char         *cr_database_dup_demo_path            (void);
const char   *cr_database_get_path                 (CrDatabase          *self);
/* TRUE when the file could only be opened read-only (property "read-only"). */
gboolean      cr_database_get_read_only            (CrDatabase          *self);
int           cr_database_get_latest_schema_version(void);

void          cr_database_open_async               (CrDatabase          *self,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
gboolean      cr_database_open_finish              (CrDatabase          *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);
/* Checkpoints the WAL (TRUNCATE), closes the connection and joins the
 * thread. Blocks briefly; safe to call twice. Called by dispose too. */
void          cr_database_close                    (CrDatabase          *self);

/* ---- Cases ------------------------------------------------------------ */

/* All cases, ordered by reference, with their agencies/themes summaries
 * filled in. Result: GPtrArray of CrCase (free with g_ptr_array_unref). */
void          cr_database_list_cases_async         (CrDatabase          *self,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
GPtrArray    *cr_database_list_cases_finish        (CrDatabase          *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);

/* One case by id, or by reference when @id is 0. */
void          cr_database_get_case_async           (CrDatabase          *self,
                                                    gint64               id,
                                                    const char          *reference,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
CrCase       *cr_database_get_case_finish          (CrDatabase          *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);

/* Inserts @kase (validated first) and returns the stored copy with id. */
void          cr_database_create_case_async        (CrDatabase          *self,
                                                    CrCase              *kase,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
CrCase       *cr_database_create_case_finish       (CrDatabase          *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);

/* Inserts many cases (each validated) in one transaction, for imports,
 * the demo data and the benchmark. All or nothing. */
void          cr_database_create_cases_async       (CrDatabase          *self,
                                                    GPtrArray           *cases,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
gboolean      cr_database_create_cases_finish      (CrDatabase          *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);

/*
 * Writes one field of a stored record, in one audited transaction, and
 * returns the value it had before (for Undo; may be NULL). @entity is
 * "case", "agency", "child", "family-member" or "involvement"; @field is a
 * property name of that class (for example "pseudonym", "aware-date",
 * "review-type" with the enum nick as value, "archived" with "true" or
 * "false"); @value is NULL to clear. The value is validated as the model
 * class validates it; a case's "status" cannot be set here (use
 * transition), nor any id.
 */
void          cr_database_update_field_async       (CrDatabase          *self,
                                                    const char          *entity,
                                                    gint64               id,
                                                    const char          *field,
                                                    const char          *value,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
gboolean      cr_database_update_field_finish      (CrDatabase          *self,
                                                    GAsyncResult        *result,
                                                    char               **old_value,
                                                    GError             **error);

/* Moves a case through the state machine (checked against the stored
 * status inside the transaction). Returns the updated case. */
void          cr_database_transition_case_async    (CrDatabase          *self,
                                                    gint64               case_id,
                                                    CrCaseStatus         to,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
CrCase       *cr_database_transition_case_finish   (CrDatabase          *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);

/* ---- Agencies and involvement ------------------------------------------ */

/* All agencies, archived ones included, ordered by name, with case-count.
 * Result: GPtrArray of CrAgency. */
void          cr_database_list_agencies_async      (CrDatabase          *self,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
GPtrArray    *cr_database_list_agencies_finish     (CrDatabase          *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);
void          cr_database_create_agency_async      (CrDatabase          *self,
                                                    CrAgency            *agency,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
CrAgency     *cr_database_create_agency_finish     (CrDatabase          *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);

/* Result: GPtrArray of CrInvolvement for the case, by agency name. */
void          cr_database_list_involvements_async  (CrDatabase          *self,
                                                    gint64               case_id,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
GPtrArray    *cr_database_list_involvements_finish (CrDatabase          *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);
void          cr_database_add_involvement_async    (CrDatabase          *self,
                                                    gint64               case_id,
                                                    gint64               agency_id,
                                                    const char          *role,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
CrInvolvement *cr_database_add_involvement_finish  (CrDatabase          *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);
void          cr_database_remove_involvement_async (CrDatabase          *self,
                                                    gint64               involvement_id,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
gboolean      cr_database_remove_involvement_finish(CrDatabase          *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);

/* ---- Themes ------------------------------------------------------------- */

/* All themes (seeded by migration 1) by facet then label; when @case_id is
 * not 0, each theme's "selected" says whether the case carries it.
 * Result: GPtrArray of CrTheme. */
void          cr_database_list_themes_async        (CrDatabase          *self,
                                                    gint64               case_id,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
GPtrArray    *cr_database_list_themes_finish       (CrDatabase          *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);
void          cr_database_set_case_theme_async     (CrDatabase          *self,
                                                    gint64               case_id,
                                                    gint64               theme_id,
                                                    gboolean             selected,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
gboolean      cr_database_set_case_theme_finish    (CrDatabase          *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);

/* ---- Children and family (restricted identity) ------------------------- */

/* Children of a case, pseudonyms only (identity NULL). GPtrArray of CrChild. */
void          cr_database_list_children_async      (CrDatabase          *self,
                                                    gint64               case_id,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
GPtrArray    *cr_database_list_children_finish     (CrDatabase          *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);
/* Family members, pseudonyms only. GPtrArray of CrFamilyMember. */
void          cr_database_list_family_async        (CrDatabase          *self,
                                                    gint64               case_id,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
GPtrArray    *cr_database_list_family_finish       (CrDatabase          *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);
/* Inserts a child (with its identity when set) for child->case-id. */
void          cr_database_add_child_async          (CrDatabase          *self,
                                                    CrChild             *child,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
CrChild      *cr_database_add_child_finish         (CrDatabase          *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);
void          cr_database_add_family_member_async  (CrDatabase          *self,
                                                    CrFamilyMember      *member,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
CrFamilyMember *cr_database_add_family_member_finish (CrDatabase        *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);
/* Reads the restricted identity of a child or family member (@entity
 * "child" or "family-member") and records a "reveal" in the audit trail
 * with @reason. */
void          cr_database_reveal_identity_async    (CrDatabase          *self,
                                                    const char          *entity,
                                                    gint64               id,
                                                    const char          *reason,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
CrIdentity   *cr_database_reveal_identity_finish   (CrDatabase          *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);
/* Writes one restricted field (value and state) in one audited
 * transaction; the audit row records the change but not the values. */
void          cr_database_set_identity_field_async (CrDatabase          *self,
                                                    const char          *entity,
                                                    gint64               id,
                                                    CrIdentityField      field,
                                                    CrFieldState         state,
                                                    const char          *value,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
gboolean      cr_database_set_identity_field_finish(CrDatabase          *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);

/* ---- Referral, rapid review and drafts (schema 5) ---------------------- */

/*
 * Records a referral in one audited transaction: creates the case (its
 * reference the next free "@reference_prefix-YYYY-NNN" for the year of the
 * referral date, computed inside the transaction; pseudonym, summary and
 * incident, aware and notified dates from the referral; status
 * cr_referral_get_initial_status()), its children with their restricted
 * identity, its involvements, its parallel processes and the referral
 * record. Validates everything first (cr_record_validate and every step
 * of cr_referral_check_step); nothing is written on error. Returns the
 * stored case.
 */
void          cr_database_create_referral_async    (CrDatabase          *self,
                                                    CrReferral          *referral,
                                                    const char          *reference_prefix,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
CrCase       *cr_database_create_referral_finish   (CrDatabase          *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);

/* The referral of a case with its lists filled (children by pseudonym, no
 * identity; involvements; processes) and the case-level fields (pseudonym,
 * summary, incident, aware and notified dates) copied from the case. A
 * case recorded without the assistant gives a referral holding only those
 * case-level fields. */
void          cr_database_get_referral_async       (CrDatabase          *self,
                                                    gint64               case_id,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
CrReferral   *cr_database_get_referral_finish      (CrDatabase          *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);

/* Parallel processes of a case, oldest first. GPtrArray of CrParallelProcess. */
void          cr_database_list_processes_async     (CrDatabase          *self,
                                                    gint64               case_id,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
GPtrArray    *cr_database_list_processes_finish    (CrDatabase          *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);

/* The rapid review of a case with its lists (agency-name filled in), or a
 * new empty one (id 0, case-id set, three empty sign-offs) when none has
 * been recorded yet. */
void          cr_database_get_rapid_review_async   (CrDatabase          *self,
                                                    gint64               case_id,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
CrRapidReview *cr_database_get_rapid_review_finish (CrDatabase          *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);

/*
 * Saves the rapid review of rr->case-id in one audited transaction: the
 * record (inserted or updated), its attendees, summaries and sign-offs
 * (replacing the stored lists), the case's decision-date, rr-sent-date and
 * review-type, and the status path of cr_rapid_review_get_status_path()
 * from the stored status, each step checked as cr_database_transition_case
 * checks it. Validates first; nothing is written on error. Returns the
 * updated case.
 */
void          cr_database_save_rapid_review_async  (CrDatabase          *self,
                                                    CrRapidReview       *rapid_review,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
CrCase       *cr_database_save_rapid_review_finish (CrDatabase          *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);

/*
 * Drafts: what an assistant holds before it is finished, saved as the user
 * types so that closing the window or a crash loses nothing. A draft is
 * (kind, key): kind "referral" with a key made when the assistant starts
 * (several referrals may be in progress), or "rapid-review" with the case
 * id as key, or "publication" (schema 7) with the case id as key.
 * Saving replaces the draft of the same kind and key. Drafts
 * are not audited (they may hold restricted identity while being typed;
 * the finished record is audited when it is written).
 */
typedef struct
{
  char *kind;
  char *key;
  char *title;        /* for the resume offer: "Child A (incident 2 Nov 2026)" */
  char *data;         /* the draft text (cr_referral_to_draft ...) */
  char *updated_at;   /* ISO 8601 UTC */
} CrDraft;

void          cr_draft_free                        (CrDraft             *draft);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrDraft, cr_draft_free)

void          cr_database_save_draft_async         (CrDatabase          *self,
                                                    const char          *kind,
                                                    const char          *key,
                                                    const char          *title,
                                                    const char          *data,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
gboolean      cr_database_save_draft_finish        (CrDatabase          *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);
/* Drafts of @kind, newest first. GPtrArray of CrDraft (with data). */
void          cr_database_list_drafts_async        (CrDatabase          *self,
                                                    const char          *kind,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
GPtrArray    *cr_database_list_drafts_finish       (CrDatabase          *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);
/* Deleting a draft that does not exist is not an error. */
void          cr_database_delete_draft_async       (CrDatabase          *self,
                                                    const char          *kind,
                                                    const char          *key,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
gboolean      cr_database_delete_draft_finish      (CrDatabase          *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);

/* ---- Audit and maintenance --------------------------------------------- */

/* Audit rows for a case and everything under it, oldest first.
 * GPtrArray of CrAuditEntry. */
void          cr_database_list_audit_async         (CrDatabase          *self,
                                                    gint64               case_id,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
GPtrArray    *cr_database_list_audit_finish        (CrDatabase          *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);

/* Runs PRAGMA integrity_check and foreign_key_check. @report gets the
 * lines SQLite printed ("ok" when healthy); returns FALSE with
 * CR_STORAGE_ERROR_CORRUPT when the check failed. */
void          cr_database_check_async              (CrDatabase          *self,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
gboolean      cr_database_check_finish             (CrDatabase          *self,
                                                    GAsyncResult        *result,
                                                    int                 *schema_version,
                                                    char               **report,
                                                    GError             **error);

/* Runs @func on the database thread inside one transaction (committed when
 * it returns TRUE, rolled back otherwise). For bulk writers such as the
 * demo data and the benchmark; @db is the sqlite3 * connection. */
typedef gboolean (*CrDatabaseFunc) (gpointer   db,
                                    gpointer   user_data,
                                    GError   **error);
void          cr_database_run_in_transaction_async (CrDatabase          *self,
                                                    CrDatabaseFunc       func,
                                                    gpointer             user_data,
                                                    GDestroyNotify       user_data_free,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data_cb);
gboolean      cr_database_run_in_transaction_finish(CrDatabase          *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);

/*
 * Synchronous use, for the command line tool and tests, which have no main
 * loop of their own:
 *
 *   g_autoptr(GAsyncResult) res = NULL;
 *   cr_database_list_cases_async (db, NULL, cr_database_sync_cb, &res);
 *   cases = cr_database_list_cases_finish (db, cr_database_wait (&res), &error);
 *
 * cr_database_sync_cb stores a reference to the result in *(GAsyncResult **)
 * user_data; cr_database_wait iterates the thread-default main context until
 * it is set and returns it (still owned by *result).
 */
void          cr_database_sync_cb                  (GObject             *source,
                                                    GAsyncResult        *result,
                                                    gpointer             user_data);
GAsyncResult *cr_database_wait                     (GAsyncResult       **result);

G_END_DECLS
