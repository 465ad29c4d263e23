// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.rules.EmjpmEngine;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoteurCycleDeVieTest {

  @Test
  void lesVuesDuMoteurUtilisentSonHorloge() {
    EmjpmEngine engine = Jeux.moteur("2024-12-31T22:30:00Z"); // 31/12 23:30 à Paris
    Mesure m = engine.cycleDeVie().reserver(Jeux.reservation(NatureMesure.TUTELLE).withAnneeNaissance(2024), Jeux.JUGE, MesuresExistantes.aucune())
        .valeurOuErreur().mesure().orElseThrow();
    assertThat(m.creeLe()).contains(engine.clock().instant());
    assertThat(engine.validation().verifier(m).estValide()).isTrue();
    assertThat(engine.validation().verifier(m.withAnneeNaissance(2025)).codes()).containsExactly("ANNEE_NAISSANCE_HORS_BORNES");
    Mesure fin = Jeux.enCours(NatureMesure.TUTELLE).withDateFinMesure(LocalDate.of(2024, 12, 31));
    assertThat(engine.cycleDeVie().cloturerEchues(List.of(fin)).modifiees()).singleElement()
        .satisfies(x -> assertThat(x.statut()).isEqualTo(StatutMesure.ETEINTE));
  }

  @Test
  void acteurDepuisLesEntitesDuDomaine() {
    var service = fr.gouv.emjpm.testkit.Services.avecAntennes(2).generer(3L);
    ActeurGestionnaire a = ActeurGestionnaire.de(service);
    assertThat(a.id()).isEqualTo(service.gestionnaireId());
    assertThat(a.estService()).isTrue();
    assertThat(a.antennes()).hasSize(service.antennes().size());
    assertThat(a.tribunauxPreferes()).containsExactlyInAnyOrderElementsOf(service.tribunauxPreferes());
  }
}
