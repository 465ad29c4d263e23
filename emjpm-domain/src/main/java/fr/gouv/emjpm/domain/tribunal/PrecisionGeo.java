// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.tribunal;

import java.util.Optional;

/** Précision des coordonnées d'un tribunal. Immuable et thread-safe. */
public enum PrecisionGeo {
  /** Point intérieur de la commune du siège. */
  COMMUNE("commune", "Commune du siège"),
  /** Centroïde de l'arrondissement municipal du siège (Paris, Lyon, Marseille). */
  ARRONDISSEMENT("arrondissement", "Arrondissement municipal du siège");

  private final String code;
  private final String libelle;

  PrecisionGeo(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  /** {@return code stocké dans le référentiel ({@code commune}, {@code arrondissement})} */
  public String code() {
    return code;
  }

  /** {@return libellé métier} */
  public String libelle() {
    return libelle;
  }

  /**
   * {@return précision dont le code est exactement {@code code}, vide sinon}
   *
   * @param code code stocké dans le référentiel ({@code commune} ou {@code arrondissement}), éventuellement nul
   */
  public static Optional<PrecisionGeo> parCode(@org.jspecify.annotations.Nullable String code) {
    for (PrecisionGeo p : values()) {
      if (p.code.equals(code)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
