/* cr-chronology-page-private.h: the chronology page, shared by its files */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-chronology-page.h"

#include "cr-chronology-filter.h"
#include "cr-chronology.h"

G_BEGIN_DECLS

struct _CrChronologyPage
{
  CrReviewPage         parent_instance;

  /* Template widgets */
  AdwToastOverlay     *toast_overlay;
  GtkStack            *main_stack;
  AdwStatusPage       *error_page;
  GtkMenuButton       *agency_button;
  GtkBox              *agency_box;
  GtkEntry            *from_entry;
  GtkEntry            *to_entry;
  GtkSearchEntry      *search_entry;
  GtkLabel            *status_label;
  GtkButton           *duplicates_button;
  GtkButton           *rejects_button;
  GtkStack            *view_stack;
  GtkStack            *list_stack;
  GtkColumnView       *column_view;
  GtkSingleSelection  *selection;
  GtkSortListModel    *sort_model;
  GtkFilterListModel  *filter_model;
  GtkColumnViewColumn *date_column;
  GtkColumnViewColumn *time_column;
  GtkColumnViewColumn *agency_column;
  GtkColumnViewColumn *event_column;
  GtkColumnViewColumn *author_column;
  GtkColumnViewColumn *source_column;
  GtkColumnViewColumn *kpe_column;
  GtkColumnViewColumn *duplicate_column;
  GtkStack            *duplicates_stack;
  GtkListView         *duplicates_view;
  GtkNoSelection      *duplicates_selection;
  GtkStack            *rejects_stack;
  GtkListView         *rejects_view;
  GtkNoSelection      *rejects_selection;
  GtkPopover          *source_popover;
  GtkLabel            *source_agency_label;
  GtkLabel            *source_file_label;
  GtkLabel            *source_event_label;
  GtkButton           *source_open_button;

  /* Owned references */
  CrChronology        *chronology;
  CrChronologyFilter  *filter;
  GCancellable        *work_cancellable; /* saves, exports; cancelled on dispose */
  GArray              *agency_ids;    /* gint64, as the agency check buttons */
  GStrv                agency_names;
  CrChronologyEntry   *source_entry;  /* the entry the source popover shows */
  GtkFileChooserNative *chooser;

  guint                range_idle_id;

  guint                loading : 1;
  guint                exporting : 1;
};

/* cr-chronology-page.c */
void     _cr_chronology_page_reload        (CrChronologyPage  *self);
void     _cr_chronology_page_update_status (CrChronologyPage  *self);
/* The entries shown (filtered, in the order shown) as a new GListStore. */
GListModel *_cr_chronology_page_dup_shown  (CrChronologyPage  *self);

/* cr-chronology-page-filters.c */
void     _cr_chronology_page_rebuild_agency_filter (CrChronologyPage *self);
void     _cr_chronology_page_search_changed_cb     (CrChronologyPage *self);
void     _cr_chronology_page_range_changed_cb      (CrChronologyPage *self);
void     _cr_chronology_page_clear_filters_action  (GtkWidget        *widget,
                                                    const char       *action_name,
                                                    GVariant         *parameter);

/* cr-chronology-page-source.c: the source popover */
void     _cr_chronology_page_activate_cb           (CrChronologyPage *self,
                                                    guint             position);
void     _cr_chronology_page_open_source_action    (GtkWidget        *widget,
                                                    const char       *action_name,
                                                    GVariant         *parameter);

/* cr-chronology-page-duplicates.c: the possible duplicates view */
void     _cr_chronology_page_duplicates_init (CrChronologyPage *self);
/* A wrapping label with @style (space-separated classes, or NULL) added to @box. */
GtkLabel *_cr_chronology_add_label         (GtkBox            *box,
                                            const char        *style);

/* cr-chronology-page-rejects.c: the rows set aside view */
void     _cr_chronology_page_rejects_init  (CrChronologyPage  *self);

/* cr-chronology-page-export.c: CSV and PDF */
void     _cr_chronology_page_export        (CrChronologyPage  *self,
                                            gboolean           pdf);
void     _cr_chronology_page_export_dispose (CrChronologyPage *self);

G_END_DECLS
