// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.mesure;

import fr.gouv.emjpm.domain.commun.CodeMetier;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Lieu de vie du majeur protégé (table {@code lieu_vie_majeur}).
 *
 * <p>{@link #code()} est le code stocké par l'original, {@link #libelle()} le libellé métier.
 * Immuable et thread-safe.
 */
public enum LieuVie implements CodeMetier {
  /** À domicile. */
  DOMICILE("domicile", "domicile"),
  /** En établissement. */
  ETABLISSEMENT("etablissement", "en établissement"),
  /** En établissement avec conservation du domicile. */
  ETABLISSEMENT_CONSERVATION_DOMICILE("etablissement_conservation_domicile", "en établissement avec conservation du domicile"),
  /** Sans domicile fixe. */
  SDF("sdf", "SDF");

  private final String code;
  private final String libelle;

  LieuVie(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  /** Code stocké par l'original, par exemple {@code "domicile"}. */
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
   * @param code code stocké (par exemple {@code domicile}), éventuellement nul
   */
  public static Optional<LieuVie> parCode(@Nullable String code) {
    if (code != null) {
      for (LieuVie v : values()) {
        if (v.code.equals(code)) {
          return Optional.of(v);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * {@return vrai si ce lieu de vie exige un type d'établissement ({@code etablissement} et {@code
   * etablissement_conservation_domicile})}
   */
  public boolean exigeTypeEtablissement() {
    return this == ETABLISSEMENT || this == ETABLISSEMENT_CONSERVATION_DOMICILE;
  }
}
