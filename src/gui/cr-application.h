/* cr-application.h */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CR_TYPE_APPLICATION (cr_application_get_type())

/* The icon is installed (and bundled in the resources) under the base
 * application id, for the default and the development profile alike. */
#define CR_APP_ICON_NAME "org.casereviews.CaseReviews"

G_DECLARE_FINAL_TYPE (CrApplication, cr_application, CR, APPLICATION, AdwApplication)

CrApplication *cr_application_new (void);

G_END_DECLS
