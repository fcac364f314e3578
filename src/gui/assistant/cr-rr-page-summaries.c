/* cr-rr-page-summaries.c: each agency's summary of its involvement
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrRrPageSummaries"

#include "config.h"

#include "cr-rr-page-summaries.h"

#include "cr-agency-summary.h"
#include "cr-edit-utils.h"
#include "cr-involvement.h"
#include "cr-rapid-review.h"
#include "cr-rr-format.h"
#include "cr-util.h"
#include "cr-working-days.h"

#include <glib/gi18n.h>

/* A summary "due soon" has at most this many working days left. */
#define DUE_SOON_DAYS 2

typedef struct
{
  CrAgencySummary *summary;
  AdwExpanderRow  *row;
  GtkLabel        *state;      /* the pill at the end of the row */
} Slot;

struct _CrRrPageSummaries
{
  CrRrPage             parent_instance;

  /* Template widgets */
  GtkBox              *content;
  AdwPreferencesGroup *summaries_group;
  GtkBox              *header_box;
  GtkButton           *request_all_button;
  GtkLabel            *due_label;
  GtkListBox          *summary_list;

  /* Owned */
  GPtrArray           *slots;  /* Slot */
};

G_DEFINE_FINAL_TYPE (CrRrPageSummaries, cr_rr_page_summaries, CR_TYPE_RR_PAGE)

static void
slot_free (gpointer data)
{
  Slot *slot = data;

  g_clear_object (&slot->summary);
  g_free (slot);
}

/* The default due date as ISO, or NULL when the notification date is not
 * known. */
static char *
dup_default_due (CrRrPageSummaries *self)
{
  CrRrContext *ctx = cr_rr_page_get_context (CR_RR_PAGE (self));
  GDate due;

  if (ctx == NULL || ctx->kase == NULL ||
      !cr_rapid_review_default_summary_due (cr_case_get_notified_date (ctx->kase),
                                            ctx->closures, &due))
    return NULL;
  return cr_date_to_iso (&due);
}

/* "Due Fri 14 Nov (day 10 of 15)" */
static char *
describe_due (CrRrPageSummaries *self,
              const char        *due)
{
  CrRrContext *ctx = cr_rr_page_get_context (CR_RR_PAGE (self));
  g_autofree char *day = cr_rr_format_day (due);
  int number;

  if (ctx->kase != NULL &&
      cr_rr_working_day_number (cr_case_get_notified_date (ctx->kase), due, ctx->closures, &number) &&
      number >= 0)
    /* Translators: "Due Fri 14 Nov (day 10 of 15)": a day, then the
     * working day of the rapid review it falls on, then the days it has */
    return g_strdup_printf (_("Due %s (day %d of %d)"), day, number, CR_RR_WORKING_DAYS);

  /* Translators: %s is a day such as "Fri 14 Nov" */
  return g_strdup_printf (_("Due %s"), day);
}

/*
 * Rows
 */

static void
set_state (Slot       *slot,
           const char *text,
           const char *style)
{
  const char *styles[] = { "error", "warning", "success", "dim-label" };

  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (slot->state), styles[i]);
  gtk_widget_add_css_class (GTK_WIDGET (slot->state), style);
  gtk_label_set_text (slot->state, text);
}

static void
update_slot (CrRrPageSummaries *self,
             Slot              *slot)
{
  CrRecord *summary = CR_RECORD (slot->summary);
  const char *requested = cr_record_get (summary, "requested-date");
  const char *due = cr_record_get (summary, "due-date");
  const char *received = cr_record_get (summary, "received-date");
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *subtitle = NULL;
  g_autofree char *description = NULL;
  g_autoptr(GError) error = NULL;
  GDate today, due_date;

  cr_date_set_today (&today);

  if (requested != NULL)
    {
      g_autofree char *day = cr_rr_format_day (requested);

      /* Translators: %s is a day such as "Fri 14 Nov" */
      g_ptr_array_add (parts, g_strdup_printf (_("Requested %s"), day));
    }
  if (due != NULL)
    g_ptr_array_add (parts, describe_due (self, due));
  if (received != NULL)
    {
      g_autofree char *day = cr_rr_format_day (received);

      /* Translators: %s is a day such as "Fri 14 Nov" */
      g_ptr_array_add (parts, g_strdup_printf (_("Received %s"), day));
    }

  if (!cr_record_validate (summary, &error))
    {
      set_state (slot, _("Check dates"), "error");
      description = g_strdup (error->message);
    }
  else if (received != NULL)
    set_state (slot, _("Received"), "success");
  else if (cr_agency_summary_is_overdue (slot->summary, NULL))
    {
      set_state (slot, _("Overdue"), "error");
      description = g_strdup (_("This summary is overdue."));
    }
  else if (due != NULL && cr_date_parse_iso (due, &due_date) &&
           cr_working_days_between (&today, &due_date, cr_rr_page_get_context (CR_RR_PAGE (self))->closures) <= DUE_SOON_DAYS)
    {
      set_state (slot, _("Due soon"), "warning");
      description = g_strdup (_("This summary is due within two working days."));
    }
  else if (requested != NULL)
    set_state (slot, _("Requested"), "dim-label");
  else
    set_state (slot, _("Not requested"), "dim-label");

  if (parts->len == 0)
    subtitle = g_strdup (_("Not requested yet"));
  else
    {
      g_ptr_array_add (parts, NULL);
      subtitle = g_strjoinv (" · ", (char **) parts->pdata);
    }
  adw_expander_row_set_subtitle (slot->row, subtitle);

  if (description != NULL)
    {
      g_autofree char *full = g_strdup_printf ("%s %s", gtk_label_get_text (slot->state), description);

      gtk_accessible_update_property (GTK_ACCESSIBLE (slot->row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, full,
                                      -1);
    }
  else
    gtk_accessible_update_property (GTK_ACCESSIBLE (slot->row),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, gtk_label_get_text (slot->state),
                                    -1);
}

static GtkWidget *
add_date_row (CrRrPageSummaries *self,
              Slot              *slot,
              const char        *title,
              const char        *field,
              const char        *agency)
{
  g_autofree char *label = NULL;
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *message = cr_rr_message_label_new (FALSE);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), message);
  /* Translators: accessible label: "Requested (Police)" */
  label = g_strdup_printf (_("%s (%s)"), title, agency);
  cr_entry_row_set_accessible_label (row, label);
  adw_expander_row_add_row (slot->row, row);
  cr_rr_page_bind_entry (CR_RR_PAGE (self), ADW_ENTRY_ROW (row), CR_RECORD (slot->summary),
                         field, GTK_LABEL (message));
  return row;
}

static void
create_slot_row (CrRrPageSummaries *self,
                 Slot              *slot)
{
  const char *agency = cr_record_get (CR_RECORD (slot->summary), "agency-name");
  g_autofree char *text_label = NULL;
  GtkWidget *text_row, *box, *heading, *view, *message;

  if (agency == NULL)
    agency = _("Agency not known");

  slot->row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (slot->row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (slot->row), agency);

  slot->state = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_valign (GTK_WIDGET (slot->state), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (slot->state), "caption-heading");
  adw_expander_row_add_action (slot->row, GTK_WIDGET (slot->state));

  /* Translators: the date an agency was asked for its summary */
  add_date_row (self, slot, _("Requested"), "requested-date", agency);
  /* Translators: the date an agency's summary is due */
  add_date_row (self, slot, _("Due"), "due-date", agency);
  /* Translators: the date an agency's summary arrived */
  add_date_row (self, slot, _("Received"), "received-date", agency);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  heading = gtk_label_new (_("Summary of the agency’s involvement"));
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (box), heading);
  /* Translators: accessible label: "Summary (Police)" */
  text_label = g_strdup_printf (_("Summary (%s)"), agency);
  view = cr_rr_text_view_new (text_label, 120);
  gtk_box_append (GTK_BOX (box), view);
  message = cr_rr_message_label_new (TRUE);
  gtk_box_append (GTK_BOX (box), message);

  text_row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (text_row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (text_row), box);
  adw_expander_row_add_row (slot->row, text_row);
  cr_rr_page_bind_text (CR_RR_PAGE (self), GTK_TEXT_VIEW (view), CR_RECORD (slot->summary),
                        "summary", GTK_LABEL (message));

  gtk_list_box_append (self->summary_list, GTK_WIDGET (slot->row));
}

static Slot *
add_slot (CrRrPageSummaries *self,
          CrAgencySummary   *summary)
{
  Slot *slot = g_new0 (Slot, 1);

  slot->summary = g_object_ref (summary);
  g_ptr_array_add (self->slots, slot);
  create_slot_row (self, slot);
  return slot;
}

static CrAgencySummary *
new_summary (CrRrPageSummaries *self,
             gint64             agency_id,
             const char        *agency_name)
{
  CrRapidReview *rr = cr_rr_page_get_rapid_review (CR_RR_PAGE (self));
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, agency_id);
  CrAgencySummary *summary = cr_agency_summary_new ();

  cr_record_set_case_id (CR_RECORD (summary), cr_record_get_case_id (CR_RECORD (rr)));
  cr_record_set (CR_RECORD (summary), "agency-id", id);
  cr_record_set (CR_RECORD (summary), "agency-name", agency_name);
  return summary;
}

static Slot *
find_slot (CrRrPageSummaries *self,
           gint64             agency_id)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, agency_id);

  for (guint i = 0; i < self->slots->len; i++)
    {
      Slot *slot = g_ptr_array_index (self->slots, i);

      if (g_strcmp0 (cr_record_get (CR_RECORD (slot->summary), "agency-id"), id) == 0)
        return slot;
    }
  return NULL;
}

static void
on_agency_picked_cb (CrRrPage   *page,
                     gint64      agency_id,
                     const char *agency_name)
{
  CrRrPageSummaries *self = CR_RR_PAGE_SUMMARIES (page);
  CrRapidReview *rr = cr_rr_page_get_rapid_review (page);
  g_autoptr(CrAgencySummary) summary = NULL;
  Slot *slot;

  /* One summary per agency. */
  slot = find_slot (self, agency_id);
  if (slot == NULL)
    {
      summary = new_summary (self, agency_id, agency_name);
      g_list_store_append (cr_rapid_review_get_summaries (rr), summary);
      slot = add_slot (self, summary);
      cr_rr_page_load_bindings (page, CR_RECORD (summary));
    }
  adw_expander_row_set_expanded (slot->row, TRUE);
  cr_rr_page_changed (page);
}

static void
on_request_all_clicked_cb (CrRrPageSummaries *self)
{
  cr_rr_page_summaries_request_all (self);
}

/*
 * CrRrPage
 */

static void
cr_rr_page_summaries_load (CrRrPage *page)
{
  CrRrPageSummaries *self = CR_RR_PAGE_SUMMARIES (page);
  CrRrContext *ctx = cr_rr_page_get_context (page);
  GListStore *store = cr_rapid_review_get_summaries (ctx->rr);

  for (guint i = 0; i < self->slots->len; i++)
    gtk_list_box_remove (self->summary_list,
                         GTK_WIDGET (((Slot *) g_ptr_array_index (self->slots, i))->row));
  g_ptr_array_set_size (self->slots, 0);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (store)); i++)
    {
      g_autoptr(CrAgencySummary) summary = g_list_model_get_item (G_LIST_MODEL (store), i);

      add_slot (self, summary);
    }

  /* Every agency involved is expected to send one. */
  for (guint j = 0; ctx->involvements != NULL && j < ctx->involvements->len; j++)
    {
      CrInvolvement *involvement = g_ptr_array_index (ctx->involvements, j);
      g_autoptr(CrAgencySummary) summary = NULL;

      if (find_slot (self, cr_involvement_get_agency_id (involvement)) != NULL)
        continue;

      summary = new_summary (self, cr_involvement_get_agency_id (involvement),
                             cr_involvement_get_agency_name (involvement));
      g_list_store_append (store, summary);
      add_slot (self, summary);
    }
}

static void
cr_rr_page_summaries_refresh (CrRrPage *page)
{
  CrRrPageSummaries *self = CR_RR_PAGE_SUMMARIES (page);
  CrRrContext *ctx = cr_rr_page_get_context (page);
  g_autofree char *due = dup_default_due (self);
  g_autofree char *notified = NULL;
  g_autofree char *text = NULL;
  gboolean any_unrequested = FALSE;

  for (guint i = 0; i < self->slots->len; i++)
    {
      Slot *slot = g_ptr_array_index (self->slots, i);

      update_slot (self, slot);
      if (!cr_record_has (CR_RECORD (slot->summary), "requested-date"))
        any_unrequested = TRUE;
    }

  if (self->slots->len == 0)
    text = g_strdup (_("No agencies are recorded as involved in this case. Use “Add Agency” to record a summary."));
  else if (due != NULL)
    {
      g_autofree char *due_day = cr_rr_format_day (due);

      notified = cr_rr_format_day (cr_case_get_notified_date (ctx->kase));
      /* Translators: "… are usually due on Tue 1 Dec, day 10 of the 15
       * working days from the notification on Tue 17 Nov." */
      text = g_strdup_printf (_("Summaries are usually due on %s, day 10 of the %d working days from the notification on %s."),
                              due_day, CR_RR_WORKING_DAYS, notified);
    }
  else
    text = g_strdup (_("The case’s notification date is not recorded, so due dates cannot be suggested."));

  gtk_label_set_text (self->due_label, text);
  gtk_widget_set_sensitive (GTK_WIDGET (self->request_all_button),
                            any_unrequested && cr_database_is_writable (ctx->db));
}

/*
 * GObject overrides
 */

static void
cr_rr_page_summaries_dispose (GObject *object)
{
  CrRrPageSummaries *self = CR_RR_PAGE_SUMMARIES (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_RR_PAGE_SUMMARIES);
  g_clear_pointer (&self->slots, g_ptr_array_unref);

  G_OBJECT_CLASS (cr_rr_page_summaries_parent_class)->dispose (object);
}

static void
cr_rr_page_summaries_class_init (CrRrPageSummariesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CrRrPageClass *rr_page_class = CR_RR_PAGE_CLASS (klass);

  object_class->dispose = cr_rr_page_summaries_dispose;
  rr_page_class->load = cr_rr_page_summaries_load;
  rr_page_class->refresh = cr_rr_page_summaries_refresh;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-rr-page-summaries.ui");
  gtk_widget_class_bind_template_child (widget_class, CrRrPageSummaries, content);
  gtk_widget_class_bind_template_child (widget_class, CrRrPageSummaries, summaries_group);
  gtk_widget_class_bind_template_child (widget_class, CrRrPageSummaries, header_box);
  gtk_widget_class_bind_template_child (widget_class, CrRrPageSummaries, request_all_button);
  gtk_widget_class_bind_template_child (widget_class, CrRrPageSummaries, due_label);
  gtk_widget_class_bind_template_child (widget_class, CrRrPageSummaries, summary_list);
  gtk_widget_class_bind_template_callback (widget_class, on_request_all_clicked_cb);
}

static void
cr_rr_page_summaries_init (CrRrPageSummaries *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->slots = g_ptr_array_new_with_free_func (slot_free);
  gtk_box_append (self->header_box,
                  cr_rr_page_create_agency_picker (CR_RR_PAGE (self), _("Add Agency"),
                                                   on_agency_picked_cb));
  cr_rr_page_setup (CR_RR_PAGE (self), self->content);
}

/*
 * Public API
 */

CrAssistantPage *
cr_rr_page_summaries_new (void)
{
  return g_object_new (CR_TYPE_RR_PAGE_SUMMARIES,
                       "step", CR_RAPID_REVIEW_STEP_SUMMARIES,
                       NULL);
}

guint
cr_rr_page_summaries_request_all (CrRrPageSummaries *self)
{
  g_autofree char *today_iso = NULL;
  g_autofree char *due = NULL;
  GDate today;
  guint n = 0;

  g_return_val_if_fail (CR_IS_RR_PAGE_SUMMARIES (self), 0);

  cr_date_set_today (&today);
  today_iso = cr_date_to_iso (&today);
  due = dup_default_due (self);

  for (guint i = 0; i < self->slots->len; i++)
    {
      Slot *slot = g_ptr_array_index (self->slots, i);
      CrRecord *summary = CR_RECORD (slot->summary);

      if (cr_record_has (summary, "requested-date"))
        continue;

      cr_rr_page_set_value (CR_RR_PAGE (self), summary, "requested-date", today_iso);
      /* A due date before today would be refused; the partnership then
       * agrees a new one with the agency. */
      if (due != NULL && !cr_record_has (summary, "due-date") && g_strcmp0 (due, today_iso) >= 0)
        cr_rr_page_set_value (CR_RR_PAGE (self), summary, "due-date", due);
      n++;
    }

  if (n > 0)
    cr_rr_page_changed (CR_RR_PAGE (self));
  return n;
}
