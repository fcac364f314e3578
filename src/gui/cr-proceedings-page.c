/* cr-proceedings-page.c: parallel proceedings and the pause of the review
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrProceedingsPage"

#include "config.h"

#include "cr-proceedings-page.h"

#include "cr-case-status.h"
#include "cr-database-review.h"
#include "cr-deadline.h"
#include "cr-edit-utils.h"
#include "cr-form-dialog.h"
#include "cr-record-list-group.h"
#include "cr-review-window.h"
#include "cr-window.h"
#include "cr-util.h"

#include <glib/gi18n.h>

struct _CrProceedingsPage
{
  CrReviewPage       parent_instance;

  /* Template widgets */
  AdwActionRow      *status_row;
  GtkImage          *status_icon;
  GtkButton         *pause_button;
  GtkButton         *resume_button;
  GtkBox            *processes_box;
  GtkListBox        *pauses_list;

  /* Built in init */
  CrRecordListGroup *processes_group;

  /* Owned references */
  GPtrArray         *pauses;          /* CrCasePause, oldest first */
};

G_DEFINE_FINAL_TYPE (CrProceedingsPage, cr_proceedings_page, CR_TYPE_REVIEW_PAGE)

enum {
  CASE_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const pause_fields[] = { "reason", "started", "look-again", "process-id", NULL };
static const char * const pause_required[] = { "reason", "started", NULL };
static const char * const resume_fields[] = { "ended", NULL };

static gboolean
is_paused (CrProceedingsPage *self)
{
  CrCase *kase = cr_review_page_get_case (CR_REVIEW_PAGE (self));

  return kase != NULL && cr_case_get_status (kase) == CR_CASE_STATUS_PAUSED;
}

static CrCasePause *
find_open_pause (CrProceedingsPage *self)
{
  for (guint i = 0; self->pauses != NULL && i < self->pauses->len; i++)
    if (cr_case_pause_is_open (g_ptr_array_index (self->pauses, i)))
      return g_ptr_array_index (self->pauses, i);
  return NULL;
}

static char *
today_iso (void)
{
  GDate today;

  cr_date_set_today (&today);
  return cr_date_to_iso (&today);
}

/*
 * Pills of the processes
 */

static char *
process_status (CrRecord    *record,
                const char **css_class,
                gpointer     user_data)
{
  const char *status = cr_record_get (record, "status");
  const char *label;

  if (status == NULL)
    return NULL;

  label = cr_record_field_get_choice_label (cr_record_find_field (record, "status"), status);
  if (g_str_equal (status, "ongoing"))
    *css_class = "warning";
  else if (g_str_equal (status, "concluded"))
    *css_class = "success";
  else
    *css_class = "dim-label";

  return g_strdup (label != NULL ? label : status);
}

static void
init_process (CrRecord *record,
              gpointer  user_data)
{
  cr_record_set (record, "status", "ongoing");
}

/*
 * Showing
 */

static void
show_status (CrProceedingsPage *self)
{
  CrCase *kase = cr_review_page_get_case (CR_REVIEW_PAGE (self));
  CrCasePause *open = find_open_pause (self);
  gboolean writable = cr_review_page_is_writable (CR_REVIEW_PAGE (self));
  gboolean paused = is_paused (self);
  gboolean overdue = FALSE;

  gtk_widget_remove_css_class (GTK_WIDGET (self->status_row), "warning");
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_icon), "warning");

  if (kase == NULL)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row), _("No case is open"));
      adw_action_row_set_subtitle (self->status_row, "");
    }
  else if (paused)
    {
      const char *started = open != NULL ? cr_record_get (CR_RECORD (open), "started") : NULL;
      const char *reason = open != NULL ? cr_record_get (CR_RECORD (open), "reason") : NULL;
      const char *look_again = open != NULL ? cr_record_get (CR_RECORD (open), "look-again") : NULL;
      g_autofree char *title = NULL;
      g_autofree char *started_label = started != NULL ? cr_deadline_format_long_date (started) : NULL;
      g_autofree char *look_label = look_again != NULL ? cr_deadline_format_long_date (look_again) : NULL;
      g_autofree char *today = today_iso ();
      g_autoptr(GString) subtitle = g_string_new (NULL);

      if (started_label != NULL)
        /* Translators: "Paused since 3 March 2026" */
        title = g_strdup_printf (_("Paused since %s"), started_label);
      else
        title = g_strdup (_("Paused"));

      /* Whole sentences one after the other: the reason, ended with a full
       * stop if it has none, then the date to look again. */
      if (reason != NULL)
        {
          g_autofree char *stripped = g_strstrip (g_strdup (reason));

          g_string_append (subtitle, stripped);
          if (subtitle->len > 0 && !g_str_has_suffix (subtitle->str, ".") &&
              !g_str_has_suffix (subtitle->str, "!") && !g_str_has_suffix (subtitle->str, "?"))
            g_string_append_c (subtitle, '.');
        }
      if (look_label != NULL)
        {
          overdue = g_strcmp0 (look_again, today) < 0;
          if (subtitle->len > 0)
            g_string_append_c (subtitle, ' ');
          if (overdue)
            /* Translators: "The date to look again, 1 June 2026, has passed." */
            g_string_append_printf (subtitle, _("The date to look again, %s, has passed."), look_label);
          else
            /* Translators: "Look again on 1 June 2026." */
            g_string_append_printf (subtitle, _("Look again on %s."), look_label);
        }
      if (subtitle->len > 0)
        g_string_append_c (subtitle, ' ');
      g_string_append (subtitle, _("The review’s deadlines stand still until it resumes."));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row), title);
      adw_action_row_set_subtitle (self->status_row, subtitle->str);
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row),
                                     _("The review’s clocks are running"));
      adw_action_row_set_subtitle (self->status_row,
                                   cr_case_status_can_pause (cr_case_get_status (kase))
                                   ? _("Pause the review when parallel proceedings, such as a criminal trial or an inquest, must come first.")
                                   : _("The review cannot be paused at this stage of the case."));
    }

  gtk_image_set_from_icon_name (self->status_icon,
                                paused ? (overdue ? "dialog-warning-symbolic" : "media-playback-pause-symbolic")
                                : "media-playback-start-symbolic");
  if (overdue)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->status_row), "warning");
      gtk_widget_add_css_class (GTK_WIDGET (self->status_icon), "warning");
    }

  gtk_widget_set_visible (GTK_WIDGET (self->pause_button), !paused);
  gtk_widget_set_visible (GTK_WIDGET (self->resume_button), paused);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "proceedings.pause",
                                 writable && !paused &&
                                 cr_case_status_can_pause (cr_case_get_status (kase)));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "proceedings.resume", writable && paused);
}

static void
show_pauses (CrProceedingsPage *self)
{
  GtkWidget *child, *row;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->pauses_list))) != NULL)
    gtk_list_box_remove (self->pauses_list, child);

  if (self->pauses == NULL || self->pauses->len == 0)
    {
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("The review has not been paused"));
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->pauses_list, row);
      return;
    }

  /* Newest first: the one that matters now on top. */
  for (guint i = self->pauses->len; i > 0; i--)
    {
      CrRecord *pause = g_ptr_array_index (self->pauses, i - 1);
      g_autofree char *title = cr_record_dup_title (pause);
      g_autofree char *subtitle = cr_record_dup_subtitle (pause);

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title != NULL ? title : "");
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : "");
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_list_box_append (self->pauses_list, row);
    }
}

/*
 * Loading
 */

static void
show_pauses_loaded (CrReviewPage *page,
                    GPtrArray    *pauses,
                    const GError *error)
{
  CrProceedingsPage *self = CR_PROCEEDINGS_PAGE (page);

  g_clear_pointer (&self->pauses, g_ptr_array_unref);
  self->pauses = g_ptr_array_ref (pauses);
  show_status (self);
  show_pauses (self);
}

static void
cr_proceedings_page_reload (CrReviewPage *page,
                            gboolean      new_case)
{
  CrProceedingsPage *self = CR_PROCEEDINGS_PAGE (page);

  if (new_case)
    {
      g_clear_pointer (&self->pauses, g_ptr_array_unref);
      show_pauses (self);
    }
  show_status (self);

  cr_review_page_list_records (page, CR_TYPE_CASE_PAUSE, _("Could not read the pauses"),
                               show_pauses_loaded);
}

/* The case moved (paused or resumed): this page, the review window and
 * whoever listens (the main window's register) follow. */
static void
case_updated (CrProceedingsPage *self,
              CrCase            *updated)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(CrCase) kase = g_object_ref (updated);

  GtkApplication *application = GTK_IS_WINDOW (root) ? gtk_window_get_application (GTK_WINDOW (root)) : NULL;

  cr_review_page_set_case (CR_REVIEW_PAGE (self), kase);
  g_signal_emit (self, signals[CASE_CHANGED], 0, kase);
  if (CR_IS_REVIEW_WINDOW (root))
    cr_review_window_set_case (CR_REVIEW_WINDOW (root), kase);

  /* The register and the case's page in the main window of this database. */
  for (GList *l = application != NULL ? gtk_application_get_windows (application) : NULL;
       l != NULL; l = l->next)
    if (CR_IS_WINDOW (l->data) &&
        cr_window_get_database (l->data) == cr_review_page_get_database (CR_REVIEW_PAGE (self)))
      cr_window_update_case (l->data, kase);
}

/*
 * Pause and resume
 */

typedef CrCase *(*CaseMoveFinish) (CrDatabase    *db,
                                   GAsyncResult  *result,
                                   GError       **error);

/* The pause or the resume is stored (or the dialog shows why not). */
static void
case_moved (CrFormDialog   *dialog,
            CaseMoveFinish  finish,
            GObject        *source,
            GAsyncResult   *result)
{
  CrProceedingsPage *self = g_object_get_data (G_OBJECT (dialog), "page");
  g_autoptr(CrCase) updated = NULL;
  g_autoptr(GError) error = NULL;

  updated = finish (CR_DATABASE (source), result, &error);
  cr_form_dialog_finish (dialog, error);
  if (updated != NULL && cr_case_get_id (updated) == cr_review_page_get_case_id (CR_REVIEW_PAGE (self)))
    case_updated (self, updated);
}

/* FALSE, with the dialog told why, when the case has closed meanwhile. */
static gboolean
case_still_open (CrProceedingsPage *self,
                 CrFormDialog      *dialog)
{
  g_autoptr(GError) error = NULL;

  if (cr_review_page_get_database (CR_REVIEW_PAGE (self)) != NULL &&
      cr_review_page_get_case_id (CR_REVIEW_PAGE (self)) != 0)
    return TRUE;

  error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CLOSED, _("The case is no longer open."));
  cr_form_dialog_finish (dialog, error);
  return FALSE;
}

static void
on_pause_case_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(CrFormDialog) dialog = user_data;

  case_moved (dialog, cr_database_pause_case_finish, source, result);
}

static void
on_pause_accepted_cb (CrFormDialog      *dialog,
                      CrProceedingsPage *self)
{
  CrRecord *pause = cr_form_dialog_get_record (dialog);
  const char *process = cr_record_get (pause, "process-id");
  CrDatabase *db = cr_review_page_get_database (CR_REVIEW_PAGE (self));
  gint64 id = cr_review_page_get_case_id (CR_REVIEW_PAGE (self));

  if (!case_still_open (self, dialog))
    return;

  cr_database_pause_case_async (db, id,
                                cr_record_get (pause, "started"),
                                cr_record_get (pause, "reason"),
                                cr_record_get (pause, "look-again"),
                                process != NULL ? g_ascii_strtoll (process, NULL, 10) : 0,
                                NULL, on_pause_case_cb, g_object_ref (dialog));
}

static void
pause_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  CrProceedingsPage *self = CR_PROCEEDINGS_PAGE (widget);
  g_autoptr(CrCasePause) pause = cr_case_pause_new ();
  g_autofree char *today = today_iso ();
  CrDatabase *db = cr_review_page_get_database (CR_REVIEW_PAGE (self));
  gint64 id = cr_review_page_get_case_id (CR_REVIEW_PAGE (self));
  CrFormDialog *dialog;

  if (id == 0 || db == NULL || is_paused (self))
    return;

  cr_record_set_case_id (CR_RECORD (pause), id);
  cr_record_set (CR_RECORD (pause), "started", today);

  dialog = cr_form_dialog_new (cr_review_page_get_window (CR_REVIEW_PAGE (self)), db,
                               CR_RECORD (pause), _("Pause the Review"), _("_Pause"),
                               pause_fields, pause_required);
  cr_form_dialog_set_description (dialog,
                                  _("While the review is paused its deadlines stand still. Say why, and when to look at it again."));
  g_object_set_data_full (G_OBJECT (dialog), "page", g_object_ref (self), g_object_unref);
  g_signal_connect_object (dialog, "accepted", G_CALLBACK (on_pause_accepted_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_resume_case_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(CrFormDialog) dialog = user_data;

  case_moved (dialog, cr_database_resume_case_finish, source, result);
}

static void
on_resume_accepted_cb (CrFormDialog      *dialog,
                       CrProceedingsPage *self)
{
  CrRecord *pause = cr_form_dialog_get_record (dialog);
  CrDatabase *db = cr_review_page_get_database (CR_REVIEW_PAGE (self));
  gint64 id = cr_review_page_get_case_id (CR_REVIEW_PAGE (self));

  if (!case_still_open (self, dialog))
    return;

  cr_database_resume_case_async (db, id, cr_record_get (pause, "ended"),
                                 NULL, on_resume_case_cb, g_object_ref (dialog));
}

static void
resume_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CrProceedingsPage *self = CR_PROCEEDINGS_PAGE (widget);
  CrCasePause *open = find_open_pause (self);
  g_autoptr(CrCasePause) pause = cr_case_pause_new ();
  g_autofree char *today = today_iso ();
  g_autofree char *description = NULL;
  CrDatabase *db = cr_review_page_get_database (CR_REVIEW_PAGE (self));
  gint64 id = cr_review_page_get_case_id (CR_REVIEW_PAGE (self));
  CrFormDialog *dialog;

  if (id == 0 || db == NULL || !is_paused (self))
    return;

  if (open != NULL)
    cr_record_copy_from (CR_RECORD (pause), CR_RECORD (open));
  cr_record_set_case_id (CR_RECORD (pause), id);
  cr_record_set (CR_RECORD (pause), "ended", today);

  dialog = cr_form_dialog_new (cr_review_page_get_window (CR_REVIEW_PAGE (self)), db,
                               CR_RECORD (pause), _("Resume the Review"), _("_Resume"),
                               resume_fields, resume_fields);
  if (open != NULL && cr_record_has (CR_RECORD (open), "started"))
    {
      g_autofree char *started = cr_record_dup_date_label (CR_RECORD (open), "started");

      /* Translators: "Paused since 3 March 2026. The review moves back to the stage it was paused at, and its deadlines run again from the day it resumes." */
      description = g_strdup_printf (_("Paused since %s. The review moves back to the stage it was paused at, and its deadlines run again from the day it resumes."),
                                     started);
    }
  else
    description = g_strdup (_("The review moves back to the stage it was paused at, and its deadlines run again from the day it resumes."));
  cr_form_dialog_set_description (dialog, description);
  g_object_set_data_full (G_OBJECT (dialog), "page", g_object_ref (self), g_object_unref);
  g_signal_connect_object (dialog, "accepted", G_CALLBACK (on_resume_accepted_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/*
 * GObject overrides
 */

static void
cr_proceedings_page_dispose (GObject *object)
{
  CrProceedingsPage *self = CR_PROCEEDINGS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_PROCEEDINGS_PAGE);

  g_clear_pointer (&self->pauses, g_ptr_array_unref);

  G_OBJECT_CLASS (cr_proceedings_page_parent_class)->dispose (object);
}

static void
cr_proceedings_page_class_init (CrProceedingsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CrReviewPageClass *page_class = CR_REVIEW_PAGE_CLASS (klass);

  object_class->dispose = cr_proceedings_page_dispose;

  page_class->reload = cr_proceedings_page_reload;

  /* The case as stored after a pause or a resume. */
  signals[CASE_CHANGED] =
    g_signal_new ("case-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CR_TYPE_CASE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-proceedings-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CrProceedingsPage, status_row);
  gtk_widget_class_bind_template_child (widget_class, CrProceedingsPage, status_icon);
  gtk_widget_class_bind_template_child (widget_class, CrProceedingsPage, pause_button);
  gtk_widget_class_bind_template_child (widget_class, CrProceedingsPage, resume_button);
  gtk_widget_class_bind_template_child (widget_class, CrProceedingsPage, processes_box);
  gtk_widget_class_bind_template_child (widget_class, CrProceedingsPage, pauses_list);

  gtk_widget_class_install_action (widget_class, "proceedings.pause", NULL, pause_action);
  gtk_widget_class_install_action (widget_class, "proceedings.resume", NULL, resume_action);
}

static void
cr_proceedings_page_init (CrProceedingsPage *self)
{
  GtkWidget *group;

  gtk_widget_init_template (GTK_WIDGET (self));

  group = cr_record_list_group_new (CR_TYPE_PARALLEL_PROCESS, _("Parallel Proceedings"),
                                    _("Add Proceeding"), _("No parallel proceedings recorded"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("A criminal trial, an inquest, family proceedings or an IOPC investigation running alongside the review."));
  self->processes_group = CR_RECORD_LIST_GROUP (group);
  gtk_box_append (self->processes_box, group);
  cr_review_page_add_list_group (CR_REVIEW_PAGE (self), self->processes_group);
  cr_record_list_group_set_status_func (self->processes_group, process_status, self);
  cr_record_list_group_set_init_func (self->processes_group, init_process, self);

  show_status (self);
  show_pauses (self);
}

/*
 * Public API
 */

GtkWidget *
cr_proceedings_page_new (void)
{
  return g_object_new (CR_TYPE_PROCEEDINGS_PAGE, NULL);
}
