/* cr-case-review-group.c: the practice review of one case, on its page
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrCaseReviewGroup"

#include "config.h"

#include "cr-case-review-group.h"

#include "cr-database-chronology.h"
#include "cr-database-review.h"
#include "cr-case-group-private.h"
#include "cr-edit-utils.h"
#include "cr-report-window.h"
#include "cr-review-window.h"

#include <glib/gi18n.h>

/* What the progress line is made of, each read on its own. */
typedef enum
{
  PART_REVIEWERS,
  PART_TERMS,
  PART_EVIDENCE,
  PART_CHRONOLOGY,
  N_PARTS
} Part;

struct _CrCaseReviewGroup
{
  AdwBin        parent_instance;

  /* Template widgets */
  AdwActionRow *progress_row;
  GtkButton    *open_button;

  /* Owned references */
  CrDatabase   *db;
  CrCase       *kase;
  GCancellable *cancellable;
  char         *parts[N_PARTS];
  char         *progress;

  gint64        loaded_id;
  guint         pending;
};

G_DEFINE_FINAL_TYPE (CrCaseReviewGroup, cr_case_review_group, ADW_TYPE_BIN)

enum {
  PROP_DATABASE = CR_CASE_GROUP_PROP_DATABASE,
  PROP_CASE = CR_CASE_GROUP_PROP_CASE,
  N_PROPS = CR_CASE_GROUP_N_PROPS
};

static GParamSpec *properties[N_PROPS];

/*
 * The progress line
 */

static void
show_progress (CrCaseReviewGroup *self)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();

  g_clear_pointer (&self->progress, g_free);

  if (self->pending > 0)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->progress_row),
                                     _("Reading the review…"));
      return;
    }

  for (guint i = 0; i < N_PARTS; i++)
    if (self->parts[i] != NULL)
      g_ptr_array_add (parts, self->parts[i]);
  g_ptr_array_add (parts, NULL);

  self->progress = g_strjoinv (" · ", (char **) parts->pdata);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->progress_row), self->progress);
}

static gboolean
part_done (CrCaseReviewGroup *self,
           const CrLoadTag   *tag,
           Part               part,
           gconstpointer      result,
           const GError      *error)
{
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      self->kase == NULL || tag->id != cr_case_get_id (self->kase))
    return FALSE;

  g_assert (self->pending > 0);
  self->pending--;

  if (result == NULL)
    {
      g_warning ("Could not read part %d of the review of case %" G_GINT64_FORMAT ": %s",
                 part, tag->id, error != NULL ? error->message : "?");
      g_free (self->parts[part]);
      self->parts[part] = g_strdup (_("some of the review could not be read"));
      show_progress (self);
      return FALSE;
    }

  return TRUE;
}

static void
set_part (CrCaseReviewGroup *self,
          Part               part,
          char              *text)
{
  g_free (self->parts[part]);
  self->parts[part] = text;
  show_progress (self);
}

static void
on_reviewers_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(CrLoadTag) tag = user_data;
  CrCaseReviewGroup *self = CR_CASE_REVIEW_GROUP (tag->owner);
  g_autoptr(GPtrArray) reviewers = NULL;
  g_autoptr(GError) error = NULL;
  CrRecord *lead = NULL;

  reviewers = cr_database_list_records_finish (CR_DATABASE (source), result, &error);
  if (!part_done (self, tag, PART_REVIEWERS, reviewers, error))
    return;

  for (guint i = 0; i < reviewers->len && lead == NULL; i++)
    if (g_strcmp0 (cr_record_get (reviewers->pdata[i], "role"), "lead-reviewer") == 0)
      lead = reviewers->pdata[i];

  if (lead != NULL)
    /* Translators: %s is the name of the independent reviewer. */
    set_part (self, PART_REVIEWERS, g_strdup_printf (_("Lead reviewer: %s"), cr_record_get (lead, "name")));
  else if (reviewers->len > 0)
    set_part (self, PART_REVIEWERS,
              g_strdup_printf (ngettext ("%u reviewer, no lead", "%u reviewers, no lead", reviewers->len),
                               reviewers->len));
  else
    set_part (self, PART_REVIEWERS, g_strdup (_("No reviewer appointed yet")));
}

static void
on_terms_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(CrLoadTag) tag = user_data;
  CrCaseReviewGroup *self = CR_CASE_REVIEW_GROUP (tag->owner);
  g_autoptr(GPtrArray) terms = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *agreed = NULL;

  terms = cr_database_list_records_finish (CR_DATABASE (source), result, &error);
  if (!part_done (self, tag, PART_TERMS, terms, error))
    return;

  if (terms->len > 0)
    agreed = cr_record_dup_date_label (terms->pdata[0], "agreed-date");

  if (agreed != NULL)
    /* Translators: %s is a date, "3 March 2026". */
    set_part (self, PART_TERMS, g_strdup_printf (_("Terms agreed %s"), agreed));
  else if (terms->len > 0)
    set_part (self, PART_TERMS, g_strdup (_("Terms of reference not agreed yet")));
  else
    set_part (self, PART_TERMS, g_strdup (_("No terms of reference yet")));
}

static void
on_evidence_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(CrLoadTag) tag = user_data;
  CrCaseReviewGroup *self = CR_CASE_REVIEW_GROUP (tag->owner);
  g_autoptr(GPtrArray) requests = NULL;
  g_autoptr(GError) error = NULL;
  guint received = 0, overdue = 0;
  g_autofree char *text = NULL;

  requests = cr_database_list_records_finish (CR_DATABASE (source), result, &error);
  if (!part_done (self, tag, PART_EVIDENCE, requests, error))
    return;

  if (requests->len == 0)
    {
      set_part (self, PART_EVIDENCE, g_strdup (_("No evidence requested yet")));
      return;
    }

  for (guint i = 0; i < requests->len; i++)
    switch (cr_evidence_request_get_state (requests->pdata[i], NULL))
      {
      case CR_EVIDENCE_RECEIVED:
      case CR_EVIDENCE_RECEIVED_LATE:
        received++;
        break;
      case CR_EVIDENCE_OVERDUE:
        overdue++;
        break;
      case CR_EVIDENCE_NOT_REQUESTED:
      case CR_EVIDENCE_REQUESTED:
      case CR_EVIDENCE_DUE_SOON:
      default:
        break;
      }

  /* Translators: "3 of 8 evidence items received". */
  text = g_strdup_printf (ngettext ("%u of %u evidence item received",
                                    "%u of %u evidence items received", requests->len),
                          received, requests->len);
  if (overdue > 0)
    /* Translators: appended to "3 of 8 evidence items received". */
    set_part (self, PART_EVIDENCE, g_strdup_printf (ngettext ("%s, %u overdue", "%s, %u overdue", overdue),
                                                    text, overdue));
  else
    set_part (self, PART_EVIDENCE, g_steal_pointer (&text));
}

static void
on_chronology_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(CrLoadTag) tag = user_data;
  CrCaseReviewGroup *self = CR_CASE_REVIEW_GROUP (tag->owner);
  g_autoptr(GError) error = NULL;
  g_autofree char *entries = NULL;
  g_autofree char *agencies = NULL;
  guint n_entries = 0, n_agencies = 0, n_rejects = 0;
  gboolean counted;

  /* Counted by the database: the chronology itself may be large. */
  counted = cr_database_count_chronology_finish (CR_DATABASE (source), result,
                                                 &n_entries, &n_agencies, &n_rejects, &error);
  if (!part_done (self, tag, PART_CHRONOLOGY, counted ? self : NULL, error))
    return;

  if (n_entries == 0 && n_rejects == 0)
    {
      set_part (self, PART_CHRONOLOGY, g_strdup (_("No chronology imported yet")));
      return;
    }

  entries = g_strdup_printf (ngettext ("%u chronology entry", "%u chronology entries", n_entries),
                             n_entries);
  if (n_agencies > 0)
    /* Translators: appended to "120 chronology entries". */
    agencies = g_strdup_printf (ngettext ("%s from %u agency", "%s from %u agencies", n_agencies),
                                entries, n_agencies);
  else
    agencies = g_steal_pointer (&entries);

  if (n_rejects > 0)
    /* Translators: appended to "120 chronology entries from 3 agencies":
     * rows of the agencies' files that could not be read, kept to be
     * corrected. */
    set_part (self, PART_CHRONOLOGY,
              g_strdup_printf (ngettext ("%s, %u row set aside", "%s, %u rows set aside", n_rejects),
                               agencies, n_rejects));
  else
    set_part (self, PART_CHRONOLOGY, g_steal_pointer (&agencies));
}

/*
 * Loading
 */

static void
reload (CrCaseReviewGroup *self)
{
  gint64 id = self->kase != NULL ? cr_case_get_id (self->kase) : 0;
  gboolean relevant = self->kase != NULL && cr_case_review_group_is_relevant (self->kase);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->pending = 0;

  gtk_widget_set_visible (GTK_WIDGET (self), relevant);

  /* The suggested action while the review is the work at hand. */
  if (relevant && cr_case_get_status (self->kase) >= CR_CASE_STATUS_LCSPR_COMMISSIONING &&
      cr_case_get_status (self->kase) <= CR_CASE_STATUS_PAUSED)
    gtk_widget_add_css_class (GTK_WIDGET (self->open_button), "suggested-action");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->open_button), "suggested-action");

  /* Another case: nothing of the last one stays. The same case keeps its
   * line until the new one is read, so nothing flickers. */
  if (id != self->loaded_id)
    {
      for (guint i = 0; i < N_PARTS; i++)
        g_clear_pointer (&self->parts[i], g_free);
      self->loaded_id = id;
    }

  if (self->db == NULL || id == 0 || !relevant)
    return;

  self->cancellable = g_cancellable_new ();
  self->pending = N_PARTS;
  if (self->parts[PART_REVIEWERS] == NULL)
    show_progress (self);

  cr_database_list_records_async (self->db, CR_TYPE_REVIEWER, id, self->cancellable,
                                  on_reviewers_cb, cr_load_tag_new (self, id));
  cr_database_list_records_async (self->db, CR_TYPE_TERMS_OF_REFERENCE, id, self->cancellable,
                                  on_terms_cb, cr_load_tag_new (self, id));
  cr_database_list_records_async (self->db, CR_TYPE_EVIDENCE_REQUEST, id, self->cancellable,
                                  on_evidence_cb, cr_load_tag_new (self, id));
  cr_database_count_chronology_async (self->db, id, self->cancellable,
                                      on_chronology_cb, cr_load_tag_new (self, id));
}

static GtkApplication *
get_application (CrCaseReviewGroup *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkApplication *application = NULL;

  if (GTK_IS_WINDOW (root))
    application = gtk_window_get_application (GTK_WINDOW (root));
  if (application == NULL && GTK_IS_APPLICATION (g_application_get_default ()))
    application = GTK_APPLICATION (g_application_get_default ());
  return application;
}

static void
on_open_clicked_cb (CrCaseReviewGroup *self)
{
  cr_case_review_group_open (self);
}

static void
on_report_clicked_cb (CrCaseReviewGroup *self)
{
  cr_case_review_group_open_report (self);
}

/*
 * GObject overrides
 */

static void
cr_case_review_group_dispose (GObject *object)
{
  CrCaseReviewGroup *self = CR_CASE_REVIEW_GROUP (object);

  g_cancellable_cancel (self->cancellable);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_CASE_REVIEW_GROUP);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->kase);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cr_case_review_group_parent_class)->dispose (object);
}

static void
cr_case_review_group_finalize (GObject *object)
{
  CrCaseReviewGroup *self = CR_CASE_REVIEW_GROUP (object);

  for (guint i = 0; i < N_PARTS; i++)
    g_free (self->parts[i]);
  g_free (self->progress);

  G_OBJECT_CLASS (cr_case_review_group_parent_class)->finalize (object);
}

static void
cr_case_review_group_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CrCaseReviewGroup *self = CR_CASE_REVIEW_GROUP (object);

  if (!cr_case_group_get_case_property (self->db, self->kase, prop_id, value))
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cr_case_review_group_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  CrCaseReviewGroup *self = CR_CASE_REVIEW_GROUP (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      cr_case_review_group_set_database (self, g_value_get_object (value));
      break;

    case PROP_CASE:
      cr_case_review_group_set_case (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_case_review_group_class_init (CrCaseReviewGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cr_case_review_group_dispose;
  object_class->finalize = cr_case_review_group_finalize;
  object_class->get_property = cr_case_review_group_get_property;
  object_class->set_property = cr_case_review_group_set_property;

  cr_case_group_init_case_properties (properties);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-case-review-group.ui");
  gtk_widget_class_bind_template_child (widget_class, CrCaseReviewGroup, progress_row);
  gtk_widget_class_bind_template_child (widget_class, CrCaseReviewGroup, open_button);
  gtk_widget_class_bind_template_callback (widget_class, on_open_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_report_clicked_cb);
}

static void
cr_case_review_group_init (CrCaseReviewGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

/*
 * Public API
 */

GtkWidget *
cr_case_review_group_new (void)
{
  return g_object_new (CR_TYPE_CASE_REVIEW_GROUP, NULL);
}

void
cr_case_review_group_set_database (CrCaseReviewGroup *self,
                                   CrDatabase        *db)
{
  g_return_if_fail (CR_IS_CASE_REVIEW_GROUP (self));
  g_return_if_fail (db == NULL || CR_IS_DATABASE (db));

  if (!g_set_object (&self->db, db))
    return;

  self->loaded_id = 0;
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

void
cr_case_review_group_set_case (CrCaseReviewGroup *self,
                               CrCase            *kase)
{
  gboolean reload_needed;

  g_return_if_fail (CR_IS_CASE_REVIEW_GROUP (self));
  g_return_if_fail (kase == NULL || CR_IS_CASE (kase));

  if (self->kase == kase)
    return;

  /* A newer copy of the same case matters only when it changed. */
  reload_needed = cr_case_group_case_changed (self->kase, kase) ||
                  cr_case_get_review_type (self->kase) != cr_case_get_review_type (kase);

  g_clear_object (&self->kase);
  if (kase != NULL)
    self->kase = cr_case_copy (kase);

  if (reload_needed)
    {
      CrReviewWindow *window = NULL;

      reload (self);
      /* Changed here (a status, a pseudonym): its review window follows. */
      if (self->kase != NULL && self->db != NULL)
        window = cr_review_window_find (get_application (self), self->db, cr_case_get_id (self->kase));
      if (window != NULL)
        cr_review_window_set_case (window, self->kase);
      /* And its report window, which tells nobody else. */
      if (self->kase != NULL && self->db != NULL)
        {
          CrReportWindow *report = cr_report_window_find (get_application (self), self->db,
                                                          cr_case_get_id (self->kase));

          if (report != NULL)
            g_object_set (report, "case", self->kase, NULL);
        }
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE]);
}

const char *
cr_case_review_group_get_progress (CrCaseReviewGroup *self)
{
  g_return_val_if_fail (CR_IS_CASE_REVIEW_GROUP (self), NULL);

  return self->progress;
}

void
cr_case_review_group_open (CrCaseReviewGroup *self)
{
  g_return_if_fail (CR_IS_CASE_REVIEW_GROUP (self));

  if (self->db == NULL || self->kase == NULL)
    return;

  cr_review_window_open (get_application (self), self->db, self->kase);
}

void
cr_case_review_group_open_report (CrCaseReviewGroup *self)
{
  g_return_if_fail (CR_IS_CASE_REVIEW_GROUP (self));

  if (self->db == NULL || self->kase == NULL)
    return;

  cr_report_window_open (get_application (self), self->db, self->kase);
}

gboolean
cr_case_review_group_is_relevant (CrCase *kase)
{
  CrCaseStatus status;
  CrReviewType type;

  g_return_val_if_fail (CR_IS_CASE (kase), FALSE);

  status = cr_case_get_status (kase);
  type = cr_case_get_review_type (kase);

  /* From commissioning to dissemination, pauses and publication included. */
  if (status >= CR_CASE_STATUS_LCSPR_COMMISSIONING && status <= CR_CASE_STATUS_DISSEMINATION)
    return TRUE;

  /* Decided on, or done with. */
  if (status == CR_CASE_STATUS_RAPID_REVIEW_DECISION || status == CR_CASE_STATUS_AWAITING_PANEL)
    return type == CR_REVIEW_TYPE_LCSPR;
  if (status == CR_CASE_STATUS_CLOSED)
    return type == CR_REVIEW_TYPE_LCSPR || type == CR_REVIEW_TYPE_LEGACY_SCR;

  return FALSE;
}
