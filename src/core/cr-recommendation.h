/* cr-recommendation.h: a recommendation of the review and who it is for */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-record.h"

G_BEGIN_DECLS

/*
 * A recommendation (table "recommendations"), numbered in "position"
 * order in the report ("Recommendation 1").
 *   position [LINE]        decimal 1…999; required
 *   text [TEXT]            what should change; required
 *   finding-id [ID]        the finding it answers (one of the case's)
 *   addressed-to [CHOICE]  partnership, agencies, national
 *                          (N_("The safeguarding partnership"),
 *                           N_("Named agencies"), N_("National level")); required
 *   agency-ids [LINE]      the named agencies' ids joined by ';' (each a
 *                          decimal id > 0, no repeats); required when
 *                          addressed-to is agencies, empty otherwise
 *   agency-names [LINE]    DERIVED: their names joined by "; "
 *   national-body [LINE]   for national: "Department for Education",
 *                          "Child Safeguarding Practice Review Panel"…
 *   outcome [TEXT]         the change expected and how it will be known
 *   status [CHOICE]        draft, agreed (N_("Draft"), N_("Agreed")); required
 * Title "Recommendation 3"; subtitle "Named agencies: Police; Health visiting".
 */

#define CR_TYPE_RECOMMENDATION (cr_recommendation_get_type())

G_DECLARE_FINAL_TYPE (CrRecommendation, cr_recommendation, CR, RECOMMENDATION, CrRecord)

CrRecommendation *cr_recommendation_new            (void);
guint             cr_recommendation_get_position   (CrRecommendation *self);
/* The agency ids of agency-ids (an empty array when none). */
GArray           *cr_recommendation_dup_agency_ids (CrRecommendation *self);
void              cr_recommendation_set_agency_ids (CrRecommendation *self,
                                                    const gint64     *ids,
                                                    guint             n_ids);
/* "The safeguarding partnership", "Police; Health visiting" or the
 * national body, for tables. */
char             *cr_recommendation_dup_addressee  (CrRecommendation *self);

G_END_DECLS
