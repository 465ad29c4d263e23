// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/** Aides internes au modèle du domaine, hors API publique (aucune promesse de compatibilité). */
@NullMarked
package fr.gouv.emjpm.domain.internal;

import org.jspecify.annotations.NullMarked;
