// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.enquete;

import java.util.Arrays;
import java.util.Optional;

/** Type d'enquête, c'est-à-dire type de répondant (colonne {@code user_type}). */
public enum TypeEnquete {
  /** Mandataire individuel (classeur annexe 5). */
  INDIVIDUEL("individuel", "Mandataire individuel", "annexe_5-2019.xls"),
  /** Service mandataire (classeur annexe 3). */
  SERVICE("service", "Service", "annexe_3-2019.xls"),
  /** Mandataire préposé d'établissement (classeur annexe 7). */
  PREPOSE("prepose", "Mandataire préposé d'établissement", "annexe_7-2019.xls");

  private final String code;
  private final String libelle;
  private final String classeur;

  TypeEnquete(String code, String libelle, String classeur) {
    this.code = code;
    this.libelle = libelle;
    this.classeur = classeur;
  }

  /** {@return code stocké par l'original} */
  public String code() {
    return code;
  }

  /** {@return libellé métier} */
  public String libelle() {
    return libelle;
  }

  /** {@return nom du classeur DGCS de ce type} */
  public String classeur() {
    return classeur;
  }

  /**
   * {@return type de ce code, vide s'il est inconnu}
   *
   * @param code code de l'original ({@code individuel}, {@code service} ou {@code prepose}), éventuellement nul
   */
  public static Optional<TypeEnquete> parCode(@org.jspecify.annotations.Nullable String code) {
    return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
  }
}
