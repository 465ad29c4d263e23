// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.enquete;

import java.util.Arrays;
import java.util.Optional;

/** État d'une réponse à l'enquête. */
public enum StatutReponse {
  /** En cours de saisie par le répondant. */
  BROUILLON("draft", "En cours"),
  /** Envoyée par le répondant. */
  SOUMIS("submitted", "Réponse reçue"),
  /** Validée par la direction. */
  VALIDE("validated", "Réponse validée");

  private final String code;
  private final String libelle;

  StatutReponse(String code, String libelle) {
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
   * {@return statut de ce code, vide s'il est inconnu}
   *
   * @param code code de l'original ({@code draft}, {@code submitted} ou {@code validated}), éventuellement nul
   */
  public static Optional<StatutReponse> parCode(@org.jspecify.annotations.Nullable String code) {
    return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
  }
}
