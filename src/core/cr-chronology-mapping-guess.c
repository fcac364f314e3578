/* cr-chronology-mapping-guess.c: finding the columns of an agency's file */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrChronologyMapping"

#include "config.h"

#include "cr-chronology-mapping.h"

#include "cr-chronology-mapping-private.h"
#include "cr-uk-date.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#define HEADER_SEARCH_ROWS 10
#define SAMPLE_ROWS 200

/* Header names that say what a column holds, normalised. Short ones
 * must be the whole name; longer ones may be a part of it ("Date of
 * contact" holds "date"). */
static const char * const date_words[] = {
  "date", "date time", "date and time", "datetime", "event date", "date of event",
  "date of contact", "contact date", "entry date", "date of entry", "when", "day", NULL
};
static const char * const time_words[] = {
  "time", "time of event", "event time", "time of contact", NULL
};
static const char * const event_words[] = {
  "event", "events", "details", "detail", "description", "entry", "summary",
  "narrative", "what happened", "event details", "details of event", "notes", "note",
  "information", "activity", "action", "contact details", "significant event",
  "incident", NULL
};
static const char * const author_words[] = {
  "author", "worker", "role", "author role", "author or role", "author and role",
  "practitioner", "staff", "staff member", "recorded by", "by", "professional",
  "officer", "who", "job title", "name of worker", NULL
};
static const char * const source_words[] = {
  "source", "record", "system", "source document", "reference", "ref", "record type",
  "source of information", "case note", "origin", "document", NULL
};

static const char * const * const role_words[CR_CHRONOLOGY_N_ROLES] = {
  [CR_CHRONOLOGY_ROLE_DATE] = date_words,
  [CR_CHRONOLOGY_ROLE_TIME] = time_words,
  [CR_CHRONOLOGY_ROLE_EVENT] = event_words,
  [CR_CHRONOLOGY_ROLE_AUTHOR] = author_words,
  [CR_CHRONOLOGY_ROLE_SOURCE] = source_words,
};

/* The order in which roles take a column when two want it equally. */
static const CrChronologyRole role_priority[CR_CHRONOLOGY_N_ROLES] = {
  CR_CHRONOLOGY_ROLE_DATE, CR_CHRONOLOGY_ROLE_EVENT, CR_CHRONOLOGY_ROLE_TIME,
  CR_CHRONOLOGY_ROLE_AUTHOR, CR_CHRONOLOGY_ROLE_SOURCE,
};

char *
_cr_chronology_header_normalise (const char *header)
{
  g_autofree char *folded = g_utf8_casefold (header != NULL ? header : "", -1);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          g_string_append_unichar (out, c);
          space = FALSE;
        }
      else
        space = TRUE;
    }

  return g_string_free (out, FALSE);
}

static gboolean
has_words (const char *text,
           const char *words)
{
  gsize n = strlen (words);

  for (const char *found = strstr (text, words); found != NULL; found = strstr (found + 1, words))
    if ((found == text || found[-1] == ' ') && (found[n] == '\0' || found[n] == ' '))
      return TRUE;

  return FALSE;
}

/* 3: the name says so; 2: a part of it does; 0: it says nothing. */
static int
score_header (CrChronologyRole  role,
              const char       *normalised)
{
  const char * const *words = role_words[role];

  if (normalised[0] == '\0')
    return 0;

  for (guint i = 0; words[i] != NULL; i++)
    if (strcmp (normalised, words[i]) == 0)
      return 3;

  /* "Date/Time" is a date. */
  if (role == CR_CHRONOLOGY_ROLE_TIME && has_words (normalised, "date"))
    return 0;

  for (guint i = 0; words[i] != NULL; i++)
    if (strlen (words[i]) >= 4 && has_words (normalised, words[i]))
      return 2;

  return 0;
}

static gboolean
matches_remembered (const CrChronologyMapping *remembered,
                    const char                *normalised)
{
  if (remembered == NULL || normalised[0] == '\0')
    return FALSE;

  for (guint i = 0; i < CR_CHRONOLOGY_N_ROLES; i++)
    if (remembered->headers[i] != NULL)
      {
        g_autofree char *header = _cr_chronology_header_normalise (remembered->headers[i]);

        if (strcmp (header, normalised) == 0)
          return TRUE;
      }

  return FALSE;
}

static gboolean
row_has_date (CrSheet *sheet,
              guint    row)
{
  guint n_columns = cr_sheet_get_n_columns (sheet);

  for (guint c = 0; c < n_columns; c++)
    {
      const char *cell = cr_sheet_get_cell (sheet, row, c);

      if (cell[0] != '\0' && cr_uk_date_parse (cell, NULL, NULL, NULL))
        return TRUE;
    }

  return FALSE;
}

/* The row among the first ten whose names say most about the columns
 * and that holds no date; else the first row when it has no date and
 * the next has. */
static int
find_header_row (CrSheet                   *sheet,
                 const CrChronologyMapping *remembered)
{
  guint n_rows = cr_sheet_get_n_rows (sheet);
  guint n_columns = cr_sheet_get_n_columns (sheet);
  int best = -1, best_score = 0;

  for (guint r = 0; r < MIN (n_rows, HEADER_SEARCH_ROWS); r++)
    {
      int score = 0;

      if (row_has_date (sheet, r))
        continue;

      for (guint c = 0; c < n_columns; c++)
        {
          g_autofree char *name = _cr_chronology_header_normalise (cr_sheet_get_cell (sheet, r, c));
          int cell_score = 0;

          if (matches_remembered (remembered, name))
            cell_score = 4;
          for (guint role = 0; role < CR_CHRONOLOGY_N_ROLES; role++)
            cell_score = MAX (cell_score, score_header (role, name));
          score += cell_score;
        }

      if (score > best_score)
        {
          best = (int) r;
          best_score = score;
        }
    }

  if (best < 0 && n_rows >= 2 && !row_has_date (sheet, 0) && row_has_date (sheet, 1))
    best = 0;

  return best;
}

typedef struct
{
  int              score;
  CrChronologyRole role;
  int              column;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *x = a, *y = b;
  int rank_x = 0, rank_y = 0;

  if (x->score != y->score)
    return y->score - x->score;

  for (guint i = 0; i < CR_CHRONOLOGY_N_ROLES; i++)
    {
      if (role_priority[i] == x->role)
        rank_x = (int) i;
      if (role_priority[i] == y->role)
        rank_y = (int) i;
    }
  if (rank_x != rank_y)
    return rank_x - rank_y;

  return x->column - y->column;
}

static void
map_by_headers (CrChronologyMapping       *self,
                CrSheet                   *sheet,
                const CrChronologyMapping *remembered,
                gboolean                  *used)
{
  guint n_columns = cr_sheet_get_n_columns (sheet);
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  g_auto(GStrv) names = g_new0 (char *, n_columns + 1);

  for (guint c = 0; c < n_columns; c++)
    names[c] = _cr_chronology_header_normalise (cr_sheet_get_cell (sheet, (guint) self->header_row, c));

  /* The remembered names first, wherever the columns moved. */
  for (guint role = 0; remembered != NULL && role < CR_CHRONOLOGY_N_ROLES; role++)
    {
      g_autofree char *wanted = NULL;

      if (remembered->headers[role] == NULL)
        continue;

      wanted = _cr_chronology_header_normalise (remembered->headers[role]);
      for (guint c = 0; c < n_columns; c++)
        if (!used[c] && wanted[0] != '\0' && strcmp (names[c], wanted) == 0)
          {
            self->columns[role] = (int) c;
            used[c] = TRUE;
            break;
          }
    }

  for (guint role = 0; role < CR_CHRONOLOGY_N_ROLES; role++)
    for (guint c = 0; c < n_columns && self->columns[role] < 0; c++)
      {
        Candidate candidate = { score_header (role, names[c]), role, (int) c };

        if (!used[c] && candidate.score > 0)
          g_array_append_val (candidates, candidate);
      }

  g_array_sort (candidates, compare_candidates);
  for (guint i = 0; i < candidates->len; i++)
    {
      const Candidate *candidate = &g_array_index (candidates, Candidate, i);

      if (self->columns[candidate->role] >= 0 || used[candidate->column])
        continue;
      self->columns[candidate->role] = candidate->column;
      used[candidate->column] = TRUE;
    }
}

/* The columns left to guess, from what their cells hold. */
static void
map_by_content (CrChronologyMapping *self,
                CrSheet             *sheet,
                gboolean            *used)
{
  guint n_rows = cr_sheet_get_n_rows (sheet);
  guint n_columns = cr_sheet_get_n_columns (sheet);
  guint first = (guint) (self->header_row + 1);
  guint last = MIN (n_rows, first + SAMPLE_ROWS);
  g_autofree guint *dates = g_new0 (guint, n_columns + 1);
  g_autofree guint *times = g_new0 (guint, n_columns + 1);
  g_autofree guint *filled = g_new0 (guint, n_columns + 1);
  g_autofree guint64 *lengths = g_new0 (guint64, n_columns + 1);
  int best;

  for (guint r = first; r < last; r++)
    for (guint c = 0; c < n_columns; c++)
      {
        const char *cell = cr_sheet_get_cell (sheet, r, c);

        if (cell[0] == '\0')
          continue;
        filled[c]++;
        if (cr_uk_date_parse (cell, NULL, NULL, NULL))
          dates[c]++;
        else if (cr_uk_time_parse (cell, NULL, NULL))
          times[c]++;
        else
          lengths[c] += g_utf8_strlen (cell, -1);
      }

  if (self->columns[CR_CHRONOLOGY_ROLE_DATE] < 0)
    {
      best = -1;
      for (guint c = 0; c < n_columns; c++)
        if (!used[c] && dates[c] > 0 && (best < 0 || dates[c] > dates[best]))
          best = (int) c;
      if (best >= 0)
        {
          self->columns[CR_CHRONOLOGY_ROLE_DATE] = best;
          used[best] = TRUE;
        }
    }

  if (self->columns[CR_CHRONOLOGY_ROLE_TIME] < 0)
    {
      best = -1;
      for (guint c = 0; c < n_columns; c++)
        if (!used[c] && times[c] > 0 && times[c] * 5 >= filled[c] * 4 &&
            (best < 0 || times[c] > times[best]))
          best = (int) c;
      if (best >= 0)
        {
          self->columns[CR_CHRONOLOGY_ROLE_TIME] = best;
          used[best] = TRUE;
        }
    }

  if (self->columns[CR_CHRONOLOGY_ROLE_EVENT] < 0)
    {
      double best_length = 0;

      best = -1;
      for (guint c = 0; c < n_columns; c++)
        {
          double average = filled[c] > 0 ? (double) lengths[c] / filled[c] : 0;

          if (!used[c] && average > best_length)
            {
              best = (int) c;
              best_length = average;
            }
        }
      if (best >= 0)
        {
          self->columns[CR_CHRONOLOGY_ROLE_EVENT] = best;
          used[best] = TRUE;
        }
    }
}

/**
 * cr_chronology_mapping_guess:
 * @sheet: the agency's file
 * @remembered: (nullable): the mapping used for the agency's last file
 *
 * Returns: (transfer full): the best mapping; never %NULL
 */
CrChronologyMapping *
cr_chronology_mapping_guess (CrSheet                   *sheet,
                             const CrChronologyMapping *remembered)
{
  CrChronologyMapping *self;
  g_autofree gboolean *used = NULL;
  guint n_columns;

  g_return_val_if_fail (sheet != NULL, NULL);

  self = cr_chronology_mapping_new ();
  n_columns = cr_sheet_get_n_columns (sheet);
  used = g_new0 (gboolean, n_columns + 1);

  self->header_row = find_header_row (sheet, remembered);

  if (self->header_row >= 0)
    map_by_headers (self, sheet, remembered, used);
  else if (remembered != NULL && remembered->header_row < 0)
    {
      for (guint role = 0; role < CR_CHRONOLOGY_N_ROLES; role++)
        {
          int column = remembered->columns[role];

          if (column >= 0 && (guint) column < n_columns && !used[column])
            {
              self->columns[role] = column;
              used[column] = TRUE;
            }
        }
    }

  map_by_content (self, sheet, used);
  cr_chronology_mapping_name_columns (self, sheet);

  return self;
}
