/* cr-case-status.h: the statutory state machine (domain.md §1.3)
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cr-enums.h"

G_BEGIN_DECLS

#define CR_CASE_ERROR (cr_case_error_quark ())

typedef enum
{
  CR_CASE_ERROR_ILLEGAL_TRANSITION,
  CR_CASE_ERROR_INVALID,
} CrCaseError;

GQuark        cr_case_error_quark               (void);

/* Stable database/CLI token, e.g. "rapid-review". */
const char   *cr_case_status_to_nick            (CrCaseStatus  status);
gboolean      cr_case_status_from_nick          (const char   *nick,
                                                 CrCaseStatus *status);
/* Translated, user-visible label, e.g. "Rapid review". */
const char   *cr_case_status_to_label           (CrCaseStatus  status);
/* Translated one-line description for tooltips and the CLI. */
const char   *cr_case_status_to_description     (CrCaseStatus  status);

/* TRUE for states in which nothing more is expected (closed outcomes). */
gboolean      cr_case_status_is_terminal        (CrCaseStatus  status);
/* TRUE for the LCSPR stages that may be paused for parallel proceedings. */
gboolean      cr_case_status_can_pause          (CrCaseStatus  status);

/*
 * Whether @from may move to @to. @paused_from is the state a paused case
 * was in before it was paused (ignored unless @from is PAUSED): a paused
 * case may only resume to that state.
 */
gboolean      cr_case_status_can_transition     (CrCaseStatus  from,
                                                 CrCaseStatus  to,
                                                 CrCaseStatus  paused_from);
/* Checks the transition, setting CR_CASE_ERROR_ILLEGAL_TRANSITION with a
 * translated message naming both states when it is refused. */
gboolean      cr_case_status_check_transition   (CrCaseStatus  from,
                                                 CrCaseStatus  to,
                                                 CrCaseStatus  paused_from,
                                                 GError      **error);
/* The states @from may move to, in a sensible order for a menu.
 * Returns a newly allocated array terminated by -1 (cast to CrCaseStatus). */
CrCaseStatus *cr_case_status_next_states        (CrCaseStatus  from,
                                                 CrCaseStatus  paused_from,
                                                 guint        *n_states);

G_END_DECLS
