// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/**
 * Façade embarquée {@link fr.gouv.emjpm.rules.EmjpmEngine} et contexte des règles : ce qu'un hôte crée
 * une fois et partage.
 */
@NullMarked
package fr.gouv.emjpm.rules;

import org.jspecify.annotations.NullMarked;
