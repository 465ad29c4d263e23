// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

import java.util.Objects;

/**
 * Valeur permise d'une énumération d'enquête.
 *
 * @param code code stocké
 * @param libelle libellé français (celui de l'application)
 */
public record ValeurEnumeration(String code, String libelle) {
  /**
   * Composantes non nulles.
   *
   * @param code code stocké, non nul
   * @param libelle libellé français, non nul
   */
  public ValeurEnumeration {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(libelle, "libelle");
  }
}
