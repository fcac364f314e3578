/* cr-cli-working-days.c: “working-days add|between|is” */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrCli"

#include "config.h"

#include "cr-cli-private.h"
#include "cr-deadline-policy.h"
#include "cr-util.h"
#include "cr-working-days.h"

#include <glib/gi18n.h>
#include <string.h>

/* More than 400 years of working days: surely a typing mistake. */
#define MAX_WORKING_DAYS 100000

/* --------------------------------------------------------------------------
 * Shared with “deadlines”
 */

static gboolean
is_negative_number (const char *arg)
{
  if (arg[0] != '-' || arg[1] == '\0')
    return FALSE;
  for (const char *p = arg + 1; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  return TRUE;
}

/**
 * _cr_cli_protect_negative_numbers:
 * @args: (inout): a command's argument vector
 *
 * Moves arguments such as “-3” behind a “--”, so that the option parser
 * takes them as operands (“working-days add 2026-01-05 -3”) rather than
 * as unknown options.
 */
void
_cr_cli_protect_negative_numbers (char ***args)
{
  g_autoptr(GStrvBuilder) front = g_strv_builder_new ();
  g_autoptr(GPtrArray) numbers = g_ptr_array_new ();
  gboolean after_dashes = FALSE;

  for (guint i = 0; (*args)[i] != NULL; i++)
    {
      const char *arg = (*args)[i];

      if (g_str_equal (arg, "--"))
        after_dashes = TRUE;
      if (!after_dashes && i > 0 && is_negative_number (arg))
        g_ptr_array_add (numbers, (gpointer) arg);
      else
        g_strv_builder_add (front, arg);
    }

  if (numbers->len == 0)
    return;

  if (!after_dashes)
    g_strv_builder_add (front, "--");
  for (guint i = 0; i < numbers->len; i++)
    g_strv_builder_add (front, g_ptr_array_index (numbers, i));

  g_strfreev (*args);
  *args = g_strv_builder_end (front);
}

/* Drops the “--” that GOption leaves among the operands. */
static void
drop_dashes (char **args)
{
  for (guint i = 0; args[i] != NULL; i++)
    if (g_str_equal (args[i], "--"))
      {
        g_free (args[i]);
        memmove (&args[i], &args[i + 1], (g_strv_length (&args[i + 1]) + 1) * sizeof (char *));
        return;
      }
}

gboolean
_cr_cli_parse_date_arg (CrCli       *cli,
                        const char  *command,
                        const char  *text,
                        GDate       *out_date,
                        int         *exit_code)
{
  g_autoptr(GError) error = NULL;

  if (cr_deadline_parse_date_input (text, out_date, &error))
    return TRUE;

  *exit_code = _cr_cli_usage_error (cli, command, error->message);
  return FALSE;
}

/**
 * _cr_cli_load_deadline_policy:
 *
 * A policy of this run's own: the closure days and the rapid review clock
 * of the installed settings (when the schema is installed), plus the
 * @closed days given with --closed.
 *
 * Returns: (transfer full) (nullable): the policy, or %NULL after a bad
 *   --closed date, with *@exit_code set
 */
CrDeadlinePolicy *
_cr_cli_load_deadline_policy (CrCli       *cli,
                              const char  *command,
                              char       **closed,
                              int         *exit_code)
{
  g_autoptr(CrDeadlinePolicy) policy = cr_deadline_policy_new ();
  g_autoptr(GStrvBuilder) dates = g_strv_builder_new ();
  g_auto(GStrv) all = NULL;
  const char * const *known;

  if (!cr_deadline_policy_load_settings (policy))
    g_debug ("No settings schema: only the --closed days are closure days");

  known = cr_deadline_policy_get_closure_dates (policy);
  g_strv_builder_addv (dates, (const char **) known);

  for (guint i = 0; closed != NULL && closed[i] != NULL; i++)
    {
      g_autofree char *iso = NULL;
      GDate date;

      if (!_cr_cli_parse_date_arg (cli, command, closed[i], &date, exit_code))
        return NULL;
      iso = cr_date_to_iso (&date);
      g_strv_builder_add (dates, iso);
    }

  all = g_strv_builder_end (dates);
  cr_deadline_policy_set_closure_dates (policy, (const char * const *) all);
  return g_steal_pointer (&policy);
}

/* --------------------------------------------------------------------------
 * The commands
 */

typedef struct
{
  char **closed;
} ClosedOption;

static void
closed_option_clear (ClosedOption *option)
{
  g_clear_pointer (&option->closed, g_strfreev);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ClosedOption, closed_option_clear)

/* Parses the options and checks the number of operands; on return (*args)
 * holds the command name and exactly @n_operands operands. */
static gboolean
parse_command (CrCli         *cli,
               const char    *command,
               const char    *parameter_string,
               const char    *summary,
               const char    *operands_message,
               guint          n_operands,
               ClosedOption  *closed,
               char        ***args,
               int           *exit_code)
{
  const GOptionEntry entries[] = {
    { "closed", 'c', 0, G_OPTION_ARG_STRING_ARRAY, &closed->closed,
      N_("A day the partnership is closed, as YYYY-MM-DD or DD/MM/YYYY (repeat for more); the closure days set in the application count too"),
      N_("DATE") },
    G_OPTION_ENTRY_NULL
  };

  _cr_cli_protect_negative_numbers (args);
  if (!_cr_cli_parse_options (cli, command, parameter_string, summary, entries, args, exit_code))
    return FALSE;
  drop_dashes (*args);

  if (g_strv_length (*args) != n_operands + 1)
    {
      *exit_code = _cr_cli_usage_error (cli, command, operands_message);
      return FALSE;
    }

  return TRUE;
}

int
_cr_cli_cmd_working_days_add (CrCli   *cli,
                              char  ***args)
{
  g_auto(ClosedOption) closed = { 0 };
  g_autoptr(CrDeadlinePolicy) policy = NULL;
  g_autoptr(GArray) closures = NULL;
  g_autofree char *iso = NULL;
  int exit_code = CR_CLI_EXIT_OK;
  gint64 n;
  GDate start, result;

  if (!parse_command (cli, "working-days add", _("DATE N"),
                      _("Print the date N working days after DATE (before it when N is negative). Working days are Monday to Friday, except England and Wales bank holidays and the partnership's closure days."),
                      _("“working-days add” needs a date and a number of working days, for example “working-days add 2026-12-22 5” or “working-days add 22/12/2026 -7”."),
                      2, &closed, args, &exit_code))
    return exit_code;

  if (!_cr_cli_parse_date_arg (cli, "working-days add", (*args)[1], &start, &exit_code))
    return exit_code;

  if (!g_ascii_string_to_signed ((*args)[2], 10, -MAX_WORKING_DAYS, MAX_WORKING_DAYS, &n, NULL))
    {
      g_autofree char *message =
        /* Translators: %s is what the user typed; keep the numbers as digits */
        g_strdup_printf (_("“%s” is not a number of working days: give a whole number from -100000 to 100000, for example 5 or -7."),
                         (*args)[2]);

      return _cr_cli_usage_error (cli, "working-days add", message);
    }

  policy = _cr_cli_load_deadline_policy (cli, "working-days add", closed.closed, &exit_code);
  if (policy == NULL)
    return exit_code;
  closures = cr_deadline_policy_get_closures (policy);

  cr_working_days_add (&start, (int) n, closures, &result);
  iso = cr_date_to_iso (&result);
  _cr_cli_print (cli, "%s\n", iso);

  return CR_CLI_EXIT_OK;
}

int
_cr_cli_cmd_working_days_between (CrCli   *cli,
                                  char  ***args)
{
  g_auto(ClosedOption) closed = { 0 };
  g_autoptr(CrDeadlinePolicy) policy = NULL;
  g_autoptr(GArray) closures = NULL;
  int exit_code = CR_CLI_EXIT_OK;
  GDate from, to;

  if (!parse_command (cli, "working-days between", _("DATE1 DATE2"),
                      _("Print the number of working days after DATE1 up to and including DATE2; negative when DATE2 is before DATE1. “working-days add D N” and “working-days between D RESULT” agree."),
                      _("“working-days between” needs two dates, for example “working-days between 2026-12-22 2027-01-05”."),
                      2, &closed, args, &exit_code))
    return exit_code;

  if (!_cr_cli_parse_date_arg (cli, "working-days between", (*args)[1], &from, &exit_code) ||
      !_cr_cli_parse_date_arg (cli, "working-days between", (*args)[2], &to, &exit_code))
    return exit_code;

  policy = _cr_cli_load_deadline_policy (cli, "working-days between", closed.closed, &exit_code);
  if (policy == NULL)
    return exit_code;
  closures = cr_deadline_policy_get_closures (policy);

  _cr_cli_print (cli, "%d\n", cr_working_days_between (&from, &to, closures));

  return CR_CLI_EXIT_OK;
}

static gboolean
is_closed (GArray      *closures,
           const GDate *date)
{
  guint32 jd = g_date_get_julian (date);

  for (guint i = 0; i < closures->len; i++)
    if (g_array_index (closures, guint32, i) == jd)
      return TRUE;
  return FALSE;
}

static char *
dup_weekday (const GDate *date)
{
  g_autoptr(GDateTime) dt = g_date_time_new_utc (g_date_get_year (date), g_date_get_month (date),
                                                 g_date_get_day (date), 0, 0, 0);

  return g_date_time_format (dt, "%A");
}

int
_cr_cli_cmd_working_days_is (CrCli   *cli,
                             char  ***args)
{
  g_auto(ClosedOption) closed = { 0 };
  g_autoptr(CrDeadlinePolicy) policy = NULL;
  g_autoptr(GArray) closures = NULL;
  g_autofree char *weekday = NULL;
  int exit_code = CR_CLI_EXIT_OK;
  const char *holiday;
  GDate date;

  if (!parse_command (cli, "working-days is", _("DATE"),
                      _("Say whether DATE is a working day: “yes” or “no”, then the reason (a weekend, the name of the bank holiday, or a closure day of the partnership)."),
                      _("“working-days is” needs one date, for example “working-days is 2026-12-28”."),
                      1, &closed, args, &exit_code))
    return exit_code;

  if (!_cr_cli_parse_date_arg (cli, "working-days is", (*args)[1], &date, &exit_code))
    return exit_code;

  policy = _cr_cli_load_deadline_policy (cli, "working-days is", closed.closed, &exit_code);
  if (policy == NULL)
    return exit_code;
  closures = cr_deadline_policy_get_closures (policy);

  /* “yes” and “no” stay as they are, for scripts; the reason after them
   * is the day of the week, or why the day is not a working day. */
  weekday = dup_weekday (&date);
  holiday = cr_bank_holiday_name (&date);
  if (g_date_get_weekday (&date) >= G_DATE_SATURDAY)
    {
      _cr_cli_print (cli, "no: %s\n", weekday);
    }
  else if (holiday != NULL)
    {
      /* Translators: %s is the name of a bank holiday, such as “Boxing Day (substitute day)” */
      g_autofree char *reason = g_strdup_printf (_("bank holiday: %s"), holiday);

      _cr_cli_print (cli, "no: %s\n", reason);
    }
  else if (is_closed (closures, &date))
    {
      _cr_cli_print (cli, "no: %s\n", _("a closure day of the partnership"));
    }
  else
    {
      _cr_cli_print (cli, "yes: %s\n", weekday);
    }

  return CR_CLI_EXIT_OK;
}
