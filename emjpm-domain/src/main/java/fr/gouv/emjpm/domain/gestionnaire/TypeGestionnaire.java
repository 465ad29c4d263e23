// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.gestionnaire;

import fr.gouv.emjpm.domain.commun.CodeMetier;
import java.util.Arrays;
import java.util.Optional;

/** Type de gestionnaire de mesures. */
public enum TypeGestionnaire implements CodeMetier {
  /** Mandataire individuel (exerçant à titre libéral). */
  INDIVIDUEL("individuel", "Mandataire individuel"),
  /** Mandataire préposé d'établissement. */
  PREPOSE("prepose", "Mandataire préposé d'établissement"),
  /** Service mandataire (association, organisme), éventuellement avec antennes. */
  SERVICE("service", "Service mandataire");

  private final String code;
  private final String libelle;

  TypeGestionnaire(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  /** Code stocké par l'original. */
  @Override
  public String code() {
    return code;
  }

  /** Libellé métier. */
  @Override
  public String libelle() {
    return libelle;
  }

  /** {@return vrai pour un mandataire (individuel ou préposé), faux pour un service} */
  public boolean estMandataire() {
    return this != SERVICE;
  }

  /**
   * {@return type de ce code, vide s'il est inconnu}
   *
   * @param code code de l'original ({@code individuel}, {@code prepose} ou {@code service}), éventuellement nul
   */
  public static Optional<TypeGestionnaire> parCode(@org.jspecify.annotations.Nullable String code) {
    return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
  }
}
