/* cr-text-diff.c: what changed between two drafts of a text, word by word */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrTextDiff"

#include "config.h"

#include "cr-text-diff.h"

#include "cr-rich-text.h"

#include <string.h>

/* Beyond this many tokens of difference, give up (see the header). */
#define MAX_DIFFERENCE 20000

/* A token of a text: a word, one punctuation mark or a newline. The
 * spaces between tokens are not compared. */
typedef struct
{
  gsize start;  /* byte offset */
  gsize end;    /* after it */
} Token;

/* The two texts cut into tokens, each token an id (equal tokens, equal
 * ids), and the pieces found so far. */
typedef struct
{
  const char  *old_text;
  const char  *new_text;
  GArray      *old_tokens;  /* Token */
  GArray      *new_tokens;
  guint       *a;           /* token ids of the old text */
  guint       *b;           /* token ids of the new text */
  int         *v1;          /* Myers' furthest-reaching paths, forward */
  int         *v2;          /* and backward */
  GArray      *ops;         /* Op: the edit script, in order */
  gboolean     gave_up;
} Diff;

typedef struct
{
  CrTextDiffKind kind;
  guint          from;      /* first token */
  guint          to;        /* after the last */
} Op;

/* ---- Tokens ------------------------------------------------------------- */

static gboolean
is_word_char (const char *p)
{
  gunichar c = g_utf8_get_char (p);

  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* Space between tokens: any white space but a newline (a token). */
static gboolean
is_gap_char (const char *p)
{
  gunichar c = g_utf8_get_char (p);

  return c != '\n' && g_unichar_isspace (c);
}

/* Words, punctuation marks one by one and newlines; the spaces between
 * them are skipped. */
static GArray *
split_tokens (const char *text)
{
  GArray *tokens = g_array_new (FALSE, FALSE, sizeof (Token));
  const char *p = text;

  while (*p != '\0')
    {
      Token token;

      while (*p != '\0' && is_gap_char (p))
        p = g_utf8_next_char (p);
      if (*p == '\0')
        break;

      token.start = p - text;
      if (*p == '\n')
        p++;
      else if (is_word_char (p))
        while (*p != '\0' && is_word_char (p))
          p = g_utf8_next_char (p);
      else
        p = g_utf8_next_char (p);
      token.end = p - text;

      g_array_append_val (tokens, token);
    }

  return tokens;
}

static guint *
intern_tokens (GHashTable *ids,
               GPtrArray  *keep,
               const char *text,
               GArray     *tokens)
{
  guint *out = g_new (guint, MAX (tokens->len, 1));

  for (guint i = 0; i < tokens->len; i++)
    {
      Token *t = &g_array_index (tokens, Token, i);
      g_autofree char *token = g_strndup (text + t->start, t->end - t->start);
      gpointer id;

      if (!g_hash_table_lookup_extended (ids, token, NULL, &id))
        {
          id = GUINT_TO_POINTER (g_hash_table_size (ids));
          g_ptr_array_add (keep, g_strdup (token));
          g_hash_table_insert (ids, g_ptr_array_index (keep, keep->len - 1), id);
        }
      out[i] = GPOINTER_TO_UINT (id);
    }

  return out;
}

/* ---- Myers, linear space ------------------------------------------------- */

static void
add_op (Diff           *diff,
        CrTextDiffKind  kind,
        guint           from,
        guint           to)
{
  Op op = { kind, from, to };

  if (from < to)
    g_array_append_val (diff->ops, op);
}

static void diff_range (Diff *diff,
                        guint a0, guint a1,
                        guint b0, guint b1);

/*
 * Finds the middle snake of a[a0..a1) against b[b0..b1), both non-empty,
 * and diffs the two halves (E. Myers, "An O(ND) difference algorithm and
 * its variations", 1986, §4b). Gives up past MAX_DIFFERENCE.
 */
static void
bisect (Diff  *diff,
        guint  a0,
        guint  a1,
        guint  b0,
        guint  b1)
{
  int n = a1 - a0;
  int m = b1 - b0;
  int max_d = (n + m + 1) / 2;
  int offset = max_d;
  int length = 2 * max_d + 2;
  int delta = n - m;
  gboolean front = (delta % 2) != 0;
  int k1start = 0, k1end = 0, k2start = 0, k2end = 0;
  int *v1 = diff->v1;
  int *v2 = diff->v2;

  for (int i = 0; i < length; i++)
    v1[i] = v2[i] = -1;
  v1[offset + 1] = 0;
  v2[offset + 1] = 0;

  for (int d = 0; d < max_d; d++)
    {
      if (d > MAX_DIFFERENCE / 2)
        {
          diff->gave_up = TRUE;
          return;
        }

      /* Forward paths. */
      for (int k1 = -d + k1start; k1 <= d - k1end; k1 += 2)
        {
          int k1_offset = offset + k1;
          int x1, y1;

          if (k1 == -d || (k1 != d && v1[k1_offset - 1] < v1[k1_offset + 1]))
            x1 = v1[k1_offset + 1];
          else
            x1 = v1[k1_offset - 1] + 1;
          y1 = x1 - k1;

          while (x1 < n && y1 < m && diff->a[a0 + x1] == diff->b[b0 + y1])
            {
              x1++;
              y1++;
            }
          v1[k1_offset] = x1;

          if (x1 > n)
            k1end += 2;
          else if (y1 > m)
            k1start += 2;
          else if (front)
            {
              int k2_offset = offset + delta - k1;

              if (k2_offset >= 0 && k2_offset < length && v2[k2_offset] != -1 &&
                  x1 >= n - v2[k2_offset])
                {
                  diff_range (diff, a0, a0 + x1, b0, b0 + y1);
                  diff_range (diff, a0 + x1, a1, b0 + y1, b1);
                  return;
                }
            }
        }

      /* Backward paths. */
      for (int k2 = -d + k2start; k2 <= d - k2end; k2 += 2)
        {
          int k2_offset = offset + k2;
          int x2, y2;

          if (k2 == -d || (k2 != d && v2[k2_offset - 1] < v2[k2_offset + 1]))
            x2 = v2[k2_offset + 1];
          else
            x2 = v2[k2_offset - 1] + 1;
          y2 = x2 - k2;

          while (x2 < n && y2 < m &&
                 diff->a[a0 + n - x2 - 1] == diff->b[b0 + m - y2 - 1])
            {
              x2++;
              y2++;
            }
          v2[k2_offset] = x2;

          if (x2 > n)
            k2end += 2;
          else if (y2 > m)
            k2start += 2;
          else if (!front)
            {
              int k1_offset = offset + delta - k2;

              if (k1_offset >= 0 && k1_offset < length && v1[k1_offset] != -1)
                {
                  int x1 = v1[k1_offset];
                  int y1 = offset + x1 - k1_offset;

                  if (x1 >= n - x2)
                    {
                      diff_range (diff, a0, a0 + x1, b0, b0 + y1);
                      diff_range (diff, a0 + x1, a1, b0 + y1, b1);
                      return;
                    }
                }
            }
        }
    }

  /* Nothing in common. */
  add_op (diff, CR_TEXT_DIFF_DELETE, a0, a1);
  add_op (diff, CR_TEXT_DIFF_INSERT, b0, b1);
}

static void
diff_range (Diff  *diff,
            guint  a0,
            guint  a1,
            guint  b0,
            guint  b1)
{
  guint prefix = 0;
  guint suffix = 0;

  if (diff->gave_up)
    return;

  while (a0 + prefix < a1 && b0 + prefix < b1 &&
         diff->a[a0 + prefix] == diff->b[b0 + prefix])
    prefix++;
  add_op (diff, CR_TEXT_DIFF_EQUAL, a0, a0 + prefix);
  a0 += prefix;
  b0 += prefix;

  while (a0 + suffix < a1 && b0 + suffix < b1 &&
         diff->a[a1 - suffix - 1] == diff->b[b1 - suffix - 1])
    suffix++;
  a1 -= suffix;
  b1 -= suffix;

  if (a0 == a1)
    add_op (diff, CR_TEXT_DIFF_INSERT, b0, b1);
  else if (b0 == b1)
    add_op (diff, CR_TEXT_DIFF_DELETE, a0, a1);
  else
    bisect (diff, a0, a1, b0, b1);

  add_op (diff, CR_TEXT_DIFF_EQUAL, a1, a1 + suffix);
}

/* ---- Pieces -------------------------------------------------------------- */

/* The pieces, and the text of the equal, deleted and inserted runs not
 * yet made into pieces. */
typedef struct
{
  GPtrArray *pieces;
  GString   *equal;
  GString   *deleted;
  GString   *inserted;
} Pieces;

static void
piece_free (gpointer data)
{
  CrTextDiffPiece *piece = data;

  g_free (piece->text);
  g_free (piece);
}

static void
flush (Pieces         *out,
       CrTextDiffKind  kind,
       GString        *text)
{
  CrTextDiffPiece *piece;

  if (text->len == 0)
    return;

  piece = g_new0 (CrTextDiffPiece, 1);
  piece->kind = kind;
  piece->text = g_strndup (text->str, text->len);
  g_ptr_array_add (out->pieces, piece);
  g_string_truncate (text, 0);
}

/* Between two equal pieces, one deletion then one insertion. */
static void
emit (Pieces         *out,
      CrTextDiffKind  kind,
      const char     *text,
      gsize           len)
{
  if (len == 0)
    return;

  switch (kind)
    {
    case CR_TEXT_DIFF_EQUAL:
      flush (out, CR_TEXT_DIFF_DELETE, out->deleted);
      flush (out, CR_TEXT_DIFF_INSERT, out->inserted);
      g_string_append_len (out->equal, text, len);
      break;

    case CR_TEXT_DIFF_DELETE:
      flush (out, CR_TEXT_DIFF_EQUAL, out->equal);
      g_string_append_len (out->deleted, text, len);
      break;

    case CR_TEXT_DIFF_INSERT:
      flush (out, CR_TEXT_DIFF_EQUAL, out->equal);
      g_string_append_len (out->inserted, text, len);
      break;

    default:
      g_assert_not_reached ();
    }
}

/* Bytes of spaces that @a and @b both start with. */
static gsize
common_gap_prefix (const char *a,
                   gsize       a_len,
                   const char *b,
                   gsize       b_len)
{
  gsize n = 0;

  while (n < a_len && n < b_len && is_gap_char (a + n))
    {
      gsize len = g_utf8_next_char (a + n) - (a + n);

      if (n + len > a_len || n + len > b_len || memcmp (a + n, b + n, len) != 0)
        break;
      n += len;
    }
  return n;
}

/* Bytes of spaces that @a and @b both end with (ASCII spaces and tabs:
 * enough for what people type). */
static gsize
common_gap_suffix (const char *a,
                   gsize       a_len,
                   const char *b,
                   gsize       b_len)
{
  gsize n = 0;

  while (n < a_len && n < b_len && a[a_len - n - 1] == b[b_len - n - 1] &&
         (a[a_len - n - 1] == ' ' || a[a_len - n - 1] == '\t'))
    n++;
  return n;
}

/* What lies between two equal tokens (or an end of the texts): spaces
 * only, or changed tokens with their spaces. The spaces both sides
 * start and end with stay equal. */
static void
emit_between (Pieces     *out,
              const char *old_text,
              gsize       old_len,
              const char *new_text,
              gsize       new_len)
{
  gsize prefix, suffix;

  if (old_len == new_len && memcmp (old_text, new_text, old_len) == 0)
    {
      emit (out, CR_TEXT_DIFF_EQUAL, old_text, old_len);
      return;
    }

  prefix = common_gap_prefix (old_text, old_len, new_text, new_len);
  suffix = common_gap_suffix (old_text + prefix, old_len - prefix, new_text + prefix, new_len - prefix);

  emit (out, CR_TEXT_DIFF_EQUAL, old_text, prefix);
  emit (out, CR_TEXT_DIFF_DELETE, old_text + prefix, old_len - prefix - suffix);
  emit (out, CR_TEXT_DIFF_INSERT, new_text + prefix, new_len - prefix - suffix);
  emit (out, CR_TEXT_DIFF_EQUAL, old_text + old_len - suffix, suffix);
}

/* Walks the edit script: each pair of equal tokens is equal text, and
 * what lies between two pairs is compared as text. */
static GPtrArray *
collect_pieces (Diff *diff)
{
  Pieces out = { 0, };
  gsize old_at = 0, new_at = 0;   /* bytes written of each text */
  guint oi = 0, nj = 0;           /* tokens passed in each text */

  out.pieces = g_ptr_array_new_with_free_func (piece_free);
  out.equal = g_string_new (NULL);
  out.deleted = g_string_new (NULL);
  out.inserted = g_string_new (NULL);

  for (guint i = 0; i < diff->ops->len; i++)
    {
      Op *op = &g_array_index (diff->ops, Op, i);
      guint n = op->to - op->from;

      if (op->kind == CR_TEXT_DIFF_DELETE)
        {
          oi += n;
          continue;
        }
      if (op->kind == CR_TEXT_DIFF_INSERT)
        {
          nj += n;
          continue;
        }

      for (guint k = 0; k < n; k++, oi++, nj++)
        {
          Token *a = &g_array_index (diff->old_tokens, Token, oi);
          Token *b = &g_array_index (diff->new_tokens, Token, nj);

          emit_between (&out, diff->old_text + old_at, a->start - old_at,
                        diff->new_text + new_at, b->start - new_at);
          emit (&out, CR_TEXT_DIFF_EQUAL, diff->old_text + a->start, a->end - a->start);
          old_at = a->end;
          new_at = b->end;
        }
    }

  emit_between (&out, diff->old_text + old_at, strlen (diff->old_text + old_at),
                diff->new_text + new_at, strlen (diff->new_text + new_at));

  flush (&out, CR_TEXT_DIFF_EQUAL, out.equal);
  flush (&out, CR_TEXT_DIFF_DELETE, out.deleted);
  flush (&out, CR_TEXT_DIFF_INSERT, out.inserted);
  g_string_free (out.equal, TRUE);
  g_string_free (out.deleted, TRUE);
  g_string_free (out.inserted, TRUE);

  return out.pieces;
}

/**
 * cr_text_diff:
 * @old_text: (nullable): the earlier text
 * @new_text: (nullable): the later text
 *
 * Returns: (transfer full) (element-type CrTextDiffPiece): the pieces
 */
GPtrArray *
cr_text_diff (const char *old_text,
              const char *new_text)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_free);
  Diff diff = { 0, };
  guint n, m;
  GPtrArray *pieces;

  diff.old_text = old_text != NULL ? old_text : "";
  diff.new_text = new_text != NULL ? new_text : "";
  diff.old_tokens = split_tokens (diff.old_text);
  diff.new_tokens = split_tokens (diff.new_text);
  diff.a = intern_tokens (ids, keep, diff.old_text, diff.old_tokens);
  diff.b = intern_tokens (ids, keep, diff.new_text, diff.new_tokens);
  diff.ops = g_array_new (FALSE, FALSE, sizeof (Op));

  n = diff.old_tokens->len;
  m = diff.new_tokens->len;
  diff.v1 = g_new (int, n + m + 4);
  diff.v2 = g_new (int, n + m + 4);

  diff_range (&diff, 0, n, 0, m);

  if (diff.gave_up)
    {
      guint prefix = 0;
      guint suffix = 0;

      /* Keep what is the same at both ends, and report the rest whole. */
      while (prefix < n && prefix < m && diff.a[prefix] == diff.b[prefix])
        prefix++;
      while (suffix < n - prefix && suffix < m - prefix &&
             diff.a[n - suffix - 1] == diff.b[m - suffix - 1])
        suffix++;

      g_array_set_size (diff.ops, 0);
      add_op (&diff, CR_TEXT_DIFF_EQUAL, 0, prefix);
      add_op (&diff, CR_TEXT_DIFF_DELETE, prefix, n - suffix);
      add_op (&diff, CR_TEXT_DIFF_INSERT, prefix, m - suffix);
      add_op (&diff, CR_TEXT_DIFF_EQUAL, n - suffix, n);
    }

  pieces = collect_pieces (&diff);

  g_array_unref (diff.old_tokens);
  g_array_unref (diff.new_tokens);
  g_array_unref (diff.ops);
  g_free (diff.a);
  g_free (diff.b);
  g_free (diff.v1);
  g_free (diff.v2);

  return pieces;
}

/**
 * cr_text_diff_count_words:
 * @pieces: (element-type CrTextDiffPiece): what cr_text_diff() gave
 * @inserted: (out) (optional): words in the insertions
 * @deleted: (out) (optional): words in the deletions
 */
void
cr_text_diff_count_words (GPtrArray *pieces,
                          guint     *inserted,
                          guint     *deleted)
{
  guint n_inserted = 0;
  guint n_deleted = 0;

  g_return_if_fail (pieces != NULL);

  for (guint i = 0; i < pieces->len; i++)
    {
      CrTextDiffPiece *piece = g_ptr_array_index (pieces, i);

      if (piece->kind == CR_TEXT_DIFF_INSERT)
        n_inserted += cr_text_count_words (piece->text);
      else if (piece->kind == CR_TEXT_DIFF_DELETE)
        n_deleted += cr_text_count_words (piece->text);
    }

  if (inserted != NULL)
    *inserted = n_inserted;
  if (deleted != NULL)
    *deleted = n_deleted;
}
