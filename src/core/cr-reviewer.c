/* cr-reviewer.c: an independent reviewer appointed to a practice review */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrReviewer"

#include "config.h"

#include "cr-reviewer.h"

#include "cr-case-status.h"
#include "cr-record-private.h"

#include <glib/gi18n.h>

struct _CrReviewer
{
  CrRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CrReviewer, cr_reviewer, CR_TYPE_RECORD)

static const char * const role_nicks[] = {
  "lead-reviewer", "co-reviewer", "report-author", NULL
};
static const char * const role_labels[] = {
  N_("Lead reviewer"), N_("Co-reviewer"), N_("Report author"), NULL
};

static const CrRecordField fields[] = {
  { "name", CR_RECORD_FIELD_LINE, N_("Name of the reviewer"), 0, NULL, NULL, 0 },
  { "organisation", CR_RECORD_FIELD_LINE, N_("Organisation of the reviewer"), 0, NULL, NULL, 0 },
  { "role", CR_RECORD_FIELD_CHOICE, N_("Role in the review"), 0, role_nicks, role_labels, 0 },
  { "email", CR_RECORD_FIELD_EMAIL, N_("Email address of the reviewer"), 0, NULL, NULL, 0 },
  { "phone", CR_RECORD_FIELD_PHONE, N_("Telephone number of the reviewer"), 0, NULL, NULL, 0 },
  { "appointed-date", CR_RECORD_FIELD_DATE, N_("Date the reviewer was appointed"), 0, NULL, NULL, 0 },
  { "independent", CR_RECORD_FIELD_BOOLEAN,
    N_("Declared no connection to the case or to the agencies reviewed"), 0, NULL, NULL, 0 },
  { "declaration", CR_RECORD_FIELD_TEXT, N_("Declaration of independence"), 0, NULL, NULL, 0 },
  { "declaration-date", CR_RECORD_FIELD_DATE, N_("Date of the declaration of independence"), 0, NULL, NULL, 0 },
};

static gboolean
cr_reviewer_validate (CrRecord  *record,
                      GError   **error)
{
  if (!cr_record_check_required (record, "name", error) ||
      !cr_record_check_required (record, "role", error))
    return FALSE;

  if (cr_record_get_boolean (record, "independent") &&
      !cr_record_has (record, "declaration-date"))
    {
      g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                   /* Translators: %s is a field's label. */
                   _("“%s” is needed once the reviewer has declared their independence: enter the date of the declaration."),
                   _cr_record_label (record, "declaration-date"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
has_declaration (CrRecord *record)
{
  return cr_record_get_boolean (record, "independent") &&
         cr_record_has (record, "declaration-date");
}

static char *
cr_reviewer_dup_title (CrRecord *record)
{
  return g_strdup (cr_record_get (record, "name"));
}

static char *
cr_reviewer_dup_subtitle (CrRecord *record)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (parts, g_strdup (_cr_record_choice_label (record, "role")));
  g_ptr_array_add (parts, g_strdup (cr_record_get (record, "organisation")));

  if (has_declaration (record))
    {
      g_autofree char *date = cr_record_dup_date_label (record, "declaration-date");

      /* Translators: %s is a date, "3 March 2026". */
      g_ptr_array_add (parts, g_strdup_printf (_("Independence declared %s"),
                                               date != NULL ? date : ""));
    }
  else
    {
      g_ptr_array_add (parts, g_strdup (_("No declaration of independence")));
    }

  return _cr_record_join_parts (parts);
}

static void
cr_reviewer_class_init (CrReviewerClass *klass)
{
  CrRecordClass *record_class = CR_RECORD_CLASS (klass);

  record_class->validate = cr_reviewer_validate;
  record_class->dup_title = cr_reviewer_dup_title;
  record_class->dup_subtitle = cr_reviewer_dup_subtitle;

  cr_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
  cr_record_class_set_kind_label (record_class, N_("Reviewer"));
}

static void
cr_reviewer_init (CrReviewer *self)
{
}

CrReviewer *
cr_reviewer_new (void)
{
  return g_object_new (CR_TYPE_REVIEWER, NULL);
}

/**
 * cr_reviewer_dup_warning:
 * @self: a reviewer
 *
 * Returns: (transfer full) (nullable): what to do while the reviewer has
 *   no dated declaration of independence, or %NULL
 */
char *
cr_reviewer_dup_warning (CrReviewer *self)
{
  CrRecord *record = (CrRecord *) self;
  const char *name;

  g_return_val_if_fail (CR_IS_REVIEWER (self), NULL);

  if (has_declaration (record))
    return NULL;

  name = cr_record_get (record, "name");
  if (name == NULL)
    return g_strdup (_("Record the reviewer’s declaration of independence before the review starts."));

  /* Translators: %s is the reviewer’s name, "Ann Smith". */
  return g_strdup_printf (_("Record %s’s declaration of independence before the review starts."), name);
}
