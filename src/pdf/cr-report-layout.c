/* cr-report-layout.c: cuts the report's blocks into pages */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrReport"

#include "config.h"

#include "cr-report-private.h"

#include "cr-util.h"

#include <glib/gi18n.h>

/*
 * The blocks, prepared as rows of cells (cr-report-prepare.c), flow down
 * the pages after the title block: a row that does not
 * fit is cut between lines (each cell keeping at least two lines together
 * where it can), small table rows move whole to the next page, a table
 * repeats its header row after a break, and a heading moves on with the
 * start of what follows it rather than stay alone at the foot of a page.
 */

#define SMALL_SIZE      9.0
#define TITLE_SIZE      22.0
#define SUBTITLE_SIZE   13.0
#define EPSILON         0.01

/* --------------------------------------------------------------------------
 * Pages
 */

static void
clear_op (CrReportOp *op)
{
  g_clear_pointer (&op->outline, g_free);
}

void
_cr_report_flow_start_page (CrReportFlow *flow)
{
  gboolean bare = FALSE;

  flow->page = g_array_new (FALSE, TRUE, sizeof (CrReportOp));
  g_array_set_clear_func (flow->page, (GDestroyNotify) clear_op);
  g_ptr_array_add (flow->pages, flow->page);
  g_array_append_val (flow->bare, bare);
  flow->y = CR_REPORT_BODY_TOP;
  flow->fresh = TRUE;
}

void
_cr_report_flow_add_rule (CrReportFlow *flow,
                          double        x,
                          double        x2,
                          double        y,
                          double        line_width,
                          guint32       color)
{
  CrReportOp op = { 0 };

  op.kind = CR_REPORT_OP_RULE;
  op.x = x;
  op.x2 = x2;
  op.y = y;
  op.line_width = line_width;
  op.color = color;
  g_array_append_val (flow->page, op);
}

void
_cr_report_flow_add_fill (CrReportFlow *flow,
                          double        x,
                          double        y,
                          double        x2,
                          double        y2,
                          guint32       color)
{
  CrReportOp op = { 0 };

  op.kind = CR_REPORT_OP_FILL;
  op.x = x;
  op.y = y;
  op.x2 = x2;
  op.y2 = y2;
  op.color = color;
  g_array_append_val (flow->page, op);
}

CrReportOp *
_cr_report_flow_add_lines (CrReportFlow *flow,
                           CrReportText *text,
                           int           first,
                           int           last,
                           double        x,
                           double        y)
{
  CrReportOp op = { 0 };

  op.kind = CR_REPORT_OP_TEXT;
  op.text = text;
  op.first = first;
  op.last = last;
  op.x = x;
  op.y = y;
  op.link_page = -1;
  g_array_append_val (flow->page, op);
  return &g_array_index (flow->page, CrReportOp, flow->page->len - 1);
}

/* A table's header row, with its shading and rules, at the top of a page
 * or of the table. */
static void
place_table_header (CrReportFlow             *flow,
                    CrReportPrepared *table)
{
  const CrReportRow *header = g_ptr_array_index (table->rows, 0);
  double height = _cr_report_row_height (header);
  double top = flow->y;

  _cr_report_flow_add_fill (flow, CR_REPORT_BODY_LEFT, top, CR_REPORT_BODY_RIGHT (flow->content), top + height, CR_REPORT_FILL_HEADER);
  _cr_report_flow_add_rule (flow, CR_REPORT_BODY_LEFT, CR_REPORT_BODY_RIGHT (flow->content), top, 0.8, CR_REPORT_RULE_DARK);
  for (guint c = 0; c < header->n_cells; c++)
    {
      CrReportText *text = header->cells[c];

      if (text != NULL && text->n_lines > 0)
        _cr_report_flow_add_lines (flow, text, 0, text->n_lines, header->x[c], top + header->pad_top);
    }
  _cr_report_flow_add_rule (flow, CR_REPORT_BODY_LEFT, CR_REPORT_BODY_RIGHT (flow->content), top + height, 0.8, CR_REPORT_RULE_DARK);
  flow->y = top + height;
}

static void
break_page (CrReportFlow *flow)
{
  _cr_report_flow_start_page (flow);
  if (flow->table != NULL)
    place_table_header (flow, flow->table);
}

static double
space_on_fresh_page (CrReportFlow *flow)
{
  double space = CR_REPORT_BODY_BOTTOM (flow->content) - CR_REPORT_BODY_TOP;

  if (flow->table != NULL)
    space -= _cr_report_row_height (g_ptr_array_index (flow->table->rows, 0));
  return space;
}

/* How many lines of @text, from @next, fit in @space; keeps a paragraph's
 * first two and last two lines together where it can. */
static int
count_fitting_lines (const CrReportText *text,
                     int                 next,
                     double              space)
{
  int remaining = text->n_lines - next;
  int take = 0;

  while (take < remaining && text->bottom[next + take] - text->top[next] <= space + EPSILON)
    take++;

  if (remaining >= 2 && next == 0 && take == 1)
    take = 0;
  if (take < remaining && remaining - take == 1 && take > 2)
    take--;
  return take;
}

/*
 * Places a row of cells at flow->y, cutting it between lines over as many
 * pages as it needs. With @keep_whole, a row that would fit within a third
 * of a page moves whole to the next page rather than be cut.
 */
void
_cr_report_flow_place_row (CrReportFlow      *flow,
                           const CrReportRow *row,
                           gboolean           keep_whole)
{
  g_autofree int *next = g_new0 (int, row->n_cells);
  g_autofree int *take = g_new0 (int, row->n_cells);
  gboolean first_part = TRUE;

  for (;;)
    {
      double rest = 0;
      double available = CR_REPORT_BODY_BOTTOM (flow->content) - flow->y;
      double space;
      double used = 0;
      gboolean any = FALSE;
      gboolean all_started = TRUE;

      for (guint c = 0; c < row->n_cells; c++)
        {
          CrReportText *text = row->cells[c];

          if (text != NULL && next[c] < text->n_lines)
            rest = MAX (rest, text->bottom[text->n_lines - 1] - text->top[next[c]]);
        }

      if (row->pad_top + rest + row->pad_bottom <= available + EPSILON)
        {
          for (guint c = 0; c < row->n_cells; c++)
            {
              CrReportText *text = row->cells[c];

              if (text != NULL && next[c] < text->n_lines)
                _cr_report_flow_add_lines (flow, text, next[c], text->n_lines, row->x[c], flow->y + row->pad_top);
            }
          flow->y += row->pad_top + rest + row->pad_bottom;
          flow->fresh = FALSE;
          return;
        }

      if (keep_whole && first_part && !flow->fresh &&
          _cr_report_row_height (row) <= space_on_fresh_page (flow) / 3)
        {
          break_page (flow);
          continue;
        }

      space = available - row->pad_top - row->pad_bottom;
      for (guint c = 0; c < row->n_cells; c++)
        {
          CrReportText *text = row->cells[c];

          take[c] = 0;
          if (text == NULL || next[c] >= text->n_lines)
            continue;
          take[c] = count_fitting_lines (text, next[c], space);
          if (take[c] > 0)
            any = TRUE;
          else if (first_part)
            all_started = FALSE;
        }

      if (!any || !all_started)
        {
          if (!flow->fresh)
            {
              break_page (flow);
              continue;
            }
          /* Nothing fits even on an empty page: place a line anyway. */
          for (guint c = 0; c < row->n_cells; c++)
            {
              CrReportText *text = row->cells[c];

              if (text != NULL && next[c] < text->n_lines && take[c] == 0)
                take[c] = 1;
            }
        }

      for (guint c = 0; c < row->n_cells; c++)
        {
          CrReportText *text = row->cells[c];

          if (take[c] == 0)
            continue;
          _cr_report_flow_add_lines (flow, text, next[c], next[c] + take[c], row->x[c], flow->y + row->pad_top);
          used = MAX (used, text->bottom[next[c] + take[c] - 1] - text->top[next[c]]);
          next[c] += take[c];
        }

      flow->y += row->pad_top + used + row->pad_bottom;
      if (flow->table != NULL)
        _cr_report_flow_add_rule (flow, CR_REPORT_BODY_LEFT, CR_REPORT_BODY_RIGHT (flow->content), flow->y, 0.4, CR_REPORT_RULE_LIGHT);
      first_part = FALSE;
      break_page (flow);
    }
}

static double
gap_before (const CrReportPrepared *previous,
            const CrReportPrepared *block)
{
  CrReportBlockKind kind = block->block->kind;

  if (previous == NULL)
    return 0;
  if (kind == CR_REPORT_BLOCK_PAGE_BREAK || kind == CR_REPORT_BLOCK_TITLE_PAGE ||
      previous->block->kind == CR_REPORT_BLOCK_PAGE_BREAK ||
      previous->block->kind == CR_REPORT_BLOCK_TITLE_PAGE)
    return 0;
  if (kind == CR_REPORT_BLOCK_HEADING)
    return block->block->level == 1 ? 16 : 10;
  if (previous->block->kind == CR_REPORT_BLOCK_HEADING)
    return previous->block->level == 1 ? 6 : 4;
  if (kind == CR_REPORT_BLOCK_FIELD && previous->block->kind == CR_REPORT_BLOCK_FIELD)
    return 3;
  if (kind == CR_REPORT_BLOCK_PARAGRAPH && previous->block->kind == CR_REPORT_BLOCK_PARAGRAPH)
    return 6;
  if (kind == CR_REPORT_BLOCK_LIST_ITEM && previous->block->kind == CR_REPORT_BLOCK_LIST_ITEM)
    return 3;
  if (kind == CR_REPORT_BLOCK_LIST_ITEM || previous->block->kind == CR_REPORT_BLOCK_LIST_ITEM)
    return 6;
  return 8;
}

/* The space that must follow a block on the same page: the start of the
 * next block, so that a heading never ends a page. */
static double
keep_height (const CrReportContent  *content,
             CrReportPrepared      **prepared,
             guint                   n_prepared,
             guint                   i)
{
  CrReportPrepared *p;
  const CrReportRow *first;

  if (i >= n_prepared)
    return 0;

  p = prepared[i];
  if (p->rows->len == 0)
    return 0;
  first = g_ptr_array_index (p->rows, 0);
  switch (p->block->kind)
    {
    case CR_REPORT_BLOCK_HEADING:
      return _cr_report_row_height (first) +
             (i + 1 < n_prepared ? gap_before (p, prepared[i + 1]) : 0) +
             keep_height (content, prepared, n_prepared, i + 1);

    case CR_REPORT_BLOCK_PARAGRAPH:
    case CR_REPORT_BLOCK_BULLETS:
    case CR_REPORT_BLOCK_LIST_ITEM:
      return _cr_report_row_head_height (first, 2);

    case CR_REPORT_BLOCK_FIELD:
      return _cr_report_row_head_height (first, 1);

    case CR_REPORT_BLOCK_TITLE_PAGE:
    case CR_REPORT_BLOCK_PAGE_BREAK:
      return 0;

    case CR_REPORT_BLOCK_TABLE:
      if (p->rows->len < 2)
        return _cr_report_row_height (first);
      else
        {
          const CrReportRow *row = g_ptr_array_index (p->rows, 1);
          double row_h = _cr_report_row_height (row);
          double page = CR_REPORT_BODY_BOTTOM (content) - CR_REPORT_BODY_TOP - _cr_report_row_height (first);

          return _cr_report_row_height (first) + (row_h <= page / 3 ? row_h : _cr_report_row_head_height (row, 1));
        }

    default:
      g_assert_not_reached ();
    }
}

/* --------------------------------------------------------------------------
 * The title block
 */

static void
place_title_block (CrReportFlow *flow)
{
  const CrReportContent *content = flow->content;
  g_autoptr(PangoFontDescription) title_font = _cr_report_font (TITLE_SIZE, TRUE, FALSE);
  g_autoptr(PangoFontDescription) subtitle_font = _cr_report_font (SUBTITLE_SIZE, FALSE, FALSE);
  g_autoptr(PangoFontDescription) small_font = _cr_report_font (SMALL_SIZE, FALSE, FALSE);
  g_autoptr(PangoFontDescription) marking_font = _cr_report_font (CR_REPORT_BODY_SIZE, TRUE, FALSE);
  g_autofree char *day = NULL;
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;
  g_autofree char *generated = NULL;
  CrReportRow *row;

  row = _cr_report_row_new (1, 0, 6);
  row->x[0] = CR_REPORT_BODY_LEFT;
  row->cells[0] = _cr_report_add_text (flow->texts, flow->pango, content->title, title_font, CR_REPORT_BODY_WIDTH (flow->content),
                            PANGO_ALIGN_LEFT, CR_REPORT_INK_HEADING);
  _cr_report_flow_place_row (flow, row, FALSE);
  _cr_report_row_free (row);

  if (content->subtitle != NULL)
    {
      row = _cr_report_row_new (1, 0, 4);
      row->x[0] = CR_REPORT_BODY_LEFT;
      row->cells[0] = _cr_report_add_text (flow->texts, flow->pango, content->subtitle, subtitle_font, CR_REPORT_BODY_WIDTH (flow->content),
                                PANGO_ALIGN_LEFT, CR_REPORT_INK);
      _cr_report_flow_place_row (flow, row, FALSE);
      _cr_report_row_free (row);
    }

  day = g_date_time_format (content->generated, "%Y-%m-%d");
  date = cr_date_format_display (day);
  time = g_date_time_format (content->generated, "%H:%M");
  /* Translators: when a report was made, "Generated on 3 Feb 2026 at 14:05" */
  generated = g_strdup_printf (_("Generated on %s at %s"), date, time);

  flow->y += 6;
  row = _cr_report_row_new (2, 0, 8);
  row->x[0] = CR_REPORT_BODY_LEFT;
  row->x[1] = CR_REPORT_BODY_LEFT;
  row->cells[0] = _cr_report_add_text (flow->texts, flow->pango, content->marking, marking_font, CR_REPORT_BODY_WIDTH (flow->content),
                            PANGO_ALIGN_LEFT, CR_REPORT_INK);
  row->cells[1] = _cr_report_add_text (flow->texts, flow->pango, generated, small_font, CR_REPORT_BODY_WIDTH (flow->content),
                            PANGO_ALIGN_RIGHT, CR_REPORT_INK_MUTED);
  _cr_report_flow_place_row (flow, row, FALSE);
  _cr_report_row_free (row);

  _cr_report_flow_add_rule (flow, CR_REPORT_BODY_LEFT, CR_REPORT_BODY_RIGHT (flow->content), flow->y, 1.4, CR_REPORT_INK_HEADING);
  flow->y += 14;
}

/* --------------------------------------------------------------------------
 * The flow
 */

static void
place_block (CrReportFlow      *flow,
             CrReportPrepared **prepared,
             guint              n_prepared,
             guint              i)
{
  CrReportPrepared *p = prepared[i];
  double available;

  if (!flow->fresh)
    flow->y += gap_before (i > 0 ? prepared[i - 1] : NULL, p);
  available = CR_REPORT_BODY_BOTTOM (flow->content) - flow->y;

  switch (p->block->kind)
    {
    case CR_REPORT_BLOCK_HEADING:
      {
        GArray *page;
        guint page_index;
        guint op_index;

        if (!flow->fresh && keep_height (flow->content, prepared, n_prepared, i) > available)
          break_page (flow);
        page = flow->page;
        page_index = flow->pages->len - 1;
        op_index = page->len;
        _cr_report_flow_place_row (flow, g_ptr_array_index (p->rows, 0), FALSE);
        /* The bookmark goes on the first line drawn: the number, or the
         * heading's text. */
        if (op_index < page->len)
          {
            CrReportOp *op = &g_array_index (page, CrReportOp, op_index);

            op->outline = g_strdup (p->outline);
            op->outline_level = p->block->level;
          }
        else
          {
            page_index++;
          }
        if (p->block->level == 1)
          g_array_append_val (flow->heading_pages, page_index);
      }
      break;

    case CR_REPORT_BLOCK_PARAGRAPH:
    case CR_REPORT_BLOCK_FIELD:
    case CR_REPORT_BLOCK_LIST_ITEM:
      _cr_report_flow_place_row (flow, g_ptr_array_index (p->rows, 0), FALSE);
      break;

    case CR_REPORT_BLOCK_PAGE_BREAK:
      if (!flow->fresh)
        break_page (flow);
      break;

    case CR_REPORT_BLOCK_TITLE_PAGE:
      if (!flow->fresh)
        break_page (flow);
      _cr_report_place_title_page (flow, p->block);
      g_array_index (flow->bare, gboolean, flow->bare->len - 1) = TRUE;
      _cr_report_flow_start_page (flow);
      if (flow->content->has_contents && !flow->contents_placed)
        {
          _cr_report_place_contents (flow, flow->prepared);
          _cr_report_flow_start_page (flow);
        }
      break;

    case CR_REPORT_BLOCK_BULLETS:
      for (guint r = 0; r < p->rows->len; r++)
        _cr_report_flow_place_row (flow, g_ptr_array_index (p->rows, r), FALSE);
      break;

    case CR_REPORT_BLOCK_TABLE:
      if (!flow->fresh && keep_height (flow->content, prepared, n_prepared, i) > available)
        break_page (flow);
      flow->table = p;
      place_table_header (flow, p);
      for (guint r = 1; r < p->rows->len; r++)
        {
          _cr_report_flow_place_row (flow, g_ptr_array_index (p->rows, r), TRUE);
          _cr_report_flow_add_rule (flow, CR_REPORT_BODY_LEFT, CR_REPORT_BODY_RIGHT (flow->content), flow->y,
                    r + 1 < p->rows->len ? 0.4 : 0.8,
                    r + 1 < p->rows->len ? CR_REPORT_RULE_LIGHT : CR_REPORT_RULE_DARK);
        }
      flow->table = NULL;
      break;

    default:
      g_assert_not_reached ();
    }
}

CrReportLayout *
_cr_report_layout_new (const CrReportContent *content,
                       PangoContext          *pango)
{
  CrReportLayout *layout;
  g_autoptr(GPtrArray) prepared = NULL;
  CrReportFlow flow = { 0 };
  gboolean has_title_page = FALSE;

  g_return_val_if_fail (content != NULL, NULL);
  g_return_val_if_fail (PANGO_IS_CONTEXT (pango), NULL);

  layout = g_new0 (CrReportLayout, 1);
  layout->pango = g_object_ref (pango);
  layout->texts = g_ptr_array_new_with_free_func ((GDestroyNotify) _cr_report_text_free);
  layout->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  layout->bare = g_array_new (FALSE, TRUE, sizeof (gboolean));
  layout->heading_pages = g_array_new (FALSE, TRUE, sizeof (guint));

  flow.content = content;
  flow.pango = pango;
  flow.texts = layout->texts;
  flow.pages = layout->pages;
  flow.bare = layout->bare;
  flow.heading_pages = layout->heading_pages;

  prepared = _cr_report_prepare_blocks (content, pango, layout->texts);
  flow.prepared = prepared;
  for (guint i = 0; i < prepared->len; i++)
    {
      CrReportPrepared *p = g_ptr_array_index (prepared, i);

      if (p->block->kind == CR_REPORT_BLOCK_TITLE_PAGE)
        has_title_page = TRUE;
    }

  _cr_report_flow_start_page (&flow);
  /* A report with a title page has no title block. */
  if (!has_title_page)
    {
      place_title_block (&flow);
      flow.fresh = FALSE;
      if (content->has_contents)
        {
          _cr_report_place_contents (&flow, prepared);
          _cr_report_flow_start_page (&flow);
        }
    }
  for (guint i = 0; i < prepared->len; i++)
    place_block (&flow, (CrReportPrepared **) prepared->pdata, prepared->len, i);

  return layout;
}

void
_cr_report_layout_free (CrReportLayout *layout)
{
  if (layout == NULL)
    return;

  g_ptr_array_unref (layout->pages);
  g_array_unref (layout->bare);
  g_array_unref (layout->heading_pages);
  g_ptr_array_unref (layout->texts);
  g_clear_object (&layout->pango);
  g_free (layout);
}
