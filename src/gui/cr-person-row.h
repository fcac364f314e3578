/* cr-person-row.h: a child or family member of a case, by pseudonym */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cr-database.h"

G_BEGIN_DECLS

#define CR_TYPE_PERSON_ROW (cr_person_row_get_type())

G_DECLARE_FINAL_TYPE (CrPersonRow, cr_person_row, CR, PERSON_ROW, AdwExpanderRow)

/*
 * An expander row titled with the pseudonym of @person (a CrChild or a
 * CrFamilyMember). Expanded, it edits the pseudonym (and relationship),
 * and, when @person carries its revealed identity, each restricted field
 * with its state; otherwise it says the details are hidden. Every edit is
 * written through at once with an Undo toast; restricted values never
 * appear in toasts.
 */
GtkWidget  *cr_person_row_new        (CrDatabase  *db,
                                      GObject     *person);
GObject    *cr_person_row_get_person (CrPersonRow *self);
/* Writes pending edits and stops editing (before the row is dropped). */
void        cr_person_row_detach     (CrPersonRow *self);

/* Children and family members behind one set of helpers. */
const char *cr_person_get_entity     (GObject     *person);
gint64      cr_person_get_id         (GObject     *person);
const char *cr_person_get_pseudonym  (GObject     *person);
CrIdentity *cr_person_get_identity   (GObject     *person);
void        cr_person_set_identity   (GObject     *person,
                                      CrIdentity  *identity);

G_END_DECLS
