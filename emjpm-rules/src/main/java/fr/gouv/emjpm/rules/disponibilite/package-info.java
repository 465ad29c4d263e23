// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/** Disponibilité des gestionnaires et des antennes, calculée à partir des mesures données. */
@NullMarked
package fr.gouv.emjpm.rules.disponibilite;

import org.jspecify.annotations.NullMarked;
