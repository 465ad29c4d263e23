// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.tribunal;

import java.util.Objects;

/**
 * Identifiant stable d'un tribunal : le numéro d'établissement du registre du ministère de la Justice
 * (DSJ, colonne {@code id} du référentiel embarqué). Un hôte qui a ses propres identifiants peut y
 * mettre les siens (texte non vide, sans espace). Immuable et thread-safe.
 *
 * @param valeur identifiant non vide
 */
public record TribunalId(String valeur) {

  /**
   * Garantit l'invariant : non vide, sans blanc.
   *
   * @param valeur identifiant non vide, sans blanc
   */
  public TribunalId {
    Objects.requireNonNull(valeur, "valeur");
    if (valeur.isEmpty() || valeur.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("Identifiant de tribunal vide ou contenant un blanc");
    }
  }

  /**
   * Identifiant de confiance.
   *
   * @param valeur identifiant non vide, sans blanc
   * @return l'identifiant
   */
  public static TribunalId of(String valeur) {
    return new TribunalId(valeur);
  }

  @Override
  public String toString() {
    return valeur;
  }
}
