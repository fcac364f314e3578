/* cr-referral-assistant.h: record a referral and the notification decision */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-assistant.h"
#include "cr-database.h"

G_BEGIN_DECLS

/*
 * The pages follow CrReferralStep (referrer and notifier; children;
 * incident; areas and agencies; parallel processes; the definition; the
 * decision to notify), then a summary that records everything with
 * cr_database_create_referral_async() in one transaction and deletes the
 * draft. The draft (cr_referral_to_draft) is saved as the user types, so
 * closing or a crash loses nothing; @draft resumes one (NULL starts anew).
 * After "finished", the created case is the "case" property.
 */

#define CR_TYPE_REFERRAL_ASSISTANT (cr_referral_assistant_get_type())

G_DECLARE_FINAL_TYPE (CrReferralAssistant, cr_referral_assistant, CR, REFERRAL_ASSISTANT, CrAssistant)

CrReferralAssistant *cr_referral_assistant_new      (GtkWindow           *parent,
                                                     CrDatabase          *database,
                                                     const CrDraft       *draft);
CrCase              *cr_referral_assistant_get_case (CrReferralAssistant *self);

G_END_DECLS
