// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/** Enquête annuelle DGCS : catalogue des champs, moteur de statut, soumission et cycle de campagne. */
@NullMarked
package fr.gouv.emjpm.rules.enquete;

import org.jspecify.annotations.NullMarked;
