// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.mesure;

import fr.gouv.emjpm.domain.commun.CodeMetier;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Statut d'une mesure (table {@code mesure_status}).
 *
 * <p>{@link #code()} est le code stocké par l'original, {@link #libelle()} le libellé métier.
 * Immuable et thread-safe.
 */
public enum StatutMesure implements CodeMetier {
  /** Réservée par un magistrat ou un greffier, pas encore acceptée. */
  EN_ATTENTE("en_attente", "Mesure en attente"),
  /** Acceptée ou créée par le gestionnaire. */
  EN_COURS("en_cours", "Mesure en cours"),
  /** Clôturée (fin du mandat). */
  ETEINTE("eteinte", "Mesure clôturée");

  private final String code;
  private final String libelle;

  StatutMesure(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  /** Code stocké par l'original, par exemple {@code "en_attente"}. */
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
   * @param code code stocké ({@code en_attente}, {@code en_cours} ou {@code eteinte}), éventuellement nul
   */
  public static Optional<StatutMesure> parCode(@Nullable String code) {
    if (code != null) {
      for (StatutMesure v : values()) {
        if (v.code.equals(code)) {
          return Optional.of(v);
        }
      }
    }
    return Optional.empty();
  }
}
