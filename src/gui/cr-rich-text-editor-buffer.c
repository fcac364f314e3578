/* cr-rich-text-editor-buffer.c: the buffer side of CrRichTextEditor: tags,
 * markers, line kinds, and the conversion to and from CrRichText
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrRichTextEditor"

#include "config.h"

#include "cr-rich-text-editor-private.h"

#include <string.h>

#define BULLET_MARKER "• "

/*
 * Tags
 */

void
_cr_rich_text_tags_init (CrRichTextTags *tags,
                         GtkTextBuffer  *buffer)
{
  tags->bold = gtk_text_buffer_create_tag (buffer, "bold",
                                           "weight", PANGO_WEIGHT_BOLD,
                                           NULL);
  tags->italic = gtk_text_buffer_create_tag (buffer, "italic",
                                             "style", PANGO_STYLE_ITALIC,
                                             NULL);
  tags->heading = gtk_text_buffer_create_tag (buffer, "heading",
                                              "weight", PANGO_WEIGHT_BOLD,
                                              "scale", PANGO_SCALE_LARGE,
                                              "pixels-above-lines", 12,
                                              "pixels-below-lines", 4,
                                              NULL);
  /* A hanging indent: the marker in the margin, wrapped lines aligned. */
  tags->list = gtk_text_buffer_create_tag (buffer, "list",
                                           "left-margin", 36,
                                           "indent", -22,
                                           NULL);
  tags->bullet_marker = gtk_text_buffer_create_tag (buffer, "bullet-marker",
                                                    "editable", FALSE,
                                                    NULL);
  tags->number_marker = gtk_text_buffer_create_tag (buffer, "number-marker",
                                                    "editable", FALSE,
                                                    NULL);
}

static gboolean
is_marker_char (CrRichTextTags    *tags,
                const GtkTextIter *iter)
{
  return gtk_text_iter_has_tag (iter, tags->bullet_marker) ||
         gtk_text_iter_has_tag (iter, tags->number_marker);
}

/*
 * Lines
 */

CrRichBlockKind
_cr_rich_text_line_kind (CrRichTextTags    *tags,
                         const GtkTextIter *line_start)
{
  if (gtk_text_iter_has_tag (line_start, tags->bullet_marker))
    return CR_RICH_BLOCK_BULLET;
  if (gtk_text_iter_has_tag (line_start, tags->number_marker))
    return CR_RICH_BLOCK_NUMBERED;
  if (gtk_text_iter_has_tag (line_start, tags->heading))
    return CR_RICH_BLOCK_HEADING;
  return CR_RICH_BLOCK_PARAGRAPH;
}

/* The end of the marker run that starts at @iter (a line start). */
static void
skip_marker (CrRichTextTags *tags,
             GtkTextIter    *iter)
{
  while (!gtk_text_iter_ends_line (iter) && is_marker_char (tags, iter))
    gtk_text_iter_forward_char (iter);
}

void
_cr_rich_text_line_text_start (CrRichTextTags    *tags,
                               const GtkTextIter *iter,
                               GtkTextIter       *text_start)
{
  *text_start = *iter;
  gtk_text_iter_set_line_offset (text_start, 0);
  skip_marker (tags, text_start);
}

gboolean
_cr_rich_text_in_marker (CrRichTextTags    *tags,
                         const GtkTextIter *iter)
{
  return is_marker_char (tags, iter);
}

/* [@start, @end): line @line, its newline included. */
static void
get_line_bounds (GtkTextBuffer *buffer,
                 int            line,
                 GtkTextIter   *start,
                 GtkTextIter   *end)
{
  gtk_text_buffer_get_iter_at_line (buffer, start, line);
  *end = *start;
  if (!gtk_text_iter_forward_line (end))
    gtk_text_buffer_get_end_iter (buffer, end);
}

static void
insert_marker (CrRichTextTags  *tags,
               GtkTextBuffer   *buffer,
               int              line,
               CrRichBlockKind  kind,
               guint            number)
{
  GtkTextIter start;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_iter_at_line (buffer, &start, line);
  if (kind == CR_RICH_BLOCK_BULLET)
    gtk_text_buffer_insert_with_tags (buffer, &start, BULLET_MARKER, -1,
                                      tags->bullet_marker, tags->list, NULL);
  else
    {
      text = g_strdup_printf ("%u. ", MAX (number, 1));
      gtk_text_buffer_insert_with_tags (buffer, &start, text, -1,
                                        tags->number_marker, tags->list, NULL);
    }
}

static void
delete_marker (CrRichTextTags *tags,
               GtkTextBuffer  *buffer,
               int             line)
{
  GtkTextIter start, text_start;

  gtk_text_buffer_get_iter_at_line (buffer, &start, line);
  text_start = start;
  skip_marker (tags, &text_start);
  if (!gtk_text_iter_equal (&start, &text_start))
    gtk_text_buffer_delete (buffer, &start, &text_start);
}

static void
tag_line (CrRichTextTags  *tags,
          GtkTextBuffer   *buffer,
          int              line,
          CrRichBlockKind  kind)
{
  GtkTextIter start, end;

  get_line_bounds (buffer, line, &start, &end);
  gtk_text_buffer_remove_tag (buffer, tags->heading, &start, &end);
  gtk_text_buffer_remove_tag (buffer, tags->list, &start, &end);
  if (kind == CR_RICH_BLOCK_HEADING)
    gtk_text_buffer_apply_tag (buffer, tags->heading, &start, &end);
  else if (kind == CR_RICH_BLOCK_BULLET || kind == CR_RICH_BLOCK_NUMBERED)
    gtk_text_buffer_apply_tag (buffer, tags->list, &start, &end);
}

void
_cr_rich_text_set_line_kind (CrRichTextTags  *tags,
                             GtkTextBuffer   *buffer,
                             int              line,
                             CrRichBlockKind  kind)
{
  GtkTextIter start;

  gtk_text_buffer_get_iter_at_line (buffer, &start, line);
  if (_cr_rich_text_line_kind (tags, &start) == kind)
    return;

  delete_marker (tags, buffer, line);
  if (kind == CR_RICH_BLOCK_BULLET || kind == CR_RICH_BLOCK_NUMBERED)
    insert_marker (tags, buffer, line, kind, 1);
  tag_line (tags, buffer, line, kind);
}

/* Deletes the marker characters of line @line that are not at its start
 * (a line joined to a list item keeps that item's marker inside it).
 * TRUE when it deleted some. */
static gboolean
delete_stray_markers (CrRichTextTags *tags,
                      GtkTextBuffer  *buffer,
                      int             line)
{
  GtkTextIter start, iter;

  gtk_text_buffer_get_iter_at_line (buffer, &start, line);
  iter = start;
  skip_marker (tags, &iter);
  while (!gtk_text_iter_ends_line (&iter))
    {
      if (is_marker_char (tags, &iter))
        {
          GtkTextIter end = iter;

          while (!gtk_text_iter_ends_line (&end) && is_marker_char (tags, &end))
            gtk_text_iter_forward_char (&end);
          gtk_text_buffer_delete (buffer, &iter, &end);
          return TRUE;
        }
      gtk_text_iter_forward_char (&iter);
    }

  return FALSE;
}

static gboolean
line_is_empty (GtkTextBuffer *buffer,
               int            line)
{
  GtkTextIter start;

  gtk_text_buffer_get_iter_at_line (buffer, &start, line);
  return gtk_text_iter_ends_line (&start);
}

void
_cr_rich_text_repair (CrRichTextTags *tags,
                      GtkTextBuffer  *buffer)
{
  guint number = 0;

  for (int line = 0; line < gtk_text_buffer_get_line_count (buffer); line++)
    {
      GtkTextIter start, text_start;
      CrRichBlockKind kind;
      g_autofree char *marker = NULL;
      g_autofree char *expected = NULL;

      while (delete_stray_markers (tags, buffer, line))
        ;

      gtk_text_buffer_get_iter_at_line (buffer, &start, line);
      kind = _cr_rich_text_line_kind (tags, &start);
      text_start = start;
      skip_marker (tags, &text_start);
      marker = gtk_text_iter_get_slice (&start, &text_start);

      switch (kind)
        {
        case CR_RICH_BLOCK_NUMBERED:
          expected = g_strdup_printf ("%u. ", ++number);
          break;
        case CR_RICH_BLOCK_BULLET:
          expected = g_strdup (BULLET_MARKER);
          number = 0;
          break;
        case CR_RICH_BLOCK_HEADING:
        case CR_RICH_BLOCK_PARAGRAPH:
        default:
          /* Empty lines are not kept: they do not end a list. */
          if (!line_is_empty (buffer, line))
            number = 0;
          break;
        }

      if (expected != NULL && strcmp (marker, expected) != 0)
        {
          delete_marker (tags, buffer, line);
          insert_marker (tags, buffer, line, kind, number);
        }

      tag_line (tags, buffer, line, kind);
    }
}

/*
 * CrRichText ⇄ buffer
 */

void
_cr_rich_text_buffer_load (CrRichTextTags *tags,
                           GtkTextBuffer  *buffer,
                           CrRichText     *text)
{
  GtkTextIter end;
  guint n_blocks = text != NULL ? cr_rich_text_get_n_blocks (text) : 0;

  gtk_text_buffer_set_text (buffer, "", 0);

  for (guint b = 0; b < n_blocks; b++)
    {
      CrRichBlockKind kind = cr_rich_text_get_block_kind (text, b);
      int line;

      gtk_text_buffer_get_end_iter (buffer, &end);
      if (b > 0)
        gtk_text_buffer_insert (buffer, &end, "\n", 1);
      line = gtk_text_iter_get_line (&end);

      if (kind == CR_RICH_BLOCK_BULLET || kind == CR_RICH_BLOCK_NUMBERED)
        insert_marker (tags, buffer, line, kind, 1);

      for (guint s = 0; s < cr_rich_text_get_n_spans (text, b); s++)
        {
          CrRichStyle style = cr_rich_text_get_span_style (text, b, s);
          GtkTextIter span_start;
          int offset;

          gtk_text_buffer_get_end_iter (buffer, &end);
          offset = gtk_text_iter_get_offset (&end);
          gtk_text_buffer_insert (buffer, &end, cr_rich_text_get_span_text (text, b, s), -1);
          gtk_text_buffer_get_iter_at_offset (buffer, &span_start, offset);
          gtk_text_buffer_get_end_iter (buffer, &end);
          if (style & CR_RICH_STYLE_BOLD)
            gtk_text_buffer_apply_tag (buffer, tags->bold, &span_start, &end);
          if (style & CR_RICH_STYLE_ITALIC)
            gtk_text_buffer_apply_tag (buffer, tags->italic, &span_start, &end);
        }

      tag_line (tags, buffer, line, kind);
    }

  _cr_rich_text_repair (tags, buffer);
}

static CrRichStyle
style_at (CrRichTextTags    *tags,
          const GtkTextIter *iter)
{
  CrRichStyle style = CR_RICH_STYLE_NONE;

  if (gtk_text_iter_has_tag (iter, tags->bold))
    style |= CR_RICH_STYLE_BOLD;
  if (gtk_text_iter_has_tag (iter, tags->italic))
    style |= CR_RICH_STYLE_ITALIC;
  return style;
}

CrRichText *
_cr_rich_text_buffer_save (CrRichTextTags *tags,
                           GtkTextBuffer  *buffer)
{
  g_autoptr(CrRichText) text = cr_rich_text_new ();

  for (int line = 0; line < gtk_text_buffer_get_line_count (buffer); line++)
    {
      GtkTextIter start, iter, line_end;

      gtk_text_buffer_get_iter_at_line (buffer, &start, line);
      iter = start;
      skip_marker (tags, &iter);
      line_end = iter;
      if (!gtk_text_iter_ends_line (&line_end))
        gtk_text_iter_forward_to_line_end (&line_end);
      if (gtk_text_iter_equal (&iter, &line_end))
        continue;

      cr_rich_text_append_block (text, _cr_rich_text_line_kind (tags, &start));

      /* Runs of one style, cut where a bold or italic tag toggles.
       * Markers are never text: a stray one is left out. */
      while (gtk_text_iter_compare (&iter, &line_end) < 0)
        {
          GtkTextIter run_end = iter;
          CrRichStyle style = style_at (tags, &iter);
          g_autofree char *run = NULL;

          if (is_marker_char (tags, &iter))
            {
              gtk_text_iter_forward_char (&iter);
              continue;
            }

          do
            {
              if (!gtk_text_iter_forward_to_tag_toggle (&run_end, NULL) ||
                  gtk_text_iter_compare (&run_end, &line_end) > 0)
                run_end = line_end;
            }
          while (gtk_text_iter_compare (&run_end, &line_end) < 0 &&
                 style_at (tags, &run_end) == style &&
                 !is_marker_char (tags, &run_end));

          run = gtk_text_iter_get_text (&iter, &run_end);
          cr_rich_text_append_span (text, run, style);
          iter = run_end;
        }
    }

  return g_steal_pointer (&text);
}
