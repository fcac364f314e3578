/* cr-rr-page-picker.c: choosing an agency on a rapid review page
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrRrPage"

#include "config.h"

#include "cr-rr-page.h"

#include "cr-agency.h"
#include "cr-involvement.h"

#include <glib/gi18n.h>

/*
 * The agency picker
 */

typedef struct
{
  CrRrPage         *page;
  GtkMenuButton    *button;
  GtkDropDown      *dropdown;
  GArray           *ids;       /* gint64, parallel to the dropdown's items */
  CrRrAgencyPicked  picked;
} AgencyPicker;

static void
agency_picker_free (gpointer data)
{
  AgencyPicker *picker = data;

  g_array_unref (picker->ids);
  g_free (picker);
}

static void
on_agency_picker_show_cb (GtkPopover   *popover,
                          AgencyPicker *picker)
{
  CrRrContext *ctx = cr_rr_page_get_context (picker->page);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_array_set_size (picker->ids, 0);

  /* The agencies involved in the case first, then the rest of the
   * register that is still active. */
  for (guint i = 0; ctx != NULL && ctx->involvements != NULL && i < ctx->involvements->len; i++)
    {
      CrInvolvement *involvement = g_ptr_array_index (ctx->involvements, i);
      gint64 id = cr_involvement_get_agency_id (involvement);

      gtk_string_list_append (names, cr_involvement_get_agency_name (involvement));
      g_array_append_val (picker->ids, id);
    }

  for (guint i = 0; ctx != NULL && ctx->agencies != NULL && i < ctx->agencies->len; i++)
    {
      CrAgency *agency = g_ptr_array_index (ctx->agencies, i);
      gint64 id = cr_agency_get_id (agency);
      gboolean listed = FALSE;

      for (guint j = 0; j < picker->ids->len && !listed; j++)
        listed = g_array_index (picker->ids, gint64, j) == id;
      if (listed || cr_agency_get_archived (agency))
        continue;

      gtk_string_list_append (names, cr_agency_get_name (agency));
      g_array_append_val (picker->ids, id);
    }

  gtk_drop_down_set_model (picker->dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (picker->dropdown, 0);
}

static void
on_agency_picker_add_cb (GtkButton    *button,
                         AgencyPicker *picker)
{
  guint selected = gtk_drop_down_get_selected (picker->dropdown);
  GtkStringObject *item;

  if (selected == GTK_INVALID_LIST_POSITION || selected >= picker->ids->len)
    return;

  item = gtk_drop_down_get_selected_item (picker->dropdown);
  gtk_menu_button_popdown (picker->button);
  picker->picked (picker->page, g_array_index (picker->ids, gint64, selected),
                  gtk_string_object_get_string (item));
}

GtkWidget *
cr_rr_page_create_agency_picker (CrRrPage         *self,
                                 const char       *label,
                                 CrRrAgencyPicked  picked)
{
  AgencyPicker *picker;
  GtkWidget *button;
  GtkWidget *popover;
  GtkWidget *box;
  GtkWidget *heading;
  GtkWidget *dropdown;
  GtkWidget *add;

  g_return_val_if_fail (CR_IS_RR_PAGE (self), NULL);

  button = gtk_menu_button_new ();
  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), label);
  /* Without it GTK 4.8 names the menu button "GtkMenuButton" */
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_size_request (box, 280, -1);

  heading = gtk_label_new (_("Agency"));
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (box), heading);

  dropdown = gtk_drop_down_new (NULL, NULL);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (dropdown), TRUE);
  gtk_drop_down_set_expression (GTK_DROP_DOWN (dropdown),
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Agency"),
                                  -1);
  gtk_box_append (GTK_BOX (box), dropdown);

  add = gtk_button_new_with_mnemonic (_("_Add"));
  gtk_widget_set_halign (add, GTK_ALIGN_END);
  gtk_widget_set_margin_top (add, 6);
  gtk_widget_add_css_class (add, "suggested-action");
  gtk_box_append (GTK_BOX (box), add);

  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);

  picker = g_new0 (AgencyPicker, 1);
  picker->page = self;
  picker->button = GTK_MENU_BUTTON (button);
  picker->dropdown = GTK_DROP_DOWN (dropdown);
  picker->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  picker->picked = picked;
  g_object_set_data_full (G_OBJECT (button), "cr-agency-picker", picker, agency_picker_free);

  g_signal_connect (popover, "show", G_CALLBACK (on_agency_picker_show_cb), picker);
  g_signal_connect (add, "clicked", G_CALLBACK (on_agency_picker_add_cb), picker);

  return button;
}
