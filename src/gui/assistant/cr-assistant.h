/* cr-assistant.h: a modal window that walks the user through pages */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cr-assistant-page.h"

G_BEGIN_DECLS

/*
 * CrAssistant is an AdwWindow (modal, transient for its parent,
 * destroy-with-parent) holding a vertical box: an AdwHeaderBar with Cancel
 * (start), and Back and Next (end; Next is suggested-action and sensitive
 * only when the current page is complete; its label is the page's
 * forward-label), a GtkSpinner while a page applies, and an
 * AdwWindowTitle showing the page title with "Step N of M"; under it a
 * GtkStack with slide-left-right transitions. Skippable pages are passed
 * over both ways.
 *
 * Keyboard: Escape closes (as Cancel), Alt+Left goes back, Alt+Right or
 * Ctrl+Return goes forward when Next is sensitive.
 *
 * When the last page applies successfully the assistant emits "finished"
 * and closes. Closing otherwise (Cancel, Escape, the window's close
 * button) emits "cancelled" first; subclasses keep their draft, so
 * closing loses nothing.
 *
 * Subclasses add their pages in init with cr_assistant_add_page().
 */

#define CR_TYPE_ASSISTANT (cr_assistant_get_type())

G_DECLARE_DERIVABLE_TYPE (CrAssistant, cr_assistant, CR, ASSISTANT, AdwWindow)

struct _CrAssistantClass
{
  AdwWindowClass parent_class;

  /* Signals */
  void (*page_changed) (CrAssistant *self);
  void (*finished)     (CrAssistant *self);
  void (*cancelled)    (CrAssistant *self);

  /*< private >*/
  gpointer padding[4];
};

void             cr_assistant_add_page          (CrAssistant     *self,
                                                 CrAssistantPage *page);
guint            cr_assistant_get_n_pages       (CrAssistant     *self);
CrAssistantPage *cr_assistant_get_page          (CrAssistant     *self,
                                                 guint            index);
CrAssistantPage *cr_assistant_get_current_page  (CrAssistant     *self);
guint            cr_assistant_get_current_index (CrAssistant     *self);
/* Shows page @index without applying (to resume a draft). */
void             cr_assistant_go_to_page        (CrAssistant     *self,
                                                 guint            index);
/* Apply the current page, then advance (or finish on the last page). */
void             cr_assistant_next_page         (CrAssistant     *self);
void             cr_assistant_previous_page     (CrAssistant     *self);
/* The cancellable handed to apply; cancelled when the window closes. */
GCancellable    *cr_assistant_get_cancellable   (CrAssistant     *self);

G_END_DECLS
