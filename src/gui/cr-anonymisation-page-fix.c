/* cr-anonymisation-page-fix.c: replacing what the check found, dismissing it with a reason, restoring it
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrAnonymisationPage"

#include "config.h"

#include "cr-anonymisation-page-private.h"

#include "cr-anonymisation.h"
#include "cr-anonymisation-dismissal.h"
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

/*
 * Asking for a replacement or a reason
 */

static GtkWidget *
new_prompt (CrAnonymisationPage *self,
            CrAnonymisationHit  *hit,
            const char          *heading,
            const char          *body,
            const char          *entry_label,
            const char          *hint,
            const char          *response,
            const char          *response_label,
            GtkWidget          **out_entry)
{
  GtkWidget *dialog;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *hint_label = gtk_label_new (hint);

  dialog = adw_message_dialog_new (cr_review_page_get_window (CR_REVIEW_PAGE (self)), heading, body);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, entry_label,
                                  -1);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_label_set_wrap (GTK_LABEL (hint_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (hint_label), 0);
  gtk_widget_add_css_class (hint_label, "dim-label");
  gtk_widget_add_css_class (hint_label, "caption");
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), hint_label);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    response, response_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), response,
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), response);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "cr-hit", g_object_ref (hit), g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "cr-entry", entry);

  *out_entry = entry;
  return dialog;
}

static void
on_replacement_changed_cb (GtkEditable    *entry,
                           AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "replace", text[0] != '\0');
}

static void
on_replacement_response_cb (AdwMessageDialog    *dialog,
                            const char          *response,
                            CrAnonymisationPage *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "cr-entry");
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (g_strcmp0 (response, "replace") != 0 || text[0] == '\0')
    return;
  _cr_anonymisation_page_replace (self, g_object_get_data (G_OBJECT (dialog), "cr-hit"), text);
}

void
_cr_anonymisation_page_ask_replacement (CrAnonymisationPage *self,
                                        CrAnonymisationHit  *hit)
{
  g_autofree char *body = NULL;
  GtkWidget *dialog, *entry;

  /* Translators: %s is what was found ("Jayden") */
  body = g_strdup_printf (_("Type the words to put in place of “%s”: a pseudonym, or a neutral phrase such as “the family home”."),
                          cr_anonymisation_hit_get_text (hit));
  dialog = new_prompt (self, hit, _("Replace With"), body, _("Replacement"),
                       _("It is written into the report as it is typed here."),
                       "replace", _("_Replace"), &entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), cr_anonymisation_hit_get_suggestion (hit));
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_replacement_changed_cb), dialog, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_replacement_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
reason_long_enough (const char *reason)
{
  g_autofree char *stripped = g_strstrip (g_strdup (reason != NULL ? reason : ""));

  return g_utf8_strlen (stripped, -1) >= CR_DISMISSAL_MIN_REASON;
}

static void
on_reason_changed_cb (GtkEditable      *entry,
                      AdwMessageDialog *dialog)
{
  adw_message_dialog_set_response_enabled (dialog, "dismiss",
                                           reason_long_enough (gtk_editable_get_text (entry)));
}

static void
on_dismissal_response_cb (AdwMessageDialog    *dialog,
                          const char          *response,
                          CrAnonymisationPage *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "cr-entry");

  if (g_strcmp0 (response, "dismiss") != 0)
    return;
  _cr_anonymisation_page_dismiss (self, g_object_get_data (G_OBJECT (dialog), "cr-hit"),
                                  gtk_editable_get_text (entry));
}

void
_cr_anonymisation_page_ask_dismissal (CrAnonymisationPage *self,
                                      CrAnonymisationHit  *hit)
{
  g_autofree char *body = NULL;
  GtkWidget *dialog, *entry;

  /* Translators: %s is what was found ("Jayden") */
  body = g_strdup_printf (_("Say why “%s” does not identify the child or the family, in a sentence. The reason and your name are kept with the case."),
                          cr_anonymisation_hit_get_text (hit));
  dialog = new_prompt (self, hit, _("Dismiss This Detail?"), body, _("Reason"),
                       _("At least 10 characters. It comes back if the text around it changes."),
                       "dismiss", _("_Dismiss"), &entry);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "dismiss", FALSE);
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_reason_changed_cb), dialog, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_dismissal_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/*
 * Dismissing and restoring
 */

static void
on_dismissal_saved_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(CrLoadTag) tag = user_data;
  CrAnonymisationPage *self = CR_ANONYMISATION_PAGE (tag->owner);
  g_autoptr(CrRecord) stored = NULL;
  g_autoptr(GError) error = NULL;

  stored = cr_database_save_record_finish (CR_DATABASE (source), result, &error);
  g_assert (self->n_fixing > 0);
  self->n_fixing--;
  if (stored == NULL)
    {
      if (gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
        cr_show_error_toast (GTK_WIDGET (self), _("Could not dismiss"), error);
      return;
    }

  if (tag->id != cr_review_page_get_case_id (CR_REVIEW_PAGE (self)))
    return;
  cr_show_toast (GTK_WIDGET (self), _("Dismissed: the reason is kept with the case"));
  _cr_anonymisation_page_report_changed (self);
}

static char *
dup_user_name (void)
{
  const char *real = g_get_real_name ();

  if (real != NULL && real[0] != '\0' && g_strcmp0 (real, "Unknown") != 0)
    return g_strdup (real);
  return g_strdup (g_get_user_name ());
}

gboolean
_cr_anonymisation_page_dismiss (CrAnonymisationPage *self,
                                CrAnonymisationHit  *hit,
                                const char          *reason)
{
  CrDatabase *db = cr_review_page_get_database (CR_REVIEW_PAGE (self));
  gint64 case_id = cr_review_page_get_case_id (CR_REVIEW_PAGE (self));
  g_autoptr(CrAnonymisationDismissal) dismissal = NULL;
  g_autofree char *stripped = NULL;
  g_autofree char *who = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (CR_IS_ANONYMISATION_PAGE (self), FALSE);
  g_return_val_if_fail (CR_IS_ANONYMISATION_HIT (hit), FALSE);

  if (!cr_review_page_is_writable (CR_REVIEW_PAGE (self)))
    return FALSE;
  if (!reason_long_enough (reason))
    {
      cr_show_toast (GTK_WIDGET (self), _("Not dismissed: say why in at least 10 characters"));
      return FALSE;
    }

  stripped = g_strstrip (g_strdup (reason));
  who = dup_user_name ();
  dismissal = cr_anonymisation_dismissal_new ();
  cr_record_set_case_id (CR_RECORD (dismissal), case_id);
  cr_record_set (CR_RECORD (dismissal), "hit-key", cr_anonymisation_hit_get_key (hit));
  cr_record_set (CR_RECORD (dismissal), "kind",
                 cr_anonymisation_kind_to_nick (cr_anonymisation_hit_get_kind (hit)));
  cr_record_set (CR_RECORD (dismissal), "source", cr_anonymisation_hit_get_source_label (hit));
  cr_record_set (CR_RECORD (dismissal), "reason", stripped);
  cr_record_set (CR_RECORD (dismissal), "decided-by", who);
  if (!cr_record_validate (CR_RECORD (dismissal), &error))
    {
      cr_show_error_toast (GTK_WIDGET (self), _("Not dismissed"), error);
      return FALSE;
    }

  self->n_fixing++;
  cr_database_save_record_async (db, CR_RECORD (dismissal), NULL, on_dismissal_saved_cb,
                                 cr_load_tag_new (self, case_id));
  return TRUE;
}

static void
on_dismissal_deleted_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(CrLoadTag) tag = user_data;
  CrAnonymisationPage *self = CR_ANONYMISATION_PAGE (tag->owner);
  g_autoptr(GError) error = NULL;

  g_assert (self->n_fixing > 0);
  self->n_fixing--;
  if (!cr_database_delete_record_finish (CR_DATABASE (source), result, &error))
    {
      if (gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
        cr_show_error_toast (GTK_WIDGET (self), _("Could not restore"), error);
      return;
    }

  if (tag->id != cr_review_page_get_case_id (CR_REVIEW_PAGE (self)))
    return;
  cr_show_toast (GTK_WIDGET (self), _("Restored: it is a detail to resolve again"));
  _cr_anonymisation_page_report_changed (self);
}

void
_cr_anonymisation_page_restore (CrAnonymisationPage *self,
                                CrRecord            *dismissal)
{
  g_return_if_fail (CR_IS_ANONYMISATION_PAGE (self));
  g_return_if_fail (CR_IS_RECORD (dismissal));

  if (!cr_review_page_is_writable (CR_REVIEW_PAGE (self)))
    return;

  self->n_fixing++;
  cr_database_delete_record_async (cr_review_page_get_database (CR_REVIEW_PAGE (self)), dismissal,
                                   NULL, on_dismissal_deleted_cb,
                                   cr_load_tag_new (self, cr_review_page_get_case_id (CR_REVIEW_PAGE (self))));
}
