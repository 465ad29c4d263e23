// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/** Identification des gestionnaires de mesures (mandataire individuel, préposé, service). */
@NullMarked
package fr.gouv.emjpm.domain.gestionnaire;

import org.jspecify.annotations.NullMarked;
