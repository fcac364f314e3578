/* cr-name-variants.h: the forms a real name may take in a report */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * From a real name as recorded ("Jayden Lee Smith-Jones", "Mary-Ann
 * O'Neill") the forms the anonymisation check looks for: the whole name,
 * first name, each middle name, surname (and each part of a double
 * surname), first name + surname, initial + surname ("J. Smith-Jones",
 * "J Smith-Jones"), and the common short forms of the first name from a
 * built-in table of English given names (William: Will, Bill, Billy,
 * Liam; Elizabeth: Liz, Lizzie, Beth, Betty, Eliza; ~200 names, both
 * directions: "Jim" recorded also finds "James"). Titles (Mr, Mrs, Ms,
 * Miss, Dr) and single letters are not variants. Each variant is stored
 * as written (case kept); matching is the scanner's job (case, spacing,
 * hyphen and possessive forms, diacritics).
 *
 * A variant that is also a common English word ("Will", "May", "Grace",
 * "Hope", "Mark", "Rose", "Bill", "Pat", "Jack"…; a built-in list) is
 * flagged: the scanner then needs a capital letter not at the start of a
 * sentence, or the surname next to it.
 */

typedef enum
{
  CR_NAME_VARIANT_FULL,
  CR_NAME_VARIANT_FIRST_LAST,
  CR_NAME_VARIANT_FIRST,
  CR_NAME_VARIANT_MIDDLE,
  CR_NAME_VARIANT_LAST,
  CR_NAME_VARIANT_INITIAL_LAST,
  CR_NAME_VARIANT_SHORT_FORM,
} CrNameVariantKind;

typedef struct
{
  char              *text;
  CrNameVariantKind  kind;
  gboolean           common_word;
} CrNameVariant;

/* GPtrArray of CrNameVariant (freed with the array), no two with the
 * same casefolded text; empty for a blank name. */
GPtrArray          *cr_name_variants          (const char *full_name);
/* The short forms of @first_name (and the full forms when it is a short
 * form), NULL-terminated, or NULL when the table has none; matching is
 * case-insensitive. */
const char * const *cr_name_get_short_forms   (const char *first_name);
/* TRUE when @word (any case) is in the common-words list. */
gboolean            cr_name_is_common_word    (const char *word);
/* Translated: "first name", "surname", "short form of the first name"… */
const char         *cr_name_variant_kind_to_label (CrNameVariantKind kind);

G_END_DECLS
