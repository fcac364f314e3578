/* cr-report.h: a simple document written to PDF with cairo and pango */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/*
 * A report is a title block and a flow of blocks (headings, paragraphs,
 * label/value fields, bulleted lists, tables) laid out on A4 pages
 * (portrait, or landscape with cr_report_set_landscape) with
 * pango and written with cairo's PDF surface. Every page carries the
 * protective marking centred at the top and bottom ("OFFICIAL-SENSITIVE"),
 * a running header (the title) from page 2, and a footer "Page N of M".
 * Long paragraphs and tables split across pages; a heading is never left
 * alone at the foot of a page; table rows repeat the header row after a
 * page break. Text is plain UTF-8 (never pango markup: user text is
 * escaped); invalid UTF-8 is repaired. The PDF's metadata carries the
 * title, the author and the creator "Case Reviews".
 */

#define CR_TYPE_REPORT (cr_report_get_type())

G_DECLARE_FINAL_TYPE (CrReport, cr_report, CR, REPORT, GObject)

CrReport  *cr_report_new             (const char          *title);
void       cr_report_set_subtitle    (CrReport            *self,
                                      const char          *subtitle);
/* Default "OFFICIAL-SENSITIVE"; NULL for none. */
void       cr_report_set_marking     (CrReport            *self,
                                      const char          *marking);
/* Shown at the left of each footer (the partnership's name). */
void       cr_report_set_author      (CrReport            *self,
                                      const char          *author);
/* Level 1 or 2. Level-1 headings are numbered "1.", "2." ...; level-2
 * "1.1", "1.2" when numbering is on (the default). */
void       cr_report_add_heading     (CrReport            *self,
                                      int                  level,
                                      const char          *text);
void       cr_report_set_numbered    (CrReport            *self,
                                      gboolean             numbered);
/* A4 landscape (842 x 595 pt) rather than portrait (the default): the
 * running header, the footer and every width follow the page. */
void       cr_report_set_landscape   (CrReport            *self,
                                      gboolean             landscape);
gboolean   cr_report_get_landscape   (CrReport            *self);
/* Blank lines in @text separate paragraphs. NULL or "" adds @placeholder
 * instead, in italics, when @placeholder is not NULL. */
void       cr_report_add_paragraph   (CrReport            *self,
                                      const char          *text,
                                      const char          *placeholder);
/* "Label: value" on one line (value wraps under itself); NULL value is
 * shown as "Not recorded" (translated) in italics. */
void       cr_report_add_field       (CrReport            *self,
                                      const char          *label,
                                      const char          *value);
void       cr_report_add_bullets     (CrReport            *self,
                                      const char * const  *items);
/* A table of @n_columns with a header row; then add rows of exactly
 * @n_columns cells. Column widths follow the text, within the page. */
void       cr_report_begin_table     (CrReport            *self,
                                      guint                n_columns,
                                      const char * const  *headers);
void       cr_report_add_table_row   (CrReport            *self,
                                      const char * const  *cells);
/* The widest each column of the table begun last may be, as shares of
 * the page's body width (@n_columns values; 0 for no limit): within them
 * the widths still follow the text, so that a long value in a limited
 * column wraps rather than narrow the others. NULL removes the limits. */
void       cr_report_set_column_limits (CrReport          *self,
                                        const double      *limits);

/* Lays out and writes the PDF. Thread-safe for distinct reports (no
 * GTK): callable from a worker thread. CR_PDF_ERROR_WRITE on failure. */
GBytes    *cr_report_render_pdf      (CrReport            *self,
                                      GError             **error);
/* Writes atomically (temporary file, fsync, rename) with mode 0600. */
gboolean   cr_report_write_pdf       (CrReport            *self,
                                      const char          *path,
                                      GError             **error);

G_END_DECLS
