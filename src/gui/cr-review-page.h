/* cr-review-page.h: the base of the pages of the review workspace */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cr-case.h"
#include "cr-database.h"
#include "cr-record-list-group.h"

G_BEGIN_DECLS

/*
 * An abstract page of CrReviewWindow. Properties: "database" (CrDatabase)
 * and "case" (CrCase, kept as the page's own copy). Whenever either changes,
 * the loads under way are cancelled, the record list groups added with
 * cr_review_page_add_list_group() are pointed at the database and the case,
 * and the page's reload() runs.
 */

#define CR_TYPE_REVIEW_PAGE (cr_review_page_get_type())

G_DECLARE_DERIVABLE_TYPE (CrReviewPage, cr_review_page, CR, REVIEW_PAGE, AdwBin)

struct _CrReviewPageClass
{
  AdwBinClass parent_class;

  /* Before the database changes, or the case changes to another case:
   * the page saves what is still waiting (optional). */
  void (*leave)  (CrReviewPage *self);
  /* After the database or the case changed. @new_case is FALSE when the
   * same case came back changed (it was paused, say): the page may keep
   * what is being typed. */
  void (*reload) (CrReviewPage *self,
                  gboolean      new_case);
};

/* Called with the records of a type for the case the page still shows
 * (never after a cancelled load or once the case has changed). @records is
 * NULL and @error set when the load failed and the page was given no
 * message to show for it. */
typedef void (*CrReviewPageRecordsFunc) (CrReviewPage *self,
                                         GPtrArray    *records,
                                         const GError *error);

CrDatabase   *cr_review_page_get_database   (CrReviewPage            *self);
void          cr_review_page_set_database   (CrReviewPage            *self,
                                             CrDatabase              *database);
CrCase       *cr_review_page_get_case       (CrReviewPage            *self);
void          cr_review_page_set_case       (CrReviewPage            *self,
                                             CrCase                  *kase);
/* The id of the case shown, or 0. */
gint64        cr_review_page_get_case_id    (CrReviewPage            *self);
/* TRUE with a database that can be written and a case. */
gboolean      cr_review_page_is_writable    (CrReviewPage            *self);
/* The window the page is in, for dialogs (or NULL). */
GtkWindow    *cr_review_page_get_window     (CrReviewPage            *self);

/* The cancellable of the loads for the case shown: cancelled and replaced
 * whenever the database or the case changes, and when the page goes. */
GCancellable *cr_review_page_get_cancellable (CrReviewPage           *self);
/* Cancels the loads under way; later loads get a new cancellable. */
void          cr_review_page_cancel_loads   (CrReviewPage            *self);

/* Follows the page's database and case from now on. */
void          cr_review_page_add_list_group (CrReviewPage            *self,
                                             CrRecordListGroup       *group);

/* Lists the records of @type of the case shown. On failure (not a
 * cancellation) @error_title is shown in a toast with the error, or, when
 * NULL, @done is called with the error. */
void          cr_review_page_list_records   (CrReviewPage            *self,
                                             GType                    type,
                                             const char              *error_title,
                                             CrReviewPageRecordsFunc  done);

G_END_DECLS
