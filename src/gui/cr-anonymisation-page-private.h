/* cr-anonymisation-page-private.h: the parts of the Check page shared by its files */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-anonymisation-hit.h"
#include "cr-anonymisation-page.h"

G_BEGIN_DECLS

struct _CrAnonymisationPage
{
  CrReviewPage         parent_instance;

  /* Template widgets */
  GtkStack            *status_icon_stack;
  GtkSpinner          *spinner;
  GtkImage            *status_icon;
  GtkLabel            *status_title;
  GtkLabel            *terms_label;
  GtkLabel            *time_label;
  GtkWidget           *pdf_note;
  GtkLabel            *pdf_label;
  GtkBox              *hits_box;
  AdwPreferencesGroup *dismissed_group;
  AdwExpanderRow      *dismissed_row;
  GtkBox              *identifiers_box;
  GtkToggleButton     *reveal_button;

  /* Built in init */
  CrRecordListGroup   *identifiers_group;

  /* Owned references */
  GPtrArray           *hits;            /* CrAnonymisationHit of the last check, or NULL */
  GPtrArray           *dismissals;      /* CrAnonymisationDismissal, or NULL */
  GPtrArray           *hit_widgets;     /* groups in hits_box */
  GPtrArray           *dismissed_rows;  /* rows in dismissed_row */
  GCancellable        *check_cancellable;
  GBytes              *pdf;             /* a PDF checked with the report, or NULL */
  char                *pdf_name;
  GDateTime           *checked_at;
  char                *error_text;      /* why the last check failed, or NULL */
  GtkWidget           *root;            /* the window followed, unowned */
  gulong               report_changed_id;

  guint                n_names;
  guint                n_dates;
  guint                n_other;
  guint                n_fixing;        /* replacements and dismissals under way */

  guint                checking : 1;
  guint                check_again : 1;
  guint                stale : 1;       /* the report changed while the page was hidden */
  guint                terms_known : 1;
};

/* cr-anonymisation-page.c */
void     _cr_anonymisation_page_check            (CrAnonymisationPage *self);
/* Something changed the report: checks again (when shown) and tells the
 * other pages of the report window. */
void     _cr_anonymisation_page_report_changed   (CrAnonymisationPage *self);

/* cr-anonymisation-page-hits.c */
/* Lists the hits of the last check (none while there is none), grouped by
 * where they were found, and the dismissed ones apart. */
void     _cr_anonymisation_page_show_hits        (CrAnonymisationPage *self);

/* cr-anonymisation-page-pdf.c */
/* Installs check.check-pdf and check.forget-pdf. */
void     _cr_anonymisation_page_class_init_pdf   (GtkWidgetClass      *widget_class);

/* cr-anonymisation-page-fix.c */
/* Writes @replacement over @hit in the stored report (a section, a
 * finding, a recommendation or the briefing), then checks again and
 * offers Undo. */
void     _cr_anonymisation_page_replace          (CrAnonymisationPage *self,
                                                  CrAnonymisationHit  *hit,
                                                  const char          *replacement);

/* cr-anonymisation-page-dismiss.c */
/* Asks for a phrase, then replaces. */
void     _cr_anonymisation_page_ask_replacement  (CrAnonymisationPage *self,
                                                  CrAnonymisationHit  *hit);
/* Asks why the hit may stay (at least 10 characters), then stores a
 * dismissal. */
void     _cr_anonymisation_page_ask_dismissal    (CrAnonymisationPage *self,
                                                  CrAnonymisationHit  *hit);
/* Stores a dismissal of @hit for @reason; FALSE (nothing stored) when the
 * reason is too short. */
gboolean _cr_anonymisation_page_dismiss          (CrAnonymisationPage *self,
                                                  CrAnonymisationHit  *hit,
                                                  const char          *reason);
/* Deletes @dismissal: its hit is to resolve again. */
void     _cr_anonymisation_page_restore          (CrAnonymisationPage *self,
                                                  CrRecord            *dismissal);
/* The minimum length of a reason, in characters. */
#define CR_DISMISSAL_MIN_REASON 10

G_END_DECLS
