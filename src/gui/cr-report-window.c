/* cr-report-window.c: the window where a case's report is written,
 * checked and published
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrReportWindow"

#include "config.h"

#include "cr-report-window.h"

#include "cr-edit-utils.h"
#include "cr-findings-page.h"
#include "cr-anonymisation-page.h"
#include "cr-case-window-util.h"
#include "cr-publication-page.h"
#include "cr-report-draft-page.h"
#include "cr-report-window-private.h"
#include "cr-review-window.h"
#include "cr-window.h"

#include <glib/gi18n.h>

G_DEFINE_FINAL_TYPE (CrReportWindow, cr_report_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_CASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  REPORT_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The pages, in the order of the switcher and of Alt+1…Alt+4. */
static const char * const page_names[] = {
  "draft", "findings", "check", "publication", NULL
};

/*
 * Showing the case
 */

static void
update_title (CrReportWindow *self)
{
  cr_case_window_show_title (GTK_WINDOW (self), self->switcher_title, self->reference_label,
                             self->pseudonym_label, self->kase, _("Report"));
}

/* Keeps our own copy; FALSE when it is the one we have already. */
static gboolean
take_case (CrReportWindow *self,
           CrCase         *kase)
{
  if (self->kase == kase)
    return FALSE;

  /* The copy we have already (the update came back round). */
  if (cr_case_window_same_case (self->kase, kase))
    return FALSE;

  g_clear_object (&self->kase);
  if (kase != NULL)
    self->kase = cr_case_copy (kase);

  update_title (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE]);
  return TRUE;
}

/*
 * Actions
 */

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  cr_report_window_show_page (CR_REPORT_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
preview_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  _cr_report_window_preview (CR_REPORT_WINDOW (widget));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  _cr_report_window_export (CR_REPORT_WINDOW (widget));
}

static void
open_review_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CrReportWindow *self = CR_REPORT_WINDOW (widget);

  if (self->db == NULL || self->kase == NULL)
    return;

  cr_review_window_open (gtk_window_get_application (GTK_WINDOW (self)), self->db, self->kase);
}

void
_cr_report_window_save_typing (CrReportWindow *self)
{
  if (self->draft_page != NULL)
    cr_report_draft_page_save_now (self->draft_page);
}

/*
 * GObject overrides
 */

static gboolean
cr_report_window_close_request (GtkWindow *window)
{
  CrReportWindow *self = CR_REPORT_WINDOW (window);

  /* The last words typed are written before the window goes. */
  _cr_report_window_save_typing (self);

  cr_case_window_save_size (window, self->settings, "report-window");

  return GTK_WINDOW_CLASS (cr_report_window_parent_class)->close_request (window);
}

static void
cr_report_window_dispose (GObject *object)
{
  CrReportWindow *self = CR_REPORT_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  _cr_report_window_export_dispose (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_REPORT_WINDOW);
  self->draft_page = NULL;

  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);
  g_clear_object (&self->kase);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cr_report_window_parent_class)->dispose (object);
}

static void
cr_report_window_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CrReportWindow *self = CR_REPORT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->db);
      break;

    case PROP_CASE:
      g_value_set_object (value, self->kase);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_report_window_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CrReportWindow *self = CR_REPORT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      /* One database for the life of the window. */
      g_set_object (&self->db, g_value_get_object (value));
      break;

    case PROP_CASE:
      /* Told by another window: nobody else to tell. */
      take_case (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_report_window_class_init (CrReportWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = cr_report_window_dispose;
  object_class->get_property = cr_report_window_get_property;
  object_class->set_property = cr_report_window_set_property;
  window_class->close_request = cr_report_window_close_request;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         CR_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CASE] =
    g_param_spec_object ("case", NULL, NULL,
                         CR_TYPE_CASE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CrReportWindow::report-changed:
   *
   * A page changed the report's stored text or records: every page
   * reloads what it shows.
   */
  signals[REPORT_CHANGED] = g_signal_new ("report-changed",
                                          G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-report-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CrReportWindow, case_title);
  gtk_widget_class_bind_template_child (widget_class, CrReportWindow, reference_label);
  gtk_widget_class_bind_template_child (widget_class, CrReportWindow, pseudonym_label);
  gtk_widget_class_bind_template_child (widget_class, CrReportWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, CrReportWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CrReportWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, CrReportWindow, draft_page);

  gtk_widget_class_install_action (widget_class, "report.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "report.preview", NULL, preview_action);
  gtk_widget_class_install_action (widget_class, "report.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "report.open-review", NULL, open_review_action);

  for (guint i = 0; page_names[i] != NULL; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "report.show-page", "s", page_names[i]);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "report.preview", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "report.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);

  g_type_ensure (CR_TYPE_REPORT_DRAFT_PAGE);
  g_type_ensure (CR_TYPE_FINDINGS_PAGE);
  g_type_ensure (CR_TYPE_ANONYMISATION_PAGE);
  g_type_ensure (CR_TYPE_PUBLICATION_PAGE);
}

static void
cr_report_window_init (CrReportWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();

  g_object_bind_property (self->switcher_title, "title-visible",
                          self->case_title, "visible",
                          G_BINDING_SYNC_CREATE | G_BINDING_INVERT_BOOLEAN);

  self->settings = cr_dup_settings ();
  cr_case_window_restore_size (GTK_WINDOW (self), self->settings, "report-window");

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  update_title (self);
}

/*
 * Public API
 */

CrReportWindow *
cr_report_window_open (GtkApplication *application,
                       CrDatabase     *database,
                       CrCase         *kase)
{
  CrReportWindow *self;

  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (CR_IS_DATABASE (database), NULL);
  g_return_val_if_fail (CR_IS_CASE (kase), NULL);

  /* One window per case of this database. */
  self = cr_report_window_find (application, database, cr_case_get_id (kase));
  if (self != NULL)
    {
      take_case (self, kase);
      gtk_window_present (GTK_WINDOW (self));
      return self;
    }

  self = g_object_new (CR_TYPE_REPORT_WINDOW,
                       "application", application,
                       "database", database,
                       "case", kase,
                       NULL);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}

CrCase *
cr_report_window_get_case (CrReportWindow *self)
{
  g_return_val_if_fail (CR_IS_REPORT_WINDOW (self), NULL);

  return self->kase;
}

CrDatabase *
cr_report_window_get_database (CrReportWindow *self)
{
  g_return_val_if_fail (CR_IS_REPORT_WINDOW (self), NULL);

  return self->db;
}

void
cr_report_window_show_page (CrReportWindow *self,
                            const char     *name)
{
  g_return_if_fail (CR_IS_REPORT_WINDOW (self));
  g_return_if_fail (name != NULL);

  cr_case_window_show_page (GTK_WINDOW (self), self->view_stack, name);
}

void
cr_report_window_set_case (CrReportWindow *self,
                           CrCase         *kase)
{
  GtkApplication *application;
  CrReviewWindow *review;

  g_return_if_fail (CR_IS_REPORT_WINDOW (self));
  g_return_if_fail (kase == NULL || CR_IS_CASE (kase));

  if (!take_case (self, kase) || kase == NULL)
    return;

  /* The case moved on here (published): the review workspace and the
   * register and case page of the main window follow. */
  application = gtk_window_get_application (GTK_WINDOW (self));
  review = cr_review_window_find (application, self->db, cr_case_get_id (kase));
  if (review != NULL)
    cr_review_window_set_case (review, kase);

  for (GList *l = application != NULL ? gtk_application_get_windows (application) : NULL;
       l != NULL; l = l->next)
    if (CR_IS_WINDOW (l->data) && cr_window_get_database (l->data) == self->db)
      cr_window_update_case (l->data, kase);
}

CrReportWindow *
cr_report_window_find (GtkApplication *application,
                       CrDatabase     *database,
                       gint64          case_id)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);

  return (CrReportWindow *) cr_case_window_find (application, CR_TYPE_REPORT_WINDOW,
                                                 database, case_id);
}

void
cr_report_window_close_all (GtkApplication *application,
                            CrDatabase     *database)
{
  g_return_if_fail (application == NULL || GTK_IS_APPLICATION (application));

  /* Each saves what is typed as it closes. */
  cr_case_window_close_all (application, CR_TYPE_REPORT_WINDOW, database);
}

void
cr_report_window_add_toast (CrReportWindow *self,
                            AdwToast       *toast)
{
  g_return_if_fail (CR_IS_REPORT_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

gboolean
cr_report_window_notify_from (GtkWidget *widget)
{
  GtkRoot *root;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);

  root = gtk_widget_get_root (widget);
  if (!CR_IS_REPORT_WINDOW (root))
    return FALSE;

  cr_report_window_notify_report_changed (CR_REPORT_WINDOW (root));
  return TRUE;
}

void
cr_report_window_notify_report_changed (CrReportWindow *self)
{
  g_return_if_fail (CR_IS_REPORT_WINDOW (self));

  g_signal_emit (self, signals[REPORT_CHANGED], 0);
}
