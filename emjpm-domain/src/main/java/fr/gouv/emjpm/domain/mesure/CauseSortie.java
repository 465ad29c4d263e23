// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.mesure;

import fr.gouv.emjpm.domain.commun.CodeMetier;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Cause de sortie (clôture) d'une mesure (table {@code cause_sortie_mesure}).
 *
 * <p>{@link #code()} est le code stocké par l'original, {@link #libelle()} le libellé métier.
 * Immuable et thread-safe.
 */
public enum CauseSortie implements CodeMetier {
  /** Mainlevée. */
  MAINLEVEE("mainlevee", "mainlevée"),
  /** Décès du majeur. */
  DECES("deces", "décès"),
  /** Caducité. */
  CADUCITE("caducite", "caducité"),
  /** Dessaisissement en faveur de la famille. */
  DESSAISISSEMENT_FAMILLE("dessaisissement_famille", "dessaisissement en faveur de la famille"),
  /** Dessaisissement en faveur d'un autre MJPM. */
  DESSAISISSEMENT_AUTRE_MJPM("dessaisissement_autre_mjpm", "dessaisissement en faveur d'un autre MJPM");

  private final String code;
  private final String libelle;

  CauseSortie(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  /** Code stocké par l'original, par exemple {@code "mainlevee"}. */
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
   * @param code code stocké (par exemple {@code mainlevee}), éventuellement nul
   */
  public static Optional<CauseSortie> parCode(@Nullable String code) {
    if (code != null) {
      for (CauseSortie v : values()) {
        if (v.code.equals(code)) {
          return Optional.of(v);
        }
      }
    }
    return Optional.empty();
  }
}
