/* cr-cli-common.c: output, errors and database access shared by the commands */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrCli"

#include "config.h"

#include "cr-deadlines.h"
#include "cr-cli-private.h"
#include "cr-case-status.h"
#include "cr-enum-types.h"
#include "cr-util.h"

#include <glib/gi18n.h>
#include <sys/ioctl.h>
#include <unistd.h>

/* --------------------------------------------------------------------------
 * Output
 */

/* Human-readable text follows the locale's character set; CSV and JSON
 * are always UTF-8 (see _cr_cli_write). */
static void
write_human (FILE       *stream,
             const char *text)
{
  const char *charset = NULL;
  g_autofree char *converted = NULL;

  if (!g_get_charset (&charset))
    converted = g_convert_with_fallback (text, -1, charset, "UTF-8", "?",
                                         NULL, NULL, NULL);
  fputs (converted != NULL ? converted : text, stream);
}

void
_cr_cli_printerr (CrCli      *cli,
                  const char *format,
                  ...)
{
  g_autofree char *message = NULL;
  g_autofree char *line = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  line = g_strdup_printf ("%s: %s\n", CR_CLI_PROGRAM_NAME, message);
  write_human (cli->err, line);
}

void
_cr_cli_print (CrCli      *cli,
               const char *format,
               ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  write_human (cli->out, text);
}

void
_cr_cli_write (CrCli      *cli,
               const char *text)
{
  fputs (text, cli->out);
}

/* The width of the terminal the output goes to, or 0 when it goes to a
 * file or a pipe (which then gets the tables at full width). */
static guint
get_terminal_width (CrCli *cli)
{
  struct winsize size = { 0 };
  int fd = fileno (cli->out);

  if (fd < 0 || !isatty (fd))
    return 0;
  if (ioctl (fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
    return size.ws_col;
  return 0;
}

void
_cr_cli_write_table (CrCli       *cli,
                     CrCliTable  *table,
                     CrCliFormat  format)
{
  g_autofree char *text = NULL;

  if (format == CR_CLI_FORMAT_TABLE || format == CR_CLI_FORMAT_TEXT)
    {
      cr_cli_table_set_width_limit (table, get_terminal_width (cli));
      text = cr_cli_table_to_string (table, format);
      _cr_cli_print (cli, "%s", text);
    }
  else
    {
      text = cr_cli_table_to_string (table, format);
      _cr_cli_write (cli, text);
    }
}

void
_cr_cli_write_listing (CrCli       *cli,
                       CrCliTable  *table,
                       CrCliFormat  format,
                       const char  *empty_message)
{
  if (format == CR_CLI_FORMAT_TABLE && empty_message != NULL &&
      cr_cli_table_get_n_rows (table) == 0)
    _cr_cli_print (cli, "%s\n", empty_message);
  else
    _cr_cli_write_table (cli, table, format);
}

/* --------------------------------------------------------------------------
 * Errors
 */

int
_cr_cli_exit_code_for_error (const GError *error)
{
  g_return_val_if_fail (error != NULL, CR_CLI_EXIT_FAILED);

  if (error->domain != CR_STORAGE_ERROR)
    return CR_CLI_EXIT_FAILED;

  switch ((CrStorageError) error->code)
    {
    case CR_STORAGE_ERROR_NOT_A_DATABASE:
    case CR_STORAGE_ERROR_CORRUPT:
    case CR_STORAGE_ERROR_TOO_NEW:
    case CR_STORAGE_ERROR_LOCKED:
      return CR_CLI_EXIT_OPEN;

    case CR_STORAGE_ERROR_READ_ONLY:
    case CR_STORAGE_ERROR_FULL:
    case CR_STORAGE_ERROR_IO:
      return CR_CLI_EXIT_WRITE;

    case CR_STORAGE_ERROR_FAILED:
    case CR_STORAGE_ERROR_NOT_FOUND:
    case CR_STORAGE_ERROR_INVALID:
    case CR_STORAGE_ERROR_DUPLICATE:
    case CR_STORAGE_ERROR_CONSTRAINT:
    case CR_STORAGE_ERROR_CLOSED:
    default:
      return CR_CLI_EXIT_FAILED;
    }
}

int
_cr_cli_report_error (CrCli        *cli,
                      const GError *error)
{
  _cr_cli_printerr (cli, "%s", error->message);
  return _cr_cli_exit_code_for_error (error);
}

/* --------------------------------------------------------------------------
 * The database
 */

char *
_cr_cli_dup_database_path (CrCli *cli)
{
  if (cli->database_path != NULL)
    return g_strdup (cli->database_path);
  return cr_database_dup_default_path ();
}

CrDatabase *
_cr_cli_open_database (CrCli          *cli,
                       CrCliOpenFlags  flags,
                       int            *exit_code)
{
  g_autofree char *path = _cr_cli_dup_database_path (cli);
  g_autofree char *display = g_filename_display_name (path);
  g_autoptr(CrDatabase) db = NULL;
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;

  if ((flags & CR_CLI_OPEN_CREATE) == 0 &&
      !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      _cr_cli_printerr (cli,
                        /* Translators: %s is a file name */
                        _("There is no database at “%s”. Create one with “case-reviews-cli init”, or name another file with --database."),
                        display);
      *exit_code = CR_CLI_EXIT_OPEN;
      return NULL;
    }

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      _cr_cli_printerr (cli, _("“%s” is a folder, not a database file."), display);
      *exit_code = CR_CLI_EXIT_OPEN;
      return NULL;
    }

  db = cr_database_new (path);
  cr_database_open_async (db, NULL, cr_database_sync_cb, &res);
  if (!cr_database_open_finish (db, cr_database_wait (&res), &error))
    {
      /* Translators: the first %s is a file name, the second says why */
      _cr_cli_printerr (cli, _("Cannot open the database “%s”: %s"), display, error->message);
      *exit_code = CR_CLI_EXIT_OPEN;
      return NULL;
    }

  /* Closed by cr_cli_run() when the command is done, whatever it returns,
   * so the file is whole on its own (no -wal left behind). */
  if (cli->databases == NULL)
    cli->databases = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (cli->databases, g_object_ref (db));

  if ((flags & CR_CLI_OPEN_WRITE) != 0 && cr_database_get_read_only (db))
    {
      _cr_cli_printerr (cli,
                        _("The database “%s” can only be read, so this command cannot change it. Check the permissions of the file and its folder, or work on a copy."),
                        display);
      *exit_code = CR_CLI_EXIT_OPEN;
      return NULL;
    }

  return g_steal_pointer (&db);
}

gboolean
_cr_cli_check_one_case (CrCli       *cli,
                        const char  *command,
                        char       **args,
                        const char  *example,
                        int         *exit_code)
{
  g_autofree char *message = NULL;

  if (g_strv_length (args) == 2)
    return TRUE;

  /* Translators: the first %s is a command such as “audit”, the second an
   * example such as “case-reviews-cli audit NB-2026-001” */
  message = g_strdup_printf (_("“%s” needs one case reference, for example “%s”."),
                             command, example);
  *exit_code = _cr_cli_usage_error (cli, command, message);
  return FALSE;
}

gboolean
_cr_cli_parse_list_format (CrCli       *cli,
                           const char  *command,
                           const char  *value,
                           CrCliFormat *out_format,
                           int         *exit_code)
{
  return _cr_cli_parse_format (cli, command, value, CR_CLI_FORMAT_TABLE,
                               CR_CLI_FORMAT_TABLE | CR_CLI_FORMAT_CSV | CR_CLI_FORMAT_JSON,
                               out_format, exit_code);
}

CrCase *
_cr_cli_open_listed_case (CrCli         *cli,
                          const char    *command,
                          const char    *parameter_string,
                          const char    *summary,
                          const char    *example,
                          char        ***args,
                          CrDatabase   **out_db,
                          CrCliFormat   *out_format,
                          int           *exit_code)
{
  g_autofree char *format_name = NULL;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      N_("Output format: table, csv or json (default: table)"), N_("FORMAT") },
    G_OPTION_ENTRY_NULL
  };

  if (!_cr_cli_parse_options (cli, command, parameter_string, summary, entries, args, exit_code))
    return NULL;
  if (!_cr_cli_check_one_case (cli, command, *args, example, exit_code))
    return NULL;
  if (!_cr_cli_parse_list_format (cli, command, format_name, out_format, exit_code))
    return NULL;
  return _cr_cli_open_case (cli, CR_CLI_OPEN_READ, (*args)[1], out_db, exit_code);
}

CrCase *
_cr_cli_open_case (CrCli           *cli,
                   CrCliOpenFlags   flags,
                   const char      *reference,
                   CrDatabase     **out_db,
                   int             *exit_code)
{
  g_autoptr(CrDatabase) db = NULL;
  CrCase *kase;

  db = _cr_cli_open_database (cli, flags, exit_code);
  if (db == NULL)
    return NULL;

  kase = _cr_cli_lookup_case (cli, db, reference, exit_code);
  if (kase != NULL)
    *out_db = g_steal_pointer (&db);
  return kase;
}

CrCase *
_cr_cli_lookup_case (CrCli      *cli,
                     CrDatabase *db,
                     const char *reference,
                     int        *exit_code)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (reference));
  CrCase *kase;

  if (trimmed[0] == '\0')
    {
      *exit_code = _cr_cli_usage_error (cli, NULL, _("The case reference is empty."));
      return NULL;
    }

  cr_database_get_case_async (db, 0, trimmed, NULL, cr_database_sync_cb, &res);
  kase = cr_database_get_case_finish (db, cr_database_wait (&res), &error);
  if (kase != NULL)
    return kase;

  if (g_error_matches (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_NOT_FOUND))
    {
      _cr_cli_printerr (cli,
                        /* Translators: %s is a case reference such as NB-2026-001 */
                        _("No case with reference “%s”. “case-reviews-cli cases list” shows the references."),
                        trimmed);
      *exit_code = CR_CLI_EXIT_FAILED;
      return NULL;
    }

  *exit_code = _cr_cli_report_error (cli, error);
  return NULL;
}

/* --------------------------------------------------------------------------
 * Labels
 */

const char *
_cr_cli_review_type_nick (CrReviewType review_type)
{
  /* Enum classes are never finalised once referenced: keep this one. */
  static GEnumClass *klass = NULL;
  GEnumValue *value;

  if (klass == NULL)
    klass = g_type_class_ref (CR_TYPE_REVIEW_TYPE);
  value = g_enum_get_value (klass, review_type);

  return value != NULL ? value->value_nick : NULL;
}

const char *
_cr_cli_review_type_label (CrReviewType review_type)
{
  switch (review_type)
    {
    case CR_REVIEW_TYPE_UNDECIDED:
      return _("Not yet decided");
    case CR_REVIEW_TYPE_RAPID_REVIEW_ONLY:
      return _("Rapid review only");
    case CR_REVIEW_TYPE_LCSPR:
      return _("Local child safeguarding practice review");
    case CR_REVIEW_TYPE_OTHER_LEARNING_REVIEW:
      return _("Other learning review");
    case CR_REVIEW_TYPE_NATIONAL:
      return _("National review");
    case CR_REVIEW_TYPE_LEGACY_SCR:
      return _("Serious case review (legacy)");
    default:
      return _("Unknown");
    }
}

char *
_cr_cli_format_deadline (CrCase *kase)
{
  const char *due = cr_case_get_next_deadline (kase);
  g_autofree char *date = NULL;
  int days;

  if (due == NULL)
    return NULL;

  date = cr_date_format_display (due);
  days = cr_case_get_days_left (kase);

  if (days == 0)
    /* Translators: %s is a date */
    return g_strdup_printf (_("%s, due today"), date);

  if (!cr_case_next_deadline_counts_working_days (kase))
    {
      if (days > 0)
        /* Translators: %s is a date, %d a number of calendar days */
        return g_strdup_printf (ngettext ("%s, %d day left",
                                          "%s, %d days left", days),
                                date, days);

      /* Translators: %s is a date, %d a number of calendar days */
      return g_strdup_printf (ngettext ("%s, %d day overdue",
                                        "%s, %d days overdue", -days),
                              date, -days);
    }

  if (days > 0)
    /* Translators: %s is a date, %d a number of working days */
    return g_strdup_printf (ngettext ("%s, %d working day left",
                                      "%s, %d working days left", days),
                            date, days);

  /* Translators: %s is a date, %d a number of working days */
  return g_strdup_printf (ngettext ("%s, %d working day overdue",
                                    "%s, %d working days overdue", -days),
                          date, -days);
}
