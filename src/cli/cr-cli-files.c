/* cr-cli-files.c: reading input files, writing output files, and finding
 * an agency by name, for the document, chronology and pdf commands */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrCli"

#include "config.h"

#include "cr-cli-private.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

GBytes *
_cr_cli_read_input_file (CrCli       *cli,
                         const char  *path,
                         gsize        max_bytes,
                         int         *exit_code)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, &error);
  if (info == NULL)
    {
      /* Translators: the first %s is a file name, the second says why */
      _cr_cli_printerr (cli, _("Cannot read “%s”: %s"), display, error->message);
      *exit_code = CR_CLI_EXIT_USAGE;
      return NULL;
    }

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      /* Translators: %s is a file name */
      _cr_cli_printerr (cli, _("“%s” is a folder: give the name of a file."), display);
      *exit_code = CR_CLI_EXIT_USAGE;
      return NULL;
    }

  /* A pipe or a device (/dev/zero) could be read for ever. */
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      /* Translators: %s is a file name */
      _cr_cli_printerr (cli, _("“%s” is not a regular file: give the name of a file saved on disk."), display);
      *exit_code = CR_CLI_EXIT_USAGE;
      return NULL;
    }

  if ((guint64) g_file_info_get_size (info) > max_bytes)
    {
      /* Translators: %s is a file name, %u a number of megabytes */
      _cr_cli_printerr (cli, _("“%s” is larger than the %u MB this command reads. Split the file, or remove what is not needed."),
                        display, (guint) (max_bytes / (1024 * 1024)));
      *exit_code = CR_CLI_EXIT_USAGE;
      return NULL;
    }

  bytes = g_file_load_bytes (file, NULL, NULL, &error);
  if (bytes == NULL)
    {
      _cr_cli_printerr (cli, _("Cannot read “%s”: %s"), display, error->message);
      *exit_code = CR_CLI_EXIT_USAGE;
      return NULL;
    }

  /* The file may have grown since it was measured. */
  if (g_bytes_get_size (bytes) > max_bytes)
    {
      g_bytes_unref (bytes);
      _cr_cli_printerr (cli, _("“%s” is larger than the %u MB this command reads. Split the file, or remove what is not needed."),
                        display, (guint) (max_bytes / (1024 * 1024)));
      *exit_code = CR_CLI_EXIT_USAGE;
      return NULL;
    }

  return bytes;
}

gboolean
_cr_cli_check_output_path (CrCli       *cli,
                           const char  *command,
                           const char  *path,
                           int         *exit_code)
{
  g_autofree char *display = NULL;

  if (path == NULL || path[0] == '\0')
    {
      *exit_code = _cr_cli_usage_error (cli, command,
                                        _("Name the file to write with --output, for example “--output chronology.pdf”."));
      return FALSE;
    }

  display = g_filename_display_name (path);
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      _cr_cli_printerr (cli, _("“%s” is a folder: give the name of the file to write."), display);
      *exit_code = CR_CLI_EXIT_USAGE;
      return FALSE;
    }

  return TRUE;
}

gboolean
_cr_cli_save_output_file (CrCli       *cli,
                          const char  *path,
                          GBytes      *bytes,
                          int         *exit_code)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autoptr(GError) error = NULL;
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);

  /* Atomic and durable: a temporary file beside the target, flushed,
   * then renamed over it; readable by the user alone. */
  if (!g_file_set_contents_full (path, data != NULL ? data : "", (gssize) size,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0600, &error))
    {
      /* Translators: the first %s is a file name, the second says why */
      _cr_cli_printerr (cli, _("Could not save “%s”: %s"), display, error->message);
      *exit_code = CR_CLI_EXIT_FAILED;
      return FALSE;
    }

  return TRUE;
}

CrAgency *
_cr_cli_lookup_agency (CrCli       *cli,
                       CrDatabase  *db,
                       const char  *name_or_id,
                       int         *exit_code)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GPtrArray) agencies = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) names = NULL;
  g_autofree char *wanted = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (name_or_id));
  gint64 id = 0;
  gboolean by_id;

  if (trimmed[0] == '\0')
    {
      *exit_code = _cr_cli_usage_error (cli, NULL, _("The agency is empty: give its name or its number."));
      return NULL;
    }

  cr_database_list_agencies_async (db, NULL, cr_database_sync_cb, &res);
  agencies = cr_database_list_agencies_finish (db, cr_database_wait (&res), &error);
  if (agencies == NULL)
    {
      *exit_code = _cr_cli_report_error (cli, error);
      return NULL;
    }

  by_id = g_ascii_string_to_signed (trimmed, 10, 1, G_MAXINT64, &id, NULL);
  wanted = g_utf8_casefold (trimmed, -1);
  for (guint i = 0; i < agencies->len; i++)
    {
      CrAgency *agency = g_ptr_array_index (agencies, i);
      g_autofree char *name = g_utf8_casefold (cr_agency_get_name (agency), -1);

      if ((by_id && cr_agency_get_id (agency) == id) || g_str_equal (name, wanted))
        return g_object_ref (agency);
    }

  names = g_string_new (NULL);
  for (guint i = 0; i < agencies->len; i++)
    {
      CrAgency *agency = g_ptr_array_index (agencies, i);

      if (cr_agency_get_archived (agency))
        continue;
      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, cr_agency_get_name (agency));
    }

  if (names->len > 0)
    /* Translators: the first %s is what was typed, the second a list of agency names */
    _cr_cli_printerr (cli, _("No agency named “%s”. The agencies are: %s."), trimmed, names->str);
  else
    _cr_cli_printerr (cli, _("No agency named “%s”: there are no agencies in this database yet."), trimmed);
  *exit_code = CR_CLI_EXIT_FAILED;
  return NULL;
}
