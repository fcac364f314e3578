/* cr-briefing-dialog.c: edit the 7-minute briefing of a review
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrBriefingDialog"

#include "config.h"

#include "cr-briefing-dialog.h"

#include "cr-database-review.h"
#include "cr-dialog-utils.h"
#include "cr-edit-utils.h"
#include "cr-rich-text.h"

#include <glib/gi18n.h>

#define N_PARTS 7
#define N_QUESTIONS 3

struct _CrBriefingDialog
{
  AdwWindow        parent_instance;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  GtkButton       *save_button;
  GtkSpinner      *spinner;
  GtkInfoBar      *error_bar;
  GtkLabel        *error_label;
  GtkButton       *regenerate_button;
  AdwEntryRow     *title_row;
  GtkBox          *parts_box;
  AdwEntryRow     *question_row_1;
  AdwEntryRow     *question_row_2;
  AdwEntryRow     *question_row_3;

  /* Built in init */
  GtkTextView     *part_views[N_PARTS];
  GtkLabel        *part_counts[N_PARTS];
  AdwEntryRow     *question_rows[N_QUESTIONS];

  /* Owned references */
  CrDatabase      *db;
  CrBriefing      *record;        /* what the widgets edit */
  CrBriefing      *pristine;      /* as first shown */
  CrReviewReport  *report;
  GCancellable    *cancellable;

  guint            loading;
  guint            busy : 1;
};

G_DEFINE_FINAL_TYPE (CrBriefingDialog, cr_briefing_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const question_fields[N_QUESTIONS] = { "question-1", "question-2", "question-3" };

/*
 * Drafting from the report
 */

static char *
dup_section_plain (CrReviewReport  *report,
                   CrReportSection  section)
{
  CrRichText *text = cr_review_report_get_section (report, section);

  return text != NULL ? cr_rich_text_to_plain (text) : NULL;
}

CrBriefing *
cr_briefing_draft_from_report (CrReviewReport *report)
{
  CrCase *kase;
  g_autofree char *summary = NULL;
  g_autofree char *introduction = NULL;
  CrBriefing *briefing;

  g_return_val_if_fail (CR_IS_REVIEW_REPORT (report), NULL);

  kase = cr_review_report_get_case (report);
  summary = dup_section_plain (report, CR_REPORT_SECTION_EXECUTIVE_SUMMARY);
  introduction = dup_section_plain (report, CR_REPORT_SECTION_INTRODUCTION);
  briefing = cr_briefing_generate (cr_case_get_pseudonym (kase), cr_case_get_summary (kase),
                                   summary, introduction,
                                   cr_review_report_get_findings (report),
                                   cr_review_report_get_recommendations (report));
  cr_record_set_case_id (CR_RECORD (briefing), cr_case_get_id (kase));
  return briefing;
}

/*
 * Showing the record
 */

static guint
field_max_length (CrBriefingDialog *self,
                  const char       *field)
{
  const CrRecordField *def = cr_record_find_field (CR_RECORD (self->record), field);

  if (def == NULL)
    return 0;
  if (def->max_length > 0)
    return def->max_length;
  return def->kind == CR_RECORD_FIELD_TEXT ? 20000 : 200;
}

static void
show_count (CrBriefingDialog *self,
            guint             part)
{
  const char *field = cr_briefing_part_get_field (part + 1);
  const char *value = cr_record_get (CR_RECORD (self->record), field);
  guint length = value != NULL ? (guint) g_utf8_strlen (value, -1) : 0;
  guint max = field_max_length (self, field);
  g_autofree char *text = NULL;
  g_autofree char *description = NULL;

  /* Translators: characters written and allowed, "420 / 1500" */
  text = g_strdup_printf (_("%u / %u"), length, max);
  gtk_label_set_text (self->part_counts[part], text);
  if (length > max)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->part_counts[part]), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->part_counts[part]), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (self->part_views[part]), "error");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->part_counts[part]), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->part_counts[part]), "dim-label");
      gtk_widget_remove_css_class (GTK_WIDGET (self->part_views[part]), "error");
    }
  /* Translators: read out with the text, "420 of 1500 characters" */
  description = g_strdup_printf (_("%u of %u characters"), length, max);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->part_views[part]),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
load_widgets (CrBriefingDialog *self)
{
  CrRecord *record = CR_RECORD (self->record);
  const char *value;

  self->loading++;
  value = cr_record_get (record, "title");
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), value != NULL ? value : "");
  for (guint i = 0; i < N_PARTS; i++)
    {
      value = cr_record_get (record, cr_briefing_part_get_field (i + 1));
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->part_views[i]),
                                value != NULL ? value : "", -1);
      show_count (self, i);
    }
  for (guint i = 0; i < N_QUESTIONS; i++)
    {
      value = cr_record_get (record, question_fields[i]);
      gtk_editable_set_text (GTK_EDITABLE (self->question_rows[i]), value != NULL ? value : "");
    }
  self->loading--;
}

static gboolean
is_writable (CrBriefingDialog *self)
{
  return self->db != NULL && cr_database_is_writable (self->db);
}

static void
update_actions (CrBriefingDialog *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "briefing.save", !self->busy && is_writable (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "briefing.regenerate",
                                 !self->busy && self->report != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), self->busy);
  gtk_spinner_set_spinning (self->spinner, self->busy);
}

/*
 * Editing
 */

static void
on_entry_changed_cb (GtkEditable      *editable,
                     CrBriefingDialog *self)
{
  const char *field = g_object_get_data (G_OBJECT (editable), "field");
  g_autofree char *value = NULL;

  if (self->loading > 0)
    return;
  value = g_strstrip (g_strdup (gtk_editable_get_text (editable)));
  cr_record_set (CR_RECORD (self->record), field, value);
}

static void
on_part_changed_cb (GtkTextBuffer    *buffer,
                    CrBriefingDialog *self)
{
  guint part = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (buffer), "part"));
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  if (self->loading > 0)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  cr_record_set (CR_RECORD (self->record), cr_briefing_part_get_field (part + 1), g_strstrip (text));
  show_count (self, part);
}

static void
build_parts (CrBriefingDialog *self)
{
  for (guint i = 0; i < N_PARTS; i++)
    {
      GtkWidget *group = adw_preferences_group_new ();
      GtkWidget *view = gtk_text_view_new ();
      GtkWidget *count = gtk_label_new (NULL);
      g_autofree char *title = NULL;

      /* Translators: a part of the briefing, "1 Background" */
      title = g_strdup_printf (_("%u %s"), i + 1, cr_briefing_part_get_title (i + 1));
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                             cr_briefing_part_get_hint (i + 1));

      gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
      gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
      gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 12);
      gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 12);
      gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 12);
      gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 12);
      gtk_widget_set_size_request (view, -1, 100);
      gtk_widget_add_css_class (view, "card");
      gtk_accessible_update_property (GTK_ACCESSIBLE (view),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, cr_briefing_part_get_title (i + 1),
                                      -1);
      g_object_set_data (G_OBJECT (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view))),
                         "part", GUINT_TO_POINTER (i));
      g_signal_connect (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "changed",
                        G_CALLBACK (on_part_changed_cb), self);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), view);

      gtk_label_set_xalign (GTK_LABEL (count), 1);
      gtk_widget_set_margin_top (count, 6);
      gtk_widget_add_css_class (count, "caption");
      gtk_widget_add_css_class (count, "dim-label");
      gtk_widget_add_css_class (count, "numeric");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), count);

      gtk_box_append (self->parts_box, group);
      self->part_views[i] = GTK_TEXT_VIEW (view);
      self->part_counts[i] = GTK_LABEL (count);
    }
}

/*
 * Regenerating
 */

static void
on_regenerate_response_cb (CrBriefingDialog *self,
                           const char       *response)
{
  g_autoptr(CrBriefing) draft = NULL;
  gint64 id, case_id;

  if (g_strcmp0 (response, "replace") != 0 || self->report == NULL)
    return;

  draft = cr_briefing_draft_from_report (self->report);
  id = cr_record_get_id (CR_RECORD (self->record));
  case_id = cr_record_get_case_id (CR_RECORD (self->record));
  cr_record_copy_from (CR_RECORD (self->record), CR_RECORD (draft));
  cr_record_set_id (CR_RECORD (self->record), id);
  cr_record_set_case_id (CR_RECORD (self->record), case_id);
  load_widgets (self);
}

static void
regenerate_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CrBriefingDialog *self = CR_BRIEFING_DIALOG (widget);

  if (self->report == NULL || self->busy)
    return;

  cr_dialog_confirm (GTK_WINDOW (self), _("Replace the briefing with a new draft?"),
                     _("The title, the seven parts and the questions are drafted again from the approved findings and the recommendations. What is written now is replaced."),
                     "cancel", _("_Cancel"),
                     "replace", _("_Replace"),
                     G_CALLBACK (on_regenerate_response_cb), self);
}

/*
 * Saving
 */

static void
show_error (CrBriefingDialog *self,
            const char       *what,
            const GError     *error)
{
  cr_dialog_show_error (self->error_bar, self->error_label, what, error);
}

static void
set_busy (GtkWindow *window,
          gboolean   busy)
{
  CrBriefingDialog *self = CR_BRIEFING_DIALOG (window);

  self->busy = busy;
  update_actions (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CrBriefingDialog *self = CR_BRIEFING_DIALOG (widget);
  g_autoptr(CrBriefing) copy = NULL;
  g_autoptr(GError) error = NULL;

  if (self->busy || !is_writable (self))
    return;

  if (!cr_record_validate (CR_RECORD (self->record), &error))
    {
      show_error (self, _("The briefing cannot be saved yet"), error);
      return;
    }

  copy = cr_briefing_new ();
  cr_record_copy_from (CR_RECORD (copy), CR_RECORD (self->record));
  /* On failure everything typed stays: correct it and save again. */
  cr_dialog_save_record (GTK_WINDOW (self), self->db, CR_RECORD (copy), self->cancellable,
                         self->error_bar, self->error_label, _("Could not save the briefing"),
                         set_busy, NULL);
}

/*
 * Closing with changes not saved
 */

static gboolean
cr_briefing_dialog_close_request (GtkWindow *window)
{
  CrBriefingDialog *self = CR_BRIEFING_DIALOG (window);

  if (!self->busy && self->record != NULL && is_writable (self) &&
      cr_dialog_record_changed (CR_RECORD (self->record), CR_RECORD (self->pristine)) &&
      cr_dialog_ask_discard (window, _("What was written in the briefing has not been saved.")))
    return TRUE;

  return GTK_WINDOW_CLASS (cr_briefing_dialog_parent_class)->close_request (window);
}

/*
 * GObject overrides
 */

static void
cr_briefing_dialog_dispose (GObject *object)
{
  CrBriefingDialog *self = CR_BRIEFING_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_BRIEFING_DIALOG);

  G_OBJECT_CLASS (cr_briefing_dialog_parent_class)->dispose (object);
}

static void
cr_briefing_dialog_finalize (GObject *object)
{
  CrBriefingDialog *self = CR_BRIEFING_DIALOG (object);

  g_clear_object (&self->db);
  g_clear_object (&self->record);
  g_clear_object (&self->pristine);
  g_clear_object (&self->report);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (cr_briefing_dialog_parent_class)->finalize (object);
}

static void
cr_briefing_dialog_class_init (CrBriefingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = cr_briefing_dialog_dispose;
  object_class->finalize = cr_briefing_dialog_finalize;
  window_class->close_request = cr_briefing_dialog_close_request;

  /* The briefing as stored. */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CR_TYPE_BRIEFING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-briefing-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CrBriefingDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CrBriefingDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, CrBriefingDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, CrBriefingDialog, error_bar);
  gtk_widget_class_bind_template_child (widget_class, CrBriefingDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, CrBriefingDialog, regenerate_button);
  gtk_widget_class_bind_template_child (widget_class, CrBriefingDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, CrBriefingDialog, parts_box);
  gtk_widget_class_bind_template_child (widget_class, CrBriefingDialog, question_row_1);
  gtk_widget_class_bind_template_child (widget_class, CrBriefingDialog, question_row_2);
  gtk_widget_class_bind_template_child (widget_class, CrBriefingDialog, question_row_3);
  cr_dialog_class_bind_error_bar (widget_class);

  gtk_widget_class_install_action (widget_class, "briefing.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "briefing.regenerate", NULL, regenerate_action);
  cr_dialog_class_add_bindings (widget_class, "briefing.save");
}

static void
cr_briefing_dialog_init (CrBriefingDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->question_rows[0] = self->question_row_1;
  self->question_rows[1] = self->question_row_2;
  self->question_rows[2] = self->question_row_3;

  build_parts (self);

  g_object_set_data (G_OBJECT (self->title_row), "field", (gpointer) "title");
  g_signal_connect (self->title_row, "changed", G_CALLBACK (on_entry_changed_cb), self);
  cr_entry_row_set_accessible_label (GTK_WIDGET (self->title_row), _("Title"));
  for (guint i = 0; i < N_QUESTIONS; i++)
    {
      g_autofree char *label = g_strdup_printf (_("Question %u"), i + 1);

      g_object_set_data (G_OBJECT (self->question_rows[i]), "field", (gpointer) question_fields[i]);
      g_signal_connect (self->question_rows[i], "changed", G_CALLBACK (on_entry_changed_cb), self);
      cr_entry_row_set_accessible_label (GTK_WIDGET (self->question_rows[i]), label);
    }
}

/*
 * Public API
 */

CrBriefingDialog *
cr_briefing_dialog_new (GtkWindow      *parent,
                        CrDatabase     *database,
                        CrBriefing     *briefing,
                        CrReviewReport *report)
{
  CrBriefingDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CR_IS_DATABASE (database), NULL);
  g_return_val_if_fail (CR_IS_BRIEFING (briefing), NULL);
  g_return_val_if_fail (report == NULL || CR_IS_REVIEW_REPORT (report), NULL);

  self = g_object_new (CR_TYPE_BRIEFING_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->db = g_object_ref (database);
  self->report = report != NULL ? g_object_ref (report) : NULL;
  self->record = cr_briefing_new ();
  cr_record_copy_from (CR_RECORD (self->record), CR_RECORD (briefing));
  /* A briefing not stored yet (a fresh draft) is all changes. */
  self->pristine = cr_briefing_new ();
  if (cr_record_get_id (CR_RECORD (briefing)) != 0)
    cr_record_copy_from (CR_RECORD (self->pristine), CR_RECORD (briefing));

  load_widgets (self);
  update_actions (self);
  return self;
}

CrBriefing *
cr_briefing_dialog_get_briefing (CrBriefingDialog *self)
{
  g_return_val_if_fail (CR_IS_BRIEFING_DIALOG (self), NULL);

  return self->record;
}
