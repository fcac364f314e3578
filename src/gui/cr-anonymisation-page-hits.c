/* cr-anonymisation-page-hits.c: the Check page's hits, grouped by where
 * they were found, each in its context with its buttons, and the dismissed
 * ones with their reasons
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrAnonymisationPage"

#include "config.h"

#include "cr-anonymisation-page-private.h"

#include "cr-anonymisation.h"
#include "cr-edit-utils.h"

#include <glib/gi18n.h>

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
  const char *label = cr_anonymisation_kind_to_label (cr_anonymisation_hit_get_kind (hit));
  g_autofree char *why_folded = NULL;
  g_autofree char *label_folded = NULL;

  if (why == NULL || why[0] == '\0')
    return g_strdup (label);

  /* "Real name of Child J (first name)" says the kind already: not
   * "Real name · Real name of Child J (first name)". */
  why_folded = g_utf8_casefold (why, -1);
  label_folded = g_utf8_casefold (label, -1);
  if (g_str_has_prefix (why_folded, label_folded))
    return g_strdup (why);
  return g_strdup_printf ("%s · %s", label, why);
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
  /* A plain AdwPreferencesRow has no name of its own: the row is a focus
   * stop, so it says what was found, in its context, and why. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, plain,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, why_text,
                                  -1);
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

void
_cr_anonymisation_page_show_hits (CrAnonymisationPage *self)
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
