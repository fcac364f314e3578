/* cr-chronology-mapping-private.h: shared by the mapping's files */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-chronology-mapping.h"

G_BEGIN_DECLS

/* A header name as compared: casefolded, words of letters and digits
 * separated by single spaces ("Date/Time " → "date time"). */
char *_cr_chronology_header_normalise (const char *header);

G_END_DECLS
