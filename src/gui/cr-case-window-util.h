/* cr-case-window-util.h: what the windows of one case (the review
 * workspace, the report) share */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cr-case.h"
#include "cr-database.h"

G_BEGIN_DECLS

/*
 * The windows are of a type with the properties "database" (CrDatabase)
 * and "case" (CrCase), one window per case of a database.
 */

/* The window of @type showing case @case_id of @database, or NULL. */
GtkWindow *cr_case_window_find         (GtkApplication       *application,
                                        GType                 type,
                                        CrDatabase           *database,
                                        gint64                case_id);
/* Closes every window of @type on @database. */
void       cr_case_window_close_all    (GtkApplication       *application,
                                        GType                 type,
                                        CrDatabase           *database);

/* Whether @kase is the copy @current already holds (the same id, status,
 * update time, pseudonym and reference): an update that came back round. */
gboolean   cr_case_window_same_case    (CrCase               *current,
                                        CrCase               *kase);

/* Shows the case's reference and pseudonym in @switcher_title and in the
 * two labels beside the page switcher, and titles @window with them and
 * @what (translated: "Report"). */
void       cr_case_window_show_title   (GtkWindow            *window,
                                        AdwViewSwitcherTitle *switcher_title,
                                        GtkLabel             *reference_label,
                                        GtkLabel             *pseudonym_label,
                                        CrCase               *kase,
                                        const char           *what);

/* Restores and saves the size of @window from the keys "@prefix-width",
 * "@prefix-height" and "@prefix-maximized" of @settings (NULL, or a
 * schema without them: nothing). */
void       cr_case_window_restore_size (GtkWindow            *window,
                                        GSettings            *settings,
                                        const char           *prefix);
void       cr_case_window_save_size    (GtkWindow            *window,
                                        GSettings            *settings,
                                        const char           *prefix);

/* Shows page @name of @stack; FALSE (with a warning) when there is none. */
gboolean   cr_case_window_show_page    (GtkWindow            *window,
                                        AdwViewStack         *stack,
                                        const char           *name);

G_END_DECLS
