// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/** Enquête annuelle DGCS : types, statuts, réponses typées et campagne. */
@NullMarked
package fr.gouv.emjpm.domain.enquete;

import org.jspecify.annotations.NullMarked;
