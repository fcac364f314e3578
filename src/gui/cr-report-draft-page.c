/* cr-report-draft-page.c: the report's sections in a rich text editor,
 * saved as the reviewer types, with versions to compare and go back to
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrReportDraftPage"

#include "config.h"

#include "cr-report-draft-page.h"

#include "cr-database-report.h"
#include "cr-edit-utils.h"
#include "cr-report-draft-page-private.h"
#include "cr-rich-text-editor.h"

#include <glib/gi18n.h>

/* Saved this long after the typing stops. */
#define SAVE_DELAY_MS 800

struct _CrReportDraftPage
{
  CrReviewPage       parent_instance;

  /* Template widgets */
  GtkListBox        *section_list;
  GtkLabel          *title_label;
  GtkLabel          *guidance_label;
  GtkLabel          *status_label;
  GtkWidget         *save_version_button;
  GtkWidget         *versions_button;
  GtkStack          *editor_stack;
  CrRichTextEditor  *editor;
  AdwEntryRow       *subtitle_row;

  /* The rows of the sections */
  GtkWidget         *rows[CR_REPORT_N_SECTIONS];
  GtkLabel          *row_words[CR_REPORT_N_SECTIONS];
  GtkWidget         *row_checks[CR_REPORT_N_SECTIONS];

  /* Owned state */
  char              *markups[CR_REPORT_N_SECTIONS];  /* the latest text */
  char              *saved[CR_REPORT_N_SECTIONS];    /* as stored */
  CrReportSection    current;
  guint              save_id;
  guint              n_saving;
  guint              failed;          /* sections whose last save failed */
  gulong             report_changed_id;
  GtkWidget         *report_window;   /* unowned: the report window it is in */
  guint              loaded : 1;
  guint              dirty : 1;       /* typed since handed to storage */
  guint              has_saved : 1;
  guint              showing : 1;     /* filling the editor or the entry */
};

G_DEFINE_FINAL_TYPE (CrReportDraftPage, cr_report_draft_page, CR_TYPE_REVIEW_PAGE)

typedef struct
{
  CrReportDraftPage *self;
  gint64             case_id;
  CrReportSection    section;
  char              *markup;
} SaveOp;

static void
save_op_free (SaveOp *op)
{
  g_object_unref (op->self);
  g_free (op->markup);
  g_free (op);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SaveOp, save_op_free)

static void show_section (CrReportDraftPage *self);

/*
 * What the page shows
 */

static guint
count_markup_words (const char *markup)
{
  g_autoptr(CrRichText) text = NULL;

  if (markup == NULL || markup[0] == '\0')
    return 0;
  text = cr_rich_text_parse (markup);
  return cr_rich_text_count_words (text);
}

static guint
section_words (CrReportDraftPage *self,
               CrReportSection    section)
{
  if (section == self->current && section != CR_REPORT_SECTION_TITLE_PAGE && self->loaded)
    return cr_rich_text_editor_get_n_words (self->editor);
  return count_markup_words (self->markups[section]);
}

static char *
format_words (guint n_words)
{
  /* Translators: the words written in a section of the report. */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u word", "%u words", n_words), n_words);
}

static void
update_row (CrReportDraftPage *self,
            CrReportSection    section)
{
  guint n_words = section_words (self, section);
  g_autofree char *text = NULL;

  if (section == CR_REPORT_SECTION_TITLE_PAGE)
    text = g_strdup (n_words > 0 ? _("Subtitle added") : _("Made from the case"));
  else if (n_words > 0)
    text = format_words (n_words);
  else
    text = g_strdup (_("Not written"));

  gtk_label_set_text (self->row_words[section], text);
  gtk_widget_set_visible (self->row_checks[section], n_words > 0);
}

static void
update_status (CrReportDraftPage *self)
{
  g_autofree char *words = NULL;
  g_autofree char *text = NULL;
  const char *state = NULL;

  if (!self->loaded)
    {
      gtk_label_set_text (self->status_label, "");
      return;
    }

  if (self->dirty || self->n_saving > 0)
    state = _("Saving…");
  else if (self->failed != 0)
    state = _("Not saved");
  else if (self->has_saved)
    state = _("Saved");

  if (self->current != CR_REPORT_SECTION_TITLE_PAGE)
    words = format_words (section_words (self, self->current));

  if (words != NULL && state != NULL)
    /* Translators: the status under the buttons: "412 words · Saved". */
    text = g_strdup_printf (_("%s · %s"), words, state);
  else
    text = g_strdup (words != NULL ? words : state != NULL ? state : "");

  gtk_label_set_text (self->status_label, text);
}

static void
update_sensitivity (CrReportDraftPage *self)
{
  gboolean writable = cr_review_page_is_writable (CR_REVIEW_PAGE (self)) && self->loaded;

  cr_rich_text_editor_set_editable (self->editor, writable);
  gtk_editable_set_editable (GTK_EDITABLE (self->subtitle_row), writable);
  gtk_widget_set_sensitive (self->save_version_button, writable);
  gtk_widget_set_sensitive (self->versions_button, self->loaded);
}

/* The text being edited, as markup. */
static char *
current_markup (CrReportDraftPage *self)
{
  g_autoptr(CrRichText) text = NULL;

  if (self->current == CR_REPORT_SECTION_TITLE_PAGE)
    {
      g_autofree char *subtitle = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->subtitle_row)));

      text = cr_rich_text_new_from_plain (g_strstrip (subtitle));
    }
  else
    text = cr_rich_text_editor_get_text (self->editor);

  return cr_rich_text_to_markup (text);
}

/*
 * Saving
 */

static void save_section (CrReportDraftPage *self,
                          CrReportSection    section,
                          const char        *markup);

static void
on_try_again_cb (AdwToast          *toast,
                 CrReportDraftPage *self)
{
  guint failed = self->failed;

  for (guint s = 0; s < CR_REPORT_N_SECTIONS; s++)
    if (failed & (1u << s))
      {
        g_autofree char *markup = NULL;

        if (s == self->current)
          markup = current_markup (self);
        else
          markup = g_strdup (self->markups[s]);
        save_section (self, s, markup);
      }
}

static void
show_save_error (CrReportDraftPage *self,
                 CrReportSection    section,
                 const GError      *error)
{
  g_autofree char *title = NULL;
  g_autofree char *markup = NULL;
  GtkWidget *overlay;
  AdwToast *toast;

  /* Translators: %s is a section of the report ("Analysis"), then why. */
  title = g_strdup_printf (_("Could not save “%s”: %s"),
                           cr_report_section_get_title (section), error->message);
  overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    {
      g_warning ("%s", title);
      return;
    }

  markup = g_markup_escape_text (title, -1);
  toast = adw_toast_new (markup);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 0);
  adw_toast_set_button_label (toast, _("Try Again"));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_try_again_cb), self, 0);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

static void
on_section_saved_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(SaveOp) op = user_data;
  CrReportDraftPage *self = op->self;
  g_autoptr(GError) error = NULL;

  g_assert (self->n_saving > 0);
  self->n_saving--;

  if (!cr_database_save_report_section_finish (CR_DATABASE (source), result, &error))
    {
      if (op->case_id != cr_review_page_get_case_id (CR_REVIEW_PAGE (self)))
        {
          g_warning ("Could not save a section of the report of case %" G_GINT64_FORMAT ": %s",
                     op->case_id, error->message);
          return;
        }
      self->failed |= 1u << op->section;
      show_save_error (self, op->section, error);
      update_status (self);
      return;
    }

  if (op->case_id != cr_review_page_get_case_id (CR_REVIEW_PAGE (self)))
    return;

  self->failed &= ~(1u << op->section);
  self->has_saved = TRUE;
  g_free (self->saved[op->section]);
  self->saved[op->section] = g_steal_pointer (&op->markup);
  update_row (self, op->section);
  update_status (self);
}

static void
save_section (CrReportDraftPage *self,
              CrReportSection    section,
              const char        *markup)
{
  CrDatabase *db = cr_review_page_get_database (CR_REVIEW_PAGE (self));
  SaveOp *op;

  if (db == NULL || !cr_review_page_is_writable (CR_REVIEW_PAGE (self)))
    return;

  op = g_new0 (SaveOp, 1);
  op->self = g_object_ref (self);
  op->case_id = cr_review_page_get_case_id (CR_REVIEW_PAGE (self));
  op->section = section;
  op->markup = g_strdup (markup != NULL ? markup : "");

  self->n_saving++;
  update_status (self);
  /* Not cancelled with the page's loads: what was typed is written even
   * when the window closes meanwhile. */
  cr_database_save_report_section_async (db, op->case_id, section, op->markup, NULL,
                                         on_section_saved_cb, op);
}

void
cr_report_draft_page_save_now (CrReportDraftPage *self)
{
  g_autofree char *markup = NULL;

  g_return_if_fail (CR_IS_REPORT_DRAFT_PAGE (self));

  g_clear_handle_id (&self->save_id, g_source_remove);
  if (!self->dirty || !self->loaded)
    return;

  self->dirty = FALSE;
  markup = current_markup (self);
  g_free (self->markups[self->current]);
  self->markups[self->current] = g_strdup (markup);

  if (g_strcmp0 (markup, self->saved[self->current]) == 0 &&
      (self->failed & (1u << self->current)) == 0)
    {
      update_status (self);
      return;
    }

  save_section (self, self->current, markup);
}

gboolean
cr_report_draft_page_is_saving (CrReportDraftPage *self)
{
  g_return_val_if_fail (CR_IS_REPORT_DRAFT_PAGE (self), FALSE);

  return self->dirty || self->n_saving > 0;
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  CrReportDraftPage *self = user_data;

  self->save_id = 0;
  cr_report_draft_page_save_now (self);
  return G_SOURCE_REMOVE;
}

static void
text_changed (CrReportDraftPage *self)
{
  if (self->showing || !self->loaded)
    return;

  self->dirty = TRUE;
  g_clear_handle_id (&self->save_id, g_source_remove);
  self->save_id = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
  update_status (self);
}

static void
on_editor_changed_cb (CrReportDraftPage *self)
{
  text_changed (self);
}

static void
on_subtitle_changed_cb (CrReportDraftPage *self)
{
  text_changed (self);
  if (!self->showing && self->loaded)
    {
      g_autofree char *markup = current_markup (self);

      g_free (self->markups[CR_REPORT_SECTION_TITLE_PAGE]);
      self->markups[CR_REPORT_SECTION_TITLE_PAGE] = g_steal_pointer (&markup);
      update_row (self, CR_REPORT_SECTION_TITLE_PAGE);
    }
}

static void
on_editor_words_cb (CrReportDraftPage *self)
{
  if (!self->loaded || self->current == CR_REPORT_SECTION_TITLE_PAGE)
    return;
  update_row (self, self->current);
  update_status (self);
}

static void
on_focus_leave_cb (CrReportDraftPage *self)
{
  cr_report_draft_page_save_now (self);
}

/*
 * Sections
 */

static void
show_section (CrReportDraftPage *self)
{
  CrReportSection section = self->current;
  g_autoptr(CrRichText) text = cr_rich_text_parse (self->markups[section]);

  self->showing = TRUE;

  gtk_list_box_select_row (self->section_list, GTK_LIST_BOX_ROW (self->rows[section]));
  gtk_label_set_text (self->title_label, cr_report_section_get_title (section));
  gtk_label_set_text (self->guidance_label, cr_report_section_get_guidance (section));

  if (section == CR_REPORT_SECTION_TITLE_PAGE)
    {
      g_autofree char *plain = cr_rich_text_to_plain (text);

      gtk_editable_set_text (GTK_EDITABLE (self->subtitle_row), plain);
      gtk_stack_set_visible_child_name (self->editor_stack, "subtitle");
    }
  else
    {
      cr_rich_text_editor_set_text (self->editor, text);
      gtk_stack_set_visible_child_name (self->editor_stack, "text");
    }

  self->showing = FALSE;
  update_row (self, section);
  update_status (self);
}

static void
on_section_selected_cb (CrReportDraftPage *self,
                        GtkListBoxRow     *row)
{
  CrReportSection section;

  if (row == NULL || self->showing)
    return;

  section = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "cr-section"));
  if (section == self->current)
    return;

  /* What was typed in the section left is saved at once. */
  cr_report_draft_page_save_now (self);
  self->current = section;
  if (self->loaded)
    show_section (self);
}

static GtkWidget *
make_section_row (CrReportDraftPage *self,
                  CrReportSection    section)
{
  GtkWidget *row, *box, *labels, *title, *words, *check;

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_box_append (GTK_BOX (box), labels);

  title = gtk_label_new (cr_report_section_get_title (section));
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (labels), title);

  words = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (words), 0);
  gtk_widget_add_css_class (words, "dim-label");
  gtk_widget_add_css_class (words, "caption");
  gtk_box_append (GTK_BOX (labels), words);

  check = gtk_image_new_from_icon_name ("object-select-symbolic");
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (check, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Written"),
                                  -1);
  gtk_box_append (GTK_BOX (box), check);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "cr-section", GUINT_TO_POINTER (section));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, cr_report_section_get_title (section),
                                  -1);

  self->row_words[section] = GTK_LABEL (words);
  self->row_checks[section] = check;
  return row;
}

/*
 * Loading
 */

static void
on_sections_loaded_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(CrLoadTag) tag = user_data;
  CrReportDraftPage *self = CR_REPORT_DRAFT_PAGE (tag->owner);
  g_autoptr(GPtrArray) sections = NULL;
  g_autoptr(GError) error = NULL;
  gboolean keep_typing;

  sections = cr_database_load_report_sections_finish (CR_DATABASE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      tag->id != cr_review_page_get_case_id (CR_REVIEW_PAGE (self)))
    return;

  if (sections == NULL)
    {
      adw_status_page_set_title (ADW_STATUS_PAGE (gtk_stack_get_child_by_name (self->editor_stack, "loading")),
                                 _("The Report Could Not Be Read"));
      adw_status_page_set_description (ADW_STATUS_PAGE (gtk_stack_get_child_by_name (self->editor_stack, "loading")),
                                       error->message);
      return;
    }

  g_return_if_fail (sections->len == CR_REPORT_N_SECTIONS);

  /* What is being typed stays; the rest is as stored. */
  keep_typing = self->loaded && (self->dirty || (self->failed & (1u << self->current)));
  for (guint s = 0; s < CR_REPORT_N_SECTIONS; s++)
    {
      const char *markup = g_ptr_array_index (sections, s);

      g_free (self->saved[s]);
      self->saved[s] = g_strdup (markup);
      if (keep_typing && s == self->current)
        continue;
      if ((self->failed & (1u << s)) != 0)
        continue;
      g_free (self->markups[s]);
      self->markups[s] = g_strdup (markup);
    }

  self->loaded = TRUE;
  update_sensitivity (self);
  for (guint s = 0; s < CR_REPORT_N_SECTIONS; s++)
    update_row (self, s);
  if (!keep_typing)
    show_section (self);
  update_status (self);
}

static void
load_sections (CrReportDraftPage *self)
{
  CrDatabase *db = cr_review_page_get_database (CR_REVIEW_PAGE (self));
  gint64 case_id = cr_review_page_get_case_id (CR_REVIEW_PAGE (self));

  if (db == NULL || case_id == 0)
    return;

  cr_database_load_report_sections_async (db, case_id,
                                          cr_review_page_get_cancellable (CR_REVIEW_PAGE (self)),
                                          on_sections_loaded_cb,
                                          cr_load_tag_new (self, case_id));
}

static void
on_report_changed_cb (CrReportDraftPage *self)
{
  load_sections (self);
}

void
_cr_report_draft_page_text_replaced (CrReportDraftPage *self)
{
  /* Through the window, so that its other pages see it too. */
  if (self->report_window != NULL)
    g_signal_emit_by_name (self->report_window, "report-changed");
  else
    load_sections (self);
}

/*
 * CrReviewPage overrides
 */

static void
cr_report_draft_page_leave (CrReviewPage *page)
{
  cr_report_draft_page_save_now (CR_REPORT_DRAFT_PAGE (page));
}

static void
cr_report_draft_page_reload (CrReviewPage *page,
                             gboolean      new_case)
{
  CrReportDraftPage *self = CR_REPORT_DRAFT_PAGE (page);

  if (new_case)
    {
      g_clear_handle_id (&self->save_id, g_source_remove);
      for (guint s = 0; s < CR_REPORT_N_SECTIONS; s++)
        {
          g_clear_pointer (&self->markups[s], g_free);
          g_clear_pointer (&self->saved[s], g_free);
        }
      self->loaded = FALSE;
      self->dirty = FALSE;
      self->failed = 0;
      self->has_saved = FALSE;
      gtk_stack_set_visible_child_name (self->editor_stack, "loading");
      adw_status_page_set_title (ADW_STATUS_PAGE (gtk_stack_get_child_by_name (self->editor_stack, "loading")),
                                 _("Reading the Report…"));
      adw_status_page_set_description (ADW_STATUS_PAGE (gtk_stack_get_child_by_name (self->editor_stack, "loading")),
                                       NULL);
    }

  update_sensitivity (self);
  update_status (self);

  /* The same case changed (its status): only a load cut short is done
   * again, so that what is typed stays. */
  if (new_case || !self->loaded)
    load_sections (self);
}

/*
 * GtkWidget overrides
 */

static void
cr_report_draft_page_root (GtkWidget *widget)
{
  CrReportDraftPage *self = CR_REPORT_DRAFT_PAGE (widget);
  GtkRoot *root;

  GTK_WIDGET_CLASS (cr_report_draft_page_parent_class)->root (widget);

  /* The report window (CrReportWindow), or any window with its signal. */
  root = gtk_widget_get_root (widget);
  if (root != NULL && g_signal_lookup ("report-changed", G_OBJECT_TYPE (root)) != 0)
    {
      self->report_window = GTK_WIDGET (root);
      self->report_changed_id =
        g_signal_connect_object (root, "report-changed", G_CALLBACK (on_report_changed_cb),
                                 self, G_CONNECT_SWAPPED);
    }
}

static void
cr_report_draft_page_unroot (GtkWidget *widget)
{
  CrReportDraftPage *self = CR_REPORT_DRAFT_PAGE (widget);

  if (self->report_window != NULL)
    g_clear_signal_handler (&self->report_changed_id, self->report_window);
  self->report_window = NULL;

  GTK_WIDGET_CLASS (cr_report_draft_page_parent_class)->unroot (widget);
}

/*
 * GObject overrides
 */

static void
cr_report_draft_page_dispose (GObject *object)
{
  CrReportDraftPage *self = CR_REPORT_DRAFT_PAGE (object);

  /* The last words typed, if the window did not save them already. */
  if (self->dirty && self->loaded)
    cr_report_draft_page_save_now (self);
  g_clear_handle_id (&self->save_id, g_source_remove);
  if (self->section_list != NULL)
    g_signal_handlers_disconnect_by_data (self->section_list, self);
  if (self->editor != NULL)
    g_signal_handlers_disconnect_by_data (self->editor, self);
  if (self->subtitle_row != NULL)
    g_signal_handlers_disconnect_by_data (self->subtitle_row, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_REPORT_DRAFT_PAGE);

  G_OBJECT_CLASS (cr_report_draft_page_parent_class)->dispose (object);
}

static void
cr_report_draft_page_finalize (GObject *object)
{
  CrReportDraftPage *self = CR_REPORT_DRAFT_PAGE (object);

  for (guint s = 0; s < CR_REPORT_N_SECTIONS; s++)
    {
      g_free (self->markups[s]);
      g_free (self->saved[s]);
    }

  G_OBJECT_CLASS (cr_report_draft_page_parent_class)->finalize (object);
}

static void
cr_report_draft_page_class_init (CrReportDraftPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CrReviewPageClass *page_class = CR_REVIEW_PAGE_CLASS (klass);

  object_class->dispose = cr_report_draft_page_dispose;
  object_class->finalize = cr_report_draft_page_finalize;
  widget_class->root = cr_report_draft_page_root;
  widget_class->unroot = cr_report_draft_page_unroot;
  page_class->leave = cr_report_draft_page_leave;
  page_class->reload = cr_report_draft_page_reload;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-report-draft-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CrReportDraftPage, section_list);
  gtk_widget_class_bind_template_child (widget_class, CrReportDraftPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, CrReportDraftPage, guidance_label);
  gtk_widget_class_bind_template_child (widget_class, CrReportDraftPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, CrReportDraftPage, save_version_button);
  gtk_widget_class_bind_template_child (widget_class, CrReportDraftPage, versions_button);
  gtk_widget_class_bind_template_child (widget_class, CrReportDraftPage, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, CrReportDraftPage, editor);
  gtk_widget_class_bind_template_child (widget_class, CrReportDraftPage, subtitle_row);
  gtk_widget_class_bind_template_callback (widget_class, on_section_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_editor_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_editor_words_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_subtitle_changed_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_save_version_clicked_cb",
                                                G_CALLBACK (_cr_report_draft_page_save_version));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_versions_clicked_cb",
                                                G_CALLBACK (_cr_report_draft_page_show_versions));

  g_type_ensure (CR_TYPE_RICH_TEXT_EDITOR);
}

static void
cr_report_draft_page_init (CrReportDraftPage *self)
{
  GtkEventController *focus;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->current = CR_REPORT_SECTION_FOREWORD;
  for (guint s = 0; s < CR_REPORT_N_SECTIONS; s++)
    {
      self->rows[s] = make_section_row (self, s);
      gtk_list_box_append (self->section_list, self->rows[s]);
    }

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (cr_rich_text_editor_get_view (self->editor)), focus);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->subtitle_row), focus);

  cr_entry_row_set_accessible_label (GTK_WIDGET (self->subtitle_row), _("Subtitle"));
  update_sensitivity (self);
}

/*
 * Public API
 */

GtkWidget *
cr_report_draft_page_new (void)
{
  return g_object_new (CR_TYPE_REPORT_DRAFT_PAGE, NULL);
}
