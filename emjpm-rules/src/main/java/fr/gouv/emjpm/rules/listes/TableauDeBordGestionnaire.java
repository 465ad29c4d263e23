// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.listes;

import fr.gouv.emjpm.domain.mesure.NatureMesure;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Tableau de bord d'un gestionnaire : nombre de mesures en cours par nature (natures présentes
 * seulement, dans l'ordre des natures) et pastille « en cours / souhaitées ». Immuable et
 * thread-safe.
 *
 * @param enCoursParNature mesures en cours par nature, sans nature à zéro
 * @param enCours nombre total de mesures en cours
 * @param enAttente nombre de mesures en attente
 * @param souhaitees nombre de mesures souhaitées (capacité déclarée, 0 si non renseignée)
 */
public record TableauDeBordGestionnaire(
    Map<NatureMesure, Long> enCoursParNature, long enCours, long enAttente, int souhaitees) {

  /**
   * Copie la table en gardant son ordre.
   *
   * @param enCoursParNature mesures en cours par nature (copiées, ordre conservé)
   * @param enCours total des mesures en cours
   * @param enAttente total des mesures en attente
   * @param souhaitees capacité déclarée
   */
  public TableauDeBordGestionnaire {
    Objects.requireNonNull(enCoursParNature, "enCoursParNature");
    enCoursParNature = Collections.unmodifiableMap(new LinkedHashMap<>(enCoursParNature));
  }

  /**
   * Pastille « en cours / souhaitées », par exemple {@code 12 / 30}.
   *
   * @return la pastille « en cours / souhaitées »
   */
  public String pastille() {
    return enCours + " / " + souhaitees;
  }
}
