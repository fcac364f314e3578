/* cr-involvement.h: the involvement of one agency in one case */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CR_TYPE_INVOLVEMENT (cr_involvement_get_type())

G_DECLARE_FINAL_TYPE (CrInvolvement, cr_involvement, CR, INVOLVEMENT, GObject)

/* Properties: id, case-id, agency-id, agency-name (read from the agency),
 * role (free text with suggestions: "Referring agency", "Lead agency",
 * "Provided services", "Known to agency", "Statutory partner"). */

CrInvolvement *cr_involvement_new               (void);
gint64         cr_involvement_get_id            (CrInvolvement *self);
void           cr_involvement_set_id            (CrInvolvement *self,
                                                 gint64         id);
gint64         cr_involvement_get_case_id       (CrInvolvement *self);
void           cr_involvement_set_case_id       (CrInvolvement *self,
                                                 gint64         case_id);
gint64         cr_involvement_get_agency_id     (CrInvolvement *self);
void           cr_involvement_set_agency_id     (CrInvolvement *self,
                                                 gint64         agency_id);
const char    *cr_involvement_get_agency_name   (CrInvolvement *self);
void           cr_involvement_set_agency_name   (CrInvolvement *self,
                                                 const char    *agency_name);
const char    *cr_involvement_get_role          (CrInvolvement *self);
void           cr_involvement_set_role          (CrInvolvement *self,
                                                 const char    *role);
/* Untranslated suggestions for the role, NULL-terminated. */
const char * const *cr_involvement_get_role_suggestions (void);

G_END_DECLS
