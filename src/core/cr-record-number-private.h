/* cr-record-number-private.h: small whole numbers kept in LINE fields */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-record.h"

G_BEGIN_DECLS

/* The plain decimal (no sign, no leading zero) @text holds when it is
 * from 1 to @max; 0 otherwise. */
guint     _cr_parse_count              (const char  *text,
                                        guint        max);
/* The number field @name holds, or 0 (not set or not such a number). */
guint     _cr_record_get_count         (CrRecord    *self,
                                        const char  *name,
                                        guint        max);
/* Field @name is empty or holds a whole number from 1 to @max; otherwise
 * CR_CASE_ERROR_INVALID naming the field. */
gboolean  _cr_record_check_count       (CrRecord    *self,
                                        const char  *name,
                                        guint        max,
                                        GError     **error);

G_END_DECLS
