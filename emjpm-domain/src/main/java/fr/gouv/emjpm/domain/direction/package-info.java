// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/** Directions de l'État (nationale, régionale, départementale) qui suivent les statistiques et la liste blanche. */
@NullMarked
package fr.gouv.emjpm.domain.direction;

import org.jspecify.annotations.NullMarked;
