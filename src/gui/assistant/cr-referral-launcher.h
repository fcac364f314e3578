/* cr-referral-launcher.h: starts the referral assistant, offering a draft */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-referral-assistant.h"

G_BEGIN_DECLS

typedef void (*CrReferralStartedFunc) (GObject             *owner,
                                       CrReferralAssistant *assistant);

/*
 * Starts a referral over @parent. When unfinished referrals are saved, it
 * first asks "Resume Referral?" about the newest (saying how many there
 * are): Resume opens it where the user left off, Start New opens a blank
 * one and keeps the drafts. @started runs with the assistant, already
 * presented, unless @owner is gone by then.
 */
void cr_referral_launch (GtkWindow             *parent,
                         CrDatabase            *database,
                         GObject               *owner,
                         CrReferralStartedFunc  started);

/* The text of the resume offer for @drafts (newest first), for tests. */
char *cr_referral_launch_describe_drafts (GPtrArray *drafts);

G_END_DECLS
