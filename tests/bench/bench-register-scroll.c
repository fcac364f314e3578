/* bench-register-scroll.c: main-loop stalls while scrolling the register
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Fills the real case register view (CrCaseRegisterView over a
 * CrCaseRegister) with N synthetic cases, shows it in a window and scrolls
 * it frame by frame: small steps, page jumps and far jumps. Every main-loop
 * iteration is timed through the poll function (the busy time between two
 * polls is what a stall is), and the same scroll script runs over a plain
 * GtkColumnView of N rows of GtkStringList in the same run as the baseline.
 *
 * Needs a display: ../shared/tools/gui-run --exec -- bench-register-scroll
 */

#include "config.h"

#include <gtk/gtk.h>

#include "cr-case-register-view.h"
#include "cr-case-register.h"

#define FRAME_BUDGET_US 16667

typedef struct
{
  GArray  *busy_us;         /* gint64 per main-loop iteration while measuring */
  gint64   last_poll_exit;  /* monotonic time the previous poll returned */
  gboolean measuring;
} Stats;

static Stats stats;
static GPollFunc default_poll;

static int
timed_poll (GPollFD *fds,
            guint    nfds,
            int      timeout)
{
  gint64 entry = g_get_monotonic_time ();
  int ret;

  if (stats.measuring && stats.last_poll_exit != 0)
    {
      gint64 busy = entry - stats.last_poll_exit;
      g_array_append_val (stats.busy_us, busy);
    }
  ret = default_poll (fds, nfds, timeout);
  stats.last_poll_exit = g_get_monotonic_time ();
  return ret;
}

static GPtrArray *
make_cases (guint n)
{
  static const char *agencies[] = { "Police", "Children's social care", "Health visiting", "GP", "School", "CAMHS" };
  static const char *themes[] = { "Neglect", "Domestic abuse", "Voice of the child", "Parental mental health", "Non-accidental injury" };
  GPtrArray *cases = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      CrCase *kase = cr_case_new ();
      g_autofree char *ref = g_strdup_printf ("CR-%04u-%06u", 2000 + (i % 26), i + 1);
      g_autofree char *pseudonym = g_strdup_printf ("Child %c%u", 'A' + (i % 26), i / 26);
      g_autofree char *date = g_strdup_printf ("%04u-%02u-%02u", 2000 + (i % 26), 1 + (i % 12), 1 + (i % 28));
      g_autofree char *agency_list = g_strdup_printf ("%s, %s", agencies[i % 6], agencies[(i + 2) % 6]);
      g_autofree char *theme_list = g_strdup_printf ("%s, %s", themes[i % 5], themes[(i + 3) % 5]);

      cr_case_set_id (kase, i + 1);
      cr_case_set_reference (kase, ref);
      cr_case_set_pseudonym (kase, pseudonym);
      cr_case_set_incident_date (kase, date);
      cr_case_set_aware_date (kase, date);
      cr_case_set_status (kase, (CrCaseStatus) (i % (CR_CASE_STATUS_LAST + 1)));
      cr_case_set_agencies (kase, agency_list);
      cr_case_set_themes (kase, theme_list);
      g_ptr_array_add (cases, kase);
    }
  return cases;
}

static GtkScrolledWindow *
find_scrolled_window (GtkWidget *widget)
{
  /* The column view's own scrolled window, not a dropdown popover's. */
  if (GTK_IS_SCROLLED_WINDOW (widget) &&
      GTK_IS_COLUMN_VIEW (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (widget))))
    return GTK_SCROLLED_WINDOW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkScrolledWindow *found = find_scrolled_window (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
iterate_for (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

static void
wait_frames (GtkWidget *widget,
             guint      frames)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gint64 start = gdk_frame_clock_get_frame_counter (clock);

  while (gdk_frame_clock_get_frame_counter (clock) < start + frames)
    g_main_context_iteration (NULL, TRUE);
}

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

typedef struct
{
  const char *name;
  double      step_pages;  /* per frame; 0 means: alternate far jumps */
  guint       frames;
} Scenario;

static const Scenario scenarios[] = {
  { "small steps (1/8 page per frame)", 0.125, 240 },
  { "page jumps (1 page per frame)", 1.0, 240 },
  { "far jumps (top <-> bottom)", 0.0, 60 },
};

static void
report (const char *widget_name,
        const char *scenario)
{
  GArray *a = stats.busy_us;
  guint over = 0;
  gint64 p50, p95, max;

  g_array_sort (a, compare_gint64);
  for (guint i = 0; i < a->len; i++)
    if (g_array_index (a, gint64, i) > FRAME_BUDGET_US)
      over++;
  p50 = a->len ? g_array_index (a, gint64, a->len / 2) : 0;
  p95 = a->len ? g_array_index (a, gint64, (a->len * 95) / 100) : 0;
  max = a->len ? g_array_index (a, gint64, a->len - 1) : 0;
  g_print ("%-22s %-36s %7u %9.2f %9.2f %9.2f %8u\n",
           widget_name, scenario, a->len, p50 / 1000.0, p95 / 1000.0, max / 1000.0, over);
}

static void
run_scenarios (const char *widget_name,
               GtkWidget  *window,
               GtkWidget  *scroll_root)
{
  GtkScrolledWindow *sw = find_scrolled_window (scroll_root);
  GtkAdjustment *adj;

  g_assert (sw != NULL);
  adj = gtk_scrolled_window_get_vadjustment (sw);
  /* Keep the frame clock ticking, as a kinetic scroll does, so every
   * frame is produced even when a step leaves the view unchanged. */
  gdk_frame_clock_begin_updating (gtk_widget_get_frame_clock (window));

  for (guint s = 0; s < G_N_ELEMENTS (scenarios); s++)
    {
      const Scenario *sc = &scenarios[s];

      gtk_adjustment_set_value (adj, 0);
      wait_frames (window, 5);
      g_array_set_size (stats.busy_us, 0);
      stats.last_poll_exit = 0;
      stats.measuring = TRUE;
      for (guint f = 0; f < sc->frames; f++)
        {
          double upper = gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj);
          double value;

          if (sc->step_pages > 0)
            value = gtk_adjustment_get_value (adj) + sc->step_pages * gtk_adjustment_get_page_size (adj);
          else
            value = (f % 2 == 0) ? upper : 0;
          gtk_adjustment_set_value (adj, MIN (value, upper));
          wait_frames (window, 1);
        }
      stats.measuring = FALSE;
      report (widget_name, sc->name);
    }
  gdk_frame_clock_end_updating (gtk_widget_get_frame_clock (window));
}

static void
setup_label_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_label_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkStringObject *obj = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), gtk_string_object_get_string (obj));
}

static GtkWidget *
make_baseline_view (guint n)
{
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
  GtkWidget *view;
  GtkWidget *sw;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *s = g_strdup_printf ("CR-%04u-%06u  Child %c%u", 2000 + (i % 26), i + 1, 'A' + (i % 26), i / 26);
      gtk_string_list_append (strings, s);
    }
  view = gtk_column_view_new (GTK_SELECTION_MODEL (gtk_single_selection_new (G_LIST_MODEL (g_steal_pointer (&strings)))));
  for (guint c = 0; c < 6; c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;

      g_signal_connect (factory, "setup", G_CALLBACK (setup_label_cb), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_label_cb), NULL);
      column = gtk_column_view_column_new ("Column", factory);
      gtk_column_view_column_set_expand (column, TRUE);
      gtk_column_view_append_column (GTK_COLUMN_VIEW (view), column);
      g_object_unref (column);
    }
  sw = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (sw), view);
  return sw;
}

int
main (int   argc,
      char *argv[])
{
  guint n_cases = 100000;
  g_autoptr(CrCaseRegister) reg = NULL;
  g_autoptr(GPtrArray) cases = NULL;
  GtkWidget *window;
  GtkWidget *view;
  gint64 t0;

  if (argc > 1)
    n_cases = (guint) g_ascii_strtoull (argv[1], NULL, 10);

  gtk_init ();
  stats.busy_us = g_array_new (FALSE, FALSE, sizeof (gint64));
  default_poll = g_main_context_get_poll_func (NULL);
  g_main_context_set_poll_func (NULL, timed_poll);

  g_print ("Register scrolling benchmark: %u cases, frame budget %.1f ms, GTK %u.%u.%u, renderer %s\n",
           n_cases, FRAME_BUDGET_US / 1000.0, gtk_get_major_version (), gtk_get_minor_version (),
           gtk_get_micro_version (), g_getenv ("GSK_RENDERER") ? g_getenv ("GSK_RENDERER") : "default");

  t0 = g_get_monotonic_time ();
  cases = make_cases (n_cases);
  reg = cr_case_register_new ();
  cr_case_register_set_cases (reg, cases);
  g_print ("built %u cases and loaded the register in %.1f ms\n\n",
           cr_case_register_get_n_cases (reg), (g_get_monotonic_time () - t0) / 1000.0);

  g_print ("%-22s %-36s %7s %9s %9s %9s %8s\n", "widget", "scenario", "iters", "p50 ms", "p95 ms", "max ms", ">16.7ms");

  /* Baseline first: a plain column view over a string list. */
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  view = make_baseline_view (n_cases);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  iterate_for (500);
  run_scenarios ("baseline GtkColumnView", window, view);
  gtk_window_destroy (GTK_WINDOW (window));
  iterate_for (200);

  /* The real register view. */
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  view = cr_case_register_view_new ();
  cr_case_register_view_set_register (CR_CASE_REGISTER_VIEW (view), reg);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  iterate_for (1000);
  run_scenarios ("CrCaseRegisterView", window, view);
  gtk_window_destroy (GTK_WINDOW (window));
  iterate_for (200);

  g_array_unref (stats.busy_us);
  return 0;
}
