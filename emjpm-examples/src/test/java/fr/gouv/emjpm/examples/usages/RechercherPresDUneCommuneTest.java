// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.usages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RechercherPresDUneCommuneTest {

  @Test
  void lesGestionnairesSontRangesDuPlusProcheAuPlusLointain() {
    var e = SortieStandard.executer(RechercherPresDUneCommune::executer);
    RechercherPresDUneCommune.Resultats r = e.resultats();
    // Arras (~50 km) est hors du rayon de 40 km.
    assertThat(r.proches()).containsExactly(
        "individuel-1", "individuel-2", "individuel-6", "prepose-3", "service-4", "individuel-7");
    assertThat(r.distancesKm()).isSorted().allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(40.0));
    assertThat(r.distancesKm().get(0)).isCloseTo(0.92, within(0.01));
    assertThat(r.distancesKm().get(3)).isCloseTo(11.62, within(0.01));
    assertThat(r.distancesKm().get(5)).isCloseTo(37.98, within(0.01));
    // Tourcoing en surcapacité, Villeneuve-d'Ascq sans capacité, Lens suspendu : écartés.
    assertThat(r.prochesDisponibles()).containsExactly("individuel-1", "prepose-3", "service-4");
    assertThat(r.refusCommuneInconnue()).containsExactly("COMMUNE_INCONNUE");
    // Liste du juge : habilités dans le 59 (ou préférant Lille), triés par disponibilité décroissante.
    assertThat(r.listeDuJuge()).containsExactly(
        "service-4", "prepose-3", "individuel-1", "individuel-2", "individuel-6");
    assertThat(r.disponibilitesListe()).containsExactly(35, 15, 8, -2, -3);
    assertThat(r.totalTexteRoubaix()).isEqualTo(1);
    assertThat(e.recit()).contains("Avec des places seulement : [individuel-1, prepose-3, service-4]");
  }

  @Test
  void leMainImprimeLeRecit() throws Exception {
    String sortie = SortieStandard.capturer(() -> RechercherPresDUneCommune.main(new String[0]));
    assertThat(sortie).containsSubsequence(
        "== Un juge du Tribunal judiciaire de Lille cherche près de Roubaix (59512)",
        "0,92 km  individuel-1",
        "Commune 59999 : refus [COMMUNE_INCONNUE]",
        "Texte « roubaix » : 1 gestionnaire(s) [individuel-1]");
  }
}
