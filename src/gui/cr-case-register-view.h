/* cr-case-register-view.h: the searchable, sortable case register */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cr-case-register.h"

G_BEGIN_DECLS

#define CR_TYPE_CASE_REGISTER_VIEW (cr_case_register_view_get_type())

G_DECLARE_FINAL_TYPE (CrCaseRegisterView, cr_case_register_view, CR, CASE_REGISTER_VIEW, GtkWidget)

/*
 * Properties:
 *   register       CrCaseRegister shown by the view
 *   selected-case  CrCase selected in the register, or NULL (writable:
 *                  setting selects the visible case with the same id)
 *
 * Signals:
 *   case-activated (CrCase *kase)  a row was activated (Enter, double click)
 */

GtkWidget      *cr_case_register_view_new               (void);
CrCaseRegister *cr_case_register_view_get_register      (CrCaseRegisterView *self);
void            cr_case_register_view_set_register      (CrCaseRegisterView *self,
                                                         CrCaseRegister     *reg);
CrCase         *cr_case_register_view_get_selected_case (CrCaseRegisterView *self);
void            cr_case_register_view_set_selected_case (CrCaseRegisterView *self,
                                                         CrCase             *kase);
/* Selects the visible case with @id (0 unselects). Returns FALSE when the
 * case is not in the filtered register. */
gboolean        cr_case_register_view_select_id         (CrCaseRegisterView *self,
                                                         gint64              id);
/* The model the column view shows, after filtering and sorting. */
GListModel     *cr_case_register_view_get_visible_model (CrCaseRegisterView *self);
void            cr_case_register_view_focus_search      (CrCaseRegisterView *self);

G_END_DECLS
