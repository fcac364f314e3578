/* cr-briefing.c: the 7-minute briefing of a review (domain.md §2.6) */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrBriefing"

#include "config.h"

#include "cr-briefing.h"

#include "cr-case-status.h"
#include "cr-finding.h"
#include "cr-recommendation.h"
#include "cr-record-private.h"

#include <glib/gi18n.h>
#include <string.h>

/* Each part fits a seventh of one or two pages. */
#define MAX_PART_LENGTH 1500
/* A LINE field's length (cr-record.h). */
#define MAX_TITLE_LENGTH 200
/* Sentences of a finding's explanation taken into a learning point. */
#define LEARNING_SENTENCES 2
#define N_PARTS 7
#define N_LEARNING 3

struct _CrBriefing
{
  CrRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CrBriefing, cr_briefing, CR_TYPE_RECORD)

static const CrRecordField fields[] = {
  { "title", CR_RECORD_FIELD_LINE, N_("Title of the briefing"), 0, NULL, NULL, 0 },
  { "background", CR_RECORD_FIELD_TEXT, N_("Background"), MAX_PART_LENGTH, NULL, NULL, 0 },
  { "why-it-matters", CR_RECORD_FIELD_TEXT, N_("Why it matters"), MAX_PART_LENGTH, NULL, NULL, 0 },
  { "learning-1", CR_RECORD_FIELD_TEXT, N_("Key learning 1"), MAX_PART_LENGTH, NULL, NULL, 0 },
  { "learning-2", CR_RECORD_FIELD_TEXT, N_("Key learning 2"), MAX_PART_LENGTH, NULL, NULL, 0 },
  { "learning-3", CR_RECORD_FIELD_TEXT, N_("Key learning 3"), MAX_PART_LENGTH, NULL, NULL, 0 },
  { "things-to-note", CR_RECORD_FIELD_TEXT, N_("Things to note and remember"), MAX_PART_LENGTH, NULL, NULL, 0 },
  { "what-to-do", CR_RECORD_FIELD_TEXT, N_("What to do"), MAX_PART_LENGTH, NULL, NULL, 0 },
  { "question-1", CR_RECORD_FIELD_LINE, N_("Reflective question 1"), 0, NULL, NULL, 0 },
  { "question-2", CR_RECORD_FIELD_LINE, N_("Reflective question 2"), 0, NULL, NULL, 0 },
  { "question-3", CR_RECORD_FIELD_LINE, N_("Reflective question 3"), 0, NULL, NULL, 0 },
  { "approved-date", CR_RECORD_FIELD_DATE, N_("Date approved"), 0, NULL, NULL, 0 },
};

typedef struct
{
  const char *field;
  const char *title;
  const char *hint;
} PartInfo;

static const PartInfo parts[N_PARTS] = {
  { "background", N_("Background"),
    N_("The child and the case in brief, by pseudonym. Change names, ages and the make-up of "
       "the family wherever they could identify it.") },
  { "why-it-matters", N_("Why it matters"),
    N_("The harm, the national and local context, and why the safeguarding partners decided "
       "to review the case.") },
  { "learning-1", N_("Key learning 1"),
    N_("A finding or learning point, in a few sentences practitioners will remember.") },
  { "learning-2", N_("Key learning 2"),
    N_("A second finding or learning point.") },
  { "learning-3", N_("Key learning 3"),
    N_("A third finding or learning point.") },
  { "things-to-note", N_("Things to note and remember"),
    N_("Practice points, good practice the review found, and the tools and guidance to "
       "use.") },
  { "what-to-do", N_("What to do"),
    N_("What practitioners and managers are expected to do now, and where to find out "
       "more.") },
};

/* Wandsworth's companion questions (domain.md §2.6). */
static const char * const default_questions[] = {
  N_("What are your key thoughts and reflections?"),
  N_("How can we ensure the learning is embedded and how will we know this?"),
  N_("How can we integrate the learning into team or service improvement plans?"),
};

static char *
cr_briefing_dup_title (CrRecord *record)
{
  const char *title = cr_record_get (record, "title");

  return g_strdup (title != NULL ? title : _("7-minute briefing"));
}

static char *
cr_briefing_dup_subtitle (CrRecord *record)
{
  g_autofree char *approved = cr_record_dup_date_label (record, "approved-date");

  if (approved == NULL)
    return g_strdup (_("Draft"));

  /* Translators: %s is a date, "3 March 2027". */
  return g_strdup_printf (_("Approved %s"), approved);
}

static void
cr_briefing_class_init (CrBriefingClass *klass)
{
  CrRecordClass *record_class = CR_RECORD_CLASS (klass);

  /* No cross-field rule: a briefing is saved while it is drafted, and
   * checked whole before export (cr_briefing_check_export()). */
  record_class->dup_title = cr_briefing_dup_title;
  record_class->dup_subtitle = cr_briefing_dup_subtitle;

  cr_record_class_install_fields (record_class, fields, G_N_ELEMENTS (fields));
  cr_record_class_set_kind_label (record_class, N_("7-Minute Briefing"));
}

static void
cr_briefing_init (CrBriefing *self)
{
}

CrBriefing *
cr_briefing_new (void)
{
  return g_object_new (CR_TYPE_BRIEFING, NULL);
}

static const PartInfo *
get_part (guint part)
{
  g_return_val_if_fail (part >= 1 && part <= N_PARTS, NULL);

  return &parts[part - 1];
}

/**
 * cr_briefing_part_get_title:
 * @part: 1 to 7
 *
 * Returns: the part's translated title, "Why it matters"
 */
const char *
cr_briefing_part_get_title (guint part)
{
  const PartInfo *info = get_part (part);

  return info != NULL ? _(info->title) : NULL;
}

/**
 * cr_briefing_part_get_hint:
 * @part: 1 to 7
 *
 * Returns: what to write in the part, translated
 */
const char *
cr_briefing_part_get_hint (guint part)
{
  const PartInfo *info = get_part (part);

  return info != NULL ? _(info->hint) : NULL;
}

/**
 * cr_briefing_part_get_field:
 * @part: 1 to 7
 *
 * Returns: the record field that holds the part, "why-it-matters"
 */
const char *
cr_briefing_part_get_field (guint part)
{
  const PartInfo *info = get_part (part);

  return info != NULL ? info->field : NULL;
}

/**
 * cr_briefing_check_export:
 * @self: a briefing
 * @error: return location for a %CR_CASE_ERROR_INVALID error
 *
 * Returns: %TRUE when the briefing is valid and has its title and all
 *   seven parts, as an exported briefing must
 */
gboolean
cr_briefing_check_export (CrBriefing  *self,
                          GError     **error)
{
  CrRecord *record = (CrRecord *) self;

  g_return_val_if_fail (CR_IS_BRIEFING (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!cr_record_validate (record, error) ||
      !cr_record_check_required (record, "title", error))
    return FALSE;

  for (guint i = 1; i <= N_PARTS; i++)
    {
      const char *text = cr_record_get (record, cr_briefing_part_get_field (i));
      g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

      if (*stripped == '\0')
        {
          g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID,
                       /* Translators: %u is the part's number (1 to 7), %s
                        * its title, "Why it matters". */
                       _("Write part %u, “%s”, before exporting the briefing: every one of the seven parts is needed."),
                       i, cr_briefing_part_get_title (i));
          return FALSE;
        }
    }

  return TRUE;
}

/* ---- Drafting from the review -------------------------------------------- */

/* The first line of @text holding more than spaces, trimmed; NULL if none. */
static char *
dup_first_paragraph (const char *text)
{
  g_auto(GStrv) lines = NULL;

  if (text == NULL)
    return NULL;

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (lines[i][0] != '\0')
        return g_strdup (lines[i]);
    }

  return NULL;
}

/* Up to @n sentences from the start of @text. */
static char *
dup_first_sentences (const char *text,
                     guint       n)
{
  const char *p = text;

  for (guint found = 0; *p != '\0'; p++)
    if ((*p == '.' || *p == '!' || *p == '?') && (p[1] == ' ' || p[1] == '\0'))
      {
        if (++found == n)
          return g_strndup (text, p + 1 - text);
      }

  return g_strdup (text);
}

/* @text cut to @max characters at a word, with an ellipsis. */
static char *
dup_capped (const char *text,
            guint       max)
{
  const char *end;
  const char *space;
  g_autofree char *cut = NULL;

  if (g_utf8_strlen (text, -1) <= max)
    return g_strdup (text);

  end = g_utf8_offset_to_pointer (text, max - 1);
  cut = g_strndup (text, end - text);

  /* Back to the last space, unless that loses more than a third. */
  space = strrchr (cut, ' ');
  if (space != NULL && (guint) g_utf8_strlen (cut, space - cut) > (max * 2) / 3)
    cut[space - cut] = '\0';

  g_strchomp (cut);
  while (*cut != '\0' && strchr (",;:-", cut[strlen (cut) - 1]) != NULL)
    {
      cut[strlen (cut) - 1] = '\0';
      g_strchomp (cut);
    }

  return g_strconcat (cut, "…", NULL);
}

/* Sets @field to @text cut to the field's length. */
static void
set_part (CrRecord   *record,
          const char *field,
          const char *text)
{
  g_autofree char *capped = NULL;

  if (text == NULL || *text == '\0')
    return;

  capped = dup_capped (text, g_str_equal (field, "title") ? MAX_TITLE_LENGTH : MAX_PART_LENGTH);
  cr_record_set (record, field, capped);
}

/* "Title — first sentences of the explanation". */
static char *
dup_learning (CrFinding *finding)
{
  const char *title = cr_record_get (CR_RECORD (finding), "title");
  g_autofree char *paragraph = dup_first_paragraph (cr_record_get (CR_RECORD (finding), "text"));
  g_autofree char *sentences = NULL;

  if (paragraph == NULL)
    return g_strdup (title);

  sentences = dup_first_sentences (paragraph, LEARNING_SENTENCES);
  if (title == NULL)
    return g_steal_pointer (&sentences);

  /* Translators: a learning point of the 7-minute briefing: the finding's
   * statement, then the start of its explanation. */
  return g_strdup_printf (_("%s — %s"), title, sentences);
}

/* Lines "• TEXT", as many as fit in a part. */
static char *
dup_bullets (GPtrArray *lines)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < lines->len; i++)
    {
      g_autofree char *line = g_strconcat ("• ", (const char *) g_ptr_array_index (lines, i), NULL);
      glong room = MAX_PART_LENGTH - g_utf8_strlen (text->str, -1) - (text->len > 0 ? 1 : 0);

      if (g_utf8_strlen (line, -1) > room)
        {
          /* The first line is cut to fit; later ones are left out. */
          if (text->len == 0)
            {
              g_autofree char *capped = dup_capped (line, MAX_PART_LENGTH);

              g_string_append (text, capped);
            }
          break;
        }

      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, line);
    }

  return g_strdup (text->str);
}

static int
compare_positions (gconstpointer a,
                   gconstpointer b)
{
  CrRecord *ra = *(CrRecord **) a;
  CrRecord *rb = *(CrRecord **) b;
  guint pa = CR_IS_FINDING (ra) ? cr_finding_get_position (CR_FINDING (ra))
                                : cr_recommendation_get_position (CR_RECOMMENDATION (ra));
  guint pb = CR_IS_FINDING (rb) ? cr_finding_get_position (CR_FINDING (rb))
                                : cr_recommendation_get_position (CR_RECOMMENDATION (rb));

  return pa < pb ? -1 : pa > pb;
}

static GPtrArray *
dup_sorted (GPtrArray *records)
{
  GPtrArray *sorted = g_ptr_array_new ();

  for (guint i = 0; records != NULL && i < records->len; i++)
    g_ptr_array_add (sorted, g_ptr_array_index (records, i));
  g_ptr_array_sort (sorted, compare_positions);

  return sorted;
}

/* Appends to @out the findings of @findings that are (not) approved and
 * (not) about good practice. */
static void
select_findings (GPtrArray *out,
                 GPtrArray *findings,
                 gboolean   approved,
                 gboolean   good_practice)
{
  for (guint i = 0; i < findings->len; i++)
    {
      CrFinding *finding = g_ptr_array_index (findings, i);

      if (!cr_finding_is_approved (finding) == !approved &&
          !cr_record_get_boolean (CR_RECORD (finding), "good-practice") == !good_practice)
        g_ptr_array_add (out, finding);
    }
}

/**
 * cr_briefing_generate:
 * @pseudonym: (nullable): the child's pseudonym, "Baby H"
 * @summary: (nullable): the case summary
 * @executive_summary: (nullable): the report's executive summary, plain
 * @introduction: (nullable): the report's introduction, plain
 * @findings: (nullable) (element-type CrFinding): the findings
 * @recommendations: (nullable) (element-type CrRecommendation): the
 *   recommendations
 *
 * Drafts a briefing from the review (see cr-briefing.h).
 *
 * Returns: (transfer full): the briefing, not stored
 */
CrBriefing *
cr_briefing_generate (const char *pseudonym,
                      const char *summary,
                      const char *executive_summary,
                      const char *introduction,
                      GPtrArray  *findings,
                      GPtrArray  *recommendations)
{
  CrBriefing *self = cr_briefing_new ();
  CrRecord *record = (CrRecord *) self;
  g_autoptr(GPtrArray) sorted_findings = dup_sorted (findings);
  g_autoptr(GPtrArray) sorted_recommendations = dup_sorted (recommendations);
  g_autoptr(GPtrArray) learning = g_ptr_array_new ();
  g_autoptr(GPtrArray) good = g_ptr_array_new ();
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *title = NULL;
  g_autofree char *background = NULL;
  g_autofree char *why = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *actions = NULL;

  if (pseudonym != NULL && *pseudonym != '\0')
    /* Translators: %s is the child's pseudonym, "Baby H". */
    title = g_strdup_printf (_("7-minute briefing: %s"), pseudonym);
  else
    title = g_strdup (_("7-minute briefing"));
  set_part (record, "title", title);

  background = dup_first_paragraph (executive_summary);
  if (background == NULL)
    background = dup_first_paragraph (summary);
  set_part (record, "background", background);

  why = dup_first_paragraph (introduction);
  set_part (record, "why-it-matters", why);

  /* Approved findings first, those about good practice last; drafts only
   * when fewer than three are approved. */
  select_findings (learning, sorted_findings, TRUE, FALSE);
  select_findings (learning, sorted_findings, TRUE, TRUE);
  if (learning->len < N_LEARNING)
    {
      select_findings (learning, sorted_findings, FALSE, FALSE);
      select_findings (learning, sorted_findings, FALSE, TRUE);
    }

  for (guint i = 0; i < MIN (learning->len, N_LEARNING); i++)
    {
      g_autofree char *field = g_strdup_printf ("learning-%u", i + 1);
      g_autofree char *text = dup_learning (g_ptr_array_index (learning, i));

      set_part (record, field, text);
    }

  /* Good practice: the approved findings, or the drafts when none is. */
  select_findings (good, sorted_findings, TRUE, TRUE);
  if (good->len == 0)
    select_findings (good, sorted_findings, FALSE, TRUE);
  for (guint i = 0; i < good->len; i++)
    {
      const char *statement = cr_record_get (g_ptr_array_index (good, i), "title");

      if (statement != NULL)
        g_ptr_array_add (lines, g_strdup (statement));
    }
  notes = dup_bullets (lines);
  set_part (record, "things-to-note", notes);

  g_ptr_array_set_size (lines, 0);
  for (guint i = 0; i < sorted_recommendations->len; i++)
    {
      char *text = dup_first_paragraph (cr_record_get (g_ptr_array_index (sorted_recommendations, i),
                                                       "text"));

      if (text != NULL)
        g_ptr_array_add (lines, text);
    }
  actions = dup_bullets (lines);
  set_part (record, "what-to-do", actions);

  for (guint i = 0; i < G_N_ELEMENTS (default_questions); i++)
    {
      g_autofree char *field = g_strdup_printf ("question-%u", i + 1);

      cr_record_set (record, field, _(default_questions[i]));
    }

  return self;
}
