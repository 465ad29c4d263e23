// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

import fr.gouv.emjpm.domain.mesure.Mesure;
import java.util.List;

/**
 * Résultat d'une opération sur un ensemble de mesures (tâches quotidiennes, « tout supprimer ») :
 * mesures modifiées, clés des mesures à supprimer, effets.
 *
 * @param modifiees mesures dont l'état change (nouvel état)
 * @param supprimees clés des mesures à supprimer
 * @param effets effets demandés à l'hôte (suppressions et recomptages)
 */
public record TransitionLot(List<Mesure> modifiees, List<CleMesure> supprimees, List<Effet> effets) {

  /**
   * Copies défensives.
   *
   * @param modifiees mesures dont l'état change (copiées)
   * @param supprimees clés des mesures à supprimer (copiées)
   * @param effets effets demandés à l'hôte (copiés)
   */
  public TransitionLot {
    modifiees = List.copyOf(modifiees);
    supprimees = List.copyOf(supprimees);
    effets = List.copyOf(effets);
  }

  /** {@return vrai si rien ne change} */
  public boolean estVide() {
    return modifiees.isEmpty() && supprimees.isEmpty();
  }
}
