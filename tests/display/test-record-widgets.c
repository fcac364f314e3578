/* test-record-widgets.c: the record form, the record dialog and the record
 * list group, on a real database in a temporary folder */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cr-case-status.h"
#include "cr-database-review.h"
#include "cr-record-dialog.h"
#include "cr-record-form.h"
#include "cr-record-list-group.h"
#include "cr-test-utils.h"

/*
 * Finding things the way a user does: by type and visible name
 */

static gpointer
get_row (gpointer    root,
         const char *title)
{
  gpointer row = cr_test_find_row (root, ADW_TYPE_PREFERENCES_ROW, title);

  if (row == NULL)
    g_error ("No row titled “%s”", title);
  return row;
}

/* The text of the visible message under or beside @row, or NULL. */
static const char *
row_message (gpointer row)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  cr_test_collect_widgets (GTK_WIDGET (row), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (labels->pdata[i], "caption") &&
        gtk_widget_get_visible (labels->pdata[i]))
      return gtk_label_get_text (labels->pdata[i]);
  return NULL;
}

typedef struct
{
  gpointer    root;
  const char *title;
} RowWait;

static gboolean
row_present (gpointer data)
{
  RowWait *wait = data;

  return cr_test_find_row (wait->root, ADW_TYPE_PREFERENCES_ROW, wait->title) != NULL;
}

static void
wait_for_row (gpointer    root,
              const char *title)
{
  RowWait wait = { root, title };

  cr_test_wait_until (row_present, &wait, title);
}

static CrRecordForm *
dialog_form (CrRecordDialog *dialog)
{
  g_autoptr(GPtrArray) forms = g_ptr_array_new ();

  cr_test_collect_widgets (GTK_WIDGET (dialog), CR_TYPE_RECORD_FORM, forms);
  g_assert_cmpuint (forms->len, ==, 1);
  return forms->pdata[0];
}

static GtkWidget *
dialog_child (CrRecordDialog *dialog,
              const char     *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (dialog), CR_TYPE_RECORD_DIALOG, name);

  g_assert_nonnull (child);
  return GTK_WIDGET (child);
}

static void
set_text_view (gpointer    row,
               const char *text)
{
  g_autoptr(GPtrArray) views = g_ptr_array_new ();

  cr_test_collect_widgets (GTK_WIDGET (row), GTK_TYPE_TEXT_VIEW, views);
  g_assert_cmpuint (views->len, ==, 1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (views->pdata[0]), text, -1);
}

/* Answers the question as a click on the button would: the response, then
 * the dialog closes. */
static void
answer (AdwMessageDialog *dialog,
        const char       *response)
{
  adw_message_dialog_response (dialog, response);
  if (cr_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, FALSE) == (gpointer) dialog)
    gtk_window_destroy (GTK_WINDOW (dialog));
  cr_test_wait_toplevel_gone (ADW_TYPE_MESSAGE_DIALOG, FALSE, "the question to close");
}

/*
 * Synchronous database helpers
 */

static CrCase *
db_create_case (CrDatabase *db)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrCase) kase = cr_case_new ();
  CrCase *stored;

  cr_case_set_reference (kase, "CR-2026-101");
  cr_case_set_pseudonym (kase, "Child R");
  cr_case_set_incident_date (kase, "2026-01-05");
  cr_database_create_case_async (db, kase, NULL, cr_database_sync_cb, &res);
  stored = cr_database_create_case_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  return stored;
}

static GPtrArray *
db_list_records (CrDatabase *db,
                 GType       type,
                 gint64      case_id)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *records;

  cr_database_list_records_async (db, type, case_id, NULL, cr_database_sync_cb, &res);
  records = cr_database_list_records_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  return records;
}

/*
 * Fixture: a database with one case, and a window to show widgets in
 */

typedef struct
{
  char       *dir;
  CrDatabase *db;
  CrCase     *kase;
  GtkWidget  *window;
  GtkWidget  *overlay;
  guint       changed;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  cr_test_database_set_up ("records.db", &fixture->dir, NULL, &fixture->db);
  fixture->kase = db_create_case (fixture->db);

  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 700, 800);
  fixture->overlay = adw_toast_overlay_new ();
  gtk_window_set_child (GTK_WINDOW (fixture->window), fixture->overlay);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  cr_test_spin (50);
  g_clear_object (&fixture->kase);
  cr_test_database_tear_down (&fixture->dir, NULL, &fixture->db);
}

static void
show (Fixture   *fixture,
      GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), widget);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (fixture->overlay), scrolled);
  gtk_window_present (GTK_WINDOW (fixture->window));
}

/*
 * Tests: the form
 */

static const char * const meeting_required[] = { "meeting-date", "kind", NULL };

static void
test_form_rows (void)
{
  g_autoptr(CrRecord) meeting = CR_RECORD (cr_meeting_new ());
  g_autoptr(CrRecord) document = CR_RECORD (cr_document_new ());
  g_autoptr(GtkWidget) form = NULL;
  g_autoptr(GtkWidget) document_form = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  const CrRecordField *fields;
  guint n_fields = 0;
  guint n_shown = 0;

  form = g_object_ref_sink (cr_record_form_new (meeting, NULL, NULL, meeting_required));
  fields = cr_record_class_get_fields (CR_RECORD_GET_CLASS (meeting), &n_fields);
  g_assert_cmpuint (n_fields, >, 5);

  /* A row per field, named by its label, for the eye and for a screen reader. */
  for (guint i = 0; i < n_fields; i++)
    {
      const char *label = _(fields[i].label);
      gpointer row = get_row (form, label);
      GtkWidget *labelled = row;
      g_autofree char *problem = NULL;

      if (fields[i].kind == CR_RECORD_FIELD_TEXT)
        {
          g_autoptr(GPtrArray) views = g_ptr_array_new ();

          cr_test_collect_widgets (row, GTK_TYPE_TEXT_VIEW, views);
          g_assert_cmpuint (views->len, ==, 1);
          labelled = views->pdata[0];
        }
      else if (fields[i].kind == CR_RECORD_FIELD_CHOICE)
        g_assert_true (ADW_IS_COMBO_ROW (row));
      else if (fields[i].kind == CR_RECORD_FIELD_PLAN_DATE || fields[i].kind == CR_RECORD_FIELD_TIME)
        g_assert_true (ADW_IS_ENTRY_ROW (row));

      problem = gtk_test_accessible_check_property (GTK_ACCESSIBLE (labelled),
                                                    GTK_ACCESSIBLE_PROPERTY_LABEL, label);
      if (problem != NULL)
        g_error ("Row “%s”: %s", label, problem);
    }

  /* Nothing else: the record's fields and the one message under them. */
  cr_test_collect_widgets (form, ADW_TYPE_PREFERENCES_ROW, rows);
  g_assert_cmpuint (rows->len, ==, n_fields);

  /* The required choice holds an answer from the start. */
  g_assert_cmpstr (cr_record_get (meeting, "kind"), ==, "panel");
  /* The date is required, so a new meeting is not valid yet... */
  g_assert_false (cr_record_form_get_valid (CR_RECORD_FORM (form)));
  /* ...and says nothing until the user has typed. */
  g_assert_null (row_message (get_row (form, _("Date of the meeting"))));

  /* Derived fields are not shown; read-only ones are shown, not edited. */
  cr_record_set (document, "size", "1258291");
  document_form = g_object_ref_sink (cr_record_form_new (document, NULL, NULL, NULL));
  fields = cr_record_class_get_fields (CR_RECORD_GET_CLASS (document), &n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      gpointer row = cr_test_find_row (document_form, ADW_TYPE_PREFERENCES_ROW, _(fields[i].label));

      if (fields[i].flags & CR_RECORD_FIELD_FLAG_DERIVED)
        g_assert_null (row);
      else if (fields[i].flags & CR_RECORD_FIELD_FLAG_READ_ONLY)
        g_assert_true (G_OBJECT_TYPE (row) == ADW_TYPE_ACTION_ROW);
      else
        g_assert_nonnull (row);
      if (g_str_equal (fields[i].name, "size"))
        g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "1.3\u00a0MB");
      n_shown += row != NULL;
    }
  g_assert_cmpuint (n_shown, <, n_fields);
}

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_form_dates (void)
{
  g_autoptr(CrRecord) meeting = CR_RECORD (cr_meeting_new ());
  g_autoptr(GtkWidget) form = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *problem = NULL;
  gpointer date_row, time_row;
  const char *message;
  guint notified = 0;

  form = g_object_ref_sink (cr_record_form_new (meeting, NULL, NULL, meeting_required));
  g_signal_connect (form, "notify::valid", G_CALLBACK (on_notify_cb), &notified);
  date_row = get_row (form, _("Date of the meeting"));
  time_row = get_row (form, _("Time of the meeting"));

  /* Validating an empty form says what to fill in. */
  g_assert_false (cr_record_form_validate (CR_RECORD_FORM (form), &error));
  g_assert_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID);
  g_clear_error (&error);

  /* No such day: the message is shown, and read out, and the form is invalid. */
  gtk_editable_set_text (GTK_EDITABLE (date_row), "31/02/2026");
  message = row_message (date_row);
  g_assert_nonnull (message);
  g_assert_cmpstr (message, !=, "");
  g_assert_true (gtk_widget_has_css_class (date_row, "error"));
  problem = gtk_test_accessible_check_property (GTK_ACCESSIBLE (date_row),
                                                GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message);
  g_assert_null (problem);
  g_assert_false (cr_record_form_get_valid (CR_RECORD_FORM (form)));
  /* What was typed is kept, not thrown away. */
  g_assert_cmpstr (cr_record_get (meeting, "meeting-date"), ==, "31/02/2026");
  g_assert_false (cr_record_form_validate (CR_RECORD_FORM (form), &error));
  g_assert_cmpstr (error->message, ==, message);
  g_clear_error (&error);

  /* A real day in the UK order: stored as ISO, shown in words. */
  gtk_editable_set_text (GTK_EDITABLE (date_row), "3/3/2026");
  g_assert_cmpstr (cr_record_get (meeting, "meeting-date"), ==, "2026-03-03");
  g_assert_false (gtk_widget_has_css_class (date_row, "error"));
  g_assert_cmpstr (row_message (date_row), ==, "3 March 2026");
  g_assert_true (cr_record_form_get_valid (CR_RECORD_FORM (form)));
  g_assert_true (cr_record_form_validate (CR_RECORD_FORM (form), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (notified, >=, 1);

  /* A time that is no time. */
  gtk_editable_set_text (GTK_EDITABLE (time_row), "25:00");
  g_assert_nonnull (row_message (time_row));
  g_assert_false (cr_record_form_get_valid (CR_RECORD_FORM (form)));
  gtk_editable_set_text (GTK_EDITABLE (time_row), "9:30");
  g_assert_cmpstr (cr_record_get (meeting, "meeting-time"), ==, "09:30");
  g_assert_null (row_message (time_row));
  g_assert_true (cr_record_form_get_valid (CR_RECORD_FORM (form)));

  /* The record changed elsewhere: the row follows. */
  cr_record_set (meeting, "meeting-date", "2026-04-01");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date_row)), ==, "2026-04-01");
  g_assert_cmpstr (row_message (date_row), ==, "1 April 2026");
}

/* The record's own rules, across fields, are said under the form. */
static void
test_form_record_rules (void)
{
  g_autoptr(CrRecord) contact = CR_RECORD (cr_family_contact_new ());
  g_autoptr(GtkWidget) form = NULL;
  g_autoptr(GError) error = NULL;
  const char *required[] = { "person", NULL };

  form = g_object_ref_sink (cr_record_form_new (contact, NULL, NULL, required));
  gtk_editable_set_text (GTK_EDITABLE (get_row (form, _(cr_record_find_field (contact, "person")->label))),
                         "Mother");
  g_assert_true (cr_record_form_get_valid (CR_RECORD_FORM (form)));

  /* A draft shared with someone who declined to take part. */
  adw_combo_row_set_selected (get_row (form, _(cr_record_find_field (contact, "consent")->label)), 2);
  g_assert_cmpstr (cr_record_get (contact, "consent"), ==, "declined");
  gtk_editable_set_text (GTK_EDITABLE (get_row (form, _(cr_record_find_field (contact, "draft-shared-date")->label))),
                         "01/02/2026");
  g_assert_false (cr_record_form_get_valid (CR_RECORD_FORM (form)));
  g_assert_false (cr_record_form_validate (CR_RECORD_FORM (form), &error));
  g_assert_nonnull (error);

  adw_combo_row_set_selected (get_row (form, _(cr_record_find_field (contact, "consent")->label)), 1);
  g_assert_cmpstr (cr_record_get (contact, "consent"), ==, "given");
  g_assert_true (cr_record_form_get_valid (CR_RECORD_FORM (form)));
}

/*
 * Tests: the dialog and the list group
 */

static void
on_changed_cb (CrRecordListGroup *group,
               Fixture           *fixture)
{
  fixture->changed++;
}

static gboolean
group_has_n (gpointer data)
{
  gpointer *args = data;

  return g_list_model_get_n_items (cr_record_list_group_get_records (args[0])) == GPOINTER_TO_UINT (args[1]);
}

static void
test_dialog_add_and_delete (Fixture       *fixture,
                            gconstpointer  data)
{
  CrRecordListGroup *group;
  CrRecordDialog *dialog;
  AdwMessageDialog *confirm;
  CrRecordForm *form;
  gpointer row;
  g_autoptr(GPtrArray) stored = NULL;
  gpointer one[] = { NULL, GUINT_TO_POINTER (1) };
  gpointer none[] = { NULL, GUINT_TO_POINTER (0) };

  group = CR_RECORD_LIST_GROUP (cr_record_list_group_new (CR_TYPE_MEETING, "Meetings", "Add Meeting…",
                                                          "No meetings recorded yet"));
  one[0] = none[0] = group;
  cr_record_list_group_set_fields (group, NULL, meeting_required);
  g_signal_connect (group, "changed", G_CALLBACK (on_changed_cb), fixture);
  show (fixture, GTK_WIDGET (group));
  cr_record_list_group_set_database (group, fixture->db);
  cr_record_list_group_set_case_id (group, cr_case_get_id (fixture->kase));
  wait_for_row (group, "No meetings recorded yet");

  /* Add: a dialog with an empty form; Add is off until the form is valid. */
  cr_record_list_group_add (group);
  dialog = cr_test_wait_for_toplevel (CR_TYPE_RECORD_DIALOG, FALSE, NULL);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Add Meeting");
  g_assert_false (gtk_widget_get_visible (dialog_child (dialog, "delete_button")));
  g_assert_false (gtk_widget_is_sensitive (dialog_child (dialog, "save_button")));

  form = dialog_form (dialog);
  gtk_editable_set_text (get_row (form, _("Date of the meeting")), "03/03/2026");
  set_text_view (get_row (form, _("Attendees, one per line: name, role, agency")),
                 "Ann Smith, chair, partnership\nDS Bob Jones, detective sergeant, Police");
  g_assert_true (cr_record_form_get_valid (form));
  g_assert_true (gtk_widget_is_sensitive (dialog_child (dialog, "save_button")));

  /* Ctrl+Return saves; the dialog closes and the list shows the meeting. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  cr_test_wait_toplevel_gone (CR_TYPE_RECORD_DIALOG, FALSE, "the dialog to close");
  cr_test_wait_until (group_has_n, one, "the meeting in the list");
  g_assert_cmpuint (fixture->changed, ==, 1);
  row = get_row (group, "Review panel, 3 March 2026");
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (row), "2 attendees"));
  g_assert_null (cr_test_find_row (group, ADW_TYPE_PREFERENCES_ROW, "No meetings recorded yet"));

  /* It is in the database. */
  stored = db_list_records (fixture->db, CR_TYPE_MEETING, cr_case_get_id (fixture->kase));
  g_assert_cmpuint (stored->len, ==, 1);
  g_assert_cmpstr (cr_record_get (stored->pdata[0], "meeting-date"), ==, "2026-03-03");
  g_assert_cmpstr (cr_record_get (stored->pdata[0], "kind"), ==, "panel");
  g_clear_pointer (&stored, g_ptr_array_unref);

  /* Activating the row edits it; Delete asks first, and Cancel keeps it. */
  g_signal_emit_by_name (row, "activated");
  dialog = cr_test_wait_for_toplevel (CR_TYPE_RECORD_DIALOG, FALSE, NULL);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Edit Meeting");
  g_assert_true (gtk_widget_get_visible (dialog_child (dialog, "delete_button")));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.delete", NULL);
  confirm = cr_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG, FALSE, NULL);
  answer (confirm, "cancel");
  cr_test_spin (100);
  g_assert_nonnull (cr_test_find_toplevel (CR_TYPE_RECORD_DIALOG, FALSE));
  stored = db_list_records (fixture->db, CR_TYPE_MEETING, cr_case_get_id (fixture->kase));
  g_assert_cmpuint (stored->len, ==, 1);
  g_clear_pointer (&stored, g_ptr_array_unref);

  /* Delete, answered: gone from the database and the list. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.delete", NULL);
  confirm = cr_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG, FALSE, NULL);
  answer (confirm, "delete");
  cr_test_wait_toplevel_gone (CR_TYPE_RECORD_DIALOG, FALSE, "the dialog to close");
  cr_test_wait_until (group_has_n, none, "the list to empty");
  wait_for_row (group, "No meetings recorded yet");
  g_assert_cmpuint (fixture->changed, ==, 2);
  stored = db_list_records (fixture->db, CR_TYPE_MEETING, cr_case_get_id (fixture->kase));
  g_assert_cmpuint (stored->len, ==, 0);
}

static gboolean
bar_revealed (gpointer data)
{
  return gtk_info_bar_get_revealed (data);
}

/* Storage refuses the record: the dialog says why and keeps what was typed. */
static void
test_dialog_save_error (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(CrRecord) member = CR_RECORD (cr_panel_member_new ());
  g_autoptr(GPtrArray) stored = NULL;
  CrRecordDialog *dialog;
  GtkWidget *bar;

  cr_record_set_case_id (member, cr_case_get_id (fixture->kase));
  cr_record_set (member, "name", "Dr Ann Smith");
  cr_record_set (member, "role", "chair");
  cr_record_set (member, "agency-id", "9999");     /* no such agency */

  gtk_window_present (GTK_WINDOW (fixture->window));
  dialog = cr_record_dialog_new (GTK_WINDOW (fixture->window), fixture->db, member,
                                 "Add Panel Member", NULL, NULL);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (cr_record_form_get_valid (dialog_form (dialog)));

  bar = dialog_child (dialog, "error_bar");
  g_assert_false (gtk_info_bar_get_revealed (GTK_INFO_BAR (bar)));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  cr_test_wait_until (bar_revealed, bar, "the error to show");

  g_assert_nonnull (cr_test_find_toplevel (CR_TYPE_RECORD_DIALOG, FALSE));
  g_assert_cmpstr (cr_record_get (cr_record_form_get_record (dialog_form (dialog)), "name"), ==, "Dr Ann Smith");
  g_assert_true (gtk_widget_is_sensitive (dialog_child (dialog, "save_button")));
  /* The record given is a copy's source, untouched. */
  g_assert_cmpint (cr_record_get_id (member), ==, 0);

  stored = db_list_records (fixture->db, CR_TYPE_PANEL_MEMBER, cr_case_get_id (fixture->kase));
  g_assert_cmpuint (stored->len, ==, 0);

  gtk_window_close (GTK_WINDOW (dialog));
  cr_test_wait_toplevel_gone (CR_TYPE_RECORD_DIALOG, FALSE, "the dialog to close");
}

/* Closing with something typed asks first; keeping goes on editing. */
static void
test_dialog_discard (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(CrRecord) meeting = CR_RECORD (cr_meeting_new ());
  g_autoptr(GPtrArray) stored = NULL;
  CrRecordDialog *dialog;
  AdwMessageDialog *confirm;

  cr_record_set_case_id (meeting, cr_case_get_id (fixture->kase));
  gtk_window_present (GTK_WINDOW (fixture->window));
  dialog = cr_record_dialog_new (GTK_WINDOW (fixture->window), fixture->db, meeting,
                                 "Add Meeting", NULL, meeting_required);
  gtk_window_present (GTK_WINDOW (dialog));

  /* Nothing typed (the defaults are not the user's): closes at once. */
  gtk_window_close (GTK_WINDOW (dialog));
  cr_test_wait_toplevel_gone (CR_TYPE_RECORD_DIALOG, FALSE, "the dialog to close");

  dialog = cr_record_dialog_new (GTK_WINDOW (fixture->window), fixture->db, meeting,
                                 "Add Meeting", NULL, meeting_required);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_editable_set_text (get_row (dialog_form (dialog), _("Place of the meeting")), "Town hall");

  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  confirm = cr_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG, FALSE, NULL);
  answer (confirm, "keep");
  cr_test_spin (50);
  g_assert_nonnull (cr_test_find_toplevel (CR_TYPE_RECORD_DIALOG, FALSE));
  g_assert_cmpstr (cr_record_get (cr_record_form_get_record (dialog_form (dialog)), "location"), ==, "Town hall");

  gtk_window_close (GTK_WINDOW (dialog));
  confirm = cr_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG, FALSE, NULL);
  answer (confirm, "discard");
  cr_test_wait_toplevel_gone (CR_TYPE_RECORD_DIALOG, FALSE, "the dialog to close");

  stored = db_list_records (fixture->db, CR_TYPE_MEETING, cr_case_get_id (fixture->kase));
  g_assert_cmpuint (stored->len, ==, 0);
}

/* The agency row offers the partnership's agencies by name. */
static void
test_form_agency_choices (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(CrRecord) member = CR_RECORD (cr_panel_member_new ());
  g_autoptr(CrAgency) agency = cr_agency_new ();
  g_autoptr(CrAgency) created = NULL;
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  AdwComboRow *row;
  GtkWidget *form;
  GListModel *model;

  cr_agency_set_name (agency, "Northbridge Police");
  cr_agency_set_sector (agency, CR_AGENCY_SECTOR_POLICE);
  cr_database_create_agency_async (fixture->db, agency, NULL, cr_database_sync_cb, &res);
  created = cr_database_create_agency_finish (fixture->db, cr_database_wait (&res), &error);
  g_assert_no_error (error);

  cr_record_set_case_id (member, cr_case_get_id (fixture->kase));
  form = cr_record_form_new (member, fixture->db, NULL, NULL);
  show (fixture, form);
  row = get_row (form, _(cr_record_find_field (member, "agency-id")->label));
  model = adw_combo_row_get_model (row);

  for (guint tries = 0; g_list_model_get_n_items (model) < 2 && tries < 200; tries++)
    cr_test_spin (20);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), 1), ==, "Northbridge Police");

  adw_combo_row_set_selected (row, 1);
  id = g_strdup_printf ("%" G_GINT64_FORMAT, cr_agency_get_id (created));
  g_assert_cmpstr (cr_record_get (member, "agency-id"), ==, id);
  adw_combo_row_set_selected (row, 0);
  g_assert_null (cr_record_get (member, "agency-id"));
}

int
main (int   argc,
      char *argv[])
{
  /* The test accessibility backend, so that the tests can read what a
   * screen reader would (GTK_A11Y=none gives widgets no accessible state). */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/record-widgets/form/rows", test_form_rows);
  g_test_add_func ("/record-widgets/form/dates", test_form_dates);
  g_test_add_func ("/record-widgets/form/record-rules", test_form_record_rules);

#define ADD(path, func) \
  g_test_add ("/record-widgets/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("form/agency-choices", test_form_agency_choices);
  ADD ("dialog/add-and-delete", test_dialog_add_and_delete);
  ADD ("dialog/save-error", test_dialog_save_error);
  ADD ("dialog/discard", test_dialog_discard);
#undef ADD

  return g_test_run ();
}
