// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.statistiques;

import fr.gouv.emjpm.domain.mesure.StatutMesure;
import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatistiquesMesuresTest {

  static final CodeDepartement NORD = CodeDepartement.of("59");
  static final CodeDepartement PDC = CodeDepartement.of("62");
  static final LocalDate AUJOURDHUI = LocalDate.of(2026, 3, 15);
  final Statistiques stats = Statistiques.standard();
  final GestionnaireId g = GestionnaireId.individuel(1);

  MesureStatistique.Builder mesure(StatutMesure statut, CodeDepartement dep) {
    return MesureStatistique.builder().gestionnaire(g).statut(statut).departement(dep);
  }

  final List<MesureStatistique> mesures =
      List.of(
          mesure(StatutMesure.EN_COURS, NORD).dateNomination(LocalDate.of(2025, 1, 10)).build(),
          mesure(StatutMesure.EN_COURS, NORD).dateNomination(LocalDate.of(2026, 1, 10)).antenne(4).build(),
          mesure(StatutMesure.EN_COURS, PDC).build(),
          mesure(StatutMesure.ETEINTE, NORD).dateFin(LocalDate.of(2026, 2, 1)).build(),
          mesure(StatutMesure.EN_ATTENTE, NORD).dateReservation(AUJOURDHUI).build(),
          mesure(StatutMesure.EN_COURS, NORD).dateReservation(AUJOURDHUI.minusDays(29)).build(),
          mesure(StatutMesure.EN_COURS, PDC).dateReservation(AUJOURDHUI.minusDays(30)).build(),
          MesureStatistique.builder().gestionnaire(g).statut(StatutMesure.EN_ATTENTE).dateReservation(LocalDate.of(2025, 4, 2)).build(),
          mesure(StatutMesure.EN_COURS, PDC).dateReservation(LocalDate.of(2025, 3, 31)).build());

  @Test
  void kpiAvecFiltresDeDatesAppliques() {
    FicheGestionnaire f = FicheGestionnaire.builder().id(g).nom("I").mesuresMax(10).addDepartements(NORD).build();
    KpiDirection tout = stats.kpiDirection(Perimetre.departement(NORD), PeriodeStatistique.builder().build(), List.of(f), mesures);
    assertThat(tout.mesuresEnCours()).isEqualTo(3);
    assertThat(tout.mesuresCloturees()).isEqualTo(1);
    assertThat(tout.individuels()).isEqualTo(1);
    assertThat(tout.services()).isZero();
    // 10 - 6 en cours - 2 en attente (toutes les mesures du gestionnaire, tous départements)
    assertThat(tout.disponibilite().placesDisponibles()).isEqualTo(2);

    PeriodeStatistique p2026 = PeriodeStatistique.builder().du(LocalDate.of(2025, 12, 31)).au(LocalDate.of(2026, 12, 31)).build();
    KpiDirection an = stats.kpiDirection(Perimetre.departement(NORD), p2026, List.of(f), mesures);
    assertThat(an.mesuresEnCours()).isEqualTo(1);
    assertThat(an.mesuresCloturees()).isEqualTo(1);
    PeriodeStatistique borneExclue = PeriodeStatistique.builder().du(LocalDate.of(2026, 2, 1)).build();
    assertThat(stats.kpiDirection(Perimetre.departement(NORD), borneExclue, List.of(f), mesures).mesuresCloturees()).isZero();
  }

  @Test
  void comptageParAntenne() {
    assertThat(stats.comptage(mesures).antenne(4).enCours()).isEqualTo(1);
    assertThat(stats.comptage(mesures).gestionnaire(g).enAttente()).isEqualTo(2);
  }

  @Test
  void reservationsSurTrenteJours() {
    assertThat(stats.mesuresReservees30Jours(Perimetre.national(), mesures, AUJOURDHUI)).isEqualTo(2);
    assertThat(stats.mesuresReservees30Jours(Perimetre.departement(PDC), mesures, AUJOURDHUI)).isZero();
  }

  @Test
  void reservationsParMoisSurDouzeMois() {
    List<ReservationsMois> r = stats.reservationsParMois(Perimetre.national(), mesures, AUJOURDHUI);
    assertThat(r).hasSize(12);
    assertThat(r.get(0).mois()).isEqualTo(YearMonth.of(2025, 4));
    assertThat(r.get(11).mois()).isEqualTo(YearMonth.of(2026, 3));
    assertThat(r.get(0).total()).isEqualTo(1); // sans département : total seulement
    assertThat(r.get(0).parDepartement()).isEmpty();
    assertThat(r.get(10).parDepartement()).isEqualTo(Map.of(NORD, 1L, PDC, 1L));
    assertThat(r.get(11).parDepartement()).isEqualTo(Map.of(NORD, 1L));
    assertThat(r.stream().mapToLong(ReservationsMois::total).sum()).isEqualTo(4);
  }
}
