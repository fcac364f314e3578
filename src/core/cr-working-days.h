/* cr-working-days.h: England and Wales working days */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * Working day: Monday to Friday, not an England and Wales bank holiday
 * (computed by rule for 1990 to 2100, with substitute days and the one-off
 * proclamations of 2020, 2022 and 2023), and not an extra closure day.
 * Extra closure days (partnership closures) are a sorted set of GDate
 * julian days held by the caller and may be NULL.
 */

gboolean  cr_is_bank_holiday          (const GDate  *date);
gboolean  cr_is_working_day           (const GDate  *date,
                                       GArray       *closures);
/* The date @n working days after @start (@start itself never counts). */
void      cr_working_days_add         (const GDate  *start,
                                       int           n,
                                       GArray       *closures,
                                       GDate        *out);
/* Working days after @from up to and including @to; negative when @to is
 * before @from. */
int       cr_working_days_between     (const GDate  *from,
                                       const GDate  *to,
                                       GArray       *closures);

G_END_DECLS
