/* cr-assistant-page.h: one page of a multi-step assistant */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/*
 * After gnome-initial-setup's GisPage (style.md §3.9). Properties:
 *   title       the page's heading, shown in the assistant's header bar
 *   complete    TRUE when the page's required fields are valid; the
 *               assistant's Next button is sensitive only then
 *   skippable   TRUE when the assistant should pass over the page
 *   forward-label  the Next button's label on this page (NULL: "Next";
 *               a summary page says what it will do, "Record Referral")
 *   applying    TRUE while an asynchronous apply runs (read-only)
 *
 * Going forward asks the page to apply: a page whose apply returns FALSE
 * is done at once; one that returns TRUE finishes later with
 * cr_assistant_page_apply_complete() and the assistant moves on only when
 * it says valid. Going back never applies.
 */

#define CR_TYPE_ASSISTANT_PAGE (cr_assistant_page_get_type())

G_DECLARE_DERIVABLE_TYPE (CrAssistantPage, cr_assistant_page, CR, ASSISTANT_PAGE, AdwBin)

struct _CrAssistantPageClass
{
  AdwBinClass parent_class;

  /* The page became the visible one (focus its first field here). */
  void     (*shown) (CrAssistantPage *self);
  /* See above. @cancellable is cancelled when the assistant closes. */
  gboolean (*apply) (CrAssistantPage *self,
                     GCancellable    *cancellable);

  /*< private >*/
  gpointer padding[4];
};

const char *cr_assistant_page_get_title          (CrAssistantPage *self);
void        cr_assistant_page_set_title          (CrAssistantPage *self,
                                                  const char      *title);
gboolean    cr_assistant_page_get_complete       (CrAssistantPage *self);
void        cr_assistant_page_set_complete       (CrAssistantPage *self,
                                                  gboolean         complete);
gboolean    cr_assistant_page_get_skippable      (CrAssistantPage *self);
void        cr_assistant_page_set_skippable      (CrAssistantPage *self,
                                                  gboolean         skippable);
const char *cr_assistant_page_get_forward_label  (CrAssistantPage *self);
void        cr_assistant_page_set_forward_label  (CrAssistantPage *self,
                                                  const char      *label);
gboolean    cr_assistant_page_get_applying       (CrAssistantPage *self);
/* Ends an asynchronous apply begun by the apply vfunc returning TRUE. */
void        cr_assistant_page_apply_complete     (CrAssistantPage *self,
                                                  gboolean         valid);

/* For a subclass's init: a card at the top of @content, hidden until a
 * note is set; @icon_name stands beside a note that is no error. */
void        cr_assistant_page_add_note           (CrAssistantPage *self,
                                                  GtkBox          *content,
                                                  const char      *icon_name);
/* The note's text (NULL hides it); @is_error styles it as a warning. */
void        cr_assistant_page_set_note           (CrAssistantPage *self,
                                                  const char      *text,
                                                  gboolean         is_error);
/* The note's text, or NULL when hidden. */
const char *cr_assistant_page_get_note           (CrAssistantPage *self);

G_END_DECLS
