/* cr-anonymisation-hit.c: one thing in a text that may identify the family */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrAnonymisationHit"

#include "config.h"

#include "cr-anonymisation-hit.h"

#include <glib/gi18n.h>
#include <string.h>

/* Characters each side of the hit that go into its key. */
#define KEY_CONTEXT 24

struct _CrAnonymisationHit
{
  GObject              parent_instance;

  CrAnonymisationKind  kind;
  char                *source_id;
  char                *source_label;
  int                  block;
  guint                start;
  guint                end;
  char                *text;
  char                *context_before;
  char                *context_after;
  char                *why;
  char                *suggestion;
  char                *key;
  char                *dismissal_reason;
  guint                dismissed : 1;
};

G_DEFINE_FINAL_TYPE (CrAnonymisationHit, cr_anonymisation_hit, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_KIND_LABEL,
  PROP_SOURCE_ID,
  PROP_SOURCE_LABEL,
  PROP_BLOCK,
  PROP_START,
  PROP_END,
  PROP_TEXT,
  PROP_CONTEXT_BEFORE,
  PROP_CONTEXT_AFTER,
  PROP_WHY,
  PROP_SUGGESTION,
  PROP_KEY,
  PROP_DISMISSED,
  PROP_DISMISSAL_REASON,
  PROP_REPLACEABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const struct
{
  const char *nick;
  const char *label;
} kinds[] = {
  [CR_ANONYMISATION_KIND_NAME] = { "name", N_("Real name") },
  [CR_ANONYMISATION_KIND_DATE_OF_BIRTH] = { "date-of-birth", N_("Date of birth") },
  [CR_ANONYMISATION_KIND_EXACT_DATE] = { "exact-date", N_("Exact date") },
  [CR_ANONYMISATION_KIND_ADDRESS] = { "address", N_("Address") },
  [CR_ANONYMISATION_KIND_POSTCODE] = { "postcode", N_("Postcode") },
  [CR_ANONYMISATION_KIND_STREET] = { "street", N_("Street") },
  [CR_ANONYMISATION_KIND_SCHOOL] = { "school", N_("School") },
  [CR_ANONYMISATION_KIND_PLACE] = { "place", N_("Place") },
  [CR_ANONYMISATION_KIND_NHS_NUMBER] = { "nhs-number", N_("NHS number") },
  [CR_ANONYMISATION_KIND_PHONE] = { "phone", N_("Telephone number") },
  [CR_ANONYMISATION_KIND_EMAIL] = { "email", N_("Email address") },
  [CR_ANONYMISATION_KIND_OTHER] = { "other", N_("Other identifying detail") },
};

G_STATIC_ASSERT (G_N_ELEMENTS (kinds) == CR_ANONYMISATION_KIND_LAST + 1);

/**
 * cr_anonymisation_kind_to_nick:
 * @kind: a #CrAnonymisationKind
 *
 * Returns: the stable nick of @kind ("nhs-number")
 */
const char *
cr_anonymisation_kind_to_nick (CrAnonymisationKind kind)
{
  g_return_val_if_fail (kind <= CR_ANONYMISATION_KIND_LAST, NULL);

  return kinds[kind].nick;
}

/**
 * cr_anonymisation_kind_from_nick:
 * @nick: a nick from cr_anonymisation_kind_to_nick()
 * @kind: (out): the kind
 *
 * Returns: %TRUE when @nick names a kind
 */
gboolean
cr_anonymisation_kind_from_nick (const char          *nick,
                                 CrAnonymisationKind *kind)
{
  if (nick == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (strcmp (nick, kinds[i].nick) == 0)
      {
        if (kind != NULL)
          *kind = (CrAnonymisationKind) i;
        return TRUE;
      }

  return FALSE;
}

/**
 * cr_anonymisation_kind_to_label:
 * @kind: a #CrAnonymisationKind
 *
 * Returns: the translated label of @kind ("NHS number")
 */
const char *
cr_anonymisation_kind_to_label (CrAnonymisationKind kind)
{
  g_return_val_if_fail (kind <= CR_ANONYMISATION_KIND_LAST, NULL);

  return _(kinds[kind].label);
}

/*
 * The key
 */

/* The last (@from_end) or first @n characters of @text. */
static const char *
clip_chars (const char *text,
            guint       n,
            gboolean    from_end,
            gsize      *length)
{
  gsize bytes = strlen (text);
  const char *p;

  if (from_end)
    {
      p = text + bytes;
      for (guint i = 0; i < n && p > text; i++)
        p = g_utf8_prev_char (p);
      *length = (gsize) (text + bytes - p);
      return p;
    }

  p = text;
  for (guint i = 0; i < n && *p != '\0'; i++)
    p = g_utf8_next_char (p);
  *length = (gsize) (p - text);
  return text;
}

static void
checksum_add_folded (GChecksum  *checksum,
                     const char *text,
                     gssize      length)
{
  g_autofree char *folded = g_utf8_casefold (text, length);

  g_checksum_update (checksum, (const guchar *) folded, -1);
}

/* kind nick, source id, the matched text and the 24 characters before
 * and after it (from the context, so newlines read as spaces),
 * casefolded, joined by U+001F. */
static char *
compute_key (CrAnonymisationHit *self)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  static const guchar separator[] = { 0x1f };
  const char *clip;
  gsize length;

  g_checksum_update (checksum, (const guchar *) kinds[self->kind].nick, -1);
  g_checksum_update (checksum, separator, 1);
  g_checksum_update (checksum, (const guchar *) self->source_id, -1);
  g_checksum_update (checksum, separator, 1);
  checksum_add_folded (checksum, self->text, -1);
  g_checksum_update (checksum, separator, 1);
  clip = clip_chars (self->context_before, KEY_CONTEXT, TRUE, &length);
  checksum_add_folded (checksum, clip, (gssize) length);
  g_checksum_update (checksum, separator, 1);
  clip = clip_chars (self->context_after, KEY_CONTEXT, FALSE, &length);
  checksum_add_folded (checksum, clip, (gssize) length);

  return g_strdup (g_checksum_get_string (checksum));
}

/*
 * GObject
 */

static void
cr_anonymisation_hit_finalize (GObject *object)
{
  CrAnonymisationHit *self = (CrAnonymisationHit *) object;

  g_clear_pointer (&self->source_id, g_free);
  g_clear_pointer (&self->source_label, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->context_before, g_free);
  g_clear_pointer (&self->context_after, g_free);
  g_clear_pointer (&self->why, g_free);
  g_clear_pointer (&self->suggestion, g_free);
  g_clear_pointer (&self->key, g_free);
  g_clear_pointer (&self->dismissal_reason, g_free);

  G_OBJECT_CLASS (cr_anonymisation_hit_parent_class)->finalize (object);
}

static void
cr_anonymisation_hit_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CrAnonymisationHit *self = CR_ANONYMISATION_HIT (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_uint (value, self->kind);
      break;
    case PROP_KIND_LABEL:
      g_value_set_string (value, cr_anonymisation_kind_to_label (self->kind));
      break;
    case PROP_SOURCE_ID:
      g_value_set_string (value, self->source_id);
      break;
    case PROP_SOURCE_LABEL:
      g_value_set_string (value, self->source_label);
      break;
    case PROP_BLOCK:
      g_value_set_int (value, self->block);
      break;
    case PROP_START:
      g_value_set_uint (value, self->start);
      break;
    case PROP_END:
      g_value_set_uint (value, self->end);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_CONTEXT_BEFORE:
      g_value_set_string (value, self->context_before);
      break;
    case PROP_CONTEXT_AFTER:
      g_value_set_string (value, self->context_after);
      break;
    case PROP_WHY:
      g_value_set_string (value, self->why);
      break;
    case PROP_SUGGESTION:
      g_value_set_string (value, self->suggestion);
      break;
    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;
    case PROP_DISMISSED:
      g_value_set_boolean (value, self->dismissed);
      break;
    case PROP_DISMISSAL_REASON:
      g_value_set_string (value, self->dismissal_reason);
      break;
    case PROP_REPLACEABLE:
      g_value_set_boolean (value, cr_anonymisation_hit_is_replaceable (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_anonymisation_hit_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  CrAnonymisationHit *self = CR_ANONYMISATION_HIT (object);

  switch (prop_id)
    {
    case PROP_DISMISSED:
      cr_anonymisation_hit_set_dismissed (self, g_value_get_boolean (value),
                                          self->dismissal_reason);
      break;
    case PROP_DISMISSAL_REASON:
      cr_anonymisation_hit_set_dismissed (self, self->dismissed, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_anonymisation_hit_class_init (CrAnonymisationHitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cr_anonymisation_hit_finalize;
  object_class->get_property = cr_anonymisation_hit_get_property;
  object_class->set_property = cr_anonymisation_hit_set_property;

  /* A CrAnonymisationKind. */
  properties[PROP_KIND] =
    g_param_spec_uint ("kind", NULL, NULL, 0, CR_ANONYMISATION_KIND_LAST, 0, ro);
  properties[PROP_KIND_LABEL] = g_param_spec_string ("kind-label", NULL, NULL, NULL, ro);
  properties[PROP_SOURCE_ID] = g_param_spec_string ("source-id", NULL, NULL, NULL, ro);
  properties[PROP_SOURCE_LABEL] = g_param_spec_string ("source-label", NULL, NULL, NULL, ro);
  properties[PROP_BLOCK] = g_param_spec_int ("block", NULL, NULL, -1, G_MAXINT, -1, ro);
  properties[PROP_START] = g_param_spec_uint ("start", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_END] = g_param_spec_uint ("end", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, ro);
  properties[PROP_CONTEXT_BEFORE] = g_param_spec_string ("context-before", NULL, NULL, NULL, ro);
  properties[PROP_CONTEXT_AFTER] = g_param_spec_string ("context-after", NULL, NULL, NULL, ro);
  properties[PROP_WHY] = g_param_spec_string ("why", NULL, NULL, NULL, ro);
  properties[PROP_SUGGESTION] = g_param_spec_string ("suggestion", NULL, NULL, NULL, ro);
  properties[PROP_KEY] = g_param_spec_string ("key", NULL, NULL, NULL, ro);
  properties[PROP_DISMISSED] = g_param_spec_boolean ("dismissed", NULL, NULL, FALSE, rw);
  properties[PROP_DISMISSAL_REASON] =
    g_param_spec_string ("dismissal-reason", NULL, NULL, NULL, rw);
  properties[PROP_REPLACEABLE] = g_param_spec_boolean ("replaceable", NULL, NULL, FALSE, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cr_anonymisation_hit_init (CrAnonymisationHit *self)
{
  self->block = -1;
}

/**
 * cr_anonymisation_hit_new:
 * @kind: what was found
 * @source_id: where ("section:analysis", "page:3")
 * @source_label: where, for people ("Analysis")
 * @block: the rich-text block, or -1
 * @start: the first character of the hit in the block's or field's text
 * @end: the character after it
 * @text: the matched text
 * @context_before: (nullable): the text before it (as shown)
 * @context_after: (nullable): the text after it
 * @why: (nullable): why it is a hit
 * @suggestion: (nullable): what to write instead
 *
 * The key is computed from @kind, @source_id, @text and the 24
 * characters of the context next to the hit (cr-anonymisation-hit.h).
 *
 * Returns: (transfer full): a new hit, not dismissed
 */
CrAnonymisationHit *
cr_anonymisation_hit_new (CrAnonymisationKind  kind,
                          const char          *source_id,
                          const char          *source_label,
                          int                  block,
                          guint                start,
                          guint                end,
                          const char          *text,
                          const char          *context_before,
                          const char          *context_after,
                          const char          *why,
                          const char          *suggestion)
{
  CrAnonymisationHit *self;

  g_return_val_if_fail (kind <= CR_ANONYMISATION_KIND_LAST, NULL);
  g_return_val_if_fail (source_id != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (start <= end, NULL);

  self = g_object_new (CR_TYPE_ANONYMISATION_HIT, NULL);
  self->kind = kind;
  self->source_id = g_strdup (source_id);
  self->source_label = g_strdup (source_label != NULL ? source_label : source_id);
  self->block = block < 0 ? -1 : block;
  self->start = start;
  self->end = end;
  self->text = g_strdup (text);
  self->context_before = g_strdup (context_before != NULL ? context_before : "");
  self->context_after = g_strdup (context_after != NULL ? context_after : "");
  self->why = g_strdup (why != NULL ? why : _(kinds[kind].label));
  self->suggestion = g_strdup (suggestion != NULL ? suggestion : "");
  self->key = compute_key (self);

  return self;
}

CrAnonymisationKind
cr_anonymisation_hit_get_kind (CrAnonymisationHit *self)
{
  g_return_val_if_fail (CR_IS_ANONYMISATION_HIT (self), CR_ANONYMISATION_KIND_OTHER);

  return self->kind;
}

const char *
cr_anonymisation_hit_get_source_id (CrAnonymisationHit *self)
{
  g_return_val_if_fail (CR_IS_ANONYMISATION_HIT (self), NULL);

  return self->source_id;
}

const char *
cr_anonymisation_hit_get_source_label (CrAnonymisationHit *self)
{
  g_return_val_if_fail (CR_IS_ANONYMISATION_HIT (self), NULL);

  return self->source_label;
}

int
cr_anonymisation_hit_get_block (CrAnonymisationHit *self)
{
  g_return_val_if_fail (CR_IS_ANONYMISATION_HIT (self), -1);

  return self->block;
}

guint
cr_anonymisation_hit_get_start (CrAnonymisationHit *self)
{
  g_return_val_if_fail (CR_IS_ANONYMISATION_HIT (self), 0);

  return self->start;
}

guint
cr_anonymisation_hit_get_end (CrAnonymisationHit *self)
{
  g_return_val_if_fail (CR_IS_ANONYMISATION_HIT (self), 0);

  return self->end;
}

const char *
cr_anonymisation_hit_get_text (CrAnonymisationHit *self)
{
  g_return_val_if_fail (CR_IS_ANONYMISATION_HIT (self), NULL);

  return self->text;
}

const char *
cr_anonymisation_hit_get_context_before (CrAnonymisationHit *self)
{
  g_return_val_if_fail (CR_IS_ANONYMISATION_HIT (self), NULL);

  return self->context_before;
}

const char *
cr_anonymisation_hit_get_context_after (CrAnonymisationHit *self)
{
  g_return_val_if_fail (CR_IS_ANONYMISATION_HIT (self), NULL);

  return self->context_after;
}

const char *
cr_anonymisation_hit_get_why (CrAnonymisationHit *self)
{
  g_return_val_if_fail (CR_IS_ANONYMISATION_HIT (self), NULL);

  return self->why;
}

const char *
cr_anonymisation_hit_get_suggestion (CrAnonymisationHit *self)
{
  g_return_val_if_fail (CR_IS_ANONYMISATION_HIT (self), NULL);

  return self->suggestion;
}

const char *
cr_anonymisation_hit_get_key (CrAnonymisationHit *self)
{
  g_return_val_if_fail (CR_IS_ANONYMISATION_HIT (self), NULL);

  return self->key;
}

gboolean
cr_anonymisation_hit_get_dismissed (CrAnonymisationHit *self)
{
  g_return_val_if_fail (CR_IS_ANONYMISATION_HIT (self), FALSE);

  return self->dismissed;
}

const char *
cr_anonymisation_hit_get_dismissal_reason (CrAnonymisationHit *self)
{
  g_return_val_if_fail (CR_IS_ANONYMISATION_HIT (self), NULL);

  return self->dismissal_reason;
}

/**
 * cr_anonymisation_hit_set_dismissed:
 * @self: a #CrAnonymisationHit
 * @dismissed: whether someone decided the hit may stay
 * @reason: (nullable): why (kept only while dismissed)
 */
void
cr_anonymisation_hit_set_dismissed (CrAnonymisationHit *self,
                                    gboolean            dismissed,
                                    const char         *reason)
{
  g_autofree char *new_reason = NULL;

  g_return_if_fail (CR_IS_ANONYMISATION_HIT (self));

  dismissed = !!dismissed;
  new_reason = dismissed && reason != NULL && *reason != '\0' ? g_strdup (reason) : NULL;

  g_object_freeze_notify (G_OBJECT (self));

  if (self->dismissed != (guint) dismissed)
    {
      self->dismissed = dismissed;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISMISSED]);
    }

  if (g_strcmp0 (self->dismissal_reason, new_reason) != 0)
    {
      g_free (self->dismissal_reason);
      self->dismissal_reason = g_steal_pointer (&new_reason);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISMISSAL_REASON]);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * cr_anonymisation_hit_is_replaceable:
 * @self: a #CrAnonymisationHit
 *
 * Returns: %TRUE when the hit is in a part of the app's report (a
 *   section, finding, recommendation, briefing or the title), not in a
 *   PDF's page, metadata or annotation
 */
gboolean
cr_anonymisation_hit_is_replaceable (CrAnonymisationHit *self)
{
  static const char * const prefixes[] = {
    "title", "section:", "finding:", "recommendation:", "briefing:",
  };

  g_return_val_if_fail (CR_IS_ANONYMISATION_HIT (self), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (g_str_has_prefix (self->source_id, prefixes[i]))
      return strcmp (prefixes[i], "title") != 0 || strcmp (self->source_id, "title") == 0;

  return FALSE;
}
