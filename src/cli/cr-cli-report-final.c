/* cr-cli-report-final.c: “report final” and “briefing” */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrCli"

#include "config.h"

#include "cr-anonymisation.h"
#include "cr-briefing-report.h"
#include "cr-cli-private.h"
#include "cr-database-report.h"
#include "cr-database-review.h"
#include "cr-final-report.h"
#include "cr-pdf-check.h"
#include "cr-pdf-error.h"

#include <glib/gi18n.h>

/* --------------------------------------------------------------------------
 * Shared with check-anonymisation
 */

CrReviewReport *
_cr_cli_load_review_report (CrCli      *cli,
                            CrDatabase *db,
                            CrCase     *kase,
                            int        *exit_code)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrReviewReport) report = NULL;
  g_autofree char *partnership = NULL;
  g_autofree char *local_authority = NULL;

  cr_database_load_review_report_async (db, cr_case_get_id (kase), NULL, cr_database_sync_cb, &res);
  report = cr_database_load_review_report_finish (db, cr_database_wait (&res), &error);
  if (report == NULL)
    {
      *exit_code = _cr_cli_report_error (cli, error);
      return NULL;
    }

  _cr_cli_read_partnership_settings (&partnership, &local_authority);
  if (partnership != NULL && partnership[0] != '\0')
    cr_review_report_set_partnership (report, partnership);

  return g_steal_pointer (&report);
}

/* The title page and the briefing name the partnership: say when they
 * cannot (the file is still written). */
static void
warn_if_no_partnership (CrCli          *cli,
                        CrReviewReport *report)
{
  const char *partnership = cr_review_report_get_partnership (report);

  if (partnership == NULL || partnership[0] == '\0')
    _cr_cli_printerr (cli, _("Warning: the partnership’s name is not set, so it is left out. Set it in the application’s Preferences."));
}

/* Says why the PDF cannot be checked; the file is at fault (usage). */
static int
report_pdf_error (CrCli        *cli,
                  const GError *error,
                  const char   *display,
                  const char   *password)
{
  if (g_error_matches (error, CR_PDF_ERROR, CR_PDF_ERROR_ENCRYPTED))
    _cr_cli_printerr (cli,
                      password == NULL
                        /* Translators: %s is a file name */
                        ? _("“%s” is protected by a password. Give it with --password.")
                        : _("“%s” is protected by a password, and the password given does not open it."),
                      display);
  else
    /* Translators: the first %s is a file name, the second says why */
    _cr_cli_printerr (cli, _("Cannot check “%s”: %s"), display, error->message);
  return CR_CLI_EXIT_USAGE;
}

GPtrArray *
_cr_cli_check_anonymisation (CrCli          *cli,
                             CrDatabase     *db,
                             CrCase         *kase,
                             CrReviewReport *report,
                             GBytes         *pdf,
                             const char     *pdf_display_name,
                             const char     *password,
                             int            *exit_code)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrAnonymisationTerms) terms = NULL;
  g_autoptr(GPtrArray) dismissals = NULL;
  g_autoptr(GPtrArray) hits = NULL;

  cr_database_load_anonymisation_terms_async (db, cr_case_get_id (kase), NULL, cr_database_sync_cb, &res);
  terms = cr_database_load_anonymisation_terms_finish (db, cr_database_wait (&res), &error);
  g_clear_object (&res);
  if (terms == NULL)
    {
      *exit_code = _cr_cli_report_error (cli, error);
      return NULL;
    }

  cr_database_list_records_async (db, CR_TYPE_ANONYMISATION_DISMISSAL, cr_case_get_id (kase),
                                  NULL, cr_database_sync_cb, &res);
  dismissals = cr_database_list_records_finish (db, cr_database_wait (&res), &error);
  g_clear_object (&res);
  if (dismissals == NULL)
    {
      *exit_code = _cr_cli_report_error (cli, error);
      return NULL;
    }

  hits = cr_anonymisation_check_report (terms, report);

  if (pdf != NULL)
    {
      g_autoptr(GPtrArray) pdf_hits = cr_pdf_check_anonymisation (pdf, password, terms, NULL, &error);

      if (pdf_hits == NULL)
        {
          *exit_code = report_pdf_error (cli, error, pdf_display_name, password);
          return NULL;
        }
      for (guint i = 0; i < pdf_hits->len; i++)
        g_ptr_array_add (hits, g_object_ref (g_ptr_array_index (pdf_hits, i)));
    }

  cr_anonymisation_apply_dismissals (hits, dismissals);
  return g_steal_pointer (&hits);
}

/* --------------------------------------------------------------------------
 * report final
 */

int
_cr_cli_cmd_report_final (CrCli   *cli,
                          char  ***args)
{
  g_autofree char *output = NULL;
  gboolean draft = FALSE;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The file to write: FILE.pdf or FILE.odt (required)"), N_("FILE") },
    { "draft", 0, 0, G_OPTION_ARG_NONE, &draft,
      N_("Write a draft, marked as such on every page, without the anonymisation check"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(CrDatabase) db = NULL;
  g_autoptr(CrCase) kase = NULL;
  g_autoptr(CrReviewReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *display = NULL;
  CrFinalReportFormat format;
  int exit_code = CR_CLI_EXIT_OK;

  if (!_cr_cli_parse_options (cli, "report final", _("REFERENCE --output FILE.pdf|FILE.odt [--draft]"),
                              _("Write the review report of a case for publication, as a PDF or as an OpenDocument text (.odt) for a word processor. The kind follows the file’s extension. The report is checked first for anything that identifies the child or family; while something is found, only a draft can be written. The file is readable by you alone."),
                              entries, args, &exit_code))
    return exit_code;

  if (!_cr_cli_check_one_case (cli, "report final", *args,
                               "case-reviews-cli report final NB-2026-001 --output report.pdf",
                               &exit_code))
    return exit_code;

  if (!_cr_cli_check_output_path (cli, "report final", output, &exit_code))
    return exit_code;

  if (!cr_final_report_format_from_path (output, &format))
    return _cr_cli_usage_error (cli, "report final",
                                _("Name a file ending in “.pdf” or “.odt”: the ending says what to write."));

  /* The check reads the restricted details, which is audited. */
  kase = _cr_cli_open_case (cli, draft ? CR_CLI_OPEN_READ : CR_CLI_OPEN_WRITE,
                            (*args)[1], &db, &exit_code);
  if (kase == NULL)
    return exit_code;

  report = _cr_cli_load_review_report (cli, db, kase, &exit_code);
  if (report == NULL)
    return exit_code;
  cr_review_report_set_draft (report, draft);

  if (!draft)
    {
      g_autoptr(GPtrArray) hits = _cr_cli_check_anonymisation (cli, db, kase, report, NULL, NULL, NULL, &exit_code);
      guint n_unresolved;

      if (hits == NULL)
        return exit_code;
      n_unresolved = cr_anonymisation_count_unresolved (hits);
      if (n_unresolved > 0)
        {
          _cr_cli_printerr (cli,
                            /* Translators: %u is a number, %s a case reference */
                            ngettext ("%u identifying detail remains in the report: run “case-reviews-cli check-anonymisation %s” to see it, or write a draft with --draft.",
                                      "%u identifying details remain in the report: run “case-reviews-cli check-anonymisation %s” to see them, or write a draft with --draft.",
                                      n_unresolved),
                            n_unresolved, cr_case_get_reference (kase));
          return CR_CLI_EXIT_FAILED;
        }
    }

  warn_if_no_partnership (cli, report);
  display = g_filename_display_name (output);
  if (!cr_final_report_write (report, format, output, &error))
    {
      /* The message names the file when saving it failed, and says what
       * to change when laying the report out did. */
      _cr_cli_printerr (cli, "%s", error->message);
      return CR_CLI_EXIT_FAILED;
    }

  _cr_cli_print (cli, "%s\n", display);
  return CR_CLI_EXIT_OK;
}

/* --------------------------------------------------------------------------
 * briefing
 */

int
_cr_cli_cmd_briefing (CrCli   *cli,
                      char  ***args)
{
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The PDF file to write (required)"), N_("FILE") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(CrDatabase) db = NULL;
  g_autoptr(CrCase) kase = NULL;
  g_autoptr(CrReviewReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *display = NULL;
  g_autofree char *lower = NULL;
  int exit_code = CR_CLI_EXIT_OK;

  if (!_cr_cli_parse_options (cli, "briefing", _("REFERENCE --output FILE.pdf"),
                              _("Write the 7-minute briefing of a case as a PDF of one or two pages. The briefing is drafted and edited in the application. The file is readable by you alone."),
                              entries, args, &exit_code))
    return exit_code;

  if (!_cr_cli_check_one_case (cli, "briefing", *args,
                               "case-reviews-cli briefing NB-2026-001 --output briefing.pdf",
                               &exit_code))
    return exit_code;

  if (!_cr_cli_check_output_path (cli, "briefing", output, &exit_code))
    return exit_code;

  lower = g_ascii_strdown (output, -1);
  if (!g_str_has_suffix (lower, ".pdf"))
    return _cr_cli_usage_error (cli, "briefing",
                                _("Name a file ending in “.pdf”: the briefing is written as a PDF."));

  kase = _cr_cli_open_case (cli, CR_CLI_OPEN_READ, (*args)[1], &db, &exit_code);
  if (kase == NULL)
    return exit_code;

  report = _cr_cli_load_review_report (cli, db, kase, &exit_code);
  if (report == NULL)
    return exit_code;

  if (cr_review_report_get_briefing (report) == NULL)
    {
      _cr_cli_printerr (cli,
                        /* Translators: %s is a case reference */
                        _("No 7-minute briefing has been drafted for %s yet. Draft it in the application: open the case’s report (Ctrl+Shift+E on the case), go to its Publication page and choose Edit Briefing."),
                        cr_case_get_reference (kase));
      return CR_CLI_EXIT_FAILED;
    }

  warn_if_no_partnership (cli, report);
  display = g_filename_display_name (output);
  if (!cr_briefing_report_write (report, output, &error))
    {
      /* Names the file, or says what to shorten or write (see above). */
      _cr_cli_printerr (cli, "%s", error->message);
      return CR_CLI_EXIT_FAILED;
    }

  _cr_cli_print (cli, "%s\n", display);
  return CR_CLI_EXIT_OK;
}
