/* cr-cli-audit.c: “audit REFERENCE” */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrCli"

#include "config.h"

#include "cr-cli-private.h"

#include <glib/gi18n.h>

enum
{
  COL_ID,
  COL_AT,
  COL_USER,
  COL_ACTION,
  COL_ENTITY,
  COL_ENTITY_ID,
  COL_FIELD,
  COL_OLD_VALUE,
  COL_NEW_VALUE,
  N_COLUMNS
};

static const CrCliColumn audit_columns[N_COLUMNS] = {
  [COL_ID] = { "id", NULL, CR_CLI_COLUMN_INTEGER, CR_CLI_COLUMN_DATA_ONLY, 0 },
  [COL_AT] = { "at", N_("When (UTC)"), CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_ALL, 20 },
  [COL_USER] = { "os_user", N_("User"), CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_ALL, 16 },
  [COL_ACTION] = { "action", N_("Action"), CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_ALL, 10 },
  [COL_ENTITY] = { "entity", N_("Record"), CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_ALL, 14 },
  [COL_ENTITY_ID] = { "entity_id", N_("Id"), CR_CLI_COLUMN_INTEGER, CR_CLI_COLUMN_ALL, 0 },
  [COL_FIELD] = { "field", N_("Field"), CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_ALL, 20 },
  [COL_OLD_VALUE] = { "old_value", N_("Old value"), CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_SHRINK_FIRST, 30 },
  [COL_NEW_VALUE] = { "new_value", N_("New value"), CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_SHRINK_FIRST, 40 },
};

int
_cr_cli_cmd_audit (CrCli   *cli,
                   char  ***args)
{
  g_autoptr(CrDatabase) db = NULL;
  g_autoptr(CrCase) kase = NULL;
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GPtrArray) entries_list = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrCliTable) table = NULL;
  CrCliFormat format;
  int exit_code = CR_CLI_EXIT_OK;

  kase = _cr_cli_open_listed_case (cli, "audit", _("REFERENCE"),
                                   _("Show the audit trail of a case and everything under it, oldest first. Restricted identity values are never in the trail, only the fact that they changed or were revealed."),
                                   "case-reviews-cli audit NB-2026-001",
                                   args, &db, &format, &exit_code);
  if (kase == NULL)
    return exit_code;

  cr_database_list_audit_async (db, cr_case_get_id (kase), NULL, cr_database_sync_cb, &res);
  entries_list = cr_database_list_audit_finish (db, cr_database_wait (&res), &error);
  if (entries_list == NULL)
    return _cr_cli_report_error (cli, error);

  table = cr_cli_table_new (audit_columns, N_COLUMNS);
  for (guint i = 0; i < entries_list->len; i++)
    {
      CrAuditEntry *entry = g_ptr_array_index (entries_list, i);

      cr_cli_table_add_row (table);
      cr_cli_table_set_int (table, COL_ID, cr_audit_entry_get_id (entry));
      cr_cli_table_set (table, COL_AT, cr_audit_entry_get_at (entry));
      cr_cli_table_set (table, COL_USER, cr_audit_entry_get_os_user (entry));
      cr_cli_table_set (table, COL_ACTION, cr_audit_entry_get_action (entry));
      cr_cli_table_set (table, COL_ENTITY, cr_audit_entry_get_entity (entry));
      cr_cli_table_set_int (table, COL_ENTITY_ID, cr_audit_entry_get_entity_id (entry));
      cr_cli_table_set (table, COL_FIELD, cr_audit_entry_get_field (entry));
      cr_cli_table_set (table, COL_OLD_VALUE, cr_audit_entry_get_old_value (entry));
      cr_cli_table_set (table, COL_NEW_VALUE, cr_audit_entry_get_new_value (entry));
    }

  _cr_cli_write_table (cli, table, format);

  return CR_CLI_EXIT_OK;
}
