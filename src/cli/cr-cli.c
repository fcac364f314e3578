/* cr-cli.c: case-reviews-cli: dispatch, global options and help */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrCli"

#include "config.h"

#include "cr-cli.h"
#include "cr-cli-private.h"
#include "cr-deadline-policy.h"

#include <glib/gi18n.h>
#include <string.h>

typedef int (*CommandFunc) (CrCli   *cli,
                            char  ***args);

typedef struct
{
  const char  *word;       /* "cases" */
  const char  *subword;    /* "list", or NULL */
  const char  *synopsis;   /* untranslated: options and operands */
  const char  *summary;    /* N_() */
  CommandFunc  func;
} Command;

static const Command commands[] = {
  { "init", NULL, "", N_("Create the database, or bring it up to date"), _cr_cli_cmd_init },
  { "demo", NULL, "[--force]", N_("Add the fictional Northbridge sample partnership"), _cr_cli_cmd_demo },
  { "cases", "list", "[--status STATUS] [--format FORMAT]", N_("List the cases"), _cr_cli_cmd_cases_list },
  { "case", "show", "REFERENCE [--reveal] [--format FORMAT]", N_("Show one case"), _cr_cli_cmd_case_show },
  { "agencies", "list", "[--all] [--format FORMAT]", N_("List the agencies"), _cr_cli_cmd_agencies_list },
  { "audit", NULL, "REFERENCE [--format FORMAT]", N_("Show the audit trail of a case"), _cr_cli_cmd_audit },
  { "report", "rapid-review", "REFERENCE --output FILE", N_("Write the rapid review report of a case as PDF"), _cr_cli_cmd_report_rapid_review },
  { "report", "final", "REFERENCE --output FILE.pdf|FILE.odt [--draft]", N_("Write the review report as PDF or ODT, once no identifying detail remains"), _cr_cli_cmd_report_final },
  { "briefing", NULL, "REFERENCE --output FILE.pdf", N_("Write the 7-minute briefing as PDF"), _cr_cli_cmd_briefing },
  { "check-anonymisation", NULL, "REFERENCE [FILE.pdf] [--password P] [--format FORMAT]", N_("List what identifies the child or family in the report (and a PDF)"), _cr_cli_cmd_check_anonymisation },
  { "deadlines", NULL, "REFERENCE [--format FORMAT] [--today DATE] [--closed DATE]…", N_("List the deadlines of a case"), _cr_cli_cmd_deadlines },
  { "working-days", "add", "DATE N [--closed DATE]…", N_("The date N working days after DATE"), _cr_cli_cmd_working_days_add },
  { "working-days", "between", "DATE1 DATE2 [--closed DATE]…", N_("Count the working days between two dates"), _cr_cli_cmd_working_days_between },
  { "working-days", "is", "DATE [--closed DATE]…", N_("Say whether DATE is a working day, and why not"), _cr_cli_cmd_working_days_is },
  { "document", "add", "REFERENCE FILE [--type T] [--agency NAME] [--title T] [--version V]", N_("Attach a file to a case"), _cr_cli_cmd_document_add },
  { "document", "list", "REFERENCE [--format FORMAT]", N_("List the documents of a case"), _cr_cli_cmd_document_list },
  { "chronology", "import", "REFERENCE AGENCY FILE [--mapping MAPPING]", N_("Import an agency’s chronology (CSV or XLSX)"), _cr_cli_cmd_chronology_import },
  { "chronology", "list", "REFERENCE [--format FORMAT]", N_("List the merged chronology of a case"), _cr_cli_cmd_chronology_list },
  { "chronology", "export", "REFERENCE --output FILE.csv|FILE.pdf [--agency NAME]… [--from DATE] [--to DATE] [--search TEXT]", N_("Write the merged chronology as CSV or PDF"), _cr_cli_cmd_chronology_export },
  { "pdf", "render", "FILE --page N --output OUT.png [--scale S]", N_("Render a page of a PDF file to PNG"), _cr_cli_cmd_pdf_render },
  { "pdf", "text", "FILE [--page N]", N_("Print the text of a PDF file"), _cr_cli_cmd_pdf_text },
  { "check", NULL, "", N_("Check the integrity of the database"), _cr_cli_cmd_check },
  { "bench", "register", "[--cases N] [--keep]", N_("Measure loading a large case register"), _cr_cli_cmd_bench_register },
};

/* --------------------------------------------------------------------------
 * Help
 */

static char *
dup_command_name (const Command *command)
{
  if (command->subword == NULL)
    return g_strdup (command->word);
  return g_strdup_printf ("%s %s", command->word, command->subword);
}

static void
append_option_help (GString            *help,
                    const GOptionEntry *entry)
{
  g_autoptr(GString) left = g_string_new ("  ");
  gsize width;

  if (entry->short_name != '\0')
    g_string_append_printf (left, "-%c, ", entry->short_name);
  else
    g_string_append (left, "    ");
  g_string_append_printf (left, "--%s", entry->long_name);
  if (entry->arg_description != NULL)
    g_string_append_printf (left, "=%s", _(entry->arg_description));

  width = cr_cli_text_width (left->str);
  g_string_append (help, left->str);
  if (width < 28)
    {
      for (gsize i = width; i < 28; i++)
        g_string_append_c (help, ' ');
    }
  else
    {
      g_string_append (help, "\n                            ");
    }
  g_string_append_printf (help, "%s\n", _(entry->description));
}

static char *
dup_exit_status_help (void)
{
  return g_strdup_printf ("%s\n"
                          "  %d  %s\n"
                          "  %d  %s\n"
                          "  %d  %s\n"
                          "  %d  %s\n"
                          "  %d  %s\n",
                          _("Exit status:"),
                          CR_CLI_EXIT_OK, _("success"),
                          CR_CLI_EXIT_FAILED, _("the command failed (for example: no such case; check found problems)"),
                          CR_CLI_EXIT_USAGE, _("usage error (unknown command or option, bad argument)"),
                          CR_CLI_EXIT_OPEN, _("the database could not be opened (corrupt, too new, locked, read-only)"),
                          CR_CLI_EXIT_WRITE, _("the database could not be written (disk full, read-only, I/O error)"));
}

static void
print_tool_help (CrCli *cli,
                 FILE  *stream)
{
  g_autoptr(GString) help = g_string_new (NULL);
  g_autofree char *default_path = cr_database_dup_default_path ();
  g_autofree char *display_path = g_filename_display_name (default_path);
  g_autofree char *exit_help = dup_exit_status_help ();
  gsize column = 0;
  const GOptionEntry global_help[] = {
    { "help", 'h', 0, G_OPTION_ARG_NONE, NULL,
      N_("Show this help; “COMMAND --help” shows a command’s options"), NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version"), NULL },
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
      N_("The database file to use"), N_("FILE") },
  };

  g_string_append_printf (help, "%s\n  %s %s\n\n",
                          _("Usage:"), CR_CLI_PROGRAM_NAME,
                          /* Translators: the synopsis of case-reviews-cli */
                          _("[--database FILE] COMMAND [OPTION…]"));
  g_string_append_printf (help, "%s\n\n",
                          _("Work with a Case Reviews database from the command line."));
  g_string_append_printf (help, "%s\n", _("Commands:"));
  /* The summaries line up two spaces after the longest command name. */
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *name = dup_command_name (&commands[i]);

      column = MAX (column, strlen (name) + 4);
    }
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *name = dup_command_name (&commands[i]);
      gsize width = strlen (name) + 2;

      g_string_append_printf (help, "  %s", name);
      for (gsize j = width; j < column; j++)
        g_string_append_c (help, ' ');
      g_string_append_printf (help, "%s\n", _(commands[i].summary));
    }
  g_string_append_printf (help, "\n%s\n", _("Global options:"));
  for (guint i = 0; i < G_N_ELEMENTS (global_help); i++)
    append_option_help (help, &global_help[i]);
  /* Translators: %s is a file name */
  g_string_append_printf (help, "%28s", "");
  g_string_append_printf (help, _("(default: %s)"), display_path);
  g_string_append (help, "\n\n");
  g_string_append (help, exit_help);

  if (stream == cli->out)
    _cr_cli_print (cli, "%s", help->str);
  else
    {
      g_autofree char *message = g_string_free (g_steal_pointer (&help), FALSE);

      fputs (message, stream);
    }
}

static void
print_command_help (CrCli              *cli,
                    const char         *command,
                    const char         *parameter_string,
                    const char         *summary,
                    const GOptionEntry *entries,
                    const GOptionEntry *global_entries)
{
  g_autoptr(GString) help = g_string_new (NULL);
  g_autofree char *exit_help = dup_exit_status_help ();

  g_string_append_printf (help, "%s\n  %s %s%s%s\n\n", _("Usage:"),
                          CR_CLI_PROGRAM_NAME, command,
                          parameter_string[0] != '\0' ? " " : "",
                          parameter_string);
  g_string_append_printf (help, "%s\n\n%s\n", summary, _("Options:"));
  for (const GOptionEntry *e = entries; e != NULL && e->long_name != NULL; e++)
    append_option_help (help, e);
  for (const GOptionEntry *e = global_entries; e->long_name != NULL; e++)
    append_option_help (help, e);
  g_string_append_c (help, '\n');
  g_string_append (help, exit_help);

  _cr_cli_print (cli, "%s", help->str);
}

/* --------------------------------------------------------------------------
 * Options
 */

int
_cr_cli_usage_error (CrCli      *cli,
                     const char *command,
                     const char *message)
{
  _cr_cli_printerr (cli, "%s", message);
  if (command != NULL)
    {
      /* Translators: %s is a command such as “cases list” */
      g_autofree char *hint = g_strdup_printf (_("Try “%s %s --help” for its options."),
                                               CR_CLI_PROGRAM_NAME, command);
      fprintf (cli->err, "%s\n", hint);
    }
  else
    {
      fprintf (cli->err, _("Try “%s --help” for the list of commands."), CR_CLI_PROGRAM_NAME);
      fputc ('\n', cli->err);
    }
  return CR_CLI_EXIT_USAGE;
}

gboolean
_cr_cli_parse_options (CrCli               *cli,
                       const char          *command,
                       const char          *parameter_string,
                       const char          *summary,
                       const GOptionEntry  *entries,
                       char              ***args,
                       int                 *exit_code)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *database = NULL;
  gboolean help = FALSE;
  const GOptionEntry global_entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database,
      N_("The database file to use"), N_("FILE") },
    { "help", 'h', 0, G_OPTION_ARG_NONE, &help,
      N_("Show this help"), NULL },
    G_OPTION_ENTRY_NULL
  };

  g_return_val_if_fail (args != NULL && *args != NULL, FALSE);
  g_return_val_if_fail (exit_code != NULL, FALSE);

  context = g_option_context_new (parameter_string);
  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, global_entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse_strv (context, args, &error))
    {
      *exit_code = _cr_cli_usage_error (cli, command, error->message);
      return FALSE;
    }

  if (help)
    {
      print_command_help (cli, command, parameter_string, summary,
                          entries, global_entries);
      *exit_code = CR_CLI_EXIT_OK;
      return FALSE;
    }

  if (database != NULL)
    {
      if (database[0] == '\0')
        {
          *exit_code = _cr_cli_usage_error (cli, command,
                                            _("The --database option needs a file name."));
          return FALSE;
        }
      g_free (cli->database_path);
      cli->database_path = g_steal_pointer (&database);
    }

  return TRUE;
}

gboolean
_cr_cli_parse_format (CrCli       *cli,
                      const char  *command,
                      const char  *value,
                      CrCliFormat  fallback,
                      guint        allowed,
                      CrCliFormat *out_format,
                      int         *exit_code)
{
  CrCliFormat format = fallback;
  g_autoptr(GString) names = NULL;
  g_autofree char *message = NULL;

  if (value == NULL)
    {
      *out_format = fallback;
      return TRUE;
    }

  if (cr_cli_format_from_string (value, &format) && (format & allowed) != 0)
    {
      *out_format = format;
      return TRUE;
    }

  names = g_string_new (NULL);
  for (guint bit = 1; bit <= CR_CLI_FORMAT_TEXT; bit <<= 1)
    if ((allowed & bit) != 0)
      {
        if (names->len > 0)
          g_string_append (names, ", ");
        g_string_append (names, cr_cli_format_to_string ((CrCliFormat) bit));
      }
  /* Translators: the first %s is what the user typed, the second a list
   * such as “table, csv, json” */
  message = g_strdup_printf (_("Unknown format “%s”. Use one of: %s."), value, names->str);
  *exit_code = _cr_cli_usage_error (cli, command, message);
  return FALSE;
}

/* --------------------------------------------------------------------------
 * Dispatch
 */

static const Command *
find_command (const char *word,
              const char *subword,
              gboolean   *word_known)
{
  *word_known = FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (!g_str_equal (commands[i].word, word))
        continue;
      *word_known = TRUE;
      if (commands[i].subword == NULL ||
          g_strcmp0 (commands[i].subword, subword) == 0)
        return &commands[i];
    }
  return NULL;
}

static int
unknown_command (CrCli      *cli,
                 const char *word,
                 const char *subword,
                 gboolean    word_known)
{
  g_autofree char *message = NULL;

  if (word_known)
    {
      g_autoptr(GString) choices = g_string_new (NULL);

      /* The commands that start with that word, or end with the
       * subword given (“case list” suggests “cases list”). */
      for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
        if (commands[i].subword != NULL &&
            (g_str_equal (commands[i].word, word) ||
             g_strcmp0 (commands[i].subword, subword) == 0))
          g_string_append_printf (choices, "%s“%s %s”",
                                  choices->len > 0 ? ", " : "",
                                  commands[i].word, commands[i].subword);
      if (subword == NULL)
        /* Translators: the first %s is a command, the second a list of commands */
        message = g_strdup_printf (_("“%s” needs a subcommand: %s."), word, choices->str);
      else
        /* Translators: the first %s is what the user typed, the second a list of commands */
        message = g_strdup_printf (_("Unknown command “%s %s”. Did you mean %s?"),
                                   word, subword, choices->str);
    }
  else
    {
      message = g_strdup_printf (_("Unknown command “%s”."), word);
    }

  return _cr_cli_usage_error (cli, NULL, message);
}

/* Handles the options given before the command. Returns the index of the
 * command word, or -1 with *exit_code set when the run is over. */
static int
parse_global_options (CrCli  *cli,
                      int     argc,
                      char  **argv,
                      int    *exit_code)
{
  int i;

  for (i = 1; i < argc && argv[i][0] == '-'; i++)
    {
      const char *arg = argv[i];
      const char *value = NULL;

      if (g_str_equal (arg, "--"))
        return i + 1;

      if (g_str_equal (arg, "-h") || g_str_equal (arg, "--help") || g_str_equal (arg, "-?"))
        {
          print_tool_help (cli, cli->out);
          *exit_code = CR_CLI_EXIT_OK;
          return -1;
        }

      if (g_str_equal (arg, "--version"))
        {
          _cr_cli_print (cli, "%s %s\n", CR_CLI_PROGRAM_NAME, PACKAGE_VERSION);
          *exit_code = CR_CLI_EXIT_OK;
          return -1;
        }

      if (g_str_equal (arg, "--database") || g_str_equal (arg, "-d"))
        {
          if (i + 1 >= argc)
            {
              *exit_code = _cr_cli_usage_error (cli, NULL,
                                                _("The --database option needs a file name."));
              return -1;
            }
          value = argv[++i];
        }
      else if (g_str_has_prefix (arg, "--database="))
        value = arg + strlen ("--database=");
      else if (g_str_has_prefix (arg, "-d"))
        value = arg + 2;
      else
        {
          g_autofree char *message = g_strdup_printf (_("Unknown option “%s”."), arg);

          *exit_code = _cr_cli_usage_error (cli, NULL, message);
          return -1;
        }

      if (value[0] == '\0')
        {
          *exit_code = _cr_cli_usage_error (cli, NULL,
                                            _("The --database option needs a file name."));
          return -1;
        }
      g_free (cli->database_path);
      cli->database_path = g_strdup (value);
    }

  return i;
}

static int
run (CrCli  *cli,
     int     argc,
     char  **argv)
{
  const Command *command;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) args = NULL;
  g_autofree char *name = NULL;
  gboolean word_known;
  gboolean want_help = FALSE;
  const char *subword;
  int exit_code = CR_CLI_EXIT_OK;
  int i;

  i = parse_global_options (cli, argc, argv, &exit_code);
  if (i < 0)
    return exit_code;

  if (i >= argc)
    {
      print_tool_help (cli, cli->err);
      return CR_CLI_EXIT_USAGE;
    }

  /* “help COMMAND” is “COMMAND --help”. */
  if (g_str_equal (argv[i], "help"))
    {
      if (i + 1 >= argc)
        {
          print_tool_help (cli, cli->out);
          return CR_CLI_EXIT_OK;
        }
      want_help = TRUE;
      i++;
    }

  subword = i + 1 < argc ? argv[i + 1] : NULL;
  command = find_command (argv[i], subword, &word_known);
  if (command == NULL)
    return unknown_command (cli, argv[i], subword, word_known);

  name = dup_command_name (command);
  builder = g_strv_builder_new ();
  g_strv_builder_add (builder, name);
  for (int j = i + (command->subword != NULL ? 2 : 1); j < argc; j++)
    g_strv_builder_add (builder, argv[j]);
  if (want_help)
    g_strv_builder_add (builder, "--help");
  args = g_strv_builder_end (builder);

  return command->func (cli, &args);
}

int
cr_cli_run (int    argc,
            char  *argv[],
            FILE  *out,
            FILE  *err)
{
  g_autoptr(GMainContext) context = NULL;
  CrCli cli = { 0 };
  int exit_code;

  g_return_val_if_fail (argc >= 1, CR_CLI_EXIT_USAGE);
  g_return_val_if_fail (argv != NULL, CR_CLI_EXIT_USAGE);
  g_return_val_if_fail (out != NULL, CR_CLI_EXIT_USAGE);
  g_return_val_if_fail (err != NULL, CR_CLI_EXIT_USAGE);

  cli.out = out;
  cli.err = err;

  /* The database's results complete on the thread-default main context,
   * which cr_database_wait() iterates: give this run a private one so
   * that nothing else the caller has pending runs in between. */
  /* Next deadlines count the closure days and the rapid review clock set
   * in the application, when its settings schema is installed. */
  cr_deadline_policy_load_settings (cr_deadline_policy_get_default ());

  context = g_main_context_new ();
  g_main_context_push_thread_default (context);
  exit_code = run (&cli, argc, argv);
  /* Checkpoints each database the command opened and waits for its
   * thread, even when something still holds a reference. */
  if (cli.databases != NULL)
    {
      for (guint i = 0; i < cli.databases->len; i++)
        cr_database_close (g_ptr_array_index (cli.databases, i));
      g_clear_pointer (&cli.databases, g_ptr_array_unref);
    }
  g_main_context_pop_thread_default (context);

  fflush (out);
  fflush (err);
  g_free (cli.database_path);

  return exit_code;
}

int
cr_cli_main (int   argc,
             char *argv[])
{
  return cr_cli_run (argc, argv, stdout, stderr);
}
