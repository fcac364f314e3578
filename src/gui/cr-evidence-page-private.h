/* cr-evidence-page-private.h: what the parts of the evidence page share */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-evidence-page.h"

#include "cr-database-review.h"
#include "cr-record-list-group.h"

G_BEGIN_DECLS

struct _CrEvidencePage
{
  CrReviewPage         parent_instance;

  /* Template widgets */
  GtkListBox          *overdue_list;
  GtkBox              *requests_box;
  GtkButton           *request_all_button;
  AdwPreferencesGroup *documents_group;
  GtkListBox          *documents_list;

  /* Built in init */
  CrRecordListGroup   *requests_group;

  /* Owned references */
  GPtrArray           *requests;        /* CrEvidenceRequest, as last loaded */
  GPtrArray           *documents;       /* CrDocument, as last loaded */
  GQueue               pending_files;   /* GFile waiting to be added */
  GFile               *adding;          /* the file being read or in the dialog */
  guint                n_requesting;    /* requests of "Request from All" being saved */

  guint                offering : 1;    /* asking whether a document answers a request */
};

/* The default time agencies get: 20 working days from today. */
#define CR_EVIDENCE_DEFAULT_WORKING_DAYS 20

/* Lists the requests and the documents again. */
void     _cr_evidence_page_reload            (CrEvidencePage *self);
/* Shows a message the user must see (a toast, or a dialog without one). */
void     _cr_evidence_page_tell              (CrEvidencePage *self,
                                              const char     *heading,
                                              const char     *body);

/* cr-evidence-page-documents.c */
void     _cr_evidence_page_show_documents    (CrEvidencePage *self);
/* Adds @files one after the other: each is read off the main thread and
 * shown in an Add Document dialog to set its type, agency and version. */
void     _cr_evidence_page_add_files         (CrEvidencePage *self,
                                              GFile         **files,
                                              guint           n_files);
void     _cr_evidence_page_choose_files      (CrEvidencePage *self);
void     _cr_evidence_page_edit_document     (CrEvidencePage *self,
                                              gint64          document_id);
void     _cr_evidence_page_remove_document   (CrEvidencePage *self,
                                              gint64          document_id);
void     _cr_evidence_page_open_document     (CrEvidencePage *self,
                                              gint64          document_id);
GtkDropTarget *_cr_evidence_page_new_drop_target (CrEvidencePage *self);

/* cr-evidence-page-requests.c */
void     _cr_evidence_page_show_overdue      (CrEvidencePage *self);
void     _cr_evidence_page_copy_reminder     (CrEvidencePage *self,
                                              gint64          request_id);
void     _cr_evidence_page_request_all       (CrEvidencePage *self);
/* The open request (not yet received) that @document answers, or NULL. */
CrEvidenceRequest *_cr_evidence_page_find_open_request (CrEvidencePage *self,
                                                        CrDocument     *document);
/* Offers to mark @request received with @document; returns the dialog. */
GtkWidget *_cr_evidence_page_offer_received    (CrEvidencePage    *self,
                                              CrEvidenceRequest *request,
                                              CrDocument        *document);

G_END_DECLS
