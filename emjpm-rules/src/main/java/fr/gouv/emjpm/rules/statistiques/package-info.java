// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/** Statistiques de disponibilité et indicateurs des directions et publics (domain.md §4.4, §8). */
@NullMarked
package fr.gouv.emjpm.rules.statistiques;

import org.jspecify.annotations.NullMarked;
