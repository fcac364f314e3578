/* test-rich-text.c: the report's text, its markup and its changes */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cr-rich-text.h"

#define FUZZ_SEED 20260305
#define FUZZ_ROUNDS 3000

/* ---- Helpers ----------------------------------------------------------- */

static void
assert_round_trip (CrRichText *text)
{
  g_autofree char *markup = cr_rich_text_to_markup (text);
  g_autoptr(CrRichText) parsed = cr_rich_text_parse (markup);
  g_autofree char *again = cr_rich_text_to_markup (parsed);

  if (!cr_rich_text_equal (text, parsed) || g_strcmp0 (markup, again) != 0)
    g_error ("round trip changed the text: “%s” became “%s”", markup, again);
}

static void
assert_span (CrRichText  *text,
             guint        block,
             guint        span,
             const char  *expected,
             CrRichStyle  style)
{
  g_assert_cmpstr (cr_rich_text_get_span_text (text, block, span), ==, expected);
  g_assert_cmpint (cr_rich_text_get_span_style (text, block, span), ==, style);
}

static void
assert_markup (CrRichText *text,
               const char *expected)
{
  g_autofree char *markup = cr_rich_text_to_markup (text);

  g_assert_cmpstr (markup, ==, expected);
}

/* ---- Parsing ----------------------------------------------------------- */

static void
test_parse_blocks (void)
{
  g_autoptr(CrRichText) text = NULL;
  g_autofree char *plain = NULL;

  text = cr_rich_text_parse ("## Key practice episode 1\n"
                             "- Health visiting\n"
                             "1. First visit\n"
                             "7. Second visit\n"
                             "Baby H was **not** seen *alone*, ***ever***.");

  g_assert_cmpuint (cr_rich_text_get_n_blocks (text), ==, 5);
  g_assert_cmpint (cr_rich_text_get_block_kind (text, 0), ==, CR_RICH_BLOCK_HEADING);
  g_assert_cmpint (cr_rich_text_get_block_kind (text, 1), ==, CR_RICH_BLOCK_BULLET);
  g_assert_cmpint (cr_rich_text_get_block_kind (text, 2), ==, CR_RICH_BLOCK_NUMBERED);
  g_assert_cmpint (cr_rich_text_get_block_kind (text, 3), ==, CR_RICH_BLOCK_NUMBERED);
  g_assert_cmpint (cr_rich_text_get_block_kind (text, 4), ==, CR_RICH_BLOCK_PARAGRAPH);

  assert_span (text, 0, 0, "Key practice episode 1", CR_RICH_STYLE_NONE);
  g_assert_cmpuint (cr_rich_text_get_n_spans (text, 4), ==, 7);
  assert_span (text, 4, 0, "Baby H was ", CR_RICH_STYLE_NONE);
  assert_span (text, 4, 1, "not", CR_RICH_STYLE_BOLD);
  assert_span (text, 4, 2, " seen ", CR_RICH_STYLE_NONE);
  assert_span (text, 4, 3, "alone", CR_RICH_STYLE_ITALIC);
  assert_span (text, 4, 4, ", ", CR_RICH_STYLE_NONE);
  assert_span (text, 4, 5, "ever", CR_RICH_STYLE_BOLD | CR_RICH_STYLE_ITALIC);
  assert_span (text, 4, 6, ".", CR_RICH_STYLE_NONE);

  /* Items are numbered in order when written. */
  assert_markup (text,
                 "## Key practice episode 1\n"
                 "- Health visiting\n"
                 "1. First visit\n"
                 "2. Second visit\n"
                 "Baby H was **not** seen *alone*, ***ever***.");

  plain = cr_rich_text_to_plain (text);
  g_assert_cmpstr (plain, ==,
                   "Key practice episode 1\nHealth visiting\nFirst visit\nSecond visit\n"
                   "Baby H was not seen alone, ever.");

  g_clear_pointer (&plain, g_free);
  plain = cr_rich_text_dup_block_text (text, 2);
  g_assert_cmpstr (plain, ==, "First visit");
}

static void
test_parse_lines (void)
{
  g_autoptr(CrRichText) text = NULL;
  g_autoptr(CrRichText) empty = NULL;

  /* "\r\n" is a line break; empty lines and empty markers make nothing. */
  text = cr_rich_text_parse ("First\r\n\r\n\n## \n- \n1. \nSecond\n");
  g_assert_cmpuint (cr_rich_text_get_n_blocks (text), ==, 2);
  assert_markup (text, "First\nSecond");

  /* Adjacent styles: the closing and opening marks run together. */
  g_clear_pointer (&text, cr_rich_text_unref);
  text = cr_rich_text_parse ("**bold***italic****both***plain");
  g_assert_cmpuint (cr_rich_text_get_n_spans (text, 0), ==, 4);
  assert_span (text, 0, 0, "bold", CR_RICH_STYLE_BOLD);
  assert_span (text, 0, 1, "italic", CR_RICH_STYLE_ITALIC);
  assert_span (text, 0, 2, "both", CR_RICH_STYLE_BOLD | CR_RICH_STYLE_ITALIC);
  assert_span (text, 0, 3, "plain", CR_RICH_STYLE_NONE);
  assert_round_trip (text);

  empty = cr_rich_text_parse (NULL);
  g_assert_true (cr_rich_text_is_empty (empty));
  assert_markup (empty, "");
  g_clear_pointer (&empty, cr_rich_text_unref);
  empty = cr_rich_text_parse ("\n\n\r\n");
  g_assert_true (cr_rich_text_is_empty (empty));
  g_assert_cmpuint (cr_rich_text_get_n_blocks (empty), ==, 0);
}

static void
test_escapes (void)
{
  g_autoptr(CrRichText) text = cr_rich_text_new ();
  g_autoptr(CrRichText) parsed = NULL;

  /* Paragraphs that would read as markers, and characters that would
   * read as marks. */
  cr_rich_text_append_block (text, CR_RICH_BLOCK_PARAGRAPH);
  cr_rich_text_append_span (text, "## not a heading", CR_RICH_STYLE_NONE);
  cr_rich_text_append_block (text, CR_RICH_BLOCK_PARAGRAPH);
  cr_rich_text_append_span (text, "- not an item", CR_RICH_STYLE_NONE);
  cr_rich_text_append_block (text, CR_RICH_BLOCK_PARAGRAPH);
  cr_rich_text_append_span (text, "12. not numbered", CR_RICH_STYLE_NONE);
  cr_rich_text_append_block (text, CR_RICH_BLOCK_PARAGRAPH);
  cr_rich_text_append_span (text, "2*3 = 6 and C:\\path", CR_RICH_STYLE_NONE);
  cr_rich_text_append_span (text, "*star*", CR_RICH_STYLE_BOLD);
  cr_rich_text_append_block (text, CR_RICH_BLOCK_HEADING);
  cr_rich_text_append_span (text, "- dash in a heading", CR_RICH_STYLE_NONE);
  cr_rich_text_append_block (text, CR_RICH_BLOCK_PARAGRAPH);
  cr_rich_text_append_span (text, "1234567890. ten digits is a paragraph", CR_RICH_STYLE_NONE);

  assert_markup (text,
                 "\\## not a heading\n"
                 "\\- not an item\n"
                 "\\12. not numbered\n"
                 "2\\*3 = 6 and C:\\\\path**\\*star\\***\n"
                 "## - dash in a heading\n"
                 "1234567890. ten digits is a paragraph");
  assert_round_trip (text);

  parsed = cr_rich_text_parse ("\\*not italic\\* and \\\\ and \\q and a last \\");
  g_assert_cmpuint (cr_rich_text_get_n_spans (parsed, 0), ==, 1);
  assert_span (parsed, 0, 0, "*not italic* and \\ and q and a last \\", CR_RICH_STYLE_NONE);
}

static void
test_unbalanced (void)
{
  const struct {
    const char *markup;
    const char *plain;
    guint       n_spans;
  } cases[] = {
    { "a **b", "a **b", 1 },
    { "*a", "*a", 1 },
    { "a***", "a***", 1 },
    { "**a*", "**a*", 1 },
    { "****", "****", 1 },
    { "a ** b", "a ** b", 1 },
    { "**a** *b", "a *b", 2 },
    { "*****x*****", "*****x*****", 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CrRichText) text = cr_rich_text_parse (cases[i].markup);
      g_autofree char *plain = cr_rich_text_to_plain (text);

      g_assert_cmpstr (plain, ==, cases[i].plain);
      g_assert_cmpuint (cr_rich_text_get_n_spans (text, 0), ==, cases[i].n_spans);
      /* What it reads back as is stable. */
      assert_round_trip (text);
    }
}

static void
test_invalid_input (void)
{
  g_autoptr(CrRichText) text = NULL;
  g_autoptr(CrRichText) built = cr_rich_text_new ();
  g_autofree char *plain = NULL;
  g_autofree char *built_plain = NULL;

  text = cr_rich_text_parse ("ab\xff\xfe" "cd\x01" "e\tf\x7f" "g\x1b" "h");
  plain = cr_rich_text_to_plain (text);
  g_assert_true (g_utf8_validate (plain, -1, NULL));
  g_assert_nonnull (strstr (plain, "\xef\xbf\xbd"));  /* U+FFFD */
  g_assert_true (g_str_has_prefix (plain, "ab"));
  g_assert_true (g_str_has_suffix (plain, "cde\tfgh"));
  assert_round_trip (text);

  /* A span never holds a line break. */
  cr_rich_text_append_span (built, "one\ntwo\r\nthree\x02", CR_RICH_STYLE_ITALIC);
  g_assert_cmpuint (cr_rich_text_get_n_blocks (built), ==, 1);
  built_plain = cr_rich_text_to_plain (built);
  g_assert_cmpstr (built_plain, ==, "one two three");
  assert_round_trip (built);
}

/* ---- Building and changing ---------------------------------------------- */

static void
test_build (void)
{
  g_autoptr(CrRichText) text = cr_rich_text_new ();
  g_autoptr(CrRichText) copy = NULL;
  g_autoptr(CrRichText) from_plain = NULL;
  g_autofree char *plain = NULL;
  GValue value = G_VALUE_INIT;

  g_assert_true (cr_rich_text_is_empty (text));

  /* Same-style spans merge; empty ones are dropped. */
  cr_rich_text_append_span (text, "Start ", CR_RICH_STYLE_NONE);
  cr_rich_text_append_span (text, "", CR_RICH_STYLE_BOLD);
  cr_rich_text_append_span (text, "and ", CR_RICH_STYLE_NONE);
  cr_rich_text_append_span (text, "more", CR_RICH_STYLE_BOLD);
  g_assert_cmpuint (cr_rich_text_get_n_blocks (text), ==, 1);
  g_assert_cmpuint (cr_rich_text_get_n_spans (text, 0), ==, 2);
  assert_span (text, 0, 0, "Start and ", CR_RICH_STYLE_NONE);

  /* A block with no text is not written. */
  cr_rich_text_append_block (text, CR_RICH_BLOCK_BULLET);
  g_assert_cmpuint (cr_rich_text_get_n_blocks (text), ==, 2);
  assert_markup (text, "Start and **more**");
  g_assert_false (cr_rich_text_is_empty (text));

  copy = cr_rich_text_copy (text);
  g_assert_true (cr_rich_text_equal (text, copy));
  cr_rich_text_append_span (copy, "item", CR_RICH_STYLE_NONE);
  g_assert_false (cr_rich_text_equal (text, copy));
  assert_markup (copy, "Start and **more**\n- item");
  assert_markup (text, "Start and **more**");

  from_plain = cr_rich_text_new_from_plain ("First line *not italic*\n  \n\nSecond\r\n");
  g_assert_cmpuint (cr_rich_text_get_n_blocks (from_plain), ==, 2);
  plain = cr_rich_text_to_plain (from_plain);
  g_assert_cmpstr (plain, ==, "First line *not italic*\nSecond");
  assert_round_trip (from_plain);

  /* A boxed type, reference counted. */
  g_value_init (&value, CR_TYPE_RICH_TEXT);
  g_value_set_boxed (&value, text);
  g_assert_true (g_value_get_boxed (&value) == text);
  g_value_unset (&value);
}

static void
test_replace (void)
{
  g_autoptr(CrRichText) text = cr_rich_text_parse ("Hello **big** world\nSecond");
  g_autofree char *block = NULL;

  /* Out of range: nothing changes. */
  g_assert_false (cr_rich_text_replace (text, 0, 5, 4, "x"));
  g_assert_false (cr_rich_text_replace (text, 0, 0, 16, "x"));
  g_assert_false (cr_rich_text_replace (text, 2, 0, 0, "x"));
  assert_markup (text, "Hello **big** world\nSecond");

  /* Across spans, in the style of the first character replaced. */
  g_assert_true (cr_rich_text_replace (text, 0, 7, 11, "IG W"));
  assert_markup (text, "Hello **bIG W**orld\nSecond");
  g_assert_true (cr_rich_text_replace (text, 0, 4, 8, "o, "));
  assert_markup (text, "Hello, **G W**orld\nSecond");
  g_assert_cmpuint (cr_rich_text_get_n_spans (text, 0), ==, 3);

  /* Deleting a whole span merges its neighbours. */
  g_assert_true (cr_rich_text_replace (text, 0, 7, 10, NULL));
  assert_markup (text, "Hello, orld\nSecond");
  g_assert_cmpuint (cr_rich_text_get_n_spans (text, 0), ==, 1);

  /* Inserting at the end takes the last character's style; a line break
   * becomes a space; character offsets, not bytes. */
  g_assert_true (cr_rich_text_replace (text, 1, 6, 6, " café\nbar"));
  g_assert_true (cr_rich_text_replace (text, 1, 10, 11, "É"));
  block = cr_rich_text_dup_block_text (text, 1);
  g_assert_cmpstr (block, ==, "Second cafÉ bar");

  /* Emptying a block leaves it unwritten. */
  g_assert_true (cr_rich_text_replace (text, 0, 0, 11, ""));
  assert_markup (text, "Second cafÉ bar");
}

static void
test_words_and_pango (void)
{
  g_autoptr(CrRichText) text = cr_rich_text_parse ("Don't stop — 3 times, e.g. café naïve\n"
                                                   "**wo**rd & <b>\n"
                                                   "a\n"
                                                   "b");
  g_autofree char *pango = NULL;

  /* Runs of letters and digits; a change of style does not split a word;
   * blocks do. */
  g_assert_cmpuint (cr_rich_text_count_words (text), ==, 9 + 2 + 1 + 1);
  g_assert_cmpuint (cr_text_count_words ("120 words, added!"), ==, 3);
  g_assert_cmpuint (cr_text_count_words (NULL), ==, 0);

  pango = cr_rich_text_dup_block_pango (text, 1);
  g_assert_cmpstr (pango, ==, "<b>wo</b>rd &amp; &lt;b&gt;");

  g_clear_pointer (&pango, g_free);
  g_clear_pointer (&text, cr_rich_text_unref);
  text = cr_rich_text_parse ("***x*** *y*");
  pango = cr_rich_text_dup_block_pango (text, 0);
  g_assert_cmpstr (pango, ==, "<b><i>x</i></b> <i>y</i>");
}

/* ---- Fuzz -------------------------------------------------------------- */

static const char * const pieces[] = {
  "a", "b", "Baby H", " ", "  ", "*", "**", "\\", "#", "## ", "-", "- ", "1", "12. ",
  ".", "é", "—", "\t", "\n", "&", "<", "x*y", "\\*", "0",
};

static char *
random_piece_text (GRand *rand)
{
  GString *text = g_string_new (NULL);
  guint n = g_rand_int_range (rand, 1, 6);

  for (guint i = 0; i < n; i++)
    g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);

  return g_string_free (text, FALSE);
}

static void
test_fuzz_round_trip (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (FUZZ_SEED);

  for (guint round = 0; round < FUZZ_ROUNDS; round++)
    {
      g_autoptr(CrRichText) text = cr_rich_text_new ();
      guint n_blocks = g_rand_int_range (rand, 0, 6);

      for (guint b = 0; b < n_blocks; b++)
        {
          guint n_spans = g_rand_int_range (rand, 0, 6);

          cr_rich_text_append_block (text, g_rand_int_range (rand, 0, 4));
          for (guint s = 0; s < n_spans; s++)
            {
              g_autofree char *piece = random_piece_text (rand);

              cr_rich_text_append_span (text, piece, g_rand_int_range (rand, 0, 4));
            }
        }

      assert_round_trip (text);

      /* Replacing keeps the text writable and readable back. */
      if (cr_rich_text_get_n_blocks (text) > 0)
        {
          guint block = g_rand_int_range (rand, 0, cr_rich_text_get_n_blocks (text));
          g_autofree char *plain = cr_rich_text_dup_block_text (text, block);
          glong length = g_utf8_strlen (plain, -1);
          guint start = g_rand_int_range (rand, 0, length + 1);
          guint end = g_rand_int_range (rand, start, length + 1);
          g_autofree char *replacement = random_piece_text (rand);

          g_assert_true (cr_rich_text_replace (text, block, start, end, replacement));
          assert_round_trip (text);
        }
    }
}

static void
test_fuzz_parse (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (FUZZ_SEED + 1);

  for (guint round = 0; round < FUZZ_ROUNDS; round++)
    {
      g_autoptr(GString) markup = g_string_new (NULL);
      g_autoptr(CrRichText) text = NULL;
      g_autofree char *plain = NULL;
      guint n = g_rand_int_range (rand, 0, 30);

      for (guint i = 0; i < n; i++)
        {
          if (g_rand_int_range (rand, 0, 10) == 0)
            g_string_append_c (markup, (char) g_rand_int_range (rand, 1, 256));
          else
            g_string_append (markup, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
        }

      /* Any input reads as something, and that reads back the same. */
      text = cr_rich_text_parse (markup->str);
      plain = cr_rich_text_to_plain (text);
      g_assert_true (g_utf8_validate (plain, -1, NULL));
      assert_round_trip (text);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rich-text/parse/blocks", test_parse_blocks);
  g_test_add_func ("/rich-text/parse/lines", test_parse_lines);
  g_test_add_func ("/rich-text/parse/escapes", test_escapes);
  g_test_add_func ("/rich-text/parse/unbalanced", test_unbalanced);
  g_test_add_func ("/rich-text/parse/invalid", test_invalid_input);
  g_test_add_func ("/rich-text/build", test_build);
  g_test_add_func ("/rich-text/replace", test_replace);
  g_test_add_func ("/rich-text/words-and-pango", test_words_and_pango);
  g_test_add_func ("/rich-text/fuzz/round-trip", test_fuzz_round_trip);
  g_test_add_func ("/rich-text/fuzz/parse", test_fuzz_parse);

  return g_test_run ();
}
