/* cr-rich-text-editor.h: a formatting toolbar over a text view that edits
 * a CrRichText */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cr-rich-text.h"

G_BEGIN_DECLS

/*
 * A toolbar (Heading, Bold Ctrl+B, Italic Ctrl+I, Bulleted List, Numbered
 * List as toggle buttons that follow the cursor; Undo Ctrl+Z and Redo
 * Ctrl+Shift+Z through the buffer's own history) over a GtkTextView
 * ("Section text") that edits a CrRichText: one line of the buffer per
 * block, bold and italic as tags, headings larger and bold, list items
 * indented behind a marker ("• ", "1. ") that cannot be edited, is
 * renumbered as lines change and is never part of the text.
 *
 * Properties "bold", "italic", "heading", "bulleted", "numbered" say what
 * the cursor (or the selection) is in; setting them formats the
 * selection, or what is typed next ("bold", "italic"), or the lines of
 * the selection (the three line kinds). They are also the stateful
 * actions "editor.bold" … "editor.numbered" of the toolbar. "n-words" is
 * the number of words, kept up to date as the user types. "changed" is
 * emitted after each change made by the user (typing, formatting, undo),
 * never for cr_rich_text_editor_set_text().
 */

#define CR_TYPE_RICH_TEXT_EDITOR (cr_rich_text_editor_get_type())

G_DECLARE_FINAL_TYPE (CrRichTextEditor, cr_rich_text_editor, CR, RICH_TEXT_EDITOR, AdwBin)

GtkWidget       *cr_rich_text_editor_new             (void);

/* Replaces the whole text (not undoable; the undo history is cleared). */
void             cr_rich_text_editor_set_text        (CrRichTextEditor *self,
                                                      CrRichText       *text);
/* The text as it is now (a new text). */
CrRichText      *cr_rich_text_editor_get_text        (CrRichTextEditor *self);
guint            cr_rich_text_editor_get_n_words     (CrRichTextEditor *self);

gboolean         cr_rich_text_editor_get_editable    (CrRichTextEditor *self);
void             cr_rich_text_editor_set_editable    (CrRichTextEditor *self,
                                                      gboolean          editable);

gboolean         cr_rich_text_editor_get_bold        (CrRichTextEditor *self);
void             cr_rich_text_editor_set_bold        (CrRichTextEditor *self,
                                                      gboolean          bold);
gboolean         cr_rich_text_editor_get_italic      (CrRichTextEditor *self);
void             cr_rich_text_editor_set_italic      (CrRichTextEditor *self,
                                                      gboolean          italic);
/* The kind of the cursor's line (of the first line of the selection). */
CrRichBlockKind  cr_rich_text_editor_get_block_kind  (CrRichTextEditor *self);
/* Makes every line of the selection (or the cursor's line) a @kind. */
void             cr_rich_text_editor_set_block_kind  (CrRichTextEditor *self,
                                                      CrRichBlockKind   kind);

GtkTextView     *cr_rich_text_editor_get_view        (CrRichTextEditor *self);
/* Gives the keyboard focus to the text. */
void             cr_rich_text_editor_focus_text      (CrRichTextEditor *self);

G_END_DECLS
