/* cr-case-rapid-review-group.c: the rapid review of one case, on its page
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrCaseRapidReviewGroup"

#include "config.h"

#include "cr-case-rapid-review-group.h"

#include "cr-case-group-private.h"
#include "cr-edit-utils.h"
#include "cr-rapid-review-assistant.h"
#include "cr-rr-format.h"
#include "cr-rr-report-preview.h"

#include <glib/gi18n.h>

struct _CrCaseRapidReviewGroup
{
  AdwBin        parent_instance;

  /* Template widgets */
  AdwPreferencesGroup *group;
  AdwActionRow *status_row;
  GtkImage     *status_icon;
  GtkButton    *report_button;
  GtkButton    *assistant_button;

  /* Owned references */
  CrDatabase   *db;
  CrCase       *kase;
  GCancellable *cancellable;    /* loads for the case shown */
  char         *status;
  gint64        loaded_id;      /* the case the status is about */

  guint         stored : 1;     /* a rapid review is recorded */
  guint         has_draft : 1;
};

G_DEFINE_FINAL_TYPE (CrCaseRapidReviewGroup, cr_case_rapid_review_group, ADW_TYPE_BIN)

enum {
  PROP_DATABASE = CR_CASE_GROUP_PROP_DATABASE,
  PROP_CASE = CR_CASE_GROUP_PROP_CASE,
  N_PROPS = CR_CASE_GROUP_N_PROPS
};

enum {
  CASE_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void reload (CrCaseRapidReviewGroup *self);

/*
 * Showing
 */

/* Why the assistant cannot be opened for the case, or NULL. */
static const char *
why_unavailable (CrCaseRapidReviewGroup *self)
{
  CrCaseStatus status;

  if (self->kase == NULL || self->db == NULL)
    return _("No case is open.");

  status = cr_case_get_status (self->kase);
  if (status == CR_CASE_STATUS_NOT_NOTIFIABLE)
    return _("This case was closed as not notifiable, so no rapid review is needed.");
  if (status < CR_CASE_STATUS_NOTIFIED)
    return _("The rapid review starts once the Panel has been notified of the incident.");
  return NULL;
}

static void
set_status (CrCaseRapidReviewGroup *self,
            const char             *title,
            const char             *subtitle,
            const char             *icon)
{
  g_free (self->status);
  self->status = g_strdup (title);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row), title);
  adw_action_row_set_subtitle (self->status_row, subtitle != NULL ? subtitle : "");
  gtk_image_set_from_icon_name (self->status_icon, icon);
}

static void
show_availability (CrCaseRapidReviewGroup *self)
{
  const char *why = why_unavailable (self);
  gboolean active;

  gtk_widget_set_sensitive (GTK_WIDGET (self->assistant_button), why == NULL);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->assistant_button),
                               why != NULL ? why : _("Record the meeting, agency summaries, analysis, decision and sign-off"));

  gtk_widget_set_sensitive (GTK_WIDGET (self->report_button), why == NULL && self->stored);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->report_button),
                               why != NULL ? why
                               : self->stored ? _("Preview the report to the Panel, as last saved, and save it as a PDF")
                               : _("Nothing is recorded for the rapid review yet"));

  /* The suggested action while the rapid review is the work at hand. */
  active = why == NULL &&
           (cr_case_get_status (self->kase) == CR_CASE_STATUS_NOTIFIED ||
            cr_case_get_status (self->kase) == CR_CASE_STATUS_RAPID_REVIEW);
  if (active)
    gtk_widget_add_css_class (GTK_WIDGET (self->assistant_button), "suggested-action");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->assistant_button), "suggested-action");
}

static void
show_rapid_review (CrCaseRapidReviewGroup *self,
                   CrRapidReview          *rr)
{
  const char *why = why_unavailable (self);
  const char *draft_note = self->has_draft
    ? _("There are unsaved changes in a draft: open the rapid review to continue.")
    : NULL;
  g_autofree char *line = NULL;

  self->stored = rr != NULL && cr_record_get_id (CR_RECORD (rr)) != 0;
  show_availability (self);

  if (why != NULL && !self->stored)
    {
      set_status (self, _("Not available yet"), why, "document-edit-symbolic");
      return;
    }

  line = rr != NULL ? cr_rr_status_line (rr) : NULL;
  if (!self->stored || line == NULL)
    set_status (self, _("Not started"),
                draft_note != NULL ? draft_note
                : _("Record the meeting, the agencies’ summaries, the analysis and the partners’ decision within 15 working days of the notification."),
                self->has_draft ? "document-edit-symbolic" : "document-new-symbolic");
  else
    set_status (self, line, draft_note,
                cr_rapid_review_is_signed_off (rr) ? "emblem-ok-symbolic" : "document-edit-symbolic");
}

/*
 * Loading
 */

static void
on_get_rapid_review_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(CrLoadTag) tag = user_data;
  CrCaseRapidReviewGroup *self = CR_CASE_RAPID_REVIEW_GROUP (tag->owner);
  g_autoptr(CrRapidReview) rr = NULL;
  g_autoptr(GError) error = NULL;

  rr = cr_database_get_rapid_review_finish (CR_DATABASE (source), result, &error);
  if (self->kase == NULL || tag->id != cr_case_get_id (self->kase))
    return;

  if (rr == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        set_status (self, _("Could not read the rapid review"), error->message,
                    "dialog-warning-symbolic");
      return;
    }

  show_rapid_review (self, rr);
}

static void
on_list_drafts_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(CrLoadTag) tag = user_data;
  CrCaseRapidReviewGroup *self = CR_CASE_RAPID_REVIEW_GROUP (tag->owner);
  g_autoptr(GPtrArray) drafts = NULL;
  g_autofree char *key = NULL;
  g_autoptr(GError) error = NULL;

  drafts = cr_database_list_drafts_finish (CR_DATABASE (source), result, &error);
  if (self->kase == NULL || tag->id != cr_case_get_id (self->kase))
    return;

  self->has_draft = FALSE;
  key = g_strdup_printf ("%" G_GINT64_FORMAT, tag->id);
  for (guint i = 0; drafts != NULL && i < drafts->len; i++)
    if (g_strcmp0 (((CrDraft *) g_ptr_array_index (drafts, i))->key, key) == 0)
      self->has_draft = TRUE;

  /* Then the rapid review itself, so the status says both. */
  cr_database_get_rapid_review_async (self->db, tag->id, self->cancellable,
                                      on_get_rapid_review_cb,
                                      cr_load_tag_new (self, tag->id));
}

static void
reload (CrCaseRapidReviewGroup *self)
{
  gint64 id = self->kase != NULL ? cr_case_get_id (self->kase) : 0;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  /* Another case: forget what was shown. The same case keeps its status
   * until the new one arrives, so nothing flickers. */
  if (id != self->loaded_id)
    {
      self->stored = FALSE;
      self->has_draft = FALSE;
      self->loaded_id = id;
      show_rapid_review (self, NULL);
    }
  else
    show_availability (self);

  if (self->db == NULL || id == 0)
    return;

  self->cancellable = g_cancellable_new ();
  cr_database_list_drafts_async (self->db, "rapid-review", self->cancellable,
                                 on_list_drafts_cb, cr_load_tag_new (self, id));
}

/*
 * Callbacks
 */

static void
on_assistant_finished_cb (CrRapidReviewAssistant *assistant,
                          CrCaseRapidReviewGroup *self)
{
  CrCase *updated = cr_rapid_review_assistant_get_case (assistant);

  if (updated == NULL)
    return;

  g_signal_emit (self, signals[CASE_CHANGED], 0, updated);
  /* The page hands the updated case back through "case"; reload anyway
   * in case it was the same copy. */
  reload (self);
}

static void
on_assistant_cancelled_cb (CrRapidReviewAssistant *assistant,
                           CrCaseRapidReviewGroup *self)
{
  /* A draft may have been kept: say so. The draft lands shortly after. */
  reload (self);
}

static void
on_assistant_clicked_cb (CrCaseRapidReviewGroup *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  CrRapidReviewAssistant *assistant;

  if (why_unavailable (self) != NULL)
    return;

  assistant = cr_rapid_review_assistant_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                             self->db, self->kase);
  g_signal_connect_object (assistant, "finished", G_CALLBACK (on_assistant_finished_cb), self, 0);
  g_signal_connect_object (assistant, "cancelled", G_CALLBACK (on_assistant_cancelled_cb), self,
                           G_CONNECT_AFTER);
  gtk_window_present (GTK_WINDOW (assistant));
}

static void
on_report_clicked_cb (CrCaseRapidReviewGroup *self)
{
  if (self->kase == NULL || self->db == NULL)
    return;

  cr_rr_report_preview_open (GTK_WIDGET (self->report_button), self->db, self->kase, NULL);
}

/*
 * GObject overrides
 */

static void
cr_case_rapid_review_group_dispose (GObject *object)
{
  CrCaseRapidReviewGroup *self = CR_CASE_RAPID_REVIEW_GROUP (object);

  g_cancellable_cancel (self->cancellable);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_CASE_RAPID_REVIEW_GROUP);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->kase);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cr_case_rapid_review_group_parent_class)->dispose (object);
}

static void
cr_case_rapid_review_group_finalize (GObject *object)
{
  CrCaseRapidReviewGroup *self = CR_CASE_RAPID_REVIEW_GROUP (object);

  g_free (self->status);

  G_OBJECT_CLASS (cr_case_rapid_review_group_parent_class)->finalize (object);
}

static void
cr_case_rapid_review_group_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  CrCaseRapidReviewGroup *self = CR_CASE_RAPID_REVIEW_GROUP (object);

  if (!cr_case_group_get_case_property (self->db, self->kase, prop_id, value))
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cr_case_rapid_review_group_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  CrCaseRapidReviewGroup *self = CR_CASE_RAPID_REVIEW_GROUP (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      cr_case_rapid_review_group_set_database (self, g_value_get_object (value));
      break;

    case PROP_CASE:
      cr_case_rapid_review_group_set_case (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_case_rapid_review_group_class_init (CrCaseRapidReviewGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cr_case_rapid_review_group_dispose;
  object_class->finalize = cr_case_rapid_review_group_finalize;
  object_class->get_property = cr_case_rapid_review_group_get_property;
  object_class->set_property = cr_case_rapid_review_group_set_property;

  cr_case_group_init_case_properties (properties);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CASE_CHANGED] =
    g_signal_new ("case-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CR_TYPE_CASE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-case-rapid-review-group.ui");
  gtk_widget_class_bind_template_child (widget_class, CrCaseRapidReviewGroup, group);
  gtk_widget_class_bind_template_child (widget_class, CrCaseRapidReviewGroup, status_row);
  gtk_widget_class_bind_template_child (widget_class, CrCaseRapidReviewGroup, status_icon);
  gtk_widget_class_bind_template_child (widget_class, CrCaseRapidReviewGroup, report_button);
  gtk_widget_class_bind_template_child (widget_class, CrCaseRapidReviewGroup, assistant_button);
  gtk_widget_class_bind_template_callback (widget_class, on_assistant_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_report_clicked_cb);
}

static void
cr_case_rapid_review_group_init (CrCaseRapidReviewGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  show_rapid_review (self, NULL);
}

/*
 * Public API
 */

GtkWidget *
cr_case_rapid_review_group_new (void)
{
  return g_object_new (CR_TYPE_CASE_RAPID_REVIEW_GROUP, NULL);
}

void
cr_case_rapid_review_group_set_database (CrCaseRapidReviewGroup *self,
                                         CrDatabase             *db)
{
  g_return_if_fail (CR_IS_CASE_RAPID_REVIEW_GROUP (self));
  g_return_if_fail (db == NULL || CR_IS_DATABASE (db));

  if (!g_set_object (&self->db, db))
    return;

  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

void
cr_case_rapid_review_group_set_case (CrCaseRapidReviewGroup *self,
                                     CrCase                 *kase)
{
  gboolean reload_needed;

  g_return_if_fail (CR_IS_CASE_RAPID_REVIEW_GROUP (self));
  g_return_if_fail (kase == NULL || CR_IS_CASE (kase));

  if (self->kase == kase)
    return;

  /* A newer copy of the same case only matters when it changed in the
   * database (the assistant, a transition): not for every redraw. */
  reload_needed = cr_case_group_case_changed (self->kase, kase);

  g_clear_object (&self->kase);
  if (kase != NULL)
    self->kase = cr_case_copy (kase);

  if (reload_needed)
    reload (self);
  else
    show_availability (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE]);
}

const char *
cr_case_rapid_review_group_get_status (CrCaseRapidReviewGroup *self)
{
  g_return_val_if_fail (CR_IS_CASE_RAPID_REVIEW_GROUP (self), NULL);

  return self->status;
}
