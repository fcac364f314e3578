/* cr-anonymisation-page-fix.c: replacing what the check found in the
 * stored report, and undoing it
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrAnonymisationPage"

#include "config.h"

#include "cr-anonymisation-page-private.h"

#include "cr-anonymisation.h"
#include "cr-database-report.h"
#include "cr-database-review.h"
#include "cr-edit-utils.h"
#include "cr-rich-text.h"

#include <glib/gi18n.h>
#include <string.h>

/*
 * A replacement and its Undo go the same way: read what is stored now,
 * make sure it is still what the check (or the replacement) saw, write
 * the new text. Nothing is written over a text that changed meanwhile.
 */

typedef struct
{
  CrAnonymisationPage *self;
  gint64               case_id;
  CrAnonymisationHit  *hit;
  char                *replacement;
  char                *source_label;
  /* Where: a section, or a field of a record */
  gboolean             is_section;
  CrReportSection      section;
  GType                record_type;
  gint64               record_id;    /* 0: the case's only one (the briefing) */
  char                *field;
  /* What: the stored text before and after the replacement */
  char                *before;
  char                *after;
  gboolean             undoing;
} Fix;

static void
fix_free (Fix *fix)
{
  g_object_unref (fix->self);
  g_clear_object (&fix->hit);
  g_free (fix->replacement);
  g_free (fix->source_label);
  g_free (fix->field);
  g_free (fix->before);
  g_free (fix->after);
  g_free (fix);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Fix, fix_free)

static void run_fix (Fix *fix);

static void
fix_ended (Fix *fix)
{
  g_assert (fix->self->n_fixing > 0);
  fix->self->n_fixing--;
}

static gboolean
fix_is_current (Fix *fix)
{
  return fix->case_id == cr_review_page_get_case_id (CR_REVIEW_PAGE (fix->self));
}

/* Where @hit is, from its source id; FALSE when it is not in a part of
 * the report that can be written here. */
static gboolean
parse_source (Fix        *fix,
              const char *source_id)
{
  g_auto(GStrv) parts = g_strsplit (source_id, ":", 3);
  guint n = g_strv_length (parts);

  if (n == 2 && g_str_equal (parts[0], "section"))
    {
      fix->is_section = TRUE;
      return cr_report_section_from_key (parts[1], &fix->section);
    }
  if (n == 2 && g_str_equal (parts[0], "briefing"))
    {
      fix->record_type = CR_TYPE_BRIEFING;
      fix->field = g_strdup (parts[1]);
      return TRUE;
    }
  if (n == 3 && (g_str_equal (parts[0], "finding") || g_str_equal (parts[0], "recommendation")))
    {
      fix->record_type = g_str_equal (parts[0], "finding") ? CR_TYPE_FINDING : CR_TYPE_RECOMMENDATION;
      fix->record_id = g_ascii_strtoll (parts[1], NULL, 10);
      fix->field = g_strdup (parts[2]);
      return fix->record_id > 0;
    }
  return FALSE;
}

/* Whether characters [start, end) of @text are still the hit's text. */
static gboolean
range_matches (const char         *text,
               CrAnonymisationHit *hit)
{
  guint start = cr_anonymisation_hit_get_start (hit);
  guint end = cr_anonymisation_hit_get_end (hit);
  const char *from, *to;

  if (text == NULL || end <= start || (glong) end > g_utf8_strlen (text, -1))
    return FALSE;
  from = g_utf8_offset_to_pointer (text, start);
  to = g_utf8_offset_to_pointer (text, end);
  return strlen (cr_anonymisation_hit_get_text (hit)) == (gsize) (to - from) &&
         strncmp (from, cr_anonymisation_hit_get_text (hit), to - from) == 0;
}

static void
undo_fix (gpointer data)
{
  Fix *done = data;
  Fix *fix;

  if (!fix_is_current (done) || !cr_review_page_is_writable (CR_REVIEW_PAGE (done->self)))
    return;

  /* The toast frees @data when it goes: the undo runs on a copy. */
  fix = g_new0 (Fix, 1);
  fix->self = g_object_ref (done->self);
  fix->case_id = done->case_id;
  fix->source_label = g_strdup (done->source_label);
  fix->is_section = done->is_section;
  fix->section = done->section;
  fix->record_type = done->record_type;
  fix->record_id = done->record_id;
  fix->field = g_strdup (done->field);
  fix->before = g_strdup (done->before);
  fix->after = g_strdup (done->after);
  fix->undoing = TRUE;
  fix->self->n_fixing++;
  run_fix (fix);
}

static void
fix_written (Fix *fix)
{
  CrAnonymisationPage *self = g_object_ref (fix->self);

  fix_ended (fix);
  if (fix->undoing)
    {
      cr_show_toast (GTK_WIDGET (self), _("Put back as it was"));
      fix_free (fix);
    }
  else
    {
      /* Translators: a toast, "Replaced with “Child H” in Analysis" */
      g_autofree char *title = g_strdup_printf (_("Replaced with “%s” in %s"), fix->replacement,
                                                fix->source_label);

      cr_show_undo_toast (GTK_WIDGET (self), title, undo_fix, fix, (GDestroyNotify) fix_free);
    }

  /* The Draft page shows the new text; this page checks again. */
  _cr_anonymisation_page_report_changed (self);
  g_object_unref (self);
}

static void
fix_failed (Fix          *fix,
            const char   *what,
            const GError *error)
{
  CrAnonymisationPage *self = fix->self;

  fix_ended (fix);
  if (gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
    {
      if (error != NULL)
        cr_show_error_toast (GTK_WIDGET (self), what, error);
      else
        cr_show_toast (GTK_WIDGET (self), what);
    }
  if (fix_is_current (fix))
    _cr_anonymisation_page_check (self);
  fix_free (fix);
}

/* What to write over @current, or NULL (with *@what set) when it changed. */
static char *
dup_new_text (Fix         *fix,
              const char  *current,
              const char **what)
{
  if (fix->undoing)
    {
      if (g_strcmp0 (current, fix->after) != 0)
        {
          *what = _("The text was changed after the replacement: it was not put back");
          return NULL;
        }
      return g_strdup (fix->before);
    }

  fix->before = g_strdup (current);

  if (fix->is_section)
    {
      g_autoptr(CrRichText) text = cr_rich_text_parse (current);
      int block = cr_anonymisation_hit_get_block (fix->hit);
      g_autofree char *plain = NULL;

      if (block >= 0 && (guint) block < cr_rich_text_get_n_blocks (text))
        plain = cr_rich_text_dup_block_text (text, block);
      if (!range_matches (plain, fix->hit) ||
          !cr_rich_text_replace (text, block, cr_anonymisation_hit_get_start (fix->hit),
                                 cr_anonymisation_hit_get_end (fix->hit), fix->replacement))
        {
          *what = _("The text was changed after the check: it has been checked again");
          return NULL;
        }
      return cr_rich_text_to_markup (text);
    }

  if (!range_matches (current, fix->hit))
    {
      *what = _("The text was changed after the check: it has been checked again");
      return NULL;
    }
  return cr_anonymisation_replace_range (current, cr_anonymisation_hit_get_start (fix->hit),
                                         cr_anonymisation_hit_get_end (fix->hit), fix->replacement);
}

/*
 * Sections
 */

static void
on_section_saved_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  Fix *fix = user_data;
  g_autoptr(GError) error = NULL;

  if (!cr_database_save_report_section_finish (CR_DATABASE (source), result, &error))
    {
      fix_failed (fix, _("Could not write the section"), error);
      return;
    }
  fix_written (fix);
}

static void
on_sections_loaded_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  Fix *fix = user_data;
  g_autoptr(GPtrArray) sections = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char *what = NULL;

  sections = cr_database_load_report_sections_finish (CR_DATABASE (source), result, &error);
  if (sections == NULL)
    {
      fix_failed (fix, _("Could not read the report"), error);
      return;
    }

  text = dup_new_text (fix, g_ptr_array_index (sections, fix->section), &what);
  if (text == NULL)
    {
      fix_failed (fix, what, NULL);
      return;
    }

  g_free (fix->after);
  fix->after = g_strdup (text);
  cr_database_save_report_section_async (CR_DATABASE (source), fix->case_id, fix->section, text,
                                         NULL, on_section_saved_cb, fix);
}

/*
 * Fields of the findings, recommendations and briefing
 */

static void
on_record_saved_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  Fix *fix = user_data;
  g_autoptr(CrRecord) stored = NULL;
  g_autoptr(GError) error = NULL;

  stored = cr_database_save_record_finish (CR_DATABASE (source), result, &error);
  if (stored == NULL)
    {
      fix_failed (fix, _("Could not write the change"), error);
      return;
    }

  /* Storage may normalise the text: Undo compares with what it holds. */
  g_free (fix->after);
  fix->after = g_strdup (cr_record_get (stored, fix->field));
  fix_written (fix);
}

static void
on_records_listed_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  Fix *fix = user_data;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrRecord) copy = NULL;
  g_autofree char *text = NULL;
  CrRecord *record = NULL;
  const char *what = NULL;

  records = cr_database_list_records_finish (CR_DATABASE (source), result, &error);
  if (records == NULL)
    {
      fix_failed (fix, _("Could not read the report"), error);
      return;
    }

  for (guint i = 0; i < records->len && record == NULL; i++)
    if (fix->record_id == 0 || cr_record_get_id (g_ptr_array_index (records, i)) == fix->record_id)
      record = g_ptr_array_index (records, i);
  if (record == NULL || cr_record_find_field (record, fix->field) == NULL)
    {
      fix_failed (fix, _("That part of the report is no longer there: it has been checked again"), NULL);
      return;
    }

  text = dup_new_text (fix, cr_record_get (record, fix->field), &what);
  if (text == NULL)
    {
      fix_failed (fix, what, NULL);
      return;
    }

  copy = g_object_new (G_OBJECT_TYPE (record), NULL);
  cr_record_copy_from (copy, record);
  cr_record_set (copy, fix->field, text);
  cr_database_save_record_async (CR_DATABASE (source), copy, NULL, on_record_saved_cb, fix);
}

static void
run_fix (Fix *fix)
{
  CrDatabase *db = cr_review_page_get_database (CR_REVIEW_PAGE (fix->self));

  /* Not cancelled with the page's loads: a write is finished once begun. */
  if (fix->is_section)
    cr_database_load_report_sections_async (db, fix->case_id, NULL, on_sections_loaded_cb, fix);
  else
    cr_database_list_records_async (db, fix->record_type, fix->case_id, NULL,
                                    on_records_listed_cb, fix);
}

void
_cr_anonymisation_page_replace (CrAnonymisationPage *self,
                                CrAnonymisationHit  *hit,
                                const char          *replacement)
{
  g_autoptr(Fix) fix = NULL;

  g_return_if_fail (CR_IS_ANONYMISATION_PAGE (self));
  g_return_if_fail (CR_IS_ANONYMISATION_HIT (hit));

  if (!cr_review_page_is_writable (CR_REVIEW_PAGE (self)) || replacement == NULL)
    return;

  fix = g_new0 (Fix, 1);
  fix->self = g_object_ref (self);
  fix->case_id = cr_review_page_get_case_id (CR_REVIEW_PAGE (self));
  fix->hit = g_object_ref (hit);
  fix->replacement = g_strdup (replacement);
  fix->source_label = g_strdup (cr_anonymisation_hit_get_source_label (hit));
  if (!cr_anonymisation_hit_is_replaceable (hit) ||
      !parse_source (fix, cr_anonymisation_hit_get_source_id (hit)))
    {
      cr_show_toast (GTK_WIDGET (self), _("This cannot be replaced here: correct the source instead"));
      return;
    }

  self->n_fixing++;
  run_fix (g_steal_pointer (&fix));
}
