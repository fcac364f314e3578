/* cr-name-variants.c: the forms a real name may take in a report */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrNameVariants"

#include "config.h"

#include "cr-name-variants.h"

#include "cr-name-variants-private.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

static const char * const titles[] = {
  "mr", "mrs", "ms", "miss", "mx", "dr", "master", "prof", "professor",
  "sir", "dame", "rev", "revd", "lady", "lord",
};

/*
 * The index of the short-forms table, both directions: a casefolded name
 * → a NULL-terminated array of the names it is to be found as too (a full
 * name's short forms, then, when the name is itself a short form, the
 * full names it is short for). Built once; never freed.
 */
static GHashTable *
get_short_form_index (void)
{
  static GHashTable *index = NULL;

  if (g_once_init_enter (&index))
    {
      GHashTable *lists = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                 (GDestroyNotify) g_ptr_array_unref);
      GHashTable *result = g_hash_table_new (g_str_hash, g_str_equal);
      GHashTableIter iter;
      gpointer key, value;

      for (guint i = 0; i < _cr_name_n_short_forms; i++)
        {
          const CrNameShortForms *entry = &_cr_name_short_forms[i];
          g_autofree char *name_key = g_utf8_casefold (entry->name, -1);
          GPtrArray *list = g_hash_table_lookup (lists, name_key);

          if (list == NULL)
            {
              list = g_ptr_array_new ();
              g_hash_table_insert (lists, g_strdup (name_key), list);
            }

          for (guint j = 0; entry->short_forms[j] != NULL; j++)
            {
              const char *form = entry->short_forms[j];
              g_autofree char *form_key = g_utf8_casefold (form, -1);
              GPtrArray *back;

              if (!g_ptr_array_find_with_equal_func (list, form, (GEqualFunc) g_str_equal, NULL))
                g_ptr_array_add (list, (gpointer) form);

              back = g_hash_table_lookup (lists, form_key);
              if (back == NULL)
                {
                  back = g_ptr_array_new ();
                  g_hash_table_insert (lists, g_strdup (form_key), back);
                }
              if (!g_ptr_array_find_with_equal_func (back, entry->name, (GEqualFunc) g_str_equal, NULL))
                g_ptr_array_add (back, (gpointer) entry->name);
            }
        }

      /* Freeze the lists as NULL-terminated arrays. */
      g_hash_table_iter_init (&iter, lists);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          GPtrArray *list = value;
          const char **forms;

          if (list->len == 0)
            continue;

          forms = g_new0 (const char *, list->len + 1);
          memcpy (forms, list->pdata, list->len * sizeof (gpointer));
          g_hash_table_insert (result, g_strdup (key), forms);
        }
      g_hash_table_unref (lists);

      g_once_init_leave (&index, result);
    }

  return index;
}

/**
 * cr_name_get_short_forms:
 * @first_name: a given name, any case
 *
 * Returns: (transfer none) (nullable): the short forms of @first_name and,
 *   when it is itself a short form, the full names it stands for
 */
const char * const *
cr_name_get_short_forms (const char *first_name)
{
  g_autofree char *key = NULL;

  if (first_name == NULL || *first_name == '\0')
    return NULL;

  key = g_utf8_casefold (first_name, -1);
  return g_hash_table_lookup (get_short_form_index (), key);
}

static int
compare_words (const void *a,
               const void *b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * cr_name_is_common_word:
 * @word: one word
 *
 * Returns: %TRUE when @word, in any case, is also an ordinary English
 *   word ("Will", "May", "Hope")
 */
gboolean
cr_name_is_common_word (const char *word)
{
  g_autofree char *key = NULL;

  if (word == NULL || *word == '\0')
    return FALSE;

  key = g_utf8_casefold (word, -1);
  return bsearch (&key, _cr_name_common_words, _cr_name_n_common_words,
                  sizeof (const char *), compare_words) != NULL;
}

/**
 * cr_name_variant_kind_to_label:
 * @kind: a #CrNameVariantKind
 *
 * Returns: the translated description of @kind ("first name")
 */
const char *
cr_name_variant_kind_to_label (CrNameVariantKind kind)
{
  switch (kind)
    {
    case CR_NAME_VARIANT_FULL:
      return _("full name");
    case CR_NAME_VARIANT_FIRST_LAST:
      return _("first name and surname");
    case CR_NAME_VARIANT_FIRST:
      return _("first name");
    case CR_NAME_VARIANT_MIDDLE:
      return _("middle name");
    case CR_NAME_VARIANT_LAST:
      return _("surname");
    case CR_NAME_VARIANT_INITIAL_LAST:
      return _("initial and surname");
    case CR_NAME_VARIANT_SHORT_FORM:
      return _("short form of the first name");
    default:
      g_return_val_if_reached ("");
    }
}

/*
 * Building the variants
 */

static void
variant_free (CrNameVariant *variant)
{
  g_free (variant->text);
  g_free (variant);
}

/* A word of a recorded name without the punctuation around it
 * ("(Jay)," → "Jay"); apostrophes, hyphens and inner dots are kept. */
static char *
clean_word (const char *word)
{
  const char *start = word;
  const char *end = word + strlen (word);

  while (start < end && strchr ("\"(),;:.", *start) != NULL)
    start++;
  while (end > start && strchr ("\"(),;:.", end[-1]) != NULL)
    end--;

  return g_strndup (start, (gsize) (end - start));
}

static gboolean
is_title (const char *word)
{
  g_autofree char *key = g_utf8_casefold (word, -1);

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    if (strcmp (key, titles[i]) == 0)
      return TRUE;

  return FALSE;
}

/* Counts letters and digits: "J" and "J." are one. */
static guint
count_alnum (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      n++;

  return n;
}

static void
add_variant (GPtrArray         *variants,
             GHashTable        *seen,
             const char        *text,
             CrNameVariantKind  kind)
{
  CrNameVariant *variant;
  char *key;

  if (text == NULL || count_alnum (text) < 2)
    return;

  key = g_utf8_casefold (text, -1);
  if (g_hash_table_contains (seen, key))
    {
      g_free (key);
      return;
    }
  g_hash_table_add (seen, key);

  variant = g_new0 (CrNameVariant, 1);
  variant->text = g_strdup (text);
  variant->kind = kind;
  variant->common_word = strchr (text, ' ') == NULL && cr_name_is_common_word (text);
  g_ptr_array_add (variants, variant);
}

/* The parts of a hyphenated name ("Smith-Jones" → "Smith", "Jones"). */
static void
add_parts (GPtrArray         *variants,
           GHashTable        *seen,
           const char        *word,
           CrNameVariantKind  kind)
{
  g_auto(GStrv) parts = NULL;

  if (strchr (word, '-') == NULL)
    return;

  parts = g_strsplit (word, "-", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    add_variant (variants, seen, parts[i], kind);
}

static void
add_short_forms (GPtrArray  *variants,
                 GHashTable *seen,
                 const char *first)
{
  const char * const *forms = cr_name_get_short_forms (first);

  for (guint i = 0; forms != NULL && forms[i] != NULL; i++)
    add_variant (variants, seen, forms[i], CR_NAME_VARIANT_SHORT_FORM);
}

/**
 * cr_name_variants:
 * @full_name: (nullable): a real name as recorded
 *
 * Returns: (transfer full) (element-type CrNameVariant): the forms listed
 *   in cr-name-variants.h, whole name first
 */
GPtrArray *
cr_name_variants (const char *full_name)
{
  g_autoptr(GPtrArray) variants = g_ptr_array_new_with_free_func ((GDestroyNotify) variant_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) tokens = NULL;
  g_autofree char *full = NULL;
  g_autofree char *first_last = NULL;
  g_autofree char *initial_last = NULL;
  const char *first, *last;

  if (full_name == NULL)
    return g_steal_pointer (&variants);

  {
    /* A no-break space separates words as a space does. */
    g_autoptr(GString) spaced = g_string_new (full_name);

    g_string_replace (spaced, "\u00a0", " ", 0);
    tokens = g_strsplit_set (spaced->str, " \t\r\n", -1);
  }
  for (guint i = 0; tokens[i] != NULL; i++)
    {
      g_autofree char *word = clean_word (tokens[i]);

      /* Titles and initials are no part of the name to look for. */
      if (*word == '\0' || is_title (word) || count_alnum (word) < 2)
        continue;
      g_ptr_array_add (words, g_steal_pointer (&word));
    }

  if (words->len == 0)
    return g_steal_pointer (&variants);

  first = g_ptr_array_index (words, 0);
  last = words->len > 1 ? g_ptr_array_index (words, words->len - 1) : NULL;

  g_ptr_array_add (words, NULL);
  full = g_strjoinv (" ", (char **) words->pdata);
  g_ptr_array_remove_index (words, words->len - 1);

  if (last != NULL)
    {
      gunichar initial = g_unichar_toupper (g_utf8_get_char (first));
      char buffer[8] = { 0 };

      g_unichar_to_utf8 (initial, buffer);
      first_last = g_strconcat (first, " ", last, NULL);
      initial_last = g_strconcat (buffer, ". ", last, NULL);
    }

  add_variant (variants, seen, full, last != NULL ? CR_NAME_VARIANT_FULL : CR_NAME_VARIANT_FIRST);
  add_variant (variants, seen, first_last, CR_NAME_VARIANT_FIRST_LAST);
  add_variant (variants, seen, first, CR_NAME_VARIANT_FIRST);
  add_parts (variants, seen, first, CR_NAME_VARIANT_FIRST);
  for (guint i = 1; i + 1 < words->len; i++)
    {
      add_variant (variants, seen, g_ptr_array_index (words, i), CR_NAME_VARIANT_MIDDLE);
      add_parts (variants, seen, g_ptr_array_index (words, i), CR_NAME_VARIANT_MIDDLE);
    }
  if (last != NULL)
    {
      add_variant (variants, seen, last, CR_NAME_VARIANT_LAST);
      add_parts (variants, seen, last, CR_NAME_VARIANT_LAST);
      add_variant (variants, seen, initial_last, CR_NAME_VARIANT_INITIAL_LAST);
    }

  add_short_forms (variants, seen, first);
  if (strchr (first, '-') != NULL)
    {
      g_auto(GStrv) parts = g_strsplit (first, "-", -1);

      for (guint i = 0; parts[i] != NULL; i++)
        add_short_forms (variants, seen, parts[i]);
    }

  return g_steal_pointer (&variants);
}
