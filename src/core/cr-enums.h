/* cr-enums.h
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * CrCaseStatus:
 *
 * The statutory states of a case, after domain.md §1.3. The nick of each
 * value (for example "rapid-review") is what the database stores, so the
 * nicks must never change once released.
 */
typedef enum
{
  CR_CASE_STATUS_REFERRED,                  /* S1: referred to the partnership */
  CR_CASE_STATUS_NOTIFICATION_DECISION,     /* S2: LA deciding whether to notify */
  CR_CASE_STATUS_NOTIFIED,                  /* S3: SIN submitted to the Panel */
  CR_CASE_STATUS_RAPID_REVIEW,              /* S4: rapid review in progress */
  CR_CASE_STATUS_RAPID_REVIEW_DECISION,     /* S5: decision made, report sent */
  CR_CASE_STATUS_AWAITING_PANEL,            /* S6: awaiting the Panel's response */
  CR_CASE_STATUS_LCSPR_COMMISSIONING,       /* D1/S7: ToR, reviewer */
  CR_CASE_STATUS_LCSPR_EVIDENCE,            /* S8: chronologies, agency reports */
  CR_CASE_STATUS_LCSPR_ANALYSIS,            /* S9: analysis and drafting */
  CR_CASE_STATUS_LCSPR_SIGN_OFF,            /* S10: QA and partner sign-off */
  CR_CASE_STATUS_PAUSED,                    /* H1: paused for parallel proceedings */
  CR_CASE_STATUS_PRE_PUBLICATION,           /* S11: copies to Panel and SoS */
  CR_CASE_STATUS_PUBLISHED,                 /* S12: published in full */
  CR_CASE_STATUS_PUBLISHED_IMPROVEMENTS,    /* S12b: only improvements published */
  CR_CASE_STATUS_ACTION_MONITORING,         /* S13: action plan monitoring */
  CR_CASE_STATUS_DISSEMINATION,             /* S14: briefings, dissemination */
  CR_CASE_STATUS_CLOSED,                    /* S15: closed */
  CR_CASE_STATUS_NOT_NOTIFIABLE,            /* X1: closed, not notifiable */
  CR_CASE_STATUS_RAPID_REVIEW_NOT_REQUIRED, /* X2: SIN found not to meet criteria */
  CR_CASE_STATUS_NO_FURTHER_REVIEW,         /* D2: learning from the rapid review */
  CR_CASE_STATUS_OTHER_LEARNING_REVIEW,     /* D3: other learning review */
  CR_CASE_STATUS_NATIONAL_REVIEW,           /* D4: national review recommended */
} CrCaseStatus;

#define CR_CASE_STATUS_LAST CR_CASE_STATUS_NATIONAL_REVIEW

typedef enum
{
  CR_REVIEW_TYPE_UNDECIDED,
  CR_REVIEW_TYPE_RAPID_REVIEW_ONLY,
  CR_REVIEW_TYPE_LCSPR,
  CR_REVIEW_TYPE_OTHER_LEARNING_REVIEW,
  CR_REVIEW_TYPE_NATIONAL,
  CR_REVIEW_TYPE_LEGACY_SCR,
} CrReviewType;

typedef enum
{
  CR_AGENCY_SECTOR_LOCAL_AUTHORITY,
  CR_AGENCY_SECTOR_HEALTH,
  CR_AGENCY_SECTOR_POLICE,
  CR_AGENCY_SECTOR_JUSTICE,
  CR_AGENCY_SECTOR_EDUCATION,
  CR_AGENCY_SECTOR_OTHER,
} CrAgencySector;

/* The facets of domain.md §3.1 (A to F). */
typedef enum
{
  CR_THEME_FACET_INCIDENT,
  CR_THEME_FACET_CHILD,
  CR_THEME_FACET_FAMILY,
  CR_THEME_FACET_PRACTICE,
  CR_THEME_FACET_EQUALITY,
  CR_THEME_FACET_REVIEW,
} CrThemeFacet;

/* Restricted identity fields, held apart from the pseudonymised record. */
typedef enum
{
  CR_IDENTITY_FIELD_NAME,
  CR_IDENTITY_FIELD_DATE_OF_BIRTH,
  CR_IDENTITY_FIELD_AGE,
  CR_IDENTITY_FIELD_SEX,
  CR_IDENTITY_FIELD_ETHNICITY,
  CR_IDENTITY_FIELD_DISABILITY,
  CR_IDENTITY_FIELD_LOOKED_AFTER,
  CR_IDENTITY_FIELD_CIN_CP_PLAN,
  CR_IDENTITY_FIELD_ADDRESS,
} CrIdentityField;

#define CR_IDENTITY_FIELD_LAST CR_IDENTITY_FIELD_ADDRESS

/* How much is known about one restricted field. */
typedef enum
{
  CR_FIELD_STATE_UNSET,      /* nothing recorded yet */
  CR_FIELD_STATE_KNOWN,      /* the value holds it */
  CR_FIELD_STATE_NOT_KNOWN,  /* asked, but not known */
  CR_FIELD_STATE_DECLINED,   /* the person declined to say */
} CrFieldState;

G_END_DECLS
