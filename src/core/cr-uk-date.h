/* cr-uk-date.h: dates and times as English agencies write them */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * Reads a date, day first, with an optional time:
 *   03/02/2021  3/2/2021  3/2/21  03-02-2021  03.02.2021
 *   3 Feb 2021  3 February 2021  3rd February 2021  Wed 3 Feb 2021
 *   3-Feb-2021  03-Feb-21  February 3, 2021 (month first only when spelt)
 *   2021-02-03  2021/02/03  2021-02-03T14:30:00(Z)
 * and after it (a space, "at", "T" or ","): 14:30, 14:30:15, 14.30,
 * 2pm, 2.30pm, 2:30 PM, 1430hrs. Two-digit years are 19xx when above the
 * current two-digit year, 20xx otherwise. Month names are English (and
 * Sept). Text around it is refused.
 *
 * On success *@date is set and *@minutes is the minute of the day, or -1
 * when there is no time. On failure CR_UK_DATE_ERROR with a translated
 * message that quotes the text and says what was wrong ("“31/02/2021” is
 * not a real day", "“02/13/2021”: there is no month 13 — dates are read
 * day first").
 */

#define CR_UK_DATE_ERROR (cr_uk_date_error_quark ())

typedef enum
{
  CR_UK_DATE_ERROR_EMPTY,
  CR_UK_DATE_ERROR_FORM,      /* not a date we can read */
  CR_UK_DATE_ERROR_INVALID,   /* no such day or time */
} CrUkDateError;

GQuark   cr_uk_date_error_quark (void);

gboolean cr_uk_date_parse       (const char  *text,
                                 GDate       *date,
                                 int         *minutes,
                                 GError     **error);
/* A time alone ("14:30", "2.30pm"): the minute of the day. */
gboolean cr_uk_time_parse       (const char  *text,
                                 int         *minutes,
                                 GError     **error);

G_END_DECLS
