/* cr-case-register-cells.h: the text of the register's cells and filters */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Registers the closures that cr-case-register-view.ui's cell factories
 * name (format_status, format_deadline, deadline_css_classes...). */
void           cr_case_register_cells_bind_callbacks       (GtkWidgetClass *widget_class);

/* The "Next Deadline" cell, e.g. "3 Feb 2026 · 2 working days left" or
 * "Overdue by 4 working days · 3 Feb 2026"; @days_left counts working
 * days and is negative when overdue. Newly allocated. */
char          *cr_case_register_format_deadline            (const char     *next_deadline,
                                                            int             days_left);

/* The choices of the status and review-type filters: "All …" first, then
 * each value in enum order. */
GtkStringList *cr_case_register_create_status_choices      (void);
GtkStringList *cr_case_register_create_review_type_choices (void);

G_END_DECLS
