/* cr-briefing-report.c: the 7-minute briefing as a PDF */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrBriefingReport"

#include "config.h"

#include "cr-briefing-report.h"

#include "cr-deadline.h"
#include "cr-pdf-error.h"
#include "cr-report-private.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

/*
 * A one- or two-page handout. A dark title band across the top of page 1
 * (the partnership, the briefing's title, the date), then the seven parts
 * as panels, one under the other in reading order: a pale grey rounded
 * panel, the part's number white in a circle of the one highlight colour,
 * its title and its text; a panel is never cut, it moves whole to the next
 * page. The reflective questions close it in an outlined box. Laid out
 * first (every panel measured, pages cut), then drawn; more than two
 * pages is refused, naming the longest part.
 */

#define N_PARTS          7
#define N_QUESTIONS      3
#define MARGIN           (18.0 * CR_REPORT_MM)
#define PAGE_WIDTH       CR_REPORT_A4_SHORT
#define PAGE_HEIGHT      CR_REPORT_A4_LONG
#define BODY_WIDTH       (PAGE_WIDTH - 2 * MARGIN)
#define BODY_BOTTOM      (PAGE_HEIGHT - 20.0 * CR_REPORT_MM)
#define FOOTER_TOP       (PAGE_HEIGHT - 13.0 * CR_REPORT_MM)
#define BAND_PAD         (12.0 * CR_REPORT_MM)
#define PANEL_PAD        11.0
#define PANEL_GAP        8.0
#define PANEL_RADIUS     6.0
#define CIRCLE           26.0
#define KICKER_SIZE      10.0
#define TITLE_SIZE       24.0
#define DATE_SIZE        11.0
#define PART_TITLE_SIZE  12.5
#define PART_TEXT_SIZE   10.0
#define NUMBER_SIZE      13.0
#define FOOTER_SIZE      8.5

#define INK              CR_REPORT_INK
#define BAND             0x1b3a57
#define BAND_TEXT        0xffffff
#define BAND_MUTED       0xd3dde8
#define PANEL_FILL       0xeef1f4
#define HIGHLIGHT        0x2a6f97

typedef struct
{
  double        y;       /* top, on its page */
  double        height;
  guint         page;
  CrReportText *number;  /* NULL for the questions box */
  CrReportText *title;
  CrReportText *text;    /* a part's text; NULL for the questions */
  CrReportText *questions[N_QUESTIONS];
  CrReportText *marks[N_QUESTIONS];
} Panel;

typedef struct
{
  PangoContext *pango;
  GPtrArray    *texts;     /* CrReportText, owned */
  CrReportText *kicker;
  CrReportText *title;
  CrReportText *date;
  double        band_height;
  Panel         panels[N_PARTS + 1];  /* the seven parts, then the questions */
  guint         n_pages;
  char         *footer;    /* "7-minute briefing · Partnership" */
} Layout;

/* --------------------------------------------------------------------------
 * Text
 */

/* Valid UTF-8 without control characters but line breaks; trimmed. */
static char *
clean_text (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  GString *out = g_string_new (NULL);

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\r')
        continue;
      if (c == '\n')
        g_string_append_c (out, '\n');
      else if (c < 0x20 || (c >= 0x7f && c < 0xa0))
        g_string_append_c (out, ' ');
      else
        g_string_append_unichar (out, c);
    }

  g_strstrip (out->str);
  g_string_set_size (out, strlen (out->str));
  return g_string_free (out, FALSE);
}

static CrReportText *
add_text (Layout     *layout,
          const char *text,
          double      size,
          gboolean    bold,
          double      width,
          guint32     color)
{
  g_autoptr(PangoFontDescription) font = _cr_report_font (size, bold, FALSE);
  g_autofree char *cleaned = clean_text (text);

  return _cr_report_add_text (layout->texts, layout->pango, cleaned, font, width,
                              PANGO_ALIGN_LEFT, color);
}

static void
layout_free (Layout *layout)
{
  g_clear_pointer (&layout->texts, g_ptr_array_unref);
  g_free (layout->footer);
  g_free (layout);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Layout, layout_free)

/* --------------------------------------------------------------------------
 * Checking
 */

static gboolean
check_briefing (CrReviewReport  *report,
                CrBriefing     **out,
                GError         **error)
{
  CrBriefing *briefing = cr_review_report_get_briefing (report);
  g_autoptr(GError) local_error = NULL;

  if (briefing == NULL)
    {
      g_set_error_literal (error, CR_PDF_ERROR, CR_PDF_ERROR_WRITE,
                           _("There is no 7-minute briefing for this review yet: draft it from the findings first."));
      return FALSE;
    }

  if (!cr_briefing_check_export (briefing, &local_error))
    {
      g_set_error_literal (error, CR_PDF_ERROR, CR_PDF_ERROR_WRITE, local_error->message);
      return FALSE;
    }

  *out = briefing;
  return TRUE;
}

/* The part with the most text, to say what to shorten. */
static guint
longest_part (CrBriefing *briefing)
{
  guint longest = 1;
  glong longest_length = -1;

  for (guint part = 1; part <= N_PARTS; part++)
    {
      const char *text = cr_record_get (CR_RECORD (briefing), cr_briefing_part_get_field (part));
      glong length = text != NULL ? g_utf8_strlen (text, -1) : 0;

      if (length > longest_length)
        {
          longest = part;
          longest_length = length;
        }
    }
  return longest;
}

/* --------------------------------------------------------------------------
 * Layout
 */

static char *
dup_date (CrReviewReport *report,
          CrBriefing     *briefing)
{
  const char *approved = cr_record_get (CR_RECORD (briefing), "approved-date");
  g_autofree char *iso = approved != NULL ? g_strdup (approved) : cr_review_report_dup_date (report);

  return cr_deadline_format_long_date (iso);
}

static void
measure_band (Layout         *layout,
              CrReviewReport *report,
              CrBriefing     *briefing)
{
  const char *partnership = cr_review_report_get_partnership (report);
  g_autofree char *date = dup_date (report, briefing);
  double width = PAGE_WIDTH - 2 * MARGIN;
  double height = BAND_PAD;

  layout->kicker = add_text (layout, partnership, KICKER_SIZE, TRUE, width, BAND_MUTED);
  layout->title = add_text (layout, cr_record_get (CR_RECORD (briefing), "title"), TITLE_SIZE, TRUE,
                            width, BAND_TEXT);
  layout->date = add_text (layout, date, DATE_SIZE, FALSE, width, BAND_MUTED);

  if (layout->kicker != NULL)
    height += _cr_report_text_height (layout->kicker) + 6;
  if (layout->title != NULL)
    height += _cr_report_text_height (layout->title);
  if (layout->date != NULL)
    height += 6 + _cr_report_text_height (layout->date);
  layout->band_height = height + BAND_PAD;
}

static double
measure_part (Layout     *layout,
              Panel      *panel,
              CrBriefing *briefing,
              guint       part)
{
  g_autofree char *number = g_strdup_printf ("%u", part);
  double text_x = PANEL_PAD + CIRCLE + 12;
  double text_width = BODY_WIDTH - text_x - PANEL_PAD;
  double height = 0;

  panel->number = add_text (layout, number, NUMBER_SIZE, TRUE, -1, BAND_TEXT);
  panel->title = add_text (layout, cr_briefing_part_get_title (part), PART_TITLE_SIZE, TRUE,
                           text_width, CR_REPORT_INK_HEADING);
  panel->text = add_text (layout, cr_record_get (CR_RECORD (briefing), cr_briefing_part_get_field (part)),
                          PART_TEXT_SIZE, FALSE, text_width, INK);

  height = _cr_report_text_height (panel->title);
  if (panel->text != NULL)
    height += 4 + _cr_report_text_height (panel->text);
  return PANEL_PAD + MAX (CIRCLE, height) + PANEL_PAD;
}

static double
measure_questions (Layout     *layout,
                   Panel      *panel,
                   CrBriefing *briefing)
{
  double text_x = PANEL_PAD + 22;
  double text_width = BODY_WIDTH - text_x - PANEL_PAD;
  double height = PANEL_PAD;

  panel->title = add_text (layout, _("Reflective questions"), PART_TITLE_SIZE, TRUE,
                           BODY_WIDTH - 2 * PANEL_PAD, CR_REPORT_INK_HEADING);
  height += _cr_report_text_height (panel->title) + 4;

  for (guint i = 0; i < N_QUESTIONS; i++)
    {
      g_autofree char *field = g_strdup_printf ("question-%u", i + 1);
      g_autofree char *mark = g_strdup_printf ("%u", i + 1);

      panel->questions[i] = add_text (layout, cr_record_get (CR_RECORD (briefing), field),
                                      PART_TEXT_SIZE + 0.5, FALSE, text_width, INK);
      if (panel->questions[i] == NULL)
        continue;
      panel->marks[i] = add_text (layout, mark, PART_TEXT_SIZE + 0.5, TRUE, -1, HIGHLIGHT);
      height += 4 + _cr_report_text_height (panel->questions[i]);
    }

  return height + PANEL_PAD;
}

/* Measures everything and puts each panel on a page; NULL and an error
 * naming the longest part when it takes more than two pages. */
static Layout *
lay_out (CrReviewReport  *report,
         CrBriefing      *briefing,
         PangoContext    *pango,
         GError         **error)
{
  g_autoptr(Layout) layout = g_new0 (Layout, 1);
  const char *partnership = cr_review_report_get_partnership (report);
  double y;
  guint page = 0;

  layout->pango = pango;
  layout->texts = g_ptr_array_new_with_free_func ((GDestroyNotify) _cr_report_text_free);
  if (partnership != NULL && partnership[0] != '\0')
    /* Translators: the footer of the 7-minute briefing, before the page number;
     * %s is the partnership's name */
    layout->footer = g_strdup_printf (_("7-minute briefing · %s"), partnership);
  else
    layout->footer = g_strdup (_("7-minute briefing"));

  measure_band (layout, report, briefing);
  y = layout->band_height + 8.0 * CR_REPORT_MM;

  for (guint i = 0; i <= N_PARTS; i++)
    {
      Panel *panel = &layout->panels[i];

      if (i < N_PARTS)
        panel->height = measure_part (layout, panel, briefing, i + 1);
      else
        panel->height = measure_questions (layout, panel, briefing);

      if (y + panel->height > BODY_BOTTOM)
        {
          page++;
          y = MARGIN;
        }
      if (page >= 2 || y + panel->height > BODY_BOTTOM)
        {
          guint longest = longest_part (briefing);

          g_set_error (error, CR_PDF_ERROR, CR_PDF_ERROR_WRITE,
                       /* Translators: %s is a part of the briefing, "Key learning 2" */
                       _("The briefing is too long for two pages: shorten “%s”, its longest part, or the others."),
                       cr_briefing_part_get_title (longest));
          return NULL;
        }
      panel->page = page;
      panel->y = y;
      y += panel->height + PANEL_GAP;
    }

  layout->n_pages = page + 1;
  return g_steal_pointer (&layout);
}

/* --------------------------------------------------------------------------
 * Drawing
 */

static void
set_color (cairo_t *cr,
           guint32  color)
{
  cairo_set_source_rgb (cr,
                        ((color >> 16) & 0xff) / 255.0,
                        ((color >> 8) & 0xff) / 255.0,
                        (color & 0xff) / 255.0);
}

/* @text's lines with the top of its first line at @x, @y. */
static void
draw_text (cairo_t            *cr,
           const CrReportText *text,
           double              x,
           double              y)
{
  if (text == NULL)
    return;

  set_color (cr, text->color);
  for (int i = 0; i < text->n_lines; i++)
    {
      cairo_move_to (cr, x + text->x[i], y - text->top[0] + text->baseline[i]);
      pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (text->layout, i));
    }
}

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   width,
                   double   height,
                   double   radius)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
draw_band (cairo_t *cr,
           Layout  *layout)
{
  double y = BAND_PAD;

  set_color (cr, BAND);
  cairo_rectangle (cr, 0, 0, PAGE_WIDTH, layout->band_height);
  cairo_fill (cr);
  /* The highlight under the band. */
  set_color (cr, HIGHLIGHT);
  cairo_rectangle (cr, 0, layout->band_height, PAGE_WIDTH, 4);
  cairo_fill (cr);

  if (layout->kicker != NULL)
    {
      draw_text (cr, layout->kicker, MARGIN, y);
      y += _cr_report_text_height (layout->kicker) + 6;
    }
  if (layout->title != NULL)
    {
      draw_text (cr, layout->title, MARGIN, y);
      y += _cr_report_text_height (layout->title);
    }
  if (layout->date != NULL)
    draw_text (cr, layout->date, MARGIN, y + 6);
}

static void
draw_part (cairo_t     *cr,
           const Panel *panel)
{
  double cx = MARGIN + PANEL_PAD + CIRCLE / 2;
  double cy = panel->y + PANEL_PAD + CIRCLE / 2;
  double text_x = MARGIN + PANEL_PAD + CIRCLE + 12;
  double title_y = panel->y + PANEL_PAD + (CIRCLE - _cr_report_text_height (panel->title)) / 2;

  set_color (cr, PANEL_FILL);
  rounded_rectangle (cr, MARGIN, panel->y, BODY_WIDTH, panel->height, PANEL_RADIUS);
  cairo_fill (cr);

  set_color (cr, HIGHLIGHT);
  cairo_arc (cr, cx, cy, CIRCLE / 2, 0, 2 * G_PI);
  cairo_fill (cr);
  draw_text (cr, panel->number, cx - _cr_report_text_width (panel->number) / 2,
             cy - _cr_report_text_height (panel->number) / 2);

  /* The title centred on the circle when it is one line, else from its top. */
  title_y = MAX (title_y, panel->y + PANEL_PAD);
  draw_text (cr, panel->title, text_x, title_y);
  draw_text (cr, panel->text, text_x, title_y + _cr_report_text_height (panel->title) + 4);
}

static void
draw_questions (cairo_t     *cr,
                const Panel *panel)
{
  double y = panel->y + PANEL_PAD;

  set_color (cr, HIGHLIGHT);
  cairo_set_line_width (cr, 1.5);
  rounded_rectangle (cr, MARGIN + 0.75, panel->y + 0.75, BODY_WIDTH - 1.5, panel->height - 1.5, PANEL_RADIUS);
  cairo_stroke (cr);

  draw_text (cr, panel->title, MARGIN + PANEL_PAD, y);
  y += _cr_report_text_height (panel->title) + 4;
  for (guint i = 0; i < N_QUESTIONS; i++)
    {
      if (panel->questions[i] == NULL)
        continue;
      draw_text (cr, panel->marks[i], MARGIN + PANEL_PAD + 2, y);
      draw_text (cr, panel->questions[i], MARGIN + PANEL_PAD + 22, y);
      y += _cr_report_text_height (panel->questions[i]) + 4;
    }
}

static void
draw_footer (cairo_t *cr,
             Layout  *layout,
             guint    page)
{
  g_autoptr(PangoFontDescription) font = _cr_report_font (FOOTER_SIZE, FALSE, FALSE);
  g_autoptr(PangoLayout) text = pango_layout_new (layout->pango);
  g_autofree char *line = NULL;

  /* Translators: the footer of the 7-minute briefing: "7-minute briefing ·
   * Northbridge Partnership", then "Page 1 of 2" */
  line = g_strdup_printf (_("%s · Page %u of %u"), layout->footer, page + 1, layout->n_pages);
  pango_layout_set_font_description (text, font);
  pango_layout_set_width (text, pango_units_from_double (BODY_WIDTH));
  pango_layout_set_alignment (text, PANGO_ALIGN_CENTER);
  pango_layout_set_ellipsize (text, PANGO_ELLIPSIZE_MIDDLE);
  pango_layout_set_text (text, line, -1);

  set_color (cr, CR_REPORT_RULE_LIGHT);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, MARGIN, FOOTER_TOP - 5);
  cairo_line_to (cr, PAGE_WIDTH - MARGIN, FOOTER_TOP - 5);
  cairo_stroke (cr);

  set_color (cr, CR_REPORT_INK_MUTED);
  cairo_move_to (cr, MARGIN, FOOTER_TOP);
  pango_cairo_show_layout (cr, text);
}

static cairo_status_t
write_to_buffer_cb (void                *closure,
                    const unsigned char *data,
                    unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static GBytes *
draw_pdf (CrReviewReport  *report,
          CrBriefing      *briefing,
          Layout          *layout,
          GError         **error)
{
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  const char *partnership = cr_review_report_get_partnership (report);
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  surface = cairo_pdf_surface_create_for_stream (write_to_buffer_cb, buffer, PAGE_WIDTH, PAGE_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  cr_record_get (CR_RECORD (briefing), "title"));
  if (partnership != NULL && partnership[0] != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, partnership);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Case Reviews");
  cr = cairo_create (surface);

  for (guint page = 0; page < layout->n_pages; page++)
    {
      if (page == 0)
        draw_band (cr, layout);
      for (guint i = 0; i <= N_PARTS; i++)
        {
          const Panel *panel = &layout->panels[i];

          if (panel->page != page)
            continue;
          if (i < N_PARTS)
            draw_part (cr, panel);
          else
            draw_questions (cr, panel);
        }
      draw_footer (cr, layout, page);
      cairo_show_page (cr);
    }

  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, CR_PDF_ERROR, CR_PDF_ERROR_WRITE,
                   /* Translators: %s says why, in cairo's words */
                   _("Could not make the PDF of the briefing: %s"),
                   cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

/* --------------------------------------------------------------------------
 * API
 */

GBytes *
cr_briefing_report_render (CrReviewReport  *report,
                           GError         **error)
{
  PangoFontMap *font_map;
  PangoContext *pango;
  Layout *layout;
  CrBriefing *briefing = NULL;
  GBytes *bytes = NULL;

  g_return_val_if_fail (CR_IS_REVIEW_REPORT (report), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_briefing (report, &briefing, error))
    return NULL;

  /* The render's own font map and context: thread-safe. */
  font_map = pango_cairo_font_map_new ();
  pango = _cr_report_pango_context_new (font_map);
  layout = lay_out (report, briefing, pango, error);
  if (layout != NULL)
    {
      bytes = draw_pdf (report, briefing, layout, error);
      layout_free (layout);
    }
  g_object_unref (pango);
  g_object_unref (font_map);

  return bytes;
}

gboolean
cr_briefing_report_write (CrReviewReport  *report,
                          const char      *path,
                          GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (CR_IS_REVIEW_REPORT (report), FALSE);
  g_return_val_if_fail (path != NULL && *path != '\0', FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = cr_briefing_report_render (report, error);
  if (bytes == NULL)
    return FALSE;

  return _cr_report_write_file (bytes, path, error);
}
