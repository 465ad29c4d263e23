// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.usages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.NumeroRg;
import fr.gouv.emjpm.domain.service.ServiceMandataire;
import fr.gouv.emjpm.testkit.Mesures;
import fr.gouv.emjpm.testkit.Services;
import fr.gouv.emjpm.testkit.quicktheories.EmjpmGen;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class VerificationsProprietesTest {

  @Test
  void chaqueVerificationPorteSurLeNombreDExemplesDemandes() {
    var e = SortieStandard.executer(out -> VerificationsProprietes.executer(42L, 150, out));
    VerificationsProprietes.Resultats r = e.resultats();
    assertThat(r.mesuresQuickTheories()).isEqualTo(150);
    assertThat(r.saisiesQuickTheories()).isEqualTo(150);
    assertThat(r.siretsJUnit()).isEqualTo(150);
    assertThat(r.codesPostauxJUnit()).isEqualTo(150);
    assertThat(r.servicesJUnit()).isEqualTo(150);
    assertThat(r.reproductible()).isTrue();
    assertThat(r.proprieteFausseRefutee()).isTrue();
    assertThat(NumeroRg.estValide(r.contreExemple())).isFalse();
    assertThat(e.recit()).contains("QuickTheories : 150 mesures en cours à états croissants");
  }

  @Test
  void memeGraineMemesChiffresEtMemeContreExemple() {
    VerificationsProprietes.Resultats a =
        VerificationsProprietes.executer(7L, 50, new PrintWriter(new StringWriter()));
    VerificationsProprietes.Resultats b =
        VerificationsProprietes.executer(7L, 50, new PrintWriter(new StringWriter()));
    assertThat(a).isEqualTo(b);
  }

  // Les deux façons d'écrire une propriété, telles que docs/testkit.md les montre.

  @Test
  void depuisQuickTheories() {
    qt().withFixedSeed(2026L).withExamples(200)
        .forAll(EmjpmGen.depuis(Mesures.enCours().nombreEtats(1, 4)))
        .check(VerificationsProprietes::etatsCroissants);
  }

  @Test
  void depuisJUnitSimple() {
    for (ServiceMandataire s : Services.avecAntennes(3).dispoMax(0, 200).liste(2026L, 200)) {
      assertThat(VerificationsProprietes.antennesDansLaCapacite(s)).as("service %s", s.id()).isTrue();
      assertThat(s.antennes()).hasSize(3);
    }
    for (Mesure m : Mesures.enCours().nombreEtats(2).liste(2026L, 200)) {
      assertThat(m.etats()).hasSize(2);
      assertThat(VerificationsProprietes.etatsCroissants(m)).isTrue();
    }
  }

  @Test
  void leMainImprimeLeRecit() throws Exception {
    String sortie = SortieStandard.capturer(() -> VerificationsProprietes.main(new String[0]));
    assertThat(sortie).containsSubsequence(
        "== Vérifications de propriétés avec emjpm-testkit (graine 20260315, 300 exemples)",
        "QuickTheories : 300 mesures en cours à états croissants, 300 saisies de RG",
        "JUnit simple : 300 SIRET",
        "contre-exemple trouvé");
  }
}
