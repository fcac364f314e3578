/* cr-rr-page-sign-off.c: the partners' sign-off and sending the report
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrRrPageSignOff"

#include "config.h"

#include "cr-rr-page-sign-off.h"

#include "cr-edit-utils.h"
#include "cr-rapid-review.h"
#include "cr-rr-format.h"
#include "cr-rr-report-preview.h"
#include "cr-sign-off.h"

#include <glib/gi18n.h>

typedef struct
{
  CrSignOff      *sign_off;
  AdwExpanderRow *row;
  GtkWidget      *done_icon;
} Slot;

struct _CrRrPageSignOff
{
  CrRrPage      parent_instance;

  /* Template widgets */
  GtkBox       *content;
  GtkListBox   *sign_off_list;
  AdwEntryRow  *sent_row;
  GtkLabel     *sent_message;
  AdwActionRow *preview_row;
  GtkButton    *preview_button;
  GtkLabel     *sent_hint;

  /* Owned */
  GPtrArray    *slots;    /* Slot */
};

G_DEFINE_FINAL_TYPE (CrRrPageSignOff, cr_rr_page_sign_off, CR_TYPE_RR_PAGE)

static void
slot_free (gpointer data)
{
  Slot *slot = data;

  g_clear_object (&slot->sign_off);
  g_free (slot);
}

static void
update_slot (Slot *slot)
{
  CrRecord *record = CR_RECORD (slot->sign_off);
  const char *name = cr_record_get (record, "name");
  const char *role = cr_record_get (record, "role");
  const char *date = cr_record_get (record, "signed-date");
  g_autofree char *subtitle = NULL;
  g_autofree char *day = NULL;
  gboolean complete = cr_sign_off_is_complete (slot->sign_off);

  if (complete)
    {
      day = cr_rr_format_day (date);
      if (role != NULL)
        /* Translators: "Signed by Jo Smith, Director of Children's Services, on Fri 14 Nov" */
        subtitle = g_strdup_printf (_("Signed by %s, %s, on %s"), name, role, day);
      else
        /* Translators: "Signed by Jo Smith on Fri 14 Nov" */
        subtitle = g_strdup_printf (_("Signed by %s on %s"), name, day);
    }
  else if (name != NULL || date != NULL)
    subtitle = g_strdup (_("Needs the name and the date signed"));
  else
    subtitle = g_strdup (_("Not signed yet"));

  adw_expander_row_set_subtitle (slot->row, subtitle);
  gtk_widget_set_visible (slot->done_icon, complete);
}

static void
add_entry (CrRrPageSignOff *self,
           Slot            *slot,
           const char      *title,
           const char      *field,
           const char      *partner)
{
  g_autofree char *label = NULL;
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *message = cr_rr_message_label_new (FALSE);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), message);
  /* Translators: accessible label: "Name (Police)" */
  label = g_strdup_printf (_("%s (%s)"), title, partner);
  cr_entry_row_set_accessible_label (row, label);
  adw_expander_row_add_row (slot->row, row);
  cr_rr_page_bind_entry (CR_RR_PAGE (self), ADW_ENTRY_ROW (row), CR_RECORD (slot->sign_off),
                         field, GTK_LABEL (message));
}

static void
add_slot (CrRrPageSignOff *self,
          CrSignOff       *sign_off)
{
  Slot *slot = g_new0 (Slot, 1);
  const char *partner = cr_rr_choice_label (CR_RECORD (sign_off), "partner");

  if (partner == NULL)
    partner = _("Partner not known");

  slot->sign_off = g_object_ref (sign_off);
  slot->row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (slot->row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (slot->row), partner);

  slot->done_icon = gtk_image_new_from_icon_name ("emblem-ok-symbolic");
  gtk_widget_add_css_class (slot->done_icon, "success");
  gtk_accessible_update_property (GTK_ACCESSIBLE (slot->done_icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Signed"),
                                  -1);
  adw_expander_row_add_action (slot->row, slot->done_icon);

  add_entry (self, slot, _("Name"), "name", partner);
  add_entry (self, slot, _("Role"), "role", partner);
  add_entry (self, slot, _("Date signed"), "signed-date", partner);

  gtk_list_box_append (self->sign_off_list, GTK_WIDGET (slot->row));
  g_ptr_array_add (self->slots, slot);

  update_slot (slot);
}

static void
on_preview_clicked_cb (CrRrPageSignOff *self)
{
  CrRrContext *ctx = cr_rr_page_get_context (CR_RR_PAGE (self));

  if (ctx == NULL || ctx->kase == NULL)
    return;

  cr_rr_report_preview_open (GTK_WIDGET (self->preview_button), ctx->db, ctx->kase,
                             cr_assistant_get_cancellable (ctx->assistant));
}

/*
 * CrRrPage
 */

static void
cr_rr_page_sign_off_load (CrRrPage *page)
{
  CrRrPageSignOff *self = CR_RR_PAGE_SIGN_OFF (page);
  CrRapidReview *rr = cr_rr_page_get_rapid_review (page);
  GListModel *sign_offs = G_LIST_MODEL (cr_rapid_review_get_sign_offs (rr));

  for (guint i = 0; i < self->slots->len; i++)
    gtk_list_box_remove (self->sign_off_list,
                         GTK_WIDGET (((Slot *) g_ptr_array_index (self->slots, i))->row));
  g_ptr_array_set_size (self->slots, 0);

  for (guint i = 0; i < g_list_model_get_n_items (sign_offs); i++)
    {
      g_autoptr(CrSignOff) sign_off = g_list_model_get_item (sign_offs, i);

      add_slot (self, sign_off);
    }

  /* Open the first still to sign, so the form shows its shape. */
  for (guint i = 0; i < self->slots->len; i++)
    {
      Slot *slot = g_ptr_array_index (self->slots, i);

      if (!cr_sign_off_is_complete (slot->sign_off))
        {
          adw_expander_row_set_expanded (slot->row, TRUE);
          break;
        }
    }

  cr_rr_page_bind_entry (page, self->sent_row, CR_RECORD (rr), "report-sent-date", self->sent_message);
}

static void
cr_rr_page_sign_off_refresh (CrRrPage *page)
{
  CrRrPageSignOff *self = CR_RR_PAGE_SIGN_OFF (page);
  CrRrContext *ctx = cr_rr_page_get_context (page);
  CrRapidReview *rr = ctx->rr;
  gboolean signed_off = cr_rapid_review_is_signed_off (rr);
  gboolean has_sent = cr_record_has (CR_RECORD (rr), "report-sent-date");
  g_autofree char *missing = NULL;
  g_autofree char *hint = NULL;
  gboolean stored = cr_record_get_id (CR_RECORD (rr)) != 0;

  for (guint i = 0; i < self->slots->len; i++)
    update_slot (g_ptr_array_index (self->slots, i));

  /* A date already there stays editable, so it can be corrected. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->sent_row), signed_off || has_sent);
  if (!signed_off)
    {
      missing = cr_rr_missing_sign_offs (rr);
      /* Translators: %s lists partners, "Integrated care board, Police" */
      hint = g_strdup_printf (_("The report can be sent once all three partners have signed off. Still to sign: %s."),
                              missing);
    }
  gtk_label_set_text (self->sent_hint, hint != NULL ? hint : "");
  gtk_widget_set_visible (GTK_WIDGET (self->sent_hint), hint != NULL);
  if (hint != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->sent_row),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, hint,
                                    -1);

  adw_action_row_set_subtitle (self->preview_row,
                               stored
                               ? _("The preview shows the rapid review as last saved. Changes made here appear once you save on the last page.")
                               : _("Nothing is saved yet: save the rapid review on the last page, then preview the report."));
  gtk_widget_set_sensitive (GTK_WIDGET (self->preview_button), stored && ctx->kase != NULL);
}

/*
 * GObject overrides
 */

static void
cr_rr_page_sign_off_dispose (GObject *object)
{
  CrRrPageSignOff *self = CR_RR_PAGE_SIGN_OFF (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_RR_PAGE_SIGN_OFF);
  g_clear_pointer (&self->slots, g_ptr_array_unref);

  G_OBJECT_CLASS (cr_rr_page_sign_off_parent_class)->dispose (object);
}

static void
cr_rr_page_sign_off_class_init (CrRrPageSignOffClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CrRrPageClass *rr_page_class = CR_RR_PAGE_CLASS (klass);

  object_class->dispose = cr_rr_page_sign_off_dispose;
  rr_page_class->load = cr_rr_page_sign_off_load;
  rr_page_class->refresh = cr_rr_page_sign_off_refresh;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-rr-page-sign-off.ui");
  gtk_widget_class_bind_template_child (widget_class, CrRrPageSignOff, content);
  gtk_widget_class_bind_template_child (widget_class, CrRrPageSignOff, sign_off_list);
  gtk_widget_class_bind_template_child (widget_class, CrRrPageSignOff, sent_row);
  gtk_widget_class_bind_template_child (widget_class, CrRrPageSignOff, sent_message);
  gtk_widget_class_bind_template_child (widget_class, CrRrPageSignOff, preview_row);
  gtk_widget_class_bind_template_child (widget_class, CrRrPageSignOff, preview_button);
  gtk_widget_class_bind_template_child (widget_class, CrRrPageSignOff, sent_hint);
  gtk_widget_class_bind_template_callback (widget_class, on_preview_clicked_cb);
}

static void
cr_rr_page_sign_off_init (CrRrPageSignOff *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->slots = g_ptr_array_new_with_free_func (slot_free);
  cr_entry_row_set_accessible_label (GTK_WIDGET (self->sent_row),
                                     _("Date the report was sent to the Panel"));
  cr_rr_page_setup (CR_RR_PAGE (self), self->content);
}

CrAssistantPage *
cr_rr_page_sign_off_new (void)
{
  return g_object_new (CR_TYPE_RR_PAGE_SIGN_OFF,
                       "step", CR_RAPID_REVIEW_STEP_SIGN_OFF,
                       NULL);
}
