// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.usages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListerMesuresTest {

  @Test
  void listesDuJugeEtDuMandataireEtRouteDeLecture() {
    var e = SortieStandard.executer(ListerMesures::executer);
    ListerMesures.Resultats r = e.resultats();
    assertThat(r.juge()).containsExactly("21A00002", "21A00004", "21A00001", "21A00003");
    assertThat(r.jugeTexte()).containsExactlyInAnyOrder("21A00004", "21A00001");
    assertThat(r.enAttente()).containsExactly("21A00002");
    assertThat(r.gestionnaire()).containsExactly("21A00001", "21A00003");
    assertThat(r.pastille()).isEqualTo("1 / 20");
    assertThat(r.libelle()).isEqualTo("Homme de 73 ans");
    assertThat(r.codeHttpAutre()).isEqualTo(404);
    assertThat(e.recit()).contains("404 [EDITEUR_MESURE_INTROUVABLE]");
  }

  @Test
  void leMainImprimeLeRecit() throws Exception {
    String sortie = SortieStandard.capturer(() -> ListerMesures.main(new String[0]));
    assertThat(sortie).contains("== Listes de mesures (2024-03-15)", "Le juge voit 4 mesures");
  }
}
