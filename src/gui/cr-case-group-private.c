/* cr-case-group-private.c: what the case groups of the case page share
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrCaseGroup"

#include "config.h"

#include "cr-case-group-private.h"

void
cr_case_group_init_properties (GParamSpec **properties)
{
  properties[CR_CASE_GROUP_PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         CR_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[CR_CASE_GROUP_PROP_CASE_ID] =
    g_param_spec_int64 ("case-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
}

gboolean
cr_case_group_get_property (CrDatabase *db,
                            gint64      case_id,
                            guint       prop_id,
                            GValue     *value)
{
  switch (prop_id)
    {
    case CR_CASE_GROUP_PROP_DATABASE:
      g_value_set_object (value, db);
      return TRUE;

    case CR_CASE_GROUP_PROP_CASE_ID:
      g_value_set_int64 (value, case_id);
      return TRUE;

    default:
      return FALSE;
    }
}

void
cr_case_group_init_case_properties (GParamSpec **properties)
{
  properties[CR_CASE_GROUP_PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         CR_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[CR_CASE_GROUP_PROP_CASE] =
    g_param_spec_object ("case", NULL, NULL,
                         CR_TYPE_CASE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
}

gboolean
cr_case_group_get_case_property (CrDatabase *db,
                                 CrCase     *kase,
                                 guint       prop_id,
                                 GValue     *value)
{
  switch (prop_id)
    {
    case CR_CASE_GROUP_PROP_DATABASE:
      g_value_set_object (value, db);
      return TRUE;

    case CR_CASE_GROUP_PROP_CASE:
      g_value_set_object (value, kase);
      return TRUE;

    default:
      return FALSE;
    }
}

gboolean
cr_case_group_case_changed (CrCase *shown,
                            CrCase *kase)
{
  return shown == NULL || kase == NULL ||
         cr_case_get_id (shown) != cr_case_get_id (kase) ||
         cr_case_get_status (shown) != cr_case_get_status (kase) ||
         g_strcmp0 (cr_case_get_updated_at (shown), cr_case_get_updated_at (kase)) != 0;
}

void
cr_case_group_cancel_load (GCancellable **cancellable)
{
  g_cancellable_cancel (*cancellable);
  g_clear_object (cancellable);
}

gboolean
cr_case_group_restart_load (GCancellable **cancellable,
                            CrDatabase    *db,
                            gint64         case_id)
{
  cr_case_group_cancel_load (cancellable);

  if (db == NULL || case_id == 0)
    return FALSE;

  *cancellable = g_cancellable_new ();
  return TRUE;
}

gboolean
cr_case_group_check_load (GtkWidget       *group,
                          const CrLoadTag *tag,
                          gint64           case_id,
                          gconstpointer    list,
                          const GError    *error,
                          const char      *what)
{
  if (tag->id != case_id)
    return FALSE;

  if (list == NULL || error != NULL)
    {
      /* Says nothing for a cancellation. */
      cr_show_error_toast (group, what, error);
      return FALSE;
    }

  return TRUE;
}
