// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.listes;

import fr.gouv.emjpm.domain.mesure.Mesure;
import java.util.Objects;

/**
 * Une ligne d'une liste de mesures : la mesure et sa pertinence pour le texte cherché. Immuable et
 * thread-safe.
 *
 * @param mesure mesure affichée
 * @param pertinence pertinence du texte libre, dans ]0 ; 1,1] ; 1 sans texte
 */
public record LigneMesure(Mesure mesure, double pertinence) {

  /**
   * Vérifie les composantes.
   *
   * @param mesure mesure affichée, non nulle
   * @param pertinence pertinence strictement positive
   */
  public LigneMesure {
    Objects.requireNonNull(mesure, "mesure");
    if (!(pertinence > 0)) {
      throw new IllegalArgumentException("pertinence non positive");
    }
  }

  /**
   * La mesure telle que l'interface l'affiche : sous une demande de réouverture, avec les valeurs
   * de la demande (voir {@link ListesMesures#valeursAffichees(Mesure)}).
   *
   * @return la mesure affichée
   */
  public Mesure affichee() {
    return ListesMesures.valeursAffichees(mesure);
  }
}
