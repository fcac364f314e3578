/* cr-publication-page-private.h: CrPublicationPage internals shared by its files */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-publication-page.h"

#include "cr-publication.h"
#include "cr-record-list-group.h"
#include "cr-review-report.h"

G_BEGIN_DECLS

struct _CrPublicationPage
{
  CrReviewPage          parent_instance;

  /* Template widgets */
  AdwActionRow         *partnership_row;
  AdwActionRow         *status_row;
  AdwActionRow         *due_row;
  AdwActionRow         *keep_row;
  GtkListBox           *steps_list;
  AdwActionRow         *briefing_row;
  GtkButton            *draft_button;
  GtkButton            *edit_button;
  GtkBox               *deliveries_box;

  /* Built in init */
  CrRecordListGroup    *deliveries_group;

  /* Owned references */
  CrPublication        *publication;        /* as stored, or NULL */
  CrReviewReport       *report;             /* with the briefing, or NULL */
  char                 *report_error;       /* why the report could not be read */
  GtkFileChooserNative *chooser;            /* Export Briefing… */
  GCancellable         *briefing_cancellable;
  GSettings            *settings;           /* the partnership's name, or NULL */

  guint                 open_proceedings;
  guint                 rendering : 1;      /* a briefing PDF is being made */
};

/* Loads the publication, the proceedings and the report again. */
void _cr_publication_page_load                (CrPublicationPage *self);
/* Shows the briefing row and enables its actions. */
void _cr_publication_page_show_briefing        (CrPublicationPage *self);
/* The case as stored after a step of the assistant. */
void _cr_publication_page_case_updated        (CrPublicationPage *self,
                                               CrCase            *updated);

/* cr-publication-page-briefing.c: the 7-minute briefing's actions. */
void _cr_publication_page_class_init_briefing (GtkWidgetClass    *widget_class);
void _cr_publication_page_briefing_dispose    (CrPublicationPage *self);

G_END_DECLS
