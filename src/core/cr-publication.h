/* cr-publication.h: the steps to publishing a review, and their rules */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-record.h"
#include "cr-case-status.h"

G_BEGIN_DECLS

/*
 * What the partnership recorded on the way to publication (table
 * "publications", one row per case, keyed by case_id like the terms of
 * reference). domain.md §2.5.
 *   proceedings [CHOICE]          none, concluded, no-prejudice
 *                                 (N_("No parallel proceedings"),
 *                                  N_("Parallel proceedings have concluded"),
 *                                  N_("Publication will not prejudice them"))
 *   proceedings-note [TEXT]       who confirmed it and when; required for
 *                                 no-prejudice
 *   anonymisation-date [DATE]     the day the check last passed with no
 *                                 hit left (set by the assistant)
 *   family-told-date [DATE]       the family told of the publication
 *   family-shown [CHOICE]         shown, declined, not-agreed, not-possible
 *                                 (N_("Shown the report"), N_("Declined to see it"),
 *                                  N_("Not agreed with the family"),
 *                                  N_("Not possible")),
 *   family-note [TEXT]
 *   mode [CHOICE]                 full, improvements (N_("Publish the report in full"),
 *                                 N_("Publish only the information about improvements"))
 *   mode-reason [TEXT]            required for improvements (the
 *                                 exceptional circumstances)
 *   decided-by [LINE]             who decided (the safeguarding partners)
 *   decision-date [DATE]
 *   planned-date [PLAN_DATE]      planned publication date (copied to the
 *                                 case's planned-publication-date)
 *   copies-to [CHOICES]           panel, secretary-of-state, ofsted
 *                                 (N_("Child Safeguarding Practice Review Panel"),
 *                                  N_("Secretary of State (Department for Education)"),
 *                                  N_("Ofsted"))
 *   copies-date [DATE]            copies sent (copied to copies-sent-date)
 *   published-date [DATE]         published (copied to publication-date)
 *   place [LINE]                  where it is published (a web address or
 *                                 a description), required with published-date
 *   repository-date [DATE]        sent to the NSPCC national case review
 *                                 repository
 *   repository-note [LINE]
 */

#define CR_TYPE_PUBLICATION (cr_publication_get_type())

G_DECLARE_FINAL_TYPE (CrPublication, cr_publication, CR, PUBLICATION, CrRecord)

typedef enum
{
  CR_PUBLICATION_STEP_PROCEEDINGS,
  CR_PUBLICATION_STEP_ANONYMISATION,
  CR_PUBLICATION_STEP_FAMILY,
  CR_PUBLICATION_STEP_DECISION,
  CR_PUBLICATION_STEP_NOTICE,
  CR_PUBLICATION_STEP_PUBLISHED,
  CR_PUBLICATION_STEP_REPOSITORY,
} CrPublicationStep;

#define CR_PUBLICATION_N_STEPS (CR_PUBLICATION_STEP_REPOSITORY + 1)
/* Working days between the copies and the publication (domain.md §2.5;
 * marked [U] there: the figure is a setting of the deadline rules too,
 * "prepublication-copies" in cr-deadline-rules.ini). */
#define CR_PUBLICATION_NOTICE_WORKING_DAYS 7

/* What the rules need from outside the record. */
typedef struct
{
  CrCaseStatus         status;            /* the case's status now */
  guint                open_proceedings;  /* parallel processes not concluded */
  guint                unresolved_hits;   /* anonymisation hits neither
                                           * replaced nor dismissed */
  const char          *today;             /* "YYYY-MM-DD"; NULL: today */
  const char * const  *closure_dates;     /* partnership closure days, or NULL */
} CrPublicationContext;

CrPublication *cr_publication_new                (void);

const char    *cr_publication_step_get_title     (CrPublicationStep      step);

/*
 * Whether @step is complete, and may be left for the next. Refusals set
 * CR_CASE_ERROR_INVALID with a message saying what to do, for example:
 *  - proceedings: open proceedings and neither concluded nor
 *    no-prejudice (with its note) recorded;
 *  - anonymisation: "3 identifying details remain in the report: replace
 *    or dismiss each one on the Check page";
 *  - family: the date the family was told and whether they were shown it;
 *  - decision: the mode, and its reason for improvements;
 *  - notice: the planned date; once copies-date is set, the Panel and the
 *    Secretary of State among copies-to, copies-date not after today, and
 *    at least CR_PUBLICATION_NOTICE_WORKING_DAYS working days (bank
 *    holidays and closure days skipped) between copies-date and
 *    planned-date ("…only 4 working days before the planned publication
 *    on 12 May 2027. Plan the publication for 15 May 2027 or later.");
 *  - published: copies-date recorded, published-date at least the notice
 *    after copies-date and not in the future, place recorded;
 *  - repository: repository-date not before published-date.
 * Every earlier step must be complete too (the first incomplete one's
 * message is given).
 */
gboolean       cr_publication_check_step         (CrPublication               *self,
                                                  CrPublicationStep            step,
                                                  const CrPublicationContext  *context,
                                                  GError                     **error);
/* The first step not complete (CR_PUBLICATION_N_STEPS when all are). */
CrPublicationStep cr_publication_get_current_step (CrPublication              *self,
                                                  const CrPublicationContext *context);
/* The last day the copies may be sent for publication on @planned_date:
 * @planned_date less CR_PUBLICATION_NOTICE_WORKING_DAYS working days.
 * NULL when @planned_date is not a date. */
char          *cr_publication_dup_copies_due     (const char                  *planned_date,
                                                  const char * const          *closure_dates);
/* The earliest publication date for copies sent on @copies_date. */
char          *cr_publication_dup_earliest_publication (const char            *copies_date,
                                                  const char * const          *closure_dates);
/* published-date plus one year (29 February gives 28 February), or NULL. */
char          *cr_publication_dup_keep_until     (CrPublication               *self);
/*
 * The status the case should move to once the record says so:
 * PRE_PUBLICATION once copies-date is set (from LCSPR_SIGN_OFF),
 * PUBLISHED or PUBLISHED_IMPROVEMENTS (by mode) once published-date is
 * set (from PRE_PUBLICATION, or from LCSPR_SIGN_OFF through
 * PRE_PUBLICATION). Returns @current when nothing moves.
 */
CrCaseStatus   cr_publication_get_target_status  (CrPublication               *self,
                                                  CrCaseStatus                 current);

G_END_DECLS
