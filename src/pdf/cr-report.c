/* cr-report.c: a simple document written to PDF with cairo and pango */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrReport"

#include "config.h"

#include "cr-report.h"

#include "cr-report-private.h"

#include <pango/pango.h>
#include <string.h>

/*
 * The report object: its title block and the list of blocks the callers
 * add. Every piece of text is repaired (valid UTF-8, no control
 * characters but line breaks and tabs) as it comes in, so the layout never
 * sees anything pango could misread. Rendering is in cr-report-layout.c
 * and cr-report-draw.c; saving the file in cr-report-write.c.
 */

#define DEFAULT_MARKING "OFFICIAL-SENSITIVE"

struct _CrReport
{
  GObject    parent_instance;

  char      *title;
  char      *subtitle;
  char      *marking;
  char      *author;
  GPtrArray *blocks;    /* CrReportBlock */
  char      *contents;  /* the contents page's heading */
  guint      numbered : 1;
  guint      landscape : 1;
  guint      has_contents : 1;
};

G_DEFINE_FINAL_TYPE (CrReport, cr_report, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_MARKING,
  PROP_AUTHOR,
  PROP_NUMBERED,
  PROP_LANDSCAPE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* --------------------------------------------------------------------------
 * Text
 */

/* Valid UTF-8; "\r\n" and "\r" become "\n"; other control characters
 * (C0 but tab and line feed, DEL, C1) become spaces. Never NULL. */
static char *
clean_text (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;

  if (text == NULL)
    return g_strdup ("");

  valid = g_utf8_make_valid (text, -1);
  out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\r')
        {
          g_string_append_c (out, '\n');
          if (p[1] == '\n')
            p++;
        }
      else if (c == '\n' || c == '\t')
        g_string_append_c (out, (char) c);
      else if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x2028 || c == 0x2029)
        g_string_append_c (out, c == 0x2028 || c == 0x2029 ? '\n' : ' ');
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* clean_text, trimmed; NULL when nothing is left. */
static char *
clean_text_or_null (const char *text)
{
  g_autofree char *cleaned = clean_text (text);

  g_strstrip (cleaned);
  if (*cleaned == '\0')
    return NULL;
  return g_steal_pointer (&cleaned);
}

static gboolean
replace_text (char       **field,
              const char  *value)
{
  g_autofree char *cleaned = clean_text_or_null (value);

  if (g_strcmp0 (*field, cleaned) == 0)
    return FALSE;

  g_free (*field);
  *field = g_steal_pointer (&cleaned);
  return TRUE;
}

/* Whether @markup (repaired) holds only <b>, <i>, their ends and
 * entities, and pango reads it. */
static gboolean
is_simple_markup (const char *markup)
{
  static const char * const tags[] = { "<b>", "</b>", "<i>", "</i>" };

  for (const char *p = strchr (markup, '<'); p != NULL; p = strchr (p + 1, '<'))
    {
      gboolean known = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (tags); i++)
        {
          if (g_str_has_prefix (p, tags[i]))
            known = TRUE;
        }
      if (!known)
        return FALSE;
    }

  return pango_parse_markup (markup, -1, 0, NULL, NULL, NULL, NULL);
}

/* Sets @block's text from @markup: the markup when it is simple, else
 * the same characters as plain text, so nothing is lost. */
static void
set_block_markup (CrReportBlock *block,
                  const char    *markup)
{
  g_autofree char *cleaned = clean_text (markup);

  g_strdelimit (cleaned, "\n\t", ' ');
  g_strstrip (cleaned);
  block->markup = is_simple_markup (cleaned);
  if (!block->markup)
    g_debug ("A paragraph's markup was not usable; it is shown as plain text");
  block->text = g_steal_pointer (&cleaned);
}

/* --------------------------------------------------------------------------
 * Blocks
 */

void
_cr_report_block_free (CrReportBlock *block)
{
  if (block == NULL)
    return;

  g_free (block->text);
  g_free (block->value);
  g_free (block->aux);
  g_clear_pointer (&block->items, g_ptr_array_unref);
  g_strfreev (block->headers);
  g_free (block->limits);
  g_free (block);
}

static CrReportBlock *
append_block (CrReport          *self,
              CrReportBlockKind  kind)
{
  CrReportBlock *block = g_new0 (CrReportBlock, 1);

  block->kind = kind;
  g_ptr_array_add (self->blocks, block);
  return block;
}

static void
append_paragraph (CrReport   *self,
                  const char *text,
                  gboolean    italic)
{
  CrReportBlock *block = append_block (self, CR_REPORT_BLOCK_PARAGRAPH);

  block->text = g_strdup (text);
  block->italic = italic;
}

/* True when @line holds nothing but spaces and tabs. */
static gboolean
is_blank_line (const char *line)
{
  for (const char *p = line; *p != '\0'; p++)
    {
      if (*p != ' ' && *p != '\t')
        return FALSE;
    }
  return TRUE;
}

/* --------------------------------------------------------------------------
 * GObject
 */

static void
cr_report_finalize (GObject *object)
{
  CrReport *self = CR_REPORT (object);

  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->marking);
  g_free (self->author);
  g_free (self->contents);
  g_ptr_array_unref (self->blocks);

  G_OBJECT_CLASS (cr_report_parent_class)->finalize (object);
}

static void
cr_report_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CrReport *self = CR_REPORT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;

    case PROP_MARKING:
      g_value_set_string (value, self->marking);
      break;

    case PROP_AUTHOR:
      g_value_set_string (value, self->author);
      break;

    case PROP_NUMBERED:
      g_value_set_boolean (value, self->numbered);
      break;

    case PROP_LANDSCAPE:
      g_value_set_boolean (value, self->landscape);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_report_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  CrReport *self = CR_REPORT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      replace_text (&self->title, g_value_get_string (value));
      break;

    case PROP_SUBTITLE:
      cr_report_set_subtitle (self, g_value_get_string (value));
      break;

    case PROP_MARKING:
      cr_report_set_marking (self, g_value_get_string (value));
      break;

    case PROP_AUTHOR:
      cr_report_set_author (self, g_value_get_string (value));
      break;

    case PROP_NUMBERED:
      cr_report_set_numbered (self, g_value_get_boolean (value));
      break;

    case PROP_LANDSCAPE:
      cr_report_set_landscape (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_report_class_init (CrReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cr_report_finalize;
  object_class->get_property = cr_report_get_property;
  object_class->set_property = cr_report_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MARKING] =
    g_param_spec_string ("marking", NULL, NULL, DEFAULT_MARKING,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AUTHOR] =
    g_param_spec_string ("author", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NUMBERED] =
    g_param_spec_boolean ("numbered", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANDSCAPE] =
    g_param_spec_boolean ("landscape", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cr_report_init (CrReport *self)
{
  self->marking = g_strdup (DEFAULT_MARKING);
  self->numbered = TRUE;
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) _cr_report_block_free);
}

/* --------------------------------------------------------------------------
 * Building
 */

CrReport *
cr_report_new (const char *title)
{
  return g_object_new (CR_TYPE_REPORT, "title", title, NULL);
}

void
cr_report_set_subtitle (CrReport   *self,
                        const char *subtitle)
{
  g_return_if_fail (CR_IS_REPORT (self));

  if (replace_text (&self->subtitle, subtitle))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBTITLE]);
}

void
cr_report_set_marking (CrReport   *self,
                       const char *marking)
{
  g_return_if_fail (CR_IS_REPORT (self));

  if (replace_text (&self->marking, marking))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MARKING]);
}

void
cr_report_set_author (CrReport   *self,
                      const char *author)
{
  g_return_if_fail (CR_IS_REPORT (self));

  if (replace_text (&self->author, author))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR]);
}

void
cr_report_set_numbered (CrReport *self,
                        gboolean  numbered)
{
  g_return_if_fail (CR_IS_REPORT (self));

  numbered = !!numbered;
  if (self->numbered == (guint) numbered)
    return;

  self->numbered = numbered;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMBERED]);
}

void
cr_report_set_landscape (CrReport *self,
                         gboolean  landscape)
{
  g_return_if_fail (CR_IS_REPORT (self));

  landscape = !!landscape;
  if (self->landscape == (guint) landscape)
    return;

  self->landscape = landscape;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANDSCAPE]);
}

gboolean
cr_report_get_landscape (CrReport *self)
{
  g_return_val_if_fail (CR_IS_REPORT (self), FALSE);

  return self->landscape;
}

void
cr_report_add_heading (CrReport   *self,
                       int         level,
                       const char *text)
{
  CrReportBlock *block;

  g_return_if_fail (CR_IS_REPORT (self));
  g_return_if_fail (level == 1 || level == 2);
  g_return_if_fail (text != NULL);

  block = append_block (self, CR_REPORT_BLOCK_HEADING);
  block->level = level;
  block->text = clean_text_or_null (text);
  if (block->text == NULL)
    block->text = g_strdup ("");
}

void
cr_report_add_paragraph (CrReport   *self,
                         const char *text,
                         const char *placeholder)
{
  g_autofree char *cleaned = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) current = NULL;
  gboolean any = FALSE;

  g_return_if_fail (CR_IS_REPORT (self));

  cleaned = clean_text (text);
  lines = g_strsplit (cleaned, "\n", -1);
  current = g_string_new (NULL);

  /* A blank line ends a paragraph; single line breaks stay inside it. */
  for (guint i = 0; ; i++)
    {
      if (lines[i] == NULL || is_blank_line (lines[i]))
        {
          g_strstrip (current->str);
          g_string_set_size (current, strlen (current->str));
          if (current->len > 0)
            {
              append_paragraph (self, current->str, FALSE);
              any = TRUE;
            }
          g_string_truncate (current, 0);
          if (lines[i] == NULL)
            break;
          continue;
        }

      g_strchomp (lines[i]);
      if (current->len > 0)
        g_string_append_c (current, '\n');
      g_string_append (current, lines[i]);
    }

  if (!any && placeholder != NULL)
    {
      g_autofree char *cleaned_placeholder = clean_text_or_null (placeholder);

      if (cleaned_placeholder != NULL)
        append_paragraph (self, cleaned_placeholder, TRUE);
    }
}

void
cr_report_add_field (CrReport   *self,
                     const char *label,
                     const char *value)
{
  CrReportBlock *block;

  g_return_if_fail (CR_IS_REPORT (self));
  g_return_if_fail (label != NULL);

  block = append_block (self, CR_REPORT_BLOCK_FIELD);
  block->text = clean_text_or_null (label);
  if (block->text == NULL)
    block->text = g_strdup ("");
  block->value = clean_text_or_null (value);
}

void
cr_report_add_bullets (CrReport           *self,
                       const char * const *items)
{
  g_autoptr(GPtrArray) cleaned = NULL;
  CrReportBlock *block;

  g_return_if_fail (CR_IS_REPORT (self));
  g_return_if_fail (items != NULL);

  cleaned = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; items[i] != NULL; i++)
    {
      char *item = clean_text_or_null (items[i]);

      if (item != NULL)
        g_ptr_array_add (cleaned, item);
    }

  if (cleaned->len == 0)
    return;

  block = append_block (self, CR_REPORT_BLOCK_BULLETS);
  block->items = g_steal_pointer (&cleaned);
}

/* @n cells of @cells, repaired; a NULL cell is empty. */
static char **
copy_cells (const char * const *cells,
            guint               n)
{
  char **copy = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    {
      copy[i] = clean_text_or_null (cells[i]);
      if (copy[i] == NULL)
        copy[i] = g_strdup ("");
    }

  return copy;
}

void
cr_report_begin_table (CrReport           *self,
                       guint               n_columns,
                       const char * const *headers)
{
  CrReportBlock *block;

  g_return_if_fail (CR_IS_REPORT (self));
  g_return_if_fail (n_columns > 0 && n_columns <= 32);
  g_return_if_fail (headers != NULL);

  block = append_block (self, CR_REPORT_BLOCK_TABLE);
  block->n_columns = n_columns;
  block->headers = copy_cells (headers, n_columns);
  block->items = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
}

void
cr_report_add_table_row (CrReport           *self,
                         const char * const *cells)
{
  CrReportBlock *block;

  g_return_if_fail (CR_IS_REPORT (self));
  g_return_if_fail (cells != NULL);
  g_return_if_fail (self->blocks->len > 0);

  block = g_ptr_array_index (self->blocks, self->blocks->len - 1);
  g_return_if_fail (block->kind == CR_REPORT_BLOCK_TABLE);

  g_ptr_array_add (block->items, copy_cells (cells, block->n_columns));
}

void
cr_report_set_column_limits (CrReport     *self,
                             const double *limits)
{
  CrReportBlock *block;

  g_return_if_fail (CR_IS_REPORT (self));
  g_return_if_fail (self->blocks->len > 0);

  block = g_ptr_array_index (self->blocks, self->blocks->len - 1);
  g_return_if_fail (block->kind == CR_REPORT_BLOCK_TABLE);

  g_clear_pointer (&block->limits, g_free);
  if (limits == NULL)
    return;

  block->limits = g_new (double, block->n_columns);
  for (guint c = 0; c < block->n_columns; c++)
    block->limits[c] = limits[c] > 0 && limits[c] < 1 ? limits[c] : 0;
}

void
cr_report_add_title_page (CrReport           *self,
                          const char         *kicker,
                          const char         *title,
                          const char         *subtitle,
                          const char * const *lines)
{
  CrReportBlock *block;

  g_return_if_fail (CR_IS_REPORT (self));
  g_return_if_fail (title != NULL);

  block = append_block (self, CR_REPORT_BLOCK_TITLE_PAGE);
  block->text = clean_text_or_null (title);
  if (block->text == NULL)
    block->text = g_strdup ("");
  block->value = clean_text_or_null (kicker);
  block->aux = clean_text_or_null (subtitle);
  block->items = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; lines != NULL && lines[i] != NULL; i++)
    {
      char *line = clean_text_or_null (lines[i]);

      if (line != NULL)
        g_ptr_array_add (block->items, line);
    }
}

void
cr_report_set_contents (CrReport   *self,
                        const char *heading)
{
  g_return_if_fail (CR_IS_REPORT (self));

  self->has_contents = TRUE;
  replace_text (&self->contents, heading);
}

void
cr_report_add_heading_full (CrReport   *self,
                            int         level,
                            const char *number,
                            const char *text)
{
  CrReportBlock *block;

  g_return_if_fail (CR_IS_REPORT (self));
  g_return_if_fail (level == 1 || level == 2);
  g_return_if_fail (text != NULL);

  block = append_block (self, CR_REPORT_BLOCK_HEADING);
  block->level = level;
  block->explicit_number = TRUE;
  block->value = clean_text_or_null (number);
  block->text = clean_text_or_null (text);
  if (block->text == NULL)
    block->text = g_strdup ("");
}

void
cr_report_add_rich_paragraph (CrReport   *self,
                              const char *number,
                              const char *pango_markup)
{
  CrReportBlock *block;

  g_return_if_fail (CR_IS_REPORT (self));
  g_return_if_fail (pango_markup != NULL);

  block = append_block (self, CR_REPORT_BLOCK_PARAGRAPH);
  set_block_markup (block, pango_markup);
  block->explicit_number = TRUE;
  block->value = clean_text_or_null (number);
}

void
cr_report_add_list_item (CrReport   *self,
                         const char *marker,
                         const char *pango_markup)
{
  CrReportBlock *block;

  g_return_if_fail (CR_IS_REPORT (self));
  g_return_if_fail (pango_markup != NULL);

  block = append_block (self, CR_REPORT_BLOCK_LIST_ITEM);
  set_block_markup (block, pango_markup);
  block->value = clean_text_or_null (marker);
  if (block->value == NULL)
    block->value = g_strdup ("•");
}

void
cr_report_add_page_break (CrReport *self)
{
  g_return_if_fail (CR_IS_REPORT (self));

  append_block (self, CR_REPORT_BLOCK_PAGE_BREAK);
}

/* --------------------------------------------------------------------------
 * Writing
 */

GBytes *
cr_report_render_pdf (CrReport  *self,
                      GError   **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  CrReportContent content = { 0 };

  g_return_val_if_fail (CR_IS_REPORT (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  content.title = self->title != NULL ? self->title : "";
  content.subtitle = self->subtitle;
  content.marking = self->marking;
  content.author = self->author;
  content.numbered = self->numbered;
  content.blocks = self->blocks;
  content.generated = now;
  content.has_contents = self->has_contents;
  content.contents = self->contents;
  content.page_width = self->landscape ? CR_REPORT_A4_LONG : CR_REPORT_A4_SHORT;
  content.page_height = self->landscape ? CR_REPORT_A4_SHORT : CR_REPORT_A4_LONG;

  return _cr_report_draw_pdf (&content, error);
}
