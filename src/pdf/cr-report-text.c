/* cr-report-text.c: pango text measured line by line for the report */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrReport"

#include "config.h"

#include "cr-report-private.h"

/*
 * A CrReportText is a PangoLayout plus the position of each of its lines,
 * read once with a PangoLayoutIter, so that the layout pass can cut a text
 * between two lines and the draw pass can draw any range of lines on its
 * own (pango_cairo_show_layout_line), leaving nothing hidden on a page.
 */

#define FONT_FAMILIES "Cantarell, Sans"
#define LINE_SPACING  1.2

PangoFontDescription *
_cr_report_font (double   size,
                 gboolean bold,
                 gboolean italic)
{
  PangoFontDescription *font = pango_font_description_from_string (FONT_FAMILIES);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE + 0.5));
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_style (font, italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
  return font;
}

static CrReportText *
text_new (PangoContext               *pango,
          const char                 *text,
          gboolean                    markup,
          const PangoFontDescription *font,
          double                      width,
          PangoAlignment              alignment,
          guint32                     color)
{
  CrReportText *self;
  PangoLayoutIter *iter;
  int i = 0;

  g_return_val_if_fail (PANGO_IS_CONTEXT (pango), NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (font != NULL, NULL);

  self = g_new0 (CrReportText, 1);
  self->color = color;
  self->layout = pango_layout_new (pango);
  pango_layout_set_font_description (self->layout, font);
  pango_layout_set_wrap (self->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (self->layout, alignment);
  pango_layout_set_line_spacing (self->layout, LINE_SPACING);
  if (width > 0)
    pango_layout_set_width (self->layout, pango_units_from_double (width));
  /* Plain text: "<b>&" stays "<b>&". Markup has been checked by the
   * caller (cr-report.c). */
  if (markup)
    pango_layout_set_markup (self->layout, text, -1);
  else
    pango_layout_set_text (self->layout, text, -1);

  self->n_lines = pango_layout_get_line_count (self->layout);
  self->top = g_new0 (double, self->n_lines);
  self->bottom = g_new0 (double, self->n_lines);
  self->baseline = g_new0 (double, self->n_lines);
  self->x = g_new0 (double, self->n_lines);

  iter = pango_layout_get_iter (self->layout);
  do
    {
      PangoRectangle logical;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      self->top[i] = pango_units_to_double (logical.y);
      self->bottom[i] = pango_units_to_double (logical.y + logical.height);
      self->baseline[i] = pango_units_to_double (pango_layout_iter_get_baseline (iter));
      self->x[i] = pango_units_to_double (logical.x);
      i++;
    }
  while (i < self->n_lines && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  return self;
}

CrReportText *
_cr_report_text_new (PangoContext               *pango,
                     const char                 *text,
                     const PangoFontDescription *font,
                     double                      width,
                     PangoAlignment              alignment,
                     guint32                     color)
{
  return text_new (pango, text, FALSE, font, width, alignment, color);
}

CrReportText *
_cr_report_text_new_markup (PangoContext               *pango,
                            const char                 *markup,
                            const PangoFontDescription *font,
                            double                      width,
                            PangoAlignment              alignment,
                            guint32                     color)
{
  return text_new (pango, markup, TRUE, font, width, alignment, color);
}

void
_cr_report_text_free (CrReportText *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->layout);
  g_free (self->top);
  g_free (self->bottom);
  g_free (self->baseline);
  g_free (self->x);
  g_free (self);
}

double
_cr_report_text_width (CrReportText *self)
{
  double width = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (int i = 0; i < self->n_lines; i++)
    {
      PangoLayoutLine *line = pango_layout_get_line_readonly (self->layout, i);
      PangoRectangle logical;

      pango_layout_line_get_extents (line, NULL, &logical);
      width = MAX (width, pango_units_to_double (logical.width));
    }

  return width;
}

double
_cr_report_text_height (CrReportText *self)
{
  g_return_val_if_fail (self != NULL, 0);

  if (self->n_lines == 0)
    return 0;
  return self->bottom[self->n_lines - 1] - self->top[0];
}

double
_cr_report_measure_min_width (PangoContext               *pango,
                              const char                 *text,
                              const PangoFontDescription *font)
{
  g_autoptr(PangoLayout) layout = NULL;
  double width = 0;
  int n_lines;

  g_return_val_if_fail (PANGO_IS_CONTEXT (pango), 0);
  g_return_val_if_fail (text != NULL, 0);

  /* Word wrapping at a width of nothing puts each word on its own line,
   * unbroken (WORD, unlike WORD_CHAR, never breaks inside a word). */
  layout = pango_layout_new (pango);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_width (layout, 1);
  pango_layout_set_text (layout, text, -1);

  n_lines = pango_layout_get_line_count (layout);
  for (int i = 0; i < n_lines; i++)
    {
      PangoLayoutLine *line = pango_layout_get_line_readonly (layout, i);
      PangoRectangle logical;

      pango_layout_line_get_extents (line, NULL, &logical);
      width = MAX (width, pango_units_to_double (logical.width));
    }

  return width;
}
