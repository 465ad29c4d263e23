// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.proximite;

import java.util.Objects;

/**
 * Élément trouvé par une recherche de proximité, avec sa distance orthodromique au point cherché.
 * Immuable et thread-safe si l'élément l'est.
 *
 * @param <T> type des éléments indexés
 * @param element l'élément
 * @param distanceKm distance orthodromique en kilomètres
 */
public record Voisin<T>(T element, double distanceKm) {

  /**
   * Vérifie l'élément et la distance.
   *
   * @param element élément trouvé, non nul
   * @param distanceKm distance orthodromique en kilomètres, positive ou nulle
   */
  public Voisin {
    Objects.requireNonNull(element, "element");
    if (!(distanceKm >= 0.0)) {
      throw new IllegalArgumentException("distance négative ou non définie");
    }
  }
}
