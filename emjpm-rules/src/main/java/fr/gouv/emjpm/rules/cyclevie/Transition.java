// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

import fr.gouv.emjpm.domain.mesure.Mesure;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Nouvel état d'une mesure après une opération (vide si la mesure est supprimée) et effets que l'hôte
 * doit exécuter.
 *
 * @param mesure la mesure après l'opération, vide si elle est supprimée
 * @param effets effets demandés à l'hôte, dans l'ordre
 */
public record Transition(Optional<Mesure> mesure, List<Effet> effets) {

  /**
   * Copie défensive.
   *
   * @param mesure mesure après l'opération, vide si elle est supprimée ; non nul
   * @param effets effets demandés à l'hôte, dans l'ordre (copiés)
   */
  public Transition {
    Objects.requireNonNull(mesure, "mesure");
    Objects.requireNonNull(effets, "effets");
    effets = List.copyOf(effets);
  }

  /**
   * Transition vers une mesure.
   *
   * @param mesure mesure après l'opération
   * @param effets effets demandés à l'hôte, dans l'ordre
   * @return la transition vers {@code mesure}
   */
  public static Transition vers(Mesure mesure, Effet... effets) {
    return new Transition(Optional.of(mesure), List.of(effets));
  }

  /**
   * Transition qui supprime la mesure.
   *
   * @param effets effets demandés à l'hôte, dans l'ordre (en général la suppression et un recomptage)
   * @return la transition sans mesure
   */
  public static Transition suppression(Effet... effets) {
    return new Transition(Optional.empty(), List.of(effets));
  }

  /** {@return vrai si la mesure est supprimée} */
  public boolean supprimee() {
    return mesure.isEmpty();
  }

  /**
   * Effets d'un type donné.
   *
   * @param type classe des effets voulus (par exemple {@code Effet.RecompterGestionnaire.class})
   * @return les effets de ce type, dans l'ordre
   * @param <E> type des effets voulus
   */
  public <E extends Effet> List<E> effets(Class<E> type) {
    return effets.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
