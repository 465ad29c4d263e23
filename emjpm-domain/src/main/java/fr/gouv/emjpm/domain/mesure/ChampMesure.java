// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.mesure;

import fr.gouv.emjpm.domain.commun.CodeMetier;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Champ (étendue) d'une mesure (table {@code champ_mesure}) ; facultatif sur une mesure.
 *
 * <p>{@link #code()} est le code stocké par l'original, {@link #libelle()} le libellé métier.
 * Immuable et thread-safe.
 */
public enum ChampMesure implements CodeMetier {
  /** Protection des biens. */
  PROTECTION_BIEN("protection_bien", "aux biens"),
  /** Protection de la personne. */
  PROTECTION_PERSONNE("protection_personne", "à la personne"),
  /** Protection des biens et de la personne. */
  PROTECTION_BIEN_PERSONNE("protection_bien_personne", "aux biens et à la personne");

  private final String code;
  private final String libelle;

  ChampMesure(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  /** Code stocké par l'original, par exemple {@code "protection_bien"}. */
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
   * @param code code stocké (par exemple {@code protection_bien}), éventuellement nul
   */
  public static Optional<ChampMesure> parCode(@Nullable String code) {
    if (code != null) {
      for (ChampMesure v : values()) {
        if (v.code.equals(code)) {
          return Optional.of(v);
        }
      }
    }
    return Optional.empty();
  }
}
