// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

import java.util.Arrays;
import java.util.Optional;

/** Type d'un champ du catalogue d'enquête. */
public enum TypeChamp {
  /** Nombre entier. */
  ENTIER("integer"),
  /** Nombre décimal. */
  DECIMAL("decimal"),
  /** Code d'une énumération. */
  ENUMERATION("enum"),
  /** Oui/non. */
  OUI_NON("yes/no"),
  /** Année (entier). */
  ANNEE("year"),
  /** Texte libre. */
  TEXTE("text"),
  /** Liste répétée d'éléments. */
  GROUPE_REPETE("repeating group");

  private final String code;

  TypeChamp(String code) {
    this.code = code;
  }

  /** {@return code du catalogue} */
  public String code() {
    return code;
  }

  /**
   * Type de ce code.
   *
   * @param code code du catalogue (ex. {@code integer}, {@code enum}), peut être {@code null}
   * @return type de ce code, vide si le code est inconnu ou {@code null}
   */
  public static Optional<TypeChamp> parCode(@org.jspecify.annotations.Nullable String code) {
    return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
  }

  /** {@return vrai pour les types numériques} */
  public boolean estNumerique() {
    return this == ENTIER || this == DECIMAL || this == ANNEE;
  }
}
