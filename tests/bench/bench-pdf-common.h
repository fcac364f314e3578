/* bench-pdf-common.h: the 500-page PDF the PDF benchmarks open
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo-pdf.h>
#include <glib.h>

#define BENCH_PDF_PAGES 500

/* Writes an A4 PDF of @n_pages pages, each with a heading, forty lines
 * of text and a box, to a new file in the temporary folder; returns its
 * path (the caller removes it). */
static inline char *
bench_make_pdf (guint n_pages)
{
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int fd = g_file_open_tmp ("bench-pdf-XXXXXX.pdf", &path, &error);
  cairo_surface_t *surface;
  cairo_t *cr;

  g_assert_no_error (error);
  close (fd);

  surface = cairo_pdf_surface_create (path, 595.276, 841.89);
  cr = cairo_create (surface);
  cairo_select_font_face (cr, "Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  for (guint page = 0; page < n_pages; page++)
    {
      g_autofree char *heading = g_strdup_printf ("Agency report, page %u of %u", page + 1, n_pages);

      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_set_font_size (cr, 18);
      cairo_move_to (cr, 56, 72);
      cairo_show_text (cr, heading);
      cairo_set_font_size (cr, 10);
      for (guint line = 0; line < 40; line++)
        {
          g_autofree char *text = g_strdup_printf ("%u.%u  The health visitor saw the family at home; "
                                                   "the child was seen and spoken to alone.", page + 1, line + 1);

          cairo_move_to (cr, 56, 110 + line * 16);
          cairo_show_text (cr, text);
        }
      cairo_set_source_rgb (cr, 0.2, 0.4, 0.7);
      cairo_rectangle (cr, 56, 770, 200, 30);
      cairo_fill (cr);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  return path;
}
