/* cr-cli-documents.c: “document add” and “document list” */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrCli"

#include "config.h"

#include "cr-cli-private.h"
#include "cr-database-review.h"
#include "cr-document.h"

#include <glib/gi18n.h>

/* The doc-type nicks, as cr-document.h lists them. */
static const char * const doc_types[] = {
  "agency-report", "chronology", "terms-of-reference", "minutes",
  "rapid-review-report", "review-report", "family-contribution",
  "correspondence", "other", NULL
};

int
_cr_cli_cmd_document_add (CrCli   *cli,
                          char  ***args)
{
  g_autofree char *type = NULL;
  g_autofree char *agency_name = NULL;
  g_autofree char *title = NULL;
  g_autofree char *version = NULL;
  const GOptionEntry entries[] = {
    { "type", 't', 0, G_OPTION_ARG_STRING, &type,
      N_("What the document is: agency-report, chronology, terms-of-reference, minutes, rapid-review-report, review-report, family-contribution, correspondence or other (default: guessed from the file)"), N_("TYPE") },
    { "agency", 'a', 0, G_OPTION_ARG_STRING, &agency_name,
      N_("The agency it came from, by name or number"), N_("NAME") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title,
      N_("Its title (default: the file name)"), N_("TITLE") },
    { "version", 0, 0, G_OPTION_ARG_STRING, &version,
      N_("Its version, such as “2” or “Final”"), N_("VERSION") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(CrDatabase) db = NULL;
  g_autoptr(CrCase) kase = NULL;
  g_autoptr(CrAgency) agency = NULL;
  g_autoptr(CrDocument) document = NULL;
  g_autoptr(CrDocument) stored = NULL;
  g_autoptr(GBytes) contents = NULL;
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *display = NULL;
  g_autofree char *subtitle = NULL;
  int exit_code = CR_CLI_EXIT_OK;

  if (!_cr_cli_parse_options (cli, "document add", _("REFERENCE FILE [OPTION…]"),
                              _("Attach a file (a PDF first of all) to a case. The file’s bytes are kept inside the database with their SHA-256, so nothing is lost when the file moves."),
                              entries, args, &exit_code))
    return exit_code;

  if (g_strv_length (*args) != 3)
    return _cr_cli_usage_error (cli, "document add",
                                _("“document add” needs a case reference and a file, for example “case-reviews-cli document add NB-2026-001 report.pdf”."));

  if (type != NULL && !g_strv_contains (doc_types, type))
    {
      g_autofree char *list = g_strjoinv (", ", (char **) doc_types);
      /* Translators: the first %s is what was typed, the second a list of types */
      g_autofree char *message = g_strdup_printf (_("Unknown document type “%s”. Choose one of: %s."), type, list);

      return _cr_cli_usage_error (cli, "document add", message);
    }

  contents = _cr_cli_read_input_file (cli, (*args)[2], CR_DOCUMENT_MAX_BYTES, &exit_code);
  if (contents == NULL)
    return exit_code;

  kase = _cr_cli_open_case (cli, CR_CLI_OPEN_WRITE, (*args)[1], &db, &exit_code);
  if (kase == NULL)
    return exit_code;
  if (agency_name != NULL)
    {
      agency = _cr_cli_lookup_agency (cli, db, agency_name, &exit_code);
      if (agency == NULL)
        return exit_code;
    }

  basename = g_path_get_basename ((*args)[2]);
  display = g_filename_display_name (basename);
  document = cr_document_new_for_file (display);
  cr_record_set_case_id (CR_RECORD (document), cr_case_get_id (kase));
  if (type != NULL)
    cr_record_set (CR_RECORD (document), "doc-type", type);
  if (title != NULL)
    cr_record_set (CR_RECORD (document), "title", title);
  if (version != NULL)
    cr_record_set (CR_RECORD (document), "version", version);
  if (agency != NULL)
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, cr_agency_get_id (agency));

      cr_record_set (CR_RECORD (document), "agency-id", id);
    }

  cr_database_add_document_async (db, document, contents, NULL, cr_database_sync_cb, &res);
  stored = cr_database_add_document_finish (db, cr_database_wait (&res), &error);
  if (stored == NULL)
    return _cr_cli_report_error (cli, error);

  subtitle = cr_record_dup_subtitle (CR_RECORD (stored));
  /* Translators: the first %s is a document's title, %s then says what it is */
  _cr_cli_print (cli, _("Added “%s” (%s).\n"),
                 cr_record_get (CR_RECORD (stored), "title"),
                 subtitle != NULL ? subtitle : cr_record_get (CR_RECORD (stored), "filename"));
  return CR_CLI_EXIT_OK;
}

enum
{
  COL_ID,
  COL_TITLE,
  COL_TYPE,
  COL_AGENCY,
  COL_VERSION,
  COL_RECEIVED,
  COL_FILE,
  COL_MEDIA_TYPE,
  COL_SIZE,
  COL_SHA256,
  N_COLUMNS
};

static const CrCliColumn document_columns[N_COLUMNS] = {
  [COL_ID] = { "id", N_("No."), CR_CLI_COLUMN_INTEGER, CR_CLI_COLUMN_ALL, 0 },
  [COL_TITLE] = { "title", N_("Title"), CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_SHRINK_FIRST, 40 },
  [COL_TYPE] = { "doc_type", N_("Type"), CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_ALL, 20 },
  [COL_AGENCY] = { "agency", N_("Agency"), CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_SHRINK_FIRST, 24 },
  [COL_VERSION] = { "version", N_("Version"), CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_ALL, 12 },
  [COL_RECEIVED] = { "received_date", N_("Received"), CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_ALL, 0 },
  [COL_FILE] = { "filename", N_("File"), CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_SHRINK_FIRST, 30 },
  [COL_MEDIA_TYPE] = { "media_type", NULL, CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_DATA_ONLY, 0 },
  [COL_SIZE] = { "size", N_("Bytes"), CR_CLI_COLUMN_INTEGER, CR_CLI_COLUMN_ALL, 0 },
  [COL_SHA256] = { "sha256", NULL, CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_DATA_ONLY, 0 },
};

int
_cr_cli_cmd_document_list (CrCli   *cli,
                           char  ***args)
{
  g_autoptr(CrDatabase) db = NULL;
  g_autoptr(CrCase) kase = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrCliTable) table = NULL;
  CrCliFormat format;
  int exit_code = CR_CLI_EXIT_OK;

  kase = _cr_cli_open_listed_case (cli, "document list", _("REFERENCE [--format FORMAT]"),
                                   _("List the documents attached to a case, by date received."),
                                   "case-reviews-cli document list NB-2026-001",
                                   args, &db, &format, &exit_code);
  if (kase == NULL)
    return exit_code;

  cr_database_list_records_async (db, CR_TYPE_DOCUMENT, cr_case_get_id (kase), NULL,
                                  cr_database_sync_cb, &res);
  documents = cr_database_list_records_finish (db, cr_database_wait (&res), &error);
  if (documents == NULL)
    return _cr_cli_report_error (cli, error);

  table = cr_cli_table_new (document_columns, N_COLUMNS);
  for (guint i = 0; i < documents->len; i++)
    {
      CrRecord *document = g_ptr_array_index (documents, i);
      const char *size = cr_record_get (document, "size");
      gint64 bytes = 0;

      cr_cli_table_add_row (table);
      cr_cli_table_set_int (table, COL_ID, cr_record_get_id (document));
      cr_cli_table_set (table, COL_TITLE, cr_record_get (document, "title"));
      cr_cli_table_set (table, COL_TYPE, cr_record_get (document, "doc-type"));
      cr_cli_table_set (table, COL_AGENCY, cr_record_get (document, "agency-name"));
      cr_cli_table_set (table, COL_VERSION, cr_record_get (document, "version"));
      cr_cli_table_set (table, COL_RECEIVED, cr_record_get (document, "received-date"));
      cr_cli_table_set (table, COL_FILE, cr_record_get (document, "filename"));
      cr_cli_table_set (table, COL_MEDIA_TYPE, cr_record_get (document, "media-type"));
      if (size != NULL && g_ascii_string_to_signed (size, 10, 0, G_MAXINT64, &bytes, NULL))
        cr_cli_table_set_int (table, COL_SIZE, bytes);
      cr_cli_table_set (table, COL_SHA256, cr_record_get (document, "sha256"));
    }

  _cr_cli_write_listing (cli, table, format, _("No documents are attached to this case yet."));
  return CR_CLI_EXIT_OK;
}
