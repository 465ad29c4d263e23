// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.disponibilite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.emjpm.domain.commun.RapportValidation;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DisponibilitesTest {

  static final CodeDepartement NORD = CodeDepartement.of("59");
  static final CodeDepartement PAS_DE_CALAIS = CodeDepartement.of("62");
  final Disponibilites dispo = Disponibilites.standard();

  static FicheAntenne antenne(long id, String dep, int max) {
    return FicheAntenne.builder()
        .id(id)
        .nom("Antenne " + id)
        .departement(CodeDepartement.of(dep))
        .mesuresMax(max)
        .build();
  }

  static FicheGestionnaire service(int max, boolean suspendu, FicheAntenne... antennes) {
    return FicheGestionnaire.builder()
        .id(GestionnaireId.service(3))
        .nom("Service")
        .mesuresMax(max)
        .suspendu(suspendu)
        .addDepartements(NORD, PAS_DE_CALAIS)
        .addAntennes(antennes)
        .build();
  }

  @Test
  void disponibiliteRestanteEtSurcapacite() {
    FicheGestionnaire f =
        FicheGestionnaire.builder().id(GestionnaireId.individuel(1)).nom("A").mesuresMax(10).build();
    ComptageMesures c =
        ComptageMesures.builder()
            .enCours(f.id())
            .enCours(f.id())
            .enAttente(f.id())
            .enCours(GestionnaireId.individuel(2))
            .build();
    Disponibilite d = dispo.gestionnaire(f, c);
    assertThat(d).isEqualTo(new Disponibilite(10, 2, 1, false));
    assertThat(d.restante()).isEqualTo(7);
    assertThat(d.estDisponible()).isTrue();
    assertThat(d.estEnSurcapacite()).isFalse();

    Disponibilite sur = new Disponibilite(2, 2, 1, false);
    assertThat(sur.restante()).isEqualTo(-1);
    assertThat(sur.estEnSurcapacite()).isTrue();
    assertThat(sur.estDisponible()).isFalse();
    assertThat(sur.enCoursDepasseCapacite()).isFalse();
    assertThat(new Disponibilite(2, 3, 0, false).enCoursDepasseCapacite()).isTrue();
  }

  @Test
  void suspensionForceLaDisponibiliteAZero() {
    Disponibilite d = new Disponibilite(10, 2, 1, true);
    assertThat(d.restante()).isEqualTo(7);
    assertThat(d.disponibilite()).isZero();
    assertThat(d.mesuresMaxAffichees()).isZero();
    assertThat(d.estDisponible()).isFalse();
    assertThat(d.placesDisponibles()).isZero();
    assertThat(new Disponibilite(1, 2, 1, true).disponibilite()).isZero();
  }

  @Test
  void antennesEtDisponibiliteDepartementale() {
    FicheGestionnaire s = service(20, false, antenne(1, "59", 5), antenne(2, "59", 4), antenne(3, "62", 6));
    ComptageMesures c =
        ComptageMesures.builder()
            .enCours(s.id(), 1)
            .enAttente(s.id(), 1)
            .enCours(s.id(), 3)
            .enAttente(s.id())
            .build();
    assertThat(dispo.antenne(s, s.antennes().get(0), c)).isEqualTo(new Disponibilite(5, 1, 1, false));
    assertThat(dispo.antennes(s, c)).containsOnlyKeys(1L, 2L, 3L);
    assertThat(dispo.departementale(s, NORD, c)).isEqualTo(OptionalInt.of(3 + 4));
    assertThat(dispo.departementale(s, PAS_DE_CALAIS, c)).isEqualTo(OptionalInt.of(5));
    assertThat(dispo.departementale(s, CodeDepartement.of("75"), c)).isEmpty();
    // La globale : 20 - 2 en cours - 2 en attente = 16.
    assertThat(dispo.gestionnaire(s, c).restante()).isEqualTo(16);
    assertThat(dispo.departementale(service(20, true, antenne(1, "59", 5)), NORD, c))
        .isEqualTo(OptionalInt.of(0));
  }

  @Test
  void sommeDesAntennesNeDepassePasLeService() {
    assertThat(dispo.verifierCapaciteAntennes(service(10, false, antenne(1, "59", 5), antenne(2, "62", 5))).estValide())
        .isTrue();
    RapportValidation r =
        dispo.verifierCapaciteAntennes(service(9, false, antenne(1, "59", 5), antenne(2, "62", 5)));
    assertThat(r.codes()).containsExactly("CAPACITE_ANTENNES_SUPERIEURE_SERVICE");
    assertThat(r.violations().get(0).message()).contains("10").contains("9");
    assertThat(r.violations().get(0).chemin()).isEqualTo("/antennes");
    // Baisse proposée de la capacité du service.
    assertThat(dispo.verifierCapaciteAntennes(4, List.of(antenne(1, "59", 5))).codes())
        .containsExactly("CAPACITE_ANTENNES_SUPERIEURE_SERVICE");
    assertThat(dispo.verifierCapaciteAntennes(-1, List.of()).codes())
        .containsExactly("CAPACITE_NEGATIVE");
  }

  @Test
  void invariantsDesFiches() {
    assertThatThrownBy(
            () ->
                FicheGestionnaire.builder()
                    .id(GestionnaireId.individuel(1))
                    .nom("X")
                    .addAntennes(antenne(1, "59", 1))
                    .build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> service(5, false, antenne(1, "59", 1), antenne(1, "62", 1)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(service(0, false).habilite()).isTrue();
    assertThat(FicheGestionnaire.builder().id(GestionnaireId.prepose(1)).nom("P").build().habilite())
        .isFalse();
  }
}
