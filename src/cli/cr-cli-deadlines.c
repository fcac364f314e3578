/* cr-cli-deadlines.c: “deadlines REFERENCE” */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrCli"

#include "config.h"

#include "cr-cli-private.h"
#include "cr-deadlines.h"
#include "cr-util.h"

#include <glib/gi18n.h>

enum
{
  COL_RULE,
  COL_LABEL,
  COL_DUE,
  COL_STATE,
  COL_STATUS_TEXT,
  COL_DAYS_LEFT,
  COL_UNIT,
  COL_ANCHOR,
  COL_DONE,
  COL_PAUSED_DAYS,
  COL_EXPLANATION,
  COL_SOURCE,
  COL_EDITION,
  N_COLUMNS
};

static const CrCliColumn deadline_columns[N_COLUMNS] = {
  [COL_RULE] = { "rule", NULL, CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_DATA_ONLY, 0 },
  [COL_LABEL] = { "deadline", N_("Deadline"), CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_ALL, 44 },
  [COL_DUE] = { "due_date", N_("Due"), CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_ALL, 10 },
  [COL_STATE] = { "state", NULL, CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_DATA_ONLY, 0 },
  [COL_STATUS_TEXT] = { "status", N_("Status"), CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_ALL, 26 },
  [COL_DAYS_LEFT] = { "days_left", NULL, CR_CLI_COLUMN_INTEGER, CR_CLI_COLUMN_DATA_ONLY, 0 },
  [COL_UNIT] = { "counts", NULL, CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_DATA_ONLY, 0 },
  [COL_ANCHOR] = { "anchor_date", NULL, CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_DATA_ONLY, 0 },
  [COL_DONE] = { "done_date", NULL, CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_DATA_ONLY, 0 },
  [COL_PAUSED_DAYS] = { "paused_days", NULL, CR_CLI_COLUMN_INTEGER, CR_CLI_COLUMN_DATA_ONLY, 0 },
  [COL_EXPLANATION] = { "explanation", N_("How it is counted"), CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_SHRINK_FIRST, 90 },
  [COL_SOURCE] = { "source", NULL, CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_DATA_ONLY, 0 },
  [COL_EDITION] = { "edition", NULL, CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_DATA_ONLY, 0 },
};

static void
add_deadline_row (CrCliTable *table,
                  CrDeadline *deadline)
{
  g_autofree char *status = cr_deadline_format_status (deadline);
  gboolean has_days = cr_deadline_get_due_date (deadline) != NULL;

  switch (cr_deadline_get_state (deadline))
    {
    case CR_DEADLINE_STATE_OPEN:
    case CR_DEADLINE_STATE_DUE_SOON:
    case CR_DEADLINE_STATE_OVERDUE:
    case CR_DEADLINE_STATE_STOPPED:
      break;
    case CR_DEADLINE_STATE_WAITING:
    case CR_DEADLINE_STATE_MET:
    case CR_DEADLINE_STATE_MET_LATE:
    case CR_DEADLINE_STATE_NOT_APPLICABLE:
    default:
      has_days = FALSE;
      break;
    }

  cr_cli_table_add_row (table);
  cr_cli_table_set (table, COL_RULE, cr_deadline_get_rule_id (deadline));
  cr_cli_table_set (table, COL_LABEL, cr_deadline_get_label (deadline));
  cr_cli_table_set (table, COL_DUE, cr_deadline_get_due_date (deadline));
  cr_cli_table_set (table, COL_STATE, cr_deadline_state_to_nick (cr_deadline_get_state (deadline)));
  cr_cli_table_set (table, COL_STATUS_TEXT, status);
  /* Days left only mean something while the clock runs or stands. */
  if (has_days)
    cr_cli_table_set_int (table, COL_DAYS_LEFT, cr_deadline_get_days_left (deadline));
  cr_cli_table_set (table, COL_UNIT,
                    cr_deadline_get_counts_working_days (deadline) ? "working-days" : "days");
  cr_cli_table_set (table, COL_ANCHOR, cr_deadline_get_anchor_date (deadline));
  cr_cli_table_set (table, COL_DONE, cr_deadline_get_done_date (deadline));
  cr_cli_table_set_int (table, COL_PAUSED_DAYS, cr_deadline_get_paused_days (deadline));
  cr_cli_table_set (table, COL_EXPLANATION, cr_deadline_get_explanation (deadline));
  cr_cli_table_set (table, COL_SOURCE, cr_deadline_get_source (deadline));
  cr_cli_table_set (table, COL_EDITION, cr_deadline_get_edition (deadline));
}

int
_cr_cli_cmd_deadlines (CrCli   *cli,
                       char  ***args)
{
  g_autofree char *format_name = NULL;
  g_autofree char *today_text = NULL;
  g_auto(GStrv) closed = NULL;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      N_("Output format: table, csv or json (default: table)"), N_("FORMAT") },
    { "today", 't', 0, G_OPTION_ARG_STRING, &today_text,
      N_("Count as if today were DATE (YYYY-MM-DD or DD/MM/YYYY)"), N_("DATE") },
    { "closed", 'c', 0, G_OPTION_ARG_STRING_ARRAY, &closed,
      N_("A day the partnership is closed, besides those set in the application (repeat for more)"),
      N_("DATE") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(CrDatabase) db = NULL;
  g_autoptr(CrCase) kase = NULL;
  g_autoptr(CrDeadlinePolicy) policy = NULL;
  g_autoptr(GPtrArray) deadlines = NULL;
  g_autoptr(CrCliTable) table = NULL;
  CrCliFormat format;
  int exit_code = CR_CLI_EXIT_OK;
  GDate today;

  if (!_cr_cli_parse_options (cli, "deadlines", _("REFERENCE"),
                              _("List the deadlines of a case, in due order: what is due when, how it is counted and where the rule comes from. Weekends, bank holidays, closure days and pauses are left out of working-day counts."),
                              entries, args, &exit_code))
    return exit_code;

  if (!_cr_cli_check_one_case (cli, "deadlines", *args,
                               "case-reviews-cli deadlines NB-2026-001",
                               &exit_code))
    return exit_code;

  if (!_cr_cli_parse_list_format (cli, "deadlines", format_name, &format, &exit_code))
    return exit_code;

  if (today_text != NULL)
    {
      if (!_cr_cli_parse_date_arg (cli, "deadlines", today_text, &today, &exit_code))
        return exit_code;
    }
  else
    {
      cr_date_set_today (&today);
    }

  policy = _cr_cli_load_deadline_policy (cli, "deadlines", closed, &exit_code);
  if (policy == NULL)
    return exit_code;

  kase = _cr_cli_open_case (cli, CR_CLI_OPEN_READ, (*args)[1], &db, &exit_code);
  if (kase == NULL)
    return exit_code;

  deadlines = cr_case_list_deadlines_full (kase, &today, policy);
  table = cr_cli_table_new (deadline_columns, N_COLUMNS);
  for (guint i = 0; i < deadlines->len; i++)
    add_deadline_row (table, g_ptr_array_index (deadlines, i));

  _cr_cli_write_table (cli, table, format);

  return CR_CLI_EXIT_OK;
}
