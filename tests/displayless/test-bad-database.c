/* test-bad-database.c: files CrDatabase must refuse or handle without
 * changing them: too new, not a database, damaged, altered, locked,
 * read-only, and a full disk
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE  /* unshare () */

#include "config.h"

#include <errno.h>
#include <sched.h>
#include <fcntl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include "storage-test-helpers.h"

#define NOBODY 65534

static char *
make_database (const char *dir,
               const char *name,
               guint       n_cases)
{
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr(CrDatabase) db = cr_test_open_database (path);
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n_cases; i++)
    {
      g_autofree char *reference = g_strdup_printf ("CR-2026-%04u", i + 1);

      g_ptr_array_add (cases, make_case (reference, "Child A", "2026-01-05"));
    }
  if (n_cases > 0)
    {
      sync_create_cases (db, cases, &error);
      g_assert_no_error (error);
    }
  cr_database_close (db);
  return path;
}

static gboolean
side_file_exists (const char *path,
                  const char *suffix)
{
  g_autofree char *side = g_strconcat (path, suffix, NULL);

  return g_file_test (side, G_FILE_TEST_EXISTS);
}

/* Opens @path expecting @code, and checks the file was not changed. */
static void
assert_refused_unchanged (const char *path,
                          int         code)
{
  g_autoptr(GBytes) before = read_file_bytes (path);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(CrDatabase) db = cr_database_new (path);
  g_autoptr(GError) error = NULL;

  g_assert_false (sync_open (db, &error));
  g_assert_error (error, CR_STORAGE_ERROR, code);
  g_test_message ("refused: %s", error->message);
  cr_database_close (db);

  after = read_file_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (side_file_exists (path, "-wal"));
  g_assert_false (side_file_exists (path, "-journal"));
}

/* ---- Refused files ----------------------------------------------------------- */

static void
test_too_new (void)
{
  g_autofree char *dir = cr_test_make_tmpdir ();
  g_autofree char *path = make_database (dir, "new.db", 3);
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d",
                                          cr_database_get_latest_schema_version () + 1);
  sqlite3 *raw = open_raw (path);

  exec_raw (raw, sql);
  sqlite3_close (raw);
  g_assert_false (side_file_exists (path, "-wal"));
  g_assert_false (side_file_exists (path, "-shm"));

  assert_refused_unchanged (path, CR_STORAGE_ERROR_TOO_NEW);
  g_assert_false (side_file_exists (path, "-shm"));

  cr_test_remove_tree (dir);
}

static void
test_garbage (void)
{
  g_autofree char *dir = cr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "garbage.db", NULL);
  g_autofree char *text = g_build_filename (dir, "notes.txt", NULL);
  g_autoptr(GError) error = NULL;
  guint8 bytes[16384];

  for (guint i = 0; i < sizeof bytes; i++)
    bytes[i] = g_test_rand_int_range (0, 256);
  g_file_set_contents (path, (const char *) bytes, sizeof bytes, &error);
  g_assert_no_error (error);
  assert_refused_unchanged (path, CR_STORAGE_ERROR_NOT_A_DATABASE);

  g_file_set_contents (text, "Minutes of the rapid review meeting\n", -1, &error);
  g_assert_no_error (error);
  assert_refused_unchanged (text, CR_STORAGE_ERROR_NOT_A_DATABASE);

  cr_test_remove_tree (dir);
}

static void
test_another_programs_database (void)
{
  g_autofree char *dir = cr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "other.db", NULL);
  g_autofree char *tagged = g_build_filename (dir, "tagged.db", NULL);
  sqlite3 *raw;

  raw = open_raw (path);
  exec_raw (raw, "CREATE TABLE bookmarks (url TEXT); INSERT INTO bookmarks VALUES ('https://example.org');");
  sqlite3_close (raw);
  assert_refused_unchanged (path, CR_STORAGE_ERROR_NOT_A_DATABASE);

  raw = open_raw (tagged);
  exec_raw (raw, "PRAGMA application_id = 1234; PRAGMA user_version = 1;");
  sqlite3_close (raw);
  assert_refused_unchanged (tagged, CR_STORAGE_ERROR_NOT_A_DATABASE);

  cr_test_remove_tree (dir);
}

static void
test_damaged_page (void)
{
  g_autofree char *dir = cr_test_make_tmpdir ();
  g_autofree char *path = make_database (dir, "damaged.db", 300);
  g_autoptr(GError) error = NULL;
  sqlite3 *raw = open_raw (path);
  gint64 page_size = query_int_raw (raw, "PRAGMA page_size");
  gint64 root = query_int_raw (raw, "SELECT rootpage FROM sqlite_schema WHERE name = 'cases'");
  char *contents = NULL;
  gsize length = 0;

  sqlite3_close (raw);
  g_assert_cmpint (root, >, 1);

  /* Overwrite the cases table's root page with garbage. */
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >=, root * page_size);
  for (gint64 i = (root - 1) * page_size; i < root * page_size; i++)
    contents[i] = (char) g_test_rand_int_range (0, 256);
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  g_free (contents);

  assert_refused_unchanged (path, CR_STORAGE_ERROR_CORRUPT);

  cr_test_remove_tree (dir);
}

/* The same damage written in place after a clean close, the file's size,
 * inode and modification time kept as they were: only its change time
 * tells, and that is enough for the open to run quick_check again. */
static void
test_damaged_page_in_place (void)
{
  g_autofree char *dir = cr_test_make_tmpdir ();
  g_autofree char *path = make_database (dir, "in-place.db", 300);
  g_autofree guint8 *garbage = NULL;
  sqlite3 *raw = open_raw (path);
  gint64 page_size = query_int_raw (raw, "PRAGMA page_size");
  gint64 root = query_int_raw (raw, "SELECT rootpage FROM sqlite_schema WHERE name = 'cases'");
  struct stat before, after;
  int fd;

  sqlite3_close (raw);
  g_assert_cmpint (root, >, 1);

  /* Closed cleanly and unchanged: the next open skips the check. */
  {
    g_autoptr(CrDatabase) db = cr_test_open_database (path);

    g_assert_false (_cr_database_get_quick_checked (db));
    cr_database_close (db);
  }

  g_assert_cmpint (stat (path, &before), ==, 0);
  garbage = g_malloc (page_size);
  for (gint64 i = 0; i < page_size; i++)
    garbage[i] = (guint8) g_test_rand_int_range (0, 256);
  fd = open (path, O_WRONLY);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (pwrite (fd, garbage, page_size, (root - 1) * page_size), ==, page_size);
  g_assert_cmpint (close (fd), ==, 0);
  {
    const struct timespec times[2] = { before.st_atim, before.st_mtim };

    g_assert_cmpint (utimensat (AT_FDCWD, path, times, 0), ==, 0);
  }
  g_assert_cmpint (stat (path, &after), ==, 0);
  g_assert_cmpint (after.st_ino, ==, before.st_ino);
  g_assert_cmpint (after.st_size, ==, before.st_size);
  g_assert_cmpint (after.st_mtim.tv_sec, ==, before.st_mtim.tv_sec);
  g_assert_cmpint (after.st_mtim.tv_nsec, ==, before.st_mtim.tv_nsec);

  assert_refused_unchanged (path, CR_STORAGE_ERROR_CORRUPT);

  cr_test_remove_tree (dir);
}

static void
test_altered_schema (void)
{
  g_autofree char *dir = cr_test_make_tmpdir ();
  g_autofree char *path = make_database (dir, "altered.db", 2);
  sqlite3 *raw = open_raw (path);

  /* Someone removed the audit of case edits with another tool. */
  exec_raw (raw, "DROP TRIGGER cases_audit_update;");
  sqlite3_close (raw);
  assert_refused_unchanged (path, CR_STORAGE_ERROR_CORRUPT);

  cr_test_remove_tree (dir);
}

/* ---- Locks ------------------------------------------------------------------- */

static void
test_locked (void)
{
  g_autofree char *dir = cr_test_make_tmpdir ();
  g_autofree char *path = make_database (dir, "locked.db", 1);
  g_autoptr(CrDatabase) db = cr_database_new (path);
  g_autoptr(CrDatabase) second = NULL;
  g_autoptr(CrCase) kase = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;
  sqlite3 *holder = open_raw (path);

  /* Another connection holds the write lock. */
  exec_raw (holder, "BEGIN EXCLUSIVE; UPDATE cases SET pseudonym = pseudonym;");

  start = g_get_monotonic_time ();
  g_assert_false (sync_open (db, &error));
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_LOCKED);
  g_test_message ("locked after %.1f s: %s", (g_get_monotonic_time () - start) / 1e6, error->message);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * G_USEC_PER_SEC);
  g_clear_error (&error);

  /* Released: the same object opens now. */
  exec_raw (holder, "ROLLBACK;");
  g_assert_true (sync_open (db, &error));
  g_assert_no_error (error);

  /* A lock taken while open makes a write fail with LOCKED, not lose it. */
  exec_raw (holder, "BEGIN EXCLUSIVE; UPDATE cases SET pseudonym = pseudonym;");
  kase = sync_get_case (db, 0, "CR-2026-0001", &error);
  g_assert_no_error (error);
  g_assert_false (sync_update_field (db, "case", cr_case_get_id (kase), "pseudonym", "Child Q", NULL, &error));
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_LOCKED);
  g_clear_error (&error);
  exec_raw (holder, "ROLLBACK;");

  g_assert_true (sync_update_field (db, "case", cr_case_get_id (kase), "pseudonym", "Child Q", NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&kase);
  kase = sync_get_case (db, 0, "CR-2026-0001", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cr_case_get_pseudonym (kase), ==, "Child Q");

  sqlite3_close (holder);
  cr_database_close (db);
  cr_test_remove_tree (dir);
}

/* ---- Read-only --------------------------------------------------------------- */

static void
on_read_only_notify_cb (GObject    *object,
                        GParamSpec *pspec,
                        gpointer    user_data)
{
  guint *n_notified = user_data;

  (*n_notified)++;
}

static gboolean
write_something (gpointer   db,
                 gpointer   user_data,
                 GError   **error)
{
  return _cr_db_exec (db, "UPDATE cases SET pseudonym = 'Changed'", error);
}

/* The checks on a file this process may read but not write. */
static void
check_read_only (const char *path,
                 const char *old_path)
{
  g_autoptr(CrDatabase) db = cr_database_new (path);
  g_autoptr(CrDatabase) old_db = NULL;
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(CrCase) kase = make_case ("CR-2026-0099", "Child Z", NULL);
  g_autoptr(CrCase) created = NULL;
  g_autoptr(CrIdentity) identity = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  guint n_notified = 0;

  g_assert_cmpint (access (path, W_OK), !=, 0);

  g_signal_connect (db, "notify::read-only", G_CALLBACK (on_read_only_notify_cb), &n_notified);
  g_assert_true (sync_open (db, &error));
  g_assert_no_error (error);
  g_assert_true (cr_database_get_read_only (db));
  g_assert_cmpuint (n_notified, ==, 1);

  /* Reading works. */
  cases = sync_list_cases (db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cases->len, ==, 3);
  sync_check (db, NULL, &report, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (report, ==, "ok");

  /* Every kind of write says why it failed. */
  created = sync_create_case (db, kase, &error);
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "read-only"));
  g_clear_error (&error);
  g_assert_false (sync_update_field (db, "case", cr_case_get_id (g_ptr_array_index (cases, 0)),
                                     "pseudonym", "Child Y", NULL, &error));
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (sync_run_in_transaction (db, write_something, NULL, &error));
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_READ_ONLY);
  g_clear_error (&error);
  /* A reveal writes the audit trail, so it is refused too. */
  identity = sync_reveal (db, "child", 1, "Read-only test", &error);
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_READ_ONLY);
  g_clear_error (&error);
  cr_database_close (db);

  /* A read-only file that needs upgrading cannot be used. */
  old_db = cr_database_new (old_path);
  g_assert_false (sync_open (old_db, &error));
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "upgraded"));
  cr_database_close (old_db);
}

static void
read_only_as_nobody (void)
{
  /* As root, permissions do not stop writes: drop to nobody first. */
  g_assert_cmpint (setgid (NOBODY), ==, 0);
  g_assert_cmpint (setuid (NOBODY), ==, 0);
  g_assert_cmpint (geteuid (), ==, NOBODY);
  check_read_only (g_getenv ("CR_TEST_READ_ONLY_PATH"), g_getenv ("CR_TEST_READ_ONLY_OLD_PATH"));
}

static void
read_only_setup_and_check (void)
{
  g_autofree char *dir = cr_test_make_tmpdir ();
  g_autofree char *path = make_database (dir, "shared.db", 3);
  g_autofree char *old_path = g_build_filename (dir, "old.db", NULL);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(CrChild) child = NULL;
  g_autoptr(GError) error = NULL;

  /* A child with an identity, for the reveal. */
  {
    g_autoptr(CrDatabase) db = cr_test_open_database (path);
    g_autoptr(CrCase) kase = sync_get_case (db, 0, "CR-2026-0001", &error);

    g_assert_no_error (error);
    child = sync_add_child (db, cr_case_get_id (kase), "Child A", NULL, &error);
    g_assert_no_error (error);
    cr_database_close (db);
  }

  {
    sqlite3 *raw = open_raw (old_path);

    g_assert_true (_cr_migrations_apply (raw, 2, &error));
    g_assert_no_error (error);
    sqlite3_close (raw);
  }

  before = read_file_bytes (path);

  if (geteuid () == 0)
    {
      /* A 0644 file in a 0755 folder, owned by root; checked as nobody. */
      g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
      g_assert_cmpint (g_chmod (path, 0644), ==, 0);
      g_assert_cmpint (g_chmod (old_path, 0644), ==, 0);
      g_setenv ("CR_TEST_READ_ONLY_PATH", path, TRUE);
      g_setenv ("CR_TEST_READ_ONLY_OLD_PATH", old_path, TRUE);
      g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC,
                              G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      g_assert_false (side_file_exists (path, "-wal"));
      g_assert_false (side_file_exists (path, "-shm"));
    }
  else
    {
      g_assert_cmpint (g_chmod (path, 0444), ==, 0);
      g_assert_cmpint (g_chmod (old_path, 0444), ==, 0);
      check_read_only (path, old_path);
      g_chmod (path, 0600);
      g_chmod (old_path, 0600);
    }

  after = read_file_bytes (path);
  g_assert_true (g_bytes_equal (before, after));

  g_chmod (dir, 0700);
  cr_test_remove_tree (dir);
}

static void
test_read_only (void)
{
  if (g_test_subprocess ())
    read_only_as_nobody ();
  else
    read_only_setup_and_check ();
}

/* ---- Disk full ------------------------------------------------------------------- */

static char *
make_summary (guint i)
{
  GString *summary = g_string_new (NULL);

  while (summary->len < 3500)
    g_string_append_printf (summary, "Summary %u of a case used to fill the disk. ", i);
  return g_string_free (summary, FALSE);
}

/* Adds big cases until a write fails; returns how many were stored. */
static guint
fill_until_error (CrDatabase  *db,
                  guint        first,
                  GError     **error)
{
  guint n = 0;

  for (guint i = first; i < first + 100000; i++)
    {
      g_autofree char *reference = g_strdup_printf ("FULL-%05u", i);
      g_autofree char *summary = make_summary (i);
      g_autoptr(CrCase) kase = make_case (reference, "Child A", NULL);
      g_autoptr(CrCase) stored = NULL;

      cr_case_set_summary (kase, summary);
      stored = sync_create_case (db, kase, error);
      if (stored == NULL)
        return n;
      n++;
    }

  g_assert_not_reached ();
}

static void
assert_cases_intact (CrDatabase *db,
                     guint       n_expected)
{
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(GError) error = NULL;

  cases = sync_list_cases (db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cases->len, ==, n_expected);
  for (guint i = 0; i < cases->len; i++)
    {
      g_autofree char *reference = g_strdup_printf ("FULL-%05u", i + 1);
      g_autofree char *summary = make_summary (i + 1);

      g_assert_cmpstr (cr_case_get_reference (g_ptr_array_index (cases, i)), ==, reference);
      g_assert_cmpstr (cr_case_get_summary (g_ptr_array_index (cases, i)), ==, summary);
    }
  assert_database_healthy (db);
}

static void
create_full_case (CrDatabase *db,
                  guint       i)
{
  g_autofree char *summary = make_summary (i);
  g_autofree char *reference = g_strdup_printf ("FULL-%05u", i);
  g_autoptr(CrCase) kase = make_case (reference, "Child A", NULL);
  g_autoptr(CrCase) stored = NULL;
  g_autoptr(GError) error = NULL;

  cr_case_set_summary (kase, summary);
  stored = sync_create_case (db, kase, &error);
  g_assert_no_error (error);
}

/* Runs in a subprocess with its own mount namespace: the small tmpfs goes
 * away with the process, even if an assertion aborts it. */
static void
full_tmpfs_in_namespace (void)
{
  const char *mnt = g_getenv ("CR_TEST_TMPFS_DIR");
  g_autofree char *path = g_build_filename (mnt, "cases.db", NULL);
  g_autofree char *filler = g_build_filename (mnt, "filler", NULL);
  g_autoptr(CrDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  const guint n_before = 20;
  guint n_more;
  char block[4096] = { 0 };
  int fd;

  g_assert_cmpint (unshare (CLONE_NEWNS), ==, 0);
  g_assert_cmpint (mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL), ==, 0);
  g_assert_cmpint (mount ("tmpfs", mnt, "tmpfs", MS_NOSUID | MS_NODEV, "size=2m,mode=0700"), ==, 0);

  db = cr_test_open_database (path);
  for (guint i = 1; i <= n_before; i++)
    create_full_case (db, i);

  /* Other files take the rest of the disk. */
  fd = g_open (filler, O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
  g_assert_cmpint (fd, >=, 0);
  while (write (fd, block, sizeof block) > 0)
    ;
  g_assert_cmpint (errno, ==, ENOSPC);
  close (fd);

  n_more = fill_until_error (db, n_before + 1, &error);
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_FULL);
  g_clear_error (&error);
  assert_cases_intact (db, n_before + n_more);

  /* Space freed: writes work again, nothing was lost. */
  g_assert_cmpint (g_unlink (filler), ==, 0);
  create_full_case (db, n_before + n_more + 1);
  create_full_case (db, n_before + n_more + 2);
  assert_cases_intact (db, n_before + n_more + 2);

  /* And it all survives a reopen. */
  cr_database_close (db);
  g_clear_object (&db);
  db = cr_test_open_database (path);
  assert_cases_intact (db, n_before + n_more + 2);
  cr_database_close (db);
}

static void
test_full_tmpfs (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *mnt = NULL;

  if (g_test_subprocess ())
    {
      full_tmpfs_in_namespace ();
      return;
    }

  dir = cr_test_make_tmpdir ();
  mnt = g_build_filename (dir, "small", NULL);
  g_assert_cmpint (g_mkdir (mnt, 0700), ==, 0);

  /* Only where mounting is allowed (root in CI; not in every sandbox). */
  if (mount ("tmpfs", mnt, "tmpfs", MS_NOSUID | MS_NODEV, "size=64k") != 0)
    {
      g_test_skip_printf ("cannot mount a small tmpfs here (%s); max_page_count covers disk full",
                          g_strerror (errno));
      cr_test_remove_tree (dir);
      return;
    }
  g_assert_cmpint (umount2 (mnt, MNT_DETACH), ==, 0);

  g_setenv ("CR_TEST_TMPFS_DIR", mnt, TRUE);
  g_test_trap_subprocess (NULL, 120 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();

  cr_test_remove_tree (dir);
}

static gboolean
set_max_page_count (gpointer   db,
                    gpointer   user_data,
                    GError   **error)
{
  const char *sql = user_data;

  return _cr_db_exec (db, sql, error);
}

static void
test_full_max_page_count (void)
{
  g_autofree char *dir = cr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "capped.db", NULL);
  g_autoptr(CrDatabase) db = cr_test_open_database (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *cap = NULL;
  guint n_stored;
  sqlite3 *raw = open_raw (path);
  gint64 pages = query_int_raw (raw, "PRAGMA page_count");

  sqlite3_close (raw);

  /* The connection may grow the file by 40 pages, no more. */
  cap = g_strdup_printf ("PRAGMA max_page_count = %" G_GINT64_FORMAT, pages + 40);
  g_assert_true (sync_run_in_transaction (db, set_max_page_count, cap, &error));
  g_assert_no_error (error);

  n_stored = fill_until_error (db, 1, &error);
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_FULL);
  g_test_message ("%u cases fitted in 40 pages: %s", n_stored, error->message);
  g_assert_cmpuint (n_stored, >, 5);
  g_clear_error (&error);
  assert_cases_intact (db, n_stored);

  /* Space again: the next write works. */
  g_assert_true (sync_run_in_transaction (db, set_max_page_count,
                                          (gpointer) "PRAGMA max_page_count = 1073741823", &error));
  g_assert_no_error (error);
  create_full_case (db, n_stored + 1);
  assert_cases_intact (db, n_stored + 1);

  cr_database_close (db);
  cr_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/storage/bad-database/too-new", test_too_new);
  g_test_add_func ("/storage/bad-database/garbage", test_garbage);
  g_test_add_func ("/storage/bad-database/another-program", test_another_programs_database);
  g_test_add_func ("/storage/bad-database/damaged-page", test_damaged_page);
  g_test_add_func ("/storage/bad-database/damaged-page-in-place", test_damaged_page_in_place);
  g_test_add_func ("/storage/bad-database/altered-schema", test_altered_schema);
  g_test_add_func ("/storage/bad-database/locked", test_locked);
  g_test_add_func ("/storage/bad-database/read-only", test_read_only);
  g_test_add_func ("/storage/bad-database/full/tmpfs", test_full_tmpfs);
  g_test_add_func ("/storage/bad-database/full/max-page-count", test_full_max_page_count);

  return g_test_run ();
}
