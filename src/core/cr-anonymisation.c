/* cr-anonymisation.c: finding what identifies the child or family */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrAnonymisation"

#include "config.h"

#include "cr-anonymisation.h"

#include "cr-anonymisation-private.h"
#include "cr-util.h"

#include <glib/gi18n.h>
#include <string.h>

struct _CrAnonymisationTerms
{
  GObject     parent_instance;

  GArray     *persons;      /* CrAnonPerson */
  GPtrArray  *terms;        /* CrAnonTerm, owned */
  GPtrArray  *pseudonyms;   /* CrAnonTerm, owned */
  GHashTable *index;        /* first folded character → GPtrArray of CrAnonTerm */
  GDate       incident;
  guint       n_names;
  guint       n_dates;
  guint       n_other;
};

G_DEFINE_FINAL_TYPE (CrAnonymisationTerms, cr_anonymisation_terms, G_TYPE_OBJECT)

static void
term_free (CrAnonTerm *term)
{
  g_free (term->pattern);
  g_free (term->why);
  g_free (term->suggestion);
  g_free (term);
}

static void
person_clear (CrAnonPerson *person)
{
  g_clear_pointer (&person->pseudonym, g_free);
  g_clear_pointer (&person->date_of_birth_why, g_free);
}

static void
cr_anonymisation_terms_finalize (GObject *object)
{
  CrAnonymisationTerms *self = (CrAnonymisationTerms *) object;

  g_clear_pointer (&self->index, g_hash_table_unref);
  g_clear_pointer (&self->terms, g_ptr_array_unref);
  g_clear_pointer (&self->pseudonyms, g_ptr_array_unref);
  g_clear_pointer (&self->persons, g_array_unref);

  G_OBJECT_CLASS (cr_anonymisation_terms_parent_class)->finalize (object);
}

static void
cr_anonymisation_terms_class_init (CrAnonymisationTermsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cr_anonymisation_terms_finalize;
}

static void
cr_anonymisation_terms_init (CrAnonymisationTerms *self)
{
  self->persons = g_array_new (FALSE, TRUE, sizeof (CrAnonPerson));
  g_array_set_clear_func (self->persons, (GDestroyNotify) person_clear);
  self->terms = g_ptr_array_new_with_free_func ((GDestroyNotify) term_free);
  self->pseudonyms = g_ptr_array_new_with_free_func ((GDestroyNotify) term_free);
  self->index = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_date_clear (&self->incident, 1);
}

/**
 * cr_anonymisation_terms_new:
 *
 * Returns: (transfer full): terms with nothing to look for but the
 *   patterns every text is checked for
 */
CrAnonymisationTerms *
cr_anonymisation_terms_new (void)
{
  return g_object_new (CR_TYPE_ANONYMISATION_TERMS, NULL);
}

/*
 * Adding terms
 */

/* Takes @why and @suggestion. NULL when @text has nothing to look for. */
static CrAnonTerm *
term_new (CrAnonymisationKind  kind,
          const char          *text,
          char                *why,
          char                *suggestion)
{
  CrAnonTerm *term;
  gunichar *pattern;
  guint n;

  pattern = _cr_fold_pattern (text, &n);
  if (pattern == NULL)
    {
      g_free (why);
      g_free (suggestion);
      return NULL;
    }

  term = g_new0 (CrAnonTerm, 1);
  term->kind = kind;
  term->pattern = pattern;
  term->n_pattern = n;
  term->why = why;
  term->suggestion = suggestion;
  term->person = -1;
  return term;
}

static void
add_term (CrAnonymisationTerms *self,
          CrAnonTerm           *term)
{
  gpointer key = GUINT_TO_POINTER (term->pattern[0]);
  GPtrArray *bucket = g_hash_table_lookup (self->index, key);

  if (bucket == NULL)
    {
      bucket = g_ptr_array_new ();
      g_hash_table_insert (self->index, key, bucket);
    }

  g_ptr_array_add (self->terms, term);
  g_ptr_array_add (bucket, term);
  if (term->is_name)
    self->n_names++;
  else
    self->n_other++;
}

/* Every variant of @name as a NAME term for @person. */
static void
add_name (CrAnonymisationTerms *self,
          const char           *name,
          int                   person,
          const char           *whose,
          gboolean              alias,
          const char           *suggestion)
{
  g_autoptr(GPtrArray) variants = cr_name_variants (name);

  for (guint i = 0; i < variants->len; i++)
    {
      const CrNameVariant *variant = g_ptr_array_index (variants, i);
      const char *label = cr_name_variant_kind_to_label (variant->kind);
      char *why;
      CrAnonTerm *term;

      if (whose == NULL)
        /* Translators: "Alias or other name (first name)". */
        why = g_strdup_printf (_("Alias or other name (%s)"), label);
      else if (alias)
        /* Translators: "Alias or other name of Mother (surname)". */
        why = g_strdup_printf (_("Alias or other name of %s (%s)"), whose, label);
      else
        /* Translators: "Real name of Mother (short form of the first name)". */
        why = g_strdup_printf (_("Real name of %s (%s)"), whose, label);

      term = term_new (CR_ANONYMISATION_KIND_NAME, variant->text, why, g_strdup (suggestion));
      if (term == NULL)
        continue;
      term->person = person;
      term->variant_kind = variant->kind;
      term->is_name = TRUE;
      term->common_word = variant->common_word;
      add_term (self, term);
    }
}

static void
add_phrase (CrAnonymisationTerms *self,
            CrAnonymisationKind   kind,
            const char           *text,
            int                   person,
            char                 *why,
            const char           *suggestion)
{
  CrAnonTerm *term = term_new (kind, text, why, g_strdup (suggestion));

  if (term == NULL)
    return;

  term->person = person;
  term->allow_commas = TRUE;
  add_term (self, term);
}

/* "14 Acacia Avenue" → "Acacia Avenue": the first line without a house
 * number ("14", "14a", "14-16"), or NULL when there is none. */
static char *
dup_street (const char *first_line)
{
  const char *p = first_line;

  if (!g_ascii_isdigit (*p))
    return NULL;
  while (g_ascii_isdigit (*p) || *p == '-' || *p == '/')
    p++;
  if (g_ascii_isalpha (*p) && (p[1] == ' ' || p[1] == ','))
    p++;
  while (*p == ' ' || *p == ',')
    p++;

  /* Something like a street: at least two words. */
  if (strchr (p, ' ') == NULL)
    return NULL;

  return g_strdup (p);
}

static void
add_address (CrAnonymisationTerms *self,
             const char           *address,
             int                   person,
             const char           *whose)
{
  g_auto(GStrv) lines = g_strsplit_set (address, ",\n", -1);
  g_autofree char *first = NULL;
  g_autofree char *street = NULL;
  g_autofree char *whole = g_strstrip (g_strdup (address));

  /* The first line: the first part with a house number and a street
   * ("Flat 2, 14 Acacia Avenue" → "14 Acacia Avenue"), else the first. */
  for (guint i = 0; lines[i] != NULL && first == NULL; i++)
    {
      g_autofree char *line = g_strstrip (g_strdup (lines[i]));

      street = dup_street (line);
      if (street != NULL)
        first = g_steal_pointer (&line);
    }
  if (first == NULL)
    {
      for (guint i = 0; lines[i] != NULL && first == NULL; i++)
        if (*g_strstrip (lines[i]) != '\0')
          first = g_strdup (lines[i]);
    }

  /* Translators: "Address of Mother". */
  add_phrase (self, CR_ANONYMISATION_KIND_ADDRESS, address, person,
              g_strdup_printf (_("Address of %s"), whose), _("the family home"));
  if (first != NULL && strcmp (first, whole) != 0)
    add_phrase (self, CR_ANONYMISATION_KIND_ADDRESS, first, person,
                g_strdup_printf (_("Address of %s"), whose), _("the family home"));
  if (street != NULL)
    /* Translators: "Street in the address of Mother". */
    add_phrase (self, CR_ANONYMISATION_KIND_STREET, street, person,
                g_strdup_printf (_("Street in the address of %s"), whose), _("a local street"));
}

/**
 * cr_anonymisation_terms_add_person:
 * @self: a #CrAnonymisationTerms
 * @pseudonym: how the report calls the person ("Mother", "Child H")
 * @is_child: whether the person is a child of the review
 * @real_name: (nullable): the real name
 * @date_of_birth: (nullable): "YYYY-MM-DD"
 * @address: (nullable): the address, as recorded
 */
void
cr_anonymisation_terms_add_person (CrAnonymisationTerms *self,
                                   const char           *pseudonym,
                                   gboolean              is_child,
                                   const char           *real_name,
                                   const char           *date_of_birth,
                                   const char           *address)
{
  CrAnonPerson person = { 0 };
  const char *whose;
  CrAnonTerm *term;
  int index;

  g_return_if_fail (CR_IS_ANONYMISATION_TERMS (self));

  if (pseudonym != NULL && *pseudonym == '\0')
    pseudonym = NULL;

  index = (int) self->persons->len;
  person.pseudonym = g_strdup (pseudonym);
  person.is_child = is_child;
  g_date_clear (&person.date_of_birth, 1);
  whose = pseudonym != NULL ? pseudonym : is_child ? _("a child") : _("a family member");

  if (date_of_birth != NULL && cr_date_parse_iso (date_of_birth, &person.date_of_birth))
    {
      /* Translators: "Date of birth of Child H". */
      person.date_of_birth_why = g_strdup_printf (_("Date of birth of %s"), whose);
      self->n_dates++;
    }
  g_array_append_val (self->persons, person);

  if (pseudonym != NULL && (term = term_new (CR_ANONYMISATION_KIND_NAME, pseudonym, NULL, NULL)) != NULL)
    {
      term->is_name = TRUE;
      term->person = index;
      g_ptr_array_add (self->pseudonyms, term);
    }

  if (real_name != NULL)
    add_name (self, real_name, index, whose, FALSE,
              pseudonym != NULL ? pseudonym : _("[name removed]"));

  if (address != NULL && *address != '\0')
    add_address (self, address, index, whose);
}

static const struct
{
  const char          *nick;
  CrAnonymisationKind  kind;
  const char          *suggestion;
} identifier_kinds[] = {
  { "alias", CR_ANONYMISATION_KIND_NAME, N_("[name removed]") },
  { "school", CR_ANONYMISATION_KIND_SCHOOL, N_("the child's school") },
  { "street", CR_ANONYMISATION_KIND_STREET, N_("a local street") },
  { "place", CR_ANONYMISATION_KIND_PLACE, N_("the area") },
  { "nhs-number", CR_ANONYMISATION_KIND_NHS_NUMBER, N_("[NHS number removed]") },
  { "phone", CR_ANONYMISATION_KIND_PHONE, N_("[telephone number removed]") },
  { "email", CR_ANONYMISATION_KIND_EMAIL, N_("[email address removed]") },
  { "other", CR_ANONYMISATION_KIND_OTHER, N_("[removed]") },
};

/* The translated label of a choice of @record's field @name. */
static const char *
choice_label (CrRecord   *record,
              const char *name,
              const char *nick)
{
  const CrRecordField *field = cr_record_find_field (record, name);

  if (field != NULL && field->choices != NULL && field->choice_labels != NULL)
    for (guint i = 0; field->choices[i] != NULL; i++)
      if (strcmp (field->choices[i], nick) == 0)
        return _(field->choice_labels[i]);

  return nick;
}

/**
 * cr_anonymisation_terms_add_identifier:
 * @self: a #CrAnonymisationTerms
 * @identifier: a detail of the case's identifier register
 *
 * An alias is looked for as a name (every variant); anything else as a
 * phrase, case, spacing and commas ignored.
 */
void
cr_anonymisation_terms_add_identifier (CrAnonymisationTerms *self,
                                       CrCaseIdentifier     *identifier)
{
  CrRecord *record = (CrRecord *) identifier;
  const char *nick, *value, *person, *replacement;
  const char *suggestion = NULL;
  CrAnonymisationKind kind = CR_ANONYMISATION_KIND_OTHER;
  char *why;

  g_return_if_fail (CR_IS_ANONYMISATION_TERMS (self));
  g_return_if_fail (CR_IS_RECORD (record));

  nick = cr_record_get (record, "kind");
  value = cr_record_get (record, "value");
  person = cr_record_get (record, "person");
  replacement = cr_record_get (record, "replacement");
  if (nick == NULL || value == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (identifier_kinds); i++)
    if (strcmp (nick, identifier_kinds[i].nick) == 0)
      {
        kind = identifier_kinds[i].kind;
        suggestion = _(identifier_kinds[i].suggestion);
      }
  if (suggestion == NULL)
    suggestion = _("[removed]");
  if (replacement != NULL && *replacement != '\0')
    suggestion = replacement;
  else if (kind == CR_ANONYMISATION_KIND_NAME && person != NULL && *person != '\0')
    suggestion = person;

  if (kind == CR_ANONYMISATION_KIND_NAME)
    {
      add_name (self, value, -1, person, TRUE, suggestion);
      return;
    }

  if (person != NULL && *person != '\0')
    /* Translators: "School or nursery recorded for Child H". */
    why = g_strdup_printf (_("%s recorded for %s"), choice_label (record, "kind", nick), person);
  else
    /* Translators: "Place recorded in the case". */
    why = g_strdup_printf (_("%s recorded in the case"), choice_label (record, "kind", nick));

  add_phrase (self, kind, value, -1, why, suggestion);
}

/**
 * cr_anonymisation_terms_set_incident_date:
 * @self: a #CrAnonymisationTerms
 * @date: (nullable): "YYYY-MM-DD"; NULL for today
 */
void
cr_anonymisation_terms_set_incident_date (CrAnonymisationTerms *self,
                                          const char           *date)
{
  g_return_if_fail (CR_IS_ANONYMISATION_TERMS (self));

  g_date_clear (&self->incident, 1);
  if (date != NULL)
    cr_date_parse_iso (date, &self->incident);
}

/**
 * cr_anonymisation_terms_count:
 * @self: a #CrAnonymisationTerms
 * @n_names: (out) (optional): name variants looked for
 * @n_dates: (out) (optional): dates of birth
 * @n_other: (out) (optional): addresses, streets and other details
 */
void
cr_anonymisation_terms_count (CrAnonymisationTerms *self,
                              guint                *n_names,
                              guint                *n_dates,
                              guint                *n_other)
{
  g_return_if_fail (CR_IS_ANONYMISATION_TERMS (self));

  if (n_names != NULL)
    *n_names = self->n_names;
  if (n_dates != NULL)
    *n_dates = self->n_dates;
  if (n_other != NULL)
    *n_other = self->n_other;
}

GPtrArray *
_cr_anonymisation_terms_get_terms (CrAnonymisationTerms *self)
{
  return self->terms;
}

GHashTable *
_cr_anonymisation_terms_get_index (CrAnonymisationTerms *self)
{
  return self->index;
}

GPtrArray *
_cr_anonymisation_terms_get_pseudonyms (CrAnonymisationTerms *self)
{
  return self->pseudonyms;
}

GArray *
_cr_anonymisation_terms_get_persons (CrAnonymisationTerms *self)
{
  return self->persons;
}

gboolean
_cr_anonymisation_terms_get_window (CrAnonymisationTerms *self,
                                    GDate                *first,
                                    GDate                *last)
{
  gboolean found = FALSE;

  g_date_clear (first, 1);
  for (guint i = 0; i < self->persons->len; i++)
    {
      const CrAnonPerson *person = &g_array_index (self->persons, CrAnonPerson, i);

      if (!person->is_child || !g_date_valid (&person->date_of_birth))
        continue;
      if (!found || g_date_compare (&person->date_of_birth, first) < 0)
        *first = person->date_of_birth;
      found = TRUE;
    }

  if (!found)
    return FALSE;

  if (g_date_valid (&self->incident))
    *last = self->incident;
  else
    cr_date_set_today (last);

  return TRUE;
}
