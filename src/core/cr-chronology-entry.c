/* cr-chronology-entry.c: one event in the multi-agency chronology */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrChronologyEntry"

#include "config.h"

#include "cr-chronology-entry.h"

#include "cr-util.h"

#include <string.h>

struct _CrChronologyEntry
{
  GObject      parent_instance;

  gint64       id;
  gint64       case_id;
  gint64       agency_id;
  gint64       import_id;
  gint64       document_id;
  const char  *agency_name;   /* interned */
  const char  *agency_key;    /* interned collation key of agency_name */
  const char  *source_file;   /* interned */
  char        *event;
  char        *author;
  char        *source;
  char        *folded;        /* casefolded searchable text, made on demand */
  guint32      julian;        /* 0: unset */
  guint        row;
  int          minutes;
  guint8       duplicate;     /* CrChronologyDuplicateMark */
  guint        key_practice_episode : 1;
};

G_DEFINE_FINAL_TYPE (CrChronologyEntry, cr_chronology_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CASE_ID,
  PROP_AGENCY_ID,
  PROP_AGENCY_NAME,
  PROP_IMPORT_ID,
  PROP_DOCUMENT_ID,
  PROP_SOURCE_FILE,
  PROP_ROW,
  PROP_DATE,
  PROP_DATE_TEXT,
  PROP_MINUTES,
  PROP_TIME_TEXT,
  PROP_EVENT,
  PROP_AUTHOR,
  PROP_SOURCE,
  PROP_KEY_PRACTICE_EPISODE,
  PROP_DUPLICATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cr_chronology_entry_finalize (GObject *object)
{
  CrChronologyEntry *self = (CrChronologyEntry *) object;

  g_free (self->event);
  g_free (self->author);
  g_free (self->source);
  g_free (self->folded);

  G_OBJECT_CLASS (cr_chronology_entry_parent_class)->finalize (object);
}

static void
cr_chronology_entry_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CrChronologyEntry *self = CR_CHRONOLOGY_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_CASE_ID:
      g_value_set_int64 (value, self->case_id);
      break;

    case PROP_AGENCY_ID:
      g_value_set_int64 (value, self->agency_id);
      break;

    case PROP_AGENCY_NAME:
      g_value_set_string (value, self->agency_name);
      break;

    case PROP_IMPORT_ID:
      g_value_set_int64 (value, self->import_id);
      break;

    case PROP_DOCUMENT_ID:
      g_value_set_int64 (value, self->document_id);
      break;

    case PROP_SOURCE_FILE:
      g_value_set_string (value, self->source_file);
      break;

    case PROP_ROW:
      g_value_set_uint (value, self->row);
      break;

    case PROP_DATE:
      if (self->julian != 0)
        {
          GDate date;

          cr_chronology_entry_get_date (self, &date);
          g_value_set_boxed (value, &date);
        }
      else
        g_value_set_boxed (value, NULL);
      break;

    case PROP_DATE_TEXT:
      g_value_take_string (value, cr_chronology_entry_dup_date_text (self));
      break;

    case PROP_MINUTES:
      g_value_set_int (value, self->minutes);
      break;

    case PROP_TIME_TEXT:
      {
        char *text = cr_chronology_entry_dup_time_text (self);

        g_value_take_string (value, text != NULL ? text : g_strdup (""));
      }
      break;

    case PROP_EVENT:
      g_value_set_string (value, self->event);
      break;

    case PROP_AUTHOR:
      g_value_set_string (value, self->author);
      break;

    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;

    case PROP_KEY_PRACTICE_EPISODE:
      g_value_set_boolean (value, self->key_practice_episode);
      break;

    case PROP_DUPLICATE:
      g_value_set_int (value, self->duplicate);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_chronology_entry_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  CrChronologyEntry *self = CR_CHRONOLOGY_ENTRY (object);

  switch (prop_id)
    {
    case PROP_KEY_PRACTICE_EPISODE:
      cr_chronology_entry_set_key_practice_episode (self, g_value_get_boolean (value));
      break;

    case PROP_DUPLICATE:
      cr_chronology_entry_set_duplicate (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_chronology_entry_class_init (CrChronologyEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cr_chronology_entry_finalize;
  object_class->get_property = cr_chronology_entry_get_property;
  object_class->set_property = cr_chronology_entry_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_CASE_ID] = g_param_spec_int64 ("case-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_AGENCY_ID] = g_param_spec_int64 ("agency-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_AGENCY_NAME] = g_param_spec_string ("agency-name", NULL, NULL, NULL, ro);
  properties[PROP_IMPORT_ID] = g_param_spec_int64 ("import-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_DOCUMENT_ID] = g_param_spec_int64 ("document-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_SOURCE_FILE] = g_param_spec_string ("source-file", NULL, NULL, NULL, ro);
  properties[PROP_ROW] = g_param_spec_uint ("row", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_DATE] = g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE, ro);
  properties[PROP_DATE_TEXT] = g_param_spec_string ("date-text", NULL, NULL, NULL, ro);
  properties[PROP_MINUTES] = g_param_spec_int ("minutes", NULL, NULL, -1, 24 * 60 - 1, -1, ro);
  properties[PROP_TIME_TEXT] = g_param_spec_string ("time-text", NULL, NULL, NULL, ro);
  properties[PROP_EVENT] = g_param_spec_string ("event", NULL, NULL, NULL, ro);
  properties[PROP_AUTHOR] = g_param_spec_string ("author", NULL, NULL, NULL, ro);
  properties[PROP_SOURCE] = g_param_spec_string ("source", NULL, NULL, NULL, ro);
  properties[PROP_KEY_PRACTICE_EPISODE] =
    g_param_spec_boolean ("key-practice-episode", NULL, NULL, FALSE, rw);
  properties[PROP_DUPLICATE] =
    g_param_spec_int ("duplicate", NULL, NULL,
                      CR_CHRONOLOGY_DUPLICATE_NONE, CR_CHRONOLOGY_DUPLICATE_CONFIRMED,
                      CR_CHRONOLOGY_DUPLICATE_NONE, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cr_chronology_entry_init (CrChronologyEntry *self)
{
  self->minutes = -1;
  self->agency_name = g_intern_static_string ("");
  self->agency_key = self->agency_name;
  self->source_file = self->agency_name;
}

CrChronologyEntry *
cr_chronology_entry_new (void)
{
  return g_object_new (CR_TYPE_CHRONOLOGY_ENTRY, NULL);
}

/*
 * Plain fields
 */

static void
set_id (CrChronologyEntry *self,
        gint64            *field,
        gint64             value,
        guint              prop_id)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
set_text (CrChronologyEntry  *self,
          char              **field,
          const char         *value,
          guint               prop_id)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_clear_pointer (&self->folded, g_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

gint64
cr_chronology_entry_get_id (CrChronologyEntry *self)
{
  g_return_val_if_fail (CR_IS_CHRONOLOGY_ENTRY (self), 0);
  return self->id;
}

void
cr_chronology_entry_set_id (CrChronologyEntry *self,
                            gint64             id)
{
  g_return_if_fail (CR_IS_CHRONOLOGY_ENTRY (self));
  set_id (self, &self->id, id, PROP_ID);
}

gint64
cr_chronology_entry_get_case_id (CrChronologyEntry *self)
{
  g_return_val_if_fail (CR_IS_CHRONOLOGY_ENTRY (self), 0);
  return self->case_id;
}

void
cr_chronology_entry_set_case_id (CrChronologyEntry *self,
                                 gint64             case_id)
{
  g_return_if_fail (CR_IS_CHRONOLOGY_ENTRY (self));
  set_id (self, &self->case_id, case_id, PROP_CASE_ID);
}

gint64
cr_chronology_entry_get_agency_id (CrChronologyEntry *self)
{
  g_return_val_if_fail (CR_IS_CHRONOLOGY_ENTRY (self), 0);
  return self->agency_id;
}

void
cr_chronology_entry_set_agency_id (CrChronologyEntry *self,
                                   gint64             agency_id)
{
  g_return_if_fail (CR_IS_CHRONOLOGY_ENTRY (self));
  set_id (self, &self->agency_id, agency_id, PROP_AGENCY_ID);
}

const char *
cr_chronology_entry_get_agency_name (CrChronologyEntry *self)
{
  g_return_val_if_fail (CR_IS_CHRONOLOGY_ENTRY (self), NULL);
  return self->agency_name;
}

/* Agency names are few and shared by thousands of entries: they and
 * their collation keys are interned, so the merge order compares
 * pointers first and strcmp()s keys, never g_utf8_collate(). */
void
cr_chronology_entry_set_agency_name (CrChronologyEntry *self,
                                     const char        *name)
{
  const char *interned;

  g_return_if_fail (CR_IS_CHRONOLOGY_ENTRY (self));

  interned = g_intern_string (name != NULL ? name : "");
  if (interned == self->agency_name)
    return;

  self->agency_name = interned;
  {
    g_autofree char *key = g_utf8_collate_key (interned, -1);

    self->agency_key = g_intern_string (key);
  }
  g_clear_pointer (&self->folded, g_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AGENCY_NAME]);
}

gint64
cr_chronology_entry_get_import_id (CrChronologyEntry *self)
{
  g_return_val_if_fail (CR_IS_CHRONOLOGY_ENTRY (self), 0);
  return self->import_id;
}

void
cr_chronology_entry_set_import_id (CrChronologyEntry *self,
                                   gint64             import_id)
{
  g_return_if_fail (CR_IS_CHRONOLOGY_ENTRY (self));
  set_id (self, &self->import_id, import_id, PROP_IMPORT_ID);
}

gint64
cr_chronology_entry_get_document_id (CrChronologyEntry *self)
{
  g_return_val_if_fail (CR_IS_CHRONOLOGY_ENTRY (self), 0);
  return self->document_id;
}

void
cr_chronology_entry_set_document_id (CrChronologyEntry *self,
                                     gint64             document_id)
{
  g_return_if_fail (CR_IS_CHRONOLOGY_ENTRY (self));
  set_id (self, &self->document_id, document_id, PROP_DOCUMENT_ID);
}

const char *
cr_chronology_entry_get_source_file (CrChronologyEntry *self)
{
  g_return_val_if_fail (CR_IS_CHRONOLOGY_ENTRY (self), NULL);
  return self->source_file;
}

void
cr_chronology_entry_set_source_file (CrChronologyEntry *self,
                                     const char        *name)
{
  const char *interned;

  g_return_if_fail (CR_IS_CHRONOLOGY_ENTRY (self));

  interned = g_intern_string (name != NULL ? name : "");
  if (interned == self->source_file)
    return;

  self->source_file = interned;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE_FILE]);
}

guint
cr_chronology_entry_get_row (CrChronologyEntry *self)
{
  g_return_val_if_fail (CR_IS_CHRONOLOGY_ENTRY (self), 0);
  return self->row;
}

void
cr_chronology_entry_set_row (CrChronologyEntry *self,
                             guint              row)
{
  g_return_if_fail (CR_IS_CHRONOLOGY_ENTRY (self));

  if (self->row == row)
    return;

  self->row = row;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROW]);
}

/*
 * Day and time
 */

guint32
cr_chronology_entry_get_julian (CrChronologyEntry *self)
{
  g_return_val_if_fail (CR_IS_CHRONOLOGY_ENTRY (self), 0);
  return self->julian;
}

/**
 * cr_chronology_entry_get_date:
 * @self: a #CrChronologyEntry
 * @date: (out caller-allocates): the day, cleared (invalid) when unset
 */
void
cr_chronology_entry_get_date (CrChronologyEntry *self,
                              GDate             *date)
{
  g_return_if_fail (CR_IS_CHRONOLOGY_ENTRY (self));
  g_return_if_fail (date != NULL);

  g_date_clear (date, 1);
  if (self->julian != 0)
    g_date_set_julian (date, self->julian);
}

void
cr_chronology_entry_set_date (CrChronologyEntry *self,
                              const GDate       *date)
{
  guint32 julian;

  g_return_if_fail (CR_IS_CHRONOLOGY_ENTRY (self));

  julian = date != NULL && g_date_valid (date) ? g_date_get_julian (date) : 0;
  if (julian == self->julian)
    return;

  self->julian = julian;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE_TEXT]);
}

char *
cr_chronology_entry_dup_iso_date (CrChronologyEntry *self)
{
  GDate date;

  g_return_val_if_fail (CR_IS_CHRONOLOGY_ENTRY (self), NULL);

  if (self->julian == 0)
    return NULL;

  cr_chronology_entry_get_date (self, &date);
  return cr_date_to_iso (&date);
}

gboolean
cr_chronology_entry_set_iso_date (CrChronologyEntry *self,
                                  const char        *iso)
{
  GDate date;

  g_return_val_if_fail (CR_IS_CHRONOLOGY_ENTRY (self), FALSE);

  if (!cr_date_parse_iso (iso, &date))
    return FALSE;

  cr_chronology_entry_set_date (self, &date);
  return TRUE;
}

char *
cr_chronology_entry_dup_date_text (CrChronologyEntry *self)
{
  GDate date;

  g_return_val_if_fail (CR_IS_CHRONOLOGY_ENTRY (self), NULL);

  if (self->julian == 0)
    return g_strdup ("");

  cr_chronology_entry_get_date (self, &date);
  return g_strdup_printf ("%02d/%02d/%04d", g_date_get_day (&date),
                          g_date_get_month (&date), g_date_get_year (&date));
}

int
cr_chronology_entry_get_minutes (CrChronologyEntry *self)
{
  g_return_val_if_fail (CR_IS_CHRONOLOGY_ENTRY (self), -1);
  return self->minutes;
}

void
cr_chronology_entry_set_minutes (CrChronologyEntry *self,
                                 int                minutes)
{
  g_return_if_fail (CR_IS_CHRONOLOGY_ENTRY (self));
  g_return_if_fail (minutes >= -1 && minutes < 24 * 60);

  if (self->minutes == minutes)
    return;

  self->minutes = minutes;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MINUTES]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME_TEXT]);
}

char *
cr_chronology_entry_dup_time_text (CrChronologyEntry *self)
{
  g_return_val_if_fail (CR_IS_CHRONOLOGY_ENTRY (self), NULL);

  if (self->minutes < 0)
    return NULL;

  return g_strdup_printf ("%02d:%02d", self->minutes / 60, self->minutes % 60);
}

/*
 * Text
 */

const char *
cr_chronology_entry_get_event (CrChronologyEntry *self)
{
  g_return_val_if_fail (CR_IS_CHRONOLOGY_ENTRY (self), NULL);
  return self->event;
}

void
cr_chronology_entry_set_event (CrChronologyEntry *self,
                               const char        *event)
{
  g_return_if_fail (CR_IS_CHRONOLOGY_ENTRY (self));
  set_text (self, &self->event, event, PROP_EVENT);
}

const char *
cr_chronology_entry_get_author (CrChronologyEntry *self)
{
  g_return_val_if_fail (CR_IS_CHRONOLOGY_ENTRY (self), NULL);
  return self->author;
}

void
cr_chronology_entry_set_author (CrChronologyEntry *self,
                                const char        *author)
{
  g_return_if_fail (CR_IS_CHRONOLOGY_ENTRY (self));
  set_text (self, &self->author, author, PROP_AUTHOR);
}

const char *
cr_chronology_entry_get_source (CrChronologyEntry *self)
{
  g_return_val_if_fail (CR_IS_CHRONOLOGY_ENTRY (self), NULL);
  return self->source;
}

void
cr_chronology_entry_set_source (CrChronologyEntry *self,
                                const char        *source)
{
  g_return_if_fail (CR_IS_CHRONOLOGY_ENTRY (self));
  set_text (self, &self->source, source, PROP_SOURCE);
}

/*
 * Flags
 */

gboolean
cr_chronology_entry_get_key_practice_episode (CrChronologyEntry *self)
{
  g_return_val_if_fail (CR_IS_CHRONOLOGY_ENTRY (self), FALSE);
  return self->key_practice_episode;
}

void
cr_chronology_entry_set_key_practice_episode (CrChronologyEntry *self,
                                              gboolean           kpe)
{
  g_return_if_fail (CR_IS_CHRONOLOGY_ENTRY (self));

  kpe = !!kpe;
  if (self->key_practice_episode == (guint) kpe)
    return;

  self->key_practice_episode = kpe;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEY_PRACTICE_EPISODE]);
}

CrChronologyDuplicateMark
cr_chronology_entry_get_duplicate (CrChronologyEntry *self)
{
  g_return_val_if_fail (CR_IS_CHRONOLOGY_ENTRY (self), CR_CHRONOLOGY_DUPLICATE_NONE);
  return self->duplicate;
}

void
cr_chronology_entry_set_duplicate (CrChronologyEntry         *self,
                                   CrChronologyDuplicateMark  mark)
{
  g_return_if_fail (CR_IS_CHRONOLOGY_ENTRY (self));
  g_return_if_fail (mark <= CR_CHRONOLOGY_DUPLICATE_CONFIRMED);

  if (self->duplicate == mark)
    return;

  self->duplicate = mark;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUPLICATE]);
}

/*
 * Order and search
 */

#define CMP(a, b) (((a) > (b)) - ((a) < (b)))

/**
 * cr_chronology_entry_compare:
 *
 * The merge order: day; untimed before timed, then by time; agency name
 * (collated); import; row; id. Unset days come first.
 */
int
cr_chronology_entry_compare (CrChronologyEntry *a,
                             CrChronologyEntry *b)
{
  int order;

  if (a == b)
    return 0;

  if ((order = CMP (a->julian, b->julian)) != 0)
    return order;
  if ((order = CMP (a->minutes, b->minutes)) != 0)
    return order;
  if (a->agency_key != b->agency_key)
    {
      if ((order = strcmp (a->agency_key, b->agency_key)) != 0)
        return order;
      if ((order = strcmp (a->agency_name, b->agency_name)) != 0)
        return order;
    }
  if ((order = CMP (a->import_id, b->import_id)) != 0)
    return order;
  if ((order = CMP (a->row, b->row)) != 0)
    return order;
  return CMP (a->id, b->id);
}

int
cr_chronology_entry_compare_indirect (gconstpointer a,
                                      gconstpointer b)
{
  return cr_chronology_entry_compare (*(CrChronologyEntry * const *) a,
                                      *(CrChronologyEntry * const *) b);
}

gboolean
cr_chronology_entry_matches (CrChronologyEntry *self,
                             const char        *casefolded_text)
{
  g_return_val_if_fail (CR_IS_CHRONOLOGY_ENTRY (self), FALSE);

  if (casefolded_text == NULL || casefolded_text[0] == '\0')
    return TRUE;

  if (self->folded == NULL)
    {
      g_autofree char *joined = g_strjoin ("\n",
                                           self->event != NULL ? self->event : "",
                                           self->author != NULL ? self->author : "",
                                           self->source != NULL ? self->source : "",
                                           self->agency_name, NULL);

      self->folded = g_utf8_casefold (joined, -1);
    }

  return strstr (self->folded, casefolded_text) != NULL;
}
