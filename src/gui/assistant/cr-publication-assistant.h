/* cr-publication-assistant.h: walks the partnership to publication */
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
 * One page per CrPublicationStep (cr-publication.h): parallel
 * proceedings; the anonymisation check (runs it: the report and, when
 * the user adds it, the PDF to be published; lists what remains and
 * refuses to go on while any hit is unresolved, with a button to the
 * Check page); the family; the decision to publish in full or only the
 * improvements, with its reason; the notice (planned date, "send the
 * copies by" computed on the working-day engine, copies sent and to
 * whom); publication (date and place; "keep available until" shown as a
 * deadline); the NSPCC repository; then a summary. Each page's Next is
 * refused with cr_publication_check_step()'s message shown on the page.
 * Each completed step is saved at once with
 * cr_database_save_publication_async (the case's state follows: pre-
 * publication once copies are sent, published once published), so
 * closing the assistant half way loses nothing; reopened, it starts at
 * the first step not complete. After "finished" (and after each save),
 * the stored case is the "case" property (notify).
 *
 * Signal "open-check": the user asked for the Check page (to replace or
 * dismiss what the check found); the assistant closes right after, and
 * whoever opened it shows the report window's Check page.
 */

#define CR_TYPE_PUBLICATION_ASSISTANT (cr_publication_assistant_get_type())

G_DECLARE_FINAL_TYPE (CrPublicationAssistant, cr_publication_assistant, CR, PUBLICATION_ASSISTANT, CrAssistant)

CrPublicationAssistant *cr_publication_assistant_new      (GtkWindow              *parent,
                                                           CrDatabase             *database,
                                                           CrCase                 *kase);
CrCase                 *cr_publication_assistant_get_case (CrPublicationAssistant *self);

G_END_DECLS
