/* cr-deadline-private.h: building CrDeadline objects (cr-deadlines.c) */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-case.h"
#include "cr-deadline.h"

G_BEGIN_DECLS

/* What cr-deadlines.c worked out for one rule (all borrowed). */
typedef struct
{
  const CrDeadlineRule *rule;
  const char           *anchor_property;  /* the rule's anchor, clock token resolved */
  const char           *anchor_date;      /* ISO or NULL */
  const char           *due_date;         /* ISO or NULL */
  const char           *done_date;        /* ISO or NULL */
  CrDeadlineState       state;
  int                   days_left;
  int                   paused_days;
  gboolean              done_unrecorded;  /* the case moved on without a done date */
} CrDeadlineValues;

CrDeadline *_cr_deadline_new (const CrDeadlineValues *values);

/* cr-deadlines.c: cr_case_compute_next_deadline() with the default
 * policy, also saying whether the days left are working days. */
gboolean    _cr_case_find_next_deadline (CrCase      *kase,
                                         const GDate *today,
                                         GDate       *out_due,
                                         const char **out_label,
                                         int         *out_days_left,
                                         gboolean    *out_working);

G_END_DECLS
