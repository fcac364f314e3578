/* cr-report-prepare.c: lays out the report's blocks at their final widths */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrReport"

#include "config.h"

#include "cr-report-private.h"

#include <glib/gi18n.h>
#include <math.h>

/*
 * Before anything goes on a page, every block is turned into rows of
 * cells whose texts are laid out at their final widths: a heading is its
 * number and its text side by side (so a long heading wraps under its
 * text), a field its label and its value (the labels of a run of fields
 * share one column), a bulleted item its bullet and its text, a table row
 * its cells, with column widths taken from the content.
 */

#define H1_SIZE         14.0
#define H2_SIZE         11.5
#define CELL_PAD_X      5.0
#define CELL_PAD_Y      3.5
#define BULLET_INDENT   16.0
#define FIELD_GAP       12.0

typedef struct
{
  const CrReportContent *content;
  PangoContext          *pango;
  GPtrArray             *texts;
  PangoFontDescription  *body;
  PangoFontDescription  *body_bold;
  PangoFontDescription  *body_italic;
  gboolean               hang;    /* numbered paragraphs: texts indented */
} Preparer;

/* --------------------------------------------------------------------------
 * Rows
 */

void
_cr_report_row_free (CrReportRow *row)
{
  g_free (row->cells);
  g_free (row->x);
  g_free (row);
}

CrReportRow *
_cr_report_row_new (guint  n_cells,
                    double pad_top,
                    double pad_bottom)
{
  CrReportRow *row = g_new0 (CrReportRow, 1);

  row->n_cells = n_cells;
  row->cells = g_new0 (CrReportText *, n_cells);
  row->x = g_new0 (double, n_cells);
  row->pad_top = pad_top;
  row->pad_bottom = pad_bottom;
  return row;
}

double
_cr_report_row_height (const CrReportRow *row)
{
  double height = 0;

  for (guint i = 0; i < row->n_cells; i++)
    {
      if (row->cells[i] != NULL)
        height = MAX (height, _cr_report_text_height (row->cells[i]));
    }
  return row->pad_top + height + row->pad_bottom;
}

/* The height of the first @n_lines lines of the row's cells. */
double
_cr_report_row_head_height (const CrReportRow *row,
                            int                n_lines)
{
  double height = 0;

  for (guint i = 0; i < row->n_cells; i++)
    {
      CrReportText *text = row->cells[i];
      int last;

      if (text == NULL || text->n_lines == 0)
        continue;
      last = MIN (n_lines, text->n_lines) - 1;
      height = MAX (height, text->bottom[last] - text->top[0]);
    }
  return row->pad_top + height + row->pad_bottom;
}

/* --------------------------------------------------------------------------
 * Blocks
 */

static void
prepared_free (CrReportPrepared *prepared)
{
  g_clear_pointer (&prepared->rows, g_ptr_array_unref);
  g_free (prepared->outline);
  g_free (prepared->number);
  g_free (prepared);
}

CrReportText *
_cr_report_add_text (GPtrArray                  *texts,
                     PangoContext               *pango,
                     const char                 *text,
                     const PangoFontDescription *font,
                     double                      width,
                     PangoAlignment              alignment,
                     guint32                     color)
{
  CrReportText *result;

  if (text == NULL || *text == '\0')
    return NULL;

  result = _cr_report_text_new (pango, text, font, width, alignment, color);
  g_ptr_array_add (texts, result);
  return result;
}

static CrReportText *
add_text (Preparer                   *prep,
          const char                 *text,
          const PangoFontDescription *font,
          double                      width,
          PangoAlignment              alignment,
          guint32                     color)
{
  return _cr_report_add_text (prep->texts, prep->pango, text, font, width, alignment, color);
}

/* Where a hanging number starts so that it ends just before the text at
 * CR_REPORT_HANG (into the margin if it must: it never wraps). */
static double
right_aligned_x (CrReportText *number)
{
  return CR_REPORT_BODY_LEFT + CR_REPORT_HANG - CR_REPORT_NUMBER_GAP - _cr_report_text_width (number);
}

static void
prepare_heading (Preparer         *prep,
                 CrReportPrepared *prepared,
                 guint             number_1,
                 guint             number_2)
{
  CrReportBlock *block = prepared->block;
  g_autoptr(PangoFontDescription) font = _cr_report_font (block->level == 1 ? H1_SIZE : H2_SIZE, TRUE, FALSE);
  g_autofree char *number = NULL;
  CrReportRow *row;
  double indent = 0;

  if (block->explicit_number)
    {
      number = g_strdup (block->value);
    }
  else if (prep->content->numbered)
    {
      if (block->level == 1)
        number = g_strdup_printf ("%u.", number_1);
      else if (number_1 > 0)
        number = g_strdup_printf ("%u.%u", number_1, number_2);
      else
        number = g_strdup_printf ("%u", number_2);
    }

  row = _cr_report_row_new (2, 0, 0);
  if (number != NULL && block->explicit_number && prep->hang)
    {
      /* Set right against the text, as the paragraph numbers are. */
      row->cells[0] = add_text (prep, number, font, -1, PANGO_ALIGN_LEFT, CR_REPORT_INK_HEADING);
      prepared->outline = g_strdup_printf ("%s %s", number, block->text);
    }
  else if (number != NULL)
    {
      row->cells[0] = add_text (prep, number, font, -1, PANGO_ALIGN_LEFT, CR_REPORT_INK_HEADING);
      indent = MAX (block->level == 1 ? 24.0 : 32.0, _cr_report_text_width (row->cells[0]) + 8);
      prepared->outline = g_strdup_printf ("%s %s", number, block->text);
    }
  else
    {
      prepared->outline = g_strdup (block->text);
    }
  /* With hanging paragraph numbers, headings line up with the text. */
  if (block->explicit_number && prep->hang)
    indent = MAX (indent, CR_REPORT_HANG);
  prepared->number = g_steal_pointer (&number);

  row->x[0] = CR_REPORT_BODY_LEFT;
  if (prepared->number != NULL && block->explicit_number && prep->hang)
    row->x[0] = right_aligned_x (row->cells[0]);
  row->x[1] = CR_REPORT_BODY_LEFT + indent;
  row->cells[1] = add_text (prep, block->text, font, CR_REPORT_BODY_WIDTH (prep->content) - indent,
                            PANGO_ALIGN_LEFT, CR_REPORT_INK_HEADING);
  g_ptr_array_add (prepared->rows, row);
}

/* A text from @block: its markup, or its plain text when that is what
 * it holds. */
static CrReportText *
add_block_text (Preparer                   *prep,
                CrReportBlock              *block,
                const PangoFontDescription *font,
                double                      width,
                guint32                     color)
{
  CrReportText *text;

  if (!block->markup)
    return add_text (prep, block->text, font, width, PANGO_ALIGN_LEFT, color);
  if (*block->text == '\0')
    return NULL;

  text = _cr_report_text_new_markup (prep->pango, block->text, font, width, PANGO_ALIGN_LEFT, color);
  g_ptr_array_add (prep->texts, text);
  return text;
}

/* A paragraph added with a number (or none), in markup. */
static void
prepare_rich_paragraph (Preparer         *prep,
                        CrReportPrepared *prepared)
{
  CrReportBlock *block = prepared->block;
  CrReportRow *row = _cr_report_row_new (2, 0, 0);
  double left = CR_REPORT_BODY_LEFT + (prep->hang ? CR_REPORT_HANG : 0);

  row->x[0] = CR_REPORT_BODY_LEFT;
  row->x[1] = left;
  /* The number ends just before the text, so that a reader (and text
   * extraction) takes them as one line. */
  if (block->value != NULL)
    {
      row->cells[0] = add_text (prep, block->value, prep->body, -1, PANGO_ALIGN_LEFT, CR_REPORT_INK_MUTED);
      row->x[0] = right_aligned_x (row->cells[0]);
    }
  row->cells[1] = add_block_text (prep, block, prep->body,
                                  CR_REPORT_BODY_RIGHT (prep->content) - left, CR_REPORT_INK);
  g_ptr_array_add (prepared->rows, row);
}

/* The widest marker of the run of list items from @first. */
static double
measure_markers (Preparer          *prep,
                 CrReportPrepared **prepared,
                 guint              n_prepared,
                 guint              first)
{
  double width = 0;

  for (guint i = first; i < n_prepared && prepared[i]->block->kind == CR_REPORT_BLOCK_LIST_ITEM; i++)
    {
      g_autoptr(CrReportText) text = _cr_report_text_new (prep->pango, prepared[i]->block->value,
                                                          prep->body, -1, PANGO_ALIGN_LEFT,
                                                          CR_REPORT_INK);

      width = MAX (width, _cr_report_text_width (text));
    }
  return ceil (width);
}

static void
prepare_list_item (Preparer         *prep,
                   CrReportPrepared *prepared,
                   double            marker_width)
{
  CrReportBlock *block = prepared->block;
  CrReportRow *row = _cr_report_row_new (2, 0, 0);
  double left = CR_REPORT_BODY_LEFT + (prep->hang ? CR_REPORT_HANG : 0);
  double text_x = left + MAX (BULLET_INDENT, 4 + marker_width + 6);

  row->x[0] = left + 4;
  row->x[1] = text_x;
  row->cells[0] = add_text (prep, block->value, prep->body, -1, PANGO_ALIGN_LEFT, CR_REPORT_INK);
  row->cells[1] = add_block_text (prep, block, prep->body,
                                  CR_REPORT_BODY_RIGHT (prep->content) - text_x, CR_REPORT_INK);
  g_ptr_array_add (prepared->rows, row);
}

static void
prepare_paragraph (Preparer         *prep,
                   CrReportPrepared *prepared)
{
  CrReportBlock *block = prepared->block;
  CrReportRow *row;

  if (block->explicit_number)
    {
      prepare_rich_paragraph (prep, prepared);
      return;
    }

  row = _cr_report_row_new (1, 0, 0);

  row->x[0] = CR_REPORT_BODY_LEFT;
  row->cells[0] = add_text (prep, block->text,
                            block->italic ? prep->body_italic : prep->body,
                            CR_REPORT_BODY_WIDTH (prep->content), PANGO_ALIGN_LEFT,
                            block->italic ? CR_REPORT_INK_MUTED : CR_REPORT_INK);
  g_ptr_array_add (prepared->rows, row);
}

static char *
dup_field_label (const char *label)
{
  /* Translators: a label before its value in a report, "Incident date:" */
  return g_strdup_printf (_("%s:"), label);
}

/* Fields in a run share one label column, as wide as the widest label but
 * no more than 45% of the page. */
static double
measure_label_column (Preparer          *prep,
                      CrReportPrepared **prepared,
                      guint              n_prepared,
                      guint              first)
{
  double width = 0;

  for (guint i = first; i < n_prepared && prepared[i]->block->kind == CR_REPORT_BLOCK_FIELD; i++)
    {
      g_autofree char *label = dup_field_label (prepared[i]->block->text);
      g_autoptr(CrReportText) text = _cr_report_text_new (prep->pango, label, prep->body_bold,
                                                          -1, PANGO_ALIGN_LEFT, CR_REPORT_INK);

      width = MAX (width, _cr_report_text_width (text));
    }

  return MIN (ceil (width) + 1, CR_REPORT_BODY_WIDTH (prep->content) * 0.45);
}

static void
prepare_field (Preparer         *prep,
               CrReportPrepared *prepared,
               double            label_width)
{
  CrReportBlock *block = prepared->block;
  g_autofree char *label = dup_field_label (block->text);
  CrReportRow *row = _cr_report_row_new (2, 0, 0);
  double value_x = CR_REPORT_BODY_LEFT + label_width + FIELD_GAP;

  row->x[0] = CR_REPORT_BODY_LEFT;
  row->x[1] = value_x;
  row->cells[0] = add_text (prep, label, prep->body_bold, label_width,
                            PANGO_ALIGN_LEFT, CR_REPORT_INK);
  if (block->value != NULL)
    row->cells[1] = add_text (prep, block->value, prep->body, CR_REPORT_BODY_RIGHT (prep->content) - value_x,
                              PANGO_ALIGN_LEFT, CR_REPORT_INK);
  else
    row->cells[1] = add_text (prep, _("Not recorded"), prep->body_italic, CR_REPORT_BODY_RIGHT (prep->content) - value_x,
                              PANGO_ALIGN_LEFT, CR_REPORT_INK_MUTED);
  g_ptr_array_add (prepared->rows, row);
}

static void
prepare_bullets (Preparer         *prep,
                 CrReportPrepared *prepared)
{
  CrReportBlock *block = prepared->block;

  for (guint i = 0; i < block->items->len; i++)
    {
      CrReportRow *row = _cr_report_row_new (2, 0, i + 1 < block->items->len ? 2.5 : 0);

      row->x[0] = CR_REPORT_BODY_LEFT + 4;
      row->x[1] = CR_REPORT_BODY_LEFT + BULLET_INDENT;
      row->cells[0] = add_text (prep, "•", prep->body, -1, PANGO_ALIGN_LEFT, CR_REPORT_INK);
      row->cells[1] = add_text (prep, g_ptr_array_index (block->items, i), prep->body,
                                CR_REPORT_BODY_WIDTH (prep->content) - BULLET_INDENT, PANGO_ALIGN_LEFT,
                                CR_REPORT_INK);
      g_ptr_array_add (prepared->rows, row);
    }
}

/* Column widths from the content, within the caller's limits. Narrow columns (whose text fits in an
 * even share of what is left) get their natural width; the wide ones
 * share the rest in proportion to their natural width, each keeping at
 * least its widest word. Whatever is left over widens every column in
 * proportion, so that a table spans the page. When even the words do not
 * fit, the columns are cut down and words break. */
static double *
measure_columns (Preparer      *prep,
                 CrReportBlock *block,
                 double         available)
{
  guint n = block->n_columns;
  g_autofree double *natural = g_new0 (double, n);
  g_autofree double *minimum = g_new0 (double, n);
  g_autofree gboolean *fixed = g_new0 (gboolean, n);
  double *widths = g_new0 (double, n);
  double remaining = available;
  double sum_natural = 0;
  double sum_minimum = 0;
  guint n_open = n;
  gboolean changed = TRUE;

  for (guint c = 0; c < n; c++)
    {
      for (guint r = 0; r <= block->items->len; r++)
        {
          const char *text = r == 0 ? block->headers[c] : ((char **) g_ptr_array_index (block->items, r - 1))[c];
          const PangoFontDescription *font = r == 0 ? prep->body_bold : prep->body;
          g_autoptr(CrReportText) measured = NULL;

          if (*text == '\0')
            continue;
          measured = _cr_report_text_new (prep->pango, text, font, -1, PANGO_ALIGN_LEFT, 0);
          natural[c] = MAX (natural[c], _cr_report_text_width (measured));
          minimum[c] = MAX (minimum[c], _cr_report_measure_min_width (prep->pango, text, font));
        }
      natural[c] = ceil (natural[c]) + 2 * CELL_PAD_X + 1;
      minimum[c] = MIN (ceil (minimum[c]) + 2 * CELL_PAD_X + 1, available * 0.35);
      natural[c] = MAX (natural[c], minimum[c]);
      /* The caller's limit: a longer text wraps within it. */
      if (block->limits != NULL && block->limits[c] > 0)
        {
          natural[c] = MIN (natural[c], available * block->limits[c]);
          minimum[c] = MIN (minimum[c], natural[c]);
        }
    }

  /* Narrow columns first, at their natural width. */
  while (changed && n_open > 0)
    {
      double share = remaining / n_open;

      changed = FALSE;
      for (guint c = 0; c < n; c++)
        {
          if (fixed[c] || natural[c] > share)
            continue;
          fixed[c] = TRUE;
          widths[c] = natural[c];
          remaining -= natural[c];
          n_open--;
          changed = TRUE;
        }
    }

  /* The wide ones share the rest, each with at least its widest word. */
  for (guint c = 0; c < n; c++)
    {
      if (fixed[c])
        continue;
      sum_natural += natural[c];
      sum_minimum += minimum[c];
    }
  for (guint c = 0; c < n; c++)
    {
      if (fixed[c])
        continue;
      if (sum_minimum <= remaining && sum_natural > sum_minimum)
        widths[c] = minimum[c] + (remaining - sum_minimum) * (natural[c] - minimum[c]) / (sum_natural - sum_minimum);
      else
        widths[c] = MAX (remaining, 0) * minimum[c] / MAX (sum_minimum, 1);
    }

  /* Span the page; or, when the words did not fit, shrink to it. */
  sum_natural = 0;
  for (guint c = 0; c < n; c++)
    sum_natural += widths[c];
  for (guint c = 0; c < n; c++)
    widths[c] = sum_natural > 0 ? widths[c] * available / sum_natural : available / n;

  return widths;
}

static CrReportRow *
prepare_table_row (Preparer                   *prep,
                   char                      **cells,
                   guint                       n,
                   const double               *widths,
                   const PangoFontDescription *font)
{
  CrReportRow *row = _cr_report_row_new (n, CELL_PAD_Y, CELL_PAD_Y);
  double x = CR_REPORT_BODY_LEFT;

  for (guint c = 0; c < n; c++)
    {
      row->x[c] = x + CELL_PAD_X;
      row->cells[c] = add_text (prep, cells[c], font, MAX (widths[c] - 2 * CELL_PAD_X, 1),
                                PANGO_ALIGN_LEFT, CR_REPORT_INK);
      x += widths[c];
    }
  return row;
}

static void
prepare_table (Preparer         *prep,
               CrReportPrepared *prepared)
{
  CrReportBlock *block = prepared->block;
  g_autofree double *widths = measure_columns (prep, block, CR_REPORT_BODY_WIDTH (prep->content));

  g_ptr_array_add (prepared->rows,
                   prepare_table_row (prep, block->headers, block->n_columns, widths, prep->body_bold));
  for (guint r = 0; r < block->items->len; r++)
    g_ptr_array_add (prepared->rows,
                     prepare_table_row (prep, g_ptr_array_index (block->items, r),
                                        block->n_columns, widths, prep->body));
}

GPtrArray *
_cr_report_prepare_blocks (const CrReportContent *content,
                           PangoContext          *pango,
                           GPtrArray             *texts)
{
  GPtrArray *blocks = content->blocks;
  GPtrArray *prepared = g_ptr_array_new_with_free_func ((GDestroyNotify) prepared_free);
  Preparer prep_data = { 0 };
  Preparer *prep = &prep_data;
  guint number_1 = 0;
  guint number_2 = 0;
  double label_width = 0;
  double marker_width = 0;

  g_return_val_if_fail (content != NULL, NULL);
  g_return_val_if_fail (PANGO_IS_CONTEXT (pango), NULL);

  prep->content = content;
  prep->pango = pango;
  prep->texts = texts;
  prep->body = _cr_report_font (CR_REPORT_BODY_SIZE, FALSE, FALSE);
  prep->body_bold = _cr_report_font (CR_REPORT_BODY_SIZE, TRUE, FALSE);
  prep->body_italic = _cr_report_font (CR_REPORT_BODY_SIZE, FALSE, TRUE);

  for (guint i = 0; i < blocks->len; i++)
    {
      CrReportPrepared *p = g_new0 (CrReportPrepared, 1);

      p->block = g_ptr_array_index (blocks, i);
      p->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) _cr_report_row_free);
      g_ptr_array_add (prepared, p);
      if (p->block->kind == CR_REPORT_BLOCK_PARAGRAPH && p->block->explicit_number &&
          p->block->value != NULL)
        prep->hang = TRUE;
    }

  for (guint i = 0; i < prepared->len; i++)
    {
      CrReportPrepared *p = g_ptr_array_index (prepared, i);

      switch (p->block->kind)
        {
        case CR_REPORT_BLOCK_HEADING:
          if (p->block->level == 1)
            {
              number_1++;
              number_2 = 0;
            }
          else
            {
              number_2++;
            }
          prepare_heading (prep, p, number_1, number_2);
          break;

        case CR_REPORT_BLOCK_PARAGRAPH:
          prepare_paragraph (prep, p);
          break;

        case CR_REPORT_BLOCK_FIELD:
          if (i == 0 || ((CrReportPrepared *) g_ptr_array_index (prepared, i - 1))->block->kind != CR_REPORT_BLOCK_FIELD)
            label_width = measure_label_column (prep, (CrReportPrepared **) prepared->pdata, prepared->len, i);
          prepare_field (prep, p, label_width);
          break;

        case CR_REPORT_BLOCK_BULLETS:
          prepare_bullets (prep, p);
          break;

        case CR_REPORT_BLOCK_TABLE:
          prepare_table (prep, p);
          break;

        case CR_REPORT_BLOCK_LIST_ITEM:
          if (i == 0 || ((CrReportPrepared *) g_ptr_array_index (prepared, i - 1))->block->kind != CR_REPORT_BLOCK_LIST_ITEM)
            marker_width = measure_markers (prep, (CrReportPrepared **) prepared->pdata, prepared->len, i);
          prepare_list_item (prep, p, marker_width);
          break;

        case CR_REPORT_BLOCK_TITLE_PAGE:
        case CR_REPORT_BLOCK_PAGE_BREAK:
          /* Laid out where they are placed (cr-report-front.c). */
          break;

        default:
          g_assert_not_reached ();
        }
    }

  pango_font_description_free (prep->body);
  pango_font_description_free (prep->body_bold);
  pango_font_description_free (prep->body_italic);

  return prepared;
}
