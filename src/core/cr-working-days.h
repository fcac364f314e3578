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
 * proclamations of 1995, 1999, 2002, 2011, 2012, 2020, 2022 and 2023;
 * outside 1990-2100 only weekends are non-working days), and not an extra
 * closure day. Bank holidays are the days people have off: a Christmas on
 * a Saturday is not one, its substitute Monday is. Extra closure days
 * (partnership closures) are a sorted GArray of guint32 GDate julian days
 * held by the caller (duplicates tolerated) and may be NULL.
 */

gboolean  cr_is_bank_holiday          (const GDate  *date);
/* The translated name of the bank holiday on @date, as GOV.UK names it
 * ("Boxing Day (substitute day)", "Early May bank holiday (VE Day)"), or
 * NULL when @date is not a bank holiday. */
const char *cr_bank_holiday_name      (const GDate  *date);
gboolean  cr_is_working_day           (const GDate  *date,
                                       GArray       *closures);
/* The date @n working days after @start (@start itself never counts);
 * @n = 0 gives @start; a negative @n counts backwards, giving the date
 * -@n working days before @start. */
void      cr_working_days_add         (const GDate  *start,
                                       int           n,
                                       GArray       *closures,
                                       GDate        *out);
/* Working days after @from up to and including @to. When @to is before
 * @from: minus the working days from @to (included) to @from (excluded),
 * so that between (d, add (d, n)) == n for every d and n. */
int       cr_working_days_between     (const GDate  *from,
                                       const GDate  *to,
                                       GArray       *closures);

G_END_DECLS
