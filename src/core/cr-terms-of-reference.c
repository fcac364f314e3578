/* cr-terms-of-reference.c: the terms of reference of a practice review */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrTermsOfReference"

#include "config.h"

#include "cr-terms-of-reference.h"

#include "cr-case-status.h"
#include "cr-record-private.h"

#include <glib/gi18n.h>

struct _CrTermsOfReference
{
  CrRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CrTermsOfReference, cr_terms_of_reference, CR_TYPE_RECORD)

static const char * const methodology_nicks[] = {
  "learning-together", "silp", "appreciative-inquiry", "hybrid", "other", NULL
};
static const char * const methodology_labels[] = {
  N_("Learning Together (SCIE)"), N_("SILP"), N_("Appreciative inquiry"),
  N_("Hybrid"), N_("Other"), NULL
};

static const CrRecordField fields[] = {
  { "period-start", CR_RECORD_FIELD_DATE, N_("Start of the period under review"), 0, NULL, NULL, 0 },
  { "period-end", CR_RECORD_FIELD_DATE, N_("End of the period under review"), 0, NULL, NULL, 0 },
  { "scope", CR_RECORD_FIELD_TEXT, N_("Who and what is in scope"), 0, NULL, NULL, 0 },
  { "lines-of-enquiry", CR_RECORD_FIELD_TEXT, N_("Key lines of enquiry, one per line"), 0, NULL, NULL, 0 },
  { "methodology", CR_RECORD_FIELD_CHOICE, N_("Methodology"), 0, methodology_nicks, methodology_labels, 0 },
  { "methodology-other", CR_RECORD_FIELD_LINE, N_("Other methodology"), 0, NULL, NULL, 0 },
  { "parallel-processes", CR_RECORD_FIELD_TEXT, N_("How parallel proceedings are handled"), 0, NULL, NULL, 0 },
  { "family-involvement", CR_RECORD_FIELD_TEXT, N_("How the family will be involved"), 0, NULL, NULL, 0 },
  { "agreed-date", CR_RECORD_FIELD_DATE, N_("Date the partners agreed the terms"), 0, NULL, NULL, 0 },
  { "target-date", CR_RECORD_FIELD_PLAN_DATE, N_("Target date for completion"), 0, NULL, NULL, 0 },
};

static gboolean
cr_terms_of_reference_validate (CrRecord  *record,
                                GError   **error)
{
  if (!_cr_record_check_order (record, "period-start", "period-end", NULL, error))
    return FALSE;

  if (_cr_record_is (record, "methodology", "other") &&
      !cr_record_has (record, "methodology-other"))
    {
      g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                   /* Translators: the first %s is a field's label, the
                    * second the label of the methodology field. */
                   _("Describe the methodology in “%s”: “%s” is Other."),
                   _cr_record_label (record, "methodology-other"),
                   _cr_record_label (record, "methodology"));
      return FALSE;
    }

  return TRUE;
}

static char *
cr_terms_of_reference_dup_title (CrRecord *record)
{
  return g_strdup (_("Terms of Reference"));
}

static char *
dup_period (CrRecord *record)
{
  g_autofree char *start = cr_record_dup_date_label (record, "period-start");
  g_autofree char *end = cr_record_dup_date_label (record, "period-end");

  if (start != NULL && end != NULL)
    /* Translators: the period under review, "1 January 2024 to 3 March 2026". */
    return g_strdup_printf (C_("period under review", "%s to %s"), start, end);
  if (start != NULL)
    /* Translators: %s is a date, the start of the period under review. */
    return g_strdup_printf (_("From %s"), start);
  if (end != NULL)
    /* Translators: %s is a date, the end of the period under review. */
    return g_strdup_printf (_("Up to %s"), end);

  return NULL;
}

static char *
cr_terms_of_reference_dup_subtitle (CrRecord *record)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (_cr_record_is (record, "methodology", "other") &&
      cr_record_has (record, "methodology-other"))
    g_ptr_array_add (parts, g_strdup (cr_record_get (record, "methodology-other")));
  else
    g_ptr_array_add (parts, g_strdup (_cr_record_choice_label (record, "methodology")));

  g_ptr_array_add (parts, dup_period (record));

  return _cr_record_join_parts (parts);
}

static void
cr_terms_of_reference_class_init (CrTermsOfReferenceClass *klass)
{
  CrRecordClass *record_class = CR_RECORD_CLASS (klass);

  record_class->validate = cr_terms_of_reference_validate;
  record_class->dup_title = cr_terms_of_reference_dup_title;
  record_class->dup_subtitle = cr_terms_of_reference_dup_subtitle;

  cr_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
  cr_record_class_set_kind_label (record_class, N_("Terms of Reference"));
}

static void
cr_terms_of_reference_init (CrTermsOfReference *self)
{
}

CrTermsOfReference *
cr_terms_of_reference_new (void)
{
  return g_object_new (CR_TYPE_TERMS_OF_REFERENCE, NULL);
}

/**
 * cr_terms_of_reference_dup_lines_of_enquiry:
 * @self: terms of reference
 *
 * Returns: (transfer full): the key lines of enquiry, one per non-blank
 *   line, trimmed; free with g_strfreev()
 */
char **
cr_terms_of_reference_dup_lines_of_enquiry (CrTermsOfReference *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) lines = NULL;
  const char *text;

  g_return_val_if_fail (CR_IS_TERMS_OF_REFERENCE (self), NULL);

  text = cr_record_get (CR_RECORD (self), "lines-of-enquiry");
  lines = g_strsplit (text != NULL ? text : "", "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);

      if (*line != '\0')
        g_strv_builder_add (builder, line);
    }

  return g_strv_builder_end (builder);
}
