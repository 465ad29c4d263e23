// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.ChampMesure;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestkitTest {

  @Test
  void fixtures() {
    Mesure t = MesureFixtures.tutelleEnCours();
    assertThat(t.estEnCours()).isTrue();
    assertThat(t.titre()).isEqualTo("tutelle aux biens et à la personne");
    assertThat(t.numeroRg().valeur()).isEqualTo("02100167");
    assertThat(MesureFixtures.curatelleRenforceeEnAttente().etats()).isEmpty();
    assertThat(MesureFixtures.tutelleEteinte().estEteinte()).isTrue();
    Mesure c = MesureFixtures.curatelleAvecTroisEtats();
    assertThat(c.etats()).hasSize(3);
    assertThat(c.dateProtectionEnCours()).contains(LocalDate.of(2020, 5, 12));
    assertThat(GenerateurMesure.dateProtectionEnCours(c.etats())).isEqualTo(LocalDate.of(2020, 5, 12));
    assertThat(GestionnaireFixtures.serviceAvecDeuxAntennes().sommeCapacitesAntennes()).isEqualTo(80);
    assertThat(GestionnaireFixtures.individuelParis().gestionnaireId()).isEqualTo(GestionnaireId.individuel(1));
    assertThat(GestionnaireFixtures.preposeLyon().estPrepose()).isTrue();
  }

  @Test
  void dateDeProtectionEnCoursSuitLaDerniereSuiteDeMemeNatureEtChamp() {
    Mesure c = MesureFixtures.curatelleAvecTroisEtats();
    var etats = List.of(c.etats().get(0), c.etats().get(1),
        c.etats().get(2).withNature(NatureMesure.CURATELLE_SIMPLE).withChamp(ChampMesure.PROTECTION_BIEN_PERSONNE));
    assertThat(GenerateurMesure.dateProtectionEnCours(etats)).isEqualTo(LocalDate.of(2019, 9, 19));
  }

  @Test
  void generateursReproductiblesEtConfigurables() {
    assertThat(Mesures.generateur().liste(1L, 5)).isEqualTo(Mesures.generateur().liste(1L, 5));
    assertThat(Mesures.generateur().liste(1L, 20)).isNotEqualTo(Mesures.generateur().liste(2L, 20));
    GestionnaireId g = GestionnaireId.service(9);
    assertThat(Mesures.enAttente().gestionnaire(g).liste(3L, 20))
        .allSatisfy(m -> {
          assertThat(m.statut()).isEqualTo(StatutMesure.EN_ATTENTE);
          assertThat(m.gestionnaire()).isEqualTo(g);
        });
    assertThat(Mandataires.individuels().departement(CodeDepartement.of("2B")).liste(4L, 20))
        .allSatisfy(m -> assertThat(m.codePostal().orElseThrow()).startsWith("20"));
    assertThat(Services.avecAntennes(3).generer(5L).antennes()).hasSize(3);
    assertThat(Mesures.etats().nombre(7).flux(6L).limit(10)).allSatisfy(l -> assertThat(l).hasSize(7));
  }

  @Test
  void configurationsImpossiblesRefusees() {
    assertThatThrownBy(() -> Mesures.generateur().nombreEtats(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Mesures.etats().nombre(5).datesEntre(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 3)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Services.generateur().nombreAntennes(3, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void departementsEtCodesPostaux() {
    assertThat(Departements.tous()).hasSize(110);
    for (CodeDepartement d : Departements.tous()) {
      if (!List.of("977", "978", "989", "991").contains(d.valeur())) {
        assertThat(CodesPostaux.duDepartement(d).liste(1L, 20))
            .allSatisfy(cp -> assertThat(cp.departement()).isEqualTo(d));
      }
    }
    assertThat(Sirets.avecCleInvalide().liste(1L, 50)).allSatisfy(s -> assertThat(s.cleValide()).isFalse());
  }

  @Test
  void lesTextesArbitrairesSontVraimentHostiles() {
    List<String> textes = Textes.arbitraires(5, 20).liste(1L, 200);
    assertThat(textes).anySatisfy(t -> assertThat(t.chars().anyMatch(c -> Character.isSurrogate((char) c))).isTrue());
    assertThat(textes).anySatisfy(t -> assertThat(t.chars().anyMatch(c -> c > 0x7F && Character.isDigit(c))).isTrue());
    assertThat(NumerosRg.saisies().liste(1L, 200)).anySatisfy(t -> assertThat(fr.gouv.emjpm.domain.mesure.NumeroRg.estValide(t)).isFalse());
  }
}
