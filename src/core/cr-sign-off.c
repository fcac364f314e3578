/* cr-sign-off.c: one safeguarding partner's sign-off of a decision */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrSignOff"

#include "config.h"

#include "cr-sign-off.h"

#include "cr-record-private.h"

#include <glib/gi18n.h>

struct _CrSignOff
{
  CrRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CrSignOff, cr_sign_off, CR_TYPE_RECORD)

static const char * const partner_nicks[] = {
  "local-authority", "icb", "police", NULL
};
static const char * const partner_labels[] = {
  N_("Local authority"), N_("Integrated care board"), N_("Police"), NULL
};

static const CrRecordField fields[] = {
  { "partner", CR_RECORD_FIELD_CHOICE, N_("Safeguarding partner"), 0,
    partner_nicks, partner_labels, 0 },
  { "name", CR_RECORD_FIELD_LINE, N_("Name of the person signing off"), 0, NULL, NULL, 0 },
  { "role", CR_RECORD_FIELD_LINE, N_("Role of the person signing off"), 0, NULL, NULL, 0 },
  { "signed-date", CR_RECORD_FIELD_DATE, N_("Date of the sign-off"), 0, NULL, NULL, 0 },
};

static gboolean
cr_sign_off_validate (CrRecord  *record,
                      GError   **error)
{
  return cr_record_check_required (record, "partner", error);
}

static void
cr_sign_off_class_init (CrSignOffClass *klass)
{
  CrRecordClass *record_class = CR_RECORD_CLASS (klass);

  record_class->validate = cr_sign_off_validate;

  cr_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
}

static void
cr_sign_off_init (CrSignOff *self)
{
}

/**
 * cr_sign_off_new:
 * @partner: (nullable): "local-authority", "icb" or "police"
 *
 * Returns: (transfer full): a new, unsigned sign-off
 */
CrSignOff *
cr_sign_off_new (const char *partner)
{
  CrSignOff *self = g_object_new (CR_TYPE_SIGN_OFF, NULL);

  cr_record_set (CR_RECORD (self), "partner", partner);

  return self;
}

/**
 * cr_sign_off_is_complete:
 * @self: a sign-off
 *
 * Returns: %TRUE when the name of the person signing off and the date are
 *   both recorded
 */
gboolean
cr_sign_off_is_complete (CrSignOff *self)
{
  g_return_val_if_fail (CR_IS_SIGN_OFF (self), FALSE);

  return cr_record_has (CR_RECORD (self), "name") &&
         cr_record_has (CR_RECORD (self), "signed-date");
}
