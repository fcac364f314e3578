/* cr-closure-days-group.h: the partnership's closure days, in the preferences */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CR_TYPE_CLOSURE_DAYS_GROUP (cr_closure_days_group_get_type())

G_DECLARE_FINAL_TYPE (CrClosureDaysGroup, cr_closure_days_group, CR, CLOSURE_DAYS_GROUP, AdwPreferencesGroup)

/*
 * The "Closure Days" group: one row per closure day (the date, and a
 * remove button named "Remove closure day DATE"), and an "Add closure day"
 * entry row that takes YYYY-MM-DD or DD/MM/YYYY and says beside it what to
 * fix. Reads and writes the closure-days key of "settings" (sorted, no
 * duplicates); the deadline policy follows that key.
 */
GtkWidget  *cr_closure_days_group_new          (void);
GSettings  *cr_closure_days_group_get_settings (CrClosureDaysGroup *self);
void        cr_closure_days_group_set_settings (CrClosureDaysGroup *self,
                                                GSettings          *settings);
/* Adds @text as typed in the entry row would be; returns FALSE and shows
 * the message when it is not a date or already listed. */
gboolean    cr_closure_days_group_add          (CrClosureDaysGroup *self,
                                                const char         *text);

G_END_DECLS
