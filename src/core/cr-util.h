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
/* Formats a GDate as "YYYY-MM-DD" (newly allocated). */
char      *cr_date_to_iso           (const GDate *date);
/* Today in local time. */
void       cr_date_set_today        (GDate       *date);
/* A user-facing form, e.g. "3 Feb 2026" (newly allocated; NULL in, "" out). */
char      *cr_date_format_display   (const char  *iso_date);
/* Now in UTC as "YYYY-MM-DDTHH:MM:SSZ". */
char      *cr_now_iso8601           (void);

/* Trims, rejects control characters and over-long text. NULL or "" gives
 * NULL in *out (an empty optional field). */
gboolean   cr_text_normalise        (const char  *text,
                                     gsize        max_chars,
                                     char       **out,
                                     GError     **error);

/* The name of the operating-system user for the audit trail. */
const char *cr_os_user              (void);

G_END_DECLS
