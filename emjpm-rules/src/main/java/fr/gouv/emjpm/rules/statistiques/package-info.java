// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/** Statistiques de disponibilité et indicateurs des directions et publics. */
@NullMarked
package fr.gouv.emjpm.rules.statistiques;

import org.jspecify.annotations.NullMarked;
