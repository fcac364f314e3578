/* test-text-diff.c: what changed between two drafts, word by word */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cr-text-diff.h"

#define RANDOM_SEED 4711
#define RANDOM_ROUNDS 400

/* ---- Helpers ----------------------------------------------------------- */

/* The old text (EQUAL + DELETE) and the new (EQUAL + INSERT) put back
 * together; neighbours never share a kind. */
static void
assert_rebuilds (GPtrArray  *pieces,
                 const char *old_text,
                 const char *new_text)
{
  g_autoptr(GString) old_rebuilt = g_string_new (NULL);
  g_autoptr(GString) new_rebuilt = g_string_new (NULL);

  for (guint i = 0; i < pieces->len; i++)
    {
      CrTextDiffPiece *piece = g_ptr_array_index (pieces, i);

      g_assert_nonnull (piece->text);
      g_assert_cmpstr (piece->text, !=, "");

      if (i > 0)
        {
          CrTextDiffPiece *previous = g_ptr_array_index (pieces, i - 1);

          g_assert_cmpint (previous->kind, !=, piece->kind);
          /* A deletion comes before the insertion it goes with. */
          g_assert_false (previous->kind == CR_TEXT_DIFF_INSERT &&
                          piece->kind == CR_TEXT_DIFF_DELETE);
        }

      if (piece->kind != CR_TEXT_DIFF_INSERT)
        g_string_append (old_rebuilt, piece->text);
      if (piece->kind != CR_TEXT_DIFF_DELETE)
        g_string_append (new_rebuilt, piece->text);
    }

  g_assert_cmpstr (old_rebuilt->str, ==, old_text != NULL ? old_text : "");
  g_assert_cmpstr (new_rebuilt->str, ==, new_text != NULL ? new_text : "");
}

static void
assert_piece (GPtrArray      *pieces,
              guint           index,
              CrTextDiffKind  kind,
              const char     *text)
{
  CrTextDiffPiece *piece;

  g_assert_cmpuint (index, <, pieces->len);
  piece = g_ptr_array_index (pieces, index);
  g_assert_cmpint (piece->kind, ==, kind);
  g_assert_cmpstr (piece->text, ==, text);
}

/* ---- Tests ------------------------------------------------------------- */

static void
test_simple (void)
{
  const char *old_text = "The health visitor saw Baby H at home. Mother was present.";
  const char *new_text = "The health visitor saw Baby H at the clinic. Mother was present.";
  g_autoptr(GPtrArray) pieces = cr_text_diff (old_text, new_text);
  guint inserted, deleted;

  assert_rebuilds (pieces, old_text, new_text);
  g_assert_cmpuint (pieces->len, ==, 4);
  assert_piece (pieces, 0, CR_TEXT_DIFF_EQUAL, "The health visitor saw Baby H at ");
  assert_piece (pieces, 1, CR_TEXT_DIFF_DELETE, "home");
  assert_piece (pieces, 2, CR_TEXT_DIFF_INSERT, "the clinic");
  assert_piece (pieces, 3, CR_TEXT_DIFF_EQUAL, ". Mother was present.");

  cr_text_diff_count_words (pieces, &inserted, &deleted);
  g_assert_cmpuint (inserted, ==, 2);
  g_assert_cmpuint (deleted, ==, 1);
}

static void
test_edges (void)
{
  g_autoptr(GPtrArray) both_null = cr_text_diff (NULL, NULL);
  g_autoptr(GPtrArray) added = cr_text_diff (NULL, "New section text.");
  g_autoptr(GPtrArray) removed = cr_text_diff ("Old text", "");
  g_autoptr(GPtrArray) same = cr_text_diff ("Same\ntext", "Same\ntext");
  g_autoptr(GPtrArray) lines = cr_text_diff ("one\ntwo\nthree", "one\nTWO\nthree\nfour");
  g_autoptr(GPtrArray) leading = cr_text_diff ("— start, words", "… start, words");
  guint inserted = 99, deleted = 99;

  g_assert_cmpuint (both_null->len, ==, 0);
  cr_text_diff_count_words (both_null, &inserted, &deleted);
  g_assert_cmpuint (inserted, ==, 0);
  g_assert_cmpuint (deleted, ==, 0);

  g_assert_cmpuint (added->len, ==, 1);
  assert_piece (added, 0, CR_TEXT_DIFF_INSERT, "New section text.");
  cr_text_diff_count_words (added, &inserted, NULL);
  g_assert_cmpuint (inserted, ==, 3);

  g_assert_cmpuint (removed->len, ==, 1);
  assert_piece (removed, 0, CR_TEXT_DIFF_DELETE, "Old text");

  g_assert_cmpuint (same->len, ==, 1);
  assert_piece (same, 0, CR_TEXT_DIFF_EQUAL, "Same\ntext");

  /* A newline is a token of its own. */
  assert_rebuilds (lines, "one\ntwo\nthree", "one\nTWO\nthree\nfour");
  assert_piece (lines, 0, CR_TEXT_DIFF_EQUAL, "one\n");
  assert_piece (lines, 1, CR_TEXT_DIFF_DELETE, "two");
  assert_piece (lines, 2, CR_TEXT_DIFF_INSERT, "TWO");
  assert_piece (lines, 3, CR_TEXT_DIFF_EQUAL, "\nthree");
  assert_piece (lines, 4, CR_TEXT_DIFF_INSERT, "\nfour");

  /* Punctuation before the first word is a token too. */
  assert_rebuilds (leading, "— start, words", "… start, words");
  assert_piece (leading, 0, CR_TEXT_DIFF_DELETE, "—");
  assert_piece (leading, 1, CR_TEXT_DIFF_INSERT, "…");
  assert_piece (leading, 2, CR_TEXT_DIFF_EQUAL, " start, words");
}

/* Diffs @old_text against @new_text and checks the pieces are @expected:
 * a kind letter ('=', '-', '+') then the text, and the word counts. */
static void
assert_diff (const char         *old_text,
             const char         *new_text,
             const char * const *expected,
             guint               n_inserted,
             guint               n_deleted)
{
  g_autoptr(GPtrArray) pieces = cr_text_diff (old_text, new_text);
  guint n = g_strv_length ((char **) expected);
  guint inserted, deleted;

  assert_rebuilds (pieces, old_text, new_text);
  g_assert_cmpuint (pieces->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      CrTextDiffKind kind = expected[i][0] == '=' ? CR_TEXT_DIFF_EQUAL
                            : expected[i][0] == '-' ? CR_TEXT_DIFF_DELETE : CR_TEXT_DIFF_INSERT;

      assert_piece (pieces, i, kind, expected[i] + 1);
    }

  cr_text_diff_count_words (pieces, &inserted, &deleted);
  g_assert_cmpuint (inserted, ==, n_inserted);
  g_assert_cmpuint (deleted, ==, n_deleted);
}

/* Words added after the last full stop are all that is inserted: the
 * full stop, the end of the old text, is no longer followed by nothing
 * but it is the same token. */
static void
test_append_at_end (void)
{
  const char * const appended[] = {
    "=A review was possible.", "+ The family took part.", NULL,
  };
  const char * const new_paragraph[] = {
    "=A review was possible.", "+\nThe family took part.", NULL,
  };
  const char * const at_start[] = {
    "+Sadly, ", "=Baby H died.", NULL,
  };

  assert_diff ("A review was possible.", "A review was possible. The family took part.",
               appended, 4, 0);
  assert_diff ("A review was possible.", "A review was possible.\nThe family took part.",
               new_paragraph, 4, 0);
  assert_diff ("Baby H died.", "Sadly, Baby H died.", at_start, 1, 0);
}

static void
test_insert_in_middle (void)
{
  const char * const word[] = {
    "=The plan was ", "+not ", "=agreed.", NULL,
  };
  const char * const sentence[] = {
    "=Mother was seen. ", "+The baby was asleep. ", "=Father was not.", NULL,
  };
  const char * const spaces[] = {
    "=The plan was ", "+ ", "=agreed.", NULL,
  };

  assert_diff ("The plan was agreed.", "The plan was not agreed.", word, 1, 0);
  assert_diff ("Mother was seen. Father was not.",
               "Mother was seen. The baby was asleep. Father was not.", sentence, 4, 0);
  /* Only the spaces changed: no word is counted. */
  assert_diff ("The plan was agreed.", "The plan was  agreed.", spaces, 0, 0);
}

static void
test_delete_at_end (void)
{
  const char * const sentence[] = {
    "=The plan was agreed.", "- It was reviewed in May.", NULL,
  };
  const char * const word[] = {
    "=The plan was agreed", "- late", "=.", NULL,
  };
  const char * const trailing[] = {
    "=The plan was agreed.", "- ", NULL,
  };

  assert_diff ("The plan was agreed. It was reviewed in May.", "The plan was agreed.", sentence, 0, 5);
  assert_diff ("The plan was agreed late.", "The plan was agreed.", word, 0, 1);
  assert_diff ("The plan was agreed. ", "The plan was agreed.", trailing, 0, 0);
}

static void
test_change_punctuation (void)
{
  const char * const mark[] = {
    "=Was the baby seen", "-.", "+?", NULL,
  };
  const char * const comma[] = {
    "=Mother", "-,", "+;", "= father and the baby were at home.", NULL,
  };
  const char * const rewritten[] = {
    "=At ", "-home", "+the clinic", "=, ", "-one", "+a", "= nurse saw Baby H.", NULL,
  };

  assert_diff ("Was the baby seen.", "Was the baby seen?", mark, 0, 0);
  assert_diff ("Mother, father and the baby were at home.",
               "Mother; father and the baby were at home.", comma, 0, 0);
  assert_diff ("At home, one nurse saw Baby H.", "At the clinic, a nurse saw Baby H.", rewritten, 3, 2);
}

/* Each one token (a word, a punctuation mark or a newline), some with
 * spaces before them: "was" with one space or two is the same token. */
static const char * const vocabulary[] = {
  " a", " b", " c", ".", ",", "\n", " é", " Baby", " H", " was", "  was", " seen", " —",
};

/* Tokens in @text as cr_text_diff() cuts it; a piece never splits a
 * token, so counting piece by piece is exact. */
static guint
count_tokens (const char *text)
{
  guint n = 0;
  gboolean in_word = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean word = g_unichar_isalnum (c);

      if (c == '\n' || (!word && !g_unichar_isspace (c)) || (word && !in_word))
        n++;
      in_word = word;
    }

  return n;
}

/* The token of a vocabulary entry, without its spaces. */
static GPtrArray *
strip_tokens (GPtrArray *tokens)
{
  GPtrArray *stripped = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < tokens->len; i++)
    {
      const char *token = g_ptr_array_index (tokens, i);

      g_ptr_array_add (stripped, g_strdup (token + strspn (token, " ")));
    }

  return stripped;
}

/* The length of the longest common subsequence, by dynamic programming. */
static guint
lcs_length (GPtrArray *a,
            GPtrArray *b)
{
  g_autofree guint *row = g_new0 (guint, b->len + 1);

  for (guint i = 1; i <= a->len; i++)
    {
      guint diagonal = 0;

      for (guint j = 1; j <= b->len; j++)
        {
          guint above = row[j];

          if (g_str_equal (g_ptr_array_index (a, i - 1), g_ptr_array_index (b, j - 1)))
            row[j] = diagonal + 1;
          else
            row[j] = MAX (row[j], row[j - 1]);
          diagonal = above;
        }
    }

  return row[b->len];
}

static char *
join_tokens (GPtrArray *tokens)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < tokens->len; i++)
    g_string_append (text, g_ptr_array_index (tokens, i));

  return g_string_free (text, FALSE);
}

static void
test_random_edits (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (RANDOM_SEED);

  for (guint round = 0; round < RANDOM_ROUNDS; round++)
    {
      g_autoptr(GPtrArray) old_tokens = g_ptr_array_new ();
      g_autoptr(GPtrArray) new_tokens = NULL;
      g_autoptr(GPtrArray) pieces = NULL;
      g_autoptr(GPtrArray) old_stripped = NULL;
      g_autoptr(GPtrArray) new_stripped = NULL;
      g_autofree char *old_text = NULL;
      g_autofree char *new_text = NULL;
      guint n = g_rand_int_range (rand, 0, 120);
      guint edits = g_rand_int_range (rand, 0, 25);
      guint equal = 0, deleted = 0, inserted = 0;
      guint lcs;

      for (guint i = 0; i < n; i++)
        g_ptr_array_add (old_tokens, (gpointer) vocabulary[g_rand_int_range (rand, 0, G_N_ELEMENTS (vocabulary))]);

      new_tokens = g_ptr_array_copy (old_tokens, NULL, NULL);
      for (guint e = 0; e < edits; e++)
        {
          const char *token = vocabulary[g_rand_int_range (rand, 0, G_N_ELEMENTS (vocabulary))];
          guint at = g_rand_int_range (rand, 0, new_tokens->len + 1);

          switch (g_rand_int_range (rand, 0, 3))
            {
            case 0:
              g_ptr_array_insert (new_tokens, at, (gpointer) token);
              break;
            case 1:
              if (at < new_tokens->len)
                g_ptr_array_remove_index (new_tokens, at);
              break;
            default:
              if (at < new_tokens->len)
                new_tokens->pdata[at] = (gpointer) token;
              break;
            }
        }

      old_text = join_tokens (old_tokens);
      new_text = join_tokens (new_tokens);
      pieces = cr_text_diff (old_text, new_text);
      assert_rebuilds (pieces, old_text, new_text);

      /* The equal pieces are a longest common subsequence of tokens. */
      for (guint i = 0; i < pieces->len; i++)
        {
          CrTextDiffPiece *piece = g_ptr_array_index (pieces, i);
          guint tokens = count_tokens (piece->text);

          if (piece->kind == CR_TEXT_DIFF_EQUAL)
            equal += tokens;
          else if (piece->kind == CR_TEXT_DIFF_DELETE)
            deleted += tokens;
          else
            inserted += tokens;
        }

      old_stripped = strip_tokens (old_tokens);
      new_stripped = strip_tokens (new_tokens);
      lcs = lcs_length (old_stripped, new_stripped);
      g_assert_cmpuint (equal, ==, lcs);
      g_assert_cmpuint (equal + deleted, ==, old_tokens->len);
      g_assert_cmpuint (equal + inserted, ==, new_tokens->len);
    }
}

static void
test_too_different (void)
{
  g_autoptr(GString) old_text = g_string_new ("Same start. ");
  g_autoptr(GString) new_text = g_string_new ("Same start. ");
  g_autoptr(GPtrArray) pieces = NULL;
  g_autofree char *old_middle = NULL;
  g_autofree char *new_middle = NULL;
  gsize prefix = old_text->len;
  gint64 started;

  /* 2 × 12000 tokens, none shared: 24000 tokens of difference. */
  for (guint i = 0; i < 12000; i++)
    {
      g_string_append_printf (old_text, "old%u ", i);
      g_string_append_printf (new_text, "new%u ", i);
    }
  /* The spaces around the middle stay equal. */
  old_middle = g_strndup (old_text->str + prefix, old_text->len - prefix - 1);
  new_middle = g_strndup (new_text->str + prefix, new_text->len - prefix - 1);
  g_string_append (old_text, "same end.");
  g_string_append (new_text, "same end.");

  started = g_get_monotonic_time ();
  pieces = cr_text_diff (old_text->str, new_text->str);
  g_test_message ("24000 tokens of difference in %.2f s",
                  (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC);

  assert_rebuilds (pieces, old_text->str, new_text->str);
  g_assert_cmpuint (pieces->len, ==, 4);
  assert_piece (pieces, 0, CR_TEXT_DIFF_EQUAL, "Same start. ");
  assert_piece (pieces, 1, CR_TEXT_DIFF_DELETE, old_middle);
  assert_piece (pieces, 2, CR_TEXT_DIFF_INSERT, new_middle);
  assert_piece (pieces, 3, CR_TEXT_DIFF_EQUAL, " same end.");
}

static void
test_long_similar (void)
{
  g_autoptr(GString) old_text = g_string_new (NULL);
  g_autoptr(GString) new_text = NULL;
  g_autoptr(GPtrArray) pieces = NULL;
  guint inserted, deleted;

  /* A long report with a sentence changed in the middle. */
  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (old_text, "word%u ", i % 97);
  new_text = g_string_new (old_text->str);
  /* After a space: at the start of a token. */
  g_string_insert (new_text, strchr (old_text->str + old_text->len / 2, ' ') + 1 - old_text->str,
                   "A new sentence here. ");

  pieces = cr_text_diff (old_text->str, new_text->str);
  assert_rebuilds (pieces, old_text->str, new_text->str);
  cr_text_diff_count_words (pieces, &inserted, &deleted);
  g_assert_cmpuint (deleted, ==, 0);
  g_assert_cmpuint (inserted, ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text-diff/simple", test_simple);
  g_test_add_func ("/text-diff/edges", test_edges);
  g_test_add_func ("/text-diff/append-at-end", test_append_at_end);
  g_test_add_func ("/text-diff/insert-in-middle", test_insert_in_middle);
  g_test_add_func ("/text-diff/delete-at-end", test_delete_at_end);
  g_test_add_func ("/text-diff/change-punctuation", test_change_punctuation);
  g_test_add_func ("/text-diff/random-edits", test_random_edits);
  g_test_add_func ("/text-diff/too-different", test_too_different);
  g_test_add_func ("/text-diff/long-similar", test_long_similar);

  return g_test_run ();
}
