/* cr-database-private.h: internals shared by the cr-database*.c files and
 * by the storage tests. Nothing here is API for the other layers. */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "cr-database.h"
#include "cr-record.h"

G_BEGIN_DECLS

/* "CRRV" in the database header, so that we never migrate, or write to,
 * an SQLite file that belongs to another program. */
#define CR_DATABASE_APPLICATION_ID 0x43525256

/* How long a statement waits for another program's lock. */
#define CR_DATABASE_BUSY_TIMEOUT_MS 2000

/*
 * The state of the database thread. Only the database thread touches
 * @db and @statements; @read_only is written by the thread while opening
 * and read by the main thread once the open task has completed. The
 * worker is reference counted (g_atomic_rc_box) so that the thread can
 * outlive its CrDatabase when the last reference to the database is
 * dropped on the database thread itself.
 */
typedef struct
{
  GAsyncQueue  *queue;
  char         *path;
  sqlite3      *db;
  GHashTable   *statements;   /* SQL text -> prepared sqlite3_stmt */
  GCancellable *cancellable;  /* of the running read, for the progress handler */
  int           read_only;    /* atomic */
  gboolean      immutable;
  gboolean      quick_checked; /* at the last open; FALSE after a clean close */
} CrDbWorker;

/* Runs on the database thread and completes @task with g_task_return_*. */
typedef void (*CrDbRunFunc) (CrDbWorker *worker,
                             GTask      *task);

typedef enum
{
  CR_DB_REQUEST_READ  = 0,
  CR_DB_REQUEST_WRITE = 1 << 0,  /* refused with READ_ONLY on a read-only file */
  CR_DB_REQUEST_OPEN  = 1 << 1,  /* runs before the connection exists */
} CrDbRequestFlags;

/* ---- cr-database.c: requests ------------------------------------------- */

GTask        *_cr_database_task_new          (CrDatabase          *self,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data,
                                              gpointer             source_tag,
                                              const char          *name);
/* Queues @task (transfer full) for the database thread. */
void          _cr_database_submit            (CrDatabase          *self,
                                              GTask               *task,
                                              CrDbRunFunc          run,
                                              CrDbRequestFlags     flags);
/* A new task for @case_id (its data, a gint64 *) queued as above: the
 * body of an _async() taking a case. */
void          _cr_database_submit_for_case   (CrDatabase          *self,
                                              gint64               case_id,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data,
                                              gpointer             source_tag,
                                              const char          *name,
                                              CrDbRunFunc          run,
                                              CrDbRequestFlags     flags);
/* The pointer a task of @source_tag on @self returned (transfer full), or
 * NULL with @error: the body of a _finish() returning an object. */
gpointer      _cr_database_propagate_pointer (CrDatabase          *self,
                                              GAsyncResult        *result,
                                              gpointer             source_tag,
                                              GError             **error);
/* For tests: whether the last open of @self ran PRAGMA quick_check
 * (FALSE when a clean close let it skip the check). */
gboolean      _cr_database_get_quick_checked (CrDatabase          *self);

/* ---- cr-database-connection.c ----------------------------------------- */

gboolean      _cr_db_open                    (CrDbWorker          *worker,
                                              GError             **error);
void          _cr_db_close                   (CrDbWorker          *worker);
/* Registers cr_os_user() (SQLITE_INNOCUOUS, so triggers may call it). */
void          _cr_db_register_functions      (sqlite3             *db);
/* Sets @error from an SQLite result code with a translated message that
 * says what to do, SQLite's own text appended. Always returns FALSE. */
gboolean      _cr_db_set_error               (sqlite3             *db,
                                              int                  rc,
                                              GError             **error);
/* Whether _cr_db_set_error() met an I/O error or damage on this thread
 * since the last call; clears the flag. A close after such an error is
 * not recorded as clean, so the next open runs quick_check
 * (reliability.md §1.7: re-check after I/O trouble). */
gboolean      _cr_db_take_trouble            (void);
gboolean      _cr_db_exec                    (sqlite3             *db,
                                              const char          *sql,
                                              GError             **error);
/* A cached prepared statement; reset it after use (g_autoptr(CrDbStmt)). */
sqlite3_stmt *_cr_db_prepare                 (CrDbWorker          *worker,
                                              const char          *sql,
                                              GError             **error);
/* Steps a statement that returns no rows. */
gboolean      _cr_db_step_done               (CrDbWorker          *worker,
                                              sqlite3_stmt        *stmt,
                                              GError             **error);
const char   *_cr_db_column_text             (sqlite3_stmt        *stmt,
                                              int                  column);

typedef sqlite3_stmt CrDbStmt;
void          _cr_db_stmt_release            (CrDbStmt            *stmt);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrDbStmt, _cr_db_stmt_release)

/* Builds the object of the current row of @stmt (transfer full), or sets
 * @error and returns NULL. Readers return their object as a plain
 * (GObject *) upcast: no per-row type check. */
typedef GObject *(*CrDbRowReader)            (sqlite3_stmt        *stmt,
                                              GError             **error);

/* Steps @stmt, prepared and bound by the caller, to its end and returns
 * the objects @read builds from its rows (transfer full, owning them);
 * NULL with @error set by @read or from SQLite. */
GPtrArray    *_cr_db_collect                 (CrDbWorker          *worker,
                                              CrDbStmt            *stmt,
                                              CrDbRowReader        read,
                                              GError             **error);
/* _cr_db_collect() completing @task with the array or the error. */
void          _cr_db_return_collected        (CrDbWorker          *worker,
                                              GTask               *task,
                                              CrDbStmt            *stmt,
                                              CrDbRowReader        read);
/* Steps @stmt, prepared and bound by the caller, to its first row: TRUE
 * when there is one, for the caller to read. Otherwise FALSE, with @error
 * from SQLite, or CR_STORAGE_ERROR_NOT_FOUND with the printf() format
 * @not_found as its message (after @error, as in g_set_error()). */
gboolean      _cr_db_step_one                (CrDbWorker          *worker,
                                              CrDbStmt            *stmt,
                                              GError             **error,
                                              const char          *not_found,
                                              ...) G_GNUC_PRINTF (4, 5);

/* BEGIN IMMEDIATE ... COMMIT; freeing an uncommitted one rolls it back. */
typedef struct
{
  CrDbWorker *worker;
  gboolean    finished;
} CrDbTransaction;

CrDbTransaction *_cr_db_transaction_begin    (CrDbWorker          *worker,
                                              GError             **error);
gboolean      _cr_db_transaction_commit      (CrDbTransaction     *transaction,
                                              GError             **error);
void          _cr_db_transaction_free        (CrDbTransaction     *transaction);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrDbTransaction, _cr_db_transaction_free)

/* Trims and NFC-normalises @text, then checks it as the model does (one
 * line unless @multiline, at most @max_chars). Empty text gives NULL, an
 * error when @required. Errors are CR_STORAGE_ERROR_INVALID naming @label. */
gboolean      _cr_db_normalise_text          (const char          *text,
                                              const char          *label,
                                              gsize                max_chars,
                                              gboolean             multiline,
                                              gboolean             required,
                                              char               **out,
                                              GError             **error);

const char   *_cr_db_enum_to_nick            (GType                type,
                                              int                  value);
gboolean      _cr_db_enum_from_nick          (GType                type,
                                              const char          *nick,
                                              int                 *value);

/* ---- cr-database-clean-close.c ----------------------------------------- */

/* $XDG_STATE_HOME/case-reviews/clean-close.ini */
char         *_cr_db_clean_close_dup_record_path (void);
/* TRUE when @path has exactly the identity recorded at its last clean
 * close and no -wal content: opening it may skip quick_check. */
gboolean      _cr_db_clean_close_matches     (const char          *path);
/* Before the first write of a session: drops the record of @path. */
void          _cr_db_clean_close_forget      (const char          *path);
/* After a clean close (checkpoint done, connection closed). */
void          _cr_db_clean_close_record      (const char          *path);

/* ---- cr-migrations.c --------------------------------------------------- */

int           _cr_migrations_get_latest      (void);
gboolean      _cr_migrations_get_version     (sqlite3             *db,
                                              int                 *version,
                                              GError             **error);
/* Applies the migrations after the stored user_version up to @target,
 * each in its own transaction that also bumps user_version. */
gboolean      _cr_migrations_apply           (sqlite3             *db,
                                              int                  target,
                                              GError             **error);
/* The schema (sqlite_schema rows, sorted, whitespace normalised) as text. */
char         *_cr_migrations_dump_schema     (sqlite3             *db,
                                              GError             **error);
/* Fails with CR_STORAGE_ERROR_CORRUPT when the schema of @db differs from
 * the one migrations 1..@version build. */
gboolean      _cr_migrations_verify_schema   (sqlite3             *db,
                                              int                  version,
                                              GError             **error);

/* ---- shared loaders (database thread only) ------------------------------ */

/* cr-database-cases.c: one case with its summaries; NOT_FOUND if missing. */
CrCase       *_cr_db_load_case               (CrDbWorker          *worker,
                                              gint64               id,
                                              const char          *reference,
                                              GError             **error);
/* cr-database-cases.c: the case's case id, or NOT_FOUND. */
gboolean      _cr_db_require_case            (CrDbWorker          *worker,
                                              gint64               case_id,
                                              GError             **error);
/* cr-database-agencies.c */
CrAgency     *_cr_db_load_agency             (CrDbWorker          *worker,
                                              gint64               id,
                                              GError             **error);
/* cr-database-identity.c: writes one restricted field (UNSET removes it). */
gboolean      _cr_db_write_identity_field    (CrDbWorker          *worker,
                                              gboolean             is_child,
                                              gint64               person_id,
                                              CrIdentityField      field,
                                              CrFieldState         state,
                                              const char          *value,
                                              GError             **error);
/* cr-database-people.c: the case of a child or family member. */
gboolean      _cr_db_lookup_person           (CrDbWorker          *worker,
                                              const char          *entity,
                                              gint64               id,
                                              gint64              *case_id,
                                              GError             **error);

/* cr-database-cases.c: validates @kase and inserts it (schema 5 columns
 * included); *@out_id gets the new id. */
gboolean      _cr_db_insert_case             (CrDbWorker          *worker,
                                              CrCase              *kase,
                                              gint64              *out_id,
                                              GError             **error);
/* cr-database-cases.c: moves @kase (as stored, status read in this
 * transaction) to @to as cr_case_transition() allows, writes its status,
 * paused-from and review type, and keeps the pause periods: moving to
 * PAUSED opens one today, moving out of PAUSED ends it today. */
gboolean      _cr_db_transition              (CrDbWorker          *worker,
                                              CrCase              *kase,
                                              CrCaseStatus         to,
                                              GError             **error);
/* cr-database-people.c: inserts a child (@relationship ignored) or a
 * family member of @case_id with its restricted identity when not NULL;
 * *@out_id gets the new id. @pseudonym and @relationship are normalised
 * and checked first. */
gboolean      _cr_db_insert_person           (CrDbWorker          *worker,
                                              gboolean             is_child,
                                              gint64               case_id,
                                              const char          *pseudonym,
                                              const char          *relationship,
                                              CrIdentity          *identity,
                                              gint64              *out_id,
                                              GError             **error);

/* cr-database-referrals.c: stores the referral record and parallel
 * processes of referral->case-id, an existing case without one (the demo
 * data; the case, children and involvements are written separately). */
void          _cr_database_add_referral_record_async  (CrDatabase          *self,
                                                       CrReferral          *referral,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
gboolean      _cr_database_add_referral_record_finish (CrDatabase          *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);

/* ---- cr-database-records.c: CrRecords stored field by field -------------- */

/*
 * A table holding one kind of CrRecord: a column per field (the name with
 * '-' turned to '_'), derived fields and @case_fields excepted, and
 * case_id. A derived field is read with the SQL of @derived, or, for
 * "X-name" beside an id field "X-id", as that agency's name. @key is the row's key as the record's id: "id", "case_id" for
 * one record per case, or "rowid".
 */
typedef struct
{
  const char          *field;         /* a DERIVED field's name */
  const char          *sql;           /* the SQL giving it (columns as t.column) */
} CrDbDerivedField;

typedef struct
{
  const char             *table;
  const char             *key;
  const char * const     *case_fields;   /* held by the case row; may be NULL */
  /* Derived fields other than an agency's name beside its id, ended by
   * { NULL }; may be NULL. */
  const CrDbDerivedField *derived;
} CrDbRecordTable;

/* Trims and NFC-normalises every value in place (text that cannot be is
 * left for validation to refuse). */
void          _cr_db_record_normalise        (CrRecord            *record);
/* A new record of the same type with the same fields, id and case-id. */
CrRecord     *_cr_db_record_copy             (CrRecord            *record);
/* Appends to @to a copy of each record of @from. */
void          _cr_db_record_copy_list        (GListStore          *to,
                                              GListStore          *from);
/* _cr_db_record_normalise() on each record of @store. */
void          _cr_db_record_normalise_list   (GListStore          *store);
/* *@out_id (may be NULL) gets the key of the new row. */
gboolean      _cr_db_record_insert           (CrDbWorker             *worker,
                                              const CrDbRecordTable  *table,
                                              CrRecord               *record,
                                              gint64                  case_id,
                                              gint64                 *out_id,
                                              GError                **error);
/* Writes the row @key of @case_id when a value differs (so saving the same
 * record twice audits nothing); a missing row is not an error. Read-only
 * fields (CR_RECORD_FIELD_FLAG_READ_ONLY) are left as stored. */
gboolean      _cr_db_record_update           (CrDbWorker             *worker,
                                              const CrDbRecordTable  *table,
                                              CrRecord               *record,
                                              gint64                  key,
                                              gint64                  case_id,
                                              GError                **error);
gboolean      _cr_db_record_delete           (CrDbWorker             *worker,
                                              const CrDbRecordTable  *table,
                                              gint64                  key,
                                              gint64                  case_id,
                                              GError                **error);
/* The records of @case_id in @table, as @type, ordered by the SQL
 * @order_by (columns of the table as t.column; NULL: as stored). */
GPtrArray    *_cr_db_record_list             (CrDbWorker             *worker,
                                              const CrDbRecordTable  *table,
                                              GType                   type,
                                              gint64                  case_id,
                                              const char             *order_by,
                                              GError                **error);
/* The one record of @case_id, or NOT_FOUND. */
CrRecord     *_cr_db_record_load             (CrDbWorker             *worker,
                                              const CrDbRecordTable  *table,
                                              GType                   type,
                                              gint64                  case_id,
                                              GError                **error);
/* @agency_id is a stored agency that is not archived; @label (translated)
 * says in the message what the agency was chosen for. */
gboolean      _cr_db_check_agency            (CrDbWorker          *worker,
                                              gint64               agency_id,
                                              const char          *label,
                                              GError             **error);

/* ---- documents (shared by cr_database_add_document and the chronology
 * import; implemented in cr-database-document-insert.c) ------------------ */

/* Inside the caller's transaction: stores @contents (at most
 * CR_DOCUMENT_MAX_BYTES) in document_blobs once per SHA-256, sets
 * @document's sha256, size and media-type, normalises and validates it
 * (its agency must exist and not be archived) and inserts it for
 * @case_id. *@out_id (may be NULL) gets the new document's id. */
gboolean      _cr_db_insert_document         (CrDbWorker          *worker,
                                              CrRecord            *document,
                                              gint64               case_id,
                                              GBytes              *contents,
                                              gint64              *out_id,
                                              GError             **error);

G_END_DECLS
