// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.recherche;

import java.util.Arrays;
import java.util.Optional;

/** Ordre de la liste du juge, plus la pertinence d'une recherche en texte libre. */
public enum TriRecherche implements fr.gouv.emjpm.domain.commun.CodeMetier {
  /** « disponibilité » : disponibilité décroissante (défaut sans texte). */
  DISPONIBILITE("disponibilite", "disponibilité"),
  /** « ordre alphabétique (A-Z) ». */
  AZ("az", "ordre alphabétique (A-Z)"),
  /** « ordre alphabétique (Z-A) ». */
  ZA("za", "ordre alphabétique (Z-A)"),
  /** Pertinence décroissante de la recherche en texte libre (défaut avec texte). */
  PERTINENCE("pertinence", "pertinence");

  private final String code;
  private final String libelle;

  TriRecherche(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  /** {@return code (option {@code --tri} de la ligne de commande)} */
  public String code() {
    return code;
  }

  /** {@return libellé affiché} */
  public String libelle() {
    return libelle;
  }

  /**
   * {@return tri de ce code, vide s'il est inconnu}
   *
   * @param code code du tri ({@code disponibilite}, {@code az}, {@code za} ou {@code pertinence}), éventuellement nul
   */
  public static Optional<TriRecherche> parCode(@org.jspecify.annotations.Nullable String code) {
    return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
  }
}
