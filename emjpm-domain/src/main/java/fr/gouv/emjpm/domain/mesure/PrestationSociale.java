// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.mesure;

import fr.gouv.emjpm.domain.commun.CodeMetier;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Prestation sociale perçue (table {@code prestations_sociales}) : le libellé est le sigle, comme dans l'original ; {@link #description()} en donne la signification.
 *
 * <p>{@link #code()} est le code stocké par l'original, {@link #libelle()} le libellé métier.
 * Immuable et thread-safe.
 */
public enum PrestationSociale implements CodeMetier {
  /** Allocation aux adultes handicapés. */
  AAH("AAH", "AAH", "Allocation aux adultes handicapés."),
  /** Allocation de logement sociale. */
  ALS("ALS", "ALS", "Allocation de logement sociale."),
  /** Allocation personnalisée d'autonomie. */
  APA("APA", "APA", "Allocation personnalisée d'autonomie."),
  /** Aide personnalisée au logement. */
  APL("APL", "APL", "Aide personnalisée au logement."),
  /** Allocation supplémentaire d'invalidité. */
  ASI("ASI", "ASI", "Allocation supplémentaire d'invalidité."),
  /** Allocation de solidarité aux personnes âgées. */
  ASPA("ASPA", "ASPA", "Allocation de solidarité aux personnes âgées."),
  /** Prestation de compensation du handicap. */
  PCH("PCH", "PCH", "Prestation de compensation du handicap."),
  /** Revenu de solidarité active. */
  RSA("RSA", "RSA", "Revenu de solidarité active.");

  private final String code;
  private final String libelle;
  private final String description;

  PrestationSociale(String code, String libelle, String description) {
    this.code = code;
    this.libelle = libelle;
    this.description = description;
  }

  /** Code stocké par l'original, par exemple {@code "AAH"}. */
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
   * @param code code stocké, en majuscules (par exemple {@code AAH}), éventuellement nul
   */
  public static Optional<PrestationSociale> parCode(@Nullable String code) {
    if (code != null) {
      for (PrestationSociale v : values()) {
        if (v.code.equals(code)) {
          return Optional.of(v);
        }
      }
    }
    return Optional.empty();
  }

  /** {@return signification du sigle, par exemple « Revenu de solidarité active »} */
  public String description() {
    return description;
  }
}
