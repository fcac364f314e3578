/* cr-child.h: a child in a case, known by pseudonym */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cr-identity.h"

G_BEGIN_DECLS

#define CR_TYPE_CHILD (cr_child_get_type())

G_DECLARE_FINAL_TYPE (CrChild, cr_child, CR, CHILD, GObject)

/* Properties: id (gint64), case-id (gint64), pseudonym ("Child A"),
 * identity (CrIdentity, NULL until revealed/loaded). */

CrChild      *cr_child_new             (void);
gint64        cr_child_get_id          (CrChild    *self);
void          cr_child_set_id          (CrChild    *self,
                                        gint64      id);
gint64        cr_child_get_case_id     (CrChild    *self);
void          cr_child_set_case_id     (CrChild    *self,
                                        gint64      case_id);
const char   *cr_child_get_pseudonym   (CrChild    *self);
void          cr_child_set_pseudonym   (CrChild    *self,
                                        const char *pseudonym);
CrIdentity   *cr_child_get_identity    (CrChild    *self);
void          cr_child_set_identity    (CrChild    *self,
                                        CrIdentity *identity);
/* Pseudonym required (1..60 characters, one line); identity valid when
 * set. Errors are CR_CASE_ERROR_INVALID. */
gboolean      cr_child_validate        (CrChild    *self,
                                        GError    **error);

G_END_DECLS
