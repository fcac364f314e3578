/* cr-pub-page.h: what the pages of the publication assistant share */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cr-assistant.h"
#include "cr-assistant-page.h"
#include "cr-database.h"
#include "cr-publication.h"
#include "cr-review-report.h"

G_BEGIN_DECLS

/*
 * What every page works on, owned by the assistant (which outlives its
 * pages): the publication record being edited and what its rules need.
 */
typedef struct
{
  CrAssistant    *assistant;      /* unowned */
  CrDatabase     *db;
  CrCase         *kase;           /* as stored (after each save) */
  CrPublication  *publication;    /* what the user is editing */
  GPtrArray      *processes;      /* CrParallelProcess of the case */
  GPtrArray      *hits;           /* CrAnonymisationHit of the last check,
                                   * or NULL while none has run */
  GError         *check_error;    /* why the last check could not run */
  CrReviewReport *report;         /* read by the last check, or NULL */
  GStrv           closure_dates;  /* the partnership's closure days */
} CrPubContext;

/* Fills @out from @ctx (borrowing its strings). The hits count as one
 * unresolved while no check has run: the rules fail closed. */
void   cr_pub_context_fill             (CrPubContext         *ctx,
                                        CrPublicationContext *out);
/* The parallel processes not concluded. */
guint  cr_pub_context_count_open       (CrPubContext         *ctx);

#define CR_TYPE_PUB_PAGE (cr_pub_page_get_type())

G_DECLARE_DERIVABLE_TYPE (CrPubPage, cr_pub_page, CR, PUB_PAGE, CrAssistantPage)

/*
 * A page of the publication assistant for one CrPublicationStep
 * ("step"; -1 for the summary). It edits ctx->publication through
 * bindings (entry rows, text views, radio or check buttons tied to one
 * field), checks its step with cr_publication_check_step() after every
 * change, and shows the refusal in a message at the foot of the page
 * (a label, so screen readers reach it) while Next stays insensitive.
 * Next saves the record (cr_database_save_publication_async) and emits
 * "saved" with the case as stored. Signal "changed": the page changed
 * the record.
 */
struct _CrPubPageClass
{
  CrAssistantPageClass parent_class;

  /* Bind the widgets to ctx->publication (after the context was set). */
  void     (*load)    (CrPubPage   *self);
  /* Update what depends on values (computed dates...). */
  void     (*refresh) (CrPubPage   *self);
  /* Whether the page is complete; default: the step's check. */
  gboolean (*check)   (CrPubPage   *self,
                       GError     **error);

  /*< private >*/
  gpointer padding[4];
};

int            cr_pub_page_get_step        (CrPubPage          *self);
CrPubContext  *cr_pub_page_get_context     (CrPubPage          *self);
void           cr_pub_page_set_context     (CrPubPage          *self,
                                            CrPubContext       *context);
CrPublication *cr_pub_page_get_publication (CrPubPage          *self);
gboolean       cr_pub_page_is_loading      (CrPubPage          *self);

/* For init: puts the note (top; cr_assistant_page_set_note()) and the
 * message (foot) into @content. */
void           cr_pub_page_setup           (CrPubPage          *self,
                                            GtkBox             *content);
/* Why Next is refused, or NULL when the page is complete. */
const char    *cr_pub_page_get_message     (CrPubPage          *self);

/* Bindings: the widget shows the field and writes it back as the user
 * edits; @message (may be NULL) is a label beside the field for its own
 * format errors. */
void           cr_pub_page_bind_entry      (CrPubPage          *self,
                                            AdwEntryRow        *row,
                                            const char         *field,
                                            GtkLabel           *message);
void           cr_pub_page_bind_text       (CrPubPage          *self,
                                            GtkTextView        *view,
                                            const char         *field);
/* Grouped check buttons, one per nick of the CHOICE @field. */
void           cr_pub_page_bind_choice     (CrPubPage          *self,
                                            GtkWidget * const  *buttons,
                                            const char * const *nicks,
                                            guint               n_buttons,
                                            const char         *field);
/* Independent check buttons, one per nick of the CHOICES @field. */
void           cr_pub_page_bind_choices    (CrPubPage          *self,
                                            GtkWidget * const  *buttons,
                                            const char * const *nicks,
                                            guint               n_buttons,
                                            const char         *field);
/* Writes @value into @field and into its bound widget. */
void           cr_pub_page_set_value       (CrPubPage          *self,
                                            const char         *field,
                                            const char         *value);

/* The page changed the record: refresh, validate, emit "changed". */
void           cr_pub_page_changed         (CrPubPage          *self);
/* Refresh and validate (another page changed something). */
void           cr_pub_page_refresh         (CrPubPage          *self);

/* Helpers for the pages */

/* An AdwActionRow with a check button prefix for choice @nick of
 * @field (labelled from the field table), appended to @list. */
GtkWidget     *cr_pub_page_add_check_row   (CrPubPage          *self,
                                            GtkListBox         *list,
                                            const char         *field,
                                            const char         *nick,
                                            const char         *subtitle,
                                            GtkWidget          *group);
/* "3 March 2027" for an ISO date, or NULL. */
char          *cr_pub_format_date          (const char         *iso);

G_END_DECLS
