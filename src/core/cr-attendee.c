/* cr-attendee.c: who attended the rapid review meeting for an agency */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrAttendee"

#include "config.h"

#include "cr-attendee.h"

#include "cr-record-private.h"

#include <glib/gi18n.h>

struct _CrAttendee
{
  CrRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CrAttendee, cr_attendee, CR_TYPE_RECORD)

static const CrRecordField fields[] = {
  { "agency-id", CR_RECORD_FIELD_ID, N_("Agency of the attendee"), 0, NULL, NULL, 0 },
  { "agency-name", CR_RECORD_FIELD_LINE, N_("Name of the agency"), 0, NULL, NULL,
    CR_RECORD_FIELD_FLAG_DERIVED },
  { "name", CR_RECORD_FIELD_LINE, N_("Name of the attendee"), 0, NULL, NULL, 0 },
  { "role", CR_RECORD_FIELD_LINE, N_("Role of the attendee"), 0, NULL, NULL, 0 },
  { "attended", CR_RECORD_FIELD_BOOLEAN, N_("Attended the meeting"), 0, NULL, NULL, 0 },
};

static gboolean
cr_attendee_validate (CrRecord  *record,
                      GError   **error)
{
  return cr_record_check_required (record, "agency-id", error) &&
         cr_record_check_required (record, "name", error);
}

static void
cr_attendee_class_init (CrAttendeeClass *klass)
{
  CrRecordClass *record_class = CR_RECORD_CLASS (klass);

  record_class->validate = cr_attendee_validate;

  cr_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
}

static void
cr_attendee_init (CrAttendee *self)
{
}

CrAttendee *
cr_attendee_new (void)
{
  return g_object_new (CR_TYPE_ATTENDEE, NULL);
}
