/* cr-review-window.c: the workspace of one case's practice review
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrReviewWindow"

#include "config.h"

#include "cr-review-window.h"

#include "cr-case-window-util.h"
#include "cr-chronology-page.h"
#include "cr-commissioning-page.h"
#include "cr-edit-utils.h"
#include "cr-evidence-page.h"
#include "cr-family-page.h"
#include "cr-meetings-page.h"
#include "cr-proceedings-page.h"
#include "cr-report-window.h"

#include <glib/gi18n.h>

struct _CrReviewWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  GtkWidget            *case_title;
  GtkLabel             *reference_label;
  GtkLabel             *pseudonym_label;
  AdwViewSwitcherTitle *switcher_title;
  AdwToastOverlay      *toast_overlay;
  AdwViewStack         *view_stack;

  /* Owned references */
  CrDatabase           *db;
  CrCase               *kase;
  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (CrReviewWindow, cr_review_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_CASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The pages, in the order of the switcher and of Alt+1…Alt+6. */
static const char * const page_names[] = {
  "commissioning", "evidence", "chronology", "meetings", "family", "proceedings", NULL
};

/*
 * Showing the case
 */

static void
update_title (CrReviewWindow *self)
{
  cr_case_window_show_title (GTK_WINDOW (self), self->switcher_title, self->reference_label,
                             self->pseudonym_label, self->kase, _("Practice Review"));
}

/*
 * Actions
 */

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  cr_review_window_show_page (CR_REVIEW_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

/* The report of the case, in its own window. */
static void
open_report_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CrReviewWindow *self = CR_REVIEW_WINDOW (widget);

  if (self->db == NULL || self->kase == NULL)
    return;

  cr_report_window_open (gtk_window_get_application (GTK_WINDOW (self)), self->db, self->kase);
}

/*
 * GObject overrides
 */

static gboolean
cr_review_window_close_request (GtkWindow *window)
{
  CrReviewWindow *self = CR_REVIEW_WINDOW (window);

  cr_case_window_save_size (window, self->settings, "review-window");

  return GTK_WINDOW_CLASS (cr_review_window_parent_class)->close_request (window);
}

static void
cr_review_window_dispose (GObject *object)
{
  CrReviewWindow *self = CR_REVIEW_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_REVIEW_WINDOW);

  g_clear_object (&self->settings);
  g_clear_object (&self->kase);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cr_review_window_parent_class)->dispose (object);
}

static void
cr_review_window_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CrReviewWindow *self = CR_REVIEW_WINDOW (object);

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
cr_review_window_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CrReviewWindow *self = CR_REVIEW_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      /* One database for the life of the window. */
      g_set_object (&self->db, g_value_get_object (value));
      break;

    case PROP_CASE:
      cr_review_window_set_case (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_review_window_class_init (CrReviewWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = cr_review_window_dispose;
  object_class->get_property = cr_review_window_get_property;
  object_class->set_property = cr_review_window_set_property;
  window_class->close_request = cr_review_window_close_request;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         CR_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CASE] =
    g_param_spec_object ("case", NULL, NULL,
                         CR_TYPE_CASE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-review-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CrReviewWindow, case_title);
  gtk_widget_class_bind_template_child (widget_class, CrReviewWindow, reference_label);
  gtk_widget_class_bind_template_child (widget_class, CrReviewWindow, pseudonym_label);
  gtk_widget_class_bind_template_child (widget_class, CrReviewWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, CrReviewWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CrReviewWindow, view_stack);

  gtk_widget_class_install_action (widget_class, "review.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "review.open-report", NULL, open_report_action);

  for (guint i = 0; page_names[i] != NULL; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "review.show-page", "s", page_names[i]);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "review.open-report", NULL);

  g_type_ensure (CR_TYPE_CHRONOLOGY_PAGE);
  g_type_ensure (CR_TYPE_COMMISSIONING_PAGE);
  g_type_ensure (CR_TYPE_EVIDENCE_PAGE);
  g_type_ensure (CR_TYPE_FAMILY_PAGE);
  g_type_ensure (CR_TYPE_MEETINGS_PAGE);
  g_type_ensure (CR_TYPE_PROCEEDINGS_PAGE);
}

static void
cr_review_window_init (CrReviewWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_object_bind_property (self->switcher_title, "title-visible",
                          self->case_title, "visible",
                          G_BINDING_SYNC_CREATE | G_BINDING_INVERT_BOOLEAN);

  self->settings = cr_dup_settings ();
  cr_case_window_restore_size (GTK_WINDOW (self), self->settings, "review-window");

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  update_title (self);
}

/*
 * Public API
 */

CrReviewWindow *
cr_review_window_open (GtkApplication *application,
                       CrDatabase     *database,
                       CrCase         *kase)
{
  CrReviewWindow *self;

  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (CR_IS_DATABASE (database), NULL);
  g_return_val_if_fail (CR_IS_CASE (kase), NULL);

  /* One window per case of this database. */
  self = cr_review_window_find (application, database, cr_case_get_id (kase));
  if (self != NULL)
    {
      cr_review_window_set_case (self, kase);
      gtk_window_present (GTK_WINDOW (self));
      return self;
    }

  self = g_object_new (CR_TYPE_REVIEW_WINDOW,
                       "application", application,
                       "database", database,
                       "case", kase,
                       NULL);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}

CrCase *
cr_review_window_get_case (CrReviewWindow *self)
{
  g_return_val_if_fail (CR_IS_REVIEW_WINDOW (self), NULL);

  return self->kase;
}

void
cr_review_window_show_page (CrReviewWindow *self,
                            const char     *name)
{
  g_return_if_fail (CR_IS_REVIEW_WINDOW (self));
  g_return_if_fail (name != NULL);

  cr_case_window_show_page (GTK_WINDOW (self), self->view_stack, name);
}

void
cr_review_window_set_case (CrReviewWindow *self,
                           CrCase         *kase)
{
  g_return_if_fail (CR_IS_REVIEW_WINDOW (self));
  g_return_if_fail (kase == NULL || CR_IS_CASE (kase));

  if (self->kase == kase)
    return;

  /* The copy we have already (the update came back round): keep it, so
   * the pages do not reload for nothing. */
  if (cr_case_window_same_case (self->kase, kase))
    return;

  /* Our own copy: the pages may keep it while the register changes its own. */
  g_clear_object (&self->kase);
  if (kase != NULL)
    self->kase = cr_case_copy (kase);

  update_title (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE]);
}

CrDatabase *
cr_review_window_get_database (CrReviewWindow *self)
{
  g_return_val_if_fail (CR_IS_REVIEW_WINDOW (self), NULL);

  return self->db;
}

CrReviewWindow *
cr_review_window_find (GtkApplication *application,
                       CrDatabase     *database,
                       gint64          case_id)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);

  return (CrReviewWindow *) cr_case_window_find (application, CR_TYPE_REVIEW_WINDOW,
                                                 database, case_id);
}

void
cr_review_window_close_all (GtkApplication *application,
                            CrDatabase     *database)
{
  g_return_if_fail (application == NULL || GTK_IS_APPLICATION (application));

  cr_case_window_close_all (application, CR_TYPE_REVIEW_WINDOW, database);
}
