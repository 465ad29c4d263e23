// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.direction;

import fr.gouv.emjpm.domain.commun.CodeMetier;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Type d'une direction (colonne {@code direction.type} de l'original). Immuable et thread-safe. */
public enum TypeDirection implements CodeMetier {
  /** Direction nationale (DGCS). */
  NATIONALE("national", "Direction nationale"),
  /** Direction régionale. */
  REGIONALE("regional", "Direction régionale"),
  /** Direction départementale. */
  DEPARTEMENTALE("departemental", "Direction départementale");

  private final String code;
  private final String libelle;

  TypeDirection(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String libelle() {
    return libelle;
  }

  /**
   * Rôle d'autorisation porté en plus du rôle {@code direction} : {@code direction_nationale} pour la
   * direction nationale, {@code direction_territoriale} pour une direction régionale ou départementale.
   *
   * @return code du rôle
   */
  public String role() {
    return this == NATIONALE ? "direction_nationale" : "direction_territoriale";
  }

  /**
   * Type de ce code exact ; vide pour un code inconnu ou absent (l'original a des directions sans type).
   *
   * @param code code de l'original ({@code national}, {@code regional}, {@code departemental})
   * @return le type, vide sinon
   */
  public static Optional<TypeDirection> parCode(@Nullable String code) {
    for (TypeDirection t : values()) {
      if (t.code.equals(code)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
