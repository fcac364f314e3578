/* cr-anonymisation-patterns.c: dates, postcodes, numbers and addresses in a text */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrAnonymisation"

#include "config.h"

#include "cr-anonymisation-private.h"
#include "cr-nhs-number.h"
#include "cr-uk-date.h"

#include <glib/gi18n.h>
#include <string.h>

/* The longest date written out: "wednesday, 30th of september 2020". */
#define DATE_MAX 48

static const char * const month_names[12] = {
  "january", "february", "march", "april", "may", "june", "july",
  "august", "september", "october", "november", "december",
};

/* The suggestion for an exact date: its month and year. */
static const char * const month_labels[12] = {
  N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
  N_("July"), N_("August"), N_("September"), N_("October"), N_("November"),
  N_("December"),
};

typedef struct
{
  const CrFoldedText *folded;
  const gunichar     *t;
  guint               n;
} Scan;

static inline gboolean
is_digit (gunichar c)
{
  return c >= '0' && c <= '9';
}

static inline gboolean
is_letter (gunichar c)
{
  return c >= 'a' && c <= 'z';
}

/* Digits from @i: how many (at most @max + 1, so "too many" shows). */
static guint
count_digits (const Scan *scan,
              guint       i,
              guint       max)
{
  guint n = 0;

  while (i + n < scan->n && is_digit (scan->t[i + n]) && n <= max)
    n++;

  return n;
}

static guint
count_letters (const Scan *scan,
               guint       i)
{
  guint n = 0;

  while (i + n < scan->n && is_letter (scan->t[i + n]))
    n++;

  return n;
}

static inline gboolean
ends_token (const Scan *scan,
            guint       i)
{
  return i >= scan->n || !_cr_fold_is_alnum (scan->t[i]);
}

static guint
skip_spaces (const Scan *scan,
             guint       i)
{
  while (i < scan->n && (scan->t[i] == ' ' || scan->t[i] == '\n'))
    i++;
  return i;
}

static void
add_candidate (GArray              *candidates,
               const Scan          *scan,
               guint                start,
               guint                end,
               CrAnonymisationKind  kind,
               const char          *why,
               const char          *suggestion,
               char                *owned_suggestion)
{
  CrAnonCandidate candidate = { 0 };

  candidate.start = scan->folded->map[start];
  candidate.end = _cr_folded_text_end (scan->folded, end);
  candidate.kind = kind;
  candidate.why = why;
  candidate.suggestion = suggestion;
  candidate.owned_suggestion = owned_suggestion;
  g_array_append_val (candidates, candidate);
}

/*
 * Dates
 */

/* A month's name or its abbreviation (three letters, or "sept") at @i,
 * followed by an optional dot: the end, or 0. */
static guint
read_month (const Scan *scan,
            guint       i)
{
  char word[12];
  guint n = count_letters (scan, i);

  if (n < 3 || n > 9)
    return 0;

  for (guint k = 0; k < n; k++)
    word[k] = (char) scan->t[i + k];
  word[n] = '\0';

  for (guint m = 0; m < 12; m++)
    if (strcmp (word, month_names[m]) == 0 || (n == 3 && strncmp (word, month_names[m], 3) == 0) ||
        (m == 8 && strcmp (word, "sept") == 0))
      {
        i += n;
        if (i < scan->n && scan->t[i] == '.')
          i++;
        return i;
      }

  return 0;
}

/* "st", "nd", "rd", "th" after a day. */
static guint
skip_ordinal (const Scan *scan,
              guint       i)
{
  static const char * const suffixes[] = { "st", "nd", "rd", "th" };

  if (i + 1 >= scan->n)
    return i;

  for (guint k = 0; k < G_N_ELEMENTS (suffixes); k++)
    if (scan->t[i] == (gunichar) suffixes[k][0] && scan->t[i + 1] == (gunichar) suffixes[k][1])
      return i + 2;

  return i;
}

/* A year of @min to 4 digits ending the date: the end, or 0. */
static guint
read_year (const Scan *scan,
           guint       i,
           guint       min)
{
  guint n = count_digits (scan, i, 4);

  if ((n != 2 && n != 4) || n < min || !ends_token (scan, i + n))
    return 0;

  return i + n;
}

/* A numeric date: 03/03/2019, 3-3-19, 3.3.2019, 2019-03-03. */
static guint
read_numeric_date (const Scan *scan,
                   guint       i)
{
  const gunichar *t = scan->t;
  guint n1 = count_digits (scan, i, 4), n2, n3, j;
  gunichar separator;

  j = i + n1;
  if (j + 1 >= scan->n)
    return 0;
  separator = t[j];
  if (separator != '/' && separator != '-' && separator != '.')
    return 0;
  j++;

  n2 = count_digits (scan, j, 2);
  if (n2 < 1 || n2 > 2 || t[j + n2] != separator)
    return 0;
  j += n2 + 1;

  n3 = count_digits (scan, j, 4);
  if (n1 == 4)
    {
      if (n3 < 1 || n3 > 2)
        return 0;
    }
  else if (n1 <= 2)
    {
      /* "4.1.12" is a paragraph number: dotted dates need the century. */
      if ((n3 != 2 && n3 != 4) || (separator == '.' && n3 != 4))
        return 0;
    }
  else
    return 0;
  j += n3;

  /* Not part of a longer run ("1.2.2019.3", "3/3/2019/4"). */
  if (!ends_token (scan, j) ||
      (j + 1 < scan->n && (t[j] == '/' || t[j] == '.' || t[j] == '-') && is_digit (t[j + 1])))
    return 0;

  return j;
}

/* 3 March 2019, 3rd of March 2019, 3-Mar-19. */
static guint
read_day_month_date (const Scan *scan,
                     guint       i)
{
  guint n = count_digits (scan, i, 2), j;

  if (n < 1 || n > 2)
    return 0;
  j = skip_ordinal (scan, i + n);

  if (j < scan->n && scan->t[j] == '-')
    {
      j = read_month (scan, j + 1);
      if (j == 0 || j >= scan->n || scan->t[j] != '-')
        return 0;
      return read_year (scan, j + 1, 2);
    }

  j = skip_spaces (scan, j);
  if (j + 2 < scan->n && scan->t[j] == 'o' && scan->t[j + 1] == 'f' && scan->t[j + 2] == ' ')
    j = skip_spaces (scan, j + 2);
  j = read_month (scan, j);
  if (j == 0)
    return 0;
  if (j < scan->n && scan->t[j] == ',')
    j++;
  return read_year (scan, skip_spaces (scan, j), 4);
}

/* March 3rd, 2019; Mar 3 2019. */
static guint
read_month_day_date (const Scan *scan,
                     guint       i)
{
  guint j = read_month (scan, i), n;

  if (j == 0)
    return 0;
  j = skip_spaces (scan, j);
  n = count_digits (scan, j, 2);
  if (n < 1 || n > 2)
    return 0;
  j = skip_ordinal (scan, j + n);
  if (j < scan->n && scan->t[j] == ',')
    j++;
  return read_year (scan, skip_spaces (scan, j), 4);
}

/* The date at the word start @i, checked by cr_uk_date_parse(): its end,
 * or 0. */
static guint
read_date (const Scan *scan,
           guint       i,
           GDate      *date)
{
  char buffer[DATE_MAX + 1];
  guint end = 0;

  if (is_digit (scan->t[i]))
    {
      /* Not after a digit and a separator ("1.2.3.2019"). */
      if (i >= 2 && (scan->t[i - 1] == '/' || scan->t[i - 1] == '.' || scan->t[i - 1] == '-') &&
          is_digit (scan->t[i - 2]))
        return 0;

      end = read_numeric_date (scan, i);
      if (end == 0)
        end = read_day_month_date (scan, i);
    }
  else if (is_letter (scan->t[i]))
    end = read_month_day_date (scan, i);

  if (end == 0 || end - i > DATE_MAX)
    return 0;

  for (guint k = i; k < end; k++)
    buffer[k - i] = scan->t[k] == '\n' ? ' ' : (char) scan->t[k];
  buffer[end - i] = '\0';

  if (!cr_uk_date_parse (buffer, date, NULL, NULL))
    return 0;

  return end;
}

static void
find_date (CrAnonymisationTerms *self,
           const Scan           *scan,
           guint                 i,
           GArray               *candidates,
           guint                *next)
{
  GArray *persons = _cr_anonymisation_terms_get_persons (self);
  GDate date, first, last;
  guint end;

  g_date_clear (&date, 1);
  end = read_date (scan, i, &date);
  if (end == 0)
    return;
  *next = end;

  for (guint k = 0; k < persons->len; k++)
    {
      const CrAnonPerson *person = &g_array_index (persons, CrAnonPerson, k);

      if (g_date_valid (&person->date_of_birth) && g_date_compare (&person->date_of_birth, &date) == 0)
        {
          add_candidate (candidates, scan, i, end, CR_ANONYMISATION_KIND_DATE_OF_BIRTH,
                         person->date_of_birth_why, _("[date of birth removed]"), NULL);
          return;
        }
    }

  if (_cr_anonymisation_terms_get_window (self, &first, &last) &&
      g_date_compare (&date, &first) >= 0 && g_date_compare (&date, &last) <= 0)
    {
      /* Translators: an exact date made vaguer: "March 2021". */
      char *month_year = g_strdup_printf (C_("month and year", "%s %u"),
                                          _(month_labels[g_date_get_month (&date) - 1]),
                                          (guint) g_date_get_year (&date));

      add_candidate (candidates, scan, i, end, CR_ANONYMISATION_KIND_EXACT_DATE,
                     _("An exact date in the child's life"), NULL, month_year);
    }
}

/*
 * Postcodes, NHS numbers, telephone numbers, email addresses
 */

/* The inward code "2ab" at @i, ending a word: its end or 0. */
static guint
read_inward (const Scan *scan,
             guint       i)
{
  if (i + 3 > scan->n || !is_digit (scan->t[i]) || !is_letter (scan->t[i + 1]) ||
      !is_letter (scan->t[i + 2]) || !ends_token (scan, i + 3))
    return 0;

  return i + 3;
}

/* NB1 2AB, nb12ab, M1 1AA, SW1A 1AA, EC1V 9HQ. */
static guint
read_postcode (const Scan *scan,
               guint       i)
{
  guint letters = count_letters (scan, i), j, end;

  if (letters < 1 || letters > 2 || !is_digit (scan->t[i + letters]))
    return 0;
  j = i + letters + 1;

  /* The outward code is A9, A99, A9A or AA9, AA99, AA9A: the longer
   * first, then the shorter. */
  for (guint extra = 2; extra-- > 0;)
    {
      guint k = j + extra;

      if (extra == 1 && !(is_digit (scan->t[j]) || is_letter (scan->t[j])))
        continue;

      end = read_inward (scan, scan->t[k] == ' ' ? k + 1 : k);
      if (end != 0)
        return end;
    }

  return 0;
}

/* 943 476 5919, 943-476-5919, 9434765919 with a valid check digit. */
static guint
read_nhs_number (const Scan *scan,
                 guint       i)
{
  char buffer[13];
  guint n = count_digits (scan, i, 10), length;

  if (n == 10)
    length = 10;
  else if (n == 3 && i + 12 <= scan->n)
    length = 12;
  else
    return 0;

  for (guint k = 0; k < length; k++)
    {
      gunichar c = scan->t[i + k];

      if (c >= 0x80)
        return 0;
      buffer[k] = (char) c;
    }
  buffer[length] = '\0';

  if (!ends_token (scan, i + length) || !cr_nhs_number_is_valid (buffer))
    return 0;

  return i + length;
}

/* 07700 900123, +44 7700 900123, (0161) 496 0000, 0161-496-0000: 0 (or
 * +44, with an optional "(0)") then 9 or 10 digits, single spaces,
 * hyphens and brackets between them. The longest such run. */
static guint
read_phone (const Scan *scan,
            guint       i)
{
  const gunichar *t = scan->t;
  guint j = i, digits = 0, best = 0;
  gboolean open = FALSE;

  if (t[j] == '+')
    {
      if (t[j + 1] != '4' || t[j + 2] != '4')
        return 0;
      j += 3;
      if (t[j] == ' ')
        j++;
      if (t[j] == '(' && t[j + 1] == '0' && t[j + 2] == ')')
        j += 3;
    }
  else
    {
      if (t[j] == '(')
        {
          open = TRUE;
          j++;
        }
      if (t[j] != '0')
        return 0;
      j++;
    }

  while (j < scan->n)
    {
      gunichar c = t[j];

      if (is_digit (c))
        {
          digits++;
          j++;
          if (digits > 10)
            break;
          if (digits >= 9 && ends_token (scan, j) && !(t[j] == '-' && is_digit (t[j + 1])))
            best = j;
          continue;
        }

      if (c == ')' && open)
        {
          open = FALSE;
          j++;
          if (t[j] == ' ')
            j++;
        }
      else if ((c == ' ' || c == '-') && is_digit (t[j + 1]))
        j++;
      else if (c == '(' && !open && digits > 0)
        {
          open = TRUE;
          j++;
        }
      else
        break;
    }

  return best;
}

static gboolean
is_local_char (gunichar c)
{
  return _cr_fold_is_alnum (c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

static gboolean
is_domain_char (gunichar c)
{
  return _cr_fold_is_alnum (c) || c == '.' || c == '-';
}

/* The email address around the '@' at @at: its bounds, or FALSE. */
static gboolean
read_email (const Scan *scan,
            guint       at,
            guint      *start,
            guint      *end)
{
  guint s = at, e = at + 1, dot = 0;

  while (s > 0 && is_local_char (scan->t[s - 1]))
    s--;
  while (s < at && !_cr_fold_is_alnum (scan->t[s]))
    s++;
  while (e < scan->n && is_domain_char (scan->t[e]))
    e++;
  while (e > at + 1 && !_cr_fold_is_alnum (scan->t[e - 1]))
    e--;

  if (s == at || e <= at + 1)
    return FALSE;

  for (guint k = at + 1; k < e; k++)
    if (scan->t[k] == '.')
      dot = k;
  if (dot == 0 || dot == at + 1 || e - dot - 1 < 2)
    return FALSE;
  for (guint k = dot + 1; k < e; k++)
    if (!_cr_fold_is_alnum (scan->t[k]) || is_digit (scan->t[k]))
      return FALSE;

  *start = s;
  *end = e;
  return TRUE;
}

/**
 * _cr_anonymisation_find_patterns:
 * @self: the terms (dates of birth, the child's life)
 * @folded: the text
 * @candidates: (element-type CrAnonCandidate): where hits go
 *
 * One pass over the folded text: at each word start a date, a postcode,
 * an NHS number or a telephone number; at each '@' an email address.
 */
void
_cr_anonymisation_find_patterns (CrAnonymisationTerms *self,
                                 const CrFoldedText   *folded,
                                 GArray               *candidates)
{
  Scan scan = { folded, folded->chars, folded->n };
  guint date_end = 0;

  for (guint i = 0; i < folded->n; i++)
    {
      gunichar c = folded->chars[i];
      guint end;

      if (c == '@')
        {
          guint start;

          if (read_email (&scan, i, &start, &end))
            add_candidate (candidates, &scan, start, end, CR_ANONYMISATION_KIND_EMAIL,
                           _("An email address"), _("[email address removed]"), NULL);
          continue;
        }

      if (c == '+' || c == '(')
        {
          if ((i == 0 || !_cr_fold_is_alnum (folded->chars[i - 1])) &&
              (end = read_phone (&scan, i)) != 0)
            add_candidate (candidates, &scan, i, end, CR_ANONYMISATION_KIND_PHONE,
                           _("A telephone number"), _("[telephone number removed]"), NULL);
          continue;
        }

      if (!_cr_fold_is_word_start (folded, i) || c >= 0x80)
        continue;

      if (i >= date_end)
        find_date (self, &scan, i, candidates, &date_end);

      if (is_letter (c) && (end = read_postcode (&scan, i)) != 0)
        add_candidate (candidates, &scan, i, end, CR_ANONYMISATION_KIND_POSTCODE,
                       _("A postcode"), _("[postcode removed]"), NULL);

      if (is_digit (c))
        {
          if ((end = read_nhs_number (&scan, i)) != 0)
            add_candidate (candidates, &scan, i, end, CR_ANONYMISATION_KIND_NHS_NUMBER,
                           _("An NHS number"), _("[NHS number removed]"), NULL);
          if (c == '0' && (i == 0 || folded->chars[i - 1] != '+') &&
              (end = read_phone (&scan, i)) != 0)
            add_candidate (candidates, &scan, i, end, CR_ANONYMISATION_KIND_PHONE,
                           _("A telephone number"), _("[telephone number removed]"), NULL);
        }
    }
}
