/* cr-database-clean-close.c: remembering which databases were closed
 * cleanly, so that opening them again can skip the full quick_check
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrStorage"

#include "config.h"

#include "cr-database-private.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <time.h>

/*
 * PRAGMA quick_check reads the whole file, which takes seconds on a large
 * register. reliability.md §1.7 asks for it after an unclean shutdown,
 * and §1.4 for any file somebody else may have changed. So a clean close
 * records the file's identity (device, inode, size, modification and
 * change times to the nanosecond) in
 * $XDG_STATE_HOME/case-reviews/clean-close.ini, one group per canonical
 * path, and the next open skips the check only when the file still has
 * exactly that identity and no write-ahead log waits to be replayed.
 * Anything else (a crash, a copy, an edit with another tool, a restored
 * backup, a first open, a missing or unreadable record) means a check.
 *
 * Opening read-write removes the record first, so a crash during the
 * session leaves none behind. The database file itself is only ever
 * stat()ed here, never opened: closing another descriptor of it would
 * drop SQLite's POSIX locks.
 */

#define RECORD_FILE_NAME "clean-close.ini"

/* How long a clean close may wait for the clock to move past the file's
 * last change, in microseconds (see settle_identity()). */
#define SETTLE_TIMEOUT_USEC (50 * 1000)

/* Serialises the read-modify-write of the record between the database
 * threads of this process. Between processes the worst outcome of a race
 * is a stale group, which cannot match a file changed since (its
 * identity differs) and is ignored while a -wal file has content. */
static GMutex record_lock;

static const char * const identity_keys[] = {
  "device",
  "inode",
  "size",
  "mtime",
  "mtime-nsec",
  "ctime",
  "ctime-nsec",
};

typedef struct
{
  guint64 values[G_N_ELEMENTS (identity_keys)];
} FileIdentity;

/**
 * _cr_db_clean_close_dup_record_path:
 *
 * Returns: (transfer full): where clean closes are recorded
 */
char *
_cr_db_clean_close_dup_record_path (void)
{
  return g_build_filename (g_get_user_state_dir (), "case-reviews", RECORD_FILE_NAME, NULL);
}

/* The group of @path: its canonical path (symbolic links resolved), or
 * NULL when it cannot name a key file group (then nothing is recorded
 * and the file is always checked). */
static char *
dup_group_name (const char *path)
{
  char *real = realpath (path, NULL);
  char *group = NULL;

  if (real == NULL)
    return NULL;

  if (g_utf8_validate (real, -1, NULL) && strpbrk (real, "[]") == NULL)
    {
      gboolean plain = TRUE;

      for (const char *p = real; *p != '\0' && plain; p++)
        plain = !g_ascii_iscntrl (*p);
      if (plain)
        group = g_strdup (real);
    }

  free (real);
  return group;
}

static gboolean
get_identity (const char   *path,
              FileIdentity *identity)
{
  struct stat buf;

  if (stat (path, &buf) != 0 || !S_ISREG (buf.st_mode))
    return FALSE;

  identity->values[0] = (guint64) buf.st_dev;
  identity->values[1] = (guint64) buf.st_ino;
  identity->values[2] = (guint64) buf.st_size;
  identity->values[3] = (guint64) buf.st_mtim.tv_sec;
  identity->values[4] = (guint64) buf.st_mtim.tv_nsec;
  identity->values[5] = (guint64) buf.st_ctim.tv_sec;
  identity->values[6] = (guint64) buf.st_ctim.tv_nsec;
  return TRUE;
}

static gint64
to_nsec (guint64 sec,
         guint64 nsec)
{
  return (gint64) sec * G_GINT64_CONSTANT (1000000000) + (gint64) nsec;
}

/*
 * A change in the same clock tick as the one recorded would keep the
 * recorded times (the kernel stamps files from a clock that advances in
 * ticks of a few milliseconds). As git does for its index, the identity
 * is taken only once that clock has moved past the file's last change,
 * so that any later write stamps a later time. Returns FALSE if it did
 * not within SETTLE_TIMEOUT_USEC: then nothing is recorded.
 */
static gboolean
settle_identity (const char   *path,
                 FileIdentity *identity)
{
  gint64 deadline = g_get_monotonic_time () + SETTLE_TIMEOUT_USEC;

  for (;;)
    {
      struct timespec now;
      gint64 last_change;

      if (!get_identity (path, identity))
        return FALSE;

#ifdef CLOCK_REALTIME_COARSE
      clock_gettime (CLOCK_REALTIME_COARSE, &now);
#else
      clock_gettime (CLOCK_REALTIME, &now);
#endif
      last_change = MAX (to_nsec (identity->values[3], identity->values[4]),
                         to_nsec (identity->values[5], identity->values[6]));
      if (to_nsec (now.tv_sec, now.tv_nsec) > last_change)
        return TRUE;

      if (g_get_monotonic_time () >= deadline)
        return FALSE;
      g_usleep (1000);
    }
}

/* Whether the write-ahead log is missing or empty: nothing was committed
 * that the main file does not hold. */
static gboolean
wal_is_empty (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  struct stat buf;

  if (stat (wal, &buf) != 0)
    return errno == ENOENT;

  return S_ISREG (buf.st_mode) && buf.st_size == 0;
}

/* Loads the record; a missing or unreadable one is empty. */
static GKeyFile *
load_record (const char *record_path)
{
  g_autoptr(GKeyFile) record = g_key_file_new ();
  g_autoptr(GError) error = NULL;

  if (!g_key_file_load_from_file (record, record_path, G_KEY_FILE_NONE, &error))
    {
      if (!g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        g_debug ("Ignoring the clean-close record %s: %s", record_path, error->message);
      return g_key_file_new ();
    }

  return g_steal_pointer (&record);
}

/* Drops the groups of files that are gone (temporary copies, benchmark
 * databases), so that the record does not grow for ever. */
static void
prune_record (GKeyFile *record)
{
  g_auto(GStrv) groups = g_key_file_get_groups (record, NULL);
  struct stat buf;

  for (guint i = 0; groups[i] != NULL; i++)
    {
      if (stat (groups[i], &buf) != 0 && errno == ENOENT)
        g_key_file_remove_group (record, groups[i], NULL);
    }
}

static gboolean
save_record (GKeyFile    *record,
             const char  *record_path,
             GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (record_path);
  g_autofree char *data = NULL;
  gsize length = 0;
  gsize n_groups = 0;

  g_strfreev (g_key_file_get_groups (record, &n_groups));
  if (n_groups == 0)
    {
      if (g_unlink (record_path) != 0 && errno != ENOENT)
        {
          int saved_errno = errno;

          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                       "%s: %s", record_path, g_strerror (saved_errno));
          return FALSE;
        }
      return TRUE;
    }

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "%s: %s", dir, g_strerror (saved_errno));
      return FALSE;
    }
  g_chmod (dir, 0700);

  data = g_key_file_to_data (record, &length, NULL);
  return g_file_set_contents_full (record_path, data, (gssize) length,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0600, error);
}

/**
 * _cr_db_clean_close_matches:
 * @path: a database file
 *
 * Returns: %TRUE when @path was closed cleanly by Case Reviews and has
 *   not changed since: same identity as recorded and nothing in a -wal
 *   file. Only then may opening it skip PRAGMA quick_check.
 */
gboolean
_cr_db_clean_close_matches (const char *path)
{
  g_autofree char *record_path = _cr_db_clean_close_dup_record_path ();
  g_autofree char *group = dup_group_name (path);
  g_autoptr(GKeyFile) record = NULL;
  FileIdentity identity;

  if (group == NULL || !get_identity (path, &identity) || !wal_is_empty (path))
    return FALSE;

  g_mutex_lock (&record_lock);
  record = load_record (record_path);
  g_mutex_unlock (&record_lock);

  for (guint i = 0; i < G_N_ELEMENTS (identity_keys); i++)
    {
      g_autoptr(GError) error = NULL;
      guint64 value = g_key_file_get_uint64 (record, group, identity_keys[i], &error);

      if (error != NULL || value != identity.values[i])
        return FALSE;
    }

  return TRUE;
}

/**
 * _cr_db_clean_close_forget:
 * @path: a database file about to be opened for writing
 *
 * Removes the record of @path, if any, so that a crash before the next
 * clean close brings the quick_check back.
 */
void
_cr_db_clean_close_forget (const char *path)
{
  g_autofree char *record_path = _cr_db_clean_close_dup_record_path ();
  g_autofree char *group = dup_group_name (path);
  g_autoptr(GKeyFile) record = NULL;
  g_autoptr(GError) error = NULL;

  if (group == NULL)
    return;

  g_mutex_lock (&record_lock);
  record = load_record (record_path);
  if (g_key_file_remove_group (record, group, NULL) &&
      !save_record (record, record_path, &error))
    g_message ("Could not update the clean-close record: %s", error->message);
  g_mutex_unlock (&record_lock);
}

/**
 * _cr_db_clean_close_record:
 * @path: a database file just closed after a checkpoint
 *
 * Records the identity of @path, unless its -wal file still has content
 * (another connection is using it, or the checkpoint did not finish).
 */
void
_cr_db_clean_close_record (const char *path)
{
  g_autofree char *record_path = _cr_db_clean_close_dup_record_path ();
  g_autofree char *group = dup_group_name (path);
  g_autoptr(GKeyFile) record = NULL;
  g_autoptr(GError) error = NULL;
  FileIdentity identity;

  if (group == NULL || !wal_is_empty (path) || !settle_identity (path, &identity))
    {
      g_debug ("Not recording a clean close of %s", path);
      return;
    }

  g_mutex_lock (&record_lock);
  record = load_record (record_path);
  prune_record (record);
  g_key_file_remove_group (record, group, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (identity_keys); i++)
    g_key_file_set_uint64 (record, group, identity_keys[i], identity.values[i]);
  if (!save_record (record, record_path, &error))
    g_debug ("Could not record the clean close of the database: %s", error->message);
  g_mutex_unlock (&record_lock);
}
