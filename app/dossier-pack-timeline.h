/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#pragma once

#include "dossier-pack-writer.h"

G_BEGIN_DECLS

/* A briefing pack's timeline: one lane per issue with a dot for each of
 * its documents, the events above them as numbered diamonds with a line
 * down through the lanes, years along the bottom, and a legend naming
 * the events. Plain data: build it anywhere, draw it on the writing
 * thread. */
typedef struct _DossierPackTimeline DossierPackTimeline;

DossierPackTimeline *dossier_pack_timeline_new          (void);
void                 dossier_pack_timeline_free         (DossierPackTimeline *self);
/* Returns: the lane's index. */
guint                dossier_pack_timeline_add_lane     (DossierPackTimeline *self,
                                                         const char          *label);
/* @date: "YYYY-MM-DD"; anything else is left out. */
void                 dossier_pack_timeline_add_document (DossierPackTimeline *self,
                                                         guint                lane,
                                                         const char          *date);
/* @highlight: the pack's own event. */
void                 dossier_pack_timeline_add_event    (DossierPackTimeline *self,
                                                         const char          *date,
                                                         const char          *label,
                                                         gboolean             highlight);
/* Whether it has anything dated to show. */
gboolean             dossier_pack_timeline_is_empty     (DossierPackTimeline *self);
/* The height it needs to be drawn whole, in points. */
double               dossier_pack_timeline_get_height   (DossierPackTimeline *self);
/* A DossierPackDrawFunc; @user_data is the timeline. */
void                 dossier_pack_timeline_draw         (DossierPackWriter   *writer,
                                                         cairo_t             *cr,
                                                         double               width,
                                                         double               height,
                                                         gpointer             user_data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierPackTimeline, dossier_pack_timeline_free)

G_END_DECLS
