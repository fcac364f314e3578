/* cr-publication.c: what the partnership recorded on the way to publication */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrPublication"

#include "config.h"

#include "cr-publication.h"

#include "cr-record-private.h"

#include <glib/gi18n.h>

struct _CrPublication
{
  CrRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CrPublication, cr_publication, CR_TYPE_RECORD)

static const char * const proceedings_nicks[] = { "none", "concluded", "no-prejudice", NULL };
static const char * const proceedings_labels[] = {
  N_("No parallel proceedings"), N_("Parallel proceedings have concluded"),
  N_("Publication will not prejudice them"), NULL
};

static const char * const shown_nicks[] = { "shown", "declined", "not-agreed", "not-possible", NULL };
static const char * const shown_labels[] = {
  N_("Shown the report"), N_("Declined to see it"), N_("Not agreed with the family"),
  N_("Not possible"), NULL
};

static const char * const mode_nicks[] = { "full", "improvements", NULL };
static const char * const mode_labels[] = {
  N_("Publish the report in full"), N_("Publish only the information about improvements"), NULL
};

static const char * const copies_nicks[] = { "panel", "secretary-of-state", "ofsted", NULL };
static const char * const copies_labels[] = {
  N_("Child Safeguarding Practice Review Panel"),
  N_("Secretary of State (Department for Education)"), N_("Ofsted"), NULL
};

static const CrRecordField fields[] = {
  { "proceedings", CR_RECORD_FIELD_CHOICE, N_("State of parallel proceedings"), 0,
    proceedings_nicks, proceedings_labels, 0 },
  { "proceedings-note", CR_RECORD_FIELD_TEXT, N_("Note of who confirmed it and when"), 0, NULL, NULL, 0 },
  { "anonymisation-date", CR_RECORD_FIELD_DATE, N_("Date the anonymisation check passed"), 0, NULL, NULL, 0 },
  { "family-told-date", CR_RECORD_FIELD_DATE, N_("Date the family was told"), 0, NULL, NULL, 0 },
  { "family-shown", CR_RECORD_FIELD_CHOICE, N_("Outcome of offering the report to the family"), 0,
    shown_nicks, shown_labels, 0 },
  { "family-note", CR_RECORD_FIELD_TEXT, N_("Notes on the family’s view"), 0, NULL, NULL, 0 },
  { "mode", CR_RECORD_FIELD_CHOICE, N_("Form of publication"), 0, mode_nicks, mode_labels, 0 },
  { "mode-reason", CR_RECORD_FIELD_TEXT, N_("Reason for publishing only the improvements"), 0, NULL, NULL, 0 },
  { "decided-by", CR_RECORD_FIELD_LINE, N_("Safeguarding partners who decided"), 0, NULL, NULL, 0 },
  { "decision-date", CR_RECORD_FIELD_DATE, N_("Date of the decision"), 0, NULL, NULL, 0 },
  { "planned-date", CR_RECORD_FIELD_PLAN_DATE, N_("Planned publication date"), 0, NULL, NULL, 0 },
  { "copies-to", CR_RECORD_FIELD_CHOICES, N_("Recipients of the copies"), 0,
    copies_nicks, copies_labels, 0 },
  { "copies-date", CR_RECORD_FIELD_DATE, N_("Date the copies were sent"), 0, NULL, NULL, 0 },
  { "published-date", CR_RECORD_FIELD_DATE, N_("Date of publication"), 0, NULL, NULL, 0 },
  { "place", CR_RECORD_FIELD_LINE, N_("Place of publication"), 0, NULL, NULL, 0 },
  { "repository-date", CR_RECORD_FIELD_DATE, N_("Date sent to the NSPCC repository"), 0, NULL, NULL, 0 },
  { "repository-note", CR_RECORD_FIELD_LINE, N_("Note on the repository submission"), 0, NULL, NULL, 0 },
};

/*
 * The rules that always hold, whatever step the partnership has reached
 * (the steps' own checks are in cr-publication-rules.c).
 */
static gboolean
cr_publication_validate (CrRecord  *record,
                         GError   **error)
{
  if (_cr_record_is (record, "proceedings", "no-prejudice") &&
      !cr_record_has (record, "proceedings-note"))
    {
      g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                   /* Translators: %s is a field's label. */
                   _("Enter “%s”: say who confirmed that publication will not prejudice the proceedings, and when."),
                   _cr_record_label (record, "proceedings-note"));
      return FALSE;
    }

  if (_cr_record_is (record, "mode", "improvements") &&
      !cr_record_has (record, "mode-reason"))
    {
      g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                   /* Translators: %s is a field's label. */
                   _("Enter “%s”: say what exceptional circumstances make publishing the full report inappropriate."),
                   _cr_record_label (record, "mode-reason"));
      return FALSE;
    }

  if (cr_record_has (record, "published-date") && !cr_record_has (record, "place"))
    {
      g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                   /* Translators: %s is a field's label. */
                   _("Enter “%s”: say where the report is published, such as the address of the web page."),
                   _cr_record_label (record, "place"));
      return FALSE;
    }

  return _cr_record_check_order (record, "copies-date", "published-date", NULL, error) &&
         _cr_record_check_order (record, "published-date", "repository-date", NULL, error);
}

static char *
cr_publication_dup_title (CrRecord *record)
{
  return g_strdup (_("Publication"));
}

static char *
cr_publication_dup_subtitle (CrRecord *record)
{
  g_autofree char *published = cr_record_dup_date_label (record, "published-date");
  g_autofree char *planned = cr_record_dup_date_label (record, "planned-date");

  if (published != NULL && _cr_record_is (record, "mode", "improvements"))
    /* Translators: %s is a date, "3 March 2027". */
    return g_strdup_printf (_("Information about improvements published %s"), published);

  if (published != NULL)
    /* Translators: %s is a date, "3 March 2027". */
    return g_strdup_printf (_("Published %s"), published);

  if (planned != NULL)
    /* Translators: %s is a date, "3 March 2027". */
    return g_strdup_printf (_("Planned for %s"), planned);

  return g_strdup (_("Not planned yet"));
}

static void
cr_publication_class_init (CrPublicationClass *klass)
{
  CrRecordClass *record_class = CR_RECORD_CLASS (klass);

  record_class->validate = cr_publication_validate;
  record_class->dup_title = cr_publication_dup_title;
  record_class->dup_subtitle = cr_publication_dup_subtitle;

  cr_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
  cr_record_class_set_kind_label (record_class, N_("Publication"));
}

static void
cr_publication_init (CrPublication *self)
{
}

CrPublication *
cr_publication_new (void)
{
  return g_object_new (CR_TYPE_PUBLICATION, NULL);
}
