/* cr-case-pause.c: a period in which a review is paused */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrCasePause"

#include "config.h"

#include "cr-case-pause.h"

#include "cr-case-status.h"
#include "cr-deadline.h"
#include "cr-record-private.h"
#include "cr-util.h"

#include <glib/gi18n.h>

/* As the reason column of case_pauses allows. */
#define REASON_MAX_CHARS 2000

struct _CrCasePause
{
  CrRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CrCasePause, cr_case_pause, CR_TYPE_RECORD)

static const CrRecordField fields[] = {
  { "started", CR_RECORD_FIELD_DATE, N_("Date the review was paused"), 0, NULL, NULL, 0 },
  { "ended", CR_RECORD_FIELD_DATE, N_("Date the review resumed"), 0, NULL, NULL, 0 },
  { "reason", CR_RECORD_FIELD_TEXT, N_("Reason for the pause"), REASON_MAX_CHARS, NULL, NULL, 0 },
  { "look-again", CR_RECORD_FIELD_PLAN_DATE, N_("Date to look at the pause again"), 0, NULL, NULL, 0 },
  { "process-id", CR_RECORD_FIELD_ID, N_("Parallel process that caused the pause"), 0, NULL, NULL, 0 },
};

static gboolean
cr_case_pause_validate (CrRecord  *record,
                        GError   **error)
{
  if (!cr_record_check_required (record, "started", error))
    return FALSE;

  /* Pauses recorded before the reason was asked for may have none. */
  if (cr_record_get_id (record) == 0 &&
      !cr_record_check_required (record, "reason", error))
    return FALSE;

  return _cr_record_check_order (record, "started", "ended", NULL, error) &&
         _cr_record_check_order (record, "started", "look-again", NULL, error);
}

/* "3 March" when both dates are in one year, else "3 March 2025". */
static char *
dup_start_label (const GDate *start,
                 const GDate *end)
{
  g_autoptr(GDateTime) dt = NULL;
  g_autofree char *iso = NULL;

  if (g_date_get_year (start) != g_date_get_year (end))
    {
      iso = cr_date_to_iso (start);
      return cr_deadline_format_long_date (iso);
    }

  dt = g_date_time_new_utc (g_date_get_year (start), g_date_get_month (start),
                            g_date_get_day (start), 0, 0, 0);
  /* Translators: a day and month without the year, "3 March", before a
   * second date in the same year; see g_date_time_format() for the
   * codes. */
  return g_date_time_format (dt, C_("day and month", "%-d %B"));
}

static char *
cr_case_pause_dup_title (CrRecord *record)
{
  g_autofree char *started = cr_record_dup_date_label (record, "started");
  g_autofree char *ended = cr_record_dup_date_label (record, "ended");
  GDate start, end;

  if (started == NULL)
    return g_strdup (_("Paused"));

  if (ended == NULL)
    /* Translators: %s is a date, "3 March 2026". */
    return g_strdup_printf (_("Paused since %s"), started);

  _cr_record_get_date (record, "started", &start);
  _cr_record_get_date (record, "ended", &end);
  g_free (started);
  started = dup_start_label (&start, &end);

  /* Translators: a period of pause, "Paused 3 March – 1 June 2026". */
  return g_strdup_printf (_("Paused %s – %s"), started, ended);
}

static char *
cr_case_pause_dup_subtitle (CrRecord *record)
{
  const char *reason = cr_record_get (record, "reason");
  g_auto(GStrv) lines = NULL;

  if (reason == NULL)
    return NULL;

  /* The first line that holds something. */
  lines = g_strsplit (reason, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);

      if (*line != '\0')
        return g_strdup (line);
    }

  return NULL;
}

static void
cr_case_pause_class_init (CrCasePauseClass *klass)
{
  CrRecordClass *record_class = CR_RECORD_CLASS (klass);

  record_class->validate = cr_case_pause_validate;
  record_class->dup_title = cr_case_pause_dup_title;
  record_class->dup_subtitle = cr_case_pause_dup_subtitle;

  cr_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
  cr_record_class_set_kind_label (record_class, N_("Pause"));
}

static void
cr_case_pause_init (CrCasePause *self)
{
}

CrCasePause *
cr_case_pause_new (void)
{
  return g_object_new (CR_TYPE_CASE_PAUSE, NULL);
}

/**
 * cr_case_pause_is_open:
 * @self: a pause
 *
 * Returns: %TRUE while the review is paused: started, not ended
 */
gboolean
cr_case_pause_is_open (CrCasePause *self)
{
  g_return_val_if_fail (CR_IS_CASE_PAUSE (self), FALSE);

  return cr_record_has (CR_RECORD (self), "started") &&
         !cr_record_has (CR_RECORD (self), "ended");
}
