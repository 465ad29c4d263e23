// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.enquete;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;

/** Statut calculé d'une sous-section, d'une section ou de la réponse entière (enquete.md §5). */
public enum StatutSection {
  /** Rien de saisi. */
  VIDE("empty", "vide"),
  /** Saisi et toutes les règles passent. */
  VALIDE("valid", "valide"),
  /** Saisi et au moins une règle échoue. */
  INVALIDE("invalid", "invalide"),
  /** Agrégat seulement : mélange de parties vides et valides. */
  PARTIEL("empty-half", "partiellement rempli");

  private final String code;
  private final String libelle;

  StatutSection(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  /**
   * Libellé français pour les personnes (« vide », « valide », « invalide », « partiellement rempli ») ;
   * les sorties machine gardent {@link #code()}.
   *
   * @return libellé français du statut
   */
  public String libelle() {
    return libelle;
  }

  /**
   * Code renvoyé par l'original.
   *
   * @return code renvoyé par l'original
   */
  public String code() {
    return code;
  }

  /**
   * Statut de ce code, vide s'il est inconnu.
   *
   * @param code code de l'original ({@code empty}, {@code valid}, {@code invalid} ou {@code empty-half}), éventuellement nul
   * @return statut de ce code, vide s'il est inconnu
   */
  public static Optional<StatutSection> parCode(@org.jspecify.annotations.Nullable String code) {
    return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
  }

  /**
   * Agrégation §5.3 : une partie invalide → invalide ; sinon une partie partielle → partiel ; sinon
   * des parties vides et valides → partiel ; toutes vides → vide ; sinon valide. Une collection vide
   * donne {@link #VALIDE}.
   *
   * @param parties statuts des parties agrégées
   * @return le statut agrégé
   */
  public static StatutSection agreger(Collection<StatutSection> parties) {
    if (parties.contains(INVALIDE)) {
      return INVALIDE;
    }
    if (parties.contains(PARTIEL)) {
      return PARTIEL;
    }
    if (parties.contains(VIDE)) {
      return parties.contains(VALIDE) ? PARTIEL : VIDE;
    }
    return VALIDE;
  }
}
