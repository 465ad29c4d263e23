// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

/**
 * Valeur permise d'une énumération d'enquête.
 *
 * @param code code stocké
 * @param libelle libellé français (celui de l'application)
 */
public record ValeurEnumeration(String code, String libelle) {}
