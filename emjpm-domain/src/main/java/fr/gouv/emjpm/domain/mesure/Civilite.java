// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.mesure;

import fr.gouv.emjpm.domain.commun.CodeMetier;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Civilité du majeur protégé (table {@code civilite}).
 *
 * <p>{@link #code()} est le code stocké par l'original, {@link #libelle()} le libellé métier.
 * Immuable et thread-safe.
 */
public enum Civilite implements CodeMetier {
  /** Madame (code SEXE {@code F} des imports). */
  MADAME("madame", "Madame"),
  /** Monsieur (code SEXE {@code H} des imports). */
  MONSIEUR("monsieur", "Monsieur");

  private final String code;
  private final String libelle;

  Civilite(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  /** Code stocké par l'original, par exemple {@code "madame"}. */
  @Override
  public String code() {
    return code;
  }

  /** Libellé métier français (avec accents). */
  @Override
  public String libelle() {
    return libelle;
  }

  /**
   * {@return valeur portant ce code exact (sensible à la casse) ; vide pour un code inconnu ou {@code null}}
   * Ne lève jamais d'exception.
   *
   * @param code code stocké ({@code madame} ou {@code monsieur}), éventuellement nul
   */
  public static Optional<Civilite> parCode(@Nullable String code) {
    if (code != null) {
      for (Civilite v : values()) {
        if (v.code.equals(code)) {
          return Optional.of(v);
        }
      }
    }
    return Optional.empty();
  }
}
