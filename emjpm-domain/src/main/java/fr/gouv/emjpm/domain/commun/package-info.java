// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/** Types de résultat partagés par tous les modules : {@link fr.gouv.emjpm.domain.commun.Violation}, {@link fr.gouv.emjpm.domain.commun.RapportValidation}, {@link fr.gouv.emjpm.domain.commun.Resultat}. */
@NullMarked
package fr.gouv.emjpm.domain.commun;

import org.jspecify.annotations.NullMarked;
