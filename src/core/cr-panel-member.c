/* cr-panel-member.c: a member of a review panel */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrPanelMember"

#include "config.h"

#include "cr-panel-member.h"

#include "cr-record-private.h"

#include <glib/gi18n.h>

struct _CrPanelMember
{
  CrRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CrPanelMember, cr_panel_member, CR_TYPE_RECORD)

static const char * const role_nicks[] = {
  "chair", "member", "adviser", "secretariat", NULL
};
static const char * const role_labels[] = {
  N_("Chair"), N_("Member"), N_("Adviser"), N_("Secretariat"), NULL
};

static const CrRecordField fields[] = {
  { "name", CR_RECORD_FIELD_LINE, N_("Name of the panel member"), 0, NULL, NULL, 0 },
  { "agency-id", CR_RECORD_FIELD_ID, N_("Agency of the panel member"), 0, NULL, NULL, 0 },
  { "agency-name", CR_RECORD_FIELD_LINE, N_("Name of the agency"), 0, NULL, NULL,
    CR_RECORD_FIELD_FLAG_DERIVED },
  { "role", CR_RECORD_FIELD_CHOICE, N_("Role on the panel"), 0, role_nicks, role_labels, 0 },
  { "job-title", CR_RECORD_FIELD_LINE, N_("Job title"), 0, NULL, NULL, 0 },
  { "email", CR_RECORD_FIELD_EMAIL, N_("Email address of the panel member"), 0, NULL, NULL, 0 },
};

static gboolean
cr_panel_member_validate (CrRecord  *record,
                          GError   **error)
{
  return cr_record_check_required (record, "name", error) &&
         cr_record_check_required (record, "role", error);
}

static char *
cr_panel_member_dup_title (CrRecord *record)
{
  return g_strdup (cr_record_get (record, "name"));
}

static char *
cr_panel_member_dup_subtitle (CrRecord *record)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (parts, g_strdup (_cr_record_choice_label (record, "role")));
  g_ptr_array_add (parts, g_strdup (cr_record_get (record, "agency-name")));
  g_ptr_array_add (parts, g_strdup (cr_record_get (record, "job-title")));

  return _cr_record_join_parts (parts);
}

static void
cr_panel_member_class_init (CrPanelMemberClass *klass)
{
  CrRecordClass *record_class = CR_RECORD_CLASS (klass);

  record_class->validate = cr_panel_member_validate;
  record_class->dup_title = cr_panel_member_dup_title;
  record_class->dup_subtitle = cr_panel_member_dup_subtitle;

  cr_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
  cr_record_class_set_kind_label (record_class, N_("Panel Member"));
}

static void
cr_panel_member_init (CrPanelMember *self)
{
}

CrPanelMember *
cr_panel_member_new (void)
{
  return g_object_new (CR_TYPE_PANEL_MEMBER, NULL);
}
