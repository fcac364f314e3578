/* test-anonymisation.c: the anonymisation check against seeded and clean reports */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cr-anonymisation.h"
#include "cr-anonymisation-dismissal.h"
#include "cr-case-identifier.h"
#include "cr-name-variants.h"
#include "cr-name-variants-private.h"

#include <string.h>

typedef struct
{
  CrAnonymisationKind  kind;
  const char          *text;        /* the exact text of the hit */
  const char          *suggestion;  /* NULL: not checked */
} Expect;

static void
add_identifier (CrAnonymisationTerms *terms,
                const char           *kind,
                const char           *value,
                const char           *person,
                const char           *replacement)
{
  g_autoptr(CrCaseIdentifier) identifier = cr_case_identifier_new ();

  cr_record_set (CR_RECORD (identifier), "kind", kind);
  cr_record_set (CR_RECORD (identifier), "value", value);
  cr_record_set (CR_RECORD (identifier), "person", person);
  cr_record_set (CR_RECORD (identifier), "replacement", replacement);
  cr_anonymisation_terms_add_identifier (terms, identifier);
}

/* The case of the seeded reports: Child H and the family. */
static CrAnonymisationTerms *
make_terms (void)
{
  CrAnonymisationTerms *terms = cr_anonymisation_terms_new ();

  cr_anonymisation_terms_add_person (terms, "Child H", TRUE, "Jayden Lee Smith-Jones",
                                     "2019-03-03", "14 Acacia Avenue, Northbridge, NB1 2AB");
  cr_anonymisation_terms_add_person (terms, "Mother", FALSE, "Mary-Ann O'Neill", "1995-07-21", NULL);
  cr_anonymisation_terms_add_person (terms, "Father", FALSE, "Mr William Mark Grant", NULL,
                                     "Flat 2, 7 Quarry Lane, Northbridge NB3 4CD");
  cr_anonymisation_terms_add_person (terms, "Sibling 1", TRUE, "Zoë May Ashworth", "2016-11-09", NULL);
  cr_anonymisation_terms_add_person (terms, "Maternal grandmother", FALSE, "Grace Hope", NULL, NULL);
  cr_anonymisation_terms_add_person (terms, "Maternal grandfather", FALSE, "Jim Baxter", NULL, NULL);
  add_identifier (terms, "alias", "Jay-Jay", "Child H", NULL);
  add_identifier (terms, "school", "St Mary's Primary School", "Sibling 1", "a local primary school");
  add_identifier (terms, "street", "Tanner's Walk", NULL, NULL);
  add_identifier (terms, "place", "Riverside Estate", NULL, NULL);
  add_identifier (terms, "phone", "01632 960123", "Mother", NULL);
  add_identifier (terms, "email", "mary.oneill@example.com", "Mother", NULL);
  add_identifier (terms, "other", "24/0317", NULL, "[police reference removed]");
  cr_anonymisation_terms_set_incident_date (terms, "2021-06-20");

  return terms;
}

static void
dump_hits (GPtrArray *hits)
{
  for (guint i = 0; i < hits->len; i++)
    {
      CrAnonymisationHit *hit = g_ptr_array_index (hits, i);

      g_printerr ("  %s “%s” [%u, %u) %s\n",
                  cr_anonymisation_kind_to_nick (cr_anonymisation_hit_get_kind (hit)),
                  cr_anonymisation_hit_get_text (hit), cr_anonymisation_hit_get_start (hit),
                  cr_anonymisation_hit_get_end (hit), cr_anonymisation_hit_get_why (hit));
    }
}

/* Checks @text and asserts exactly the hits @expected, in order: kind,
 * text and character offsets (found in @text after the previous one). */
static void
assert_hits (CrAnonymisationTerms *terms,
             const char           *text,
             const Expect         *expected,
             guint                 n_expected)
{
  g_autoptr(GPtrArray) hits = cr_anonymisation_check_text (terms, "section:analysis",
                                                           "Analysis", 3, text);
  const char *from = text;

  if (hits->len != n_expected)
    {
      g_printerr ("In “%s”, %u hits, %u expected:\n", text, hits->len, n_expected);
      dump_hits (hits);
      g_assert_cmpuint (hits->len, ==, n_expected);
    }

  for (guint i = 0; i < n_expected; i++)
    {
      CrAnonymisationHit *hit = g_ptr_array_index (hits, i);
      const char *at = strstr (from, expected[i].text);
      guint start, end;

      g_assert_nonnull (at);
      start = (guint) g_utf8_pointer_to_offset (text, at);
      end = start + (guint) g_utf8_strlen (expected[i].text, -1);

      if (cr_anonymisation_hit_get_kind (hit) != expected[i].kind ||
          g_strcmp0 (cr_anonymisation_hit_get_text (hit), expected[i].text) != 0)
        {
          g_printerr ("In “%s”, expected %s “%s”, found:\n", text,
                      cr_anonymisation_kind_to_nick (expected[i].kind), expected[i].text);
          dump_hits (hits);
        }
      g_assert_cmpstr (cr_anonymisation_kind_to_nick (cr_anonymisation_hit_get_kind (hit)), ==,
                       cr_anonymisation_kind_to_nick (expected[i].kind));
      g_assert_cmpstr (cr_anonymisation_hit_get_text (hit), ==, expected[i].text);
      g_assert_cmpuint (cr_anonymisation_hit_get_start (hit), ==, start);
      g_assert_cmpuint (cr_anonymisation_hit_get_end (hit), ==, end);
      g_assert_cmpstr (cr_anonymisation_hit_get_source_id (hit), ==, "section:analysis");
      g_assert_cmpstr (cr_anonymisation_hit_get_source_label (hit), ==, "Analysis");
      g_assert_cmpint (cr_anonymisation_hit_get_block (hit), ==, 3);
      g_assert_cmpuint (strlen (cr_anonymisation_hit_get_key (hit)), ==, 64);
      if (expected[i].suggestion != NULL)
        g_assert_cmpstr (cr_anonymisation_hit_get_suggestion (hit), ==, expected[i].suggestion);

      from = at + strlen (expected[i].text);
    }
}

static void
assert_one (CrAnonymisationTerms *terms,
            const char           *text,
            CrAnonymisationKind   kind,
            const char           *hit_text,
            const char           *suggestion)
{
  Expect expect = { kind, hit_text, suggestion };

  assert_hits (terms, text, &expect, 1);
}

static void
assert_none (CrAnonymisationTerms *terms,
             const char           *text)
{
  assert_hits (terms, text, NULL, 0);
}

/*
 * Name variants
 */

static void
test_name_variants (void)
{
  static const struct
  {
    const char        *text;
    CrNameVariantKind  kind;
    gboolean           common_word;
  } expected[] = {
    { "Jayden Lee Smith-Jones", CR_NAME_VARIANT_FULL, FALSE },
    { "Jayden Smith-Jones", CR_NAME_VARIANT_FIRST_LAST, FALSE },
    { "Jayden", CR_NAME_VARIANT_FIRST, FALSE },
    { "Lee", CR_NAME_VARIANT_MIDDLE, FALSE },
    { "Smith-Jones", CR_NAME_VARIANT_LAST, FALSE },
    { "Smith", CR_NAME_VARIANT_LAST, FALSE },
    { "Jones", CR_NAME_VARIANT_LAST, FALSE },
    { "J. Smith-Jones", CR_NAME_VARIANT_INITIAL_LAST, FALSE },
    { "Jay", CR_NAME_VARIANT_SHORT_FORM, TRUE },
  };
  g_autoptr(GPtrArray) variants = cr_name_variants ("Mr  Jayden Lee Smith-Jones");
  g_autoptr(GPtrArray) blank = cr_name_variants ("  ");
  g_autoptr(GPtrArray) titled = cr_name_variants ("Dr. J. Baxter");

  g_assert_cmpuint (variants->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const CrNameVariant *variant = g_ptr_array_index (variants, i);

      g_assert_cmpstr (variant->text, ==, expected[i].text);
      g_assert_cmpint (variant->kind, ==, expected[i].kind);
      g_assert_cmpint (variant->common_word, ==, expected[i].common_word);
    }

  g_assert_cmpuint (blank->len, ==, 0);
  /* Titles and single letters are not variants. */
  g_assert_cmpuint (titled->len, ==, 1);
  g_assert_cmpstr (((CrNameVariant *) g_ptr_array_index (titled, 0))->text, ==, "Baxter");
  g_assert_cmpstr (cr_name_variant_kind_to_label (CR_NAME_VARIANT_SHORT_FORM), ==,
                   "short form of the first name");
}

static gboolean
strv_has (const char * const *strv,
          const char         *text)
{
  return strv != NULL && g_strv_contains (strv, text);
}

static void
test_name_tables (void)
{
  const char * const *forms;

  g_assert_cmpuint (_cr_name_n_short_forms, >=, 200);
  g_assert_cmpuint (_cr_name_n_common_words, >=, 150);
  /* The common words are sorted and lower case (looked up by bsearch). */
  for (guint i = 1; i < _cr_name_n_common_words; i++)
    g_assert_cmpint (strcmp (_cr_name_common_words[i - 1], _cr_name_common_words[i]), <, 0);

  forms = cr_name_get_short_forms ("William");
  g_assert_true (strv_has (forms, "Will") && strv_has (forms, "Bill") &&
                 strv_has (forms, "Billy") && strv_has (forms, "Liam"));
  forms = cr_name_get_short_forms ("ELIZABETH");
  g_assert_true (strv_has (forms, "Liz") && strv_has (forms, "Lizzie") && strv_has (forms, "Beth") &&
                 strv_has (forms, "Betty") && strv_has (forms, "Eliza"));
  /* Both directions. */
  g_assert_true (strv_has (cr_name_get_short_forms ("jim"), "James"));
  forms = cr_name_get_short_forms ("Alex");
  g_assert_true (strv_has (forms, "Alexander") && strv_has (forms, "Alexandra"));
  g_assert_null (cr_name_get_short_forms ("Jaxon"));
  g_assert_null (cr_name_get_short_forms (""));

  g_assert_true (cr_name_is_common_word ("Will"));
  g_assert_true (cr_name_is_common_word ("MAY"));
  g_assert_true (cr_name_is_common_word ("hope"));
  g_assert_false (cr_name_is_common_word ("Jayden"));
  g_assert_false (cr_name_is_common_word (NULL));
}

/*
 * Names in every variant
 */

static void
test_names_child (void)
{
  g_autoptr(CrAnonymisationTerms) terms = make_terms ();
  const CrAnonymisationKind N = CR_ANONYMISATION_KIND_NAME;

  assert_one (terms, "Staff saw Jayden at home.", N, "Jayden", "Child H");
  assert_one (terms, "JAYDEN was asleep.", N, "JAYDEN", "Child H");
  assert_one (terms, "The nurse weighed jayden again.", N, "jayden", NULL);
  assert_one (terms, "Jayden's cot was unsafe.", N, "Jayden's", "Child H's");
  assert_one (terms, "Jayden’s cot was unsafe.", N, "Jayden’s", "Child H’s");
  assert_one (terms, "The Jaydens' cot was unsafe.", N, "Jaydens'", "Child H's");
  assert_one (terms, "There were two Jaydens in the class.", N, "Jaydens", "Child H");
  assert_one (terms, "Mrs Smith-Jones called.", N, "Smith-Jones", NULL);
  assert_one (terms, "The Smith Jones family moved.", N, "Smith Jones", NULL);
  assert_one (terms, "The Smith\nJones family moved.", N, "Smith\nJones", NULL);
  assert_one (terms, "The SmithJones family moved.", N, "SmithJones", NULL);
  assert_one (terms, "The Smith–Jones family moved.", N, "Smith–Jones", NULL);
  assert_one (terms, "The Smith - Jones family moved.", N, "Smith - Jones", NULL);
  assert_one (terms, "Jayden  Smith-Jones was born early.", N, "Jayden  Smith-Jones", NULL);
  assert_one (terms, "Jayden Lee Smith-Jones was born early.", N, "Jayden Lee Smith-Jones", NULL);
  assert_one (terms, "Jayden\nLee   Smith Jones was born early.", N, "Jayden\nLee   Smith Jones", NULL);
  assert_one (terms, "A letter to J. Smith-Jones was sent.", N, "J. Smith-Jones", NULL);
  assert_one (terms, "A letter to J Smith-Jones was sent.", N, "J Smith-Jones", NULL);
  assert_one (terms, "His middle name, Lee, was used.", N, "Lee", NULL);
  assert_one (terms, "Only Smith was written.", N, "Smith", NULL);
  assert_one (terms, "Jones was written.", N, "Jones", NULL);
  assert_one (terms, "They called him Jay-Jay at nursery.", N, "Jay-Jay", "Child H");
  /* A short form that is a word still counts next to the surname. */
  assert_one (terms, "jay smith-jones was there.", N, "jay smith-jones", NULL);
}

static void
test_names_family (void)
{
  g_autoptr(CrAnonymisationTerms) terms = make_terms ();
  const CrAnonymisationKind N = CR_ANONYMISATION_KIND_NAME;

  /* Mother: a double first name and an apostrophe. */
  assert_one (terms, "Mary-Ann attended.", N, "Mary-Ann", "Mother");
  assert_one (terms, "Mary Ann attended.", N, "Mary Ann", NULL);
  assert_one (terms, "Mary attended.", N, "Mary", NULL);
  assert_one (terms, "Ms O'Neill attended.", N, "O'Neill", NULL);
  assert_one (terms, "Ms O’Neill attended.", N, "O’Neill", NULL);
  assert_one (terms, "Ms ONeill attended.", N, "ONeill", NULL);
  assert_one (terms, "Ms O’Neill’s flat was cold.", N, "O’Neill’s", "Mother’s");
  assert_one (terms, "Polly attended.", N, "Polly", "Mother");

  /* Sibling 1: diacritics either way, composed or not. */
  assert_one (terms, "Zoë was at school.", N, "Zoë", "Sibling 1");
  assert_one (terms, "Zoe was at school.", N, "Zoe", NULL);
  assert_one (terms, "ZOË was at school.", N, "ZOË", NULL);
  assert_one (terms, "Zoe\xcc\x88 was at school.", N, "Zoe\xcc\x88", NULL);
  assert_one (terms, "Café staff saw Zoë’s bruise.", N, "Zoë’s", "Sibling 1’s");
  assert_one (terms, "Ms Ash\xc2\xadworth came.", N, "Ash\xc2\xadworth", NULL);

  /* Father: a title dropped, short forms that are words. */
  assert_one (terms, "William attended.", N, "William", "Father");
  assert_one (terms, "Billy was at the flat.", N, "Billy", NULL);
  assert_one (terms, "Liam said he had left.", N, "Liam", NULL);
  assert_one (terms, "The mother told Bill that she was afraid.", N, "Bill", NULL);
  assert_one (terms, "A note from Will said the door was locked.", N, "Will", NULL);
  assert_one (terms, "Bill Grant attended the meeting.", N, "Bill Grant", NULL);
  assert_one (terms, "The police spoke to Mark about it.", N, "Mark", NULL);
  assert_one (terms, "The social worker met Grant at home.", N, "Grant", NULL);
  assert_one (terms, "W. Grant signed.", N, "W. Grant", NULL);

  /* Grandparents: a short form recorded finds the full name. */
  assert_one (terms, "James visited on Sundays.", N, "James", "Maternal grandfather");
  assert_one (terms, "Mr Baxter visited.", N, "Baxter", NULL);
  assert_one (terms, "The visit by Grace was brief.", N, "Grace", "Maternal grandmother");
  assert_one (terms, "Grace Hope visited.", N, "Grace Hope", NULL);
}

static void
test_names_common_words (void)
{
  g_autoptr(CrAnonymisationTerms) terms = make_terms ();
  const CrAnonymisationKind N = CR_ANONYMISATION_KIND_NAME;

  assert_none (terms, "Will the plan work? It will.");
  assert_none (terms, "Staff may visit in May 2021.");
  assert_none (terms, "In May the family moved, and on 3 May they left.");
  assert_none (terms, "There was a Grace period of 28 days.");
  /* A name that is also a word, at the start of a sentence: a name when
   * what follows is what follows a person (a verb, a comma, "and") or it
   * is possessive; the word otherwise. */
  assert_none (terms, "Grace period ended.");
  assert_one (terms, "Grace told the review she had been worried.", N, "Grace",
              "Maternal grandmother");
  assert_one (terms, "The visit ended. Hope said she would call.", N, "Hope", NULL);
  assert_one (terms, "Grace's flat was cold.", N, "Grace's", NULL);
  assert_one (terms, "Will, the father, attended.", N, "Will", NULL);
  assert_none (terms, "Will the partnership act? May 2021 showed it could.");
  assert_none (terms, "We hope that the review will mark a change.");
  assert_none (terms, "The Bill of Rights was cited.");
  assert_none (terms, "The family lived near Markham Road.");
  assert_none (terms, "Paying the bill was hard; the unpaid Bills grew.");
  assert_none (terms, "Her grant application was refused.");
  assert_none (terms, "Mayday, Hopeful, Willow and Marks are other words.");
}

static void
test_names_pseudonyms (void)
{
  g_autoptr(CrAnonymisationTerms) terms = cr_anonymisation_terms_new ();

  cr_anonymisation_terms_add_person (terms, "Child H", TRUE, "Harry Child", NULL, NULL);
  cr_anonymisation_terms_add_person (terms, "Baby Smith", TRUE, "Ava Smith", NULL, NULL);

  assert_none (terms, "Child H was seen. Child H’s cot was checked.");
  assert_none (terms, "Baby Smith was seen.");
  assert_one (terms, "Mr Child was seen.", CR_ANONYMISATION_KIND_NAME, "Child", "Child H");
  assert_one (terms, "Harry was seen by Child H’s nurse.", CR_ANONYMISATION_KIND_NAME, "Harry", NULL);
  assert_one (terms, "Ms Smith was seen.", CR_ANONYMISATION_KIND_NAME, "Smith", "Baby Smith");
}

/*
 * Dates
 */

static void
test_dates_of_birth (void)
{
  static const char * const forms[] = {
    "3 March 2019", "3rd March 2019", "3rd of March 2019", "03/03/2019", "3/3/19",
    "2019-03-03", "March 3rd, 2019", "March 3 2019", "3.3.2019", "03-Mar-19", "3 Mar. 2019",
  };
  g_autoptr(CrAnonymisationTerms) terms = make_terms ();

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      g_autofree char *text = g_strdup_printf ("Child H was born on %s at the hospital.", forms[i]);

      assert_one (terms, text, CR_ANONYMISATION_KIND_DATE_OF_BIRTH, forms[i],
                  "[date of birth removed]");
    }

  /* Any person's date of birth, even outside the child's life. */
  assert_one (terms, "Mother (born 21/07/1995) attended.", CR_ANONYMISATION_KIND_DATE_OF_BIRTH,
              "21/07/1995", NULL);
  /* A date across a line break. */
  assert_one (terms, "born on 3 March\n2019.", CR_ANONYMISATION_KIND_DATE_OF_BIRTH,
              "3 March\n2019", NULL);
}

static void
test_exact_dates (void)
{
  g_autoptr(CrAnonymisationTerms) terms = make_terms ();
  g_autoptr(CrAnonymisationTerms) no_birth = cr_anonymisation_terms_new ();

  assert_one (terms, "On 14 February 2020 the health visitor called.",
              CR_ANONYMISATION_KIND_EXACT_DATE, "14 February 2020", "February 2020");
  assert_one (terms, "On 20/06/2021 the ambulance came.", CR_ANONYMISATION_KIND_EXACT_DATE,
              "20/06/2021", "June 2021");
  /* Sibling 1 was born first: the window opens on 9 November 2016. */
  assert_one (terms, "Seen on 2016-11-10.", CR_ANONYMISATION_KIND_EXACT_DATE, "2016-11-10",
              "November 2016");
  assert_none (terms, "On 12/01/2015 the mother moved.");
  assert_none (terms, "On 1 July 2022 the review began.");
  assert_none (terms, "In March 2020, paragraph 4.1.12 and section 2.3 applied.");
  assert_none (terms, "Versions 1.2.2020.3 and 3/3/2019/4 are not dates.");
  assert_none (terms, "On 31/02/2020 nothing happened.");

  /* No child's date of birth known: no window. */
  cr_anonymisation_terms_add_person (no_birth, "Child A", TRUE, "Ava Smith", NULL, NULL);
  assert_none (no_birth, "On 14 February 2020 the health visitor called.");
}

/*
 * Addresses, identifiers, numbers
 */

static void
test_addresses (void)
{
  g_autoptr(CrAnonymisationTerms) terms = make_terms ();

  assert_one (terms, "They lived at 14 Acacia Avenue, Northbridge, NB1 2AB until 2021.",
              CR_ANONYMISATION_KIND_ADDRESS, "14 Acacia Avenue, Northbridge, NB1 2AB",
              "the family home");
  assert_one (terms, "They lived at 14 acacia  avenue northbridge nb1 2ab.",
              CR_ANONYMISATION_KIND_ADDRESS, "14 acacia  avenue northbridge nb1 2ab", NULL);
  assert_one (terms, "They lived at 14 Acacia Avenue.", CR_ANONYMISATION_KIND_ADDRESS,
              "14 Acacia Avenue", NULL);
  assert_one (terms, "Police walked along Acacia Avenue.", CR_ANONYMISATION_KIND_STREET,
              "Acacia Avenue", "a local street");
  assert_one (terms, "Father's flat on Quarry Lane was cold.", CR_ANONYMISATION_KIND_STREET,
              "Quarry Lane", NULL);
  assert_one (terms, "Father's flat at 7 Quarry Lane was cold.", CR_ANONYMISATION_KIND_ADDRESS,
              "7 Quarry Lane", NULL);

  /* Any postcode, any case, one space or none. */
  assert_one (terms, "The postcode nb12ab was written.", CR_ANONYMISATION_KIND_POSTCODE,
              "nb12ab", "[postcode removed]");
  assert_one (terms, "A flat in SW1A 1AA.", CR_ANONYMISATION_KIND_POSTCODE, "SW1A 1AA", NULL);
  assert_one (terms, "A flat in M1 1AA.", CR_ANONYMISATION_KIND_POSTCODE, "M1 1AA", NULL);
  assert_one (terms, "A flat in EC1V 9HQ.", CR_ANONYMISATION_KIND_POSTCODE, "EC1V 9HQ", NULL);
  assert_none (terms, "B12 vitamins, A1 roads and CO2 levels.");

  /* The case's identifier register. */
  assert_one (terms, "Sibling 1 attends St Mary's Primary School.", CR_ANONYMISATION_KIND_SCHOOL,
              "St Mary's Primary School", "a local primary school");
  assert_one (terms, "Sibling 1 attends St. Marys primary school.", CR_ANONYMISATION_KIND_SCHOOL,
              "St. Marys primary school", NULL);
  assert_one (terms, "They met near Tanners Walk.", CR_ANONYMISATION_KIND_STREET,
              "Tanners Walk", "a local street");
  assert_one (terms, "They lived on the Riverside Estate.", CR_ANONYMISATION_KIND_PLACE,
              "Riverside Estate", "the area");
  assert_one (terms, "Police reference 24/0317 was given.", CR_ANONYMISATION_KIND_OTHER,
              "24/0317", "[police reference removed]");
}

static void
test_numbers (void)
{
  g_autoptr(CrAnonymisationTerms) terms = make_terms ();
  g_autoptr(CrAnonymisationTerms) empty = cr_anonymisation_terms_new ();
  static const char * const phones[] = {
    "07700 900123", "07700900123", "+44 7700 900123", "+44 (0)7700 900123", "(0161) 496 0000",
    "0161-496-0000", "0161 496 0000", "01632 960123", "020 7946 0000",
  };

  /* Patterns need no terms. */
  assert_one (empty, "NHS number 943 476 5919 was on the form.", CR_ANONYMISATION_KIND_NHS_NUMBER,
              "943 476 5919", "[NHS number removed]");
  assert_one (empty, "NHS number 943-476-5919.", CR_ANONYMISATION_KIND_NHS_NUMBER,
              "943-476-5919", NULL);
  assert_one (empty, "NHS number 9434765919.", CR_ANONYMISATION_KIND_NHS_NUMBER, "9434765919", NULL);
  assert_none (empty, "NHS number 943 476 5918 (a wrong check digit).");
  assert_none (empty, "Reference 9434765918 and 94347659190.");

  for (guint i = 0; i < G_N_ELEMENTS (phones); i++)
    {
      g_autofree char *text = g_strdup_printf ("Mother's number, %s, was on file.", phones[i]);

      assert_one (empty, text, CR_ANONYMISATION_KIND_PHONE, phones[i], "[telephone number removed]");
    }
  assert_none (empty, "In 2019 there were 0 referrals; 0161 alone is no number; 07700 9001 is short.");

  assert_one (empty, "Email jo.smith+1@example.co.uk for details.", CR_ANONYMISATION_KIND_EMAIL,
              "jo.smith+1@example.co.uk", "[email address removed]");
  assert_one (empty, "Write to help@example.org.", CR_ANONYMISATION_KIND_EMAIL, "help@example.org", NULL);
  assert_none (empty, "Meet @ 10, a@b and x@y.z are not addresses.");

  /* With the terms: the email holds the surname, the address wins. */
  assert_one (terms, "Email mary.oneill@example.com for details.", CR_ANONYMISATION_KIND_EMAIL,
              "mary.oneill@example.com", NULL);
}

/* Everything in one text, in order, with multi-byte text between. */
static void
test_mixed_offsets (void)
{
  g_autoptr(CrAnonymisationTerms) terms = make_terms ();
  static const Expect expected[] = {
    { CR_ANONYMISATION_KIND_NAME, "Jayden’s", "Child H’s" },
    { CR_ANONYMISATION_KIND_DATE_OF_BIRTH, "3/3/19", NULL },
    { CR_ANONYMISATION_KIND_NAME, "Zoë’s", "Sibling 1’s" },
    { CR_ANONYMISATION_KIND_POSTCODE, "NB3 4CD", NULL },
    { CR_ANONYMISATION_KIND_PHONE, "07700 900123", NULL },
    { CR_ANONYMISATION_KIND_NHS_NUMBER, "401 023 2137", NULL },
  };

  assert_hits (terms,
               "“Café” — Jayden’s birthday (3/3/19) … Zoë’s ✓ friend — NB3 4CD — "
               "tel. 07700 900123 — NHS № 401 023 2137 ✓",
               expected, G_N_ELEMENTS (expected));
}

/*
 * Clean reports
 */

static char *
read_clean_report (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "anonymisation",
                                                 "clean-report.txt", NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static void
test_clean_report (void)
{
  g_autoptr(CrAnonymisationTerms) terms = make_terms ();
  g_autofree char *report = read_clean_report ();
  g_autoptr(GPtrArray) hits = NULL;

  g_assert_cmpuint (g_utf8_strlen (report, -1), >, 6000);
  hits = cr_anonymisation_check_text (terms, "section:analysis", "Analysis", -1, report);
  if (hits->len > 0)
    dump_hits (hits);
  g_assert_cmpuint (hits->len, ==, 0);

  /* The same text with one real name planted is no longer clean. */
  {
    g_autoptr(GString) planted = g_string_new (report);
    g_autoptr(GPtrArray) planted_hits = NULL;

    g_string_replace (planted, "Sibling 1 attended a local primary school",
                      "Zoe attended a local primary school", 1);
    planted_hits = cr_anonymisation_check_text (terms, "section:analysis", "Analysis", -1,
                                                planted->str);
    g_assert_cmpuint (planted_hits->len, ==, 1);
    g_assert_cmpstr (cr_anonymisation_hit_get_text (g_ptr_array_index (planted_hits, 0)), ==, "Zoe");
  }
}

/*
 * Keys, dismissals, replacements
 */

static const char *
first_key (CrAnonymisationTerms *terms,
           const char           *source_id,
           const char           *text)
{
  g_autoptr(GPtrArray) hits = cr_anonymisation_check_text (terms, source_id, "Analysis", -1, text);
  static char key[65];

  g_assert_cmpuint (hits->len, ==, 1);
  g_strlcpy (key, cr_anonymisation_hit_get_key (g_ptr_array_index (hits, 0)), sizeof key);
  return key;
}

static void
test_keys (void)
{
  g_autoptr(CrAnonymisationTerms) terms = make_terms ();
  g_autoptr(CrAnonymisationTerms) again = make_terms ();
  const char *text = "In the early months of the review the family said that Jayden was "
                     "often left with a neighbour while the parents worked late shifts.";
  g_autofree char *key = g_strdup (first_key (terms, "section:analysis", text));

  /* Stable: the same in another run with other terms objects. */
  g_assert_true (g_str_is_ascii (key));
  g_assert_cmpuint (strlen (key), ==, 64);
  g_assert_cmpstr (first_key (again, "section:analysis", text), ==, key);
  /* Case in the context does not matter. */
  g_assert_cmpstr (first_key (terms, "section:analysis",
                              "In the early months of the review the FAMILY SAID THAT Jayden was "
                              "often left with a neighbour while the parents worked late shifts."),
                   ==, key);
  /* Far from the hit: the same key. */
  g_assert_cmpstr (first_key (terms, "section:analysis",
                              "In the first months of the review the family said that Jayden was "
                              "often left with a neighbour while the parents worked long shifts."),
                   ==, key);
  /* Next to it, or somewhere else: a new key (the check fails closed). */
  g_assert_cmpstr (first_key (terms, "section:analysis",
                              "In the early months of the review the family says that Jayden was "
                              "often left with a neighbour while the parents worked late shifts."),
                   !=, key);
  g_assert_cmpstr (first_key (terms, "section:analysis",
                              "In the early months of the review the family said that Jayden is "
                              "often left with a neighbour while the parents worked late shifts."),
                   !=, key);
  g_assert_cmpstr (first_key (terms, "section:background", text), !=, key);
}

static void
test_dismissals (void)
{
  g_autoptr(CrAnonymisationTerms) terms = make_terms ();
  g_autoptr(GPtrArray) hits = cr_anonymisation_check_text (terms, "section:analysis", "Analysis", 0,
                                                           "Jayden met Zoë and Mary-Ann.");
  g_autoptr(GPtrArray) dismissals = g_ptr_array_new_with_free_func (g_object_unref);
  CrAnonymisationDismissal *dismissal = cr_anonymisation_dismissal_new ();
  CrAnonymisationHit *hit;

  g_assert_cmpuint (hits->len, ==, 3);
  g_assert_cmpuint (cr_anonymisation_count_unresolved (hits), ==, 3);

  hit = g_ptr_array_index (hits, 1);
  cr_record_set (CR_RECORD (dismissal), "hit-key", cr_anonymisation_hit_get_key (hit));
  cr_record_set (CR_RECORD (dismissal), "reason", "Zoë is the name of a doll in the quote.");
  g_ptr_array_add (dismissals, dismissal);

  cr_anonymisation_apply_dismissals (hits, dismissals);
  g_assert_true (cr_anonymisation_hit_get_dismissed (hit));
  g_assert_cmpstr (cr_anonymisation_hit_get_dismissal_reason (hit), ==,
                   "Zoë is the name of a doll in the quote.");
  g_assert_false (cr_anonymisation_hit_get_dismissed (g_ptr_array_index (hits, 0)));
  g_assert_false (cr_anonymisation_hit_get_dismissed (g_ptr_array_index (hits, 2)));
  g_assert_cmpuint (cr_anonymisation_count_unresolved (hits), ==, 2);

  /* Properties follow. */
  {
    gboolean dismissed = FALSE;
    guint kind = 99;
    g_autofree char *label = NULL;

    g_object_get (hit, "dismissed", &dismissed, "kind", &kind, "kind-label", &label, NULL);
    g_assert_true (dismissed);
    g_assert_cmpuint (kind, ==, CR_ANONYMISATION_KIND_NAME);
    g_assert_cmpstr (label, ==, "Real name");
  }
  g_object_set (hit, "dismissed", FALSE, NULL);
  g_assert_null (cr_anonymisation_hit_get_dismissal_reason (hit));
  g_assert_cmpuint (cr_anonymisation_count_unresolved (hits), ==, 3);
}

static void
test_replace_range (void)
{
  g_autoptr(CrAnonymisationTerms) terms = make_terms ();
  const char *text = "Café notes: Zoë’s brother Jayden lived at 14 Acacia Avenue.";
  g_autoptr(GPtrArray) hits = cr_anonymisation_check_text (terms, "title", "Title", -1, text);
  g_autofree char *fixed = g_strdup (text);
  g_autoptr(GPtrArray) after = NULL;
  g_autofree char *simple = cr_anonymisation_replace_range ("Zoë met Jayden.", 8, 14, "Child H");
  g_autofree char *outside = cr_anonymisation_replace_range ("Zoë", 2, 4, "x");
  g_autofree char *reversed = cr_anonymisation_replace_range ("Zoë", 2, 1, "x");
  g_autofree char *empty = cr_anonymisation_replace_range ("Zoë", 3, 3, "!");

  g_assert_cmpstr (simple, ==, "Zoë met Child H.");
  g_assert_null (outside);
  g_assert_null (reversed);
  g_assert_cmpstr (empty, ==, "Zoë!");

  /* Every suggestion put in, last first: nothing is left to find. */
  g_assert_cmpuint (hits->len, ==, 3);
  g_assert_true (cr_anonymisation_hit_is_replaceable (g_ptr_array_index (hits, 0)));
  for (guint i = hits->len; i > 0; i--)
    {
      CrAnonymisationHit *hit = g_ptr_array_index (hits, i - 1);
      char *next = cr_anonymisation_replace_range (fixed, cr_anonymisation_hit_get_start (hit),
                                                   cr_anonymisation_hit_get_end (hit),
                                                   cr_anonymisation_hit_get_suggestion (hit));

      g_assert_nonnull (next);
      g_free (fixed);
      fixed = next;
    }
  g_assert_cmpstr (fixed, ==, "Café notes: Sibling 1’s brother Child H lived at the family home.");
  after = cr_anonymisation_check_text (terms, "title", "Title", -1, fixed);
  g_assert_cmpuint (after->len, ==, 0);
}

static void
test_hit_sources (void)
{
  g_autoptr(CrAnonymisationHit) page =
    cr_anonymisation_hit_new (CR_ANONYMISATION_KIND_NAME, "page:3", "Page 3", -1, 0, 6,
                              "Jayden", "", " was", NULL, NULL);
  g_autoptr(CrAnonymisationHit) finding =
    cr_anonymisation_hit_new (CR_ANONYMISATION_KIND_NAME, "finding:4:text", "Finding 1", -1, 0, 6,
                              "Jayden", "", " was", NULL, NULL);
  g_autoptr(CrAnonymisationHit) titled =
    cr_anonymisation_hit_new (CR_ANONYMISATION_KIND_NAME, "titles", "?", -1, 0, 6,
                              "Jayden", "", " was", NULL, NULL);
  CrAnonymisationKind kind;

  g_assert_false (cr_anonymisation_hit_is_replaceable (page));
  g_assert_true (cr_anonymisation_hit_is_replaceable (finding));
  g_assert_false (cr_anonymisation_hit_is_replaceable (titled));
  g_assert_cmpstr (cr_anonymisation_hit_get_why (page), ==, "Real name");

  for (guint k = 0; k <= CR_ANONYMISATION_KIND_LAST; k++)
    {
      g_assert_true (cr_anonymisation_kind_from_nick (cr_anonymisation_kind_to_nick (k), &kind));
      g_assert_cmpuint (kind, ==, k);
    }
  g_assert_cmpstr (cr_anonymisation_kind_to_nick (CR_ANONYMISATION_KIND_NHS_NUMBER), ==, "nhs-number");
  g_assert_false (cr_anonymisation_kind_from_nick ("nhs", &kind));
}

static void
test_context (void)
{
  g_autoptr(CrAnonymisationTerms) terms = make_terms ();
  g_autoptr(GPtrArray) hits =
    cr_anonymisation_check_text (terms, "section:background", "Background", 0,
                                 "Several agencies were involved with the family over a long period "
                                 "of time before\nJayden was born, and afterwards\nthe health visitor "
                                 "saw him many times at home and at the clinic in town.");
  CrAnonymisationHit *hit;

  g_assert_cmpuint (hits->len, ==, 1);
  hit = g_ptr_array_index (hits, 0);
  /* At most 60 characters, cut at a word, line breaks as spaces. */
  g_assert_cmpstr (cr_anonymisation_hit_get_context_before (hit), ==,
                   "involved with the family over a long period of time before ");
  g_assert_cmpstr (cr_anonymisation_hit_get_context_after (hit), ==,
                   " was born, and afterwards the health visitor saw him many");
}

/* Invalid UTF-8 is checked as repaired. */
static void
test_invalid_utf8 (void)
{
  g_autoptr(CrAnonymisationTerms) terms = make_terms ();

  assert_one (terms, "Bad \xff byte, then Jayden.", CR_ANONYMISATION_KIND_NAME, "Jayden", NULL);
}

/*
 * The whole report, and a long one
 */

static void
test_report (void)
{
  g_autoptr(CrAnonymisationTerms) terms = make_terms ();
  g_autoptr(CrCase) kase = cr_case_new ();
  g_autoptr(CrReviewReport) report = NULL;
  g_autoptr(CrRichText) analysis = cr_rich_text_new ();
  g_autoptr(CrFinding) finding = cr_finding_new ();
  g_autoptr(CrRecommendation) recommendation = cr_recommendation_new ();
  g_autoptr(CrBriefing) briefing = cr_briefing_new ();
  g_autoptr(GPtrArray) hits = NULL;
  static const struct
  {
    const char *source_id;
    const char *source_label;
    int         block;
    const char *text;
  } expected[] = {
    { "section:analysis", "Analysis", 1, "Jayden" },
    { "finding:7:text", "Finding 2", -1, "Mary-Ann" },
    /* What the findings table shows of the evidence: the agency, and
     * the month and year (never an exact day, so no hit for it). */
    { "evidence:7", "Finding 2: evidence", 1, "St Mary's Primary School" },
    { "recommendation:9:outcome", "Recommendation 1", -1, "St Mary's Primary School" },
    { "recommendation:9:agency-names", "Recommendation 1", -1, "Riverside Estate" },
    { "briefing:learning-1", "7-minute briefing: Key learning 1", -1, "Zoë" },
  };

  cr_case_set_pseudonym (kase, "Child H");
  report = cr_review_report_new (kase);

  cr_rich_text_append_block (analysis, CR_RICH_BLOCK_HEADING);
  cr_rich_text_append_span (analysis, "What happened", CR_RICH_STYLE_NONE);
  cr_rich_text_append_block (analysis, CR_RICH_BLOCK_PARAGRAPH);
  cr_rich_text_append_span (analysis, "Child H, known as ", CR_RICH_STYLE_NONE);
  cr_rich_text_append_span (analysis, "Jayden", CR_RICH_STYLE_BOLD);
  cr_rich_text_append_span (analysis, ", was seen.", CR_RICH_STYLE_NONE);
  cr_review_report_set_section (report, CR_REPORT_SECTION_ANALYSIS, analysis);

  cr_record_set_id (CR_RECORD (finding), 7);
  cr_record_set (CR_RECORD (finding), "position", "2");
  cr_record_set (CR_RECORD (finding), "title", "Information was not shared");
  cr_record_set (CR_RECORD (finding), "text", "Mother was not asked.\n\nMary-Ann said so.");
  cr_review_report_add_finding (report, finding);
  {
    g_autoptr(CrChronologyEntry) visit = cr_chronology_entry_new ();
    g_autoptr(CrChronologyEntry) school = cr_chronology_entry_new ();

    g_assert_true (cr_chronology_entry_set_iso_date (visit, "2020-01-10"));
    cr_chronology_entry_set_agency_name (visit, "Health visiting");
    cr_chronology_entry_set_event (visit, "Jayden seen at home");   /* not printed */
    g_assert_true (cr_chronology_entry_set_iso_date (school, "2020-02-14"));
    cr_chronology_entry_set_agency_name (school, "St Mary's Primary School");
    cr_chronology_entry_set_key_practice_episode (school, TRUE);
    cr_review_report_add_evidence (report, 7, visit);
    cr_review_report_add_evidence (report, 7, school);
  }

  cr_record_set_id (CR_RECORD (recommendation), 9);
  cr_record_set (CR_RECORD (recommendation), "position", "1");
  cr_record_set (CR_RECORD (recommendation), "text", "Schools should share concerns.");
  cr_record_set (CR_RECORD (recommendation), "outcome", "Audit at St Mary's Primary School.");
  cr_record_set (CR_RECORD (recommendation), "addressed-to", "agencies");
  cr_record_set (CR_RECORD (recommendation), "agency-names", "Riverside Estate housing office");
  cr_review_report_add_recommendation (report, recommendation);

  cr_record_set (CR_RECORD (briefing), "learning-1", "Listen to siblings such as Zoë.");
  cr_review_report_set_briefing (report, briefing);

  hits = cr_anonymisation_check_report (terms, report);
  if (hits->len != G_N_ELEMENTS (expected))
    dump_hits (hits);
  g_assert_cmpuint (hits->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      CrAnonymisationHit *hit = g_ptr_array_index (hits, i);

      g_assert_cmpstr (cr_anonymisation_hit_get_source_id (hit), ==, expected[i].source_id);
      g_assert_cmpstr (cr_anonymisation_hit_get_source_label (hit), ==, expected[i].source_label);
      g_assert_cmpint (cr_anonymisation_hit_get_block (hit), ==, expected[i].block);
      g_assert_cmpstr (cr_anonymisation_hit_get_text (hit), ==, expected[i].text);
    }
  /* Offsets in the block's plain text. */
  g_assert_cmpuint (cr_anonymisation_hit_get_start (g_ptr_array_index (hits, 0)), ==, 18);
}

/* A 100-page report (300,000 characters) with 30 people: it finishes,
 * and finds exactly what was planted. No timing is asserted (see
 * tests/bench/bench-anonymisation.c). */
static void
test_long_report (void)
{
  g_autoptr(CrAnonymisationTerms) terms = make_terms ();
  g_autofree char *clean = read_clean_report ();
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) hits = NULL;
  guint planted = 0;

  /* 24 more people, from the short-forms table. */
  for (guint i = 0; i < 24; i++)
    {
      g_autofree char *pseudonym = g_strdup_printf ("Professional %u", i + 1);
      g_autofree char *name = g_strdup_printf ("%s Quentworth%c", _cr_name_short_forms[i * 7].name,
                                               'a' + i);

      cr_anonymisation_terms_add_person (terms, pseudonym, FALSE, name, NULL, NULL);
    }

  while (g_utf8_strlen (text->str, -1) < 300000)
    {
      g_string_append (text, clean);
      g_string_append_printf (text, "\nA note said Mr Quentworth%c called.\n", 'a' + planted % 24);
      planted++;
    }

  hits = cr_anonymisation_check_text (terms, "section:analysis", "Analysis", -1, text->str);
  g_assert_cmpuint (hits->len, ==, planted);
  for (guint i = 0; i < hits->len; i++)
    {
      g_autofree char *expected = g_strdup_printf ("Quentworth%c", 'a' + i % 24);

      g_assert_cmpstr (cr_anonymisation_hit_get_text (g_ptr_array_index (hits, i)), ==, expected);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/anonymisation/name-variants", test_name_variants);
  g_test_add_func ("/anonymisation/name-tables", test_name_tables);
  g_test_add_func ("/anonymisation/names/child", test_names_child);
  g_test_add_func ("/anonymisation/names/family", test_names_family);
  g_test_add_func ("/anonymisation/names/common-words", test_names_common_words);
  g_test_add_func ("/anonymisation/names/pseudonyms", test_names_pseudonyms);
  g_test_add_func ("/anonymisation/dates/birth", test_dates_of_birth);
  g_test_add_func ("/anonymisation/dates/exact", test_exact_dates);
  g_test_add_func ("/anonymisation/addresses", test_addresses);
  g_test_add_func ("/anonymisation/numbers", test_numbers);
  g_test_add_func ("/anonymisation/mixed-offsets", test_mixed_offsets);
  g_test_add_func ("/anonymisation/clean-report", test_clean_report);
  g_test_add_func ("/anonymisation/keys", test_keys);
  g_test_add_func ("/anonymisation/dismissals", test_dismissals);
  g_test_add_func ("/anonymisation/replace-range", test_replace_range);
  g_test_add_func ("/anonymisation/hit-sources", test_hit_sources);
  g_test_add_func ("/anonymisation/context", test_context);
  g_test_add_func ("/anonymisation/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/anonymisation/report", test_report);
  g_test_add_func ("/anonymisation/long-report", test_long_report);

  return g_test_run ();
}
