/* cr-window-private.h: CrWindow internals shared with cr-window-actions.c */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-case-register-view.h"
#include "cr-window.h"

G_BEGIN_DECLS

/* The schema id is the same for the default and development profiles. */
#define CR_SETTINGS_SCHEMA "org.casereviews.CaseReviews"

typedef enum
{
  PROP_0,
  PROP_DATABASE,
  PROP_REGISTER,
  PROP_STATE,
  PROP_PATH,
  N_PROPS
} CrWindowProp;

struct _CrWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkWidget            *new_case_button;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  GtkInfoBar           *read_only_bar;
  GtkStack             *state_stack;
  GtkSpinner           *loading_spinner;
  AdwStatusPage        *error_page;
  GtkWidget            *retry_button;
  AdwViewStack         *view_stack;
  GtkStack             *cases_stack;
  AdwStatusPage        *empty_page;
  GtkWidget            *empty_new_case_button;
  AdwLeaflet           *leaflet;
  CrCaseRegisterView   *register_view;
  GtkWidget            *back_button;
  GtkWidget            *detail_header;
  GtkLabel             *detail_title;
  GtkStack             *detail_stack;
  GtkWidget            *case_page;
  GtkWidget            *agencies_page;

  /* Owned references */
  GSettings            *settings;
  GCancellable         *cancellable;
  CrDatabase           *opening;
  CrDatabase           *database;
  CrCaseRegister       *reg;
  CrCase               *shown_case;
  char                 *path;

  /* Borrowed: a static string, "loading", "error" or "ready" */
  const char           *state;

  guint                 demo : 1;
  guint                 storing_case : 1;
};

/* cr-window.c */
void _cr_window_notify              (CrWindow      *self,
                                     CrWindowProp   prop);
void _cr_window_show_detail         (CrWindow      *self,
                                     CrCase        *kase);
void _cr_window_update_cases_stack  (CrWindow      *self);
void _cr_window_navigate_to_detail  (CrWindow      *self,
                                     CrCase        *kase);
void _cr_window_store_case          (CrWindow      *self,
                                     CrCase        *kase);

/* cr-window-loading.c */
void _cr_window_set_state           (CrWindow      *self,
                                     const char    *state);
void _cr_window_update_switcher_bar (CrWindow      *self);
void _cr_window_close_database      (CrWindow      *self);
void _cr_window_retry               (CrWindow      *self);

/* cr-window-actions.c */
void _cr_window_class_actions_init  (CrWindowClass *klass);
void _cr_window_update_actions      (CrWindow      *self);

G_END_DECLS
