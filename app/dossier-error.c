/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SPDX-FileCopyrightText: 2026 The Dossier authors */
#include "config.h"

#include "dossier-error.h"

G_DEFINE_QUARK (dossier-error-quark, dossier_error)
