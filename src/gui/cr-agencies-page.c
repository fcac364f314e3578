/* cr-agencies-page.c: the partnership's agencies register
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrAgenciesPage"

#include "config.h"

#include "cr-agencies-page.h"

#include "cr-agency-dialog.h"
#include "cr-edit-utils.h"

#include <glib/gi18n.h>
#include <string.h>

struct _CrAgenciesPage
{
  AdwBin             parent_instance;

  /* Template widgets */
  GtkStack          *stack;
  GtkSpinner        *spinner;
  GtkButton         *empty_add_button;
  GtkSearchEntry    *search_entry;
  GtkToggleButton   *archived_button;
  GtkButton         *add_button;
  GtkListBox        *list_box;
  GtkLabel          *no_results_label;

  /* Owned references */
  CrDatabase        *db;
  GCancellable      *cancellable;
  GListStore        *store;
  GtkCustomFilter   *filter;
  GtkFilterListModel *filtered;

  guint              loaded : 1;
};

G_DEFINE_FINAL_TYPE (CrAgenciesPage, cr_agencies_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/*
 * Filtering
 */

static gboolean
contains_casefold (const char *haystack,
                   const char *needle)
{
  g_autofree char *folded = NULL;

  if (haystack == NULL)
    return FALSE;
  folded = g_utf8_casefold (haystack, -1);
  return strstr (folded, needle) != NULL;
}

static gboolean
filter_agency (gpointer item,
               gpointer user_data)
{
  CrAgenciesPage *self = user_data;
  CrAgency *agency = item;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *needle = NULL;
  g_auto(GStrv) words = NULL;

  if (cr_agency_get_archived (agency) && !gtk_toggle_button_get_active (self->archived_button))
    return FALSE;

  needle = g_utf8_casefold (text, -1);
  words = g_strsplit_set (g_strstrip (needle), " \t", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0')
        continue;
      if (!contains_casefold (cr_agency_get_name (agency), words[i]) &&
          !contains_casefold (cr_agency_sector_to_label (cr_agency_get_sector (agency)), words[i]) &&
          !contains_casefold (cr_agency_get_contact_name (agency), words[i]) &&
          !contains_casefold (cr_agency_get_contact_email (agency), words[i]))
        return FALSE;
    }

  return TRUE;
}

static void
update_state (CrAgenciesPage *self)
{
  guint n_all = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  gboolean searching = gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] != '\0';

  if (!self->loaded)
    {
      gtk_stack_set_visible_child_name (self->stack, "loading");
      return;
    }

  gtk_spinner_stop (self->spinner);
  gtk_stack_set_visible_child_name (self->stack, n_all > 0 ? "list" : "empty");

  gtk_widget_set_visible (GTK_WIDGET (self->list_box), n_shown > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->no_results_label), n_all > 0 && n_shown == 0);
  gtk_label_set_text (self->no_results_label,
                      searching ? _("No agency matches the search.")
                                : _("Every agency is archived. Use Show Archived to see them."));
}

static void
on_filter_changed_cb (CrAgenciesPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_state (self);
}

/*
 * Loading
 */

static void
on_list_agencies_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(CrAgenciesPage) self = user_data;
  g_autoptr(GPtrArray) agencies = NULL;
  g_autoptr(GError) error = NULL;

  agencies = cr_database_list_agencies_finish (CR_DATABASE (source), result, &error);
  if (agencies == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          self->loaded = TRUE;
          update_state (self);
          cr_show_error_toast (GTK_WIDGET (self), _("Could not load the agencies"), error);
        }
      return;
    }

  self->loaded = TRUE;
  g_list_store_splice (self->store, 0, g_list_model_get_n_items (G_LIST_MODEL (self->store)),
                       agencies->pdata, agencies->len);
  update_state (self);
}

void
cr_agencies_page_reload (CrAgenciesPage *self)
{
  g_return_if_fail (CR_IS_AGENCIES_PAGE (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  if (self->db == NULL)
    {
      g_list_store_remove_all (self->store);
      self->loaded = FALSE;
      update_state (self);
      return;
    }

  if (!self->loaded)
    gtk_spinner_start (self->spinner);

  self->cancellable = g_cancellable_new ();
  cr_database_list_agencies_async (self->db, self->cancellable, on_list_agencies_cb,
                                   g_object_ref (self));
}

/*
 * Rows
 */

static void
on_archive_written (GObject      *owner,
                    const char   *entity,
                    gint64        id,
                    const char   *field,
                    const char   *value,
                    gboolean      undone,
                    const GError *error)
{
  cr_agencies_page_reload (CR_AGENCIES_PAGE (owner));
}

static void
on_archive_clicked_cb (GtkButton      *button,
                       CrAgenciesPage *self)
{
  CrAgency *agency = g_object_get_data (G_OBJECT (button), "cr-agency");
  gboolean archive = !cr_agency_get_archived (agency);
  g_autofree char *title = NULL;

  if (!cr_database_is_writable (self->db))
    return;

  gtk_widget_set_sensitive (GTK_WIDGET (button), FALSE);
  if (archive)
    /* Translators: %s is an agency name. */
    title = g_strdup_printf (_("%s archived"), cr_agency_get_name (agency));
  else
    /* Translators: %s is an agency name. */
    title = g_strdup_printf (_("%s restored"), cr_agency_get_name (agency));

  cr_write_through_field (GTK_WIDGET (self), self->db, "agency", cr_agency_get_id (agency),
                          "archived", archive ? "true" : "false", title,
                          G_OBJECT (self), on_archive_written);
}

static char *
describe_agency (CrAgency *agency)
{
  GString *text = g_string_new (cr_agency_sector_to_label (cr_agency_get_sector (agency)));
  const char *contact = cr_agency_get_contact_name (agency);
  const char *email = cr_agency_get_contact_email (agency);
  const char *phone = cr_agency_get_contact_phone (agency);
  int n_cases = cr_agency_get_case_count (agency);

  /* Translators: separates the parts of an agency's description. */
  if (contact != NULL)
    g_string_append_printf (text, _(" · %s"), contact);
  if (email != NULL)
    g_string_append_printf (text, _(" · %s"), email);
  else if (phone != NULL)
    g_string_append_printf (text, _(" · %s"), phone);

  g_string_append (text, _(" · "));
  if (n_cases == 0)
    g_string_append (text, _("No cases"));
  else
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%d case", "%d cases", n_cases),
                            n_cases);

  return g_string_free (text, FALSE);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  CrAgenciesPage *self = user_data;
  CrAgency *agency = item;
  gboolean archived = cr_agency_get_archived (agency);
  g_autofree char *subtitle = describe_agency (agency);
  g_autofree char *button_label = NULL;
  GtkWidget *row;
  GtkWidget *button;

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cr_agency_get_name (agency));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "cr-agency", g_object_ref (agency), g_object_unref);

  if (archived)
    {
      GtkWidget *badge = gtk_label_new (_("Archived"));

      gtk_widget_add_css_class (badge, "dim-label");
      gtk_widget_add_css_class (badge, "caption");
      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);
    }

  /* The button is named "Archive <agency>" for screen readers; its visible
   * text is left out of that name, or GTK 4.8 would append it. */
  button = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (button),
                        g_object_new (GTK_TYPE_LABEL,
                                      "label", archived ? _("Restore") : _("Archive"),
                                      "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                      NULL));
  /* Translators: accessible labels of the buttons; %s is an agency name. */
  button_label = g_strdup_printf (archived ? _("Restore %s") : _("Archive %s"),
                                  cr_agency_get_name (agency));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, button_label,
                                  -1);
  gtk_widget_set_tooltip_text (button,
                               archived ? _("Offer this agency for cases again")
                                        : _("Stop offering this agency for cases; its history is kept"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_sensitive (button, cr_database_is_writable (self->db));
  g_object_set_data_full (G_OBJECT (button), "cr-agency", g_object_ref (agency), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (on_archive_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  return row;
}

/*
 * Adding and editing
 */

static void
on_agency_saved_cb (CrAgenciesPage *self)
{
  cr_agencies_page_reload (self);
}

static void
open_dialog (CrAgenciesPage *self,
             CrAgency       *agency)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  CrAgencyDialog *dialog;

  if (self->db == NULL)
    return;

  dialog = cr_agency_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->db, agency);
  g_signal_connect_object (dialog, "agency-saved", G_CALLBACK (on_agency_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_add_clicked_cb (CrAgenciesPage *self)
{
  if (cr_database_is_writable (self->db))
    open_dialog (self, NULL);
}

static void
on_row_activated_cb (CrAgenciesPage *self,
                     GtkListBoxRow  *row)
{
  CrAgency *agency = g_object_get_data (G_OBJECT (row), "cr-agency");

  if (agency != NULL)
    open_dialog (self, agency);
}

static void
on_map_cb (CrAgenciesPage *self)
{
  /* Case counts change as cases are edited: refresh when shown. */
  if (self->loaded)
    cr_agencies_page_reload (self);
}

/*
 * GObject overrides
 */

static void
cr_agencies_page_dispose (GObject *object)
{
  CrAgenciesPage *self = (CrAgenciesPage *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  /* AdwBin keeps its own pointer to the child: let it drop the child first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_AGENCIES_PAGE);
  g_clear_object (&self->db);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cr_agencies_page_parent_class)->dispose (object);
}

static void
cr_agencies_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CrAgenciesPage *self = CR_AGENCIES_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->db);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_agencies_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CrAgenciesPage *self = CR_AGENCIES_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      cr_agencies_page_set_database (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_agencies_page_class_init (CrAgenciesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cr_agencies_page_dispose;
  object_class->get_property = cr_agencies_page_get_property;
  object_class->set_property = cr_agencies_page_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         CR_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-agencies-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CrAgenciesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CrAgenciesPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, CrAgenciesPage, empty_add_button);
  gtk_widget_class_bind_template_child (widget_class, CrAgenciesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CrAgenciesPage, archived_button);
  gtk_widget_class_bind_template_child (widget_class, CrAgenciesPage, add_button);
  gtk_widget_class_bind_template_child (widget_class, CrAgenciesPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, CrAgenciesPage, no_results_label);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
}

static void
cr_agencies_page_init (CrAgenciesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->store = g_list_store_new (CR_TYPE_AGENCY);
  self->filter = gtk_custom_filter_new (filter_agency, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->store)),
                                              GTK_FILTER (g_object_ref (self->filter)));
  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->filtered), create_row, self, NULL);

  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);
  update_state (self);
}

/*
 * Public API
 */

GtkWidget *
cr_agencies_page_new (void)
{
  return g_object_new (CR_TYPE_AGENCIES_PAGE, NULL);
}

CrDatabase *
cr_agencies_page_get_database (CrAgenciesPage *self)
{
  g_return_val_if_fail (CR_IS_AGENCIES_PAGE (self), NULL);

  return self->db;
}

void
cr_agencies_page_set_database (CrAgenciesPage *self,
                               CrDatabase     *db)
{
  gboolean writable;

  g_return_if_fail (CR_IS_AGENCIES_PAGE (self));
  g_return_if_fail (db == NULL || CR_IS_DATABASE (db));

  if (!g_set_object (&self->db, db))
    return;

  writable = cr_database_is_writable (db);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), writable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->empty_add_button), writable);

  self->loaded = FALSE;
  g_list_store_remove_all (self->store);
  cr_agencies_page_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}
