/* cr-case-register-cells.c: the register's cells and the text of its filters */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrCaseRegisterView"

#include "config.h"

#include "cr-case-register-cells.h"

#include "cr-case-status.h"
#include "cr-case.h"
#include "cr-deadline.h"
#include "cr-deadlines.h"
#include "cr-edit-utils.h"
#include "cr-util.h"

#include <glib/gi18n.h>

/* Deadlines this close (in the days the deadline counts) are highlighted
 * as "soon", as in the case's deadline timeline. */
#define DEADLINE_SOON_DAYS CR_DEADLINE_DUE_SOON_DAYS


/*
 * Cell text
 */

/* The deadline cell's text for a deadline due on @date ("3 Feb 2026"). */
static char *
format_deadline_on (const char *date,
                    int         days_left,
                    gboolean    working_days)
{
  if (days_left < 0 && working_days)
    /* Translators: first %d is a number of working days, %s a date such as "3 Feb 2026" */
    return g_strdup_printf (ngettext ("Overdue by %d working day · %s",
                                      "Overdue by %d working days · %s",
                                      -days_left),
                            -days_left, date);

  if (days_left < 0)
    /* Translators: first %d is a number of calendar days, %s a date such as "3 Feb 2026" */
    return g_strdup_printf (ngettext ("Overdue by %d day · %s",
                                      "Overdue by %d days · %s",
                                      -days_left),
                            -days_left, date);

  if (days_left == 0)
    /* Translators: %s is a date such as "3 Feb 2026" */
    return g_strdup_printf (_("%s · due today"), date);

  if (working_days)
    /* Translators: %s is a date such as "3 Feb 2026", %d a number of working days */
    return g_strdup_printf (ngettext ("%s · %d working day left",
                                      "%s · %d working days left",
                                      days_left),
                            date, days_left);

  /* Translators: %s is a date such as "3 Feb 2026", %d a number of calendar days */
  return g_strdup_printf (ngettext ("%s · %d day left",
                                    "%s · %d days left",
                                    days_left),
                          date, days_left);
}

/* The deadline cell's tooltip and accessible description. */
static char *
format_deadline_tooltip_on (const char *label,
                            const char *date)
{
  if (label == NULL || label[0] == '\0')
    /* Translators: %s is a date such as "3 Feb 2026" */
    return g_strdup_printf (_("Due %s"), date);

  /* Translators: first %s is a deadline such as "Notify the Panel", second a date */
  return g_strdup_printf (_("%s: due %s"), label, date);
}

static const char *
get_no_deadline_text (void)
{
  /* Translators: shown in the register when a case has no open deadline */
  return C_("deadline", "None");
}

char *
cr_case_register_format_deadline_full (const char *next_deadline,
                                       int         days_left,
                                       gboolean    working_days)
{
  g_autofree char *date = NULL;

  if (next_deadline == NULL || next_deadline[0] == '\0')
    return g_strdup (get_no_deadline_text ());

  date = cr_date_format_display (next_deadline);
  return format_deadline_on (date, days_left, working_days);
}

char *
cr_case_register_format_deadline (const char *next_deadline,
                                  int         days_left)
{
  return cr_case_register_format_deadline_full (next_deadline, days_left, TRUE);
}

/* The state class of a deadline cell (static), or NULL for none. */
static const char *
get_deadline_state_class (const char *next_deadline,
                          int         days_left)
{
  if (next_deadline == NULL || next_deadline[0] == '\0')
    return "dim-label";
  if (days_left < 0)
    return "deadline-overdue";
  if (days_left <= DEADLINE_SOON_DAYS)
    return "deadline-soon";
  return NULL;
}


/*
 * Cells
 *
 * Each column has a GtkSignalListItemFactory: setup makes the label once,
 * bind sets its text (and a deadline's state class) straight from the
 * case's getters and connects "notify" for the properties shown, unbind
 * disconnects them. Scrolling rebinds every row that comes into view, so
 * binding does no expression or property machinery, sets the CSS class
 * and the accessible description only when they change, and leaves
 * tooltips to query-tooltip.
 */

typedef struct
{
  CrRegisterColumn  column;
  GtkInscription   *label;        /* owned by the list item */
  CrCase           *kase;         /* the bound case, or NULL */
  gulong            notify_id;
  const char       *state_class;  /* static; the deadline class shown */
  char             *description;  /* the status or deadline explained */
} Cell;

static GQuark cell_quark;
static guint notify_signal_id;
/* The property each column shows; 0 for the deadline, which shows
 * several and listens to every "notify" (see on_case_notify_cb()). */
static GQuark column_quarks[CR_REGISTER_COLUMN_THEMES + 1];
static GQuark deadline_quarks[4];

static void
init_cell_statics (void)
{
  if (cell_quark != 0)
    return;

  g_type_ensure (CR_TYPE_CASE);
  notify_signal_id = g_signal_lookup ("notify", G_TYPE_OBJECT);
  column_quarks[CR_REGISTER_COLUMN_REFERENCE] = g_quark_from_static_string ("reference");
  column_quarks[CR_REGISTER_COLUMN_PSEUDONYM] = g_quark_from_static_string ("pseudonym");
  column_quarks[CR_REGISTER_COLUMN_STATUS] = g_quark_from_static_string ("status");
  column_quarks[CR_REGISTER_COLUMN_AGENCIES] = g_quark_from_static_string ("agencies");
  column_quarks[CR_REGISTER_COLUMN_THEMES] = g_quark_from_static_string ("themes");
  deadline_quarks[0] = g_quark_from_static_string ("next-deadline");
  deadline_quarks[1] = g_quark_from_static_string ("days-left");
  deadline_quarks[2] = g_quark_from_static_string ("next-deadline-label");
  /* The wording depends on the status: working days or calendar days. */
  deadline_quarks[3] = g_quark_from_static_string ("status");

  cell_quark = g_quark_from_static_string ("cr-case-register-cell");
}

/* The libadwaita style that goes with a state class (error and warning
 * colours), or NULL. */
static const char *
get_adwaita_class (const char *state_class)
{
  if (g_strcmp0 (state_class, "deadline-overdue") == 0)
    return "error";
  if (g_strcmp0 (state_class, "deadline-soon") == 0)
    return "warning";
  return NULL;
}

static void
set_state_class (Cell       *cell,
                 const char *state_class)
{
  const char *old_style;
  const char *new_style;

  if (g_strcmp0 (cell->state_class, state_class) == 0)
    return;

  old_style = get_adwaita_class (cell->state_class);
  new_style = get_adwaita_class (state_class);
  if (cell->state_class != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (cell->label), cell->state_class);
  if (old_style != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (cell->label), old_style);
  if (state_class != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (cell->label), state_class);
  if (new_style != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (cell->label), new_style);
  cell->state_class = state_class;
}

/* The accessible description, which is also the tooltip: what the status
 * means, or which deadline falls due when. Set only when it changes, as
 * each change goes to the accessibility bus. */
static void
set_description (Cell       *cell,
                 const char *description)
{
  if (g_strcmp0 (cell->description, description) == 0)
    return;

  g_free (cell->description);
  cell->description = g_strdup (description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell->label),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
update_deadline_cell (Cell *cell)
{
  const char *due = cr_case_get_next_deadline (cell->kase);
  int days_left = cr_case_get_days_left (cell->kase);
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;
  g_autofree char *description = NULL;

  if (due != NULL)
    {
      gboolean working = cr_case_next_deadline_counts_working_days (cell->kase);

      /* The date is formatted once, for the text and the description. */
      date = cr_date_format_display (due);
      text = format_deadline_on (date, days_left, working);
      description = format_deadline_tooltip_on (cr_case_get_next_deadline_label (cell->kase), date);
    }

  gtk_inscription_set_text (cell->label, text != NULL ? text : get_no_deadline_text ());
  set_description (cell, description != NULL ? description : _("No open deadline"));
  set_state_class (cell, get_deadline_state_class (due, days_left));
}

static void
update_cell (Cell *cell)
{
  CrCase *kase = cell->kase;

  switch (cell->column)
    {
    case CR_REGISTER_COLUMN_REFERENCE:
      gtk_inscription_set_text (cell->label, cr_case_get_reference (kase));
      break;

    case CR_REGISTER_COLUMN_PSEUDONYM:
      gtk_inscription_set_text (cell->label, cr_case_get_pseudonym (kase));
      break;

    case CR_REGISTER_COLUMN_STATUS:
      gtk_inscription_set_text (cell->label, cr_case_status_to_label (cr_case_get_status (kase)));
      set_description (cell, cr_case_status_to_description (cr_case_get_status (kase)));
      break;

    case CR_REGISTER_COLUMN_DEADLINE:
      update_deadline_cell (cell);
      break;

    case CR_REGISTER_COLUMN_AGENCIES:
      gtk_inscription_set_text (cell->label, cr_case_get_agencies (kase));
      break;

    case CR_REGISTER_COLUMN_THEMES:
      gtk_inscription_set_text (cell->label, cr_case_get_themes (kase));
      break;

    default:
      g_assert_not_reached ();
    }
}

/* The tooltip of a bound cell (for lists, the whole text, which the cell
 * may cut short), or NULL for none. */
static const char *
get_cell_tooltip (Cell *cell)
{
  switch (cell->column)
    {
    case CR_REGISTER_COLUMN_STATUS:
    case CR_REGISTER_COLUMN_DEADLINE:
      return cell->description;

    case CR_REGISTER_COLUMN_AGENCIES:
      return cr_case_get_agencies (cell->kase);

    case CR_REGISTER_COLUMN_THEMES:
      return cr_case_get_themes (cell->kase);

    case CR_REGISTER_COLUMN_REFERENCE:
    case CR_REGISTER_COLUMN_PSEUDONYM:
    default:
      return NULL;
    }
}

static void
on_case_notify_cb (CrCase     *kase,
                   GParamSpec *pspec,
                   Cell       *cell)
{
  if (cell->column == CR_REGISTER_COLUMN_DEADLINE)
    {
      GQuark name = g_param_spec_get_name_quark (pspec);

      if (name != deadline_quarks[0] && name != deadline_quarks[1] &&
          name != deadline_quarks[2] && name != deadline_quarks[3])
        return;
    }

  update_cell (cell);
}

static gboolean
on_cell_query_tooltip_cb (GtkWidget  *widget,
                          int         x,
                          int         y,
                          gboolean    keyboard_mode,
                          GtkTooltip *tooltip,
                          Cell       *cell)
{
  const char *text;

  if (cell->kase == NULL)
    return FALSE;

  text = get_cell_tooltip (cell);
  if (text == NULL || text[0] == '\0')
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
unbind_cell (Cell *cell)
{
  if (cell->kase == NULL)
    return;

  g_clear_signal_handler (&cell->notify_id, cell->kase);
  g_clear_object (&cell->kase);
}

static void
bind_cell (Cell   *cell,
           CrCase *kase)
{
  unbind_cell (cell);

  /* One handler per cell, without parsing a detailed signal name. A
   * "notify" handler on the deadline's properties also makes the case
   * keep them current (see cr-case-dates.c). */
  cell->kase = g_object_ref (kase);
  cell->notify_id =
    g_signal_connect_closure_by_id (kase, notify_signal_id, column_quarks[cell->column],
                                    g_cclosure_new (G_CALLBACK (on_case_notify_cb), cell, NULL),
                                    FALSE);

  update_cell (cell);
}

static void
free_cell (gpointer data)
{
  Cell *cell = data;

  unbind_cell (cell);
  g_free (cell->description);
  g_free (cell);
}

static void
on_factory_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     gpointer                  user_data)
{
  Cell *cell = g_new0 (Cell, 1);
  GtkWidget *label = gtk_inscription_new (NULL);

  cell->column = GPOINTER_TO_UINT (user_data);
  cell->label = GTK_INSCRIPTION (label);

  gtk_inscription_set_xalign (cell->label, 0);
  gtk_inscription_set_text_overflow (cell->label, GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);

  switch (cell->column)
    {
    case CR_REGISTER_COLUMN_REFERENCE:
      gtk_inscription_set_nat_chars (cell->label, 12);
      gtk_widget_add_css_class (label, "numeric");
      break;

    case CR_REGISTER_COLUMN_PSEUDONYM:
      gtk_inscription_set_nat_chars (cell->label, 10);
      break;

    case CR_REGISTER_COLUMN_STATUS:
      gtk_inscription_set_nat_chars (cell->label, 16);
      break;

    case CR_REGISTER_COLUMN_DEADLINE:
      gtk_inscription_set_nat_chars (cell->label, 24);
      break;

    case CR_REGISTER_COLUMN_AGENCIES:
    case CR_REGISTER_COLUMN_THEMES:
      gtk_inscription_set_nat_chars (cell->label, 20);
      break;

    default:
      g_assert_not_reached ();
    }

  if (cell->column != CR_REGISTER_COLUMN_REFERENCE &&
      cell->column != CR_REGISTER_COLUMN_PSEUDONYM)
    {
      gtk_widget_set_has_tooltip (label, TRUE);
      g_signal_connect (label, "query-tooltip", G_CALLBACK (on_cell_query_tooltip_cb), cell);
    }

  /* The cell lives as long as its label, which the list item owns. */
  g_object_set_qdata_full (G_OBJECT (label), cell_quark, cell, free_cell);
  gtk_list_item_set_child (list_item, label);
}

static Cell *
get_cell (GtkListItem *list_item)
{
  return g_object_get_qdata (G_OBJECT (gtk_list_item_get_child (list_item)), cell_quark);
}

static void
on_factory_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    gpointer                  user_data)
{
  bind_cell (get_cell (list_item), gtk_list_item_get_item (list_item));
}

static void
on_factory_unbind_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *list_item,
                      gpointer                  user_data)
{
  unbind_cell (get_cell (list_item));
}

GtkListItemFactory *
cr_case_register_cells_create_factory (CrRegisterColumn column)
{
  GtkListItemFactory *factory;

  g_return_val_if_fail (column <= CR_REGISTER_COLUMN_THEMES, NULL);

  init_cell_statics ();

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (on_factory_setup_cb), GUINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (on_factory_bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_factory_unbind_cb), NULL);

  return factory;
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
