/* cr-finding-dialog-private.h: what the finding dialog and its evidence list share */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-finding-dialog.h"

#include "cr-chronology.h"
#include "cr-record-form.h"

G_BEGIN_DECLS

struct _CrFindingDialog
{
  AdwWindow           parent_instance;

  /* Template widgets */
  GtkButton          *save_button;
  GtkSpinner         *spinner;
  GtkInfoBar         *error_bar;
  GtkLabel           *error_label;
  AdwBin             *form_bin;
  GtkLabel           *count_label;
  GtkSearchEntry     *search_entry;
  GtkStack           *evidence_stack;
  GtkListView        *evidence_view;
  GtkLabel           *evidence_message;
  GtkButton          *delete_button;

  /* Owned references */
  CrDatabase         *db;
  CrFinding          *original;      /* as given: what Delete removes */
  CrFinding          *record;        /* the copy the form edits */
  CrFinding          *pristine;      /* the copy as the form first showed it */
  CrRecordForm       *form;
  GCancellable       *cancellable;
  CrChronology       *chronology;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filter_model;
  GHashTable         *linked;        /* gint64* entry ids ticked */
  GHashTable         *stored_links;  /* gint64* entry ids linked when opened */
  char               *search;        /* casefolded, or NULL */

  guint               busy : 1;
  guint               chronology_loaded : 1;
  guint               links_loaded : 1;
};

/* cr-finding-dialog.c */
void        _cr_finding_dialog_update_actions (CrFindingDialog *self);
void        _cr_finding_dialog_show_error     (CrFindingDialog *self,
                                               const char      *what,
                                               const GError    *error);

/* cr-finding-dialog-evidence.c */
/* A set of gint64 entry ids. */
GHashTable *_cr_finding_dialog_new_id_set     (void);
/* The ids of @set, in no order. */
GArray     *_cr_finding_dialog_dup_ids        (GHashTable      *set);
/* Reads the case's chronology and, for a stored finding, its links. */
void        _cr_finding_dialog_load_evidence  (CrFindingDialog *self);
/* Whether the ticks differ from the links stored. */
gboolean    _cr_finding_dialog_links_changed  (CrFindingDialog *self);
void        _cr_finding_dialog_update_count   (CrFindingDialog *self);
/* The search entry's "search-changed". */
void        _cr_finding_dialog_search_changed (CrFindingDialog *self);

G_END_DECLS
