/* cr-case-filter.c: how the case register matches a case */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrCaseRegister"

#include "config.h"

#include "cr-case-filter-private.h"

#include <string.h>

CrCaseFilterState *
_cr_case_filter_state_new (void)
{
  CrCaseFilterState *state = g_rc_box_new0 (CrCaseFilterState);

  state->status = -1;
  state->review_type = -1;
  state->year = 0;

  return state;
}

static void
clear_filter_state (gpointer data)
{
  CrCaseFilterState *state = data;

  g_clear_pointer (&state->words, g_strfreev);
}

void
_cr_case_filter_state_release (gpointer data)
{
  g_rc_box_release_full (data, clear_filter_state);
}

/* Splits @text into NFC-normalised, casefolded words on any white space.
 * Returns NULL when there is no word. */
char **
_cr_case_filter_split_words (const char *text)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_autofree char *normal = NULL;
  g_autofree char *folded = NULL;
  const char *p, *start = NULL;
  gboolean any = FALSE;

  if (text == NULL || *text == '\0' || !g_utf8_validate (text, -1, NULL))
    return NULL;

  normal = g_utf8_normalize (text, -1, G_NORMALIZE_DEFAULT_COMPOSE);
  if (normal == NULL)
    return NULL;
  folded = g_utf8_casefold (normal, -1);

  builder = g_strv_builder_new ();
  for (p = folded; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean end = c == 0 || g_unichar_isspace (c);

      if (end && start != NULL)
        {
          g_autofree char *word = g_strndup (start, p - start);

          g_strv_builder_add (builder, word);
          start = NULL;
          any = TRUE;
        }
      else if (!end && start == NULL)
        {
          start = p;
        }

      if (c == 0)
        break;
    }

  return any ? g_strv_builder_end (builder) : NULL;
}

/* TRUE when every word of @needles is inside some word of @haystack: then
 * whatever matches @haystack's words also matches @needles'. */
gboolean
_cr_case_filter_words_implied (char * const *needles,
               char * const *haystack)
{
  if (needles == NULL)
    return TRUE;
  if (haystack == NULL)
    return FALSE;

  for (guint i = 0; needles[i] != NULL; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; haystack[j] != NULL && !found; j++)
        found = strstr (haystack[j], needles[i]) != NULL;

      if (!found)
        return FALSE;
    }

  return TRUE;
}

gboolean
_cr_case_filter_match (gpointer item,
            gpointer user_data)
{
  const CrCaseFilterState *state = user_data;
  CrCase *kase = item;

  if (state->status >= 0 && (int) cr_case_get_status (kase) != state->status)
    return FALSE;

  if (state->review_type >= 0 && (int) cr_case_get_review_type (kase) != state->review_type)
    return FALSE;

  if (state->year != 0 && cr_case_get_year (kase) != state->year)
    return FALSE;

  if (state->words != NULL)
    {
      const char *key = cr_case_get_search_key (kase);

      for (guint i = 0; state->words[i] != NULL; i++)
        {
          if (strstr (key, state->words[i]) == NULL)
            return FALSE;
        }
    }

  return TRUE;
}
