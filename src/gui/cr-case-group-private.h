/* cr-case-group-private.h: what the agencies, themes and people groups of
 * the case page share: their "database" and "case-id" properties and the
 * loading of the shown case */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cr-database.h"
#include "cr-edit-utils.h"

G_BEGIN_DECLS

/* The first property ids of every case group; a group numbers its own
 * properties from CR_CASE_GROUP_N_PROPS on. */
typedef enum {
  CR_CASE_GROUP_PROP_0,
  CR_CASE_GROUP_PROP_DATABASE,
  CR_CASE_GROUP_PROP_CASE_ID,
  CR_CASE_GROUP_N_PROPS
} CrCaseGroupProp;

/* Creates the "database" and "case-id" properties in @properties; the
 * class installs the whole array. */
void      cr_case_group_init_properties (GParamSpec    **properties);

/* Returns TRUE when @prop_id is one of the shared properties. */
gboolean  cr_case_group_get_property    (CrDatabase     *db,
                                         gint64          case_id,
                                         guint           prop_id,
                                         GValue         *value);

/* The review groups (rapid review, review) show a CrCase: their
 * properties are "database" and "case", numbered as below. */
#define CR_CASE_GROUP_PROP_CASE CR_CASE_GROUP_PROP_CASE_ID

/* Creates the "database" and "case" properties in @properties. */
void      cr_case_group_init_case_properties (GParamSpec **properties);

/* Returns TRUE when @prop_id is "database" or "case". */
gboolean  cr_case_group_get_case_property (CrDatabase   *db,
                                           CrCase       *kase,
                                           guint         prop_id,
                                           GValue       *value);

/* Whether showing @kase instead of @shown needs a reload: another case
 * (or none), or a newer copy whose status or last change differs, not a
 * copy made for a redraw. */
gboolean  cr_case_group_case_changed    (CrCase         *shown,
                                         CrCase         *kase);

/* Cancels the loads made with *@cancellable and drops it. */
void      cr_case_group_cancel_load     (GCancellable  **cancellable);

/* Cancels the loads made with *@cancellable; when @db and @case_id name a
 * case, puts a new cancellable there for the next load and returns TRUE. */
gboolean  cr_case_group_restart_load    (GCancellable  **cancellable,
                                         CrDatabase     *db,
                                         gint64          case_id);

/* Whether a list loaded for @tag may be shown: its case is still the
 * shown @case_id and the load gave @list. When the load failed, shows
 * "@what: <reason>" in a toast over @group (not for a cancellation). */
gboolean  cr_case_group_check_load      (GtkWidget      *group,
                                         const CrLoadTag *tag,
                                         gint64          case_id,
                                         gconstpointer   list,
                                         const GError   *error,
                                         const char     *what);

G_END_DECLS
