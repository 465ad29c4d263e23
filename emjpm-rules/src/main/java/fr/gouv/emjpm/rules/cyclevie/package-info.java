// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/**
 * Cycle de vie d'une mesure en fonctions pures : opérations, formulaires,
 * transitions et effets à exécuter par l'hôte.
 */
@NullMarked
package fr.gouv.emjpm.rules.cyclevie;

import org.jspecify.annotations.NullMarked;
