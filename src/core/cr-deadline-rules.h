/* cr-deadline-rules.h: the deadline rules, loaded from data */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cr-enums.h"

G_BEGIN_DECLS

/*
 * The statutory and guidance deadlines of a case are data, not code
 * (domain.md §6): each rule names its anchor event, its unit and count,
 * what marks it met, the stages in which it is the case's live deadline,
 * and its source and edition. The default rules are
 * src/core/cr-deadline-rules.ini, compiled into the core library as the
 * resource /org/casereviews/CaseReviews/core/deadline-rules.ini; that file
 * documents the format.
 */

#define CR_DEADLINE_RULES_ERROR (cr_deadline_rules_error_quark ())

typedef enum
{
  CR_DEADLINE_RULES_ERROR_PARSE,    /* not a key file */
  CR_DEADLINE_RULES_ERROR_INVALID,  /* a rule is wrong: the message says which and why */
} CrDeadlineRulesError;

typedef enum
{
  CR_DEADLINE_UNIT_WORKING_DAYS,
  CR_DEADLINE_UNIT_DAYS,
  CR_DEADLINE_UNIT_MONTHS,
  CR_DEADLINE_UNIT_YEARS,
} CrDeadlineUnit;

typedef enum
{
  CR_DEADLINE_KIND_BY,     /* something must be done by the due date */
  CR_DEADLINE_KIND_UNTIL,  /* a minimum period, e.g. keep the report available */
} CrDeadlineKind;

/* The anchor token that means the notified date or the aware date, as
 * CrDeadlinePolicy:rapid-review-clock-start says. */
#define CR_DEADLINE_ANCHOR_RAPID_REVIEW_CLOCK "@rapid-review-clock"

/* One rule; owned by its CrDeadlineRules, read-only. */
typedef struct
{
  char           *id;           /* the group name: "notify-panel" */
  char           *label;        /* English msgid; show _(label) */
  char           *anchor;       /* a CrCase date property, or the token above */
  CrDeadlineUnit  unit;
  int             count;        /* negative: before the anchor */
  char           *done;         /* the CrCase date property that marks it met, or NULL */
  CrDeadlineKind  kind;
  guint32         statuses;     /* bits (1 << CrCaseStatus) in which it is live; 0: any */
  guint32         not_applicable; /* bits of statuses in which it does not apply */
  guint32         review_types; /* bits (1 << CrReviewType) it is restricted to; 0: any */
  char           *source;       /* citation */
  char           *edition;      /* "WT2023; Panel guidance June 2025" */
} CrDeadlineRule;

#define CR_TYPE_DEADLINE_RULES (cr_deadline_rules_get_type())

G_DECLARE_FINAL_TYPE (CrDeadlineRules, cr_deadline_rules, CR, DEADLINE_RULES, GObject)

GQuark                cr_deadline_rules_error_quark      (void);

/* The rules shipped with the application (transfer none; never freed). */
CrDeadlineRules      *cr_deadline_rules_get_default      (void);
/* Parses and validates rules: unknown anchor, unit, kind, status or
 * review-type names, missing or unknown keys, duplicate ids or keys and
 * bad counts are refused with a CR_DEADLINE_RULES_ERROR that names the
 * rule and says what to fix. */
CrDeadlineRules      *cr_deadline_rules_new_from_data    (const char       *text,
                                                          GError          **error);

guint                 cr_deadline_rules_get_n_rules      (CrDeadlineRules  *self);
/* The rules in file order. */
const CrDeadlineRule *cr_deadline_rules_get_rule         (CrDeadlineRules  *self,
                                                          guint             index);
const CrDeadlineRule *cr_deadline_rules_lookup           (CrDeadlineRules  *self,
                                                          const char       *id);

/* Whether @property is a date of CrCase that a rule may name as its
 * anchor or its done date. */
gboolean              cr_deadline_rules_is_date_property (const char       *property);
/* The labels of the shipped rules as marked for translation with N_()
 * in cr-deadline-rules.c (NULL-terminated), so that a test can check
 * that they agree with the data file. */
const char * const   *cr_deadline_rules_get_translatable_labels (void);

G_END_DECLS
