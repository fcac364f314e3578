/* cr-referral-page-area.c: the referral assistant's page about areas and
 * agencies
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrReferralPageArea"

#include "config.h"

#include "cr-referral-page-area.h"

#include "cr-edit-utils.h"
#include "cr-involvement.h"
#include "cr-util.h"

#include <glib/gi18n.h>

#define ROLE_MAX_CHARS 200

struct _CrReferralPageArea
{
  CrReferralPage  parent_instance;

  /* Template widgets */
  AdwEntryRow    *incident_la_row;
  AdwEntryRow    *residence_la_row;
  GtkListBox     *involved_list;
  GtkLabel       *involvements_message;
  GtkWidget      *add_button;
  AdwComboRow    *agency_row;
  AdwEntryRow    *role_row;
  GtkMenuButton  *role_menu_button;
  GtkLabel       *step_message;

  /* Owned */
  GArray         *agency_ids;   /* gint64 per item of agency_row */
  guint           filling : 1;
};

G_DEFINE_FINAL_TYPE (CrReferralPageArea, cr_referral_page_area, CR_TYPE_REFERRAL_PAGE)

static GListStore *
get_involvements (CrReferralPageArea *self)
{
  return cr_referral_get_involvements (cr_referral_page_get_referral (CR_REFERRAL_PAGE (self)));
}

static gint64
chosen_agency_id (CrReferralPageArea *self)
{
  guint selected = adw_combo_row_get_selected (self->agency_row);

  if (selected == GTK_INVALID_LIST_POSITION || selected >= self->agency_ids->len)
    return 0;
  return g_array_index (self->agency_ids, gint64, selected);
}

static gboolean
is_involved (CrReferralPageArea *self,
             gint64              agency_id)
{
  GListModel *involvements = G_LIST_MODEL (get_involvements (self));

  for (guint i = 0; i < g_list_model_get_n_items (involvements); i++)
    {
      g_autoptr(CrInvolvement) involvement = g_list_model_get_item (involvements, i);

      if (cr_involvement_get_agency_id (involvement) == agency_id)
        return TRUE;
    }
  return FALSE;
}

static gint64
referring_agency_id (CrReferralPageArea *self)
{
  CrRecord *referral = CR_RECORD (cr_referral_page_get_referral (CR_REFERRAL_PAGE (self)));
  const char *text = cr_record_get (referral, "referring-agency-id");
  gint64 id = 0;

  if (text == NULL || !g_ascii_string_to_signed (text, 10, 1, G_MAXINT64, &id, NULL))
    return 0;
  return id;
}

/* Offers the referring agency first, until it is listed. */
static void
fill_agencies (CrReferralPageArea *self)
{
  gint64 offer = referring_agency_id (self);
  gint64 keep = chosen_agency_id (self);

  if (keep == 0 && offer != 0 && !is_involved (self, offer))
    keep = offer;

  self->filling = TRUE;
  /* Translators: a drop-down's first item, when nothing is chosen yet */
  cr_referral_page_fill_agencies (CR_REFERRAL_PAGE (self), self->agency_row, self->agency_ids,
                                  keep, _("Choose…"));
  self->filling = FALSE;

  if (keep != 0 && keep == offer && gtk_editable_get_text (GTK_EDITABLE (self->role_row))[0] == '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->role_row), _("Referring agency"));

  gtk_widget_set_sensitive (self->add_button, chosen_agency_id (self) != 0);
}

/*
 * The list
 */

static void on_remove_clicked_cb (GtkButton          *button,
                                  CrReferralPageArea *self);

static GtkWidget *
create_involvement_row (gpointer item,
                        gpointer user_data)
{
  CrInvolvement *involvement = item;
  const char *name = cr_involvement_get_agency_name (involvement);
  const char *role = cr_involvement_get_role (involvement);
  g_autofree char *remove_label = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name != NULL ? name : _("Unknown agency"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               role != NULL && role[0] != '\0' ? role : _("No role recorded"));

  /* Translators: a button's tooltip; %s is an agency's name */
  remove_label = g_strdup_printf (_("Remove %s"), name != NULL ? name : _("Unknown agency"));
  gtk_widget_set_tooltip_text (remove, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label,
                                  -1);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  g_object_set_data_full (G_OBJECT (remove), "involvement", g_object_ref (involvement), g_object_unref);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked_cb), user_data);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

  return row;
}

static void
on_remove_clicked_cb (GtkButton          *button,
                      CrReferralPageArea *self)
{
  CrInvolvement *involvement = g_object_get_data (G_OBJECT (button), "involvement");
  guint position;

  if (g_list_store_find (get_involvements (self), involvement, &position))
    g_list_store_remove (get_involvements (self), position);

  fill_agencies (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->agency_row));
  cr_referral_page_changed (CR_REFERRAL_PAGE (self), "involvements");
}

/*
 * Callbacks
 */

static void
on_new_involvement_changed_cb (CrReferralPageArea *self)
{
  if (self->filling || self->agency_ids == NULL)
    return;

  gtk_widget_set_sensitive (self->add_button, chosen_agency_id (self) != 0);
  cr_set_field_error (GTK_WIDGET (self->role_row), NULL, NULL);
}

static void
on_add_clicked_cb (CrReferralPageArea *self)
{
  gint64 agency_id = chosen_agency_id (self);
  CrAgency *agency = cr_referral_page_find_agency (CR_REFERRAL_PAGE (self), agency_id);
  g_autoptr(CrInvolvement) involvement = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *role = NULL;

  if (agency == NULL)
    return;

  if (!cr_text_normalise (gtk_editable_get_text (GTK_EDITABLE (self->role_row)), ROLE_MAX_CHARS,
                          &role, &error))
    {
      cr_set_field_error (GTK_WIDGET (self->role_row), NULL, error->message);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->role_row), error->message);
      return;
    }

  involvement = cr_involvement_new ();
  cr_involvement_set_agency_id (involvement, agency_id);
  cr_involvement_set_agency_name (involvement, cr_agency_get_name (agency));
  cr_involvement_set_role (involvement, role);
  g_list_store_append (get_involvements (self), involvement);

  /* Ready for the next one. */
  gtk_editable_set_text (GTK_EDITABLE (self->role_row), "");
  adw_combo_row_set_selected (self->agency_row, 0);
  fill_agencies (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->agency_row));

  cr_referral_page_changed (CR_REFERRAL_PAGE (self), "involvements");
}

static void
set_role_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CrReferralPageArea *self = CR_REFERRAL_PAGE_AREA (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->role_row), g_variant_get_string (parameter, NULL));
  gtk_widget_grab_focus (GTK_WIDGET (self->role_row));
  gtk_editable_set_position (GTK_EDITABLE (self->role_row), -1);
}

static void
on_agencies_changed_cb (CrReferralPageArea *self)
{
  fill_agencies (self);
}

/*
 * CrReferralPage overrides
 */

static void
cr_referral_page_area_shown (CrAssistantPage *page)
{
  CR_ASSISTANT_PAGE_CLASS (cr_referral_page_area_parent_class)->shown (page);

  /* The referring agency may have been chosen since. */
  fill_agencies (CR_REFERRAL_PAGE_AREA (page));
}

static void
cr_referral_page_area_load (CrReferralPage *page)
{
  CrReferralPageArea *self = CR_REFERRAL_PAGE_AREA (page);
  CrRecord *referral = CR_RECORD (cr_referral_page_get_referral (page));
  g_autoptr(GSettings) settings = cr_dup_settings ();
  g_autoptr(GMenu) roles = g_menu_new ();
  const char * const *suggestions = cr_involvement_get_role_suggestions ();
  g_autofree char *local_authority = NULL;
  GtkWidget *placeholder;

  /* The partnership's own local authority, until the user says otherwise. */
  if (settings != NULL)
    local_authority = g_strstrip (g_settings_get_string (settings, "local-authority"));
  if (local_authority != NULL && local_authority[0] != '\0')
    {
      if (!cr_record_has (referral, "incident-la"))
        cr_record_set (referral, "incident-la", local_authority);
      if (!cr_record_has (referral, "residence-la"))
        cr_record_set (referral, "residence-la", local_authority);
    }

  cr_referral_page_bind_entry (page, self->incident_la_row, NULL, "incident-la");
  cr_referral_page_bind_entry (page, self->residence_la_row, NULL, "residence-la");
  cr_referral_page_add_message (page, "involvements", GTK_WIDGET (self->involved_list),
                                self->involvements_message);
  cr_referral_page_add_message (page, NULL, NULL, self->step_message);

  placeholder = gtk_label_new (_("No agencies added yet"));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (self->involved_list, placeholder);
  gtk_list_box_bind_model (self->involved_list, G_LIST_MODEL (get_involvements (self)),
                           create_involvement_row, self, NULL);

  for (guint i = 0; suggestions[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_(suggestions[i]), NULL);

      g_menu_item_set_action_and_target (item, "area.set-role", "s", _(suggestions[i]));
      g_menu_append_item (roles, item);
    }
  gtk_menu_button_set_menu_model (self->role_menu_button, G_MENU_MODEL (roles));
  cr_entry_row_set_accessible_label (GTK_WIDGET (self->role_row), _("Role of the agency"));

  fill_agencies (self);
  g_signal_connect_object (cr_referral_page_get_agencies (page), "items-changed",
                           G_CALLBACK (on_agencies_changed_cb), self, G_CONNECT_SWAPPED);
}

/*
 * GObject overrides
 */

static void
cr_referral_page_area_dispose (GObject *object)
{
  CrReferralPageArea *self = (CrReferralPageArea *)object;

  if (self->involved_list != NULL)
    gtk_list_box_bind_model (self->involved_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_REFERRAL_PAGE_AREA);
  g_clear_pointer (&self->agency_ids, g_array_unref);

  G_OBJECT_CLASS (cr_referral_page_area_parent_class)->dispose (object);
}

static void
cr_referral_page_area_class_init (CrReferralPageAreaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CrAssistantPageClass *assistant_page_class = CR_ASSISTANT_PAGE_CLASS (klass);
  CrReferralPageClass *page_class = CR_REFERRAL_PAGE_CLASS (klass);

  object_class->dispose = cr_referral_page_area_dispose;
  assistant_page_class->shown = cr_referral_page_area_shown;
  page_class->step = CR_REFERRAL_STEP_AREA;
  page_class->load = cr_referral_page_area_load;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-referral-page-area.ui");
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageArea, incident_la_row);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageArea, residence_la_row);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageArea, involved_list);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageArea, involvements_message);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageArea, add_button);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageArea, agency_row);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageArea, role_row);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageArea, role_menu_button);
  gtk_widget_class_bind_template_child (widget_class, CrReferralPageArea, step_message);
  gtk_widget_class_bind_template_callback (widget_class, on_new_involvement_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked_cb);

  gtk_widget_class_install_action (widget_class, "area.set-role", "s", set_role_action);
}

static void
cr_referral_page_area_init (CrReferralPageArea *self)
{
  self->agency_ids = g_array_new (FALSE, TRUE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));
}
