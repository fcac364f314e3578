/* cr-meeting.c: a review panel meeting */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrMeeting"

#include "config.h"

#include "cr-meeting.h"

#include "cr-record-private.h"

#include <glib/gi18n.h>

struct _CrMeeting
{
  CrRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CrMeeting, cr_meeting, CR_TYPE_RECORD)

static const char * const kind_nicks[] = {
  "panel", "practitioner-event", "family", "partners", "other", NULL
};
static const char * const kind_labels[] = {
  N_("Review panel"), N_("Practitioner learning event"), N_("Family meeting"),
  N_("Safeguarding partners"), N_("Other"), NULL
};

static const CrRecordField fields[] = {
  { "meeting-date", CR_RECORD_FIELD_PLAN_DATE, N_("Date of the meeting"), 0, NULL, NULL, 0 },
  { "meeting-time", CR_RECORD_FIELD_TIME, N_("Time of the meeting"), 0, NULL, NULL, 0 },
  { "kind", CR_RECORD_FIELD_CHOICE, N_("Kind of meeting"), 0, kind_nicks, kind_labels, 0 },
  { "location", CR_RECORD_FIELD_LINE, N_("Place of the meeting"), 0, NULL, NULL, 0 },
  { "chair", CR_RECORD_FIELD_LINE, N_("Chair of the meeting"), 0, NULL, NULL, 0 },
  { "attendees", CR_RECORD_FIELD_TEXT, N_("Attendees, one per line: name, role, agency"), 0, NULL, NULL, 0 },
  { "apologies", CR_RECORD_FIELD_TEXT, N_("Apologies"), 0, NULL, NULL, 0 },
  { "decisions", CR_RECORD_FIELD_TEXT, N_("Decisions, one per line"), 0, NULL, NULL, 0 },
  { "actions", CR_RECORD_FIELD_TEXT, N_("Actions, one per line: action, owner, date due"), 0, NULL, NULL, 0 },
  { "minutes-document-id", CR_RECORD_FIELD_ID, N_("Minutes of the meeting"), 0, NULL, NULL, 0 },
};

static gboolean
cr_meeting_validate (CrRecord  *record,
                     GError   **error)
{
  return cr_record_check_required (record, "meeting-date", error) &&
         cr_record_check_required (record, "kind", error);
}

static char *
cr_meeting_dup_title (CrRecord *record)
{
  const char *kind = _cr_record_choice_label (record, "kind");
  g_autofree char *date = cr_record_dup_date_label (record, "meeting-date");

  if (kind == NULL)
    kind = _("Meeting");

  if (date == NULL)
    return g_strdup (kind);

  /* Translators: a meeting in a list, "Review panel, 3 March 2026". */
  return g_strdup_printf (C_("meeting title", "%s, %s"), kind, date);
}

static char *
cr_meeting_dup_subtitle (CrRecord *record)
{
  CrMeeting *self = (CrMeeting *) record;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  guint attendees = cr_meeting_count_lines (self, "attendees");
  guint decisions = cr_meeting_count_lines (self, "decisions");
  guint actions = cr_meeting_count_lines (self, "actions");

  if (attendees > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u attendee", "%u attendees", attendees),
                                             attendees));
  if (decisions > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u decision", "%u decisions", decisions),
                                             decisions));
  if (actions > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u action", "%u actions", actions),
                                             actions));

  return _cr_record_join_parts (parts);
}

static void
cr_meeting_class_init (CrMeetingClass *klass)
{
  CrRecordClass *record_class = CR_RECORD_CLASS (klass);

  record_class->validate = cr_meeting_validate;
  record_class->dup_title = cr_meeting_dup_title;
  record_class->dup_subtitle = cr_meeting_dup_subtitle;

  cr_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
  cr_record_class_set_kind_label (record_class, N_("Meeting"));
}

static void
cr_meeting_init (CrMeeting *self)
{
}

CrMeeting *
cr_meeting_new (void)
{
  return g_object_new (CR_TYPE_MEETING, NULL);
}

/**
 * cr_meeting_count_lines:
 * @self: a meeting
 * @field: a text field, "attendees", "decisions" or "actions"
 *
 * Returns: the number of lines of @field that hold more than spaces
 */
guint
cr_meeting_count_lines (CrMeeting  *self,
                        const char *field)
{
  const char *text;
  gboolean blank = TRUE;
  guint n = 0;

  g_return_val_if_fail (CR_IS_MEETING (self), 0);
  g_return_val_if_fail (field != NULL, 0);

  text = cr_record_get (CR_RECORD (self), field);
  if (text == NULL)
    return 0;

  for (const char *p = text; ; p++)
    {
      if (*p == '\n' || *p == '\0')
        {
          if (!blank)
            n++;
          blank = TRUE;
          if (*p == '\0')
            break;
        }
      else if (!g_ascii_isspace (*p))
        {
          blank = FALSE;
        }
    }

  return n;
}
