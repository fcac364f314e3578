/* cr-case-register-view.c: the searchable, sortable case register */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrCaseRegisterView"

#include "config.h"

#include "cr-case-register-view.h"

#include "cr-case-register-cells.h"
#include "cr-case-status.h"
#include "cr-case.h"
#include "cr-deadline-policy.h"

#include <glib/gi18n.h>

/* Above this many cases, filtering and sorting run in chunks so the
 * window stays responsive while they work. */
#define INCREMENTAL_THRESHOLD 20000

struct _CrCaseRegisterView
{
  GtkWidget            parent_instance;

  /* Template widgets */
  GtkWidget           *main_box;
  GtkSearchEntry      *search_entry;
  GtkDropDown         *status_dropdown;
  GtkDropDown         *review_type_dropdown;
  GtkDropDown         *year_dropdown;
  GtkLabel            *count_label;
  GtkStack            *results_stack;
  AdwStatusPage       *no_results_page;
  GtkColumnView       *column_view;
  GtkSingleSelection  *selection;
  GtkSortListModel    *sort_model;
  GtkColumnViewColumn *reference_column;
  GtkColumnViewColumn *pseudonym_column;
  GtkColumnViewColumn *status_column;
  GtkColumnViewColumn *deadline_column;
  GtkColumnViewColumn *agencies_column;
  GtkColumnViewColumn *themes_column;

  /* Owned references */
  CrCaseRegister      *reg;
  CrCase              *selected_case;
  GArray              *years;
  guint                refresh_years_id;

  guint                syncing_filters : 1;
};

G_DEFINE_FINAL_TYPE (CrCaseRegisterView, cr_case_register_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_REGISTER,
  PROP_SELECTED_CASE,
  N_PROPS
};

enum {
  CASE_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];


/*
 * Helpers
 */

static void
update_count (CrCaseRegisterView *self)
{
  g_autofree char *text = NULL;
  GListModel *model;
  guint total = 0;
  guint shown = 0;
  gboolean pending = FALSE;

  if (self->reg != NULL)
    {
      model = cr_case_register_get_model (self->reg);
      total = cr_case_register_get_n_cases (self->reg);
      shown = g_list_model_get_n_items (model);
      if (GTK_IS_FILTER_LIST_MODEL (model))
        pending = gtk_filter_list_model_get_pending (GTK_FILTER_LIST_MODEL (model)) > 0;
    }

  if (total == 0)
    text = g_strdup (_("No cases"));
  else if (shown == total)
    /* Translators: the number of cases in the register */
    text = g_strdup_printf (ngettext ("%u case", "%u cases", total), total);
  else
    /* Translators: "12 of 14 cases": cases shown after filtering, of all cases */
    text = g_strdup_printf (ngettext ("%u of %u case", "%u of %u cases", total), shown, total);

  gtk_label_set_label (self->count_label, text);

  gtk_stack_set_visible_child_name (self->results_stack,
                                    (shown == 0 && total > 0 && !pending) ? "no-results" : "list");
}

static guint
find_year_position (CrCaseRegisterView *self,
                    int                 year)
{
  if (self->years == NULL || year == 0)
    return 0;

  for (guint i = 0; i < self->years->len; i++)
    if (g_array_index (self->years, int, i) == year)
      return i + 1;

  return GTK_INVALID_LIST_POSITION;
}

static void
refresh_years (CrCaseRegisterView *self)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  int current = 0;
  guint position;

  if (self->reg != NULL)
    current = cr_case_register_get_year_filter (self->reg);

  g_clear_pointer (&self->years, g_array_unref);
  if (self->reg != NULL)
    self->years = cr_case_register_dup_years (self->reg);

  gtk_string_list_append (list, _("All years"));
  for (guint i = 0; self->years != NULL && i < self->years->len; i++)
    {
      char year[16];

      g_snprintf (year, sizeof year, "%d", g_array_index (self->years, int, i));
      gtk_string_list_append (list, year);
    }

  self->syncing_filters = TRUE;
  gtk_drop_down_set_model (self->year_dropdown, G_LIST_MODEL (list));
  position = find_year_position (self, current);
  gtk_drop_down_set_selected (self->year_dropdown,
                              position == GTK_INVALID_LIST_POSITION ? 0 : position);
  self->syncing_filters = FALSE;

  /* The year that was filtered on has gone: show every year again. */
  if (position == GTK_INVALID_LIST_POSITION && self->reg != NULL)
    cr_case_register_set_year_filter (self->reg, 0);
}

static void
refresh_years_idle (gpointer data)
{
  CrCaseRegisterView *self = data;

  self->refresh_years_id = 0;
  refresh_years (self);
}

static void
sync_filters_from_register (CrCaseRegisterView *self)
{
  const char *search = NULL;
  int status = -1;
  int review_type = -1;

  if (self->reg != NULL)
    {
      search = cr_case_register_get_search_text (self->reg);
      status = cr_case_register_get_status_filter (self->reg);
      review_type = cr_case_register_get_review_type_filter (self->reg);
    }

  self->syncing_filters = TRUE;
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), search ? search : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), search ? search : "");
  gtk_drop_down_set_selected (self->status_dropdown, status < 0 ? 0 : (guint) status + 1);
  gtk_drop_down_set_selected (self->review_type_dropdown, review_type < 0 ? 0 : (guint) review_type + 1);
  self->syncing_filters = FALSE;
}

static void
update_incremental (CrCaseRegisterView *self)
{
  gboolean incremental;

  if (self->reg == NULL)
    return;

  incremental = cr_case_register_get_n_cases (self->reg) > INCREMENTAL_THRESHOLD;
  cr_case_register_set_incremental (self->reg, incremental);
  gtk_sort_list_model_set_incremental (self->sort_model, incremental);
}

static GtkWidget *
find_list_view (CrCaseRegisterView *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_VIEW (child))
        return child;
    }

  return NULL;
}

static void
scroll_to_position (CrCaseRegisterView *self,
                    guint               position)
{
  GtkWidget *list_view = find_list_view (self);

  /* GTK 4.8 has no gtk_column_view_scroll_to(); the inner list view's
   * action does the same. */
  if (list_view != NULL)
    gtk_widget_activate_action (list_view, "list.scroll-to-item", "u", position);
}


/*
 * Callbacks
 */

static void
on_register_n_cases_cb (CrCaseRegisterView *self)
{
  update_incremental (self);
  update_count (self);
}

static void
on_store_items_changed_cb (CrCaseRegisterView *self)
{
  /* Years change only when cases are added or replaced: coalesce bursts
   * of upserts into one scan. */
  if (self->refresh_years_id == 0)
    self->refresh_years_id = g_idle_add_once (refresh_years_idle, self);
}

static void
on_search_entry_search_changed_cb (CrCaseRegisterView *self)
{
  if (self->reg == NULL || self->syncing_filters)
    return;

  cr_case_register_set_search_text (self->reg,
                                    gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
on_status_dropdown_selected_cb (CrCaseRegisterView *self)
{
  guint selected = gtk_drop_down_get_selected (self->status_dropdown);

  if (self->reg == NULL || self->syncing_filters || selected == GTK_INVALID_LIST_POSITION)
    return;

  cr_case_register_set_status_filter (self->reg, selected == 0 ? -1 : (int) selected - 1);
}

static void
on_review_type_dropdown_selected_cb (CrCaseRegisterView *self)
{
  guint selected = gtk_drop_down_get_selected (self->review_type_dropdown);

  if (self->reg == NULL || self->syncing_filters || selected == GTK_INVALID_LIST_POSITION)
    return;

  cr_case_register_set_review_type_filter (self->reg, selected == 0 ? -1 : (int) selected - 1);
}

static void
on_year_dropdown_selected_cb (CrCaseRegisterView *self)
{
  guint selected = gtk_drop_down_get_selected (self->year_dropdown);
  int year = 0;

  if (self->reg == NULL || self->syncing_filters || selected == GTK_INVALID_LIST_POSITION)
    return;

  if (selected > 0 && self->years != NULL && selected <= self->years->len)
    year = g_array_index (self->years, int, selected - 1);

  cr_case_register_set_year_filter (self->reg, year);
}

static void
on_clear_filters_clicked_cb (CrCaseRegisterView *self)
{
  if (self->reg == NULL)
    return;

  cr_case_register_set_search_text (self->reg, NULL);
  cr_case_register_set_status_filter (self->reg, -1);
  cr_case_register_set_review_type_filter (self->reg, -1);
  cr_case_register_set_year_filter (self->reg, 0);

  sync_filters_from_register (self);
  self->syncing_filters = TRUE;
  gtk_drop_down_set_selected (self->year_dropdown, 0);
  self->syncing_filters = FALSE;

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
on_selection_selected_item_cb (CrCaseRegisterView *self)
{
  CrCase *kase;

  /* The template is being torn down. */
  if (self->selection == NULL)
    return;

  kase = gtk_single_selection_get_selected_item (self->selection);
  if (g_set_object (&self->selected_case, kase))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_CASE]);
}

static void
on_column_view_activate_cb (CrCaseRegisterView *self,
                            guint               position)
{
  g_autoptr(CrCase) kase = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (kase == NULL)
    return;

  gtk_single_selection_set_selected (self->selection, position);
  g_signal_emit (self, signals[CASE_ACTIVATED], 0, kase);
}


/*
 * GObject overrides
 */

static void
cr_case_register_view_dispose (GObject *object)
{
  CrCaseRegisterView *self = CR_CASE_REGISTER_VIEW (object);

  if (self->reg != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->reg, self);
      g_signal_handlers_disconnect_by_data (cr_case_register_get_model (self->reg), self);
      g_signal_handlers_disconnect_by_data (cr_case_register_get_store (self->reg), self);
    }
  g_clear_handle_id (&self->refresh_years_id, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_CASE_REGISTER_VIEW);

  g_clear_object (&self->selected_case);
  g_clear_object (&self->reg);
  g_clear_pointer (&self->years, g_array_unref);

  G_OBJECT_CLASS (cr_case_register_view_parent_class)->dispose (object);
}

static void
cr_case_register_view_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  CrCaseRegisterView *self = CR_CASE_REGISTER_VIEW (object);

  switch (prop_id)
    {
    case PROP_REGISTER:
      g_value_set_object (value, self->reg);
      break;

    case PROP_SELECTED_CASE:
      g_value_set_object (value, self->selected_case);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_case_register_view_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  CrCaseRegisterView *self = CR_CASE_REGISTER_VIEW (object);

  switch (prop_id)
    {
    case PROP_REGISTER:
      cr_case_register_view_set_register (self, g_value_get_object (value));
      break;

    case PROP_SELECTED_CASE:
      cr_case_register_view_set_selected_case (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
cr_case_register_view_grab_focus (GtkWidget *widget)
{
  CrCaseRegisterView *self = CR_CASE_REGISTER_VIEW (widget);

  return gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

static void
cr_case_register_view_class_init (CrCaseRegisterViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cr_case_register_view_dispose;
  object_class->get_property = cr_case_register_view_get_property;
  object_class->set_property = cr_case_register_view_set_property;

  widget_class->grab_focus = cr_case_register_view_grab_focus;

  properties[PROP_REGISTER] =
    g_param_spec_object ("register", NULL, NULL,
                         CR_TYPE_CASE_REGISTER,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SELECTED_CASE] =
    g_param_spec_object ("selected-case", NULL, NULL,
                         CR_TYPE_CASE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CrCaseRegisterView::case-activated:
   * @kase: the activated case
   *
   * A row was activated with Enter or a double click.
   */
  signals[CASE_ACTIVATED] =
    g_signal_new ("case-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CR_TYPE_CASE);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "caseregisterview");

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-case-register-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CrCaseRegisterView, main_box);
  gtk_widget_class_bind_template_child (widget_class, CrCaseRegisterView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CrCaseRegisterView, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CrCaseRegisterView, review_type_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CrCaseRegisterView, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CrCaseRegisterView, count_label);
  gtk_widget_class_bind_template_child (widget_class, CrCaseRegisterView, results_stack);
  gtk_widget_class_bind_template_child (widget_class, CrCaseRegisterView, no_results_page);
  gtk_widget_class_bind_template_child (widget_class, CrCaseRegisterView, column_view);
  gtk_widget_class_bind_template_child (widget_class, CrCaseRegisterView, selection);
  gtk_widget_class_bind_template_child (widget_class, CrCaseRegisterView, sort_model);
  gtk_widget_class_bind_template_child (widget_class, CrCaseRegisterView, reference_column);
  gtk_widget_class_bind_template_child (widget_class, CrCaseRegisterView, pseudonym_column);
  gtk_widget_class_bind_template_child (widget_class, CrCaseRegisterView, status_column);
  gtk_widget_class_bind_template_child (widget_class, CrCaseRegisterView, deadline_column);
  gtk_widget_class_bind_template_child (widget_class, CrCaseRegisterView, agencies_column);
  gtk_widget_class_bind_template_child (widget_class, CrCaseRegisterView, themes_column);

  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_status_dropdown_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_review_type_dropdown_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_year_dropdown_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_filters_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_selected_item_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate_cb);

  g_type_ensure (CR_TYPE_CASE);
}

/* Deadlines were counted again (closure days, the clock start, a new
 * day): the deadline column's order may have changed. Resorted from an
 * idle, once the register has invalidated every case's deadline. */
static gboolean
resort_deadlines_cb (gpointer user_data)
{
  CrCaseRegisterView *self = user_data;
  GtkSorter *sorter = gtk_column_view_column_get_sorter (self->deadline_column);

  if (sorter != NULL)
    gtk_sorter_changed (sorter, GTK_SORTER_CHANGE_DIFFERENT);
  return G_SOURCE_REMOVE;
}

static void
on_policy_changed_cb (CrCaseRegisterView *self)
{
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, resort_deadlines_cb,
                   g_object_ref (self), g_object_unref);
}

static void
setup_column (GtkColumnViewColumn *column,
              CrRegisterColumn     kind,
              const char          *sort_name)
{
  g_autoptr(GtkListItemFactory) factory = cr_case_register_cells_create_factory (kind);
  g_autoptr(GtkSorter) sorter = cr_case_register_create_sorter (sort_name);

  gtk_column_view_column_set_factory (column, factory);
  gtk_column_view_column_set_sorter (column, sorter);
}

static void
cr_case_register_view_init (CrCaseRegisterView *self)
{
  g_autoptr(GtkStringList) statuses = NULL;
  g_autoptr(GtkStringList) review_types = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  statuses = cr_case_register_create_status_choices ();
  review_types = cr_case_register_create_review_type_choices ();
  self->syncing_filters = TRUE;
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));
  gtk_drop_down_set_model (self->review_type_dropdown, G_LIST_MODEL (review_types));
  self->syncing_filters = FALSE;
  refresh_years (self);

  setup_column (self->reference_column, CR_REGISTER_COLUMN_REFERENCE, "reference");
  setup_column (self->pseudonym_column, CR_REGISTER_COLUMN_PSEUDONYM, "pseudonym");
  setup_column (self->status_column, CR_REGISTER_COLUMN_STATUS, "status");
  setup_column (self->deadline_column, CR_REGISTER_COLUMN_DEADLINE, "next-deadline");
  setup_column (self->agencies_column, CR_REGISTER_COLUMN_AGENCIES, "agencies");
  setup_column (self->themes_column, CR_REGISTER_COLUMN_THEMES, "themes");

  gtk_sort_list_model_set_sorter (self->sort_model, gtk_column_view_get_sorter (self->column_view));
  gtk_column_view_sort_by_column (self->column_view, self->reference_column, GTK_SORT_ASCENDING);
  g_signal_connect_object (cr_deadline_policy_get_default (), "changed",
                           G_CALLBACK (on_policy_changed_cb), self, G_CONNECT_SWAPPED);

  /* Typing while the register has the focus goes to the search. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->column_view));

  update_count (self);
}


/*
 * Public API
 */

GtkWidget *
cr_case_register_view_new (void)
{
  return g_object_new (CR_TYPE_CASE_REGISTER_VIEW, NULL);
}

CrCaseRegister *
cr_case_register_view_get_register (CrCaseRegisterView *self)
{
  g_return_val_if_fail (CR_IS_CASE_REGISTER_VIEW (self), NULL);

  return self->reg;
}

void
cr_case_register_view_set_register (CrCaseRegisterView *self,
                                    CrCaseRegister     *reg)
{
  g_return_if_fail (CR_IS_CASE_REGISTER_VIEW (self));
  g_return_if_fail (reg == NULL || CR_IS_CASE_REGISTER (reg));

  if (self->reg == reg)
    return;

  if (self->reg != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->reg, self);
      g_signal_handlers_disconnect_by_data (cr_case_register_get_model (self->reg), self);
      g_signal_handlers_disconnect_by_data (cr_case_register_get_store (self->reg), self);
    }

  g_set_object (&self->reg, reg);

  if (reg != NULL)
    {
      GListModel *model = cr_case_register_get_model (reg);

      g_signal_connect_object (reg, "notify::n-cases",
                               G_CALLBACK (on_register_n_cases_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (model, "items-changed",
                               G_CALLBACK (update_count), self, G_CONNECT_SWAPPED);
      if (GTK_IS_FILTER_LIST_MODEL (model))
        g_signal_connect_object (model, "notify::pending",
                                 G_CALLBACK (update_count), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (cr_case_register_get_store (reg), "items-changed",
                               G_CALLBACK (on_store_items_changed_cb), self, G_CONNECT_SWAPPED);
      update_incremental (self);
      gtk_sort_list_model_set_model (self->sort_model, model);
    }
  else if (self->sort_model != NULL)
    {
      gtk_sort_list_model_set_model (self->sort_model, NULL);
    }

  if (self->search_entry != NULL)
    {
      sync_filters_from_register (self);
      refresh_years (self);
      update_count (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGISTER]);
}

CrCase *
cr_case_register_view_get_selected_case (CrCaseRegisterView *self)
{
  g_return_val_if_fail (CR_IS_CASE_REGISTER_VIEW (self), NULL);

  return self->selected_case;
}

void
cr_case_register_view_set_selected_case (CrCaseRegisterView *self,
                                         CrCase             *kase)
{
  g_return_if_fail (CR_IS_CASE_REGISTER_VIEW (self));
  g_return_if_fail (kase == NULL || CR_IS_CASE (kase));

  cr_case_register_view_select_id (self, kase != NULL ? cr_case_get_id (kase) : 0);
}

gboolean
cr_case_register_view_select_id (CrCaseRegisterView *self,
                                 gint64              id)
{
  GListModel *model;
  guint n_items;

  g_return_val_if_fail (CR_IS_CASE_REGISTER_VIEW (self), FALSE);

  if (id == 0)
    {
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      return TRUE;
    }

  model = G_LIST_MODEL (self->selection);
  n_items = g_list_model_get_n_items (model);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(CrCase) kase = g_list_model_get_item (model, i);

      if (cr_case_get_id (kase) == id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          scroll_to_position (self, i);
          return TRUE;
        }
    }

  return FALSE;
}

GListModel *
cr_case_register_view_get_visible_model (CrCaseRegisterView *self)
{
  g_return_val_if_fail (CR_IS_CASE_REGISTER_VIEW (self), NULL);

  return G_LIST_MODEL (self->selection);
}

void
cr_case_register_view_focus_search (CrCaseRegisterView *self)
{
  g_return_if_fail (CR_IS_CASE_REGISTER_VIEW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}
