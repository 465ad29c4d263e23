// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.mesure;

import fr.gouv.emjpm.domain.commun.CodeMetier;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Pays du lieu de vie : les deux valeurs proposées par l'original.
 *
 * <p>{@link #code()} est le code stocké par l'original, {@link #libelle()} le libellé métier.
 * Immuable et thread-safe.
 */
public enum Pays implements CodeMetier {
  /** France. */
  FR("FR", "France"),
  /** Belgique. */
  BE("BE", "Belgique");

  private final String code;
  private final String libelle;

  Pays(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  /** Code stocké par l'original, par exemple {@code "FR"}. */
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
   * @param code code pays ISO à deux lettres majuscules ({@code FR} ou {@code BE}), éventuellement nul
   */
  public static Optional<Pays> parCode(@Nullable String code) {
    if (code != null) {
      for (Pays v : values()) {
        if (v.code.equals(code)) {
          return Optional.of(v);
        }
      }
    }
    return Optional.empty();
  }

  /** {@return vrai si le code postal et la ville sont exigés pour ce pays (France seulement)} */
  public boolean exigeCodePostal() {
    return this == FR;
  }
}
