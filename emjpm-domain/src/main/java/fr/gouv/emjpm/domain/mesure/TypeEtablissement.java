// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.mesure;

import fr.gouv.emjpm.domain.commun.CodeMetier;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Type d'établissement où vit le majeur : les 6 codes métier seulement ; le 7e code de la base ({@code etablissement_conservation_domicile}) n'est pas accepté (voir docs/ecarts.md).
 *
 * <p>{@link #code()} est le code stocké par l'original, {@link #libelle()} le libellé métier.
 * Immuable et thread-safe.
 */
public enum TypeEtablissement implements CodeMetier {
  /** Établissement ou service pour personnes handicapées. */
  ETABLISSEMENT_HANDICAPES("etablissement_handicapes", "Établissement ou service pour handicapés"),
  /** Établissement pour personnes âgées. */
  ETABLISSEMENT_PERSONNE_AGEE("etablissement_personne_agee", "Établissement pour personnes âgées"),
  /** Autre établissement social ou médico-social. */
  AUTRE_ETABLISSEMENT_S_MS("autre_etablissement_s_ms", "Autre établissement social ou médico-social"),
  /** Établissement hospitalier. */
  ETABLISSEMENT_HOSPITALIER("etablissement_hospitalier", "Établissement hospitalier"),
  /** Établissement psychiatrique. */
  ETABLISSEMENT_PSYCHIATRIQUE("etablissement_psychiatrique", "Établissement psychiatrique"),
  /** Autre établissement. */
  AUTRE_ETABLISSEMENT("autre_etablissement", "Autre établissement");

  private final String code;
  private final String libelle;

  TypeEtablissement(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  /** Code stocké par l'original, par exemple {@code "etablissement_handicapes"}. */
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
   * @param code code stocké (par exemple {@code etablissement_handicapes}), éventuellement nul
   */
  public static Optional<TypeEtablissement> parCode(@Nullable String code) {
    if (code != null) {
      for (TypeEtablissement v : values()) {
        if (v.code.equals(code)) {
          return Optional.of(v);
        }
      }
    }
    return Optional.empty();
  }
}
