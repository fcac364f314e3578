/* cr-findings-page.c: the findings with the chronology entries that evidence them, and the recommendations
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrFindingsPage"

#include "config.h"

#include "cr-findings-page.h"

#include "cr-database-report.h"
#include "cr-report-window.h"
#include "cr-database-review.h"
#include "cr-edit-utils.h"
#include "cr-finding-dialog.h"
#include "cr-recommendation-dialog.h"

#include <glib/gi18n.h>
#include <string.h>

/*
 * Actions (for the buttons, the keyboard and the tests):
 *   findings.add-finding, findings.add-recommendation
 *   findings.move  "(bxi)": (is a finding, record id, -1 up / +1 down)
 *   findings.edit  "(bx)":  (is a finding, record id)
 */

struct _CrFindingsPage
{
  CrReviewPage         parent_instance;

  /* Template widgets */
  AdwPreferencesGroup *findings_group;
  AdwPreferencesGroup *recommendations_group;

  /* Owned references */
  GListStore          *findings;         /* CrFinding, position order */
  GListStore          *recommendations;  /* CrRecommendation, position order */
  GPtrArray           *rows;             /* rows shown in either group */
  GtkWidget           *root;             /* the window followed, unowned */
  gulong               report_changed_id;

  guint                n_moving;         /* position saves under way */
  guint                findings_loaded : 1;
  guint                recommendations_loaded : 1;
};

G_DEFINE_FINAL_TYPE (CrFindingsPage, cr_findings_page, CR_TYPE_REVIEW_PAGE)

static void reload_lists (CrFindingsPage *self);

/*
 * Telling the other pages of the report window
 */

static gboolean
notify_report_changed (CrFindingsPage *self)
{
  /* The report window re-emits it to every page (the Check page checks
   * again); the page also lives outside that window. */
  return cr_report_window_notify_from (GTK_WIDGET (self));
}

static void
on_report_changed_cb (CrFindingsPage *self)
{
  if (self->n_moving == 0)
    reload_lists (self);
}

/*
 * Rows
 */

static GtkWidget *
new_pill (const char *text,
          const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, "deadline-pill");
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
new_move_button (gboolean    is_finding,
                 gint64      id,
                 int         delta,
                 const char *title,
                 gboolean    enabled)
{
  GtkWidget *button = gtk_button_new_from_icon_name (delta < 0 ? "go-up-symbolic" : "go-down-symbolic");
  g_autofree char *name = NULL;

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  /* The ends of the list cannot move further (an action would make the
   * button sensitive again). */
  if (enabled)
    {
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "findings.move");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "(bxi)", is_finding, id, delta);
    }
  else
    gtk_widget_set_sensitive (button, FALSE);
  gtk_widget_set_tooltip_text (button, delta < 0 ? _("Move Up") : _("Move Down"));
  /* Translators: the accessible name of a button, "Move Finding 2 Up" */
  name = g_strdup_printf (delta < 0 ? _("Move %s Up") : _("Move %s Down"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  return button;
}

static char *
dup_short_title (CrRecord *record)
{
  g_autofree char *title = cr_record_dup_title (record);
  char *colon;

  /* "Finding 2: Information was not shared" → "Finding 2" */
  colon = title != NULL ? strstr (title, ": ") : NULL;
  if (colon != NULL)
    *colon = '\0';
  return g_steal_pointer (&title);
}

static void
add_message_row (CrFindingsPage      *self,
                 AdwPreferencesGroup *group,
                 const char          *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (row, "dim-label");
  g_object_set_data (G_OBJECT (row), "cr-group", group);
  g_ptr_array_add (self->rows, row);
  adw_preferences_group_add (group, row);
}

static void
on_row_activated_cb (AdwActionRow   *row,
                     CrFindingsPage *self)
{
  CrRecord *record = g_object_get_data (G_OBJECT (row), "cr-record");

  gtk_widget_activate_action (GTK_WIDGET (self), "findings.edit", "(bx)",
                              CR_IS_FINDING (record), cr_record_get_id (record));
}

/* The finding's status and priority are pills: the subtitle gives the
 * rest, its theme and evidence. */
static char *
dup_finding_subtitle (CrRecord *record)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char *theme = cr_record_get (record, "theme");
  const char *count = cr_record_get (record, "evidence-count");
  guint64 evidence = 0;
  const char *parts[3] = { NULL, };
  g_autofree char *entries = NULL;
  guint n = 0;

  if (theme != NULL && theme[0] != '\0')
    parts[n++] = theme;
  if (cr_record_get_boolean (record, "good-practice"))
    parts[n++] = _("Good practice");
  if (count != NULL && g_ascii_string_to_unsigned (count, 10, 1, G_MAXUINT, &evidence, NULL))
    {
      entries = g_strdup_printf (ngettext ("%u chronology entry", "%u chronology entries", (gulong) evidence),
                                 (guint) evidence);
      parts[n++] = entries;
    }

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        /* Translators: between the parts of a line describing a record,
         * "Lead reviewer · Northbridge Consulting". */
        g_string_append (text, _(" · "));
      g_string_append (text, parts[i]);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
add_record_row (CrFindingsPage      *self,
                AdwPreferencesGroup *group,
                CrRecord            *record,
                guint                index,
                guint                n)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = cr_record_dup_title (record);
  g_autofree char *short_title = dup_short_title (record);
  g_autofree char *subtitle = NULL;
  gboolean is_finding = CR_IS_FINDING (record);
  gboolean writable = cr_review_page_is_writable (CR_REVIEW_PAGE (self));

  if (is_finding)
    subtitle = dup_finding_subtitle (record);
  else
    {
      g_autofree char *addressee = cr_recommendation_dup_addressee (CR_RECOMMENDATION (record));
      const char *text = cr_record_get (record, "text");

      /* Who it is for, then what it asks. */
      subtitle = g_strdup_printf ("%s\n%s", addressee != NULL ? addressee : "", text != NULL ? text : "");
    }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title != NULL ? title : "");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : "");
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  if (is_finding)
    {
      const char *priority = cr_record_get (record, "priority");
      const CrRecordField *field = cr_record_find_field (record, "priority");

      if (cr_finding_is_approved (CR_FINDING (record)))
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), new_pill (_("Approved"), "success"));
      else
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), new_pill (_("Draft"), "dim-label"));
      if (priority != NULL && field != NULL)
        {
          /* Translators: a pill, %s is "High", "Medium" or "Low" */
          g_autofree char *pill = g_strdup_printf (_("%s priority"),
                                                   _(cr_record_field_get_choice_label (field, priority)));

          adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                     new_pill (pill, g_str_equal (priority, "high") ? "warning" : "dim-label"));
        }
    }
  else
    {
      if (g_strcmp0 (cr_record_get (record, "status"), "agreed") == 0)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), new_pill (_("Agreed"), "success"));
      else
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), new_pill (_("Draft"), "dim-label"));
    }

  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             new_move_button (is_finding, cr_record_get_id (record), -1, short_title,
                                              writable && index > 0));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             new_move_button (is_finding, cr_record_get_id (record), +1, short_title,
                                              writable && index + 1 < n));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));

  g_object_set_data_full (G_OBJECT (row), "cr-record", g_object_ref (record), g_object_unref);
  g_object_set_data (G_OBJECT (row), "cr-group", group);
  g_signal_connect_object (row, "activated", G_CALLBACK (on_row_activated_cb), self, 0);
  g_ptr_array_add (self->rows, row);
  adw_preferences_group_add (group, row);
}

static void
show_group (CrFindingsPage      *self,
            AdwPreferencesGroup *group,
            GListModel          *records,
            gboolean             loaded,
            const char          *empty_text)
{
  guint n = g_list_model_get_n_items (records);

  for (guint i = self->rows->len; i > 0; i--)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i - 1);

      if (g_object_get_data (G_OBJECT (row), "cr-group") == group)
        {
          adw_preferences_group_remove (group, row);
          g_ptr_array_remove_index (self->rows, i - 1);
        }
    }

  if (n == 0 && loaded)
    add_message_row (self, group, empty_text);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrRecord) record = g_list_model_get_item (records, i);

      add_record_row (self, group, record, i, n);
    }
}

static void
show_findings (CrFindingsPage *self)
{
  show_group (self, self->findings_group, G_LIST_MODEL (self->findings), self->findings_loaded,
              _("No findings yet. A finding is system-level and explanatory: it says what in the way agencies work made the practice seen in this case likely, and it is linked to the chronology entries that evidence it."));
}

static void
show_recommendations (CrFindingsPage *self)
{
  show_group (self, self->recommendations_group, G_LIST_MODEL (self->recommendations),
              self->recommendations_loaded,
              _("No recommendations yet. Each answers a finding and is addressed to the safeguarding partnership, to named agencies or to the national level."));
}

static void
update_actions (CrFindingsPage *self)
{
  gboolean writable = cr_review_page_is_writable (CR_REVIEW_PAGE (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "findings.add-finding", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "findings.add-recommendation", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "findings.move", writable && self->n_moving == 0);
}

/*
 * Loading
 */

static void
on_findings_listed (CrReviewPage *page,
                    GPtrArray    *records,
                    const GError *error)
{
  CrFindingsPage *self = CR_FINDINGS_PAGE (page);

  self->findings_loaded = TRUE;
  g_list_store_splice (self->findings, 0, g_list_model_get_n_items (G_LIST_MODEL (self->findings)),
                       records->pdata, records->len);
  show_findings (self);
}

static void
on_recommendations_listed (CrReviewPage *page,
                           GPtrArray    *records,
                           const GError *error)
{
  CrFindingsPage *self = CR_FINDINGS_PAGE (page);

  self->recommendations_loaded = TRUE;
  g_list_store_splice (self->recommendations, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->recommendations)),
                       records->pdata, records->len);
  show_recommendations (self);
}

static void
reload_lists (CrFindingsPage *self)
{
  update_actions (self);
  cr_review_page_list_records (CR_REVIEW_PAGE (self), CR_TYPE_FINDING,
                               _("Could not read the findings"), on_findings_listed);
  cr_review_page_list_records (CR_REVIEW_PAGE (self), CR_TYPE_RECOMMENDATION,
                               _("Could not read the recommendations"), on_recommendations_listed);
}

static void
cr_findings_page_reload (CrReviewPage *page,
                         gboolean      new_case)
{
  CrFindingsPage *self = CR_FINDINGS_PAGE (page);

  if (new_case)
    {
      self->findings_loaded = FALSE;
      self->recommendations_loaded = FALSE;
      g_list_store_remove_all (self->findings);
      g_list_store_remove_all (self->recommendations);
      show_findings (self);
      show_recommendations (self);
    }

  reload_lists (self);
}

/*
 * Changes made in the dialogs
 */

/* In the report window every page reloads, this one too; alone, it
 * reloads itself. */
static void
changed (CrFindingsPage *self)
{
  if (!notify_report_changed (self))
    reload_lists (self);
}

typedef struct
{
  CrFindingsPage *self;
  CrRecord       *record;        /* a copy of what was deleted, its id cleared */
  GArray         *entry_ids;     /* the finding's evidence */
  GPtrArray      *answering;     /* recommendations that named the finding */
  gint64          case_id;
} UndoDelete;

static void
undo_delete_free (gpointer data)
{
  UndoDelete *undo = data;

  g_object_unref (undo->self);
  g_object_unref (undo->record);
  g_clear_pointer (&undo->entry_ids, g_array_unref);
  g_clear_pointer (&undo->answering, g_ptr_array_unref);
  g_free (undo);
}

static void
on_undo_evidence_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(CrFindingsPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!cr_database_set_finding_evidence_finish (CR_DATABASE (source), result, &error) &&
      gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
    cr_show_error_toast (GTK_WIDGET (self), _("Could not link the evidence again"), error);
  changed (self);
}

static void
on_undo_relinked_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(CrFindingsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrRecord) stored = NULL;

  stored = cr_database_save_record_finish (CR_DATABASE (source), result, &error);
  if (stored == NULL && gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
    cr_show_error_toast (GTK_WIDGET (self), _("Could not link a recommendation again"), error);
  changed (self);
}

static void
on_undo_saved_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  UndoDelete *undo = user_data;
  CrDatabase *db = CR_DATABASE (source);
  g_autoptr(CrRecord) stored = NULL;
  g_autoptr(GError) error = NULL;

  stored = cr_database_save_record_finish (db, result, &error);
  if (stored == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) &&
          gtk_widget_get_root (GTK_WIDGET (undo->self)) != NULL)
        cr_show_error_toast (GTK_WIDGET (undo->self), _("Could not restore"), error);
      undo_delete_free (undo);
      return;
    }

  if (undo->entry_ids != NULL && undo->entry_ids->len > 0)
    cr_database_set_finding_evidence_async (db, cr_record_get_id (stored),
                                            (const gint64 *) (gpointer) undo->entry_ids->data,
                                            undo->entry_ids->len, NULL,
                                            on_undo_evidence_cb, g_object_ref (undo->self));

  for (guint i = 0; undo->answering != NULL && i < undo->answering->len; i++)
    {
      CrRecord *recommendation = g_ptr_array_index (undo->answering, i);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, cr_record_get_id (stored));

      cr_record_set (recommendation, "finding-id", id);
      cr_database_save_record_async (db, recommendation, NULL, on_undo_relinked_cb,
                                     g_object_ref (undo->self));
    }

  changed (undo->self);
  undo_delete_free (undo);
}

static void
undo_delete (gpointer data)
{
  UndoDelete *undo = data;
  CrDatabase *db = cr_review_page_get_database (CR_REVIEW_PAGE (undo->self));
  UndoDelete *copy;

  if (db == NULL || !cr_database_is_writable (db) ||
      cr_review_page_get_case_id (CR_REVIEW_PAGE (undo->self)) != undo->case_id)
    return;

  /* The toast frees @data when it goes: the save keeps its own. */
  copy = g_new0 (UndoDelete, 1);
  copy->self = g_object_ref (undo->self);
  copy->record = g_object_ref (undo->record);
  copy->entry_ids = undo->entry_ids != NULL ? g_array_ref (undo->entry_ids) : NULL;
  copy->answering = undo->answering != NULL ? g_ptr_array_ref (undo->answering) : NULL;
  copy->case_id = undo->case_id;
  cr_database_save_record_async (db, copy->record, NULL, on_undo_saved_cb, copy);
}

static void
offer_undo (CrFindingsPage *self,
            CrRecord       *deleted,
            GArray         *entry_ids)
{
  UndoDelete *undo = g_new0 (UndoDelete, 1);
  g_autofree char *title = cr_record_dup_title (deleted);
  g_autofree char *toast = NULL;

  undo->self = g_object_ref (self);
  undo->record = g_object_new (G_OBJECT_TYPE (deleted), NULL);
  cr_record_copy_from (undo->record, deleted);
  cr_record_set_id (undo->record, 0);
  undo->case_id = cr_record_get_case_id (deleted);
  if (entry_ids != NULL)
    undo->entry_ids = g_array_ref (entry_ids);

  if (CR_IS_FINDING (deleted))
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->recommendations));
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, cr_record_get_id (deleted));

      undo->answering = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CrRecord) recommendation = g_list_model_get_item (G_LIST_MODEL (self->recommendations), i);

          if (g_strcmp0 (cr_record_get (recommendation, "finding-id"), id) == 0)
            {
              CrRecord *copy = CR_RECORD (cr_recommendation_new ());

              cr_record_copy_from (copy, recommendation);
              g_ptr_array_add (undo->answering, copy);
            }
        }
    }

  /* Translators: a toast, %s is "Finding 2: Information was not shared" */
  toast = g_strdup_printf (_("“%s” deleted"), title != NULL ? title : "");
  cr_show_undo_toast (GTK_WIDGET (self), toast, undo_delete, undo, undo_delete_free);
}

static void
on_finding_deleted_cb (CrFindingsPage *self,
                       CrRecord       *finding,
                       GArray         *entry_ids)
{
  offer_undo (self, finding, entry_ids);
  changed (self);
}

static void
on_recommendation_deleted_cb (CrFindingsPage *self,
                              CrRecord       *recommendation)
{
  offer_undo (self, recommendation, NULL);
  changed (self);
}

static guint
next_position (GListModel *records)
{
  guint n = g_list_model_get_n_items (records);
  guint max = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrRecord) record = g_list_model_get_item (records, i);
      guint position = CR_IS_FINDING (record) ? cr_finding_get_position (CR_FINDING (record))
                                              : cr_recommendation_get_position (CR_RECOMMENDATION (record));

      max = MAX (max, position);
    }
  return max + 1;
}

static CrRecord *
find_record (GListModel *records,
             gint64      id,
             guint      *index)
{
  guint n = g_list_model_get_n_items (records);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrRecord) record = g_list_model_get_item (records, i);

      if (cr_record_get_id (record) == id)
        {
          if (index != NULL)
            *index = i;
          return record;
        }
    }
  return NULL;
}

static void
open_finding (CrFindingsPage *self,
              CrFinding      *finding)
{
  CrFindingDialog *dialog;

  dialog = cr_finding_dialog_new (cr_review_page_get_window (CR_REVIEW_PAGE (self)),
                                  cr_review_page_get_database (CR_REVIEW_PAGE (self)), finding);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "deleted", G_CALLBACK (on_finding_deleted_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_recommendation (CrFindingsPage   *self,
                     CrRecommendation *recommendation)
{
  CrRecommendationDialog *dialog;

  dialog = cr_recommendation_dialog_new (cr_review_page_get_window (CR_REVIEW_PAGE (self)),
                                         cr_review_page_get_database (CR_REVIEW_PAGE (self)),
                                         recommendation, G_LIST_MODEL (self->findings));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "deleted", G_CALLBACK (on_recommendation_deleted_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_finding_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CrFindingsPage *self = CR_FINDINGS_PAGE (widget);
  g_autoptr(CrFinding) finding = NULL;
  g_autofree char *position = NULL;

  if (!cr_review_page_is_writable (CR_REVIEW_PAGE (self)) || !self->findings_loaded)
    return;

  finding = cr_finding_new ();
  cr_record_set_case_id (CR_RECORD (finding), cr_review_page_get_case_id (CR_REVIEW_PAGE (self)));
  position = g_strdup_printf ("%u", next_position (G_LIST_MODEL (self->findings)));
  cr_record_set (CR_RECORD (finding), "position", position);
  cr_record_set (CR_RECORD (finding), "status", "draft");
  open_finding (self, finding);
}

static void
add_recommendation_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  CrFindingsPage *self = CR_FINDINGS_PAGE (widget);
  g_autoptr(CrRecommendation) recommendation = NULL;
  g_autofree char *position = NULL;

  if (!cr_review_page_is_writable (CR_REVIEW_PAGE (self)) || !self->recommendations_loaded)
    return;

  recommendation = cr_recommendation_new ();
  cr_record_set_case_id (CR_RECORD (recommendation), cr_review_page_get_case_id (CR_REVIEW_PAGE (self)));
  position = g_strdup_printf ("%u", next_position (G_LIST_MODEL (self->recommendations)));
  cr_record_set (CR_RECORD (recommendation), "position", position);
  cr_record_set (CR_RECORD (recommendation), "status", "draft");
  cr_record_set (CR_RECORD (recommendation), "addressed-to", "partnership");
  open_recommendation (self, recommendation);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CrFindingsPage *self = CR_FINDINGS_PAGE (widget);
  gboolean is_finding;
  gint64 id;
  CrRecord *record;

  g_variant_get (parameter, "(bx)", &is_finding, &id);
  if (cr_review_page_get_database (CR_REVIEW_PAGE (self)) == NULL)
    return;

  record = find_record (G_LIST_MODEL (is_finding ? self->findings : self->recommendations), id, NULL);
  if (record == NULL)
    return;
  if (is_finding)
    open_finding (self, CR_FINDING (record));
  else
    open_recommendation (self, CR_RECOMMENDATION (record));
}

/*
 * Reordering: positions are written 1, 2, 3… in the new order
 */

static void
on_position_saved_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(CrLoadTag) tag = user_data;
  CrFindingsPage *self = CR_FINDINGS_PAGE (tag->owner);
  g_autoptr(CrRecord) stored = NULL;
  g_autoptr(GError) error = NULL;

  stored = cr_database_save_record_finish (CR_DATABASE (source), result, &error);
  if (stored == NULL && gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
    cr_show_error_toast (GTK_WIDGET (self), _("Could not change the order"), error);

  g_assert (self->n_moving > 0);
  if (--self->n_moving > 0)
    return;

  if (tag->id == cr_review_page_get_case_id (CR_REVIEW_PAGE (self)))
    changed (self);
  else
    update_actions (self);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CrFindingsPage *self = CR_FINDINGS_PAGE (widget);
  CrDatabase *db = cr_review_page_get_database (CR_REVIEW_PAGE (self));
  gint64 case_id = cr_review_page_get_case_id (CR_REVIEW_PAGE (self));
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *records;
  gboolean is_finding;
  gint64 id;
  int delta;
  guint index = 0, n;

  g_variant_get (parameter, "(bxi)", &is_finding, &id, &delta);
  if (!cr_review_page_is_writable (CR_REVIEW_PAGE (self)) || self->n_moving > 0)
    return;

  records = G_LIST_MODEL (is_finding ? self->findings : self->recommendations);
  n = g_list_model_get_n_items (records);
  if (find_record (records, id, &index) == NULL ||
      (delta < 0 && index == 0) || (delta > 0 && index + 1 >= n))
    return;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (order, g_list_model_get_item (records, i));
  {
    gpointer moved = order->pdata[index];

    order->pdata[index] = order->pdata[index + delta];
    order->pdata[index + delta] = moved;
  }

  for (guint i = 0; i < n; i++)
    {
      CrRecord *record = g_ptr_array_index (order, i);
      g_autofree char *position = g_strdup_printf ("%u", i + 1);
      g_autoptr(CrRecord) copy = NULL;

      if (g_strcmp0 (cr_record_get (record, "position"), position) == 0)
        continue;

      copy = g_object_new (G_OBJECT_TYPE (record), NULL);
      cr_record_copy_from (copy, record);
      cr_record_set (copy, "position", position);
      self->n_moving++;
      /* One database thread: the saves run in order. */
      cr_database_save_record_async (db, copy, NULL, on_position_saved_cb,
                                     cr_load_tag_new (self, case_id));
    }

  update_actions (self);
}

/*
 * GtkWidget overrides: following the report window
 */

static void
cr_findings_page_root (GtkWidget *widget)
{
  CrFindingsPage *self = CR_FINDINGS_PAGE (widget);
  GtkRoot *root;

  GTK_WIDGET_CLASS (cr_findings_page_parent_class)->root (widget);

  root = gtk_widget_get_root (widget);
  if (root != NULL && g_signal_lookup ("report-changed", G_OBJECT_TYPE (root)) != 0)
    {
      self->root = GTK_WIDGET (root);
      self->report_changed_id = g_signal_connect_object (root, "report-changed",
                                                         G_CALLBACK (on_report_changed_cb), self,
                                                         G_CONNECT_SWAPPED);
    }
  update_actions (self);
}

static void
cr_findings_page_unroot (GtkWidget *widget)
{
  CrFindingsPage *self = CR_FINDINGS_PAGE (widget);

  if (self->root != NULL)
    g_clear_signal_handler (&self->report_changed_id, self->root);
  self->root = NULL;

  GTK_WIDGET_CLASS (cr_findings_page_parent_class)->unroot (widget);
}

/*
 * GObject overrides
 */

static void
cr_findings_page_dispose (GObject *object)
{
  CrFindingsPage *self = CR_FINDINGS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_FINDINGS_PAGE);
  g_clear_object (&self->findings);
  g_clear_object (&self->recommendations);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (cr_findings_page_parent_class)->dispose (object);
}

static void
cr_findings_page_class_init (CrFindingsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CrReviewPageClass *page_class = CR_REVIEW_PAGE_CLASS (klass);

  object_class->dispose = cr_findings_page_dispose;
  widget_class->root = cr_findings_page_root;
  widget_class->unroot = cr_findings_page_unroot;
  page_class->reload = cr_findings_page_reload;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-findings-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CrFindingsPage, findings_group);
  gtk_widget_class_bind_template_child (widget_class, CrFindingsPage, recommendations_group);

  gtk_widget_class_install_action (widget_class, "findings.add-finding", NULL, add_finding_action);
  gtk_widget_class_install_action (widget_class, "findings.add-recommendation", NULL,
                                   add_recommendation_action);
  gtk_widget_class_install_action (widget_class, "findings.edit", "(bx)", edit_action);
  gtk_widget_class_install_action (widget_class, "findings.move", "(bxi)", move_action);
}

static void
cr_findings_page_init (CrFindingsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->findings = g_list_store_new (CR_TYPE_FINDING);
  self->recommendations = g_list_store_new (CR_TYPE_RECOMMENDATION);
  self->rows = g_ptr_array_new ();
  update_actions (self);
}

/*
 * Public API
 */

GtkWidget *
cr_findings_page_new (void)
{
  return g_object_new (CR_TYPE_FINDINGS_PAGE, NULL);
}
