/* cr-recommendation-dialog.h: add or edit a recommendation and who it is addressed to */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cr-database.h"
#include "cr-recommendation.h"

G_BEGIN_DECLS

/*
 * A modal AdwWindow like CrRecordDialog over a copy of @recommendation:
 * its text, the finding it answers (a list of @findings, CrFinding, or
 * none), who it is addressed to (the partnership; named agencies, ticked
 * in a list of the partnership's agencies; or the national level, with
 * the national body), the outcome and the status. Saving runs
 * cr_database_save_record_async; errors stay in the dialog. A stored
 * recommendation has a Delete button that asks first. "saved" is emitted
 * with the stored recommendation, "deleted" with the one deleted.
 */

#define CR_TYPE_RECOMMENDATION_DIALOG (cr_recommendation_dialog_get_type())

G_DECLARE_FINAL_TYPE (CrRecommendationDialog, cr_recommendation_dialog, CR, RECOMMENDATION_DIALOG, AdwWindow)

CrRecommendationDialog *cr_recommendation_dialog_new (GtkWindow        *parent,
                                                      CrDatabase       *database,
                                                      CrRecommendation *recommendation,
                                                      GListModel       *findings);
/* The recommendation the dialog edits (a copy of the one given). */
CrRecommendation *cr_recommendation_dialog_get_recommendation (CrRecommendationDialog *self);
/* Ticks or unticks agency @agency_id as its check button does (once the
 * agencies are listed: see get_loaded). */
void              cr_recommendation_dialog_set_agency         (CrRecommendationDialog *self,
                                                               gint64                  agency_id,
                                                               gboolean                ticked);
gboolean          cr_recommendation_dialog_get_loaded         (CrRecommendationDialog *self);

G_END_DECLS
