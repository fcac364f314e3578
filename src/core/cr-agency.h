/* cr-agency.h: an agency in the partnership's agencies register */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cr-enums.h"

G_BEGIN_DECLS

#define CR_TYPE_AGENCY (cr_agency_get_type())

G_DECLARE_FINAL_TYPE (CrAgency, cr_agency, CR, AGENCY, GObject)

/* Properties: id, name, sector (CrAgencySector), contact-name,
 * contact-email, contact-phone, archived (gboolean), case-count (gint,
 * read by storage: cases the agency is involved in). */

CrAgency       *cr_agency_new                 (void);
CrAgency       *cr_agency_copy                (CrAgency       *self);
gint64          cr_agency_get_id              (CrAgency       *self);
void            cr_agency_set_id              (CrAgency       *self,
                                               gint64          id);
const char     *cr_agency_get_name            (CrAgency       *self);
void            cr_agency_set_name            (CrAgency       *self,
                                               const char     *name);
CrAgencySector  cr_agency_get_sector          (CrAgency       *self);
void            cr_agency_set_sector          (CrAgency       *self,
                                               CrAgencySector  sector);
const char     *cr_agency_get_contact_name    (CrAgency       *self);
void            cr_agency_set_contact_name    (CrAgency       *self,
                                               const char     *contact_name);
const char     *cr_agency_get_contact_email   (CrAgency       *self);
void            cr_agency_set_contact_email   (CrAgency       *self,
                                               const char     *contact_email);
const char     *cr_agency_get_contact_phone   (CrAgency       *self);
void            cr_agency_set_contact_phone   (CrAgency       *self,
                                               const char     *contact_phone);
gboolean        cr_agency_get_archived        (CrAgency       *self);
void            cr_agency_set_archived        (CrAgency       *self,
                                               gboolean        archived);
int             cr_agency_get_case_count      (CrAgency       *self);
void            cr_agency_set_case_count      (CrAgency       *self,
                                               int             case_count);
/* Name required (1..200 chars, no control characters); email, when given,
 * looks like an address; phone, when given, holds digits, spaces, +()-. */
gboolean        cr_agency_validate            (CrAgency       *self,
                                               GError        **error);

const char     *cr_agency_sector_to_nick      (CrAgencySector  sector);
gboolean        cr_agency_sector_from_nick    (const char     *nick,
                                               CrAgencySector *sector);
const char     *cr_agency_sector_to_label     (CrAgencySector  sector);

G_END_DECLS
