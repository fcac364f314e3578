/* cr-cli-pdf.c: “pdf render” and “pdf text” */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrCli"

#include "config.h"

#include "cr-cli-private.h"
#include "cr-pdf-document.h"

#include <glib/gi18n.h>
#include <string.h>

#define MIN_SCALE 0.05
#define MAX_SCALE 10.0

/* Opens @path with CrPdfDocument (its own thread, as in the application).
 * A file that cannot be opened is the input's fault: exit 2. */
static CrPdfDocument *
open_pdf (CrCli       *cli,
          const char  *path,
          const char  *password,
          int         *exit_code)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  CrPdfDocument *document;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      _cr_cli_printerr (cli, _("“%s” is a folder: give the name of a PDF file."), display);
      *exit_code = CR_CLI_EXIT_USAGE;
      return NULL;
    }
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      /* Translators: %s is a file name */
      _cr_cli_printerr (cli, _("There is no file “%s”."), display);
      *exit_code = CR_CLI_EXIT_USAGE;
      return NULL;
    }
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      /* Translators: %s is a file name */
      _cr_cli_printerr (cli, _("“%s” is not a regular file: give the name of a file saved on disk."), display);
      *exit_code = CR_CLI_EXIT_USAGE;
      return NULL;
    }

  cr_pdf_document_load_file_async (file, password, NULL, cr_database_sync_cb, &res);
  document = cr_pdf_document_load_finish (cr_database_wait (&res), &error);
  if (document != NULL)
    return document;

  if (g_error_matches (error, CR_PDF_ERROR, CR_PDF_ERROR_ENCRYPTED))
    _cr_cli_printerr (cli,
                      password == NULL
                        /* Translators: %s is a file name */
                        ? _("“%s” is protected by a password. Give it with --password.")
                        : _("“%s” is protected by a password, and the password given does not open it."),
                      display);
  else
    /* Translators: the first %s is a file name, the second says why */
    _cr_cli_printerr (cli, _("Cannot open “%s”: %s"), display, error->message);
  *exit_code = CR_CLI_EXIT_USAGE;
  return NULL;
}

/* --page N (1-based) within the document; a usage error otherwise. */
static gboolean
check_page (CrCli          *cli,
            const char     *command,
            CrPdfDocument  *document,
            int             page,
            int            *exit_code)
{
  guint n_pages = cr_pdf_document_get_n_pages (document);
  g_autofree char *message = NULL;

  if (page >= 1 && (guint) page <= n_pages)
    return TRUE;

  if (n_pages == 1)
    /* Translators: %d is the page number asked for */
    message = g_strdup_printf (_("There is no page %d: the document has 1 page."), page);
  else
    /* Translators: the first %d is the page asked for, the others page counts */
    message = g_strdup_printf (_("There is no page %d: the document has %u pages, so choose a page from 1 to %u."),
                               page, n_pages, n_pages);
  *exit_code = _cr_cli_usage_error (cli, command, message);
  return FALSE;
}

int
_cr_cli_cmd_pdf_render (CrCli   *cli,
                        char  ***args)
{
  int page = 0;
  double scale = 1.0;
  g_autofree char *output = NULL;
  g_autofree char *password = NULL;
  const GOptionEntry entries[] = {
    { "page", 'p', 0, G_OPTION_ARG_INT, &page,
      N_("The page to render, from 1 (required)"), N_("N") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The PNG file to write (required)"), N_("FILE") },
    { "scale", 0, 0, G_OPTION_ARG_DOUBLE, &scale,
      N_("Pixels per point: 1 is 72 dots per inch (default: 1)"), N_("S") },
    { "password", 0, 0, G_OPTION_ARG_STRING, &password,
      N_("The password of a protected PDF"), N_("PASSWORD") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(CrPdfDocument) document = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *display = NULL;
  int exit_code = CR_CLI_EXIT_OK;

  if (!_cr_cli_parse_options (cli, "pdf render", _("FILE --page N --output OUT.png [--scale S]"),
                              _("Render one page of a PDF file to a PNG image, as the application’s viewer does."),
                              entries, args, &exit_code))
    return exit_code;

  if (g_strv_length (*args) != 2)
    return _cr_cli_usage_error (cli, "pdf render",
                                _("“pdf render” needs one PDF file, for example “case-reviews-cli pdf render report.pdf --page 1 --output page1.png”."));
  if (page == 0)
    return _cr_cli_usage_error (cli, "pdf render",
                                _("Say which page to render with --page, counting from 1."));
  if (!_cr_cli_check_output_path (cli, "pdf render", output, &exit_code))
    return exit_code;
  if (!(scale >= MIN_SCALE && scale <= MAX_SCALE))
    {
      /* Translators: the numbers are the smallest and largest scales */
      g_autofree char *message = g_strdup_printf (_("The scale must be between %g and %g."),
                                                  MIN_SCALE, MAX_SCALE);

      return _cr_cli_usage_error (cli, "pdf render", message);
    }

  document = open_pdf (cli, (*args)[1], password, &exit_code);
  if (document == NULL)
    return exit_code;
  if (!check_page (cli, "pdf render", document, page, &exit_code))
    return exit_code;

  cr_pdf_document_render_async (document, (guint) (page - 1), scale, CR_PDF_PRIORITY_VISIBLE,
                                NULL, cr_database_sync_cb, &res);
  texture = cr_pdf_document_render_finish (document, cr_database_wait (&res), &error);
  if (texture == NULL)
    {
      display = g_filename_display_name ((*args)[1]);
      /* Translators: %d is a page number, %s a file name, then why */
      _cr_cli_printerr (cli, _("Could not render page %d of “%s”: %s"), page, display, error->message);
      return CR_CLI_EXIT_FAILED;
    }

  png = gdk_texture_save_to_png_bytes (texture);
  if (!_cr_cli_save_output_file (cli, output, png, &exit_code))
    return exit_code;

  display = g_filename_display_name (output);
  /* Translators: the file name, then the image's width and height in pixels */
  _cr_cli_print (cli, _("%s (%d × %d pixels)\n"), display,
                 gdk_texture_get_width (texture), gdk_texture_get_height (texture));
  return CR_CLI_EXIT_OK;
}

/* The text of a hostile file must not drive the terminal: control
 * characters other than newline, tab and form feed (escape sequences…)
 * become U+FFFD, as does invalid UTF-8. */
static char *
make_printable (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  GString *out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\n' && c != '\t' && c != '\f') || (c >= 0x7f && c < 0xa0))
        g_string_append_unichar (out, 0xfffd);
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

int
_cr_cli_cmd_pdf_text (CrCli   *cli,
                      char  ***args)
{
  int page = 0;
  g_autofree char *password = NULL;
  const GOptionEntry entries[] = {
    { "page", 'p', 0, G_OPTION_ARG_INT, &page,
      N_("Only this page, from 1 (default: every page, a form feed between them)"), N_("N") },
    { "password", 0, 0, G_OPTION_ARG_STRING, &password,
      N_("The password of a protected PDF"), N_("PASSWORD") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(CrPdfDocument) document = NULL;
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *printable = NULL;
  int exit_code = CR_CLI_EXIT_OK;

  if (!_cr_cli_parse_options (cli, "pdf text", _("FILE [--page N]"),
                              _("Print the text of a PDF file, or of one page of it."),
                              entries, args, &exit_code))
    return exit_code;

  if (g_strv_length (*args) != 2)
    return _cr_cli_usage_error (cli, "pdf text",
                                _("“pdf text” needs one PDF file, for example “case-reviews-cli pdf text report.pdf”."));

  document = open_pdf (cli, (*args)[1], password, &exit_code);
  if (document == NULL)
    return exit_code;
  if (page != 0 && !check_page (cli, "pdf text", document, page, &exit_code))
    return exit_code;

  cr_pdf_document_get_text_async (document, page != 0 ? page - 1 : -1, NULL, cr_database_sync_cb, &res);
  text = cr_pdf_document_get_text_finish (document, cr_database_wait (&res), &error);
  if (text == NULL)
    {
      g_autofree char *display = g_filename_display_name ((*args)[1]);

      /* Translators: the first %s is a file name, the second says why */
      _cr_cli_printerr (cli, _("Could not read the text of “%s”: %s"), display, error->message);
      return CR_CLI_EXIT_FAILED;
    }

  printable = make_printable (text);
  _cr_cli_write (cli, printable);
  if (*printable != '\0' && !g_str_has_suffix (printable, "\n"))
    _cr_cli_write (cli, "\n");
  return CR_CLI_EXIT_OK;
}
