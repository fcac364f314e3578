/* cr-assistant-page-private.h: what CrAssistant asks of its pages */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-assistant-page.h"

G_BEGIN_DECLS

/* Called once an apply ends: @valid says whether the assistant may go on. */
typedef void (*CrAssistantPageApplyFunc) (CrAssistantPage *page,
                                          gboolean         valid,
                                          gpointer         user_data);

/*
 * Runs the page's apply vfunc. A page without one, or whose apply returns
 * FALSE, is done at once (@func runs before this returns, with valid
 * TRUE); otherwise the page is "applying" until it calls
 * cr_assistant_page_apply_complete(). Only one apply runs at a time.
 */
void _cr_assistant_page_apply_begin   (CrAssistantPage          *self,
                                       GCancellable             *cancellable,
                                       CrAssistantPageApplyFunc  func,
                                       gpointer                  user_data);
/* Forgets a pending apply's callback (the assistant is going away). */
void _cr_assistant_page_apply_forget  (CrAssistantPage          *self);
/* Runs the shown vfunc. */
void _cr_assistant_page_shown         (CrAssistantPage          *self);

G_END_DECLS
