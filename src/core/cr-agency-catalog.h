/* cr-agency-catalog.h: the agency pick-list of domain.md §3.2 */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cr-enums.h"

G_BEGIN_DECLS

typedef struct
{
  CrAgencySector  sector;
  const char     *name;   /* untranslated; translate with _() for display */
} CrAgencyCatalogEntry;

/* The pick-list, terminated by an entry whose name is NULL. */
const CrAgencyCatalogEntry *cr_agency_catalog_get_entries (guint *n_entries);

G_END_DECLS
