/* cr-cli-private.h: what the case-reviews-cli commands share */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stdio.h>

#include "cr-cli.h"
#include "cr-cli-output.h"
#include "cr-database.h"
#include "cr-deadline-policy.h"
#include "cr-review-report.h"

G_BEGIN_DECLS

#define CR_CLI_PROGRAM_NAME "case-reviews-cli"

/* The state of one run of the tool. */
typedef struct
{
  FILE *out;            /* normal output (stdout) */
  FILE *err;            /* messages (stderr) */
  char *database_path;  /* --database, or NULL for the default file */
  GPtrArray *databases; /* CrDatabase opened by the command, closed (WAL
                         * checkpointed) when the run ends, on every path */
} CrCli;

typedef enum
{
  CR_CLI_OPEN_READ   = 0,
  CR_CLI_OPEN_CREATE = 1 << 0, /* the file may be created */
  CR_CLI_OPEN_WRITE  = 1 << 1, /* the command changes the database */
} CrCliOpenFlags;

/* Prints "case-reviews-cli: MESSAGE\n" on cli->err. */
void        _cr_cli_printerr          (CrCli               *cli,
                                       const char          *format,
                                       ...) G_GNUC_PRINTF (2, 3);
/* Prints human-readable text on cli->out, in the locale's encoding. */
void        _cr_cli_print             (CrCli               *cli,
                                       const char          *format,
                                       ...) G_GNUC_PRINTF (2, 3);
/* Writes data (CSV, JSON) on cli->out as it is: UTF-8. */
void        _cr_cli_write             (CrCli               *cli,
                                       const char          *text);
/* Writes @table in @format; a text table is fitted to the terminal. */
void        _cr_cli_write_table       (CrCli               *cli,
                                       CrCliTable          *table,
                                       CrCliFormat          format);
/* Writes a listing: as _cr_cli_write_table(), but a text table with no
 * rows is @empty_message instead (when not NULL). */
void        _cr_cli_write_listing     (CrCli               *cli,
                                       CrCliTable          *table,
                                       CrCliFormat          format,
                                       const char          *empty_message);

/*
 * Parses the options of one command. @args is the command's own argument
 * vector, args[0] being the command name ("cases list"); on return it holds
 * the positional arguments. The global --database and --help options are
 * added to @entries. Returns FALSE when the command must stop, with
 * *exit_code set (0 after --help, CR_CLI_EXIT_USAGE after a bad option).
 */
gboolean    _cr_cli_parse_options     (CrCli               *cli,
                                       const char          *command,
                                       const char          *parameter_string,
                                       const char          *summary,
                                       const GOptionEntry  *entries,
                                       char              ***args,
                                       int                 *exit_code);
/* Reports a usage error (exit status 2) with a hint to --help. */
int         _cr_cli_usage_error       (CrCli               *cli,
                                       const char          *command,
                                       const char          *message);
/* Parses --format; reports a usage error listing @allowed when invalid. */
gboolean    _cr_cli_parse_format      (CrCli               *cli,
                                       const char          *command,
                                       const char          *value,
                                       CrCliFormat          fallback,
                                       guint                allowed,
                                       CrCliFormat         *out_format,
                                       int                 *exit_code);

/* The database file this run works on (transfer full). */
char       *_cr_cli_dup_database_path (CrCli               *cli);
/* Opens the database; on failure prints why and sets *exit_code. */
CrDatabase *_cr_cli_open_database     (CrCli               *cli,
                                       CrCliOpenFlags       flags,
                                       int                 *exit_code);
/* Prints @error and returns the exit status it maps to. */
int         _cr_cli_report_error      (CrCli               *cli,
                                       const GError        *error);
/* The exit status for @error (see cr-cli.h). */
int         _cr_cli_exit_code_for_error (const GError      *error);

/* Finds a case by reference; prints "No case with reference …" (exit 1). */
CrCase     *_cr_cli_lookup_case       (CrCli               *cli,
                                       CrDatabase          *db,
                                       const char          *reference,
                                       int                 *exit_code);
/* Opens the database with @flags (as _cr_cli_open_database()) and finds
 * the case @reference in it (as _cr_cli_lookup_case()). NULL, with
 * *@exit_code set, when either fails; else *@out_db holds the database. */
CrCase     *_cr_cli_open_case         (CrCli               *cli,
                                       CrCliOpenFlags       flags,
                                       const char          *reference,
                                       CrDatabase         **out_db,
                                       int                 *exit_code);
/* TRUE when @args are the command's name and one case reference; else a
 * usage error naming @example ("case-reviews-cli audit NB-2026-001"). */
gboolean    _cr_cli_check_one_case    (CrCli               *cli,
                                       const char          *command,
                                       char               **args,
                                       const char          *example,
                                       int                 *exit_code);
/* The start of a case listing, "COMMAND REFERENCE" with only --format:
 * parses the options, checks one case reference (see
 * _cr_cli_check_one_case()), parses the format and opens the case for
 * reading. Returns the case and its database, or NULL with *@exit_code. */
CrCase     *_cr_cli_open_listed_case  (CrCli               *cli,
                                       const char          *command,
                                       const char          *parameter_string,
                                       const char          *summary,
                                       const char          *example,
                                       char              ***args,
                                       CrDatabase         **out_db,
                                       CrCliFormat         *out_format,
                                       int                 *exit_code);
/* Parses the --format of a listing: table (the default), csv or json. */
gboolean    _cr_cli_parse_list_format (CrCli               *cli,
                                       const char          *command,
                                       const char          *value,
                                       CrCliFormat         *out_format,
                                       int                 *exit_code);

/* Labels shared by several commands. */
const char *_cr_cli_review_type_nick  (CrReviewType         review_type);
const char *_cr_cli_review_type_label (CrReviewType         review_type);
/* “24 Nov 2026, 2 working days left” (or “…, 2 left” when @brief);
 * NULL when the case has no open deadline. */
char       *_cr_cli_format_deadline   (CrCase              *kase);

/* The commands: each gets its own argument vector (args[0] is the
 * command's name) and returns the exit status. */
int         _cr_cli_cmd_init          (CrCli *cli, char ***args);
int         _cr_cli_cmd_demo          (CrCli *cli, char ***args);
int         _cr_cli_cmd_check         (CrCli *cli, char ***args);
int         _cr_cli_cmd_cases_list    (CrCli *cli, char ***args);
int         _cr_cli_cmd_case_show     (CrCli *cli, char ***args);
int         _cr_cli_cmd_agencies_list (CrCli *cli, char ***args);
int         _cr_cli_cmd_audit         (CrCli *cli, char ***args);
int         _cr_cli_cmd_bench_register (CrCli *cli, char ***args);
int         _cr_cli_cmd_report_rapid_review (CrCli *cli, char ***args);
int         _cr_cli_cmd_working_days_add     (CrCli *cli, char ***args);
int         _cr_cli_cmd_working_days_between (CrCli *cli, char ***args);
int         _cr_cli_cmd_working_days_is      (CrCli *cli, char ***args);
int         _cr_cli_cmd_deadlines            (CrCli *cli, char ***args);
/* Review workspace (issue 4) */
int         _cr_cli_cmd_chronology_import    (CrCli *cli, char ***args);
int         _cr_cli_cmd_chronology_export    (CrCli *cli, char ***args);
int         _cr_cli_cmd_chronology_list      (CrCli *cli, char ***args);
int         _cr_cli_cmd_document_add         (CrCli *cli, char ***args);
int         _cr_cli_cmd_document_list        (CrCli *cli, char ***args);
int         _cr_cli_cmd_pdf_render           (CrCli *cli, char ***args);
int         _cr_cli_cmd_pdf_text             (CrCli *cli, char ***args);
/* The review report (issue 5) */
int         _cr_cli_cmd_report_final         (CrCli *cli, char ***args);
int         _cr_cli_cmd_briefing             (CrCli *cli, char ***args);
int         _cr_cli_cmd_check_anonymisation  (CrCli *cli, char ***args);

/* cr-cli-report.c */
/* The partnership's name and local authority from the application's
 * settings when its schema is installed; NULL otherwise. */
void        _cr_cli_read_partnership_settings (char       **partnership,
                                       char               **local_authority);

/* cr-cli-report-final.c, shared with “check-anonymisation” */
/* The review report of @kase (cr_database_load_review_report_async), with
 * the partnership's name from the settings; NULL with *@exit_code set. */
CrReviewReport *_cr_cli_load_review_report (CrCli        *cli,
                                       CrDatabase          *db,
                                       CrCase              *kase,
                                       int                 *exit_code);
/* The anonymisation check of @report and, when @pdf is not NULL, of that
 * PDF (opened with @password): every hit, dismissed ones marked.
 * Loading the terms is audited, so @db must be writable. NULL with
 * *@exit_code set (usage when the PDF cannot be opened). */
GPtrArray  *_cr_cli_check_anonymisation (CrCli               *cli,
                                       CrDatabase          *db,
                                       CrCase              *kase,
                                       CrReviewReport      *report,
                                       GBytes              *pdf,
                                       const char          *pdf_display_name,
                                       const char          *password,
                                       int                 *exit_code);

/* cr-cli-files.c */
/* The bytes of the file @path (at most @max_bytes); on failure prints
 * why and sets *@exit_code (usage: the input is at fault). */
GBytes     *_cr_cli_read_input_file   (CrCli               *cli,
                                       const char          *path,
                                       gsize                max_bytes,
                                       int                 *exit_code);
/* --output was given and is not a folder; otherwise a usage error. */
gboolean    _cr_cli_check_output_path (CrCli               *cli,
                                       const char          *command,
                                       const char          *path,
                                       int                 *exit_code);
/* Writes @bytes to @path atomically and durably, mode 0600. */
gboolean    _cr_cli_save_output_file  (CrCli               *cli,
                                       const char          *path,
                                       GBytes              *bytes,
                                       int                 *exit_code);
/* Finds an agency by name (any case) or by its number; prints the
 * agencies there are when none matches (exit 1). */
CrAgency   *_cr_cli_lookup_agency     (CrCli               *cli,
                                       CrDatabase          *db,
                                       const char          *name_or_id,
                                       int                 *exit_code);

/* cr-cli-working-days.c, shared with “deadlines” */
/* Moves operands such as “-3” behind “--” so that they are not taken for
 * options. Call before _cr_cli_parse_options(). */
void        _cr_cli_protect_negative_numbers (char ***args);
/* Parses a DATE operand or option (YYYY-MM-DD or DD/MM/YYYY); reports a
 * usage error (exit 2) saying what to type. */
gboolean    _cr_cli_parse_date_arg    (CrCli               *cli,
                                       const char          *command,
                                       const char          *text,
                                       GDate               *out_date,
                                       int                 *exit_code);
/* The installed settings' closure days and rapid review clock, plus
 * @closed (--closed DATE…), in a policy of this run's own; NULL after a
 * bad date, with *@exit_code set. */
CrDeadlinePolicy *_cr_cli_load_deadline_policy (CrCli         *cli,
                                       const char          *command,
                                       char               **closed,
                                       int                 *exit_code);

G_END_DECLS
