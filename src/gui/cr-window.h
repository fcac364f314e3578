/* cr-window.h: the main window (register, case detail, agencies) */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cr-case-register.h"
#include "cr-database.h"

G_BEGIN_DECLS

#define CR_TYPE_WINDOW (cr_window_get_type())

G_DECLARE_FINAL_TYPE (CrWindow, cr_window, CR, WINDOW, AdwApplicationWindow)

/*
 * The window opens its database itself, so it can show progress, show the
 * storage error and try again:
 *
 *   loading  the database is being opened and the register loaded
 *   error    opening or loading failed; the message is shown with "Try Again"
 *   ready    the register and the agencies are shown
 *
 * Properties:
 *   database  CrDatabase, set once it is open (read-only)
 *   register  CrCaseRegister holding every case (read-only)
 *   state     "loading", "error" or "ready" (read-only)
 *   path      the database file (read-only; set by cr_window_open)
 */

CrWindow       *cr_window_new           (GtkApplication *application);
/* Opens @path (asynchronously). With @demo, an empty database is first
 * filled with the demonstration cases. */
void            cr_window_open          (CrWindow       *self,
                                         const char     *path,
                                         gboolean        demo);
const char     *cr_window_get_path      (CrWindow       *self);
CrDatabase     *cr_window_get_database  (CrWindow       *self);
CrCaseRegister *cr_window_get_register  (CrWindow       *self);
const char     *cr_window_get_state     (CrWindow       *self);
/* Shows @kase in the detail pane (and selects it when visible). */
void            cr_window_show_case     (CrWindow       *self,
                                         CrCase         *kase);
void            cr_window_add_toast     (CrWindow       *self,
                                         AdwToast       *toast);
/* @kase changed in another window (the review window paused it): the
 * register and the detail pane show it as stored. */
void            cr_window_update_case   (CrWindow       *self,
                                         CrCase         *kase);

G_END_DECLS
