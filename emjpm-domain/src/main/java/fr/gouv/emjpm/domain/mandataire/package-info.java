// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/** Mandataires individuels et préposés d'établissement, sans aucune donnée d'authentification. */
@NullMarked
package fr.gouv.emjpm.domain.mandataire;

import org.jspecify.annotations.NullMarked;
