// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.usages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EmbarquerMoteurTest {

  @Test
  void leMoteurCompteLesJoursAParisEtVoitLeReferentielEmbarque() {
    var e = SortieStandard.executer(EmbarquerMoteur::executer);
    EmbarquerMoteur.Resultats r = e.resultats();
    // 23 h 30 UTC le 31 décembre : déjà le 1er janvier à Paris.
    assertThat(r.aujourdhui()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(r.anneeEnCours()).isEqualTo(2024);
    assertThat(r.communes()).isEqualTo(34_969);
    assertThat(r.departements()).isEqualTo(109);
    assertThat(r.regions()).isEqualTo(26);
    assertThat(r.tribunaux()).isEqualTo(294);
    assertThat(r.tribunalLille()).isEqualTo("Tribunal judiciaire de Lille");
    assertThat(r.communeRoubaix()).isEqualTo("Roubaix");
    assertThat(e.recit()).contains("nous sommes le 2024-01-01 à Paris", "34969 communes");
  }

  @Test
  void leMainImprimeLeRecit() throws Exception {
    String sortie = SortieStandard.capturer(() -> EmbarquerMoteur.main(new String[0]));
    assertThat(sortie).startsWith("== Embarquer le moteur dans une application hôte")
        .contains("SIRET 17590111500709 : Tribunal judiciaire de Lille ; commune 59512 : Roubaix.");
  }
}
