/* cr-case-register-cells.c: the text of the register's cells and filters */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrCaseRegisterView"

#include "config.h"

#include "cr-case-register-cells.h"

#include "cr-case-status.h"
#include "cr-edit-utils.h"
#include "cr-util.h"

#include <glib/gi18n.h>

/* Deadlines this close (in working days) are highlighted as "soon". */
#define DEADLINE_SOON_DAYS 3


/*
 * Cell formatting (closures named in the .ui factories)
 */

static char *
format_status (gpointer     unused,
               CrCaseStatus status)
{
  return g_strdup (cr_case_status_to_label (status));
}

static char *
format_status_tooltip (gpointer     unused,
                       CrCaseStatus status)
{
  return g_strdup (cr_case_status_to_description (status));
}

char *
cr_case_register_format_deadline (const char *next_deadline,
                                  int         days_left)
{
  g_autofree char *date = NULL;

  if (next_deadline == NULL || next_deadline[0] == '\0')
    /* Translators: shown in the register when a case has no open deadline */
    return g_strdup (C_("deadline", "None"));

  date = cr_date_format_display (next_deadline);

  if (days_left < 0)
    /* Translators: first %d is a number of working days, %s a date such as "3 Feb 2026" */
    return g_strdup_printf (ngettext ("Overdue by %d working day · %s",
                                      "Overdue by %d working days · %s",
                                      -days_left),
                            -days_left, date);

  if (days_left == 0)
    /* Translators: %s is a date such as "3 Feb 2026" */
    return g_strdup_printf (_("%s · due today"), date);

  /* Translators: %s is a date such as "3 Feb 2026", %d a number of working days */
  return g_strdup_printf (ngettext ("%s · %d working day left",
                                    "%s · %d working days left",
                                    days_left),
                          date, days_left);
}

static char *
format_deadline (gpointer    unused,
                 const char *next_deadline,
                 int         days_left)
{
  return cr_case_register_format_deadline (next_deadline, days_left);
}

static char **
deadline_css_classes (gpointer    unused,
                      const char *next_deadline,
                      int         days_left)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (next_deadline == NULL || next_deadline[0] == '\0')
    g_strv_builder_add (builder, "dim-label");
  else if (days_left < 0)
    g_strv_builder_add (builder, "deadline-overdue");
  else if (days_left <= DEADLINE_SOON_DAYS)
    g_strv_builder_add (builder, "deadline-soon");

  return g_strv_builder_end (builder);
}

static char *
format_deadline_tooltip (gpointer    unused,
                         const char *label,
                         const char *next_deadline)
{
  g_autofree char *date = NULL;

  if (next_deadline == NULL || next_deadline[0] == '\0')
    return g_strdup (_("No open deadline"));

  date = cr_date_format_display (next_deadline);
  if (label == NULL || label[0] == '\0')
    /* Translators: %s is a date such as "3 Feb 2026" */
    return g_strdup_printf (_("Due %s"), date);

  /* Translators: first %s is a deadline such as "Notify the Panel", second a date */
  return g_strdup_printf (_("%s: due %s"), label, date);
}


/*
 * Filter choices
 */

GtkStringList *
cr_case_register_create_status_choices (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  gtk_string_list_append (list, _("All statuses"));
  for (int i = 0; i <= CR_CASE_STATUS_LAST; i++)
    gtk_string_list_append (list, cr_case_status_to_label ((CrCaseStatus) i));

  return list;
}

GtkStringList *
cr_case_register_create_review_type_choices (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  gtk_string_list_append (list, _("All review types"));
  /* The same labels as the case page's review type. */
  for (guint i = 0; i < cr_review_type_get_n_types (); i++)
    gtk_string_list_append (list, cr_review_type_to_label ((CrReviewType) i));

  return list;
}

void
cr_case_register_cells_bind_callbacks (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, format_status);
  gtk_widget_class_bind_template_callback (widget_class, format_status_tooltip);
  gtk_widget_class_bind_template_callback (widget_class, format_deadline);
  gtk_widget_class_bind_template_callback (widget_class, deadline_css_classes);
  gtk_widget_class_bind_template_callback (widget_class, format_deadline_tooltip);
}
