/* cr-rich-text-editor.c: a formatting toolbar over a text view that edits
 * a CrRichText
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrRichTextEditor"

#include "config.h"

#include "cr-rich-text-editor.h"

#include "cr-rich-text-editor-private.h"

#include <string.h>

struct _CrRichTextEditor
{
  AdwBin            parent_instance;

  /* Template widgets */
  GtkWidget        *toolbar;
  GtkTextView      *view;

  /* Owned state */
  GtkTextBuffer    *buffer;          /* the view's */
  CrRichTextTags    tags;
  CrRichStyle       typing_style;    /* what is typed next */
  gboolean          bold;
  gboolean          italic;
  CrRichBlockKind   kind;
  guint             n_words;
  guint             count_id;
  int               pending_heading_line;  /* an empty last line made a heading, or -1 */
  CrRichBlockKind   insert_kind;     /* the kind of the line being typed in */
  int               cursor_offset;   /* where the cursor was */
  guint             internal;        /* changes made here, not by the user */
  guint             user_action;     /* depth of the buffer's user actions */
  guint             in_history : 1;  /* undoing or redoing */
  guint             pending_finish : 1;
  guint             clamping : 1;
};

G_DEFINE_FINAL_TYPE (CrRichTextEditor, cr_rich_text_editor, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_BOLD,
  PROP_ITALIC,
  PROP_HEADING,
  PROP_BULLETED,
  PROP_NUMBERED,
  PROP_N_WORDS,
  PROP_EDITABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/*
 * State shown by the toolbar
 */

static int
line_of_insert (CrRichTextEditor *self,
                GtkTextIter      *iter)
{
  gtk_text_buffer_get_iter_at_mark (self->buffer, iter, gtk_text_buffer_get_insert (self->buffer));
  return gtk_text_iter_get_line (iter);
}

static gboolean
is_pending_heading (CrRichTextEditor *self,
                    int               line)
{
  GtkTextIter start;

  if (self->pending_heading_line != line)
    return FALSE;
  gtk_text_buffer_get_iter_at_line (self->buffer, &start, line);
  return gtk_text_iter_is_end (&start);
}

static CrRichBlockKind
kind_of_line (CrRichTextEditor *self,
              int               line)
{
  GtkTextIter start;

  if (is_pending_heading (self, line))
    return CR_RICH_BLOCK_HEADING;
  gtk_text_buffer_get_iter_at_line (self->buffer, &start, line);
  return _cr_rich_text_line_kind (&self->tags, &start);
}

/* Whether every character of [@start, @end) that is text has @tag. */
static gboolean
range_has_tag (CrRichTextEditor  *self,
               const GtkTextIter *start,
               const GtkTextIter *end,
               GtkTextTag        *tag)
{
  GtkTextIter iter = *start;
  gboolean any = FALSE;

  for (; gtk_text_iter_compare (&iter, end) < 0; gtk_text_iter_forward_char (&iter))
    {
      if (gtk_text_iter_ends_line (&iter) || _cr_rich_text_in_marker (&self->tags, &iter))
        continue;
      if (!gtk_text_iter_has_tag (&iter, tag))
        return FALSE;
      any = TRUE;
    }

  return any;
}

static void
set_state (CrRichTextEditor *self,
           gboolean          bold,
           gboolean          italic,
           CrRichBlockKind   kind)
{
  CrRichBlockKind old_kind = self->kind;

  g_object_freeze_notify (G_OBJECT (self));
  if (self->bold != bold)
    {
      self->bold = bold;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BOLD]);
    }
  if (self->italic != italic)
    {
      self->italic = italic;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITALIC]);
    }
  if (old_kind != kind)
    {
      self->kind = kind;
      if (old_kind == CR_RICH_BLOCK_HEADING || kind == CR_RICH_BLOCK_HEADING)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEADING]);
      if (old_kind == CR_RICH_BLOCK_BULLET || kind == CR_RICH_BLOCK_BULLET)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BULLETED]);
      if (old_kind == CR_RICH_BLOCK_NUMBERED || kind == CR_RICH_BLOCK_NUMBERED)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMBERED]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

static void
update_state (CrRichTextEditor *self)
{
  GtkTextIter start, end;

  if (gtk_text_buffer_get_selection_bounds (self->buffer, &start, &end))
    set_state (self,
               range_has_tag (self, &start, &end, self->tags.bold),
               range_has_tag (self, &start, &end, self->tags.italic),
               kind_of_line (self, gtk_text_iter_get_line (&start)));
  else
    set_state (self,
               (self->typing_style & CR_RICH_STYLE_BOLD) != 0,
               (self->typing_style & CR_RICH_STYLE_ITALIC) != 0,
               kind_of_line (self, gtk_text_iter_get_line (&start)));
}

/* What is typed at @iter looks like the text before it on its line (or
 * after it, at the start of a line). */
static CrRichStyle
style_near (CrRichTextEditor  *self,
            const GtkTextIter *iter)
{
  GtkTextIter probe = *iter;
  CrRichStyle style = CR_RICH_STYLE_NONE;

  if (gtk_text_iter_starts_line (&probe) || !gtk_text_iter_backward_char (&probe) ||
      _cr_rich_text_in_marker (&self->tags, &probe))
    {
      probe = *iter;
      if (gtk_text_iter_ends_line (&probe))
        return CR_RICH_STYLE_NONE;
    }

  if (gtk_text_iter_has_tag (&probe, self->tags.bold))
    style |= CR_RICH_STYLE_BOLD;
  if (gtk_text_iter_has_tag (&probe, self->tags.italic))
    style |= CR_RICH_STYLE_ITALIC;
  return style;
}

/*
 * Counting words
 */

static gboolean
count_words_cb (gpointer user_data)
{
  CrRichTextEditor *self = user_data;
  g_autoptr(CrRichText) text = cr_rich_text_editor_get_text (self);
  guint n_words = cr_rich_text_count_words (text);

  self->count_id = 0;
  if (self->n_words != n_words)
    {
      self->n_words = n_words;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_WORDS]);
    }

  return G_SOURCE_REMOVE;
}

static void
queue_count_words (CrRichTextEditor *self)
{
  if (self->count_id == 0)
    self->count_id = g_timeout_add_full (G_PRIORITY_LOW, 150, count_words_cb, self, NULL);
}

/*
 * After a change
 */

static void
finish_change (CrRichTextEditor *self)
{
  GtkTextIter cursor;

  self->pending_finish = FALSE;
  self->internal++;
  _cr_rich_text_repair (&self->tags, self->buffer);
  self->internal--;

  line_of_insert (self, &cursor);
  self->cursor_offset = gtk_text_iter_get_offset (&cursor);

  update_state (self);
  queue_count_words (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
change_made (CrRichTextEditor *self)
{
  if (self->user_action > 0 || self->in_history)
    self->pending_finish = TRUE;
  else
    finish_change (self);
}

static void
on_begin_user_action_cb (CrRichTextEditor *self)
{
  self->user_action++;
}

static void
on_end_user_action_cb (CrRichTextEditor *self)
{
  g_return_if_fail (self->user_action > 0);

  self->user_action--;
  if (self->user_action == 0 && !self->in_history && self->pending_finish)
    finish_change (self);
}

static void
on_undo_cb (CrRichTextEditor *self)
{
  self->in_history = TRUE;
}

static void
on_undo_after_cb (CrRichTextEditor *self)
{
  self->in_history = FALSE;
  finish_change (self);
}

/*
 * Typing
 */

static void
on_insert_text_cb (CrRichTextEditor *self,
                   GtkTextIter      *location,
                   const char       *text,
                   int               len)
{
  if (self->internal > 0 || self->in_history)
    return;

  self->insert_kind = kind_of_line (self, gtk_text_iter_get_line (location));
}

/* Undo and redo put markers back as plain text: make them markers again. */
static void
retag_markers (CrRichTextEditor  *self,
               const GtkTextIter *start,
               const GtkTextIter *end)
{
  int first = gtk_text_iter_get_line (start);
  int last = gtk_text_iter_get_line (end);

  for (int line = first; line <= last; line++)
    {
      GtkTextIter line_start, marker_end;
      g_autofree char *head = NULL;
      const char *p;

      gtk_text_buffer_get_iter_at_line (self->buffer, &line_start, line);
      if (gtk_text_iter_compare (&line_start, start) < 0 ||
          _cr_rich_text_in_marker (&self->tags, &line_start))
        continue;

      marker_end = line_start;
      gtk_text_iter_forward_chars (&marker_end, 8);
      if (gtk_text_iter_get_line (&marker_end) != line)
        {
          marker_end = line_start;
          gtk_text_iter_forward_to_line_end (&marker_end);
        }
      head = gtk_text_iter_get_slice (&line_start, &marker_end);

      if (g_str_has_prefix (head, "• "))
        {
          marker_end = line_start;
          gtk_text_iter_forward_chars (&marker_end, 2);
          gtk_text_buffer_apply_tag (self->buffer, self->tags.bullet_marker, &line_start, &marker_end);
          continue;
        }

      for (p = head; g_ascii_isdigit (*p); p++)
        ;
      if (p > head && p[0] == '.' && p[1] == ' ')
        {
          marker_end = line_start;
          gtk_text_iter_forward_chars (&marker_end, (p - head) + 2);
          gtk_text_buffer_apply_tag (self->buffer, self->tags.number_marker, &line_start, &marker_end);
        }
    }
}

static void
on_insert_text_after_cb (CrRichTextEditor *self,
                         GtkTextIter      *location,
                         const char       *text,
                         int               len)
{
  GtkTextMark *end_mark;
  GtkTextIter start, end;
  CrRichBlockKind kind = self->insert_kind;
  glong n_chars;
  int first_line, last_line;

  if (self->internal > 0)
    return;

  n_chars = g_utf8_strlen (text, len);
  end = *location;
  start = end;
  gtk_text_iter_backward_chars (&start, n_chars);
  end_mark = gtk_text_buffer_create_mark (self->buffer, NULL, &end, FALSE);

  self->internal++;

  if (self->in_history)
    {
      retag_markers (self, &start, &end);
      goto out;
    }

  first_line = gtk_text_iter_get_line (&start);
  last_line = gtk_text_iter_get_line (&end);

  /* Typed text takes the typing style; pasted rich text keeps its own. */
  if (!range_has_tag (self, &start, &end, self->tags.bold) &&
      !range_has_tag (self, &start, &end, self->tags.italic))
    {
      gtk_text_buffer_remove_tag (self->buffer, self->tags.bold, &start, &end);
      gtk_text_buffer_remove_tag (self->buffer, self->tags.italic, &start, &end);
      if (self->typing_style & CR_RICH_STYLE_BOLD)
        gtk_text_buffer_apply_tag (self->buffer, self->tags.bold, &start, &end);
      if (self->typing_style & CR_RICH_STYLE_ITALIC)
        gtk_text_buffer_apply_tag (self->buffer, self->tags.italic, &start, &end);
    }

  /* The line typed in keeps its kind. */
  if (kind == CR_RICH_BLOCK_HEADING)
    gtk_text_buffer_apply_tag (self->buffer, self->tags.heading, &start, &end);
  if (self->pending_heading_line == first_line)
    self->pending_heading_line = -1;

  if (first_line != last_line)
    {
      GtkTextIter line_start, line_end;

      if ((kind == CR_RICH_BLOCK_BULLET || kind == CR_RICH_BLOCK_NUMBERED) &&
          strcmp (text, "\n") == 0)
        {
          GtkTextIter text_start;

          /* Return on an empty item ends the list. */
          gtk_text_buffer_get_iter_at_line (self->buffer, &line_start, first_line);
          _cr_rich_text_line_text_start (&self->tags, &line_start, &text_start);
          if (gtk_text_iter_ends_line (&text_start))
            {
              gtk_text_buffer_get_iter_at_mark (self->buffer, &end, end_mark);
              start = end;
              gtk_text_iter_backward_char (&start);
              gtk_text_buffer_delete (self->buffer, &start, &end);
              _cr_rich_text_set_line_kind (&self->tags, self->buffer, first_line,
                                           CR_RICH_BLOCK_PARAGRAPH);
              goto out;
            }
        }

      for (int line = first_line + 1; line <= last_line; line++)
        {
          gtk_text_buffer_get_iter_at_line (self->buffer, &line_start, line);
          if (kind == CR_RICH_BLOCK_BULLET || kind == CR_RICH_BLOCK_NUMBERED)
            {
              /* Return in an item starts the next one. */
              if (!_cr_rich_text_in_marker (&self->tags, &line_start))
                _cr_rich_text_set_line_kind (&self->tags, self->buffer, line, kind);
            }
          else if (kind == CR_RICH_BLOCK_HEADING && line == last_line)
            {
              /* Return at the end of a heading starts a paragraph. */
              gtk_text_buffer_get_iter_at_mark (self->buffer, &line_end, end_mark);
              if (gtk_text_iter_ends_line (&line_end))
                _cr_rich_text_set_line_kind (&self->tags, self->buffer, line,
                                             CR_RICH_BLOCK_PARAGRAPH);
            }
        }
    }

out:
  self->internal--;
  gtk_text_buffer_get_iter_at_mark (self->buffer, location, end_mark);
  gtk_text_buffer_delete_mark (self->buffer, end_mark);
  change_made (self);
}

static void
on_delete_range_after_cb (CrRichTextEditor *self,
                          GtkTextIter      *start,
                          GtkTextIter      *end)
{
  GtkTextMark *mark;

  if (self->internal > 0)
    return;

  mark = gtk_text_buffer_create_mark (self->buffer, NULL, start, TRUE);
  change_made (self);
  gtk_text_buffer_get_iter_at_mark (self->buffer, start, mark);
  *end = *start;
  gtk_text_buffer_delete_mark (self->buffer, mark);
}

/* Backspace just after a list item's marker takes the marker away. */
static void
on_backspace_cb (CrRichTextEditor *self,
                 GtkTextView      *view)
{
  GtkTextIter iter, text_start;

  if (!gtk_text_view_get_editable (view) ||
      gtk_text_buffer_get_has_selection (self->buffer))
    return;

  line_of_insert (self, &iter);
  _cr_rich_text_line_text_start (&self->tags, &iter, &text_start);
  if (!gtk_text_iter_equal (&iter, &text_start) || gtk_text_iter_starts_line (&text_start))
    return;

  g_signal_stop_emission_by_name (view, "backspace");
  cr_rich_text_editor_set_block_kind (self, CR_RICH_BLOCK_PARAGRAPH);
}

/*
 * The cursor
 */

/* Keeps @mark out of markers: after the marker, or at the end of the line
 * before when it was moving back from there. */
static void
clamp_mark (CrRichTextEditor *self,
            GtkTextMark      *mark,
            const GtkTextIter *location)
{
  GtkTextIter iter = *location, text_start;

  if (!_cr_rich_text_in_marker (&self->tags, &iter))
    return;

  _cr_rich_text_line_text_start (&self->tags, &iter, &text_start);
  if (mark == gtk_text_buffer_get_insert (self->buffer) &&
      self->cursor_offset == gtk_text_iter_get_offset (&text_start) &&
      gtk_text_iter_get_line (&iter) > 0)
    {
      gtk_text_iter_set_line_offset (&iter, 0);
      gtk_text_iter_backward_char (&iter);
    }
  else
    iter = text_start;

  self->clamping = TRUE;
  gtk_text_buffer_move_mark (self->buffer, mark, &iter);
  self->clamping = FALSE;
}

static void
on_mark_set_cb (CrRichTextEditor *self,
                GtkTextIter      *location,
                GtkTextMark      *mark)
{
  GtkTextMark *insert = gtk_text_buffer_get_insert (self->buffer);
  GtkTextIter iter;

  if (self->clamping || self->internal > 0)
    return;
  if (mark != insert && mark != gtk_text_buffer_get_selection_bound (self->buffer))
    return;

  clamp_mark (self, mark, location);

  if (mark == insert)
    {
      int line = line_of_insert (self, &iter);

      if (gtk_text_iter_get_offset (&iter) != self->cursor_offset)
        {
          self->cursor_offset = gtk_text_iter_get_offset (&iter);
          self->typing_style = style_near (self, &iter);
          if (self->pending_heading_line != line)
            self->pending_heading_line = -1;
        }
    }

  update_state (self);
}

static void
on_can_undo_changed_cb (CrRichTextEditor *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.undo",
                                 gtk_text_view_get_editable (self->view) &&
                                 gtk_text_buffer_get_can_undo (self->buffer));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.redo",
                                 gtk_text_view_get_editable (self->view) &&
                                 gtk_text_buffer_get_can_redo (self->buffer));
}

/*
 * Actions
 */

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CrRichTextEditor *self = CR_RICH_TEXT_EDITOR (widget);

  if (g_str_equal (action_name, "editor.undo"))
    gtk_text_buffer_undo (self->buffer);
  else
    gtk_text_buffer_redo (self->buffer);
}

/*
 * GObject overrides
 */

static void
cr_rich_text_editor_dispose (GObject *object)
{
  CrRichTextEditor *self = CR_RICH_TEXT_EDITOR (object);

  g_clear_handle_id (&self->count_id, g_source_remove);
  if (self->buffer != NULL)
    g_signal_handlers_disconnect_by_data (self->buffer, self);
  self->buffer = NULL;

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_RICH_TEXT_EDITOR);

  G_OBJECT_CLASS (cr_rich_text_editor_parent_class)->dispose (object);
}

static void
cr_rich_text_editor_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CrRichTextEditor *self = CR_RICH_TEXT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_BOLD:
      g_value_set_boolean (value, self->bold);
      break;

    case PROP_ITALIC:
      g_value_set_boolean (value, self->italic);
      break;

    case PROP_HEADING:
      g_value_set_boolean (value, self->kind == CR_RICH_BLOCK_HEADING);
      break;

    case PROP_BULLETED:
      g_value_set_boolean (value, self->kind == CR_RICH_BLOCK_BULLET);
      break;

    case PROP_NUMBERED:
      g_value_set_boolean (value, self->kind == CR_RICH_BLOCK_NUMBERED);
      break;

    case PROP_N_WORDS:
      g_value_set_uint (value, self->n_words);
      break;

    case PROP_EDITABLE:
      g_value_set_boolean (value, cr_rich_text_editor_get_editable (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_kind_flag (CrRichTextEditor *self,
               CrRichBlockKind   kind,
               gboolean          on)
{
  if (on)
    cr_rich_text_editor_set_block_kind (self, kind);
  else if (self->kind == kind)
    cr_rich_text_editor_set_block_kind (self, CR_RICH_BLOCK_PARAGRAPH);
}

static void
cr_rich_text_editor_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  CrRichTextEditor *self = CR_RICH_TEXT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_BOLD:
      cr_rich_text_editor_set_bold (self, g_value_get_boolean (value));
      break;

    case PROP_ITALIC:
      cr_rich_text_editor_set_italic (self, g_value_get_boolean (value));
      break;

    case PROP_HEADING:
      set_kind_flag (self, CR_RICH_BLOCK_HEADING, g_value_get_boolean (value));
      break;

    case PROP_BULLETED:
      set_kind_flag (self, CR_RICH_BLOCK_BULLET, g_value_get_boolean (value));
      break;

    case PROP_NUMBERED:
      set_kind_flag (self, CR_RICH_BLOCK_NUMBERED, g_value_get_boolean (value));
      break;

    case PROP_EDITABLE:
      cr_rich_text_editor_set_editable (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_rich_text_editor_class_init (CrRichTextEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = cr_rich_text_editor_dispose;
  object_class->get_property = cr_rich_text_editor_get_property;
  object_class->set_property = cr_rich_text_editor_set_property;

  properties[PROP_BOLD] = g_param_spec_boolean ("bold", NULL, NULL, FALSE, flags);
  properties[PROP_ITALIC] = g_param_spec_boolean ("italic", NULL, NULL, FALSE, flags);
  properties[PROP_HEADING] = g_param_spec_boolean ("heading", NULL, NULL, FALSE, flags);
  properties[PROP_BULLETED] = g_param_spec_boolean ("bulleted", NULL, NULL, FALSE, flags);
  properties[PROP_NUMBERED] = g_param_spec_boolean ("numbered", NULL, NULL, FALSE, flags);
  properties[PROP_N_WORDS] =
    g_param_spec_uint ("n-words", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EDITABLE] = g_param_spec_boolean ("editable", NULL, NULL, TRUE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CrRichTextEditor::changed:
   *
   * The user changed the text or its formatting.
   */
  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-rich-text-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CrRichTextEditor, toolbar);
  gtk_widget_class_bind_template_child (widget_class, CrRichTextEditor, view);

  gtk_widget_class_install_property_action (widget_class, "editor.bold", "bold");
  gtk_widget_class_install_property_action (widget_class, "editor.italic", "italic");
  gtk_widget_class_install_property_action (widget_class, "editor.heading", "heading");
  gtk_widget_class_install_property_action (widget_class, "editor.bulleted", "bulleted");
  gtk_widget_class_install_property_action (widget_class, "editor.numbered", "numbered");
  gtk_widget_class_install_action (widget_class, "editor.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "editor.redo", NULL, undo_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_b, GDK_CONTROL_MASK, "editor.bold", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "editor.italic", NULL);
}

static void
cr_rich_text_editor_init (CrRichTextEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->pending_heading_line = -1;
  self->buffer = gtk_text_view_get_buffer (self->view);
  gtk_text_buffer_set_enable_undo (self->buffer, TRUE);
  _cr_rich_text_tags_init (&self->tags, self->buffer);

  g_signal_connect_swapped (self->buffer, "insert-text", G_CALLBACK (on_insert_text_cb), self);
  g_signal_connect_data (self->buffer, "insert-text", G_CALLBACK (on_insert_text_after_cb), self,
                         NULL, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_data (self->buffer, "delete-range", G_CALLBACK (on_delete_range_after_cb), self,
                         NULL, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_swapped (self->buffer, "begin-user-action", G_CALLBACK (on_begin_user_action_cb), self);
  g_signal_connect_swapped (self->buffer, "end-user-action", G_CALLBACK (on_end_user_action_cb), self);
  g_signal_connect_swapped (self->buffer, "undo", G_CALLBACK (on_undo_cb), self);
  g_signal_connect_swapped (self->buffer, "redo", G_CALLBACK (on_undo_cb), self);
  g_signal_connect_data (self->buffer, "undo", G_CALLBACK (on_undo_after_cb), self,
                         NULL, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_data (self->buffer, "redo", G_CALLBACK (on_undo_after_cb), self,
                         NULL, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_data (self->buffer, "mark-set", G_CALLBACK (on_mark_set_cb), self,
                         NULL, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_swapped (self->buffer, "notify::can-undo", G_CALLBACK (on_can_undo_changed_cb), self);
  g_signal_connect_swapped (self->buffer, "notify::can-redo", G_CALLBACK (on_can_undo_changed_cb), self);
  g_signal_connect_swapped (self->view, "backspace", G_CALLBACK (on_backspace_cb), self);

  on_can_undo_changed_cb (self);
}

/*
 * Public API
 */

GtkWidget *
cr_rich_text_editor_new (void)
{
  return g_object_new (CR_TYPE_RICH_TEXT_EDITOR, NULL);
}

void
cr_rich_text_editor_set_text (CrRichTextEditor *self,
                              CrRichText       *text)
{
  GtkTextIter start;

  g_return_if_fail (CR_IS_RICH_TEXT_EDITOR (self));

  self->internal++;
  gtk_text_buffer_begin_irreversible_action (self->buffer);
  _cr_rich_text_buffer_load (&self->tags, self->buffer, text);
  gtk_text_buffer_end_irreversible_action (self->buffer);

  gtk_text_buffer_get_start_iter (self->buffer, &start);
  _cr_rich_text_line_text_start (&self->tags, &start, &start);
  gtk_text_buffer_place_cursor (self->buffer, &start);
  self->cursor_offset = gtk_text_iter_get_offset (&start);
  self->typing_style = style_near (self, &start);
  self->pending_heading_line = -1;
  gtk_text_buffer_set_modified (self->buffer, FALSE);
  self->internal--;

  update_state (self);
  g_clear_handle_id (&self->count_id, g_source_remove);
  count_words_cb (self);
}

CrRichText *
cr_rich_text_editor_get_text (CrRichTextEditor *self)
{
  g_return_val_if_fail (CR_IS_RICH_TEXT_EDITOR (self), NULL);

  return _cr_rich_text_buffer_save (&self->tags, self->buffer);
}

guint
cr_rich_text_editor_get_n_words (CrRichTextEditor *self)
{
  g_return_val_if_fail (CR_IS_RICH_TEXT_EDITOR (self), 0);

  /* Up to date even before the idle count. */
  if (self->count_id != 0)
    {
      g_clear_handle_id (&self->count_id, g_source_remove);
      count_words_cb (self);
    }
  return self->n_words;
}

gboolean
cr_rich_text_editor_get_editable (CrRichTextEditor *self)
{
  g_return_val_if_fail (CR_IS_RICH_TEXT_EDITOR (self), FALSE);

  return gtk_text_view_get_editable (self->view);
}

void
cr_rich_text_editor_set_editable (CrRichTextEditor *self,
                                  gboolean          editable)
{
  g_return_if_fail (CR_IS_RICH_TEXT_EDITOR (self));

  editable = !!editable;
  if (gtk_text_view_get_editable (self->view) == editable)
    return;

  gtk_text_view_set_editable (self->view, editable);
  gtk_widget_set_sensitive (self->toolbar, editable);
  on_can_undo_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
}

gboolean
cr_rich_text_editor_get_bold (CrRichTextEditor *self)
{
  g_return_val_if_fail (CR_IS_RICH_TEXT_EDITOR (self), FALSE);

  return self->bold;
}

gboolean
cr_rich_text_editor_get_italic (CrRichTextEditor *self)
{
  g_return_val_if_fail (CR_IS_RICH_TEXT_EDITOR (self), FALSE);

  return self->italic;
}

static void
set_style (CrRichTextEditor *self,
           CrRichStyle       style,
           GtkTextTag       *tag,
           gboolean          on)
{
  GtkTextIter start, end;

  if (!gtk_text_view_get_editable (self->view))
    return;

  if (gtk_text_buffer_get_selection_bounds (self->buffer, &start, &end))
    {
      if (on)
        gtk_text_buffer_apply_tag (self->buffer, tag, &start, &end);
      else
        gtk_text_buffer_remove_tag (self->buffer, tag, &start, &end);
      update_state (self);
      g_signal_emit (self, signals[CHANGED], 0);
      return;
    }

  if (on)
    self->typing_style |= style;
  else
    self->typing_style &= ~style;
  update_state (self);
}

void
cr_rich_text_editor_set_bold (CrRichTextEditor *self,
                              gboolean          bold)
{
  g_return_if_fail (CR_IS_RICH_TEXT_EDITOR (self));

  set_style (self, CR_RICH_STYLE_BOLD, self->tags.bold, bold);
}

void
cr_rich_text_editor_set_italic (CrRichTextEditor *self,
                                gboolean          italic)
{
  g_return_if_fail (CR_IS_RICH_TEXT_EDITOR (self));

  set_style (self, CR_RICH_STYLE_ITALIC, self->tags.italic, italic);
}

CrRichBlockKind
cr_rich_text_editor_get_block_kind (CrRichTextEditor *self)
{
  g_return_val_if_fail (CR_IS_RICH_TEXT_EDITOR (self), CR_RICH_BLOCK_PARAGRAPH);

  return self->kind;
}

void
cr_rich_text_editor_set_block_kind (CrRichTextEditor *self,
                                    CrRichBlockKind   kind)
{
  GtkTextIter start, end;
  int first, last;

  g_return_if_fail (CR_IS_RICH_TEXT_EDITOR (self));

  if (!gtk_text_view_get_editable (self->view))
    return;

  gtk_text_buffer_get_selection_bounds (self->buffer, &start, &end);
  first = gtk_text_iter_get_line (&start);
  last = gtk_text_iter_get_line (&end);
  /* A selection that ends at the start of a line leaves that line alone. */
  if (last > first && gtk_text_iter_starts_line (&end))
    last--;

  /* An empty last line has nothing to tag yet: what is typed there is. */
  if (first == last && gtk_text_iter_is_end (&start) && gtk_text_iter_starts_line (&start) &&
      (kind == CR_RICH_BLOCK_HEADING || kind == CR_RICH_BLOCK_PARAGRAPH))
    {
      self->pending_heading_line = kind == CR_RICH_BLOCK_HEADING ? first : -1;
      update_state (self);
      return;
    }

  gtk_text_buffer_begin_user_action (self->buffer);
  self->internal++;
  for (int line = first; line <= last; line++)
    _cr_rich_text_set_line_kind (&self->tags, self->buffer, line, kind);
  self->internal--;
  gtk_text_buffer_end_user_action (self->buffer);

  /* The cursor after the marker, where typing goes. */
  gtk_text_buffer_get_iter_at_mark (self->buffer, &start, gtk_text_buffer_get_insert (self->buffer));
  if (_cr_rich_text_in_marker (&self->tags, &start))
    {
      _cr_rich_text_line_text_start (&self->tags, &start, &start);
      if (!gtk_text_buffer_get_has_selection (self->buffer))
        gtk_text_buffer_place_cursor (self->buffer, &start);
    }

  finish_change (self);
}

GtkTextView *
cr_rich_text_editor_get_view (CrRichTextEditor *self)
{
  g_return_val_if_fail (CR_IS_RICH_TEXT_EDITOR (self), NULL);

  return self->view;
}

void
cr_rich_text_editor_focus_text (CrRichTextEditor *self)
{
  g_return_if_fail (CR_IS_RICH_TEXT_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->view));
}
