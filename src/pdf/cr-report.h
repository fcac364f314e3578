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
 * escaped), but for the markup paragraphs and list items below, whose
 * markup is checked; invalid UTF-8 is repaired. The PDF's metadata
 * carries the title, the author and the creator "Case Reviews".
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

/*
 * Long documents (the final report):
 *
 * A title page fills page 1 on its own: @kicker (a small line above the
 * title, or NULL), @title large, @subtitle (or NULL) and @lines (or
 * NULL), one per line, below a rule. It has no running header nor
 * footer, only the marking when one is set; it counts in "Page N of M"
 * but shows no number. The title block of a report without one is not
 * drawn when it has one; the next block starts a new page.
 */
void       cr_report_add_title_page  (CrReport            *self,
                                      const char          *kicker,
                                      const char          *title,
                                      const char          *subtitle,
                                      const char * const  *lines);
/* A contents page headed @heading (NULL: none), after the title page
 * (or at the start): every level-1 heading with its number and the page
 * it is on, dotted leaders, page numbers aligned on the right, each line
 * a link to its page. The body starts on the next page. */
void       cr_report_set_contents    (CrReport            *self,
                                      const char          *heading);
/* A heading with the number the caller gives (@number NULL: none; not
 * counted in the numbering of cr_report_add_heading). When paragraph
 * numbers hang (below), its text lines up with the paragraphs' and its
 * number sits where theirs do. */
void       cr_report_add_heading_full (CrReport           *self,
                                       int                 level,
                                       const char         *number,
                                       const char         *text);
/* One paragraph of pango markup (<b>, <i> and entities only, as
 * cr_rich_text_dup_block_pango makes; anything else, or markup pango
 * cannot read, is shown as plain text), with @number ("7.3", or NULL)
 * hanging at the left. Once any paragraph has a number, the text of
 * every markup paragraph, list item and heading added with
 * cr_report_add_heading_full starts at one indent, the numbers set right
 * against it. */
void       cr_report_add_rich_paragraph (CrReport         *self,
                                         const char       *number,
                                         const char       *pango_markup);
/* One item of a list: @marker ("•", "3.") then the markup (as above);
 * the texts of a run of items line up. */
void       cr_report_add_list_item   (CrReport            *self,
                                      const char          *marker,
                                      const char          *pango_markup);
/* The next block starts on a new page. */
void       cr_report_add_page_break  (CrReport            *self);

/* Lays out and writes the PDF. Thread-safe for distinct reports (no
 * GTK): callable from a worker thread. CR_PDF_ERROR_WRITE on failure. */
GBytes    *cr_report_render_pdf      (CrReport            *self,
                                      GError             **error);
/* Writes atomically (temporary file, fsync, rename) with mode 0600. */
gboolean   cr_report_write_pdf       (CrReport            *self,
                                      const char          *path,
                                      GError             **error);

G_END_DECLS
