/* cr-agency-catalog.c: the agency pick-list of domain.md §3.2 */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrAgencyCatalog"

#include "config.h"

#include "cr-agency-catalog.h"

#include <glib/gi18n.h>

/*
 * One entry per agency value of the table in domain.md §3.2 (statutory
 * partners and section 11 duty-holders, after Surrey procedures 2.3),
 * with the sector the table gives it. The community health row is split
 * into its three services because reviews name them separately. Names
 * are stored untranslated, as the partnership's register holds them.
 */
static const CrAgencyCatalogEntry entries[] = {
  /* Local authority */
  { CR_AGENCY_SECTOR_LOCAL_AUTHORITY, N_("Children's social care") },
  { CR_AGENCY_SECTOR_LOCAL_AUTHORITY, N_("Early help and family help") },
  { CR_AGENCY_SECTOR_LOCAL_AUTHORITY, N_("Local authority education services") },
  { CR_AGENCY_SECTOR_LOCAL_AUTHORITY, N_("Adult social care") },
  { CR_AGENCY_SECTOR_LOCAL_AUTHORITY, N_("Housing") },
  { CR_AGENCY_SECTOR_LOCAL_AUTHORITY, N_("Public health") },
  { CR_AGENCY_SECTOR_LOCAL_AUTHORITY, N_("Youth services") },
  { CR_AGENCY_SECTOR_LOCAL_AUTHORITY, N_("District council") },
  { CR_AGENCY_SECTOR_LOCAL_AUTHORITY, N_("Licensing") },
  { CR_AGENCY_SECTOR_LOCAL_AUTHORITY, N_("Local authority designated officer (LADO)") },

  /* Health */
  { CR_AGENCY_SECTOR_HEALTH, N_("Integrated care board") },
  { CR_AGENCY_SECTOR_HEALTH, N_("NHS England") },
  { CR_AGENCY_SECTOR_HEALTH, N_("Acute hospital trust") },
  { CR_AGENCY_SECTOR_HEALTH, N_("Health visiting") },
  { CR_AGENCY_SECTOR_HEALTH, N_("School nursing") },
  { CR_AGENCY_SECTOR_HEALTH, N_("Midwifery") },
  { CR_AGENCY_SECTOR_HEALTH, N_("GP practice") },
  { CR_AGENCY_SECTOR_HEALTH, N_("Child and adolescent mental health services (CAMHS)") },
  { CR_AGENCY_SECTOR_HEALTH, N_("Adult mental health services") },
  { CR_AGENCY_SECTOR_HEALTH, N_("Substance misuse services") },
  { CR_AGENCY_SECTOR_HEALTH, N_("Ambulance service") },
  { CR_AGENCY_SECTOR_HEALTH, N_("Independent health provider") },

  /* Police */
  { CR_AGENCY_SECTOR_POLICE, N_("Police") },
  { CR_AGENCY_SECTOR_POLICE, N_("British Transport Police") },
  { CR_AGENCY_SECTOR_POLICE, N_("Police and crime commissioner") },

  /* Justice */
  { CR_AGENCY_SECTOR_JUSTICE, N_("Probation Service") },
  { CR_AGENCY_SECTOR_JUSTICE, N_("Prison or young offender institution") },
  { CR_AGENCY_SECTOR_JUSTICE, N_("Secure training centre or secure children's home") },
  { CR_AGENCY_SECTOR_JUSTICE, N_("Youth justice service") },
  { CR_AGENCY_SECTOR_JUSTICE, N_("Cafcass") },
  { CR_AGENCY_SECTOR_JUSTICE, N_("MAPPA") },

  /* Education */
  { CR_AGENCY_SECTOR_EDUCATION, N_("School or academy") },
  { CR_AGENCY_SECTOR_EDUCATION, N_("Further education college") },
  { CR_AGENCY_SECTOR_EDUCATION, N_("Early years and childcare provider") },

  /* Other */
  { CR_AGENCY_SECTOR_OTHER, N_("UK Visas and Immigration or Border Force") },
  { CR_AGENCY_SECTOR_OTHER, N_("Armed services") },
  { CR_AGENCY_SECTOR_OTHER, N_("Voluntary, charity or faith organisation") },
  { CR_AGENCY_SECTOR_OTHER, N_("Sports organisation") },
  { CR_AGENCY_SECTOR_OTHER, N_("Children's home or fostering provider") },
  { CR_AGENCY_SECTOR_OTHER, N_("MARAC") },
  { CR_AGENCY_SECTOR_OTHER, N_("Channel panel") },
  { CR_AGENCY_SECTOR_OTHER, N_("Serious violence duty partner") },

  { CR_AGENCY_SECTOR_OTHER, NULL }
};

/**
 * cr_agency_catalog_get_entries:
 * @n_entries: (out) (optional): the number of entries, the terminator
 *   excluded
 *
 * Returns: (transfer none): the pick-list, terminated by an entry whose
 *   name is %NULL
 */
const CrAgencyCatalogEntry *
cr_agency_catalog_get_entries (guint *n_entries)
{
  if (n_entries != NULL)
    *n_entries = G_N_ELEMENTS (entries) - 1;

  return entries;
}
