/* cr-anonymisation-page.c: the anonymisation check: hits in context, one-click replacement, dismissals with reasons, the identifier register, checking a PDF
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrAnonymisationPage"

#include "config.h"

#include "cr-anonymisation-page.h"
#include "cr-anonymisation-page-private.h"

#include "cr-anonymisation.h"
#include "cr-database-report.h"
#include "cr-database-review.h"
#include "cr-edit-utils.h"
#include "cr-record-list-group.h"
#include "cr-report-data.h"

#include <glib/gi18n.h>

/* A PDF to be published is read whole into memory: not beyond this. */
#define MAX_PDF_BYTES (100 * 1024 * 1024)

G_DEFINE_FINAL_TYPE (CrAnonymisationPage, cr_anonymisation_page, CR_TYPE_REVIEW_PAGE)

/*
 * The status at the top
 */

static void
set_status_style (CrAnonymisationPage *self,
                  const char          *icon_name,
                  const char          *css_class)
{
  static const char * const classes[] = { "success", "warning", "error", "dim-label" };

  gtk_image_set_from_icon_name (self->status_icon, icon_name);
  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_icon), classes[i]);
  if (css_class != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_icon), css_class);
}

static char *
dup_terms_text (CrAnonymisationPage *self)
{
  g_autofree char *names = NULL;
  g_autofree char *dates = NULL;
  g_autofree char *other = NULL;

  if (!self->terms_known)
    return NULL;

  /* Translators: part of "Looking for 12 names, 2 dates of birth and 6 other details" */
  names = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u name", "%u names", self->n_names), self->n_names);
  dates = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u date of birth", "%u dates of birth", self->n_dates),
                           self->n_dates);
  other = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u other detail", "%u other details", self->n_other),
                           self->n_other);
  /* Translators: "Looking for 12 names, 2 dates of birth and 6 other details" */
  return g_strdup_printf (_("Looking for %s, %s and %s"), names, dates, other);
}

static void
show_status (CrAnonymisationPage *self)
{
  g_autofree char *terms = dup_terms_text (self);
  g_autofree char *time = NULL;

  gtk_label_set_text (self->terms_label, terms != NULL ? terms : "");
  gtk_widget_set_visible (GTK_WIDGET (self->terms_label), terms != NULL);

  gtk_spinner_set_spinning (self->spinner, self->checking);
  gtk_stack_set_visible_child_name (self->status_icon_stack, self->checking ? "checking" : "icon");

  if (self->checking)
    gtk_label_set_text (self->status_title, _("Checking the report…"));
  else if (self->error_text != NULL)
    {
      set_status_style (self, "dialog-error-symbolic", "error");
      gtk_label_set_text (self->status_title, _("The report could not be checked"));
    }
  else if (self->hits == NULL)
    {
      set_status_style (self, "system-search-symbolic", "dim-label");
      gtk_label_set_text (self->status_title, _("Not checked yet"));
    }
  else
    {
      guint n = cr_anonymisation_count_unresolved (self->hits);

      if (n == 0)
        {
          set_status_style (self, "emblem-ok-symbolic", "success");
          gtk_label_set_text (self->status_title, _("No identifying details found"));
        }
      else
        {
          g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                 "%u identifying detail to resolve",
                                                                 "%u identifying details to resolve", n), n);

          set_status_style (self, "dialog-warning-symbolic", "warning");
          gtk_label_set_text (self->status_title, title);
        }
    }

  if (self->error_text != NULL && !self->checking)
    time = g_strdup (self->error_text);
  else if (self->checked_at != NULL)
    {
      g_autofree char *clock = g_date_time_format (self->checked_at, "%H:%M");

      if (self->pdf_name != NULL)
        /* Translators: "Last checked at 14:32, with “report.pdf”" */
        time = g_strdup_printf (_("Last checked at %s, with “%s”"), clock, self->pdf_name);
      else
        /* Translators: "Last checked at 14:32" */
        time = g_strdup_printf (_("Last checked at %s"), clock);
    }
  gtk_label_set_text (self->time_label, time != NULL ? time : "");
  gtk_widget_set_visible (GTK_WIDGET (self->time_label), time != NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "check.forget-pdf", self->pdf != NULL);
}

/*
 * Hit rows
 */

static gboolean
is_pdf_source (const char *source_id)
{
  return g_str_has_prefix (source_id, "page:") || g_str_has_prefix (source_id, "metadata:") ||
         g_str_has_prefix (source_id, "annotation:");
}

/* "…before <b>match</b> after…", every part escaped. */
static char *
dup_context_markup (CrAnonymisationHit *hit)
{
  const char *before = cr_anonymisation_hit_get_context_before (hit);
  const char *after = cr_anonymisation_hit_get_context_after (hit);
  g_autofree char *before_markup = g_markup_escape_text (before != NULL ? before : "", -1);
  g_autofree char *match_markup = g_markup_escape_text (cr_anonymisation_hit_get_text (hit), -1);
  g_autofree char *after_markup = g_markup_escape_text (after != NULL ? after : "", -1);

  return g_strdup_printf ("%s%s<b>%s</b>%s%s",
                          before != NULL && before[0] != '\0' ? "…" : "",
                          before_markup, match_markup, after_markup,
                          after != NULL && after[0] != '\0' ? "…" : "");
}

static char *
dup_context_plain (CrAnonymisationHit *hit)
{
  const char *before = cr_anonymisation_hit_get_context_before (hit);
  const char *after = cr_anonymisation_hit_get_context_after (hit);

  return g_strdup_printf ("%s%s%s", before != NULL ? before : "", cr_anonymisation_hit_get_text (hit),
                          after != NULL ? after : "");
}

static char *
dup_why (CrAnonymisationHit *hit)
{
  const char *why = cr_anonymisation_hit_get_why (hit);

  if (why == NULL || why[0] == '\0')
    return g_strdup (cr_anonymisation_kind_to_label (cr_anonymisation_hit_get_kind (hit)));
  return g_strdup_printf ("%s · %s", cr_anonymisation_kind_to_label (cr_anonymisation_hit_get_kind (hit)), why);
}

static void
on_replace_clicked_cb (GtkButton           *button,
                       CrAnonymisationPage *self)
{
  CrAnonymisationHit *hit = g_object_get_data (G_OBJECT (button), "cr-hit");

  _cr_anonymisation_page_replace (self, hit, cr_anonymisation_hit_get_suggestion (hit));
}

static void
on_replace_with_clicked_cb (GtkButton           *button,
                            CrAnonymisationPage *self)
{
  _cr_anonymisation_page_ask_replacement (self, g_object_get_data (G_OBJECT (button), "cr-hit"));
}

static void
on_dismiss_clicked_cb (GtkButton           *button,
                       CrAnonymisationPage *self)
{
  _cr_anonymisation_page_ask_dismissal (self, g_object_get_data (G_OBJECT (button), "cr-hit"));
}

static GtkWidget *
add_hit_button (CrAnonymisationPage *self,
                GtkWidget           *box,
                CrAnonymisationHit  *hit,
                const char          *label,
                GCallback            callback)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  g_object_set_data_full (G_OBJECT (button), "cr-hit", g_object_ref (hit), g_object_unref);
  g_signal_connect_object (button, "clicked", callback, self, 0);
  gtk_widget_set_sensitive (button, cr_review_page_is_writable (CR_REVIEW_PAGE (self)));
  gtk_box_append (GTK_BOX (box), button);
  return button;
}

static GtkWidget *
new_hit_row (CrAnonymisationPage *self,
             CrAnonymisationHit  *hit)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *context = gtk_label_new (NULL);
  GtkWidget *why = gtk_label_new (NULL);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autofree char *markup = dup_context_markup (hit);
  g_autofree char *plain = dup_context_plain (hit);
  g_autofree char *why_text = dup_why (hit);
  const char *source_id = cr_anonymisation_hit_get_source_id (hit);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), plain);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);

  gtk_label_set_markup (GTK_LABEL (context), markup);
  gtk_label_set_wrap (GTK_LABEL (context), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (context), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (context), 0);
  gtk_label_set_text (GTK_LABEL (why), why_text);
  gtk_label_set_wrap (GTK_LABEL (why), TRUE);
  gtk_label_set_xalign (GTK_LABEL (why), 0);
  gtk_widget_add_css_class (why, "dim-label");
  gtk_widget_add_css_class (why, "caption");
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_widget_set_margin_top (buttons, 6);

  gtk_box_append (GTK_BOX (box), context);
  gtk_box_append (GTK_BOX (box), why);
  gtk_box_append (GTK_BOX (box), buttons);

  if (cr_anonymisation_hit_is_replaceable (hit) && g_strcmp0 (source_id, "title") != 0)
    {
      /* Translators: a button, "Replace with “Child H”" */
      g_autofree char *label = g_strdup_printf (_("Replace with “%s”"),
                                                cr_anonymisation_hit_get_suggestion (hit));
      GtkWidget *replace;

      replace = add_hit_button (self, buttons, hit, label, G_CALLBACK (on_replace_clicked_cb));
      gtk_widget_add_css_class (replace, "suggested-action");
      add_hit_button (self, buttons, hit, _("Replace With…"), G_CALLBACK (on_replace_with_clicked_cb));
    }
  add_hit_button (self, buttons, hit, _("Dismiss…"), G_CALLBACK (on_dismiss_clicked_cb));

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

static void
clear_hit_widgets (CrAnonymisationPage *self)
{
  for (guint i = 0; i < self->hit_widgets->len; i++)
    gtk_box_remove (self->hits_box, g_ptr_array_index (self->hit_widgets, i));
  g_ptr_array_set_size (self->hit_widgets, 0);

  for (guint i = 0; i < self->dismissed_rows->len; i++)
    adw_expander_row_remove (self->dismissed_row, g_ptr_array_index (self->dismissed_rows, i));
  g_ptr_array_set_size (self->dismissed_rows, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->dismissed_group), FALSE);
}

static AdwPreferencesGroup *
group_for_source (CrAnonymisationPage *self,
                  GHashTable          *groups,
                  CrAnonymisationHit  *hit)
{
  const char *label = cr_anonymisation_hit_get_source_label (hit);
  const char *source_id = cr_anonymisation_hit_get_source_id (hit);
  AdwPreferencesGroup *group = g_hash_table_lookup (groups, label);

  if (group != NULL)
    return group;

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (group, label);
  if (is_pdf_source (source_id))
    adw_preferences_group_set_description (group,
                                           _("In the PDF: correct the report, export it again and check the new PDF."));
  else if (g_strcmp0 (source_id, "title") == 0)
    adw_preferences_group_set_description (group,
                                           _("The title is made from the case’s pseudonym: change it on the case page."));
  g_hash_table_insert (groups, g_strdup (label), group);
  g_ptr_array_add (self->hit_widgets, group);
  gtk_box_append (self->hits_box, GTK_WIDGET (group));
  return group;
}

static CrRecord *
find_dismissal (CrAnonymisationPage *self,
                const char          *key)
{
  for (guint i = 0; self->dismissals != NULL && i < self->dismissals->len; i++)
    {
      CrRecord *dismissal = g_ptr_array_index (self->dismissals, i);

      if (g_strcmp0 (cr_record_get (dismissal, "hit-key"), key) == 0)
        return dismissal;
    }
  return NULL;
}

static void
on_restore_clicked_cb (GtkButton           *button,
                       CrAnonymisationPage *self)
{
  _cr_anonymisation_page_restore (self, g_object_get_data (G_OBJECT (button), "cr-dismissal"));
}

static void
add_dismissed_row (CrAnonymisationPage *self,
                   CrAnonymisationHit  *hit)
{
  CrRecord *dismissal = find_dismissal (self, cr_anonymisation_hit_get_key (hit));
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *markup = dup_context_markup (hit);
  g_autofree char *subtitle = NULL;
  g_autofree char *subtitle_markup = NULL;
  const char *reason = cr_anonymisation_hit_get_dismissal_reason (hit);

  if (dismissal != NULL)
    {
      g_autofree char *who = cr_record_dup_subtitle (dismissal);

      /* Translators: "Reason: it is the name of a national charity\nAnalysis · Sam Patel · 3 March 2027" */
      subtitle = g_strdup_printf (_("Reason: %s\n%s"), reason != NULL ? reason : "", who != NULL ? who : "");
    }
  else
    subtitle = g_strdup_printf (_("Reason: %s"), reason != NULL ? reason : "");
  subtitle_markup = g_markup_escape_text (subtitle, -1);

  /* The row's markup: both lines are escaped. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), TRUE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), markup);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle_markup);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);

  if (dismissal != NULL)
    {
      GtkWidget *restore = gtk_button_new_with_label (_("Restore"));

      gtk_widget_set_valign (restore, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (restore, _("Make it a detail to resolve again"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (restore),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Restore"),
                                      -1);
      g_object_set_data_full (G_OBJECT (restore), "cr-dismissal", g_object_ref (dismissal), g_object_unref);
      g_signal_connect_object (restore, "clicked", G_CALLBACK (on_restore_clicked_cb), self, 0);
      gtk_widget_set_sensitive (restore, cr_review_page_is_writable (CR_REVIEW_PAGE (self)));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), restore);
    }

  g_ptr_array_add (self->dismissed_rows, row);
  adw_expander_row_add_row (self->dismissed_row, row);
}

static void
show_hits (CrAnonymisationPage *self)
{
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_dismissed = 0;

  clear_hit_widgets (self);
  if (self->hits == NULL)
    return;

  for (guint i = 0; i < self->hits->len; i++)
    {
      CrAnonymisationHit *hit = g_ptr_array_index (self->hits, i);

      if (cr_anonymisation_hit_get_dismissed (hit))
        {
          add_dismissed_row (self, hit);
          n_dismissed++;
          continue;
        }
      adw_preferences_group_add (group_for_source (self, groups, hit), new_hit_row (self, hit));
    }

  if (n_dismissed > 0)
    {
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u dismissed detail",
                                                             "%u dismissed details", n_dismissed),
                                                n_dismissed);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->dismissed_row), title);
      gtk_widget_set_visible (GTK_WIDGET (self->dismissed_group), TRUE);
    }
}

/*
 * Checking
 */

static void
on_checked_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(CrLoadTag) tag = user_data;
  CrAnonymisationPage *self = CR_ANONYMISATION_PAGE (tag->owner);
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;

  hits = cr_report_data_check_finish (result, NULL, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      tag->id != cr_review_page_get_case_id (CR_REVIEW_PAGE (self)))
    return;

  self->checking = FALSE;
  g_clear_pointer (&self->error_text, g_free);
  if (hits == NULL)
    {
      /* Fail closed: nothing from an earlier check is shown as current. */
      g_clear_pointer (&self->hits, g_ptr_array_unref);
      self->error_text = g_strdup (error->message);
    }
  else
    {
      g_clear_pointer (&self->hits, g_ptr_array_unref);
      self->hits = g_steal_pointer (&hits);
      g_clear_pointer (&self->checked_at, g_date_time_unref);
      self->checked_at = g_date_time_new_now_local ();
    }

  show_hits (self);
  show_status (self);

  if (self->check_again)
    {
      self->check_again = FALSE;
      _cr_anonymisation_page_check (self);
    }
}

static void
on_dismissals_listed (CrReviewPage *page,
                      GPtrArray    *records,
                      const GError *error)
{
  CrAnonymisationPage *self = CR_ANONYMISATION_PAGE (page);

  if (records == NULL)
    return;
  g_clear_pointer (&self->dismissals, g_ptr_array_unref);
  self->dismissals = g_ptr_array_ref (records);
  show_hits (self);
}

void
_cr_anonymisation_page_check (CrAnonymisationPage *self)
{
  CrDatabase *db = cr_review_page_get_database (CR_REVIEW_PAGE (self));
  gint64 case_id = cr_review_page_get_case_id (CR_REVIEW_PAGE (self));

  if (db == NULL || case_id == 0)
    return;

  /* A check under way read the report before this change: a new one. */
  g_cancellable_cancel (self->check_cancellable);
  g_clear_object (&self->check_cancellable);
  self->check_cancellable = g_cancellable_new ();
  self->checking = TRUE;
  self->check_again = FALSE;
  self->stale = FALSE;
  show_status (self);

  cr_review_page_list_records (CR_REVIEW_PAGE (self), CR_TYPE_ANONYMISATION_DISMISSAL,
                               _("Could not read the dismissals"), on_dismissals_listed);
  cr_report_data_check_async (db, case_id, self->pdf, self->check_cancellable, on_checked_cb,
                              cr_load_tag_new (self, case_id));
}

static void
on_terms_loaded_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(CrLoadTag) tag = user_data;
  CrAnonymisationPage *self = CR_ANONYMISATION_PAGE (tag->owner);
  g_autoptr(CrAnonymisationTerms) terms = NULL;
  g_autoptr(GError) error = NULL;

  terms = cr_database_load_anonymisation_terms_finish (CR_DATABASE (source), result, &error);
  if (terms == NULL || tag->id != cr_review_page_get_case_id (CR_REVIEW_PAGE (self)))
    return;

  cr_anonymisation_terms_count (terms, &self->n_names, &self->n_dates, &self->n_other);
  self->terms_known = TRUE;
  show_status (self);
}

/* The counts of what is looked for: on a new case, and when the details
 * to look for change. */
static void
load_terms (CrAnonymisationPage *self)
{
  CrDatabase *db = cr_review_page_get_database (CR_REVIEW_PAGE (self));
  gint64 case_id = cr_review_page_get_case_id (CR_REVIEW_PAGE (self));

  g_cancellable_cancel (self->terms_cancellable);
  g_clear_object (&self->terms_cancellable);
  if (db == NULL || case_id == 0)
    return;

  self->terms_cancellable = g_cancellable_new ();
  cr_database_load_anonymisation_terms_async (db, case_id, self->terms_cancellable,
                                              on_terms_loaded_cb, cr_load_tag_new (self, case_id));
}

static void
check_when_shown (CrAnonymisationPage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    _cr_anonymisation_page_check (self);
  else
    self->stale = TRUE;
}

static void
on_report_changed_cb (CrAnonymisationPage *self)
{
  check_when_shown (self);
}

void
_cr_anonymisation_page_report_changed (CrAnonymisationPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  /* The report window tells every page, this one included (by name: the
   * page also lives outside that window). */
  if (root != NULL && g_signal_lookup ("report-changed", G_OBJECT_TYPE (root)) != 0)
    g_signal_emit_by_name (root, "report-changed");
  else
    check_when_shown (self);
}

static void
cr_anonymisation_page_reload (CrReviewPage *page,
                              gboolean      new_case)
{
  CrAnonymisationPage *self = CR_ANONYMISATION_PAGE (page);

  if (new_case)
    {
      g_cancellable_cancel (self->check_cancellable);
      self->checking = FALSE;
      self->terms_known = FALSE;
      g_clear_pointer (&self->hits, g_ptr_array_unref);
      g_clear_pointer (&self->dismissals, g_ptr_array_unref);
      g_clear_pointer (&self->checked_at, g_date_time_unref);
      g_clear_pointer (&self->error_text, g_free);
      g_clear_pointer (&self->pdf, g_bytes_unref);
      g_clear_pointer (&self->pdf_name, g_free);
      gtk_widget_set_visible (self->pdf_note, FALSE);
      gtk_toggle_button_set_active (self->reveal_button, FALSE);
      show_hits (self);
      show_status (self);
      load_terms (self);
    }

  check_when_shown (self);
}

/*
 * Checking a PDF
 */

static void
on_pdf_loaded_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(CrLoadTag) tag = user_data;
  CrAnonymisationPage *self = CR_ANONYMISATION_PAGE (tag->owner);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *note = NULL;

  bytes = g_file_load_bytes_finish (G_FILE (source), result, NULL, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      tag->id != cr_review_page_get_case_id (CR_REVIEW_PAGE (self)))
    return;
  if (bytes == NULL)
    {
      cr_show_error_toast (GTK_WIDGET (self), _("Could not read the PDF"), error);
      return;
    }
  if (g_bytes_get_size (bytes) > MAX_PDF_BYTES)
    {
      cr_show_toast (GTK_WIDGET (self), _("The PDF is larger than 100 MB: it cannot be checked here."));
      return;
    }

  name = g_file_get_basename (G_FILE (source));
  g_clear_pointer (&self->pdf, g_bytes_unref);
  g_free (self->pdf_name);
  self->pdf = g_steal_pointer (&bytes);
  self->pdf_name = g_steal_pointer (&name);
  /* Translators: %s is the file's name */
  note = g_strdup_printf (_("Also checking “%s”. What is found in a PDF cannot be replaced here: correct the report, export it again and check the new PDF."),
                          self->pdf_name);
  gtk_label_set_text (self->pdf_label, note);
  gtk_widget_set_visible (self->pdf_note, TRUE);
  _cr_anonymisation_page_check (self);
}

static void
on_pdf_info_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(CrLoadTag) tag = user_data;
  CrAnonymisationPage *self = CR_ANONYMISATION_PAGE (tag->owner);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;

  info = g_file_query_info_finish (G_FILE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      tag->id != cr_review_page_get_case_id (CR_REVIEW_PAGE (self)))
    return;
  if (info == NULL)
    {
      cr_show_error_toast (GTK_WIDGET (self), _("Could not read the PDF"), error);
      return;
    }
  if (g_file_info_get_size (info) > MAX_PDF_BYTES)
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is larger than 100 MB: it cannot be checked here. Export the report again, or check it in parts."),
                                                  g_file_info_get_display_name (info));

      cr_show_toast (GTK_WIDGET (self), message);
      return;
    }

  g_file_load_bytes_async (G_FILE (source), cr_review_page_get_cancellable (CR_REVIEW_PAGE (self)),
                           on_pdf_loaded_cb, cr_load_tag_new (self, tag->id));
}

static void
on_chooser_response_cb (GtkNativeDialog     *chooser,
                        int                  response,
                        CrAnonymisationPage *self)
{
  g_autoptr(GFile) file = NULL;
  gint64 case_id = cr_review_page_get_case_id (CR_REVIEW_PAGE (self));

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);

  if (file == NULL || case_id == 0)
    return;
  cr_anonymisation_page_check_pdf (self, file);
}

static void
check_pdf_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CrAnonymisationPage *self = CR_ANONYMISATION_PAGE (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) pdf = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Check a PDF"), cr_review_page_get_window (CR_REVIEW_PAGE (self)),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Check"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (pdf, _("PDF documents"));
  gtk_file_filter_add_mime_type (pdf, "application/pdf");
  gtk_file_filter_add_suffix (pdf, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), pdf);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
forget_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CrAnonymisationPage *self = CR_ANONYMISATION_PAGE (widget);

  g_clear_pointer (&self->pdf, g_bytes_unref);
  g_clear_pointer (&self->pdf_name, g_free);
  gtk_widget_set_visible (self->pdf_note, FALSE);
  _cr_anonymisation_page_check (self);
}

static void
check_now_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  _cr_anonymisation_page_check (CR_ANONYMISATION_PAGE (widget));
}

/*
 * The details to look for
 */

static char *
identifier_value (CrRecord    *record,
                  const char **css_class,
                  gpointer     user_data)
{
  CrAnonymisationPage *self = user_data;
  const char *value = cr_record_get (record, "value");

  *css_class = "dim-label";
  if (value == NULL)
    return NULL;
  /* Restricted: shown only when asked. */
  if (!gtk_toggle_button_get_active (self->reveal_button))
    return g_strdup ("••••••••");
  return g_strdup (value);
}

static void
on_reveal_toggled_cb (CrAnonymisationPage *self)
{
  cr_record_list_group_set_status_func (self->identifiers_group, identifier_value, self);
}

static void
on_identifiers_changed_cb (CrAnonymisationPage *self)
{
  load_terms (self);
  _cr_anonymisation_page_check (self);
}

/*
 * GtkWidget overrides
 */

static void
cr_anonymisation_page_map (GtkWidget *widget)
{
  CrAnonymisationPage *self = CR_ANONYMISATION_PAGE (widget);

  GTK_WIDGET_CLASS (cr_anonymisation_page_parent_class)->map (widget);

  /* Shown: a check, unless the last one is still current. */
  if (self->stale || (self->hits == NULL && !self->checking))
    _cr_anonymisation_page_check (self);
}

static void
cr_anonymisation_page_root (GtkWidget *widget)
{
  CrAnonymisationPage *self = CR_ANONYMISATION_PAGE (widget);
  GtkRoot *root;

  GTK_WIDGET_CLASS (cr_anonymisation_page_parent_class)->root (widget);

  root = gtk_widget_get_root (widget);
  if (root != NULL && g_signal_lookup ("report-changed", G_OBJECT_TYPE (root)) != 0)
    {
      self->root = GTK_WIDGET (root);
      self->report_changed_id = g_signal_connect_object (root, "report-changed",
                                                         G_CALLBACK (on_report_changed_cb), self,
                                                         G_CONNECT_SWAPPED);
    }
}

static void
cr_anonymisation_page_unroot (GtkWidget *widget)
{
  CrAnonymisationPage *self = CR_ANONYMISATION_PAGE (widget);

  if (self->root != NULL)
    g_clear_signal_handler (&self->report_changed_id, self->root);
  self->root = NULL;

  GTK_WIDGET_CLASS (cr_anonymisation_page_parent_class)->unroot (widget);
}

/*
 * GObject overrides
 */

static void
cr_anonymisation_page_dispose (GObject *object)
{
  CrAnonymisationPage *self = CR_ANONYMISATION_PAGE (object);

  g_cancellable_cancel (self->check_cancellable);
  g_cancellable_cancel (self->terms_cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_ANONYMISATION_PAGE);

  g_clear_object (&self->check_cancellable);
  g_clear_object (&self->terms_cancellable);
  g_clear_pointer (&self->hits, g_ptr_array_unref);
  g_clear_pointer (&self->dismissals, g_ptr_array_unref);
  g_clear_pointer (&self->hit_widgets, g_ptr_array_unref);
  g_clear_pointer (&self->dismissed_rows, g_ptr_array_unref);
  g_clear_pointer (&self->pdf, g_bytes_unref);
  g_clear_pointer (&self->checked_at, g_date_time_unref);

  G_OBJECT_CLASS (cr_anonymisation_page_parent_class)->dispose (object);
}

static void
cr_anonymisation_page_finalize (GObject *object)
{
  CrAnonymisationPage *self = CR_ANONYMISATION_PAGE (object);

  g_free (self->pdf_name);
  g_free (self->error_text);

  G_OBJECT_CLASS (cr_anonymisation_page_parent_class)->finalize (object);
}

static void
cr_anonymisation_page_class_init (CrAnonymisationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CrReviewPageClass *page_class = CR_REVIEW_PAGE_CLASS (klass);

  object_class->dispose = cr_anonymisation_page_dispose;
  object_class->finalize = cr_anonymisation_page_finalize;
  widget_class->map = cr_anonymisation_page_map;
  widget_class->root = cr_anonymisation_page_root;
  widget_class->unroot = cr_anonymisation_page_unroot;
  page_class->reload = cr_anonymisation_page_reload;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-anonymisation-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CrAnonymisationPage, status_icon_stack);
  gtk_widget_class_bind_template_child (widget_class, CrAnonymisationPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, CrAnonymisationPage, status_icon);
  gtk_widget_class_bind_template_child (widget_class, CrAnonymisationPage, status_title);
  gtk_widget_class_bind_template_child (widget_class, CrAnonymisationPage, terms_label);
  gtk_widget_class_bind_template_child (widget_class, CrAnonymisationPage, time_label);
  gtk_widget_class_bind_template_child (widget_class, CrAnonymisationPage, pdf_note);
  gtk_widget_class_bind_template_child (widget_class, CrAnonymisationPage, pdf_label);
  gtk_widget_class_bind_template_child (widget_class, CrAnonymisationPage, hits_box);
  gtk_widget_class_bind_template_child (widget_class, CrAnonymisationPage, dismissed_group);
  gtk_widget_class_bind_template_child (widget_class, CrAnonymisationPage, dismissed_row);
  gtk_widget_class_bind_template_child (widget_class, CrAnonymisationPage, identifiers_box);
  gtk_widget_class_bind_template_child (widget_class, CrAnonymisationPage, reveal_button);
  gtk_widget_class_bind_template_callback (widget_class, on_reveal_toggled_cb);

  gtk_widget_class_install_action (widget_class, "check.check-now", NULL, check_now_action);
  gtk_widget_class_install_action (widget_class, "check.check-pdf", NULL, check_pdf_action);
  gtk_widget_class_install_action (widget_class, "check.forget-pdf", NULL, forget_pdf_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "check.check-now", NULL);
}

static void
cr_anonymisation_page_init (CrAnonymisationPage *self)
{
  GtkWidget *group;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->hit_widgets = g_ptr_array_new ();
  self->dismissed_rows = g_ptr_array_new ();

  group = cr_record_list_group_new (CR_TYPE_CASE_IDENTIFIER, _("Details to Look For"), _("Add Detail…"),
                                    _("No other details recorded. The real names, dates of birth and addresses of the children and family are looked for already: add the schools, streets, places, numbers and other names that would identify them."));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Restricted: what would identify the family if it were published."));
  self->identifiers_group = CR_RECORD_LIST_GROUP (group);
  gtk_box_prepend (self->identifiers_box, group);
  cr_review_page_add_list_group (CR_REVIEW_PAGE (self), self->identifiers_group);
  cr_record_list_group_set_status_func (self->identifiers_group, identifier_value, self);
  g_signal_connect_object (group, "changed", G_CALLBACK (on_identifiers_changed_cb), self,
                           G_CONNECT_SWAPPED);

  show_status (self);
}

/*
 * Public API
 */

GtkWidget *
cr_anonymisation_page_new (void)
{
  return g_object_new (CR_TYPE_ANONYMISATION_PAGE, NULL);
}

void
cr_anonymisation_page_check_pdf (CrAnonymisationPage *self,
                                 GFile               *file)
{
  gint64 case_id;

  g_return_if_fail (CR_IS_ANONYMISATION_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  case_id = cr_review_page_get_case_id (CR_REVIEW_PAGE (self));
  if (case_id == 0)
    return;
  g_file_query_info_async (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                           G_FILE_QUERY_INFO_NONE, G_PRIORITY_DEFAULT,
                           cr_review_page_get_cancellable (CR_REVIEW_PAGE (self)),
                           on_pdf_info_cb, cr_load_tag_new (self, case_id));
}
