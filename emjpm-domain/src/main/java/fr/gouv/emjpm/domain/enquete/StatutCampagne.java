// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.enquete;

import java.util.Arrays;
import java.util.Optional;

/**
 * Statut d'une campagne d'enquête ({@code enquetes.status}). L'original n'écrit jamais que
 * {@code created} : une campagne n'est ni close ni archivée par un statut, seule sa date limite
 * compte.
 */
public enum StatutCampagne {
  /** {@code created} : campagne créée, visible des répondants jusqu'à sa date limite. */
  CREEE("created", "Campagne créée");

  private final String code;
  private final String libelle;

  StatutCampagne(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  /** {@return code stocké par l'original} */
  public String code() {
    return code;
  }

  /** {@return libellé métier} */
  public String libelle() {
    return libelle;
  }

  /**
   * Statut de ce code, vide s'il est inconnu.
   *
   * @param code code stocké, éventuellement nul
   * @return le statut de ce code, vide s'il est inconnu
   */
  public static Optional<StatutCampagne> parCode(@org.jspecify.annotations.Nullable String code) {
    return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
  }
}
