// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.testkit;

/**
 * Façade des générateurs de services mandataires. Exemple : {@code
 * Services.generateur().nombreAntennes(2).dispoMax(50, 200).generer(3L)}. Immuable et thread-safe.
 */
public final class Services {

  private Services() {}

  /** {@return services de 0 à 3 antennes, capacité 0 à 300, non suspendus} */
  public static GenerateurService generateur() {
    return new GenerateurService(0, 3, 0, 300, false);
  }

  /**
   * {@return services avec exactement {@code nombre} antennes}
   *
   * @param nombre nombre d'antennes voulu, positif ou nul
   */
  public static GenerateurService avecAntennes(int nombre) {
    return generateur().nombreAntennes(nombre);
  }
}
