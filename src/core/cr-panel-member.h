/* cr-panel-member.h: a member of a review panel */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-record.h"

G_BEGIN_DECLS

/*
 * A member of the review panel (table "panel_members").
 *   name [LINE]               required
 *   agency-id [ID], agency-name [LINE, derived]
 *   role [CHOICE]             chair, member, adviser, secretariat (N_("Chair"),
 *                             N_("Member"), N_("Adviser"), N_("Secretariat"))
 *   job-title [LINE]
 *   email [EMAIL]
 * Required: name, role. Title: name; subtitle "Chair · Agency · job title".
 */

#define CR_TYPE_PANEL_MEMBER (cr_panel_member_get_type())

G_DECLARE_FINAL_TYPE (CrPanelMember, cr_panel_member, CR, PANEL_MEMBER, CrRecord)

CrPanelMember *cr_panel_member_new (void);

G_END_DECLS
