// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/** Bancs d'essai JMH de la bibliothèque (profil Maven {@code bench}). */
@NullMarked
package fr.gouv.emjpm.benchmarks;

import org.jspecify.annotations.NullMarked;
