// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/** Bancs d'essai JMH (profil {@code bench}), hors de la construction par défaut. */
@NullMarked
package fr.gouv.emjpm.benchmarks;

import org.jspecify.annotations.NullMarked;
