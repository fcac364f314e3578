/* cr-record-check.c: checking the fields of a record */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrRecord"

#include "config.h"

#include "cr-record.h"

#include "cr-case-status.h"
#include "cr-record-private.h"
#include "cr-util.h"

#include <glib/gi18n.h>
#include <string.h>

#define DEFAULT_LINE_LENGTH  200
#define DEFAULT_TEXT_LENGTH  20000
#define MAX_EMAIL_LENGTH     254

static guint
effective_max_length (const CrRecordField *field)
{
  if (field->max_length > 0)
    return field->max_length;

  switch (field->kind)
    {
    case CR_RECORD_FIELD_LINE:
      return DEFAULT_LINE_LENGTH;
    case CR_RECORD_FIELD_TEXT:
      return DEFAULT_TEXT_LENGTH;
    case CR_RECORD_FIELD_EMAIL:
      return MAX_EMAIL_LENGTH;
    case CR_RECORD_FIELD_DATE:
    case CR_RECORD_FIELD_PLAN_DATE:
    case CR_RECORD_FIELD_TIME:
    case CR_RECORD_FIELD_BOOLEAN:
    case CR_RECORD_FIELD_CHOICE:
    case CR_RECORD_FIELD_CHOICES:
    case CR_RECORD_FIELD_ID:
    case CR_RECORD_FIELD_PHONE:
    default:
      return 0;
    }
}

static int
choice_index (const CrRecordField *field,
              const char          *nick,
              gsize                nick_len)
{
  for (guint i = 0; field->choices[i] != NULL; i++)
    if (strlen (field->choices[i]) == nick_len &&
        strncmp (field->choices[i], nick, nick_len) == 0)
      return (int) i;

  return -1;
}

static gboolean
check_time (const char *value)
{
  if (strlen (value) != 5 || value[2] != ':' ||
      !g_ascii_isdigit (value[0]) || !g_ascii_isdigit (value[1]) ||
      !g_ascii_isdigit (value[3]) || !g_ascii_isdigit (value[4]))
    return FALSE;

  return (value[0] - '0') * 10 + (value[1] - '0') < 24 &&
         (value[3] - '0') * 10 + (value[4] - '0') < 60;
}

static gboolean
check_email (const char *value)
{
  const char *at = strchr (value, '@');
  const char *domain;
  const char *dot;

  if (at == NULL || at == value || strchr (at + 1, '@') != NULL)
    return FALSE;

  for (const char *p = value; *p != '\0'; p++)
    if (g_ascii_isspace (*p) || g_ascii_iscntrl (*p) ||
        *p == ',' || *p == ';' || *p == '<' || *p == '>' || *p == '"')
      return FALSE;

  domain = at + 1;
  dot = strrchr (domain, '.');

  /* name@domain.tld: a dot inside the domain, not first or last, no ".." */
  return dot != NULL && dot != domain && dot[1] != '\0' &&
         domain[0] != '.' && strstr (domain, "..") == NULL &&
         at[-1] != '.' && value[0] != '.';
}

static gboolean
check_phone (const char *value)
{
  guint digits = 0;
  gboolean seen_other = FALSE;

  for (const char *p = value; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          digits++;
          seen_other = TRUE;
        }
      else if (*p == '+')
        {
          /* Only before any digit: "+44 1632 960123". */
          if (seen_other)
            return FALSE;
          seen_other = TRUE;
        }
      else if (*p == ' ' || *p == '(' || *p == ')' || *p == '-')
        {
          if (*p != ' ')
            seen_other = TRUE;
        }
      else
        {
          return FALSE;
        }
    }

  return digits >= 6 && digits <= 20;
}

static gboolean
check_choices (const CrRecordField  *field,
               const char           *label,
               const char           *value,
               GError              **error)
{
  g_autofree guint8 *seen = NULL;
  guint n_choices = g_strv_length ((char **) field->choices);
  const char *start = value;

  seen = g_new0 (guint8, n_choices + 1);

  for (;;)
    {
      const char *end = strchr (start, ';');
      gsize len = end != NULL ? (gsize) (end - start) : strlen (start);
      int index = choice_index (field, start, len);

      if (index < 0)
        {
          g_autofree char *nick = g_strndup (start, len);

          g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                       /* Translators: the first %s is a field's label, the
                        * second what it holds. */
                       _("“%s” holds “%s”, which is not one of its options: choose from the options offered."),
                       label, nick);
          return FALSE;
        }

      if (seen[index])
        {
          g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                       /* Translators: the first %s is a field's label, the
                        * second one of its options, such as "Neglect". */
                       _("“%s” lists “%s” twice: choose each option once."),
                       label, cr_record_field_get_choice_label (field, field->choices[index]));
          return FALSE;
        }
      seen[index] = 1;

      if (end == NULL)
        return TRUE;
      start = end + 1;
    }
}

/**
 * cr_record_field_check:
 * @field: a field of a record class
 * @value: (nullable): a value for it
 * @error: return location for a %CR_CASE_ERROR_INVALID error
 *
 * Checks @value against the field's kind. %NULL and "" pass: whether a
 * field must be recorded is the caller's rule.
 *
 * Returns: %TRUE if @value may be stored in @field
 */
gboolean
cr_record_field_check (const CrRecordField  *field,
                       const char           *value,
                       GError              **error)
{
  const char *label;
  GDate today;

  g_return_val_if_fail (field != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (value == NULL || *value == '\0')
    return TRUE;

  label = _(field->label);

  /* Every kind: valid UTF-8 without control characters, within length. */
  if (!cr_text_check (value, label, effective_max_length (field),
                      field->kind == CR_RECORD_FIELD_TEXT, error))
    return FALSE;

  switch (field->kind)
    {
    case CR_RECORD_FIELD_LINE:
    case CR_RECORD_FIELD_TEXT:
      return TRUE;

    case CR_RECORD_FIELD_DATE:
      cr_date_set_today (&today);
      return cr_date_check (value, label, &today, NULL, error);

    case CR_RECORD_FIELD_PLAN_DATE:
      return cr_date_check (value, label, NULL, NULL, error);

    case CR_RECORD_FIELD_TIME:
      if (check_time (value))
        return TRUE;
      g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                   /* Translators: %s is a field's label, such as "Time of
                    * the incident". Keep HH:MM as it is. */
                   _("“%s” must be a time written as HH:MM on the 24-hour clock, for example 14:30."),
                   label);
      return FALSE;

    case CR_RECORD_FIELD_BOOLEAN:
      if (g_str_equal (value, "true") || g_str_equal (value, "false"))
        return TRUE;
      g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                   /* Translators: %s is a field's label. */
                   _("“%s” must be answered Yes or No: choose one."),
                   label);
      return FALSE;

    case CR_RECORD_FIELD_CHOICE:
      if (choice_index (field, value, strlen (value)) >= 0)
        return TRUE;
      g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                   /* Translators: the first %s is a field's label, the
                    * second what it holds. */
                   _("“%s” holds “%s”, which is not one of its options: choose from the options offered."),
                   label, value);
      return FALSE;

    case CR_RECORD_FIELD_CHOICES:
      return check_choices (field, label, value, error);

    case CR_RECORD_FIELD_ID:
      if (g_ascii_string_to_signed (value, 10, 1, G_MAXINT64, NULL, NULL) &&
          g_ascii_isdigit (value[0]))
        return TRUE;
      g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                   /* Translators: %s is a field's label, such as
                    * "Referring agency". */
                   _("“%s” does not name a known entry: choose it again from the list."),
                   label);
      return FALSE;

    case CR_RECORD_FIELD_EMAIL:
      if (check_email (value))
        return TRUE;
      g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                   /* Translators: %s is a field's label. Keep the example
                    * address as it is. */
                   _("“%s” is not an email address: enter one such as name@example.org."),
                   label);
      return FALSE;

    case CR_RECORD_FIELD_PHONE:
      if (check_phone (value))
        return TRUE;
      g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                   /* Translators: %s is a field's label. */
                   _("“%s” is not a telephone number: use 6 to 20 digits with spaces, brackets, dashes or a leading +, for example 01632 960123."),
                   label);
      return FALSE;

    default:
      g_return_val_if_reached (FALSE);
    }
}

/* "Date of the incident" → "date of the incident", for "Enter the %s";
 * a label starting with an acronym ("ICB ...") is left as it is. */
static char *
label_in_sentence (const char *label)
{
  gunichar first = g_utf8_get_char (label);
  const char *rest = g_utf8_next_char (label);
  gunichar second = g_utf8_get_char (rest);
  char buf[8];
  int len;

  if (!g_unichar_isupper (first) || g_unichar_isupper (second))
    return g_strdup (label);

  len = g_unichar_to_utf8 (g_unichar_tolower (first), buf);
  buf[len] = '\0';

  return g_strconcat (buf, rest, NULL);
}

static void
set_missing_error (const CrRecordField  *field,
                   GError              **error)
{
  const char *label = _(field->label);
  g_autofree char *lower = label_in_sentence (label);

  switch (field->kind)
    {
    case CR_RECORD_FIELD_BOOLEAN:
      g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                   /* Translators: %s is a yes/no question's label, such as
                    * "Abuse or neglect known or suspected". */
                   _("Answer “%s”: choose Yes or No."),
                   label);
      break;

    case CR_RECORD_FIELD_CHOICE:
    case CR_RECORD_FIELD_CHOICES:
    case CR_RECORD_FIELD_ID:
      g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                   /* Translators: %s is a field's label with a small first
                    * letter, such as "nature of the incident". */
                   _("Choose the %s."),
                   lower);
      break;

    case CR_RECORD_FIELD_LINE:
    case CR_RECORD_FIELD_TEXT:
    case CR_RECORD_FIELD_DATE:
    case CR_RECORD_FIELD_PLAN_DATE:
    case CR_RECORD_FIELD_TIME:
    case CR_RECORD_FIELD_EMAIL:
    case CR_RECORD_FIELD_PHONE:
    default:
      g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                   /* Translators: %s is a field's label with a small first
                    * letter, such as "date of the incident". */
                   _("Enter the %s."),
                   lower);
      break;
    }
}

/**
 * cr_record_check_required:
 * @self: a record
 * @name: a field name
 * @error: return location for a %CR_CASE_ERROR_INVALID error
 *
 * Returns: %TRUE if field @name is recorded and valid
 */
gboolean
cr_record_check_required (CrRecord    *self,
                          const char  *name,
                          GError     **error)
{
  const CrRecordField *field;
  const char *value;

  g_return_val_if_fail (CR_IS_RECORD (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  field = cr_record_find_field (self, name);
  g_return_val_if_fail (field != NULL, FALSE);

  value = cr_record_get (self, name);
  if (value == NULL)
    {
      set_missing_error (field, error);
      return FALSE;
    }

  return cr_record_field_check (field, value, error);
}

/**
 * cr_record_validate:
 * @self: a record
 * @error: return location for a %CR_CASE_ERROR_INVALID error
 *
 * Checks every recorded field, then the class's cross-field rules.
 *
 * Returns: %TRUE if the record may be stored
 */
gboolean
cr_record_validate (CrRecord  *self,
                    GError   **error)
{
  CrRecordClass *klass;
  const CrRecordField *fields;
  guint n_fields;

  g_return_val_if_fail (CR_IS_RECORD (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  klass = CR_RECORD_GET_CLASS (self);
  fields = cr_record_class_get_fields (klass, &n_fields);

  for (guint i = 0; i < n_fields; i++)
    if (!cr_record_field_check (&fields[i], cr_record_get (self, fields[i].name), error))
      return FALSE;

  if (klass->validate != NULL)
    return klass->validate (self, error);

  return TRUE;
}

/**
 * cr_record_field_get_choice_label:
 * @field: a CHOICE or CHOICES field
 * @nick: (nullable): one of its nicks
 *
 * Returns: (nullable): the translated label of @nick, or %NULL
 */
const char *
cr_record_field_get_choice_label (const CrRecordField *field,
                                  const char          *nick)
{
  g_return_val_if_fail (field != NULL, NULL);

  if (nick == NULL || field->choices == NULL || field->choice_labels == NULL)
    return NULL;

  for (guint i = 0; field->choices[i] != NULL; i++)
    if (g_str_equal (field->choices[i], nick))
      return _(field->choice_labels[i]);

  return NULL;
}

/* ---- Private helpers for the steps (cr-record-private.h) -------------- */

void
_cr_record_set_field_out (const char **field,
                          const char  *name)
{
  if (field != NULL)
    *field = name;
}

gboolean
_cr_record_check_required (CrRecord     *self,
                           const char   *name,
                           const char  **field,
                           GError      **error)
{
  if (cr_record_check_required (self, name, error))
    return TRUE;

  _cr_record_set_field_out (field, name);
  return FALSE;
}

gboolean
_cr_record_check_optional (CrRecord     *self,
                           const char   *name,
                           const char  **field,
                           GError      **error)
{
  if (cr_record_field_check (cr_record_find_field (self, name),
                             cr_record_get (self, name), error))
    return TRUE;

  _cr_record_set_field_out (field, name);
  return FALSE;
}

gboolean
_cr_record_check_fields (CrRecord            *self,
                         const char * const  *required,
                         const char * const  *optional,
                         const char         **field,
                         GError             **error)
{
  for (guint i = 0; required != NULL && required[i] != NULL; i++)
    if (!_cr_record_check_required (self, required[i], field, error))
      return FALSE;

  for (guint i = 0; optional != NULL && optional[i] != NULL; i++)
    if (!_cr_record_check_optional (self, optional[i], field, error))
      return FALSE;

  return TRUE;
}

gboolean
_cr_record_get_date (CrRecord   *self,
                     const char *name,
                     GDate      *out)
{
  return cr_date_parse_iso (cr_record_get (self, name), out);
}

gboolean
_cr_record_is (CrRecord   *self,
               const char *name,
               const char *nick)
{
  return g_strcmp0 (cr_record_get (self, name), nick) == 0;
}

gboolean
_cr_record_check_order (CrRecord     *self,
                        const char   *earlier,
                        const char   *later,
                        const char  **field,
                        GError      **error)
{
  GDate first, second;

  if (!_cr_record_get_date (self, earlier, &first) ||
      !_cr_record_get_date (self, later, &second) ||
      g_date_compare (&first, &second) <= 0)
    return TRUE;

  g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
               /* Translators: both %s are the labels of date fields, such
                * as "Date the Panel was notified" and "Date of the incident". */
               _("“%s” cannot be before “%s”: check both dates."),
               _cr_record_label (self, later), _cr_record_label (self, earlier));
  _cr_record_set_field_out (field, later);
  return FALSE;
}
