/* cr-chronology-page-duplicates.c: the possible duplicates, side by side */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrChronologyPage"

#include "config.h"

#include "cr-chronology-page-private.h"

#include "cr-database-chronology.h"
#include "cr-edit-utils.h"

#include <glib/gi18n.h>

static GQuark pair_quark;


/*
 * Possible duplicates: one row per pair, the two entries side by side
 */

typedef struct
{
  CrChronologyPage      *page;      /* not owned: the page owns the view */
  CrChronologyDuplicate *pair;      /* the bound pair, or NULL */
  gulong                 notify_id;
  GtkLabel              *agency[2];
  GtkLabel              *when[2];
  GtkLabel              *event[2];
  GtkLabel              *origin[2];
  GtkLabel              *state_label;
  GtkButton             *same_button;
  GtkButton             *different_button;
} PairRow;

static char *
dup_when (CrChronologyEntry *entry)
{
  g_autofree char *date = cr_chronology_entry_dup_date_text (entry);
  g_autofree char *time = cr_chronology_entry_dup_time_text (entry);

  if (time == NULL)
    return g_steal_pointer (&date);
  /* Translators: a date then a time, "03/02/2021 14:30" */
  return g_strdup_printf (_("%s %s"), date, time);
}

static char *
dup_origin (CrChronologyEntry *entry)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *author = cr_chronology_entry_get_author (entry);
  const char *source = cr_chronology_entry_get_source (entry);

  if (author != NULL && author[0] != '\0')
    g_ptr_array_add (parts, g_strdup (author));
  if (source != NULL && source[0] != '\0')
    g_ptr_array_add (parts, g_strdup (source));
  /* Translators: a file name and a row number of it */
  g_ptr_array_add (parts, g_strdup_printf (_("%s, row %u"),
                                           cr_chronology_entry_get_source_file (entry) != NULL
                                           ? cr_chronology_entry_get_source_file (entry) : "",
                                           cr_chronology_entry_get_row (entry)));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static void
update_pair_state (PairRow *row)
{
  CrDuplicateDecision decision = cr_chronology_duplicate_get_decision (row->pair);
  g_autofree char *text = NULL;

  switch (decision)
    {
    case CR_DUPLICATE_DECISION_CONFIRMED:
      text = g_strdup (_("Marked as the same event: the later entry repeats the earlier one"));
      break;
    case CR_DUPLICATE_DECISION_DISMISSED:
      text = g_strdup (_("Marked as different events"));
      break;
    case CR_DUPLICATE_DECISION_NONE:
    default:
      /* Translators: how alike two entries' texts are, "82% alike" */
      text = g_strdup_printf (_("%d%% alike · not decided yet"),
                              (int) (cr_chronology_duplicate_get_similarity (row->pair) * 100 + 0.5));
      break;
    }

  gtk_label_set_text (row->state_label, text);
  gtk_widget_set_sensitive (GTK_WIDGET (row->same_button), decision != CR_DUPLICATE_DECISION_CONFIRMED);
  gtk_widget_set_sensitive (GTK_WIDGET (row->different_button), decision != CR_DUPLICATE_DECISION_DISMISSED);
}

static void
update_pair_row (PairRow *row)
{
  CrChronologyEntry *entries[2] = {
    cr_chronology_duplicate_get_first (row->pair),
    cr_chronology_duplicate_get_second (row->pair),
  };

  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *when = dup_when (entries[i]);
      g_autofree char *origin = dup_origin (entries[i]);

      gtk_label_set_text (row->agency[i], cr_chronology_entry_get_agency_name (entries[i]));
      gtk_label_set_text (row->when[i], when);
      gtk_label_set_text (row->event[i], cr_chronology_entry_get_event (entries[i]));
      gtk_label_set_text (row->origin[i], origin);
    }

  update_pair_state (row);
}

typedef struct
{
  CrChronologyPage      *page;
  CrChronologyDuplicate *pair;
  CrDuplicateDecision    decision;
} Decision;

static void
on_decided_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  Decision *decision = user_data;
  CrChronologyPage *self = decision->page;
  g_autoptr(GError) error = NULL;

  if (!cr_database_decide_duplicate_finish (CR_DATABASE (source), result, &error))
    {
      if (self->toast_overlay != NULL)
        cr_show_error_toast (GTK_WIDGET (self->toast_overlay), _("Could not save the decision"), error);
    }
  else
    {
      cr_chronology_duplicate_set_decision (decision->pair, decision->decision);
      if (self->toast_overlay != NULL)
        _cr_chronology_page_update_status (self);
    }

  g_object_unref (decision->page);
  g_object_unref (decision->pair);
  g_free (decision);
}

static void
decide (PairRow             *row,
        CrDuplicateDecision  value)
{
  CrChronologyPage *self = row->page;
  CrDatabase *database = cr_review_page_get_database (CR_REVIEW_PAGE (self));
  CrCase *kase = cr_review_page_get_case (CR_REVIEW_PAGE (self));
  Decision *decision;

  if (row->pair == NULL || database == NULL || kase == NULL)
    return;

  if (!cr_database_is_writable (database))
    {
      cr_show_toast (GTK_WIDGET (self->toast_overlay), _("This database is read-only"));
      return;
    }

  decision = g_new0 (Decision, 1);
  decision->page = g_object_ref (self);
  decision->pair = g_object_ref (row->pair);
  decision->decision = value;
  cr_database_decide_duplicate_async (database,
                                      cr_case_get_id (kase),
                                      cr_chronology_entry_get_id (cr_chronology_duplicate_get_first (row->pair)),
                                      cr_chronology_entry_get_id (cr_chronology_duplicate_get_second (row->pair)),
                                      value, self->work_cancellable,
                                      on_decided_cb, decision);
}

static void
on_same_clicked_cb (GtkButton *button,
                    PairRow   *row)
{
  decide (row, CR_DUPLICATE_DECISION_CONFIRMED);
}

static void
on_different_clicked_cb (GtkButton *button,
                         PairRow   *row)
{
  decide (row, CR_DUPLICATE_DECISION_DISMISSED);
}

GtkLabel *
_cr_chronology_add_label (GtkBox     *box,
           const char *style)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (style != NULL)
    {
      g_auto(GStrv) classes = g_strsplit (style, " ", -1);

      for (guint i = 0; classes[i] != NULL; i++)
        gtk_widget_add_css_class (label, classes[i]);
    }
  gtk_box_append (box, label);
  return GTK_LABEL (label);
}

static void
unbind_pair_row (PairRow *row)
{
  if (row->pair == NULL)
    return;

  g_clear_signal_handler (&row->notify_id, row->pair);
  g_clear_object (&row->pair);
}

static void
free_pair_row (gpointer data)
{
  PairRow *row = data;

  unbind_pair_row (row);
  g_free (row);
}

static void
on_pair_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  CrChronologyPage         *self)
{
  PairRow *row = g_new0 (PairRow, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *sides = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  GtkWidget *actions = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  row->page = self;
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_box_set_homogeneous (GTK_BOX (sides), TRUE);

  for (guint i = 0; i < 2; i++)
    {
      GtkWidget *side = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);

      row->agency[i] = _cr_chronology_add_label (GTK_BOX (side), "heading");
      row->when[i] = _cr_chronology_add_label (GTK_BOX (side), "numeric");
      row->event[i] = _cr_chronology_add_label (GTK_BOX (side), NULL);
      row->origin[i] = _cr_chronology_add_label (GTK_BOX (side), "dim-label caption");
      gtk_box_append (GTK_BOX (sides), side);
    }

  row->state_label = _cr_chronology_add_label (GTK_BOX (actions), "dim-label");
  gtk_widget_set_hexpand (GTK_WIDGET (row->state_label), TRUE);
  row->same_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Same Event")));
  row->different_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Not the Same")));
  gtk_widget_set_tooltip_text (GTK_WIDGET (row->same_button),
                               _("The later entry repeats the earlier one"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->same_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Same Event"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->different_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Not the Same"), -1);
  g_signal_connect (row->same_button, "clicked", G_CALLBACK (on_same_clicked_cb), row);
  g_signal_connect (row->different_button, "clicked", G_CALLBACK (on_different_clicked_cb), row);
  gtk_box_append (GTK_BOX (actions), GTK_WIDGET (row->same_button));
  gtk_box_append (GTK_BOX (actions), GTK_WIDGET (row->different_button));

  gtk_box_append (GTK_BOX (box), sides);
  gtk_box_append (GTK_BOX (box), actions);

  g_object_set_qdata_full (G_OBJECT (box), pair_quark, row, free_pair_row);
  gtk_list_item_set_child (list_item, box);
  gtk_list_item_set_activatable (list_item, FALSE);
}

static void
on_pair_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 CrChronologyPage         *self)
{
  PairRow *row = g_object_get_qdata (G_OBJECT (gtk_list_item_get_child (list_item)), pair_quark);

  unbind_pair_row (row);
  row->pair = g_object_ref (gtk_list_item_get_item (list_item));
  row->notify_id = g_signal_connect_swapped (row->pair, "notify::decision",
                                             G_CALLBACK (update_pair_state), row);
  update_pair_row (row);
}

static void
on_pair_unbind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   CrChronologyPage         *self)
{
  unbind_pair_row (g_object_get_qdata (G_OBJECT (gtk_list_item_get_child (list_item)), pair_quark));
}


/*
 * Set-up
 */

void
_cr_chronology_page_duplicates_init (CrChronologyPage *self)
{
  g_autoptr(GtkListItemFactory) pairs = gtk_signal_list_item_factory_new ();

  if (pair_quark == 0)
    pair_quark = g_quark_from_static_string ("cr-chronology-pair-row");

  g_signal_connect (pairs, "setup", G_CALLBACK (on_pair_setup_cb), self);
  g_signal_connect (pairs, "bind", G_CALLBACK (on_pair_bind_cb), self);
  g_signal_connect (pairs, "unbind", G_CALLBACK (on_pair_unbind_cb), self);
  gtk_list_view_set_factory (self->duplicates_view, pairs);
  gtk_widget_add_css_class (GTK_WIDGET (self->duplicates_view), "rich-list");
}
