/* cr-case-identifier.c: a detail that identifies the family, to look for */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrCaseIdentifier"

#include "config.h"

#include "cr-case-identifier.h"

#include "cr-case-status.h"
#include "cr-nhs-number.h"
#include "cr-record-private.h"

#include <glib/gi18n.h>

struct _CrCaseIdentifier
{
  CrRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CrCaseIdentifier, cr_case_identifier, CR_TYPE_RECORD)

static const char * const kind_nicks[] = {
  "alias", "school", "street", "place", "nhs-number", "phone", "email", "other", NULL
};
static const char * const kind_labels[] = {
  N_("Alias or other name"), N_("School or nursery"), N_("Street"), N_("Place"),
  N_("NHS number"), N_("Telephone number"), N_("Email address"), N_("Other"), NULL
};

static const CrRecordField fields[] = {
  { "kind", CR_RECORD_FIELD_CHOICE, N_("Kind of detail"), 0, kind_nicks, kind_labels, 0 },
  { "value", CR_RECORD_FIELD_LINE, N_("Detail to look for"), 0, NULL, NULL, 0 },
  { "person", CR_RECORD_FIELD_LINE, N_("Person it belongs to, by pseudonym"), 0, NULL, NULL, 0 },
  { "replacement", CR_RECORD_FIELD_LINE, N_("Neutral phrase to put instead"), 0, NULL, NULL, 0 },
};

/* The value checked as a field of @kind, with the value's label. */
static gboolean
check_value_as (CrRecord           *record,
                CrRecordFieldKind   kind,
                GError            **error)
{
  const CrRecordField *value_field = cr_record_find_field (record, "value");
  CrRecordField field = *value_field;

  field.kind = kind;
  field.max_length = 0;

  return cr_record_field_check (&field, cr_record_get (record, "value"), error);
}

static gboolean
cr_case_identifier_validate (CrRecord  *record,
                             GError   **error)
{
  if (!cr_record_check_required (record, "kind", error) ||
      !cr_record_check_required (record, "value", error))
    return FALSE;

  if (_cr_record_is (record, "kind", "nhs-number") &&
      !cr_nhs_number_is_valid (cr_record_get (record, "value")))
    {
      g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                   /* Translators: %s is a field's label. Keep the example
                    * number as it is. */
                   _("“%s” is not a valid NHS number: enter the 10 digits as written, such as 943 476 5919, and check them (the last is a check digit)."),
                   _cr_record_label (record, "value"));
      return FALSE;
    }

  if (_cr_record_is (record, "kind", "phone"))
    return check_value_as (record, CR_RECORD_FIELD_PHONE, error);

  if (_cr_record_is (record, "kind", "email"))
    return check_value_as (record, CR_RECORD_FIELD_EMAIL, error);

  return TRUE;
}

static char *
cr_case_identifier_dup_title (CrRecord *record)
{
  const char *kind = _cr_record_choice_label (record, "kind");

  /* Never the value: it is restricted. */
  return g_strdup (kind != NULL ? kind : _("Identifying detail"));
}

static char *
cr_case_identifier_dup_subtitle (CrRecord *record)
{
  return g_strdup (cr_record_get (record, "person"));
}

static void
cr_case_identifier_class_init (CrCaseIdentifierClass *klass)
{
  CrRecordClass *record_class = CR_RECORD_CLASS (klass);

  record_class->validate = cr_case_identifier_validate;
  record_class->dup_title = cr_case_identifier_dup_title;
  record_class->dup_subtitle = cr_case_identifier_dup_subtitle;

  cr_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
  cr_record_class_set_kind_label (record_class, N_("Identifying Detail"));
}

static void
cr_case_identifier_init (CrCaseIdentifier *self)
{
}

CrCaseIdentifier *
cr_case_identifier_new (void)
{
  return g_object_new (CR_TYPE_CASE_IDENTIFIER, NULL);
}
