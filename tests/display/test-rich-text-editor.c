/* test-rich-text-editor.c: CrRichTextEditor: CrRichText to the buffer and
 * back, typing, formatting, lists and their markers */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "cr-rich-text-editor.h"
#include "cr-test-utils.h"

/*
 * Helpers
 */

typedef struct
{
  GtkWindow        *window;
  CrRichTextEditor *editor;
  GtkTextBuffer    *buffer;
  guint             n_changed;
} Fixture;

static void
on_changed_cb (CrRichTextEditor *editor,
               Fixture          *fixture)
{
  fixture->n_changed++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->editor = CR_RICH_TEXT_EDITOR (cr_rich_text_editor_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->editor));
  gtk_window_set_default_size (fixture->window, 600, 400);
  gtk_window_present (fixture->window);
  fixture->buffer = gtk_text_view_get_buffer (cr_rich_text_editor_get_view (fixture->editor));
  g_signal_connect (fixture->editor, "changed", G_CALLBACK (on_changed_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  cr_test_spin (10);
}

static char *
buffer_text (Fixture *fixture)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (fixture->buffer, &start, &end);
  return gtk_text_buffer_get_text (fixture->buffer, &start, &end, TRUE);
}

static char *
editor_markup (Fixture *fixture)
{
  g_autoptr(CrRichText) text = cr_rich_text_editor_get_text (fixture->editor);

  return cr_rich_text_to_markup (text);
}

static void
load_markup (Fixture    *fixture,
             const char *markup)
{
  g_autoptr(CrRichText) text = cr_rich_text_parse (markup);

  cr_rich_text_editor_set_text (fixture->editor, text);
}

static void
place_cursor (Fixture *fixture,
              int      line,
              int      offset)
{
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_line_offset (fixture->buffer, &iter, line, offset);
  gtk_text_buffer_place_cursor (fixture->buffer, &iter);
}

static void
place_cursor_at_end (Fixture *fixture)
{
  GtkTextIter iter;

  gtk_text_buffer_get_end_iter (fixture->buffer, &iter);
  gtk_text_buffer_place_cursor (fixture->buffer, &iter);
}

/* As the text view does for a key press. */
static void
type (Fixture    *fixture,
      const char *text)
{
  gtk_text_buffer_begin_user_action (fixture->buffer);
  gtk_text_buffer_insert_interactive_at_cursor (fixture->buffer, text, -1, TRUE);
  gtk_text_buffer_end_user_action (fixture->buffer);
}

/*
 * Tests
 */

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(CrRichText) text = cr_rich_text_new ();
  g_autoptr(CrRichText) back = NULL;
  g_autoptr(CrRichText) parsed = NULL;
  g_autofree char *markup = NULL;
  g_autofree char *back_markup = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *plain = NULL;

  cr_rich_text_append_block (text, CR_RICH_BLOCK_HEADING);
  cr_rich_text_append_span (text, "What happened", CR_RICH_STYLE_NONE);
  cr_rich_text_append_block (text, CR_RICH_BLOCK_PARAGRAPH);
  cr_rich_text_append_span (text, "Plain, ", CR_RICH_STYLE_NONE);
  cr_rich_text_append_span (text, "bold", CR_RICH_STYLE_BOLD);
  cr_rich_text_append_span (text, ", ", CR_RICH_STYLE_NONE);
  cr_rich_text_append_span (text, "italic", CR_RICH_STYLE_ITALIC);
  cr_rich_text_append_span (text, " and ", CR_RICH_STYLE_NONE);
  cr_rich_text_append_span (text, "both", CR_RICH_STYLE_BOLD | CR_RICH_STYLE_ITALIC);
  cr_rich_text_append_span (text, ".", CR_RICH_STYLE_NONE);
  cr_rich_text_append_block (text, CR_RICH_BLOCK_BULLET);
  cr_rich_text_append_span (text, "First point", CR_RICH_STYLE_NONE);
  cr_rich_text_append_block (text, CR_RICH_BLOCK_BULLET);
  cr_rich_text_append_span (text, "Second ", CR_RICH_STYLE_NONE);
  cr_rich_text_append_span (text, "point", CR_RICH_STYLE_ITALIC);
  cr_rich_text_append_block (text, CR_RICH_BLOCK_NUMBERED);
  cr_rich_text_append_span (text, "One", CR_RICH_STYLE_NONE);
  cr_rich_text_append_block (text, CR_RICH_BLOCK_NUMBERED);
  cr_rich_text_append_span (text, "Two", CR_RICH_STYLE_BOLD);
  cr_rich_text_append_block (text, CR_RICH_BLOCK_NUMBERED);
  cr_rich_text_append_span (text, "Three — Zoë’s 12 *stars*", CR_RICH_STYLE_NONE);
  cr_rich_text_append_block (text, CR_RICH_BLOCK_PARAGRAPH);
  cr_rich_text_append_span (text, "The end.", CR_RICH_STYLE_NONE);

  cr_rich_text_editor_set_text (fixture->editor, text);
  g_assert_cmpuint (fixture->n_changed, ==, 0);

  /* The buffer shows the markers… */
  shown = buffer_text (fixture);
  g_assert_cmpstr (shown, ==,
                   "What happened\n"
                   "Plain, bold, italic and both.\n"
                   "• First point\n"
                   "• Second point\n"
                   "1. One\n"
                   "2. Two\n"
                   "3. Three — Zoë’s 12 *stars*\n"
                   "The end.");

  /* …but they are never part of the text. */
  back = cr_rich_text_editor_get_text (fixture->editor);
  markup = cr_rich_text_to_markup (text);
  back_markup = cr_rich_text_to_markup (back);
  g_assert_cmpstr (back_markup, ==, markup);
  g_assert_true (cr_rich_text_equal (back, text));
  plain = cr_rich_text_to_plain (back);
  g_assert_null (strstr (plain, "•"));
  g_assert_null (strstr (plain, "1. "));
  g_assert_cmpuint (cr_rich_text_get_n_blocks (back), ==, 8);
  g_assert_cmpint (cr_rich_text_get_block_kind (back, 0), ==, CR_RICH_BLOCK_HEADING);
  g_assert_cmpint (cr_rich_text_get_block_kind (back, 3), ==, CR_RICH_BLOCK_BULLET);
  g_assert_cmpint (cr_rich_text_get_block_kind (back, 6), ==, CR_RICH_BLOCK_NUMBERED);
  g_assert_cmpuint (cr_rich_text_get_n_spans (back, 1), ==, 7);
  g_assert_cmpint (cr_rich_text_get_span_style (back, 1, 5), ==, CR_RICH_STYLE_BOLD | CR_RICH_STYLE_ITALIC);
  g_assert_cmpuint (cr_rich_text_editor_get_n_words (fixture->editor), ==,
                    cr_rich_text_count_words (text));

  /* The stored form goes through as well. */
  parsed = cr_rich_text_parse (markup);
  cr_rich_text_editor_set_text (fixture->editor, parsed);
  g_clear_pointer (&back_markup, g_free);
  back_markup = editor_markup (fixture);
  g_assert_cmpstr (back_markup, ==, markup);

  /* An empty text is an empty buffer. */
  cr_rich_text_editor_set_text (fixture->editor, NULL);
  g_clear_pointer (&shown, g_free);
  shown = buffer_text (fixture);
  g_assert_cmpstr (shown, ==, "");
  g_clear_pointer (&back_markup, g_free);
  back_markup = editor_markup (fixture);
  g_assert_cmpstr (back_markup, ==, "");
  g_assert_cmpuint (cr_rich_text_editor_get_n_words (fixture->editor), ==, 0);
}

static void
test_typing_bold (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(CrRichText) text = NULL;
  g_autofree char *markup = NULL;
  GtkTextIter start, end;

  load_markup (fixture, NULL);
  g_assert_false (cr_rich_text_editor_get_bold (fixture->editor));

  type (fixture, "Plain then ");
  g_assert_cmpuint (fixture->n_changed, ==, 1);
  cr_rich_text_editor_set_bold (fixture->editor, TRUE);
  g_assert_true (cr_rich_text_editor_get_bold (fixture->editor));
  type (fixture, "bold words");
  cr_rich_text_editor_set_bold (fixture->editor, FALSE);
  type (fixture, " and plain again.");
  /* Ctrl+I is the action the toolbar button has. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->editor), "editor.italic", NULL);
  g_assert_true (cr_rich_text_editor_get_italic (fixture->editor));
  type (fixture, " Slanted");

  text = cr_rich_text_editor_get_text (fixture->editor);
  markup = cr_rich_text_to_markup (text);
  g_assert_cmpstr (markup, ==, "Plain then **bold words** and plain again.* Slanted*");
  g_assert_cmpuint (cr_rich_text_get_n_spans (text, 0), ==, 4);
  g_assert_cmpstr (cr_rich_text_get_span_text (text, 0, 1), ==, "bold words");
  g_assert_cmpint (cr_rich_text_get_span_style (text, 0, 1), ==, CR_RICH_STYLE_BOLD);
  g_assert_cmpuint (cr_rich_text_editor_get_n_words (fixture->editor), ==, 8);

  /* The toggle follows the cursor: in the bold words it is on. */
  place_cursor (fixture, 0, 14);
  g_assert_true (cr_rich_text_editor_get_bold (fixture->editor));
  g_assert_false (cr_rich_text_editor_get_italic (fixture->editor));
  place_cursor (fixture, 0, 3);
  g_assert_false (cr_rich_text_editor_get_bold (fixture->editor));

  /* A selection is formatted as a whole. */
  gtk_text_buffer_get_iter_at_offset (fixture->buffer, &start, 0);
  gtk_text_buffer_get_iter_at_offset (fixture->buffer, &end, 5);
  gtk_text_buffer_select_range (fixture->buffer, &start, &end);
  g_assert_false (cr_rich_text_editor_get_italic (fixture->editor));
  cr_rich_text_editor_set_italic (fixture->editor, TRUE);
  g_assert_true (cr_rich_text_editor_get_italic (fixture->editor));
  g_clear_pointer (&markup, g_free);
  markup = editor_markup (fixture);
  g_assert_true (g_str_has_prefix (markup, "*Plain* then **bold words**"));
}

static void
test_bullets (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *shown = NULL;
  g_autofree char *markup = NULL;
  GtkTextIter start, end;

  load_markup (fixture, "Apples\nPears\nPlums");
  place_cursor (fixture, 1, 2);
  g_assert_false (cr_rich_text_editor_get_block_kind (fixture->editor) == CR_RICH_BLOCK_BULLET);

  /* The toolbar's action: the line becomes an item behind a marker. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->editor), "editor.bulleted", NULL);
  g_assert_cmpint (cr_rich_text_editor_get_block_kind (fixture->editor), ==, CR_RICH_BLOCK_BULLET);
  shown = buffer_text (fixture);
  g_assert_cmpstr (shown, ==, "Apples\n• Pears\nPlums");
  markup = editor_markup (fixture);
  g_assert_cmpstr (markup, ==, "Apples\n- Pears\nPlums");
  g_assert_cmpuint (fixture->n_changed, ==, 1);

  /* The marker cannot be typed into: the cursor stays after it. */
  place_cursor (fixture, 1, 0);
  gtk_text_buffer_get_iter_at_mark (fixture->buffer, &start, gtk_text_buffer_get_insert (fixture->buffer));
  g_assert_cmpint (gtk_text_iter_get_line_offset (&start), ==, 2);
  type (fixture, "Ripe ");
  g_clear_pointer (&markup, g_free);
  markup = editor_markup (fixture);
  g_assert_cmpstr (markup, ==, "Apples\n- Ripe Pears\nPlums");

  /* Return in an item starts the next one; Return on an empty one ends
   * the list. */
  gtk_text_buffer_get_iter_at_line (fixture->buffer, &end, 1);
  gtk_text_iter_forward_to_line_end (&end);
  gtk_text_buffer_place_cursor (fixture->buffer, &end);
  type (fixture, "\n");
  g_clear_pointer (&shown, g_free);
  shown = buffer_text (fixture);
  g_assert_cmpstr (shown, ==, "Apples\n• Ripe Pears\n• \nPlums");
  type (fixture, "\n");
  g_clear_pointer (&shown, g_free);
  shown = buffer_text (fixture);
  g_assert_cmpstr (shown, ==, "Apples\n• Ripe Pears\n\nPlums");
  g_assert_cmpint (cr_rich_text_editor_get_block_kind (fixture->editor), ==, CR_RICH_BLOCK_PARAGRAPH);

  /* Toggling again takes the marker away. */
  place_cursor (fixture, 1, 4);
  g_assert_true (cr_rich_text_editor_get_block_kind (fixture->editor) == CR_RICH_BLOCK_BULLET);
  gtk_widget_activate_action (GTK_WIDGET (fixture->editor), "editor.bulleted", NULL);
  g_clear_pointer (&shown, g_free);
  shown = buffer_text (fixture);
  g_assert_cmpstr (shown, ==, "Apples\nRipe Pears\n\nPlums");

  /* Backspace just after a marker does the same. */
  place_cursor (fixture, 0, 0);
  gtk_widget_activate_action (GTK_WIDGET (fixture->editor), "editor.bulleted", NULL);
  place_cursor (fixture, 0, 2);
  g_signal_emit_by_name (cr_rich_text_editor_get_view (fixture->editor), "backspace");
  g_clear_pointer (&shown, g_free);
  shown = buffer_text (fixture);
  g_assert_cmpstr (shown, ==, "Apples\nRipe Pears\n\nPlums");

  /* A selection of lines becomes a list at once. */
  gtk_text_buffer_get_bounds (fixture->buffer, &start, &end);
  gtk_text_buffer_select_range (fixture->buffer, &start, &end);
  cr_rich_text_editor_set_block_kind (fixture->editor, CR_RICH_BLOCK_BULLET);
  g_clear_pointer (&markup, g_free);
  markup = editor_markup (fixture);
  g_assert_cmpstr (markup, ==, "- Apples\n- Ripe Pears\n- Plums");
}

static void
test_numbered (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *shown = NULL;
  g_autofree char *markup = NULL;
  GtkTextIter start, end;

  load_markup (fixture, "1. Alpha\n1. Beta\n1. Gamma\nAfter\n7. Again");
  shown = buffer_text (fixture);
  g_assert_cmpstr (shown, ==, "1. Alpha\n2. Beta\n3. Gamma\nAfter\n1. Again");

  /* A new item between two is numbered, and those after it move on. */
  gtk_text_buffer_get_iter_at_line (fixture->buffer, &end, 0);
  gtk_text_iter_forward_to_line_end (&end);
  gtk_text_buffer_place_cursor (fixture->buffer, &end);
  type (fixture, "\nInserted");
  g_clear_pointer (&shown, g_free);
  shown = buffer_text (fixture);
  g_assert_cmpstr (shown, ==, "1. Alpha\n2. Inserted\n3. Beta\n4. Gamma\nAfter\n1. Again");

  /* Deleting a line renumbers the rest. */
  gtk_text_buffer_get_iter_at_line (fixture->buffer, &start, 1);
  gtk_text_buffer_get_iter_at_line (fixture->buffer, &end, 3);
  gtk_text_buffer_begin_user_action (fixture->buffer);
  gtk_text_buffer_delete (fixture->buffer, &start, &end);
  gtk_text_buffer_end_user_action (fixture->buffer);
  g_clear_pointer (&shown, g_free);
  shown = buffer_text (fixture);
  g_assert_cmpstr (shown, ==, "1. Alpha\n2. Gamma\nAfter\n1. Again");

  /* Joining an item to the line before keeps no marker in the middle. */
  gtk_text_buffer_get_iter_at_line (fixture->buffer, &end, 0);
  gtk_text_iter_forward_to_line_end (&end);
  start = end;
  gtk_text_iter_forward_char (&end);
  gtk_text_buffer_begin_user_action (fixture->buffer);
  gtk_text_buffer_delete_interactive (fixture->buffer, &start, &end, TRUE);
  gtk_text_buffer_end_user_action (fixture->buffer);
  g_clear_pointer (&shown, g_free);
  shown = buffer_text (fixture);
  g_assert_cmpstr (shown, ==, "1. AlphaGamma\nAfter\n1. Again");

  /* Making "After" an item joins the two lists: numbers follow. */
  place_cursor (fixture, 1, 0);
  cr_rich_text_editor_set_block_kind (fixture->editor, CR_RICH_BLOCK_NUMBERED);
  g_clear_pointer (&shown, g_free);
  shown = buffer_text (fixture);
  g_assert_cmpstr (shown, ==, "1. AlphaGamma\n2. After\n3. Again");
  markup = editor_markup (fixture);
  /* Written in order, from the items, not from the markers. */
  g_assert_cmpstr (markup, ==, "1. AlphaGamma\n2. After\n3. Again");
}

static void
test_heading_and_undo (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *markup = NULL;
  g_autofree char *shown = NULL;

  load_markup (fixture, NULL);

  /* Heading on an empty text: what is typed is the heading. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->editor), "editor.heading", NULL);
  g_assert_cmpint (cr_rich_text_editor_get_block_kind (fixture->editor), ==, CR_RICH_BLOCK_HEADING);
  type (fixture, "Learning");
  /* Return at the end of a heading starts a paragraph. */
  type (fixture, "\n");
  g_assert_cmpint (cr_rich_text_editor_get_block_kind (fixture->editor), ==, CR_RICH_BLOCK_PARAGRAPH);
  type (fixture, "What we found.");
  markup = editor_markup (fixture);
  g_assert_cmpstr (markup, ==, "## Learning\nWhat we found.");

  /* The buffer's own undo: the last typing goes, then comes back. */
  g_assert_true (gtk_text_buffer_get_can_undo (fixture->buffer));
  gtk_widget_activate_action (GTK_WIDGET (fixture->editor), "editor.undo", NULL);
  shown = buffer_text (fixture);
  g_assert_false (g_str_has_suffix (shown, "What we found."));
  gtk_widget_activate_action (GTK_WIDGET (fixture->editor), "editor.redo", NULL);
  g_clear_pointer (&shown, g_free);
  shown = buffer_text (fixture);
  g_assert_true (g_str_has_suffix (shown, "What we found."));

  /* Undoing a list item brings no marker back as text. */
  load_markup (fixture, "- One");
  place_cursor_at_end (fixture);
  type (fixture, "\n");
  type (fixture, "Two");
  gtk_text_buffer_undo (fixture->buffer);
  gtk_text_buffer_undo (fixture->buffer);
  gtk_text_buffer_redo (fixture->buffer);
  g_clear_pointer (&markup, g_free);
  markup = editor_markup (fixture);
  g_assert_cmpstr (markup, ==, "- One");
  gtk_text_buffer_redo (fixture->buffer);
  g_clear_pointer (&markup, g_free);
  markup = editor_markup (fixture);
  g_assert_cmpstr (markup, ==, "- One\n- Two");

  /* A read-only editor changes nothing. */
  cr_rich_text_editor_set_editable (fixture->editor, FALSE);
  place_cursor (fixture, 0, 3);
  cr_rich_text_editor_set_block_kind (fixture->editor, CR_RICH_BLOCK_HEADING);
  g_clear_pointer (&markup, g_free);
  markup = editor_markup (fixture);
  g_assert_cmpstr (markup, ==, "- One\n- Two");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/rich-text-editor/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("round-trip", test_round_trip);
  ADD ("typing-bold", test_typing_bold);
  ADD ("bullets", test_bullets);
  ADD ("numbered", test_numbered);
  ADD ("heading-and-undo", test_heading_and_undo);
#undef ADD

  return g_test_run ();
}
