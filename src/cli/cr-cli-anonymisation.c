/* cr-cli-anonymisation.c: “check-anonymisation REFERENCE [FILE.pdf]” */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrCli"

#include "config.h"

#include "cr-anonymisation.h"
#include "cr-cli-private.h"
#include "cr-pdf-document.h"

#include <glib/gi18n.h>
#include <string.h>

enum
{
  COLUMN_SOURCE,
  COLUMN_SOURCE_ID,
  COLUMN_KIND,
  COLUMN_KIND_LABEL,
  COLUMN_TEXT,
  COLUMN_CONTEXT_BEFORE,
  COLUMN_CONTEXT_AFTER,
  COLUMN_WHY,
  COLUMN_SUGGESTION,
  COLUMN_DISMISSED,
  COLUMN_DISMISSAL_REASON,
  COLUMN_KEY,
  COLUMN_BLOCK,
  COLUMN_START,
  COLUMN_END,
};

static const CrCliColumn hit_columns[] = {
  { "source", N_("Where"), CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_ALL, 0 },
  { "source-id", NULL, CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_DATA_ONLY, 0 },
  { "kind", NULL, CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_DATA_ONLY, 0 },
  { "kind-label", N_("What"), CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_ALL, 0 },
  { "text", N_("Found"), CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_ALL, 0 },
  { "context-before", NULL, CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_DATA_ONLY, 0 },
  { "context-after", NULL, CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_DATA_ONLY, 0 },
  { "why", N_("Why"), CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_ALL, 0 },
  { "suggestion", N_("Replace with"), CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_ALL, 0 },
  { "dismissed", N_("Dismissed"), CR_CLI_COLUMN_BOOLEAN, CR_CLI_COLUMN_ALL, 0 },
  { "dismissal-reason", NULL, CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_DATA_ONLY, 0 },
  { "key", NULL, CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_DATA_ONLY, 0 },
  /* Where in the source: the rich-text block of a section (else empty)
   * and the range of characters. */
  { "block", NULL, CR_CLI_COLUMN_INTEGER, CR_CLI_COLUMN_DATA_ONLY, 0 },
  { "start", NULL, CR_CLI_COLUMN_INTEGER, CR_CLI_COLUMN_DATA_ONLY, 0 },
  { "end", NULL, CR_CLI_COLUMN_INTEGER, CR_CLI_COLUMN_DATA_ONLY, 0 },
};

/* "2 identifying details to resolve; 1 dismissed." */
static char *
dup_summary (guint n_unresolved,
             guint n_dismissed)
{
  g_autofree char *unresolved = NULL;
  g_autofree char *dismissed = NULL;

  if (n_unresolved == 0 && n_dismissed == 0)
    return g_strdup (_("No identifying details found."));

  if (n_unresolved == 0)
    unresolved = g_strdup (_("No identifying details to resolve"));
  else
    /* Translators: the first half of "2 identifying details to resolve; 1 dismissed." */
    unresolved = g_strdup_printf (ngettext ("%u identifying detail to resolve",
                                            "%u identifying details to resolve", n_unresolved),
                                  n_unresolved);
  if (n_dismissed == 0)
    /* Translators: %s is "2 identifying details to resolve" */
    return g_strdup_printf (_("%s."), unresolved);

  /* Translators: the second half of "2 identifying details to resolve; 1 dismissed." */
  dismissed = g_strdup_printf (ngettext ("%u dismissed", "%u dismissed", n_dismissed), n_dismissed);
  /* Translators: "2 identifying details to resolve; 1 dismissed." */
  return g_strdup_printf (_("%s; %s."), unresolved, dismissed);
}

/* For a terminal: escape sequences and control characters neutralised. */
static char *
dup_safe (const char *text)
{
  return cr_cli_text_fit (text != NULL ? text : "", 0);
}

/* Whether the text goes on before the context shown. */
static gboolean
context_is_cut_before (CrAnonymisationHit *hit)
{
  const char *before = cr_anonymisation_hit_get_context_before (hit);
  glong length = before != NULL ? g_utf8_strlen (before, -1) : 0;

  return cr_anonymisation_hit_get_start (hit) > (guint) length;
}

/* Whether the text seems to go on after the context shown: it does not
 * end a sentence. */
static gboolean
context_is_cut_after (const char *after)
{
  const char *last;
  gunichar c;

  if (after == NULL || after[0] == '\0')
    return FALSE;
  last = g_utf8_find_prev_char (after, after + strlen (after));
  c = last != NULL ? g_utf8_get_char (last) : 0;
  return g_utf8_strchr (".!?:;)\"”’'", -1, c) == NULL;
}

/*
 *   Analysis · Real name
 *     “…was seen by [Jayden] at the…”
 *     Real name of Child H (short form of the first name)
 *     Replace with: Child H
 */
static void
print_hit (CrCli              *cli,
           CrAnonymisationHit *hit)
{
  g_autofree char *source = dup_safe (cr_anonymisation_hit_get_source_label (hit));
  g_autofree char *before = dup_safe (cr_anonymisation_hit_get_context_before (hit));
  g_autofree char *text = dup_safe (cr_anonymisation_hit_get_text (hit));
  g_autofree char *after = dup_safe (cr_anonymisation_hit_get_context_after (hit));
  g_autofree char *why = dup_safe (cr_anonymisation_hit_get_why (hit));
  g_autofree char *suggestion = dup_safe (cr_anonymisation_hit_get_suggestion (hit));

  _cr_cli_print (cli, "%s · %s\n", source,
                 cr_anonymisation_kind_to_label (cr_anonymisation_hit_get_kind (hit)));
  _cr_cli_print (cli, "  “%s%s[%s]%s%s”\n",
                 context_is_cut_before (hit) ? "…" : "", before, text, after,
                 context_is_cut_after (after) ? "…" : "");
  if (why[0] != '\0')
    _cr_cli_print (cli, "  %s\n", why);
  if (suggestion[0] != '\0')
    /* Translators: %s is what to write instead, such as "Child H" */
    _cr_cli_print (cli, _("  Replace with: %s\n"), suggestion);
  _cr_cli_print (cli, "\n");
}

static void
write_data (CrCli       *cli,
            GPtrArray   *hits,
            CrCliFormat  format)
{
  g_autoptr(CrCliTable) table = cr_cli_table_new (hit_columns, G_N_ELEMENTS (hit_columns));

  for (guint i = 0; i < hits->len; i++)
    {
      CrAnonymisationHit *hit = g_ptr_array_index (hits, i);
      CrAnonymisationKind kind = cr_anonymisation_hit_get_kind (hit);

      cr_cli_table_add_row (table);
      cr_cli_table_set (table, COLUMN_SOURCE, cr_anonymisation_hit_get_source_label (hit));
      cr_cli_table_set (table, COLUMN_SOURCE_ID, cr_anonymisation_hit_get_source_id (hit));
      cr_cli_table_set (table, COLUMN_KIND, cr_anonymisation_kind_to_nick (kind));
      cr_cli_table_set (table, COLUMN_KIND_LABEL, cr_anonymisation_kind_to_label (kind));
      cr_cli_table_set (table, COLUMN_TEXT, cr_anonymisation_hit_get_text (hit));
      cr_cli_table_set (table, COLUMN_CONTEXT_BEFORE, cr_anonymisation_hit_get_context_before (hit));
      cr_cli_table_set (table, COLUMN_CONTEXT_AFTER, cr_anonymisation_hit_get_context_after (hit));
      cr_cli_table_set (table, COLUMN_WHY, cr_anonymisation_hit_get_why (hit));
      cr_cli_table_set (table, COLUMN_SUGGESTION, cr_anonymisation_hit_get_suggestion (hit));
      cr_cli_table_set_boolean (table, COLUMN_DISMISSED, cr_anonymisation_hit_get_dismissed (hit));
      cr_cli_table_set (table, COLUMN_DISMISSAL_REASON, cr_anonymisation_hit_get_dismissal_reason (hit));
      cr_cli_table_set (table, COLUMN_KEY, cr_anonymisation_hit_get_key (hit));
      if (cr_anonymisation_hit_get_block (hit) >= 0)
        cr_cli_table_set_int (table, COLUMN_BLOCK, cr_anonymisation_hit_get_block (hit));
      cr_cli_table_set_int (table, COLUMN_START, cr_anonymisation_hit_get_start (hit));
      cr_cli_table_set_int (table, COLUMN_END, cr_anonymisation_hit_get_end (hit));
    }

  _cr_cli_write_table (cli, table, format);
}

int
_cr_cli_cmd_check_anonymisation (CrCli   *cli,
                                 char  ***args)
{
  g_autofree char *password = NULL;
  g_autofree char *format_text = NULL;
  const GOptionEntry entries[] = {
    { "password", 0, 0, G_OPTION_ARG_STRING, &password,
      N_("The password of a protected PDF"), N_("PASSWORD") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text,
      N_("text (the default), csv or json; csv and json list dismissed details too"), N_("FORMAT") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(CrDatabase) db = NULL;
  g_autoptr(CrCase) kase = NULL;
  g_autoptr(CrReviewReport) report = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autofree char *pdf_display = NULL;
  g_autofree char *summary = NULL;
  CrCliFormat format;
  guint n_args;
  guint n_unresolved;
  int exit_code = CR_CLI_EXIT_OK;

  if (!_cr_cli_parse_options (cli, "check-anonymisation", _("REFERENCE [FILE.pdf] [--password PASSWORD] [--format FORMAT]"),
                              _("Check the review report of a case, and the PDF file when one is named, for what identifies the child or family: real names and their variants, dates of birth, exact dates, addresses, postcodes, schools, NHS numbers, telephone numbers and email addresses. Each detail found is shown in context with what to write instead. The exit status is 0 when nothing is left to resolve and 1 while something is. Reading the case’s restricted details is written to its audit trail."),
                              entries, args, &exit_code))
    return exit_code;

  n_args = g_strv_length (*args);
  if (n_args < 2 || n_args > 3)
    {
      g_autofree char *message = NULL;

      if (n_args < 2)
        message = g_strdup_printf (_("Name the case to check, for example “%s”."),
                                   "case-reviews-cli check-anonymisation NB-2026-001");
      else
        message = g_strdup_printf (_("Name one case and at most one PDF file, for example “%s”."),
                                   "case-reviews-cli check-anonymisation NB-2026-001 report.pdf");
      return _cr_cli_usage_error (cli, "check-anonymisation", message);
    }

  if (!_cr_cli_parse_format (cli, "check-anonymisation", format_text, CR_CLI_FORMAT_TEXT,
                             CR_CLI_FORMAT_TEXT | CR_CLI_FORMAT_CSV | CR_CLI_FORMAT_JSON,
                             &format, &exit_code))
    return exit_code;

  if (password != NULL && n_args < 3)
    return _cr_cli_usage_error (cli, "check-anonymisation",
                                _("--password is for a PDF file: name the file after the case."));

  if (n_args == 3)
    {
      pdf_display = g_filename_display_name ((*args)[2]);
      pdf = _cr_cli_read_input_file (cli, (*args)[2], CR_PDF_MAX_FILE_BYTES, &exit_code);
      if (pdf == NULL)
        return exit_code;
    }

  /* Reading the restricted details is audited. */
  kase = _cr_cli_open_case (cli, CR_CLI_OPEN_WRITE, (*args)[1], &db, &exit_code);
  if (kase == NULL)
    return exit_code;

  report = _cr_cli_load_review_report (cli, db, kase, &exit_code);
  if (report == NULL)
    return exit_code;

  hits = _cr_cli_check_anonymisation (cli, db, kase, report, pdf, pdf_display, password, &exit_code);
  if (hits == NULL)
    return exit_code;

  n_unresolved = cr_anonymisation_count_unresolved (hits);
  summary = dup_summary (n_unresolved, hits->len - n_unresolved);

  if (format == CR_CLI_FORMAT_TEXT)
    {
      for (guint i = 0; i < hits->len; i++)
        {
          CrAnonymisationHit *hit = g_ptr_array_index (hits, i);

          if (!cr_anonymisation_hit_get_dismissed (hit))
            print_hit (cli, hit);
        }
      _cr_cli_print (cli, "%s\n", summary);
    }
  else
    {
      /* The data alone on standard output; the summary beside it. */
      write_data (cli, hits, format);
      _cr_cli_printerr (cli, "%s", summary);
    }

  return n_unresolved > 0 ? CR_CLI_EXIT_FAILED : CR_CLI_EXIT_OK;
}
