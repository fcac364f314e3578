/* cr-report-private.h: what the report writer's files share */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include "cr-report.h"

G_BEGIN_DECLS

/*
 * A report is held as a list of blocks (cr-report.c). Rendering is in two
 * parts: cr-report-layout.c measures every block with pango and cuts the
 * flow into pages of drawing operations; cr-report-draw.c then draws each
 * page with its header and footer (the page count being known by then)
 * onto a cairo PDF surface. All lengths are in PostScript points.
 */

typedef enum
{
  CR_REPORT_BLOCK_HEADING,
  CR_REPORT_BLOCK_PARAGRAPH,
  CR_REPORT_BLOCK_FIELD,
  CR_REPORT_BLOCK_BULLETS,
  CR_REPORT_BLOCK_TABLE,
  CR_REPORT_BLOCK_TITLE_PAGE,
  CR_REPORT_BLOCK_LIST_ITEM,
  CR_REPORT_BLOCK_PAGE_BREAK,
} CrReportBlockKind;

typedef struct
{
  CrReportBlockKind  kind;
  int                level;      /* HEADING: 1 or 2 */
  gboolean           italic;     /* PARAGRAPH: a placeholder */
  gboolean           markup;     /* PARAGRAPH, LIST_ITEM: text is checked
                                  * pango markup */
  gboolean           explicit_number; /* HEADING, PARAGRAPH: added with a
                                       * number (value, may be NULL): a
                                       * heading_full or rich paragraph */
  char              *text;       /* HEADING, PARAGRAPH, LIST_ITEM;
                                  * FIELD: the label; TITLE_PAGE: title */
  char              *value;      /* FIELD: NULL when not recorded;
                                  * HEADING, PARAGRAPH: the number or NULL;
                                  * LIST_ITEM: the marker;
                                  * TITLE_PAGE: the kicker or NULL */
  char              *aux;        /* TITLE_PAGE: the subtitle or NULL */
  GPtrArray         *items;      /* BULLETS, TITLE_PAGE: char *;
                                  * TABLE: rows, char ** */
  guint              n_columns;  /* TABLE */
  char             **headers;    /* TABLE */
  double            *limits;     /* TABLE: the widest each column may be, as
                                  * shares of the body (0: none), or NULL */
} CrReportBlock;

void _cr_report_block_free (CrReportBlock *block);

/* What the renderer reads; borrowed from the report for one render. */
typedef struct
{
  const char *title;
  const char *subtitle;
  const char *marking;
  const char *author;
  gboolean    numbered;
  GPtrArray  *blocks;      /* CrReportBlock */
  GDateTime  *generated;   /* local time */
  const char *contents;    /* the contents page's heading, or NULL */
  gboolean    has_contents;
  GArray     *contents_pages; /* guint: the page (from 0) of each level-1
                               * heading, from a first pass; or NULL */
  double      page_width;  /* CR_REPORT_A4_SHORT, or _LONG in landscape */
  double      page_height;
} CrReportContent;

/* Page geometry: A4, portrait or landscape. The margins are the same in
 * both; what depends on the orientation takes the content @c. */
#define CR_REPORT_A4_SHORT     595.2756   /* 210 mm */
#define CR_REPORT_A4_LONG      841.8898   /* 297 mm */
#define CR_REPORT_MM           (72.0 / 25.4)
#define CR_REPORT_MARGIN_SIDE  (20.0 * CR_REPORT_MM)
#define CR_REPORT_BODY_TOP     (25.0 * CR_REPORT_MM)
#define CR_REPORT_BODY_BOTTOM(c) ((c)->page_height - 25.0 * CR_REPORT_MM)
#define CR_REPORT_BODY_WIDTH(c)  ((c)->page_width - 2 * CR_REPORT_MARGIN_SIDE)

/* Colours, as 0xRRGGBB. */
#define CR_REPORT_INK          0x1a1a1a
#define CR_REPORT_INK_HEADING  0x1b3a57
#define CR_REPORT_INK_MUTED    0x5e5e5e
#define CR_REPORT_RULE_DARK    0x404040
#define CR_REPORT_RULE_LIGHT   0xb8b8b8
#define CR_REPORT_FILL_HEADER  0xe9edf1

/* One laid-out piece of text and where its lines are, relative to the
 * top of the layout. */
typedef struct
{
  PangoLayout *layout;
  int          n_lines;
  double      *top;
  double      *bottom;
  double      *baseline;
  double      *x;
  guint32      color;
} CrReportText;

typedef enum
{
  CR_REPORT_OP_TEXT,   /* lines [first, last) of text, first's top at y */
  CR_REPORT_OP_RULE,   /* a horizontal line from x to x2 at y */
  CR_REPORT_OP_FILL,   /* a rectangle x, y, x2 - x wide, y2 - y high */
  CR_REPORT_OP_LEADER, /* dots from x to x2 on the baseline y */
} CrReportOpKind;

typedef struct
{
  CrReportOpKind  kind;
  CrReportText   *text;       /* TEXT; borrowed from CrReportLayout.texts */
  int             first;
  int             last;
  double          x;
  double          y;
  double          x2;
  double          y2;
  double          line_width; /* RULE */
  guint32         color;      /* RULE, FILL */
  char           *outline;    /* TEXT of a heading: its bookmark, or NULL */
  int             outline_level;
  int             link_page;  /* TEXT: a link to this page (from 0), or -1 */
} CrReportOp;

typedef struct
{
  PangoContext  *pango;
  GPtrArray     *texts;   /* CrReportText, owned */
  GPtrArray     *pages;   /* GArray of CrReportOp, one per page */
  GArray        *bare;    /* gboolean per page: a title page (no furniture
                           * but the marking) */
  GArray        *heading_pages; /* guint: the page of each level-1 heading */
} CrReportLayout;

/* Font descriptions: "Cantarell" falling back to "Sans". */
PangoFontDescription *_cr_report_font        (double              size,
                                              gboolean            bold,
                                              gboolean            italic);
/* Lays out @text (plain text, never markup) at @width (-1: unwrapped). */
CrReportText         *_cr_report_text_new    (PangoContext       *pango,
                                              const char         *text,
                                              const PangoFontDescription *font,
                                              double              width,
                                              PangoAlignment      alignment,
                                              guint32             color);
/* The same from pango markup that has been checked (cr-report.c). */
CrReportText         *_cr_report_text_new_markup (PangoContext   *pango,
                                                  const char     *markup,
                                                  const PangoFontDescription *font,
                                                  double          width,
                                                  PangoAlignment  alignment,
                                                  guint32         color);
void                  _cr_report_text_free   (CrReportText       *text);
/* The widest line of @text. */
double                _cr_report_text_width  (CrReportText       *text);
double                _cr_report_text_height (CrReportText       *text);
/* The widest word of @text: the narrowest it can be without breaking a
 * word. */
double                _cr_report_measure_min_width (PangoContext *pango,
                                                    const char   *text,
                                                    const PangoFontDescription *font);

/* A row of cells side by side (a paragraph is a row of one cell). */
typedef struct
{
  guint          n_cells;
  CrReportText **cells;    /* borrowed; NULL for an empty cell */
  double        *x;
  double         pad_top;
  double         pad_bottom;
} CrReportRow;

/* A block measured and laid out at its final widths. */
typedef struct
{
  CrReportBlock *block;
  GPtrArray     *rows;     /* CrReportRow; a table's header is rows[0] */
  char          *outline;  /* HEADING: its bookmark */
  char          *number;   /* HEADING: the number shown, or NULL */
} CrReportPrepared;

#define CR_REPORT_BODY_SIZE   10.5
#define CR_REPORT_BODY_LEFT   CR_REPORT_MARGIN_SIDE
#define CR_REPORT_BODY_RIGHT(c) ((c)->page_width - CR_REPORT_MARGIN_SIDE)
/* Where the text of markup paragraphs starts when numbers hang. */
#define CR_REPORT_HANG        36.0
/* Between a hanging number's right edge and its text. */
#define CR_REPORT_NUMBER_GAP  8.0

/* cr-report-prepare.c: lays out every block's texts (@texts takes them). */
CrReportRow          *_cr_report_row_new     (guint               n_cells,
                                              double              pad_top,
                                              double              pad_bottom);
void                  _cr_report_row_free    (CrReportRow        *row);
double                _cr_report_row_height  (const CrReportRow  *row);
/* The height of the first @n_lines lines of each cell, with padding. */
double                _cr_report_row_head_height (const CrReportRow *row,
                                                  int                n_lines);
/* A text added to @texts, or NULL for NULL or "". */
CrReportText         *_cr_report_add_text    (GPtrArray          *texts,
                                              PangoContext       *pango,
                                              const char         *text,
                                              const PangoFontDescription *font,
                                              double              width,
                                              PangoAlignment      alignment,
                                              guint32             color);
/* GPtrArray of CrReportPrepared, one per block of @content. */
GPtrArray            *_cr_report_prepare_blocks (const CrReportContent *content,
                                                 PangoContext          *pango,
                                                 GPtrArray             *texts);

/* The page flow, shared by cr-report-layout.c and cr-report-front.c. */
typedef struct
{
  const CrReportContent *content;
  PangoContext          *pango;
  GPtrArray             *texts;
  GPtrArray             *pages;
  GArray                *bare;
  GArray                *heading_pages;
  GPtrArray             *prepared;  /* CrReportPrepared, every block */
  GArray                *page;
  double                 y;
  gboolean               fresh;   /* nothing placed yet but a repeated header */
  gboolean               contents_placed;
  CrReportPrepared      *table;   /* the table being placed */
} CrReportFlow;

void                  _cr_report_flow_start_page (CrReportFlow     *flow);
void                  _cr_report_flow_add_rule   (CrReportFlow     *flow,
                                                  double            x,
                                                  double            x2,
                                                  double            y,
                                                  double            line_width,
                                                  guint32           color);
void                  _cr_report_flow_add_fill   (CrReportFlow     *flow,
                                                  double            x,
                                                  double            y,
                                                  double            x2,
                                                  double            y2,
                                                  guint32           color);
CrReportOp           *_cr_report_flow_add_lines  (CrReportFlow     *flow,
                                                  CrReportText     *text,
                                                  int               first,
                                                  int               last,
                                                  double            x,
                                                  double            y);
void                  _cr_report_flow_place_row  (CrReportFlow      *flow,
                                                  const CrReportRow *row,
                                                  gboolean           keep_whole);

/* cr-report-front.c: the title page and the contents page. */
void                  _cr_report_place_title_page (CrReportFlow     *flow,
                                                   CrReportBlock    *block);
/* @prepared: every block, for the level-1 headings. */
void                  _cr_report_place_contents   (CrReportFlow     *flow,
                                                   GPtrArray        *prepared);

/* cr-report-layout.c: cuts the prepared blocks into pages. */
CrReportLayout       *_cr_report_layout_new  (const CrReportContent *content,
                                              PangoContext          *pango);
void                  _cr_report_layout_free (CrReportLayout        *layout);

/* cr-report.c: writes @bytes to @path atomically (temporary file, fsync,
 * rename), mode 0600; CR_PDF_ERROR_WRITE naming the file on failure. */
gboolean              _cr_report_write_file  (GBytes                *bytes,
                                              const char            *path,
                                              GError               **error);

/* cr-report-draw.c: a context for laying out text in points, unhinted,
 * so that what is measured is what is drawn (one per render: thread-safe
 * with a font map of the render's own). */
PangoContext         *_cr_report_pango_context_new (PangoFontMap   *font_map);

/* cr-report-draw.c: draws @layout into a PDF held in memory. */
GBytes               *_cr_report_draw_pdf    (const CrReportContent *content,
                                              GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrReportLayout, _cr_report_layout_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrReportText, _cr_report_text_free)

G_END_DECLS
