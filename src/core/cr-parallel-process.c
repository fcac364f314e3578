/* cr-parallel-process.c: a process running alongside the review */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrParallelProcess"

#include "config.h"

#include "cr-parallel-process.h"

#include "cr-record-private.h"

#include <glib/gi18n.h>

struct _CrParallelProcess
{
  CrRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CrParallelProcess, cr_parallel_process, CR_TYPE_RECORD)

static const char * const kind_nicks[] = {
  "police-investigation", "criminal-trial", "inquest", "child-death-review",
  "safeguarding-adult-review", "domestic-homicide-review", "iopc",
  "family-proceedings", "other", NULL
};
static const char * const kind_labels[] = {
  N_("Police investigation"), N_("Criminal trial"), N_("Inquest"),
  N_("Child death review"), N_("Safeguarding adult review"),
  N_("Domestic homicide review"), N_("IOPC investigation"),
  N_("Family proceedings"), N_("Other"), NULL
};

static const char * const status_nicks[] = {
  "not-started", "ongoing", "concluded", NULL
};
static const char * const status_labels[] = {
  N_("Not started"), N_("Ongoing"), N_("Concluded"), NULL
};

static const CrRecordField fields[] = {
  { "kind", CR_RECORD_FIELD_CHOICE, N_("Kind of process"), 0, kind_nicks, kind_labels, 0 },
  { "status", CR_RECORD_FIELD_CHOICE, N_("Status of the process"), 0, status_nicks, status_labels, 0 },
  { "reference", CR_RECORD_FIELD_LINE, N_("Reference of the process"), 0, NULL, NULL, 0 },
  { "contact", CR_RECORD_FIELD_LINE, N_("Lead officer or contact"), 0, NULL, NULL, 0 },
  { "notes", CR_RECORD_FIELD_TEXT, N_("Notes on the process"), 0, NULL, NULL, 0 },
  { "review-date", CR_RECORD_FIELD_PLAN_DATE, N_("Date to look at it again"), 0, NULL, NULL, 0 },
};

static gboolean
cr_parallel_process_validate (CrRecord  *record,
                              GError   **error)
{
  return cr_record_check_required (record, "kind", error) &&
         cr_record_check_required (record, "status", error);
}

/* "Criminal trial", "Inquest"; "Parallel process" for "other" or none. */
static char *
cr_parallel_process_dup_title (CrRecord *record)
{
  const char *kind = _cr_record_choice_label (record, "kind");

  if (kind == NULL || _cr_record_is (record, "kind", "other"))
    return g_strdup (_("Parallel process"));

  return g_strdup (kind);
}

/* "Ongoing · ref T20260001 · look again on 3 March 2026". */
static char *
cr_parallel_process_dup_subtitle (CrRecord *record)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *review = cr_record_dup_date_label (record, "review-date");
  const char *status = _cr_record_choice_label (record, "status");
  const char *reference = cr_record_get (record, "reference");

  if (status != NULL)
    g_ptr_array_add (parts, g_strdup (status));
  if (reference != NULL)
    /* Translators: the other process's reference in a list, "ref T20260001". */
    g_ptr_array_add (parts, g_strdup_printf (_("ref %s"), reference));
  if (review != NULL)
    /* Translators: %s is a date, "3 March 2026". */
    g_ptr_array_add (parts, g_strdup_printf (_("look again on %s"), review));

  return _cr_record_join_parts (parts);
}

static void
cr_parallel_process_class_init (CrParallelProcessClass *klass)
{
  CrRecordClass *record_class = CR_RECORD_CLASS (klass);

  record_class->validate = cr_parallel_process_validate;
  record_class->dup_title = cr_parallel_process_dup_title;
  record_class->dup_subtitle = cr_parallel_process_dup_subtitle;

  cr_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
  cr_record_class_set_kind_label (record_class, N_("Parallel Process"));
}

static void
cr_parallel_process_init (CrParallelProcess *self)
{
}

CrParallelProcess *
cr_parallel_process_new (void)
{
  return g_object_new (CR_TYPE_PARALLEL_PROCESS, NULL);
}
