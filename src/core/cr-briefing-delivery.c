/* cr-briefing-delivery.c: a team that was given the 7-minute briefing */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrBriefingDelivery"

#include "config.h"

#include "cr-briefing-delivery.h"

#include "cr-record-number-private.h"
#include "cr-record-private.h"

#include <glib/gi18n.h>

#define MAX_ATTENDEES 999

struct _CrBriefingDelivery
{
  CrRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CrBriefingDelivery, cr_briefing_delivery, CR_TYPE_RECORD)

static const CrRecordField fields[] = {
  { "delivered-date", CR_RECORD_FIELD_DATE, N_("Date of the briefing"), 0, NULL, NULL, 0 },
  { "team", CR_RECORD_FIELD_LINE, N_("Team briefed"), 0, NULL, NULL, 0 },
  { "agency-id", CR_RECORD_FIELD_ID, N_("Agency of the team"), 0, NULL, NULL, 0 },
  { "agency-name", CR_RECORD_FIELD_LINE, N_("Name of the agency"), 0, NULL, NULL,
    CR_RECORD_FIELD_FLAG_DERIVED },
  { "delivered-by", CR_RECORD_FIELD_LINE, N_("Person who gave the briefing"), 0, NULL, NULL, 0 },
  { "attendees", CR_RECORD_FIELD_LINE, N_("Number of people who attended"), 0, NULL, NULL, 0 },
  { "notes", CR_RECORD_FIELD_TEXT, N_("Discussion and actions agreed"), 0, NULL, NULL, 0 },
};

static gboolean
cr_briefing_delivery_validate (CrRecord  *record,
                               GError   **error)
{
  return cr_record_check_required (record, "delivered-date", error) &&
         cr_record_check_required (record, "team", error) &&
         cr_record_check_required (record, "delivered-by", error) &&
         _cr_record_check_count (record, "attendees", MAX_ATTENDEES, error);
}

static char *
cr_briefing_delivery_dup_title (CrRecord *record)
{
  const char *team = cr_record_get (record, "team");

  return g_strdup (team != NULL ? team : _("Briefing"));
}

static char *
cr_briefing_delivery_dup_subtitle (CrRecord *record)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *by = cr_record_get (record, "delivered-by");
  guint attendees = _cr_record_get_count (record, "attendees", MAX_ATTENDEES);

  g_ptr_array_add (parts, cr_record_dup_date_label (record, "delivered-date"));

  if (by != NULL)
    /* Translators: who gave a briefing, "by Sam Patel". */
    g_ptr_array_add (parts, g_strdup_printf (_("by %s"), by));

  if (attendees > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u attended", "%u attended", attendees),
                                             attendees));

  return _cr_record_join_parts (parts);
}

static void
cr_briefing_delivery_class_init (CrBriefingDeliveryClass *klass)
{
  CrRecordClass *record_class = CR_RECORD_CLASS (klass);

  record_class->validate = cr_briefing_delivery_validate;
  record_class->dup_title = cr_briefing_delivery_dup_title;
  record_class->dup_subtitle = cr_briefing_delivery_dup_subtitle;

  cr_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
  cr_record_class_set_kind_label (record_class, N_("Briefing Delivery"));
}

static void
cr_briefing_delivery_init (CrBriefingDelivery *self)
{
}

CrBriefingDelivery *
cr_briefing_delivery_new (void)
{
  return g_object_new (CR_TYPE_BRIEFING_DELIVERY, NULL);
}
