/* cr-anonymisation-dismissal.c: a hit someone decided to leave, and why */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrAnonymisationDismissal"

#include "config.h"

#include "cr-anonymisation-dismissal.h"

#include "cr-case-status.h"
#include "cr-deadline.h"
#include "cr-record-private.h"

#include <glib/gi18n.h>
#include <string.h>

#define KEY_LENGTH 64
#define MIN_REASON_LENGTH 10

struct _CrAnonymisationDismissal
{
  CrRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CrAnonymisationDismissal, cr_anonymisation_dismissal, CR_TYPE_RECORD)

static const CrRecordField fields[] = {
  { "hit-key", CR_RECORD_FIELD_LINE, N_("Key of the detail found"), 0, NULL, NULL, 0 },
  { "kind", CR_RECORD_FIELD_LINE, N_("Kind of detail found"), 0, NULL, NULL, 0 },
  { "source", CR_RECORD_FIELD_LINE, N_("Part of the report where it was found"), 0, NULL, NULL, 0 },
  { "reason", CR_RECORD_FIELD_TEXT, N_("Reason it may stay"), 0, NULL, NULL, 0 },
  { "decided-by", CR_RECORD_FIELD_LINE, N_("Person who decided"), 0, NULL, NULL, 0 },
  { "decided-at", CR_RECORD_FIELD_LINE, N_("Time of the decision"), 0, NULL, NULL,
    CR_RECORD_FIELD_FLAG_READ_ONLY },
};

static gboolean
is_hex_key (const char *text)
{
  if (strlen (text) != KEY_LENGTH)
    return FALSE;

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p) && (*p < 'a' || *p > 'f'))
      return FALSE;

  return TRUE;
}

static gboolean
cr_anonymisation_dismissal_validate (CrRecord  *record,
                                     GError   **error)
{
  const char *reason;
  g_autofree char *stripped = NULL;

  if (!cr_record_check_required (record, "hit-key", error))
    return FALSE;

  if (!is_hex_key (cr_record_get (record, "hit-key")))
    {
      g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                   /* Translators: %s is a field's label. */
                   _("“%s” must be 64 hexadecimal digits in small letters: run the anonymisation check again."),
                   _cr_record_label (record, "hit-key"));
      return FALSE;
    }

  if (!cr_record_check_required (record, "kind", error) ||
      !cr_record_check_required (record, "source", error) ||
      !cr_record_check_required (record, "reason", error))
    return FALSE;

  reason = cr_record_get (record, "reason");
  stripped = g_strstrip (g_strdup (reason));
  if (g_utf8_strlen (stripped, -1) < MIN_REASON_LENGTH)
    {
      g_set_error_literal (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                           _("Say why this does not identify the family, in a sentence."));
      return FALSE;
    }

  return cr_record_check_required (record, "decided-by", error);
}

static char *
cr_anonymisation_dismissal_dup_title (CrRecord *record)
{
  const char *reason = cr_record_get (record, "reason");

  return g_strdup (reason != NULL ? reason : _("Dismissed"));
}

static char *
cr_anonymisation_dismissal_dup_subtitle (CrRecord *record)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *at = cr_record_get (record, "decided-at");

  g_ptr_array_add (parts, g_strdup (cr_record_get (record, "source")));
  g_ptr_array_add (parts, g_strdup (cr_record_get (record, "decided-by")));

  /* "YYYY-MM-DDTHH:MM:SSZ": the day is enough. */
  if (at != NULL && strlen (at) >= 10)
    {
      g_autofree char *day = g_strndup (at, 10);

      g_ptr_array_add (parts, cr_deadline_format_long_date (day));
    }

  return _cr_record_join_parts (parts);
}

static void
cr_anonymisation_dismissal_class_init (CrAnonymisationDismissalClass *klass)
{
  CrRecordClass *record_class = CR_RECORD_CLASS (klass);

  record_class->validate = cr_anonymisation_dismissal_validate;
  record_class->dup_title = cr_anonymisation_dismissal_dup_title;
  record_class->dup_subtitle = cr_anonymisation_dismissal_dup_subtitle;

  cr_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
  cr_record_class_set_kind_label (record_class, N_("Dismissal"));
}

static void
cr_anonymisation_dismissal_init (CrAnonymisationDismissal *self)
{
}

CrAnonymisationDismissal *
cr_anonymisation_dismissal_new (void)
{
  return g_object_new (CR_TYPE_ANONYMISATION_DISMISSAL, NULL);
}
