/* cr-theme-catalog.h: the seeded theme tags of domain.md §3.1 */
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
  CrThemeFacet  facet;
  const char   *label;  /* untranslated; translate with _() for display */
} CrThemeCatalogEntry;

/* The seed list, terminated by an entry whose label is NULL. */
const CrThemeCatalogEntry *cr_theme_catalog_get_entries (guint *n_entries);

G_END_DECLS
