// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/** Référentiel géographique et judiciaire : communes, départements, régions, catégories FINESS, et ses types valeur. */
@NullMarked
package fr.gouv.emjpm.domain.referentiel;

import org.jspecify.annotations.NullMarked;
