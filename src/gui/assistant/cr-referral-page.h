/* cr-referral-page.h: a page of the referral assistant, bound to a referral */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cr-assistant-page.h"
#include "cr-database.h"

G_BEGIN_DECLS

/*
 * The base of the referral assistant's pages. Each page edits one step
 * (CrReferralStep) of the shared CrReferral: its widgets are bound to
 * fields of the referral (or of a record inside it, such as a parallel
 * process), every change is written to the record at once, and the page
 * recomputes "complete" from cr_referral_check_step() and per-field checks.
 *
 * Messages go beside the offending field, but only once the user has
 * touched that field or tried to go on (Enter in a field); a field loaded
 * with a value (a resumed draft) counts as touched.
 *
 * Properties (construct-only): "referral", "database", "agencies" (a
 * GListStore of CrAgency shared by the pages, loaded by the assistant).
 * Signal "changed": the user changed something (the assistant saves the
 * draft).
 */

#define CR_TYPE_REFERRAL_PAGE (cr_referral_page_get_type())

G_DECLARE_DERIVABLE_TYPE (CrReferralPage, cr_referral_page, CR, REFERRAL_PAGE, CrAssistantPage)

struct _CrReferralPageClass
{
  CrAssistantPageClass parent_class;

  /* The CrReferralStep the page checks, or -1 for none (the summary). */
  int        step;

  /* Fills the page's own widgets (those not bound) from the referral. */
  void     (*load)  (CrReferralPage *self);
  /* Checks beyond the bound fields and the step (rows of a list, say):
   * shows its messages (all of them when @reveal) and returns FALSE when
   * something must be fixed. */
  gboolean (*check) (CrReferralPage *self,
                     gboolean        reveal);

  /*< private >*/
  gpointer padding[4];
};

CrReferral *cr_referral_page_get_referral   (CrReferralPage *self);
CrDatabase *cr_referral_page_get_database   (CrReferralPage *self);
GListStore *cr_referral_page_get_agencies   (CrReferralPage *self);

/* Bindings of a widget to field @field of @record (NULL: the referral).
 * Entry rows and switch rows get their message as a suffix. */
void        cr_referral_page_bind_entry     (CrReferralPage *self,
                                             AdwEntryRow    *row,
                                             CrRecord       *record,
                                             const char     *field);
void        cr_referral_page_bind_text      (CrReferralPage *self,
                                             GtkTextView    *view,
                                             GtkLabel       *message,
                                             CrRecord       *record,
                                             const char     *field);
/* A CHOICE field; the first item is @none_label (nothing chosen). */
void        cr_referral_page_bind_choice    (CrReferralPage *self,
                                             AdwComboRow    *row,
                                             CrRecord       *record,
                                             const char     *field,
                                             const char     *none_label);
/* A BOOLEAN field shown as a switch; an unset value is stored as the
 * switch shows it ("false") when the page loads. */
void        cr_referral_page_bind_switch    (CrReferralPage *self,
                                             GtkSwitch      *toggle,
                                             AdwActionRow   *row,
                                             CrRecord       *record,
                                             const char     *field);
/* One nick of a CHOICES field as a check button. */
void        cr_referral_page_bind_check     (CrReferralPage *self,
                                             GtkCheckButton *check,
                                             CrRecord       *record,
                                             const char     *field,
                                             const char     *nick);
/* Where to show messages about @name (a list such as "children", or
 * a field shown elsewhere); @name NULL: any message with no place. */
void        cr_referral_page_add_message    (CrReferralPage *self,
                                             const char     *name,
                                             GtkWidget      *widget,
                                             GtkLabel       *label);
/* Messages about field @name are shown beside the binding of @shown_as. */
void        cr_referral_page_add_alias      (CrReferralPage *self,
                                             const char     *name,
                                             const char     *shown_as);
/* Dates of the referral that must come in this order: a wrong order is
 * said beside @later (or its alias) as soon as both are typed, even while
 * other fields of the step are still missing. */
void        cr_referral_page_add_order      (CrReferralPage *self,
                                             const char     *earlier,
                                             const char     *later);
/* Drops the bindings to @record (its widgets are going away). */
void        cr_referral_page_unbind_record  (CrReferralPage *self,
                                             CrRecord       *record);
/* Re-reads the bound widgets from their records. */
void        cr_referral_page_reload         (CrReferralPage *self);

/* The user changed something the bindings do not see (a list): marks
 * @name touched (may be NULL), rechecks, and emits "changed". */
void        cr_referral_page_changed        (CrReferralPage *self,
                                             const char     *name);
/* Rechecks and updates "complete" and the messages. */
void        cr_referral_page_revalidate     (CrReferralPage *self);
/* Enter in a field: go on when complete, otherwise show every message
 * and focus the first field to fix. */
void        cr_referral_page_activate       (CrReferralPage *self);

/* Fills @row with "@none_label" then the agencies of the shared list (not
 * archived, unless it is @selected_id), selecting @selected_id; @ids gets
 * the id of each item (0 for the first). Returns FALSE when @selected_id
 * is not 0 and not in the list. */
gboolean    cr_referral_page_fill_agencies  (CrReferralPage *self,
                                             AdwComboRow    *row,
                                             GArray         *ids,
                                             gint64          selected_id,
                                             const char     *none_label);
/* The agency @id in the shared list, or NULL (transfer none). */
CrAgency   *cr_referral_page_find_agency    (CrReferralPage *self,
                                             gint64          id);
/* Adds @agency to the shared list in name order (or replaces the one with
 * its id). */
void        cr_referral_page_add_agency     (CrReferralPage *self,
                                             CrAgency       *agency);

/* Text helpers shared by the pages. */
char       *cr_referral_page_dup_text       (GtkTextView    *view);
/* "Not recorded" when @value is NULL or empty, else @value. */
const char *cr_referral_page_or_not_recorded (const char    *value);

G_END_DECLS
