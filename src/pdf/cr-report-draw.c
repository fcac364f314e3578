/* cr-report-draw.c: draws the laid-out report onto a cairo PDF surface */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrReport"

#include "config.h"

#include "cr-report-private.h"

#include "cr-pdf-error.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <string.h>

/*
 * The draw pass: the layout pass has cut the flow into pages, so the page
 * count is known and each page gets its furniture (the marking centred in
 * bold at the top and the bottom, the running title from page 2, the
 * author and "Page N of M" in the footer) around its body. Each PangoContext
 * and font map is the render's own, so reports can be drawn on several
 * threads at once.
 */

#define FURNITURE_SIZE    8.5
#define MARKING_SIZE      9.5
#define MARKING_TOP       (8.0 * CR_REPORT_MM)
#define RUNNING_TOP       (14.5 * CR_REPORT_MM)
#define HEADER_RULE_Y     (CR_REPORT_BODY_TOP - 4.0 * CR_REPORT_MM)
#define FOOTER_RULE_Y(c)  (CR_REPORT_BODY_BOTTOM (c) + 4.0 * CR_REPORT_MM)
#define FOOTER_TOP(c)     (CR_REPORT_BODY_BOTTOM (c) + 5.5 * CR_REPORT_MM)
#define MARKING_BOTTOM(c) ((c)->page_height - 8.0 * CR_REPORT_MM)

static cairo_status_t
write_to_buffer_cb (void                *closure,
                    const unsigned char *data,
                    unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static void
set_color (cairo_t *cr,
           guint32  color)
{
  cairo_set_source_rgb (cr,
                        ((color >> 16) & 0xff) / 255.0,
                        ((color >> 8) & 0xff) / 255.0,
                        (color & 0xff) / 255.0);
}

static void
draw_lines (cairo_t            *cr,
            const CrReportText *text,
            int                 first,
            int                 last,
            double              x,
            double              y)
{
  set_color (cr, text->color);
  for (int i = first; i < last; i++)
    {
      PangoLayoutLine *line = pango_layout_get_line_readonly (text->layout, i);

      cairo_move_to (cr, x + text->x[i], y - text->top[first] + text->baseline[i]);
      pango_cairo_show_layout_line (cr, line);
    }
}

static void
draw_rule (cairo_t *cr,
           double   x,
           double   x2,
           double   y,
           double   line_width,
           guint32  color)
{
  set_color (cr, color);
  cairo_set_line_width (cr, line_width);
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x2, y);
  cairo_stroke (cr);
}

/* One line of furniture text, @alignment within @width from @x, its top
 * at @top, shortened with an ellipsis when too long. */
static void
draw_furniture_text (cairo_t                    *cr,
                     PangoContext               *pango,
                     const char                 *text,
                     const PangoFontDescription *font,
                     PangoAlignment              alignment,
                     PangoEllipsizeMode          ellipsize,
                     double                      x,
                     double                      width,
                     double                      top,
                     guint32                     color)
{
  g_autoptr(PangoLayout) layout = NULL;
  g_autofree char *one_line = NULL;

  if (text == NULL || *text == '\0')
    return;

  one_line = g_strdelimit (g_strdup (text), "\n\t", ' ');

  layout = pango_layout_new (pango);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, pango_units_from_double (width));
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_ellipsize (layout, ellipsize);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_layout_set_text (layout, one_line, -1);

  set_color (cr, color);
  cairo_move_to (cr, x, top);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_furniture (cairo_t               *cr,
                PangoContext          *pango,
                const CrReportContent *content,
                guint                  page,
                guint                  n_pages,
                gboolean               bare)
{
  g_autoptr(PangoFontDescription) marking_font = _cr_report_font (MARKING_SIZE, TRUE, FALSE);
  g_autoptr(PangoFontDescription) small_font = _cr_report_font (FURNITURE_SIZE, FALSE, FALSE);
  g_autofree char *page_label = NULL;
  double left = CR_REPORT_MARGIN_SIDE;
  double width = CR_REPORT_BODY_WIDTH (content);
  double half = width / 2 - 6;

  draw_furniture_text (cr, pango, content->marking, marking_font, PANGO_ALIGN_CENTER,
                       PANGO_ELLIPSIZE_END, left, width, MARKING_TOP, CR_REPORT_INK);
  draw_furniture_text (cr, pango, content->marking, marking_font, PANGO_ALIGN_CENTER,
                       PANGO_ELLIPSIZE_END, left, width, MARKING_BOTTOM (content), CR_REPORT_INK);

  /* A title page: the marking only. */
  if (bare)
    return;

  if (page > 0)
    {
      draw_furniture_text (cr, pango, content->title, small_font, PANGO_ALIGN_LEFT,
                           PANGO_ELLIPSIZE_END, left, half, RUNNING_TOP, CR_REPORT_INK_MUTED);
      draw_furniture_text (cr, pango, content->subtitle, small_font, PANGO_ALIGN_RIGHT,
                           PANGO_ELLIPSIZE_START, left + width - half, half, RUNNING_TOP,
                           CR_REPORT_INK_MUTED);
      draw_rule (cr, left, left + width, HEADER_RULE_Y, 0.5, CR_REPORT_RULE_LIGHT);
    }

  draw_rule (cr, left, left + width, FOOTER_RULE_Y (content), 0.5, CR_REPORT_RULE_LIGHT);
  draw_furniture_text (cr, pango, content->author, small_font, PANGO_ALIGN_LEFT,
                       PANGO_ELLIPSIZE_END, left, half, FOOTER_TOP (content), CR_REPORT_INK_MUTED);
  /* Translators: the footer of each page of a report, "Page 2 of 7" */
  page_label = g_strdup_printf (_("Page %u of %u"), page + 1, n_pages);
  draw_furniture_text (cr, pango, page_label, small_font, PANGO_ALIGN_RIGHT,
                       PANGO_ELLIPSIZE_NONE, left + width - half, half, FOOTER_TOP (content),
                       CR_REPORT_INK_MUTED);
}

static void
draw_page (cairo_t         *cr,
           cairo_surface_t *surface,
           GArray          *ops,
           guint            page,
           int             *outline_parent)
{
  for (guint i = 0; i < ops->len; i++)
    {
      const CrReportOp *op = &g_array_index (ops, CrReportOp, i);

      switch (op->kind)
        {
        case CR_REPORT_OP_TEXT:
          if (op->link_page >= 0)
            {
              g_autofree char *dest = g_strdup_printf ("page=%d", op->link_page + 1);

              cairo_tag_begin (cr, CAIRO_TAG_LINK, dest);
              draw_lines (cr, op->text, op->first, op->last, op->x, op->y);
              cairo_tag_end (cr, CAIRO_TAG_LINK);
            }
          else
            {
              draw_lines (cr, op->text, op->first, op->last, op->x, op->y);
            }
          if (op->outline != NULL)
            {
              /* Whole points, so no locale's decimal comma gets in. */
              g_autofree char *link = g_strdup_printf ("page=%u pos=[%d %d]", page + 1,
                                                       (int) op->x, (int) op->y);
              int parent = op->outline_level == 1 ? CAIRO_PDF_OUTLINE_ROOT : *outline_parent;
              int id = cairo_pdf_surface_add_outline (surface, parent, op->outline, link,
                                                      CAIRO_PDF_OUTLINE_FLAG_OPEN);

              if (op->outline_level == 1)
                *outline_parent = id;
            }
          break;

        case CR_REPORT_OP_RULE:
          draw_rule (cr, op->x, op->x2, op->y, op->line_width, op->color);
          break;

        case CR_REPORT_OP_FILL:
          set_color (cr, op->color);
          cairo_rectangle (cr, op->x, op->y, op->x2 - op->x, op->y2 - op->y);
          cairo_fill (cr);
          break;

        case CR_REPORT_OP_LEADER:
          {
            static const double dots[] = { 0.0, 3.2 };

            cairo_save (cr);
            set_color (cr, op->color);
            cairo_set_line_width (cr, op->line_width);
            cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
            cairo_set_dash (cr, dots, G_N_ELEMENTS (dots), 0);
            /* Dots from the right, so they end evenly before the number. */
            cairo_move_to (cr, op->x2, op->y);
            cairo_line_to (cr, op->x, op->y);
            cairo_stroke (cr);
            cairo_restore (cr);
          }
          break;

        default:
          g_assert_not_reached ();
        }
    }
}

static void
set_metadata (cairo_surface_t       *surface,
              const CrReportContent *content)
{
  g_autofree char *created = g_date_time_format (content->generated, "%Y-%m-%dT%H:%M:%S%:z");

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, content->title);
  if (content->author != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, content->author);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Case Reviews");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, created);
}

PangoContext *
_cr_report_pango_context_new (PangoFontMap *font_map)
{
  PangoContext *pango = pango_font_map_create_context (font_map);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Points, not pixels; and no hinting, so that the widths measured are
   * the widths drawn. */
  pango_cairo_context_set_resolution (pango, 72.0);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (pango, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (pango, FALSE);

  return pango;
}

static gboolean
same_pages (GArray *a,
            GArray *b)
{
  return a->len == b->len && memcmp (a->data, b->data, a->len * sizeof (guint)) == 0;
}

/* Lays out @content; with a contents page, again with the pages the
 * headings fell on, until they stay where the contents page says (the
 * contents do not change length with their page numbers, so the second
 * pass settles it; a few more are allowed for safety). */
static CrReportLayout *
lay_out (const CrReportContent *content,
         PangoContext          *pango)
{
  CrReportContent pass = *content;
  CrReportLayout *layout;

  pass.contents_pages = NULL;
  layout = _cr_report_layout_new (&pass, pango);
  if (!content->has_contents)
    return layout;

  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(GArray) pages = g_array_ref (layout->heading_pages);
      CrReportLayout *next;

      pass.contents_pages = pages;
      next = _cr_report_layout_new (&pass, pango);
      _cr_report_layout_free (layout);
      layout = next;
      if (same_pages (pages, layout->heading_pages))
        break;
    }

  return layout;
}

GBytes *
_cr_report_draw_pdf (const CrReportContent  *content,
                     GError                **error)
{
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  PangoFontMap *font_map = pango_cairo_font_map_new ();
  PangoContext *pango = _cr_report_pango_context_new (font_map);
  CrReportLayout *layout;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  int outline_parent = CAIRO_PDF_OUTLINE_ROOT;

  surface = cairo_pdf_surface_create_for_stream (write_to_buffer_cb, buffer,
                                                 content->page_width, content->page_height);
  set_metadata (surface, content);
  cr = cairo_create (surface);

  layout = lay_out (content, pango);
  for (guint page = 0; page < layout->pages->len; page++)
    {
      gboolean bare = g_array_index (layout->bare, gboolean, page);

      /* A title page's panel lies under the marking. */
      if (!bare)
        draw_furniture (cr, pango, content, page, layout->pages->len, bare);
      draw_page (cr, surface, g_ptr_array_index (layout->pages, page), page, &outline_parent);
      if (bare)
        draw_furniture (cr, pango, content, page, layout->pages->len, bare);
      cairo_show_page (cr);
    }

  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  _cr_report_layout_free (layout);
  g_object_unref (pango);
  g_object_unref (font_map);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, CR_PDF_ERROR, CR_PDF_ERROR_WRITE,
                   /* Translators: %s says why, in cairo's words */
                   _("Could not make the PDF of the report: %s"),
                   cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}
