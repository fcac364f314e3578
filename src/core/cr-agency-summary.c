/* cr-agency-summary.c: one agency's summary of its involvement */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrAgencySummary"

#include "config.h"

#include "cr-agency-summary.h"

#include "cr-record-private.h"
#include "cr-util.h"

#include <glib/gi18n.h>

struct _CrAgencySummary
{
  CrRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CrAgencySummary, cr_agency_summary, CR_TYPE_RECORD)

static const CrRecordField fields[] = {
  { "agency-id", CR_RECORD_FIELD_ID, N_("Agency of the summary"), 0, NULL, NULL, 0 },
  { "agency-name", CR_RECORD_FIELD_LINE, N_("Name of the agency"), 0, NULL, NULL,
    CR_RECORD_FIELD_FLAG_DERIVED },
  { "requested-date", CR_RECORD_FIELD_DATE, N_("Date the summary was requested"), 0, NULL, NULL, 0 },
  { "due-date", CR_RECORD_FIELD_PLAN_DATE, N_("Date the summary is due"), 0, NULL, NULL, 0 },
  { "received-date", CR_RECORD_FIELD_DATE, N_("Date the summary was received"), 0, NULL, NULL, 0 },
  { "summary", CR_RECORD_FIELD_TEXT, N_("Summary of the agency's involvement"), 0, NULL, NULL, 0 },
};

static gboolean
cr_agency_summary_validate (CrRecord  *record,
                            GError   **error)
{
  return cr_record_check_required (record, "agency-id", error) &&
         _cr_record_check_order (record, "requested-date", "due-date", NULL, error) &&
         _cr_record_check_order (record, "requested-date", "received-date", NULL, error);
}

static void
cr_agency_summary_class_init (CrAgencySummaryClass *klass)
{
  CrRecordClass *record_class = CR_RECORD_CLASS (klass);

  record_class->validate = cr_agency_summary_validate;

  cr_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
}

static void
cr_agency_summary_init (CrAgencySummary *self)
{
}

CrAgencySummary *
cr_agency_summary_new (void)
{
  return g_object_new (CR_TYPE_AGENCY_SUMMARY, NULL);
}

/**
 * cr_agency_summary_is_overdue:
 * @self: an agency summary
 * @today: (nullable): the day to judge by, or %NULL for the real today
 *
 * Returns: %TRUE when a due date is recorded, nothing has been received
 *   and @today is after the due date
 */
gboolean
cr_agency_summary_is_overdue (CrAgencySummary *self,
                              const GDate     *today)
{
  GDate due, now;

  g_return_val_if_fail (CR_IS_AGENCY_SUMMARY (self), FALSE);
  g_return_val_if_fail (today == NULL || g_date_valid (today), FALSE);

  if (cr_record_has (CR_RECORD (self), "received-date") ||
      !_cr_record_get_date (CR_RECORD (self), "due-date", &due))
    return FALSE;

  if (today != NULL)
    now = *today;
  else
    cr_date_set_today (&now);

  return g_date_compare (&now, &due) > 0;
}
