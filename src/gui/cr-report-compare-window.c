/* cr-report-compare-window.c: what changed between two texts of a report
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrReportCompareWindow"

#include "config.h"

#include "cr-report-compare-window.h"

#include "cr-rich-text.h"
#include "cr-text-diff.h"

#include <glib/gi18n.h>

struct _CrReportCompareWindow
{
  AdwWindow       parent_instance;

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkBox         *sections_box;
  GtkLabel       *summary_label;

  /* Owned references */
  GtkTextBuffer  *buffers[CR_REPORT_N_SECTIONS];
};

G_DEFINE_FINAL_TYPE (CrReportCompareWindow, cr_report_compare_window, ADW_TYPE_WINDOW)

/*
 * Colours: the style's, light or dark
 */

static void
lookup_colour (GtkWidget  *widget,
               const char *name,
               const char *fallback_light,
               const char *fallback_dark,
               GdkRGBA    *rgba)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  if (gtk_style_context_lookup_color (context, name, rgba))
    return;
  gdk_rgba_parse (rgba, adw_style_manager_get_dark (adw_style_manager_get_default ())
                  ? fallback_dark : fallback_light);
}

static void
update_colours (CrReportCompareWindow *self)
{
  GdkRGBA deleted, inserted;

  lookup_colour (GTK_WIDGET (self), "error_color", "#c01c28", "#ff7b63", &deleted);
  lookup_colour (GTK_WIDGET (self), "success_color", "#1b8553", "#8ff0a4", &inserted);

  for (guint s = 0; s < CR_REPORT_N_SECTIONS; s++)
    {
      GtkTextTagTable *table;

      if (self->buffers[s] == NULL)
        continue;
      table = gtk_text_buffer_get_tag_table (self->buffers[s]);
      g_object_set (gtk_text_tag_table_lookup (table, "deleted"), "foreground-rgba", &deleted, NULL);
      g_object_set (gtk_text_tag_table_lookup (table, "inserted"), "foreground-rgba", &inserted, NULL);
    }
}

static void
on_dark_changed_cb (CrReportCompareWindow *self)
{
  update_colours (self);
}

/*
 * The sections
 */

static char *
plain_of (const char *markup)
{
  g_autoptr(CrRichText) text = cr_rich_text_parse (markup);

  return cr_rich_text_to_plain (text);
}

static char *
format_counts (guint inserted,
               guint deleted)
{
  g_autofree char *added = NULL;
  g_autofree char *removed = NULL;

  if (inserted == 0 && deleted == 0)
    return g_strdup (_("words moved or punctuation changed"));

  /* Translators: part of "120 words added, 14 removed". */
  added = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u word added", "%u words added", inserted), inserted);
  /* Translators: part of "120 words added, 14 removed". */
  removed = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u removed", "%u removed", deleted), deleted);
  /* Translators: "120 words added, 14 removed". */
  return g_strdup_printf (_("%s, %s"), added, removed);
}

static GtkTextBuffer *
make_buffer (GPtrArray *pieces)
{
  GtkTextBuffer *buffer = gtk_text_buffer_new (NULL);
  GtkTextTag *deleted, *inserted;
  GtkTextIter end;

  deleted = gtk_text_buffer_create_tag (buffer, "deleted",
                                        "strikethrough", TRUE,
                                        NULL);
  inserted = gtk_text_buffer_create_tag (buffer, "inserted",
                                         "underline", PANGO_UNDERLINE_SINGLE,
                                         NULL);

  for (guint i = 0; i < pieces->len; i++)
    {
      CrTextDiffPiece *piece = g_ptr_array_index (pieces, i);

      gtk_text_buffer_get_end_iter (buffer, &end);
      switch (piece->kind)
        {
        case CR_TEXT_DIFF_DELETE:
          gtk_text_buffer_insert_with_tags (buffer, &end, piece->text, -1, deleted, NULL);
          break;
        case CR_TEXT_DIFF_INSERT:
          gtk_text_buffer_insert_with_tags (buffer, &end, piece->text, -1, inserted, NULL);
          break;
        case CR_TEXT_DIFF_EQUAL:
        default:
          gtk_text_buffer_insert (buffer, &end, piece->text, -1);
          break;
        }
    }

  return buffer;
}

static void
add_section (CrReportCompareWindow *self,
             CrReportSection        section,
             GtkTextBuffer         *buffer,
             gboolean               changed,
             const char            *counts)
{
  g_autofree char *title = NULL;
  g_autofree char *markup = NULL;
  GtkWidget *expander, *label, *view, *frame;

  /* Translators: a section in the comparison: "Analysis: 120 words
   * added, 14 removed". */
  title = g_strdup_printf (_("%s: %s"), cr_report_section_get_title (section), counts);
  markup = g_markup_printf_escaped ("<b>%s</b>: %s", cr_report_section_get_title (section), counts);

  label = gtk_label_new (NULL);
  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);

  view = gtk_text_view_new_with_buffer (buffer);
  gtk_text_view_set_editable (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_pixels_below_lines (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);

  frame = gtk_frame_new (NULL);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_widget_set_margin_top (frame, 6);

  expander = gtk_expander_new (NULL);
  gtk_expander_set_label_widget (GTK_EXPANDER (expander), label);
  gtk_expander_set_child (GTK_EXPANDER (expander), frame);
  gtk_expander_set_expanded (GTK_EXPANDER (expander), changed);
  gtk_accessible_update_property (GTK_ACCESSIBLE (expander),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  gtk_box_append (self->sections_box, expander);
}

static void
compare (CrReportCompareWindow *self,
         const char * const    *old_markups,
         const char * const    *new_markups)
{
  guint n_changed = 0, total_inserted = 0, total_deleted = 0;
  g_autofree char *summary = NULL;

  for (guint s = 0; s < CR_REPORT_N_SECTIONS; s++)
    {
      g_autofree char *old_plain = plain_of (old_markups[s]);
      g_autofree char *new_plain = plain_of (new_markups[s]);
      g_autoptr(GPtrArray) pieces = NULL;
      g_autofree char *counts = NULL;
      guint inserted = 0, deleted = 0;
      gboolean changed = FALSE;

      if (old_plain[0] == '\0' && new_plain[0] == '\0')
        continue;

      pieces = cr_text_diff (old_plain, new_plain);
      for (guint i = 0; i < pieces->len; i++)
        if (((CrTextDiffPiece *) g_ptr_array_index (pieces, i))->kind != CR_TEXT_DIFF_EQUAL)
          changed = TRUE;
      cr_text_diff_count_words (pieces, &inserted, &deleted);

      if (changed)
        {
          n_changed++;
          total_inserted += inserted;
          total_deleted += deleted;
          counts = format_counts (inserted, deleted);
        }
      else
        counts = g_strdup (_("no changes"));

      self->buffers[s] = make_buffer (pieces);
      add_section (self, s, self->buffers[s], changed, counts);
    }

  if (n_changed == 0)
    summary = g_strdup (_("No changes: the two texts are the same."));
  else
    {
      g_autofree char *counts = format_counts (total_inserted, total_deleted);

      /* Translators: the comparison's summary: "3 sections changed: 120
       * words added, 14 removed". */
      summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u section changed: %s",
                                              "%u sections changed: %s", n_changed),
                                 n_changed, counts);
    }
  gtk_label_set_text (self->summary_label, summary);
  update_colours (self);
}

/*
 * GObject overrides
 */

static void
cr_report_compare_window_dispose (GObject *object)
{
  CrReportCompareWindow *self = CR_REPORT_COMPARE_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_REPORT_COMPARE_WINDOW);

  for (guint s = 0; s < CR_REPORT_N_SECTIONS; s++)
    g_clear_object (&self->buffers[s]);

  G_OBJECT_CLASS (cr_report_compare_window_parent_class)->dispose (object);
}

static void
cr_report_compare_window_class_init (CrReportCompareWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cr_report_compare_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-report-compare-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CrReportCompareWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, CrReportCompareWindow, sections_box);
  gtk_widget_class_bind_template_child (widget_class, CrReportCompareWindow, summary_label);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
cr_report_compare_window_init (CrReportCompareWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_dark_changed_cb), self, G_CONNECT_SWAPPED);
}

/*
 * Public API
 */

CrReportCompareWindow *
cr_report_compare_window_new (GtkWindow          *parent,
                              const char         *old_name,
                              const char * const *old_markups,
                              const char         *new_name,
                              const char * const *new_markups)
{
  CrReportCompareWindow *self;
  g_autofree char *subtitle = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (old_markups != NULL, NULL);
  g_return_val_if_fail (new_markups != NULL, NULL);

  self = g_object_new (CR_TYPE_REPORT_COMPARE_WINDOW,
                       "transient-for", parent,
                       NULL);

  /* Translators: what is compared: "Version 2 → Current Text". */
  subtitle = g_strdup_printf (_("%s → %s"), old_name != NULL ? old_name : "", new_name != NULL ? new_name : "");
  adw_window_title_set_subtitle (self->window_title, subtitle);

  compare (self, old_markups, new_markups);
  return self;
}

const char *
cr_report_compare_window_get_summary (CrReportCompareWindow *self)
{
  g_return_val_if_fail (CR_IS_REPORT_COMPARE_WINDOW (self), NULL);

  return gtk_label_get_text (self->summary_label);
}

GtkTextBuffer *
cr_report_compare_window_get_buffer (CrReportCompareWindow *self,
                                     CrReportSection        section)
{
  g_return_val_if_fail (CR_IS_REPORT_COMPARE_WINDOW (self), NULL);
  g_return_val_if_fail (section < CR_REPORT_N_SECTIONS, NULL);

  return self->buffers[section];
}
