/* cr-report-write.c: saving a report's PDF atomically */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrReport"

#include "config.h"

#include "cr-report.h"

#include "cr-pdf-error.h"
#include "cr-report-private.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

/*
 * A report is written beside its target under a hidden temporary name,
 * flushed and renamed over it, with mode 0600 (it may hold restricted
 * details): the file is either the old one or the whole new one. The
 * final report and the briefing are saved the same way.
 */

static gboolean
set_write_error (GError     **error,
                 const char  *path,
                 int          saved_errno)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, CR_PDF_ERROR, CR_PDF_ERROR_WRITE,
               /* Translators: the first %s is a file name, the second
                * why it failed ("No space left on device") */
               _("Could not save “%s”: %s"),
               display, g_strerror (saved_errno));
  return FALSE;
}

static gboolean
write_all (int           fd,
           const guint8 *data,
           gsize         size)
{
  while (size > 0)
    {
      gssize written = write (fd, data, MIN (size, (gsize) G_MAXSSIZE));

      if (written < 0)
        {
          if (errno == EINTR)
            continue;
          return FALSE;
        }
      data += written;
      size -= (gsize) written;
    }

  return TRUE;
}

/* Flushes the directory entry of a rename; a failure here does not undo
 * the write, so it is not reported. */
static void
sync_directory (const char *dir)
{
  int fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  if (fd < 0)
    return;
  (void) fsync (fd);
  close (fd);
}

gboolean
cr_report_write_pdf (CrReport    *self,
                     const char  *path,
                     GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (CR_IS_REPORT (self), FALSE);
  g_return_val_if_fail (path != NULL && *path != '\0', FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = cr_report_render_pdf (self, error);
  if (bytes == NULL)
    return FALSE;

  return _cr_report_write_file (bytes, path, error);
}

gboolean
_cr_report_write_file (GBytes      *bytes,
                       const char  *path,
                       GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *tmp_path = NULL;
  const guint8 *data;
  gsize size;
  int fd;
  int saved_errno;

  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (path != NULL && *path != '\0', FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  dir = g_path_get_dirname (path);
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    return set_write_error (error, path, EISDIR);

  /* A hidden temporary file beside the target, so the rename is atomic:
   * the target is either the old file or the whole new one. */
  tmp_path = g_build_filename (dir, ".case-reviews-report-XXXXXX", NULL);
  fd = g_mkstemp_full (tmp_path, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    return set_write_error (error, path, errno);

  data = g_bytes_get_data (bytes, &size);
  if (!write_all (fd, data, size) || fchmod (fd, 0600) != 0 || fsync (fd) != 0)
    {
      saved_errno = errno;
      close (fd);
      g_unlink (tmp_path);
      return set_write_error (error, path, saved_errno);
    }

  if (close (fd) != 0)
    {
      saved_errno = errno;
      g_unlink (tmp_path);
      return set_write_error (error, path, saved_errno);
    }

  if (g_rename (tmp_path, path) != 0)
    {
      saved_errno = errno;
      g_unlink (tmp_path);
      return set_write_error (error, path, saved_errno);
    }

  sync_directory (dir);
  return TRUE;
}
