/* cr-cli-case-show.c: “case show REFERENCE [--reveal]” */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrCli"

#include "config.h"

#include "cr-cli-private.h"
#include "cr-case-status.h"
#include "cr-util.h"

#include <glib/gi18n.h>
#include <string.h>

#define REVEAL_REASON "case-reviews-cli case show --reveal"
#define LABEL_WIDTH 18

/* Everything shown about one case. */
typedef struct
{
  CrCase    *kase;
  GPtrArray *involvements;  /* of CrInvolvement */
  GPtrArray *themes;        /* of CrTheme, the case's only */
  GPtrArray *children;      /* of CrChild */
  GPtrArray *family;        /* of CrFamilyMember */
  gboolean   revealed;
} CaseDetails;

static void
case_details_clear (CaseDetails *details)
{
  g_clear_object (&details->kase);
  g_clear_pointer (&details->involvements, g_ptr_array_unref);
  g_clear_pointer (&details->themes, g_ptr_array_unref);
  g_clear_pointer (&details->children, g_ptr_array_unref);
  g_clear_pointer (&details->family, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CaseDetails, case_details_clear)

/* --------------------------------------------------------------------------
 * Loading
 */

static gboolean
load_details (CrDatabase   *db,
              CaseDetails  *details,
              gboolean      reveal,
              GError      **error)
{
  gint64 case_id = cr_case_get_id (details->kase);
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GPtrArray) all_themes = NULL;

  cr_database_list_involvements_async (db, case_id, NULL, cr_database_sync_cb, &res);
  details->involvements = cr_database_list_involvements_finish (db, cr_database_wait (&res), error);
  if (details->involvements == NULL)
    return FALSE;
  g_clear_object (&res);

  cr_database_list_themes_async (db, case_id, NULL, cr_database_sync_cb, &res);
  all_themes = cr_database_list_themes_finish (db, cr_database_wait (&res), error);
  if (all_themes == NULL)
    return FALSE;
  g_clear_object (&res);
  details->themes = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < all_themes->len; i++)
    if (cr_theme_get_selected (g_ptr_array_index (all_themes, i)))
      g_ptr_array_add (details->themes, g_object_ref (g_ptr_array_index (all_themes, i)));

  cr_database_list_children_async (db, case_id, NULL, cr_database_sync_cb, &res);
  details->children = cr_database_list_children_finish (db, cr_database_wait (&res), error);
  if (details->children == NULL)
    return FALSE;
  g_clear_object (&res);

  cr_database_list_family_async (db, case_id, NULL, cr_database_sync_cb, &res);
  details->family = cr_database_list_family_finish (db, cr_database_wait (&res), error);
  if (details->family == NULL)
    return FALSE;
  g_clear_object (&res);

  if (!reveal)
    return TRUE;

  /* Each reveal is one audited read of one person's restricted record. */
  for (guint i = 0; i < details->children->len; i++)
    {
      CrChild *child = g_ptr_array_index (details->children, i);
      g_autoptr(CrIdentity) identity = NULL;

      cr_database_reveal_identity_async (db, "child", cr_child_get_id (child), REVEAL_REASON,
                                         NULL, cr_database_sync_cb, &res);
      identity = cr_database_reveal_identity_finish (db, cr_database_wait (&res), error);
      g_clear_object (&res);
      if (identity == NULL)
        return FALSE;
      cr_child_set_identity (child, identity);
    }

  for (guint i = 0; i < details->family->len; i++)
    {
      CrFamilyMember *member = g_ptr_array_index (details->family, i);
      g_autoptr(CrIdentity) identity = NULL;

      cr_database_reveal_identity_async (db, "family-member", cr_family_member_get_id (member),
                                         REVEAL_REASON, NULL, cr_database_sync_cb, &res);
      identity = cr_database_reveal_identity_finish (db, cr_database_wait (&res), error);
      g_clear_object (&res);
      if (identity == NULL)
        return FALSE;
      cr_family_member_set_identity (member, identity);
    }

  details->revealed = TRUE;
  return TRUE;
}

/* --------------------------------------------------------------------------
 * Text
 */

/* “  Label:     value” with the value starting at @column (or one space
 * after a longer label), control characters made harmless, and the lines
 * of a multi-line value indented under the first. */
static void
append_field_at (GString    *out,
                 const char *indent,
                 const char *label,
                 const char *value,
                 gsize       column)
{
  g_auto(GStrv) lines = NULL;
  g_autofree char *heading = g_strdup_printf ("%s%s:", indent, label);
  gsize width = cr_cli_text_width (heading);

  column = MAX (column, width + 1);
  g_string_append (out, heading);
  if (value == NULL || value[0] == '\0')
    value = "—";

  lines = g_strsplit (value, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *safe = cr_cli_text_fit (lines[i], 0);

      for (gsize w = (i == 0 ? width : 0); w < column; w++)
        g_string_append_c (out, ' ');
      g_string_append_printf (out, "%s\n", safe);
    }
}

static void
append_field (GString    *out,
              const char *indent,
              const char *label,
              const char *value)
{
  append_field_at (out, indent, label, value, LABEL_WIDTH);
}

static void
append_date (GString    *out,
             const char *label,
             const char *iso_date)
{
  g_autofree char *display = iso_date != NULL ? cr_date_format_display (iso_date) : NULL;

  append_field (out, "  ", label, display);
}

/* Every field for a child, whose identity must be considered in full
 * (domain.md §5, EEDI); only what is recorded for a family member. */
static void
append_identity (GString    *out,
                 CrIdentity *identity,
                 gboolean    all_fields)
{
  gsize column = 0;

  for (int f = 0; f <= CR_IDENTITY_FIELD_LAST; f++)
    column = MAX (column, cr_cli_text_width (cr_identity_field_to_label ((CrIdentityField) f)));
  column += strlen ("    :  ");

  for (int f = 0; f <= CR_IDENTITY_FIELD_LAST; f++)
    {
      g_autofree char *display = NULL;

      if (!all_fields && cr_identity_get_state (identity, (CrIdentityField) f) == CR_FIELD_STATE_UNSET)
        continue;

      display = cr_identity_dup_display (identity, (CrIdentityField) f);
      append_field_at (out, "    ", cr_identity_field_to_label ((CrIdentityField) f), display, column);
    }
}

static char *
render_text (CaseDetails *details)
{
  CrCase *kase = details->kase;
  CrCaseStatus status = cr_case_get_status (kase);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *title = NULL;
  g_autofree char *deadline = _cr_cli_format_deadline (kase);

  title = cr_cli_text_fit (cr_case_get_reference (kase), 0);
  g_string_append_printf (out, "%s — ", title);
  g_free (title);
  title = cr_cli_text_fit (cr_case_get_pseudonym (kase), 0);
  g_string_append_printf (out, "%s\n\n", title);

  append_field (out, "", _("Status"), cr_case_status_to_label (status));
  if (status == CR_CASE_STATUS_PAUSED)
    append_field (out, "", _("Paused from"),
                  cr_case_status_to_label (cr_case_get_paused_from (kase)));
  append_field (out, "", _("Review type"),
                _cr_cli_review_type_label (cr_case_get_review_type (kase)));
  append_field (out, "", _("Summary"), cr_case_get_summary (kase));
  if (deadline != NULL)
    {
      /* Translators: “Notify the Panel: 27 Nov 2026, 4 working days left” */
      g_autofree char *line = g_strdup_printf (_("%s: %s"),
                                               cr_case_get_next_deadline_label (kase),
                                               deadline);

      append_field (out, "", _("Next deadline"), line);
    }
  else
    {
      append_field (out, "", _("Next deadline"), _("None open"));
    }

  g_string_append_printf (out, "\n%s\n", _("Key dates"));
  append_date (out, _("Incident"), cr_case_get_incident_date (kase));
  append_date (out, _("Became aware"), cr_case_get_aware_date (kase));
  append_date (out, _("Panel notified"), cr_case_get_notified_date (kase));
  append_date (out, _("Decision"), cr_case_get_decision_date (kase));
  append_date (out, _("Publication"), cr_case_get_publication_date (kase));

  g_string_append_printf (out, "\n%s (%u)\n", _("Agencies"), details->involvements->len);
  for (guint i = 0; i < details->involvements->len; i++)
    {
      CrInvolvement *involvement = g_ptr_array_index (details->involvements, i);
      g_autofree char *name = cr_cli_text_fit (cr_involvement_get_agency_name (involvement), 0);
      g_autofree char *role = cr_cli_text_fit (cr_involvement_get_role (involvement), 0);

      if (role[0] != '\0')
        g_string_append_printf (out, "  %s — %s\n", name, role);
      else
        g_string_append_printf (out, "  %s\n", name);
    }

  g_string_append_printf (out, "\n%s (%u)\n", _("Themes"), details->themes->len);
  for (guint i = 0; i < details->themes->len; i++)
    {
      CrTheme *theme = g_ptr_array_index (details->themes, i);
      g_autofree char *label = cr_cli_text_fit (_(cr_theme_get_label (theme)), 0);

      g_string_append_printf (out, "  %s (%s)\n", label,
                              cr_theme_facet_to_label (cr_theme_get_facet (theme)));
    }

  g_string_append_printf (out, "\n%s (%u)\n", _("Children"), details->children->len);
  for (guint i = 0; i < details->children->len; i++)
    {
      CrChild *child = g_ptr_array_index (details->children, i);
      g_autofree char *pseudonym = cr_cli_text_fit (cr_child_get_pseudonym (child), 0);

      g_string_append_printf (out, "  %s\n", pseudonym);
      if (details->revealed && cr_child_get_identity (child) != NULL)
        append_identity (out, cr_child_get_identity (child), TRUE);
    }

  g_string_append_printf (out, "\n%s (%u)\n", _("Family members"), details->family->len);
  for (guint i = 0; i < details->family->len; i++)
    {
      CrFamilyMember *member = g_ptr_array_index (details->family, i);
      g_autofree char *pseudonym = cr_cli_text_fit (cr_family_member_get_pseudonym (member), 0);
      g_autofree char *relationship = cr_cli_text_fit (cr_family_member_get_relationship (member), 0);

      if (relationship[0] != '\0')
        g_string_append_printf (out, "  %s — %s\n", pseudonym, relationship);
      else
        g_string_append_printf (out, "  %s\n", pseudonym);
      if (details->revealed && cr_family_member_get_identity (member) != NULL)
        append_identity (out, cr_family_member_get_identity (member), FALSE);
    }

  g_string_append_c (out, '\n');
  if (details->revealed)
    g_string_append_printf (out, "%s\n",
                            _("Restricted details are shown above. This access has been recorded in the audit trail."));
  else
    g_string_append_printf (out, "%s\n",
                            _("Restricted details (names, dates of birth and other identity fields) are hidden. Add --reveal to show them; the access is recorded in the audit trail."));

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* --------------------------------------------------------------------------
 * JSON
 */

static void
write_identity_json (CrCliJson  *json,
                     CrIdentity *identity)
{
  cr_cli_json_key (json, "identity");
  cr_cli_json_begin_object (json);
  for (int f = 0; f <= CR_IDENTITY_FIELD_LAST; f++)
    {
      g_autofree char *key = g_strdelimit (g_strdup (cr_identity_field_to_nick ((CrIdentityField) f)), "-", '_');

      cr_cli_json_key (json, key);
      cr_cli_json_begin_object (json);
      cr_cli_json_member_string (json, "state",
                                 cr_field_state_to_nick (cr_identity_get_state (identity, (CrIdentityField) f)));
      cr_cli_json_member_string (json, "value",
                                 cr_identity_get_value (identity, (CrIdentityField) f));
      cr_cli_json_end_object (json);
    }
  cr_cli_json_end_object (json);
}

static char *
render_json (CaseDetails *details)
{
  CrCase *kase = details->kase;
  CrCaseStatus status = cr_case_get_status (kase);
  GString *out = g_string_new (NULL);
  g_autoptr(CrCliJson) json = cr_cli_json_new (out);

  cr_cli_json_begin_object (json);
  cr_cli_json_member_int (json, "id", cr_case_get_id (kase));
  cr_cli_json_member_string (json, "reference", cr_case_get_reference (kase));
  cr_cli_json_member_string (json, "pseudonym", cr_case_get_pseudonym (kase));
  cr_cli_json_member_string (json, "status", cr_case_status_to_nick (status));
  cr_cli_json_member_string (json, "status_label", cr_case_status_to_label (status));
  cr_cli_json_member_string (json, "paused_from",
                             status == CR_CASE_STATUS_PAUSED
                               ? cr_case_status_to_nick (cr_case_get_paused_from (kase))
                               : NULL);
  cr_cli_json_member_string (json, "review_type",
                             _cr_cli_review_type_nick (cr_case_get_review_type (kase)));
  cr_cli_json_member_string (json, "summary", cr_case_get_summary (kase));

  cr_cli_json_key (json, "dates");
  cr_cli_json_begin_object (json);
  cr_cli_json_member_string (json, "incident", cr_case_get_incident_date (kase));
  cr_cli_json_member_string (json, "aware", cr_case_get_aware_date (kase));
  cr_cli_json_member_string (json, "notified", cr_case_get_notified_date (kase));
  cr_cli_json_member_string (json, "decision", cr_case_get_decision_date (kase));
  cr_cli_json_member_string (json, "publication", cr_case_get_publication_date (kase));
  cr_cli_json_end_object (json);

  cr_cli_json_key (json, "next_deadline");
  if (cr_case_get_next_deadline (kase) != NULL)
    {
      cr_cli_json_begin_object (json);
      cr_cli_json_member_string (json, "date", cr_case_get_next_deadline (kase));
      cr_cli_json_member_string (json, "label", cr_case_get_next_deadline_label (kase));
      cr_cli_json_member_int (json, "working_days_left", cr_case_get_days_left (kase));
      cr_cli_json_end_object (json);
    }
  else
    {
      cr_cli_json_null (json);
    }

  cr_cli_json_key (json, "agencies");
  cr_cli_json_begin_array (json);
  for (guint i = 0; i < details->involvements->len; i++)
    {
      CrInvolvement *involvement = g_ptr_array_index (details->involvements, i);

      cr_cli_json_begin_object (json);
      cr_cli_json_member_string (json, "name", cr_involvement_get_agency_name (involvement));
      cr_cli_json_member_string (json, "role", cr_involvement_get_role (involvement));
      cr_cli_json_end_object (json);
    }
  cr_cli_json_end_array (json);

  cr_cli_json_key (json, "themes");
  cr_cli_json_begin_array (json);
  for (guint i = 0; i < details->themes->len; i++)
    {
      CrTheme *theme = g_ptr_array_index (details->themes, i);

      cr_cli_json_begin_object (json);
      cr_cli_json_member_string (json, "label", cr_theme_get_label (theme));
      cr_cli_json_member_string (json, "facet", cr_theme_facet_to_nick (cr_theme_get_facet (theme)));
      cr_cli_json_end_object (json);
    }
  cr_cli_json_end_array (json);

  cr_cli_json_key (json, "children");
  cr_cli_json_begin_array (json);
  for (guint i = 0; i < details->children->len; i++)
    {
      CrChild *child = g_ptr_array_index (details->children, i);

      cr_cli_json_begin_object (json);
      cr_cli_json_member_string (json, "pseudonym", cr_child_get_pseudonym (child));
      if (details->revealed && cr_child_get_identity (child) != NULL)
        write_identity_json (json, cr_child_get_identity (child));
      cr_cli_json_end_object (json);
    }
  cr_cli_json_end_array (json);

  cr_cli_json_key (json, "family_members");
  cr_cli_json_begin_array (json);
  for (guint i = 0; i < details->family->len; i++)
    {
      CrFamilyMember *member = g_ptr_array_index (details->family, i);

      cr_cli_json_begin_object (json);
      cr_cli_json_member_string (json, "pseudonym", cr_family_member_get_pseudonym (member));
      cr_cli_json_member_string (json, "relationship", cr_family_member_get_relationship (member));
      if (details->revealed && cr_family_member_get_identity (member) != NULL)
        write_identity_json (json, cr_family_member_get_identity (member));
      cr_cli_json_end_object (json);
    }
  cr_cli_json_end_array (json);

  cr_cli_json_member_boolean (json, "restricted_revealed", details->revealed);
  cr_cli_json_member_string (json, "created_at", cr_case_get_created_at (kase));
  cr_cli_json_member_string (json, "updated_at", cr_case_get_updated_at (kase));
  cr_cli_json_end_object (json);

  g_clear_pointer (&json, cr_cli_json_free);
  return g_string_free (out, FALSE);
}

/* --------------------------------------------------------------------------
 * The command
 */

int
_cr_cli_cmd_case_show (CrCli   *cli,
                       char  ***args)
{
  gboolean reveal = FALSE;
  g_autofree char *format_name = NULL;
  const GOptionEntry entries[] = {
    { "reveal", 'r', 0, G_OPTION_ARG_NONE, &reveal,
      N_("Also show the restricted identity details (recorded in the audit trail)"), NULL },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      N_("Output format: text or json (default: text)"), N_("FORMAT") },
    G_OPTION_ENTRY_NULL
  };
  g_auto(CaseDetails) details = { 0 };
  g_autoptr(CrDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  CrCliFormat format;
  int exit_code = CR_CLI_EXIT_OK;

  if (!_cr_cli_parse_options (cli, "case show", _("REFERENCE"),
                              _("Show one case: its status, key dates, next deadline, agencies, themes, children and family members. Restricted identity details are shown only with --reveal."),
                              entries, args, &exit_code))
    return exit_code;

  if (!_cr_cli_check_one_case (cli, "case show", *args,
                               "case-reviews-cli case show NB-2026-001",
                               &exit_code))
    return exit_code;

  if (!_cr_cli_parse_format (cli, "case show", format_name, CR_CLI_FORMAT_TEXT,
                             CR_CLI_FORMAT_TEXT | CR_CLI_FORMAT_JSON, &format, &exit_code))
    return exit_code;

  details.kase = _cr_cli_open_case (cli, reveal ? CR_CLI_OPEN_WRITE : CR_CLI_OPEN_READ,
                                   (*args)[1], &db, &exit_code);
  if (details.kase == NULL)
    return exit_code;

  if (!load_details (db, &details, reveal, &error))
    return _cr_cli_report_error (cli, error);

  if (format == CR_CLI_FORMAT_JSON)
    {
      text = render_json (&details);
      _cr_cli_write (cli, text);
    }
  else
    {
      text = render_text (&details);
      _cr_cli_print (cli, "%s", text);
    }

  return CR_CLI_EXIT_OK;
}
