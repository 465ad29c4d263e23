// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.tribunal;

import java.util.Optional;

/**
 * Nature d'un tribunal du référentiel (registre DSJ du ministère de la Justice). Immuable et
 * thread-safe.
 */
public enum TypeTribunal {
  /** Tribunal judiciaire (depuis le 1er janvier 2020, ex-TGI et TI de même siège). */
  TJ("TJ", "Tribunal judiciaire"),
  /** Tribunal de première instance (Saint-Pierre-et-Miquelon, Polynésie, Nouvelle-Calédonie, Wallis). */
  TPI("TPI", "Tribunal de première instance"),
  /** Tribunal de proximité (ex-tribunal d'instance éloigné du siège du TJ), rattaché à un TJ. */
  TPROX("TPROX", "Tribunal de proximité");

  private final String code;
  private final String libelle;

  TypeTribunal(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  /** {@return code stocké dans le référentiel ({@code TJ}, {@code TPI}, {@code TPROX})} */
  public String code() {
    return code;
  }

  /** {@return libellé métier, par exemple « Tribunal judiciaire »} */
  public String libelle() {
    return libelle;
  }

  /**
   * {@return type dont le code est exactement {@code code} (sensible à la casse), vide sinon}
   *
   * @param code code stocké dans le référentiel ({@code TJ}, {@code TPI} ou {@code TPROX}), éventuellement nul
   */
  public static Optional<TypeTribunal> parCode(@org.jspecify.annotations.Nullable String code) {
    for (TypeTribunal t : values()) {
      if (t.code.equals(code)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
