// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.usages;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.rules.statistiques.IndicateursDisponibilite;
import org.junit.jupiter.api.Test;

class StatistiquesDirectionTest {

  @Test
  void lesChiffresSeVerifientDeTete() {
    var e = SortieStandard.executer(StatistiquesDirection::executer);
    StatistiquesDirection.Resultats r = e.resultats();
    // Nord : r = 8, −2, 15, 35 (service-4), capacité non renseignée pour individuel-6.
    assertThat(r.nord()).isEqualTo(new IndicateursDisponibilite(58, -2, 56, 1, 5, 175, 115, 7));
    // Région : + Arras (30) et Lens suspendu (25, hors places) ; service-4 compté une fois.
    assertThat(r.region()).isEqualTo(new IndicateursDisponibilite(88, -2, 86, 1, 7, 245, 130, 7));
    assertThat(r.nomRegion()).isEqualTo("Hauts-de-France");
    assertThat(r.gestionnairesParType()).containsExactly(
        org.assertj.core.api.Assertions.entry("SERVICE", 1L),
        org.assertj.core.api.Assertions.entry("INDIVIDUEL", 5L),
        org.assertj.core.api.Assertions.entry("PREPOSE", 1L));
    // Carte : service-4 compte dans le 59 et dans le 62.
    assertThat(r.gestionnairesParDepartement()).containsExactly(
        org.assertj.core.api.Assertions.entry("59", 5L), org.assertj.core.api.Assertions.entry("62", 3L));
    assertThat(e.recit()).contains("62 : 3 gestionnaire(s), capacité 170, en cours 75, en attente 5, disponibilités 90");
  }

  @Test
  void leMainImprimeLeRecit() throws Exception {
    String sortie = SortieStandard.capturer(() -> StatistiquesDirection.main(new String[0]));
    assertThat(sortie).containsSubsequence(
        "== Statistiques des directions (7 gestionnaires du Nord et du Pas-de-Calais)",
        "places disponibles 58, surcapacité -2, disponibilité totale 56, capacité non renseignée 1",
        "Direction régionale Hauts-de-France (5 départements) : 7 gestionnaires",
        "INDIVIDUEL : 5 gestionnaire(s)");
  }
}
