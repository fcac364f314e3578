/* cr-case-register-cells.h: the register's cells and the text of its filters */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum {
  CR_REGISTER_COLUMN_REFERENCE,
  CR_REGISTER_COLUMN_PSEUDONYM,
  CR_REGISTER_COLUMN_STATUS,
  CR_REGISTER_COLUMN_DEADLINE,
  CR_REGISTER_COLUMN_AGENCIES,
  CR_REGISTER_COLUMN_THEMES,
} CrRegisterColumn;

/* The factory of one register column over CrCase items: each cell is a
 * label set straight from the case's getters when bound, and kept up to
 * date while bound by "notify" handlers for the properties it shows;
 * tooltips are computed when asked for. */
GtkListItemFactory *cr_case_register_cells_create_factory       (CrRegisterColumn column);

/* The "Next Deadline" cell, e.g. "3 Feb 2026 · 2 working days left" or
 * "Overdue by 4 working days · 3 Feb 2026"; @days_left counts working
 * days and is negative when overdue. Newly allocated. */
char               *cr_case_register_format_deadline            (const char     *next_deadline,
                                                                 int             days_left);
/* The same, for @days_left in working days when @working_days (see
 * cr_deadline_counts_working_days()), else in calendar days ("3 Feb 2027
 * · 40 days left"). */
char               *cr_case_register_format_deadline_full       (const char     *next_deadline,
                                                                 int             days_left,
                                                                 gboolean        working_days);

/* The choices of the status and review-type filters: "All …" first, then
 * each value in enum order. */
GtkStringList      *cr_case_register_create_status_choices      (void);
GtkStringList      *cr_case_register_create_review_type_choices (void);

G_END_DECLS
