// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/**
 * Règles de validation (codes {@link fr.gouv.emjpm.rules.validation.CodeRegle}, catalogues de
 * {@link fr.gouv.emjpm.rules.validation.Regle}, saisies de mesure, doublons) partagées par le cycle de
 * vie, les imports et l'API.
 */
@NullMarked
package fr.gouv.emjpm.rules.validation;

import org.jspecify.annotations.NullMarked;
