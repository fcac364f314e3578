/* cr-finding.c: a finding of the review, with the evidence behind it */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrFinding"

#include "config.h"

#include "cr-finding.h"

#include "cr-case-status.h"
#include "cr-record-number-private.h"
#include "cr-record-private.h"

#include <glib/gi18n.h>

#define MAX_POSITION 999

struct _CrFinding
{
  CrRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CrFinding, cr_finding, CR_TYPE_RECORD)

static const char * const priority_nicks[] = { "high", "medium", "low", NULL };
static const char * const priority_labels[] = { N_("High"), N_("Medium"), N_("Low"), NULL };
/* The same, in a subtitle. */
static const char * const priority_phrases[] = {
  N_("High priority"), N_("Medium priority"), N_("Low priority"), NULL
};

static const char * const status_nicks[] = { "draft", "approved", NULL };
static const char * const status_labels[] = { N_("Draft"), N_("Approved"), NULL };

static const CrRecordField fields[] = {
  { "position", CR_RECORD_FIELD_LINE, N_("Position in the report"), 0, NULL, NULL, 0 },
  { "title", CR_RECORD_FIELD_LINE, N_("Statement of the finding"), 0, NULL, NULL, 0 },
  { "text", CR_RECORD_FIELD_TEXT, N_("Explanation of the finding"), 0, NULL, NULL, 0 },
  { "theme", CR_RECORD_FIELD_LINE, N_("Theme"), 0, NULL, NULL, 0 },
  { "priority", CR_RECORD_FIELD_CHOICE, N_("Priority"), 0, priority_nicks, priority_labels, 0 },
  { "good-practice", CR_RECORD_FIELD_BOOLEAN, N_("About good practice"), 0, NULL, NULL, 0 },
  { "status", CR_RECORD_FIELD_CHOICE, N_("Status of the finding"), 0, status_nicks, status_labels, 0 },
  { "approved-date", CR_RECORD_FIELD_DATE, N_("Date approved"), 0, NULL, NULL, 0 },
  { "evidence-count", CR_RECORD_FIELD_LINE, N_("Chronology entries linked"), 0, NULL, NULL,
    CR_RECORD_FIELD_FLAG_DERIVED },
};

static gboolean
cr_finding_validate (CrRecord  *record,
                     GError   **error)
{
  if (!cr_record_check_required (record, "position", error) ||
      !_cr_record_check_count (record, "position", MAX_POSITION, error) ||
      !cr_record_check_required (record, "title", error) ||
      !cr_record_check_required (record, "status", error))
    return FALSE;

  if (_cr_record_is (record, "status", "approved") &&
      !cr_record_has (record, "approved-date"))
    {
      g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                   /* Translators: %s is a field's label, "Date approved". */
                   _("Enter “%s”: an approved finding needs the day it was approved."),
                   _cr_record_label (record, "approved-date"));
      return FALSE;
    }

  if (!_cr_record_is (record, "status", "approved") &&
      cr_record_has (record, "approved-date"))
    {
      g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                   /* Translators: %s is a field's label, "Date approved". */
                   _("“%s” is only for an approved finding: clear the date, or mark the finding approved."),
                   _cr_record_label (record, "approved-date"));
      return FALSE;
    }

  return TRUE;
}

static char *
cr_finding_dup_title (CrRecord *record)
{
  guint position = cr_finding_get_position ((CrFinding *) record);
  const char *title = cr_record_get (record, "title");

  if (position == 0)
    return g_strdup (title != NULL ? title : _("Finding"));

  if (title == NULL)
    /* Translators: %u is the finding's number in the report. */
    return g_strdup_printf (_("Finding %u"), position);

  /* Translators: "Finding 2: Information about the father was not
   * shared": the finding's number, then its statement. */
  return g_strdup_printf (_("Finding %u: %s"), position, title);
}

static char *
cr_finding_dup_subtitle (CrRecord *record)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *priority = cr_record_get (record, "priority");
  const char *status = _cr_record_choice_label (record, "status");
  guint evidence = _cr_parse_count (cr_record_get (record, "evidence-count"), G_MAXINT);

  if (status != NULL)
    g_ptr_array_add (parts, g_strdup (status));

  for (guint i = 0; priority != NULL && priority_nicks[i] != NULL; i++)
    if (g_str_equal (priority, priority_nicks[i]))
      g_ptr_array_add (parts, g_strdup (_(priority_phrases[i])));

  if (cr_record_get_boolean (record, "good-practice"))
    g_ptr_array_add (parts, g_strdup (_("Good practice")));

  if (evidence > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u chronology entry",
                                                       "%u chronology entries", evidence),
                                             evidence));

  return _cr_record_join_parts (parts);
}

static void
cr_finding_class_init (CrFindingClass *klass)
{
  CrRecordClass *record_class = CR_RECORD_CLASS (klass);

  record_class->validate = cr_finding_validate;
  record_class->dup_title = cr_finding_dup_title;
  record_class->dup_subtitle = cr_finding_dup_subtitle;

  cr_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
  cr_record_class_set_kind_label (record_class, N_("Finding"));
}

static void
cr_finding_init (CrFinding *self)
{
}

CrFinding *
cr_finding_new (void)
{
  return g_object_new (CR_TYPE_FINDING, NULL);
}

/**
 * cr_finding_get_position:
 * @self: a finding
 *
 * Returns: its position in the report, or 0 when not set or not a number
 */
guint
cr_finding_get_position (CrFinding *self)
{
  g_return_val_if_fail (CR_IS_FINDING (self), 0);

  return _cr_record_get_count (CR_RECORD (self), "position", MAX_POSITION);
}

gboolean
cr_finding_is_approved (CrFinding *self)
{
  g_return_val_if_fail (CR_IS_FINDING (self), FALSE);

  return _cr_record_is (CR_RECORD (self), "status", "approved");
}
