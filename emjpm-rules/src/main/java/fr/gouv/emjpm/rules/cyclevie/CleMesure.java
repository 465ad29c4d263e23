// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.NumeroRg;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import java.util.Objects;

/**
 * Clé d'unicité et d'upsert d'une mesure : un gestionnaire n'a qu'une mesure par tribunal et
 * numéro RG normalisé. {@code toString()} masque le RG (donnée à ne pas journaliser).
 *
 * @param gestionnaire gestionnaire de la mesure
 * @param tribunal tribunal de la mesure
 * @param numeroRg numéro RG normalisé
 */
public record CleMesure(GestionnaireId gestionnaire, TribunalId tribunal, NumeroRg numeroRg) {

  /**
   * Vérifie la présence de chaque composant.
   *
   * @param gestionnaire gestionnaire de la mesure, non nul
   * @param tribunal tribunal de la mesure, non nul
   * @param numeroRg numéro RG normalisé, non nul
   */
  public CleMesure {
    Objects.requireNonNull(gestionnaire, "gestionnaire");
    Objects.requireNonNull(tribunal, "tribunal");
    Objects.requireNonNull(numeroRg, "numeroRg");
  }

  /**
   * {@return clé d'une mesure existante}
   *
   * @param mesure mesure existante
   */
  public static CleMesure de(Mesure mesure) {
    return new CleMesure(mesure.gestionnaire(), mesure.tribunal(), mesure.numeroRg());
  }

  @Override
  public String toString() {
    return "CleMesure[" + gestionnaire + ", " + tribunal + ", RG ****]";
  }
}
