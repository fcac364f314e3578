/* cr-theme.h: a theme tag (domain.md §3.1 facets) */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cr-enums.h"

G_BEGIN_DECLS

#define CR_TYPE_THEME (cr_theme_get_type())

G_DECLARE_FINAL_TYPE (CrTheme, cr_theme, CR, THEME, GObject)

/* Properties: id, facet (CrThemeFacet), label, selected (gboolean, used by
 * views that show the themes of one case). */

CrTheme      *cr_theme_new             (void);
gint64        cr_theme_get_id          (CrTheme      *self);
void          cr_theme_set_id          (CrTheme      *self,
                                        gint64        id);
CrThemeFacet  cr_theme_get_facet       (CrTheme      *self);
void          cr_theme_set_facet       (CrTheme      *self,
                                        CrThemeFacet  facet);
const char   *cr_theme_get_label       (CrTheme      *self);
void          cr_theme_set_label       (CrTheme      *self,
                                        const char   *label);
gboolean      cr_theme_get_selected    (CrTheme      *self);
void          cr_theme_set_selected    (CrTheme      *self,
                                        gboolean      selected);

const char   *cr_theme_facet_to_nick   (CrThemeFacet  facet);
gboolean      cr_theme_facet_from_nick (const char   *nick,
                                        CrThemeFacet *facet);
const char   *cr_theme_facet_to_label  (CrThemeFacet  facet);

G_END_DECLS
