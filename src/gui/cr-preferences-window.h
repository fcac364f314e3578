/* cr-preferences-window.h: the application preferences */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CR_TYPE_PREFERENCES_WINDOW (cr_preferences_window_get_type())

G_DECLARE_FINAL_TYPE (CrPreferencesWindow, cr_preferences_window, CR, PREFERENCES_WINDOW, AdwPreferencesWindow)

/*
 * An AdwPreferencesWindow bound to the org.casereviews.CaseReviews
 * settings: partnership name, local authority, business unit email,
 * reference prefix, rapid review clock start and reveal-requires-reason.
 * Changes apply at once.
 */
GtkWidget *cr_preferences_window_new (GtkWindow *parent);

G_END_DECLS
