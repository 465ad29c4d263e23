// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.usages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReserverEtAccepterTest {

  @Test
  void leJugeReserveEtLeMandataireAccepte() {
    var e = SortieStandard.executer(ReserverEtAccepter::executer);
    ReserverEtAccepter.Resultats r = e.resultats();
    assertThat(r.refusReservation()).containsExactly("RG_CARACTERES_INVALIDES");
    assertThat(r.statutReserve()).isEqualTo("en_attente");
    assertThat(r.numeroRg()).isEqualTo("21A00167");
    assertThat(r.effetsReservation()).containsExactly("NotifierNouvelleMesure", "RecompterGestionnaire");
    assertThat(r.refusAutreMandataire()).containsExactly("MESURE_AUTRE_GESTIONNAIRE");
    assertThat(r.statutAccepte()).isEqualTo("en_cours");
    assertThat(r.etats()).isEqualTo(1);
    assertThat(r.departement()).isEqualTo("59");
    assertThat(r.protectionEnCoursDepuis()).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(r.effetsAcceptation()).containsExactly("RecompterGestionnaire");
    assertThat(e.recit()).contains("refusé [MESURE_AUTRE_GESTIONNAIRE]");
  }

  @Test
  void leMainImprimeLeRecit() throws Exception {
    String sortie = SortieStandard.capturer(() -> ReserverEtAccepter.main(new String[0]));
    assertThat(sortie).containsSubsequence(
        "== Un juge réserve une mesure, le mandataire l'accepte (2024-03-15)",
        "refusé [RG_CARACTERES_INVALIDES]",
        "mesure en_attente, RG 21A00167",
        "individuel-1 l'accepte : mesure en_cours");
  }
}
