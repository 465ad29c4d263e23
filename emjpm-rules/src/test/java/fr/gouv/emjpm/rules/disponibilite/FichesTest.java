// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.disponibilite;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.listeblanche.DepartementAgrement;
import fr.gouv.emjpm.domain.listeblanche.ListeBlancheIndividuel;
import fr.gouv.emjpm.domain.mandataire.Mandataire;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.service.Antenne;
import fr.gouv.emjpm.domain.service.ServiceMandataire;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import fr.gouv.emjpm.rules.EmjpmEngine;
import fr.gouv.emjpm.rules.statistiques.MesureStatistique;
import fr.gouv.emjpm.testkit.Mesures;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FichesTest {

  static final CodeDepartement NORD = CodeDepartement.of("59");

  @Test
  void ficheDUnMandataireAvecSaListeBlanche() {
    Mandataire m =
        Mandataire.builder().id(5).type(TypeGestionnaire.INDIVIDUEL).dispoMax(30).suspendu(true)
            .latitude(50.69).longitude(3.17).listeBlancheId(9).addTribunauxPreferes(TribunalId.of("T1")).build();
    ListeBlancheIndividuel lb =
        ListeBlancheIndividuel.builder().id(9).addDepartementsAgrement(DepartementAgrement.of(NORD)).build();
    FicheGestionnaire f = Fiches.de(m, "MARTIN Camille", Optional.of(lb));
    assertThat(f.id()).isEqualTo(GestionnaireId.individuel(5));
    assertThat(f.departements()).containsExactly(NORD);
    assertThat(f.habilite()).isTrue();
    assertThat(f.suspendu()).isTrue();
    assertThat(f.position()).isPresent();
    assertThat(f.prefere(TribunalId.of("T1"))).isTrue();
    assertThat(Fiches.de(m.withListeBlancheId(Optional.empty()), "X", Optional.empty()).habilite()).isFalse();
  }

  @Test
  void ficheDUnServiceEtComptageDepuisLesMesures() {
    ServiceMandataire s =
        ServiceMandataire.builder().id(3).nom("Service").dispoMax(10).addDepartements(NORD)
            .addAntennes(Antenne.builder().id(7).serviceId(3).nom("A").departement(NORD).mesuresMax(4).build())
            .build();
    FicheGestionnaire f = Fiches.de(s);
    assertThat(f.antennes()).hasSize(1);
    assertThat(f.habilite()).isTrue();
    Mesure base = Mesures.generateur().gestionnaire(f.id()).generer(1L);
    List<Mesure> mesures =
        List.of(
            base.withStatut(StatutMesure.EN_COURS).withAntenneId(7L),
            base.withStatut(StatutMesure.EN_ATTENTE).withAntenneId(Optional.empty()),
            base.withStatut(StatutMesure.ETEINTE));
    ComptageMesures c = ComptageMesures.de(mesures);
    EmjpmEngine engine = EmjpmEngine.builder().clock(Clock.fixed(Instant.parse("2026-03-15T10:00:00Z"), ZoneId.of("Europe/Paris"))).build();
    assertThat(engine.disponibilites().gestionnaire(f, c)).isEqualTo(new Disponibilite(10, 1, 1, false));
    assertThat(engine.disponibilites().departementale(f, NORD, c).getAsInt()).isEqualTo(3);
    MesureStatistique ms =
        MesureStatistique.de(
            base.withMagistratId(4L).withCreeLe(Instant.parse("2026-03-14T23:30:00Z")), ZoneId.of("Europe/Paris"));
    assertThat(ms.dateReservation()).contains(LocalDate.of(2026, 3, 15));
    assertThat(engine.statistiques().mesuresReservees30Jours(
            fr.gouv.emjpm.rules.statistiques.Perimetre.national(), List.of(ms), engine.contexte()))
        .isEqualTo(1);
    assertThat(fr.gouv.emjpm.rules.statistiques.Perimetre.region("32", engine.referentiel()).valeurOuErreur().departements())
        .contains(NORD, CodeDepartement.of("62"));
    assertThat(fr.gouv.emjpm.rules.statistiques.Perimetre.region("999", engine.referentiel()).estSucces()).isFalse();
  }
}
