/* cr-report-front.c: the title page and the contents page of a report */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrReport"

#include "config.h"

#include "cr-report-private.h"

#include <math.h>

/*
 * The front of a long report. The title page is a pale panel across the
 * top half of the page with an accent bar at its left, holding the kicker,
 * the title and the subtitle; the lines (reviewers, date) follow under it.
 * The contents page lists every level-1 heading: its number, its text
 * (wrapping when long), dotted leaders and the page number on the right;
 * the page numbers come from a first layout pass (cr-report-draw.c lays
 * out twice), so the second pass only writes them in.
 */

#define KICKER_SIZE      12.0
#define TITLE_SIZE       34.0
#define SUBTITLE_SIZE    15.0
#define LINE_SIZE        11.5
#define PANEL_TOP        (0.0)
#define PANEL_TEXT_TOP   (78.0 * CR_REPORT_MM)
#define PANEL_PAD        (14.0 * CR_REPORT_MM)
#define ACCENT_WIDTH     (3.0 * CR_REPORT_MM)
#define CONTENTS_SIZE    14.0
#define ENTRY_SIZE       11.0
#define ENTRY_GAP        7.0
#define PAGE_COLUMN      36.0
#define LEADER_MIN       18.0
#define CR_REPORT_ACCENT 0x2a6f97

/* --------------------------------------------------------------------------
 * The title page
 */

/* Places @text's lines at @x, @y; returns the height it took. */
static double
place_text (CrReportFlow *flow,
            CrReportText *text,
            double        x,
            double        y)
{
  if (text == NULL || text->n_lines == 0)
    return 0;

  _cr_report_flow_add_lines (flow, text, 0, text->n_lines, x, y);
  return _cr_report_text_height (text);
}

void
_cr_report_place_title_page (CrReportFlow  *flow,
                             CrReportBlock *block)
{
  const CrReportContent *content = flow->content;
  g_autoptr(PangoFontDescription) kicker_font = _cr_report_font (KICKER_SIZE, TRUE, FALSE);
  g_autoptr(PangoFontDescription) title_font = _cr_report_font (TITLE_SIZE, TRUE, FALSE);
  g_autoptr(PangoFontDescription) subtitle_font = _cr_report_font (SUBTITLE_SIZE, FALSE, FALSE);
  g_autoptr(PangoFontDescription) line_font = _cr_report_font (LINE_SIZE, FALSE, FALSE);
  double left = CR_REPORT_BODY_LEFT + ACCENT_WIDTH + 6.0 * CR_REPORT_MM;
  double width = CR_REPORT_BODY_RIGHT (content) - left;
  double y = PANEL_TEXT_TOP;
  double panel_start;
  double panel_end;
  guint fill_index;
  guint accent_index;
  CrReportText *text;

  /* The panel and its accent are drawn first; their height is known once
   * the texts are placed, so they are put in now and sized after. */
  fill_index = flow->page->len;
  _cr_report_flow_add_fill (flow, 0, PANEL_TOP, content->page_width, PANEL_TOP, CR_REPORT_FILL_HEADER);
  accent_index = flow->page->len;
  _cr_report_flow_add_fill (flow, CR_REPORT_BODY_LEFT, y, CR_REPORT_BODY_LEFT + ACCENT_WIDTH, y,
                            CR_REPORT_ACCENT);
  panel_start = y;

  text = _cr_report_add_text (flow->texts, flow->pango, block->value, kicker_font, width,
                              PANGO_ALIGN_LEFT, CR_REPORT_ACCENT);
  if (text != NULL)
    y += place_text (flow, text, left, y) + 10;

  text = _cr_report_add_text (flow->texts, flow->pango, block->text, title_font, width,
                              PANGO_ALIGN_LEFT, CR_REPORT_INK_HEADING);
  y += place_text (flow, text, left, y);

  text = _cr_report_add_text (flow->texts, flow->pango, block->aux, subtitle_font, width,
                              PANGO_ALIGN_LEFT, CR_REPORT_INK);
  if (text != NULL)
    y += 8 + place_text (flow, text, left, y + 8);

  panel_end = y;
  y += PANEL_PAD;
  g_array_index (flow->page, CrReportOp, fill_index).y2 = y;
  g_array_index (flow->page, CrReportOp, accent_index).y = panel_start;
  g_array_index (flow->page, CrReportOp, accent_index).y2 = panel_end;

  y += 12.0 * CR_REPORT_MM;
  for (guint i = 0; i < block->items->len; i++)
    {
      text = _cr_report_add_text (flow->texts, flow->pango, g_ptr_array_index (block->items, i),
                                  line_font, width, PANGO_ALIGN_LEFT,
                                  i == 0 ? CR_REPORT_INK : CR_REPORT_INK_MUTED);
      y += place_text (flow, text, left, y) + 6;
    }

  flow->y = y;
  flow->fresh = FALSE;
}

/* --------------------------------------------------------------------------
 * The contents page
 */

static void
add_leader (CrReportFlow *flow,
            double        x,
            double        x2,
            double        y)
{
  CrReportOp op = { 0 };

  if (x2 - x < 4)
    return;
  op.kind = CR_REPORT_OP_LEADER;
  op.x = x;
  op.x2 = x2;
  op.y = y;
  op.line_width = 0.9;
  op.color = CR_REPORT_INK_MUTED;
  g_array_append_val (flow->page, op);
}

/* The right edge of @text's last line, from its origin. */
static double
last_line_end (CrReportText *text)
{
  PangoLayoutLine *line = pango_layout_get_line_readonly (text->layout, text->n_lines - 1);
  PangoRectangle logical;

  pango_layout_line_get_extents (line, NULL, &logical);
  return text->x[text->n_lines - 1] + pango_units_to_double (logical.x + logical.width);
}

static void
place_entry (CrReportFlow               *flow,
             const char                 *number,
             const char                 *title,
             int                         page,
             double                      number_width,
             const PangoFontDescription *font)
{
  const CrReportContent *content = flow->content;
  double text_x = CR_REPORT_BODY_LEFT + number_width;
  double page_x = CR_REPORT_BODY_RIGHT (content) - PAGE_COLUMN;
  g_autofree char *page_text = g_strdup_printf ("%d", page >= 0 ? page + 1 : 0);
  CrReportText *number_text;
  CrReportText *title_text;
  CrReportText *page_number;
  CrReportOp *op;
  double height;
  double top;
  double end;
  double baseline;

  number_text = _cr_report_add_text (flow->texts, flow->pango, number, font, -1,
                                     PANGO_ALIGN_LEFT, CR_REPORT_INK_HEADING);
  title_text = _cr_report_add_text (flow->texts, flow->pango, title, font,
                                    page_x - LEADER_MIN - text_x, PANGO_ALIGN_LEFT, CR_REPORT_INK);
  page_number = _cr_report_add_text (flow->texts, flow->pango, page_text, font, PAGE_COLUMN,
                                     PANGO_ALIGN_RIGHT, CR_REPORT_INK);
  if (title_text == NULL)
    return;

  height = _cr_report_text_height (title_text);
  if (!flow->fresh && flow->y + height > CR_REPORT_BODY_BOTTOM (content))
    _cr_report_flow_start_page (flow);
  if (!flow->fresh)
    flow->y += ENTRY_GAP;
  top = flow->y;

  if (number_text != NULL)
    {
      /* Set right against the text, as in the body. */
      op = _cr_report_flow_add_lines (flow, number_text, 0, 1,
                                      text_x - CR_REPORT_NUMBER_GAP - _cr_report_text_width (number_text),
                                      top);
      op->link_page = page;
    }
  op = _cr_report_flow_add_lines (flow, title_text, 0, title_text->n_lines, text_x, top);
  op->link_page = page;

  /* The page number and the leader sit on the title's last line. */
  baseline = top + title_text->baseline[title_text->n_lines - 1] - title_text->top[0];
  op = _cr_report_flow_add_lines (flow, page_number, 0, 1, page_x,
                                  baseline - page_number->baseline[0] + page_number->top[0]);
  op->link_page = page;
  end = text_x + last_line_end (title_text);
  add_leader (flow, end + 5, CR_REPORT_BODY_RIGHT (content) - _cr_report_text_width (page_number) - 5,
              baseline);

  flow->y = top + height;
  flow->fresh = FALSE;
}

void
_cr_report_place_contents (CrReportFlow *flow,
                           GPtrArray    *prepared)
{
  const CrReportContent *content = flow->content;
  g_autoptr(PangoFontDescription) heading_font = _cr_report_font (CONTENTS_SIZE, TRUE, FALSE);
  g_autoptr(PangoFontDescription) entry_font = _cr_report_font (ENTRY_SIZE, FALSE, FALSE);
  double number_width = 24;
  guint k = 0;

  flow->contents_placed = TRUE;

  if (content->contents != NULL)
    {
      CrReportText *text = _cr_report_add_text (flow->texts, flow->pango, content->contents,
                                                heading_font, CR_REPORT_BODY_WIDTH (content),
                                                PANGO_ALIGN_LEFT, CR_REPORT_INK_HEADING);
      CrReportOp *op;

      if (!flow->fresh)
        flow->y += 16;
      op = _cr_report_flow_add_lines (flow, text, 0, text->n_lines, CR_REPORT_BODY_LEFT, flow->y);
      op->outline = g_strdup (content->contents);
      op->outline_level = 1;
      flow->y += _cr_report_text_height (text) + 8;
      _cr_report_flow_add_rule (flow, CR_REPORT_BODY_LEFT, CR_REPORT_BODY_RIGHT (content), flow->y,
                                0.8, CR_REPORT_RULE_DARK);
      flow->y += 4;
      flow->fresh = FALSE;
    }

  /* One column for the numbers, as wide as the widest. */
  for (guint i = 0; i < prepared->len; i++)
    {
      CrReportPrepared *p = g_ptr_array_index (prepared, i);
      g_autoptr(CrReportText) measured = NULL;

      if (p->block->kind != CR_REPORT_BLOCK_HEADING || p->block->level != 1 || p->number == NULL)
        continue;
      measured = _cr_report_text_new (flow->pango, p->number, entry_font, -1, PANGO_ALIGN_LEFT, 0);
      number_width = MAX (number_width, ceil (_cr_report_text_width (measured)) + 10);
    }
  number_width = MAX (number_width, CR_REPORT_HANG);

  for (guint i = 0; i < prepared->len; i++)
    {
      CrReportPrepared *p = g_ptr_array_index (prepared, i);
      int page = -1;

      if (p->block->kind != CR_REPORT_BLOCK_HEADING || p->block->level != 1)
        continue;
      if (content->contents_pages != NULL && k < content->contents_pages->len)
        page = (int) g_array_index (content->contents_pages, guint, k);
      k++;
      place_entry (flow, p->number, p->block->text, page, number_width, entry_font);
    }
}
