// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.mesure;

/**
 * Identifiant technique d'une mesure (clé de l'hôte), strictement positif. Immuable et thread-safe.
 *
 * @param valeur identifiant strictement positif
 */
public record MesureId(long valeur) {

  /**
   * Garantit l'invariant : strictement positif.
   *
   * @param valeur identifiant strictement positif
   */
  public MesureId {
    if (valeur <= 0) {
      throw new IllegalArgumentException("Identifiant de mesure non positif");
    }
  }

  /**
   * Identifiant de confiance (lève {@link IllegalArgumentException} s'il n'est pas positif).
   *
   * @param valeur identifiant strictement positif
   * @return l'identifiant
   */
  public static MesureId of(long valeur) {
    return new MesureId(valeur);
  }

  @Override
  public String toString() {
    return Long.toString(valeur);
  }
}
