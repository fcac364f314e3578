/* cr-file-save.h: saving a file the user chooses: the chooser and the write */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Runs on the main loop once a cr_file_save_bytes() write has ended. */
typedef void (*CrFileSavedFunc) (GtkWidget *owner);

/* A modal Save chooser on @parent, starting in the Documents folder (else
 * the home folder: never the process's working directory) with @name. A
 * filter of @filter_name for @mime_type and @suffix is added when
 * @filter_name is not NULL. */
GtkFileChooserNative *cr_file_save_chooser_new   (GtkWindow              *parent,
                                                  const char             *title,
                                                  const char             *accept_label,
                                                  const char             *name,
                                                  const char             *filter_name,
                                                  const char             *mime_type,
                                                  const char             *suffix);
/* Destroys *@chooser, not just hides it (GTK 4.8's accessibility bus trips
 * over hidden toplevels that stay alive: testing-gui.md), after
 * disconnecting the handlers of @data. */
void                  cr_file_save_chooser_clear (GtkFileChooserNative  **chooser,
                                                  gpointer                data);

/* @name without folder separators or control characters, or @fallback
 * when nothing usable is left (or it would be a hidden file). */
char                 *cr_file_save_sanitize_name (const char             *name,
                                                  const char             *fallback);

/* Writes @bytes to @file off the main thread, whole or not at all, for the
 * user's eyes only (0600), then says "Saved “name”" or why not in a toast
 * on @toast_overlay and calls @done (may be NULL) with @owner, kept alive
 * until then. A file with no local path is refused with a toast: FALSE,
 * and @done is not called. */
gboolean              cr_file_save_bytes         (GtkWidget              *owner,
                                                  AdwToastOverlay        *toast_overlay,
                                                  GFile                  *file,
                                                  GBytes                 *bytes,
                                                  CrFileSavedFunc         done);

G_END_DECLS
