/* cr-rr-page-meeting.c: the rapid review meeting and who attended
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrRrPageMeeting"

#include "config.h"

#include "cr-rr-page-meeting.h"

#include "cr-attendee.h"
#include "cr-edit-utils.h"
#include "cr-involvement.h"
#include "cr-rapid-review.h"

#include <glib/gi18n.h>

/* A row of the attendance list: an attendee being typed. It belongs to
 * the rapid review only once it has a name or role. */
typedef struct
{
  CrAttendee     *attendee;
  AdwExpanderRow *row;
  gboolean        extra;       /* added by the user: may be removed */
} Slot;

struct _CrRrPageMeeting
{
  CrRrPage        parent_instance;

  /* Template widgets */
  GtkBox         *content;
  AdwEntryRow    *date_row;
  GtkLabel       *date_message;
  AdwEntryRow    *time_row;
  GtkLabel       *time_message;
  AdwEntryRow    *place_row;
  GtkLabel       *place_message;
  AdwEntryRow    *chair_row;
  GtkLabel       *chair_message;
  AdwPreferencesGroup *attendance_group;
  GtkListBox     *attendee_list;
  GtkLabel       *no_agencies_label;

  /* Owned */
  GPtrArray      *slots;       /* Slot */
};

G_DEFINE_FINAL_TYPE (CrRrPageMeeting, cr_rr_page_meeting, CR_TYPE_RR_PAGE)

static void
slot_free (gpointer data)
{
  Slot *slot = data;

  g_clear_object (&slot->attendee);
  g_free (slot);
}

static gboolean
slot_has_content (Slot *slot)
{
  return cr_record_has (CR_RECORD (slot->attendee), "name") ||
         cr_record_has (CR_RECORD (slot->attendee), "role");
}

/*
 * Rows
 */

static void
update_slot_subtitle (Slot *slot)
{
  CrRecord *attendee = CR_RECORD (slot->attendee);
  const char *name = cr_record_get (attendee, "name");
  const char *role = cr_record_get (attendee, "role");
  gboolean attended = g_strcmp0 (cr_record_get (attendee, "attended"), "false") != 0;
  g_autofree char *who = NULL;
  g_autofree char *subtitle = NULL;

  if (name == NULL && role == NULL)
    {
      adw_expander_row_set_subtitle (slot->row, _("No one recorded yet"));
      return;
    }

  if (name != NULL && role != NULL)
    /* Translators: an attendee, "Jo Smith, Designated nurse" */
    who = g_strdup_printf (_("%s, %s"), name, role);
  else
    who = g_strdup (name != NULL ? name : role);

  subtitle = g_strdup_printf (attended
                              /* Translators: %s is an attendee's name and role */
                              ? _("%s — attended")
                              /* Translators: %s is an attendee's name and role */
                              : _("%s — sent apologies"),
                              who);
  adw_expander_row_set_subtitle (slot->row, subtitle);
}

static void remove_slot (CrRrPageMeeting *self,
                         Slot            *slot);

static void
on_remove_clicked_cb (GtkButton       *button,
                      CrRrPageMeeting *self)
{
  Slot *slot = g_object_get_data (G_OBJECT (button), "cr-slot");

  remove_slot (self, slot);
}

static void
create_slot_row (CrRrPageMeeting *self,
                 Slot            *slot)
{
  CrRrPage *page = CR_RR_PAGE (self);
  const char *agency = cr_record_get (CR_RECORD (slot->attendee), "agency-name");
  g_autofree char *name_label = NULL;
  g_autofree char *role_label = NULL;
  GtkWidget *name_row, *name_message;
  GtkWidget *role_row, *role_message;
  GtkWidget *attended_row, *sw;

  if (agency == NULL)
    agency = _("Agency not known");

  slot->row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (slot->row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (slot->row), agency);

  /* Translators: accessible label of an attendee's name; %s is an agency */
  name_label = g_strdup_printf (_("Name of the attendee for %s"), agency);
  name_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (name_row), _("Name"));
  name_message = cr_rr_message_label_new (FALSE);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (name_row), name_message);
  cr_entry_row_set_accessible_label (name_row, name_label);
  adw_expander_row_add_row (slot->row, name_row);

  /* Translators: accessible label of an attendee's role; %s is an agency */
  role_label = g_strdup_printf (_("Role of the attendee for %s"), agency);
  role_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (role_row), _("Role"));
  role_message = cr_rr_message_label_new (FALSE);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (role_row), role_message);
  cr_entry_row_set_accessible_label (role_row, role_label);
  adw_expander_row_add_row (slot->row, role_row);

  attended_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (attended_row), _("Attended"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (attended_row), _("Turn off if the agency sent apologies"));
  sw = gtk_switch_new ();
  gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (attended_row), sw);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (attended_row), sw);
  adw_expander_row_add_row (slot->row, attended_row);

  if (slot->extra)
    {
      g_autofree char *remove_label = NULL;
      GtkWidget *remove;

      /* Translators: tooltip of a button; %s is an agency */
      remove_label = g_strdup_printf (_("Remove this attendee for %s"), agency);
      remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, remove_label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label,
                                      -1);
      g_object_set_data (G_OBJECT (remove), "cr-slot", slot);
      g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked_cb), self);
      adw_expander_row_add_action (slot->row, remove);
    }

  cr_rr_page_bind_entry (page, ADW_ENTRY_ROW (name_row), CR_RECORD (slot->attendee), "name",
                         GTK_LABEL (name_message));
  cr_rr_page_bind_entry (page, ADW_ENTRY_ROW (role_row), CR_RECORD (slot->attendee), "role",
                         GTK_LABEL (role_message));
  cr_rr_page_bind_switch (page, GTK_SWITCH (sw), CR_RECORD (slot->attendee), "attended");

  gtk_list_box_append (self->attendee_list, GTK_WIDGET (slot->row));
  update_slot_subtitle (slot);
}

/* The attendees of the rapid review: the slots with something in them,
 * in the order shown. */
static void
sync_attendees (CrRrPageMeeting *self)
{
  CrRapidReview *rr = cr_rr_page_get_rapid_review (CR_RR_PAGE (self));
  GListStore *store;
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  guint n;

  if (rr == NULL)
    return;

  store = cr_rapid_review_get_attendees (rr);
  for (guint i = 0; i < self->slots->len; i++)
    {
      Slot *slot = g_ptr_array_index (self->slots, i);

      if (slot_has_content (slot))
        g_ptr_array_add (kept, slot->attendee);
    }

  /* Nothing to do when the store already holds exactly these. */
  n = g_list_model_get_n_items (G_LIST_MODEL (store));
  if (n == kept->len)
    {
      gboolean same = TRUE;

      for (guint i = 0; i < n && same; i++)
        {
          g_autoptr(CrAttendee) item = g_list_model_get_item (G_LIST_MODEL (store), i);

          same = item == g_ptr_array_index (kept, i);
        }
      if (same)
        return;
    }

  g_list_store_splice (store, 0, n, kept->pdata, kept->len);
}

static Slot *
add_slot (CrRrPageMeeting *self,
          CrAttendee      *attendee,
          gboolean         extra)
{
  Slot *slot = g_new0 (Slot, 1);

  slot->attendee = g_object_ref (attendee);
  slot->extra = extra;
  g_ptr_array_add (self->slots, slot);
  create_slot_row (self, slot);
  return slot;
}

static void
remove_slot (CrRrPageMeeting *self,
             Slot            *slot)
{
  cr_rr_page_unbind_record (CR_RR_PAGE (self), CR_RECORD (slot->attendee));
  gtk_list_box_remove (self->attendee_list, GTK_WIDGET (slot->row));
  g_ptr_array_remove (self->slots, slot);
  sync_attendees (self);
  cr_rr_page_changed (CR_RR_PAGE (self));
}

static CrAttendee *
new_attendee (CrRrPageMeeting *self,
              gint64           agency_id,
              const char      *agency_name)
{
  CrRapidReview *rr = cr_rr_page_get_rapid_review (CR_RR_PAGE (self));
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, agency_id);
  CrAttendee *attendee = cr_attendee_new ();

  cr_record_set_case_id (CR_RECORD (attendee), cr_record_get_case_id (CR_RECORD (rr)));
  cr_record_set (CR_RECORD (attendee), "agency-id", id);
  cr_record_set (CR_RECORD (attendee), "agency-name", agency_name);
  cr_record_set (CR_RECORD (attendee), "attended", "true");
  return attendee;
}

static void
on_agency_picked_cb (CrRrPage   *page,
                     gint64      agency_id,
                     const char *agency_name)
{
  CrRrPageMeeting *self = CR_RR_PAGE_MEETING (page);
  g_autoptr(CrAttendee) attendee = new_attendee (self, agency_id, agency_name);
  Slot *slot;

  slot = add_slot (self, attendee, TRUE);
  cr_rr_page_load_bindings (page, CR_RECORD (attendee));
  adw_expander_row_set_expanded (slot->row, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->no_agencies_label), FALSE);
  cr_rr_page_changed (page);
}

/*
 * CrRrPage
 */

static void
clear_slots (CrRrPageMeeting *self)
{
  for (guint i = 0; i < self->slots->len; i++)
    {
      Slot *slot = g_ptr_array_index (self->slots, i);

      gtk_list_box_remove (self->attendee_list, GTK_WIDGET (slot->row));
    }
  g_ptr_array_set_size (self->slots, 0);
}

static void
cr_rr_page_meeting_load (CrRrPage *page)
{
  CrRrPageMeeting *self = CR_RR_PAGE_MEETING (page);
  CrRrContext *ctx = cr_rr_page_get_context (page);
  CrRecord *rr = CR_RECORD (ctx->rr);
  GListModel *attendees = G_LIST_MODEL (cr_rapid_review_get_attendees (ctx->rr));
  gboolean expanded = FALSE;

  cr_rr_page_bind_entry (page, self->date_row, rr, "meeting-date", self->date_message);
  cr_rr_page_bind_entry (page, self->time_row, rr, "meeting-time", self->time_message);
  cr_rr_page_bind_entry (page, self->place_row, rr, "meeting-location", self->place_message);
  cr_rr_page_bind_entry (page, self->chair_row, rr, "chair", self->chair_message);

  clear_slots (self);

  /* Those recorded, then an empty row for every agency involved that has
   * nobody recorded yet. */
  for (guint i = 0; i < g_list_model_get_n_items (attendees); i++)
    {
      g_autoptr(CrAttendee) attendee = g_list_model_get_item (attendees, i);
      const char *agency_id = cr_record_get (CR_RECORD (attendee), "agency-id");
      gboolean involved = FALSE;

      for (guint j = 0; ctx->involvements != NULL && j < ctx->involvements->len && !involved; j++)
        {
          g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                 cr_involvement_get_agency_id (g_ptr_array_index (ctx->involvements, j)));

          involved = g_strcmp0 (id, agency_id) == 0;
        }
      add_slot (self, attendee, !involved);
    }

  for (guint j = 0; ctx->involvements != NULL && j < ctx->involvements->len; j++)
    {
      CrInvolvement *involvement = g_ptr_array_index (ctx->involvements, j);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT,
                                             cr_involvement_get_agency_id (involvement));
      gboolean recorded = FALSE;

      for (guint i = 0; i < self->slots->len && !recorded; i++)
        {
          Slot *slot = g_ptr_array_index (self->slots, i);

          recorded = g_strcmp0 (cr_record_get (CR_RECORD (slot->attendee), "agency-id"), id) == 0;
        }
      if (!recorded)
        {
          g_autoptr(CrAttendee) attendee = new_attendee (self,
                                                         cr_involvement_get_agency_id (involvement),
                                                         cr_involvement_get_agency_name (involvement));
          Slot *slot = add_slot (self, attendee, FALSE);

          /* Open the first one to fill in, so the form shows its shape. */
          if (!expanded)
            {
              adw_expander_row_set_expanded (slot->row, TRUE);
              expanded = TRUE;
            }
        }
    }

  gtk_widget_set_visible (GTK_WIDGET (self->no_agencies_label), self->slots->len == 0);
}

static void
cr_rr_page_meeting_refresh (CrRrPage *page)
{
  CrRrPageMeeting *self = CR_RR_PAGE_MEETING (page);

  for (guint i = 0; i < self->slots->len; i++)
    update_slot_subtitle (g_ptr_array_index (self->slots, i));
  sync_attendees (self);
}

static void
cr_rr_page_meeting_shown (CrAssistantPage *page)
{
  CrRrPageMeeting *self = CR_RR_PAGE_MEETING (page);

  gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
}

/*
 * GObject overrides
 */

static void
cr_rr_page_meeting_dispose (GObject *object)
{
  CrRrPageMeeting *self = CR_RR_PAGE_MEETING (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_RR_PAGE_MEETING);
  g_clear_pointer (&self->slots, g_ptr_array_unref);

  G_OBJECT_CLASS (cr_rr_page_meeting_parent_class)->dispose (object);
}

static void
cr_rr_page_meeting_class_init (CrRrPageMeetingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CrAssistantPageClass *page_class = CR_ASSISTANT_PAGE_CLASS (klass);
  CrRrPageClass *rr_page_class = CR_RR_PAGE_CLASS (klass);

  object_class->dispose = cr_rr_page_meeting_dispose;
  page_class->shown = cr_rr_page_meeting_shown;
  rr_page_class->load = cr_rr_page_meeting_load;
  rr_page_class->refresh = cr_rr_page_meeting_refresh;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-rr-page-meeting.ui");
  gtk_widget_class_bind_template_child (widget_class, CrRrPageMeeting, content);
  gtk_widget_class_bind_template_child (widget_class, CrRrPageMeeting, date_row);
  gtk_widget_class_bind_template_child (widget_class, CrRrPageMeeting, date_message);
  gtk_widget_class_bind_template_child (widget_class, CrRrPageMeeting, time_row);
  gtk_widget_class_bind_template_child (widget_class, CrRrPageMeeting, time_message);
  gtk_widget_class_bind_template_child (widget_class, CrRrPageMeeting, place_row);
  gtk_widget_class_bind_template_child (widget_class, CrRrPageMeeting, place_message);
  gtk_widget_class_bind_template_child (widget_class, CrRrPageMeeting, chair_row);
  gtk_widget_class_bind_template_child (widget_class, CrRrPageMeeting, chair_message);
  gtk_widget_class_bind_template_child (widget_class, CrRrPageMeeting, attendance_group);
  gtk_widget_class_bind_template_child (widget_class, CrRrPageMeeting, attendee_list);
  gtk_widget_class_bind_template_child (widget_class, CrRrPageMeeting, no_agencies_label);
}

static void
cr_rr_page_meeting_init (CrRrPageMeeting *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->slots = g_ptr_array_new_with_free_func (slot_free);

  cr_entry_row_set_accessible_label (GTK_WIDGET (self->date_row), _("Date of the meeting"));
  cr_entry_row_set_accessible_label (GTK_WIDGET (self->time_row), _("Time of the meeting"));
  cr_entry_row_set_accessible_label (GTK_WIDGET (self->place_row), _("Place of the meeting"));
  cr_entry_row_set_accessible_label (GTK_WIDGET (self->chair_row), _("Chair of the meeting"));

  adw_preferences_group_set_header_suffix (self->attendance_group,
                                           cr_rr_page_create_agency_picker (CR_RR_PAGE (self),
                                                                            _("Add Attendee"),
                                                                            on_agency_picked_cb));

  cr_rr_page_setup (CR_RR_PAGE (self), self->content);
}

CrAssistantPage *
cr_rr_page_meeting_new (void)
{
  return g_object_new (CR_TYPE_RR_PAGE_MEETING,
                       "step", CR_RAPID_REVIEW_STEP_MEETING,
                       NULL);
}
