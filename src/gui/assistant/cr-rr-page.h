/* cr-rr-page.h: what the pages of the rapid review assistant share */
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

G_BEGIN_DECLS

/*
 * What every page works on, owned by the assistant (which outlives its
 * pages): the rapid review being edited and what it is edited against.
 */
typedef struct
{
  CrAssistant   *assistant;     /* unowned */
  CrDatabase    *db;
  CrCase        *kase;          /* the case as stored when the assistant opened */
  CrRapidReview *rr;            /* what the user is editing */
  GPtrArray     *involvements;  /* CrInvolvement of the case */
  GPtrArray     *agencies;      /* CrAgency: the whole register */
  GArray        *closures;      /* the partnership's closure days, or NULL */
} CrRrContext;

#define CR_TYPE_RR_PAGE (cr_rr_page_get_type())

G_DECLARE_DERIVABLE_TYPE (CrRrPage, cr_rr_page, CR, RR_PAGE, CrAssistantPage)

/*
 * A page of the rapid review assistant. It edits ctx->rr through
 * "bindings" (an entry row, text view, choice buttons or a switch tied to
 * one field of a record), validates its step with
 * cr_rapid_review_check_step() after every change and shows the message
 * beside the offending field once the user has touched it (otherwise in a
 * hint at the foot of the page, so Next is never insensitive without a
 * reason). Property "step": the CrRapidReviewStep, or -1 for a page with
 * no step of its own. Signal "changed": the page changed the rapid review.
 */
struct _CrRrPageClass
{
  CrAssistantPageClass parent_class;

  /* Build the widgets from ctx->rr (after the context was set or the
   * rapid review replaced); bindings are loaded by the base afterwards. */
  void     (*load)    (CrRrPage     *self);
  /* Update what depends on other pages or on values (subtitles...);
   * called after every change anywhere in the assistant. */
  void     (*refresh) (CrRrPage     *self);
  /* Whether the page is complete; default: the step's check. */
  gboolean (*check)   (CrRrPage     *self,
                       const char  **field,
                       GError      **error);

  /*< private >*/
  gpointer padding[4];
};

int          cr_rr_page_get_step         (CrRrPage          *self);
CrRrContext *cr_rr_page_get_context      (CrRrPage          *self);
/* Gives the page its context (or the same context with a new rapid
 * review), then loads it. */
void         cr_rr_page_set_context      (CrRrPage          *self,
                                          CrRrContext       *context);
CrRapidReview *cr_rr_page_get_rapid_review (CrRrPage        *self);
gboolean     cr_rr_page_is_loading       (CrRrPage          *self);

/* For init: puts the note (top; cr_assistant_page_set_note()) and the
 * hint (foot) into @content. */
void         cr_rr_page_setup            (CrRrPage          *self,
                                          GtkBox            *content);

/* Bindings. @message (may be NULL) is the label beside the field. */
void         cr_rr_page_bind_entry       (CrRrPage          *self,
                                          AdwEntryRow       *row,
                                          CrRecord          *record,
                                          const char        *field,
                                          GtkLabel          *message);
void         cr_rr_page_bind_text        (CrRrPage          *self,
                                          GtkTextView       *view,
                                          CrRecord          *record,
                                          const char        *field,
                                          GtkLabel          *message);
/* @buttons (GtkToggleButton or GtkCheckButton, grouped) stand for
 * @nicks; none active means not recorded. */
void         cr_rr_page_bind_choice      (CrRrPage          *self,
                                          GtkWidget * const *buttons,
                                          const char * const *nicks,
                                          guint              n_buttons,
                                          CrRecord          *record,
                                          const char        *field,
                                          GtkLabel          *message);
/* A combo row whose first item is "not recorded" and the others the
 * field's choices in order. */
void         cr_rr_page_bind_combo       (CrRrPage          *self,
                                          AdwComboRow       *row,
                                          CrRecord          *record,
                                          const char        *field);
void         cr_rr_page_bind_switch      (CrRrPage          *self,
                                          GtkSwitch         *sw,
                                          CrRecord          *record,
                                          const char        *field);
/* Drops the bindings of @record (its rows are going away). */
void         cr_rr_page_unbind_record    (CrRrPage          *self,
                                          CrRecord          *record);
/* Sets the widgets of @record's bindings (all when NULL) from the record. */
void         cr_rr_page_load_bindings    (CrRrPage          *self,
                                          CrRecord          *record);
/* Writes @value into @field of @record and into its bound widget. */
void         cr_rr_page_set_value        (CrRrPage          *self,
                                          CrRecord          *record,
                                          const char        *field,
                                          const char        *value);

/* The page changed the rapid review: refresh, validate, emit "changed". */
void         cr_rr_page_changed          (CrRrPage          *self);
void         cr_rr_page_refresh          (CrRrPage          *self);
/* Recomputes "complete" and the messages. */
void         cr_rr_page_validate         (CrRrPage          *self);
/* The message shown beside @field of @record, or NULL (for tests and
 * the summary). */
const char  *cr_rr_page_get_message      (CrRrPage          *self,
                                          CrRecord          *record,
                                          const char        *field);
/* The hint at the foot of the page, or NULL when hidden. */
const char  *cr_rr_page_get_hint         (CrRrPage          *self);

/* Helpers for the pages */

/* A framed, wrapping text view with @accessible_label. */
GtkWidget   *cr_rr_text_view_new         (const char        *accessible_label,
                                          int                height);
/* A hidden error caption for beside or under a field. */
GtkWidget   *cr_rr_message_label_new     (gboolean           under);
/* A menu button "@label" whose popover picks an agency of ctx->agencies
 * (those involved first); @picked runs with the agency. */
typedef void (*CrRrAgencyPicked) (CrRrPage   *self,
                                  gint64      agency_id,
                                  const char *agency_name);
GtkWidget   *cr_rr_page_create_agency_picker (CrRrPage         *self,
                                              const char       *label,
                                              CrRrAgencyPicked  picked);

G_END_DECLS
