// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.statistiques;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.rules.disponibilite.ComptageMesures;
import fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatistiquesTest {

  static final CodeDepartement NORD = CodeDepartement.of("59");
  static final CodeDepartement PDC = CodeDepartement.of("62");
  final Statistiques stats = Statistiques.standard();

  final FicheGestionnaire service =
      FicheGestionnaire.builder().id(GestionnaireId.service(1)).nom("S").mesuresMax(100).addDepartements(NORD, PDC).build();
  final FicheGestionnaire individuel =
      FicheGestionnaire.builder().id(GestionnaireId.individuel(1)).nom("I").mesuresMax(10).addDepartements(NORD).build();
  final FicheGestionnaire suspendu =
      FicheGestionnaire.builder().id(GestionnaireId.individuel(2)).nom("J").mesuresMax(10).suspendu(true).addDepartements(PDC).build();
  final FicheGestionnaire inconnu =
      FicheGestionnaire.builder().id(GestionnaireId.prepose(1)).nom("P").addDepartements(NORD).build();
  final List<FicheGestionnaire> fiches = List.of(service, individuel, suspendu, inconnu);

  final ComptageMesures comptage = comptage();

  ComptageMesures comptage() {
    ComptageMesures.Builder b = ComptageMesures.builder();
    for (int i = 0; i < 90; i++) {
      b.enCours(service.id());
    }
    for (int i = 0; i < 12; i++) {
      b.enCours(individuel.id());
    }
    b.enAttente(suspendu.id());
    b.enCours(inconnu.id());
    return b.build();
  }

  @Test
  void indicateursDeLaRegionComptentChaqueGestionnaireUneFois() {
    IndicateursDisponibilite r =
        stats.disponibilite(Perimetre.region("32", List.of(NORD, PDC)), fiches, comptage);
    assertThat(r.gestionnaires()).isEqualTo(4);
    assertThat(r.placesDisponibles()).isEqualTo(10); // service : 10 ; suspendu : 0
    assertThat(r.surcapacite()).isEqualTo(-2); // individuel : 10 - 12
    assertThat(r.disponibiliteTotale()).isEqualTo(8);
    assertThat(r.capaciteNonRenseignee()).isEqualTo(1);
    assertThat(r.mesuresEnCours()).isEqualTo(103);
  }

  @Test
  void indicateursDUnDepartement() {
    IndicateursDisponibilite r = stats.disponibilite(Perimetre.departement(PDC), fiches, comptage);
    assertThat(r.gestionnaires()).isEqualTo(2);
    assertThat(r.placesDisponibles()).isEqualTo(10);
    assertThat(r.disponibiliteTotale()).isEqualTo(10);
  }

  @Test
  void parTypeEtParDepartement() {
    List<ChiffresType> t = stats.parType(Perimetre.national(), fiches, comptage);
    assertThat(t).extracting(ChiffresType::type)
        .containsExactly(TypeGestionnaire.SERVICE, TypeGestionnaire.INDIVIDUEL, TypeGestionnaire.PREPOSE);
    assertThat(t.get(1)).isEqualTo(new ChiffresType(TypeGestionnaire.INDIVIDUEL, 2, 20, 20 - 12 - 1, 12, 1));
    assertThat(t.get(2).enSurcapacite()).isTrue();

    List<ChiffresDepartement> d = stats.parDepartement(Perimetre.national(), fiches, comptage);
    assertThat(d).extracting(ChiffresDepartement::departement).containsExactly(NORD, PDC);
    assertThat(d.get(0)).isEqualTo(new ChiffresDepartement(NORD, 3, 110, 103, 0));
    assertThat(d.get(1).disponibilite()).isEqualTo(110 - 90 - 1);
    assertThat(stats.parDepartement(Perimetre.departement(PDC), fiches, comptage)).hasSize(1);
  }
}
