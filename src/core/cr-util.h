/* cr-util.h: small validated helpers shared by every layer */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Parses a strict ISO "YYYY-MM-DD" into a valid GDate. */
gboolean   cr_date_parse_iso        (const char  *text,
                                     GDate       *out_date);
/* Checks a stored date: strict ISO, a real day, from 1900 on, and not
 * after @latest when given. NULL fails. Errors are CR_CASE_ERROR_INVALID
 * and name @field_label. */
gboolean   cr_date_check            (const char  *text,
                                     const char  *field_label,
                                     const GDate *latest,
                                     GDate       *out_date,
                                     GError     **error);
/* Formats a GDate as "YYYY-MM-DD" (newly allocated). */
char      *cr_date_to_iso           (const GDate *date);
/* Today in local time. */
void       cr_date_set_today        (GDate       *date);
/* A user-facing form, e.g. "3 Feb 2026" (newly allocated; NULL in, "" out). */
char      *cr_date_format_display   (const char  *iso_date);
/* Now in UTC as "YYYY-MM-DDTHH:MM:SSZ". */
char      *cr_now_iso8601           (void);

/* Trims, NFC-normalises, rejects control characters (line breaks and tabs
 * excepted) and over-long text. NULL or "" gives NULL in *out (an empty
 * optional field). Errors are CR_CASE_ERROR_INVALID. */
gboolean   cr_text_normalise        (const char  *text,
                                     gsize        max_chars,
                                     char       **out,
                                     GError     **error);

/* Checks a stored value of a text field (see cr-util.c): valid UTF-8,
 * no control characters (line breaks only when @multiline), no spaces at
 * the ends of a single-line field, at most @max_chars characters. NULL
 * passes. Errors are CR_CASE_ERROR_INVALID and name @field_label. */
gboolean   cr_text_check            (const char  *text,
                                     const char  *field_label,
                                     gsize        max_chars,
                                     gboolean     multiline,
                                     GError     **error);

/* The name of the operating-system user for the audit trail. */
const char *cr_os_user              (void);

G_END_DECLS
