/* cr-family-contact.c: a contact with the child's family about the review */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrFamilyContact"

#include "config.h"

#include "cr-family-contact.h"

#include "cr-case-status.h"
#include "cr-record-private.h"

#include <glib/gi18n.h>

struct _CrFamilyContact
{
  CrRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CrFamilyContact, cr_family_contact, CR_TYPE_RECORD)

static const char * const method_nicks[] = {
  "letter", "phone", "visit", "video", "email", "via-advocate", "other", NULL
};
static const char * const method_labels[] = {
  N_("Letter"), N_("Telephone"), N_("Visit"), N_("Video call"), N_("Email"),
  N_("Through an advocate"), N_("Other"), NULL
};

static const char * const consent_nicks[] = {
  "given", "declined", "not-asked", "withdrawn", NULL
};
static const char * const consent_labels[] = {
  N_("Given"), N_("Declined"), N_("Not asked yet"), N_("Withdrawn"), NULL
};
/* The same in the line describing a contact. */
static const char * const consent_summaries[] = {
  N_("consent given"), N_("consent declined"), N_("consent not asked yet"),
  N_("consent withdrawn"), NULL
};

static const CrRecordField fields[] = {
  { "person", CR_RECORD_FIELD_LINE, N_("Who was contacted"), 0, NULL, NULL, 0 },
  { "contact-date", CR_RECORD_FIELD_DATE, N_("Date of the contact"), 0, NULL, NULL, 0 },
  { "method", CR_RECORD_FIELD_CHOICE, N_("How they were contacted"), 0, method_nicks, method_labels, 0 },
  { "contact-made", CR_RECORD_FIELD_BOOLEAN, N_("Contact made"), 0, NULL, NULL, 0 },
  { "consent", CR_RECORD_FIELD_CHOICE, N_("Consent to take part"), 0, consent_nicks, consent_labels, 0 },
  { "views-sought", CR_RECORD_FIELD_BOOLEAN, N_("Views sought"), 0, NULL, NULL, 0 },
  { "views", CR_RECORD_FIELD_TEXT, N_("Their views, as they agreed to record them"), 0, NULL, NULL, 0 },
  { "draft-shared-date", CR_RECORD_FIELD_DATE, N_("Date the draft report was shared"), 0, NULL, NULL, 0 },
  { "advocate", CR_RECORD_FIELD_LINE, N_("Support or advocate"), 0, NULL, NULL, 0 },
  { "not-involved-reason", CR_RECORD_FIELD_TEXT, N_("Why they are not involved"), 0, NULL, NULL, 0 },
  { "notes", CR_RECORD_FIELD_TEXT, N_("Notes on the contact"), 0, NULL, NULL, 0 },
};

static gboolean
cr_family_contact_validate (CrRecord  *record,
                            GError   **error)
{
  if (!cr_record_check_required (record, "person", error))
    return FALSE;

  /* Views sought before consent was declined or withdrawn stay allowed. */
  if (cr_record_has (record, "draft-shared-date") &&
      !_cr_record_is (record, "consent", "given"))
    {
      g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                   /* Translators: the first %s is a field's label, the
                    * second the consent field's, the third its option
                    * "Given". */
                   _("“%s” can only be recorded once consent is given: set “%s” to “%s”, or clear the date."),
                   _cr_record_label (record, "draft-shared-date"),
                   _cr_record_label (record, "consent"),
                   _(consent_labels[0]));
      return FALSE;
    }

  return TRUE;
}

static char *
cr_family_contact_dup_title (CrRecord *record)
{
  return g_strdup (cr_record_get (record, "person"));
}

static char *
dup_method_and_date (CrRecord *record)
{
  const char *method = _cr_record_choice_label (record, "method");
  g_autofree char *date = cr_record_dup_date_label (record, "contact-date");

  if (method != NULL && date != NULL)
    /* Translators: how and when a family member was contacted, "Visit, 3
     * March 2026". */
    return g_strdup_printf (C_("family contact", "%s, %s"), method, date);

  return g_strdup (method != NULL ? method : date);
}

static char *
cr_family_contact_dup_subtitle (CrRecord *record)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *shared = cr_record_dup_date_label (record, "draft-shared-date");
  const char *consent = cr_record_get (record, "consent");

  g_ptr_array_add (parts, dup_method_and_date (record));

  if (_cr_record_is (record, "contact-made", "false"))
    g_ptr_array_add (parts, g_strdup (_("no contact made")));

  for (guint i = 0; consent != NULL && consent_nicks[i] != NULL; i++)
    if (g_str_equal (consent, consent_nicks[i]))
      g_ptr_array_add (parts, g_strdup (_(consent_summaries[i])));

  if (cr_record_get_boolean (record, "views-sought"))
    g_ptr_array_add (parts, g_strdup (_("views sought")));

  if (shared != NULL)
    /* Translators: %s is a date, "1 June 2026". */
    g_ptr_array_add (parts, g_strdup_printf (_("draft shared %s"), shared));

  return _cr_record_join_parts (parts);
}

static void
cr_family_contact_class_init (CrFamilyContactClass *klass)
{
  CrRecordClass *record_class = CR_RECORD_CLASS (klass);

  record_class->validate = cr_family_contact_validate;
  record_class->dup_title = cr_family_contact_dup_title;
  record_class->dup_subtitle = cr_family_contact_dup_subtitle;

  cr_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
  cr_record_class_set_kind_label (record_class, N_("Family Contact"));
}

static void
cr_family_contact_init (CrFamilyContact *self)
{
}

CrFamilyContact *
cr_family_contact_new (void)
{
  return g_object_new (CR_TYPE_FAMILY_CONTACT, NULL);
}
