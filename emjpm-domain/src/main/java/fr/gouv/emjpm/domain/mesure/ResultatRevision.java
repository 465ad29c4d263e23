// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.mesure;

import fr.gouv.emjpm.domain.commun.CodeMetier;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Résultat de la dernière révision d'une mesure (table {@code resultat_revision_mesure}).
 *
 * <p>{@link #code()} est le code stocké par l'original, {@link #libelle()} le libellé métier.
 * Immuable et thread-safe.
 */
public enum ResultatRevision implements CodeMetier {
  /** Mainlevée. */
  MAINLEVEE("mainlevee", "mainlevée"),
  /** Reconduction de la mesure. */
  RECONDUCTION("reconduction", "reconduction"),
  /** Aggravation. */
  AGGRAVATION("aggravation", "aggravation"),
  /** Allègement. */
  ALLEGEMENT("allegement", "allègement"),
  /** Dessaisissement en faveur de la famille (libellé original « dessaisissementen… », corrigé). */
  DESSAISISSEMENT_FAMILLE("dessaisissement_famille", "dessaisissement en faveur de la famille"),
  /** Dessaisissement en faveur d'un autre MJPM (libellé original « …d'autre mjpm », corrigé). */
  DESSAISISSEMENT_AUTRE_MJPM("dessaisissement_autre_mjpm", "dessaisissement en faveur d'un autre MJPM");

  private final String code;
  private final String libelle;

  ResultatRevision(String code, String libelle) {
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
   * @param code code stocké (par exemple {@code reconduction}), éventuellement nul
   */
  public static Optional<ResultatRevision> parCode(@Nullable String code) {
    if (code != null) {
      for (ResultatRevision v : values()) {
        if (v.code.equals(code)) {
          return Optional.of(v);
        }
      }
    }
    return Optional.empty();
  }
}
