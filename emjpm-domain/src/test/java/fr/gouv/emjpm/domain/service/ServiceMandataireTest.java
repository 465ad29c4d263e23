// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import org.junit.jupiter.api.Test;

class ServiceMandataireTest {

  private static Antenne antenne(long id, long serviceId, int max) {
    return Antenne.builder().id(id).serviceId(serviceId).nom("Antenne " + id).mesuresMax(max).build();
  }

  @Test
  void serviceEtAntennes() {
    ServiceMandataire s =
        ServiceMandataire.builder()
            .id(5)
            .nom("ATMP")
            .dispoMax(100)
            .addDepartements(CodeDepartement.of("75"), CodeDepartement.of("92"))
            .addAntennes(antenne(1, 5, 30), antenne(2, 5, 40))
            .build();
    assertThat(s.gestionnaireId()).isEqualTo(GestionnaireId.service(5));
    assertThat(s.antenne(2)).hasValueSatisfying(a -> assertThat(a.mesuresMax()).isEqualTo(40));
    assertThat(s.antenne(3)).isEmpty();
    assertThat(s.sommeCapacitesAntennes()).isEqualTo(70);
    assertThat(s.antennes().get(0).gestionnaireId()).isEqualTo(GestionnaireId.service(5));
  }

  @Test
  void laSommeDesCapacitesNEstPasUnInvariant() {
    ServiceMandataire s =
        ServiceMandataire.builder().id(5).nom("S").dispoMax(10).addAntennes(antenne(1, 5, 30)).build();
    assertThat(s.sommeCapacitesAntennes()).isGreaterThan(s.dispoMax());
  }

  @Test
  void uneAntenneDUnAutreServiceOuEnDoubleEstRefusee() {
    assertThatThrownBy(() -> ServiceMandataire.builder().id(5).nom("S").addAntennes(antenne(1, 6, 0)).build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () -> ServiceMandataire.builder().id(5).nom("S").addAntennes(antenne(1, 5, 0), antenne(1, 5, 3)).build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> antenne(0, 5, 0)).isInstanceOf(IllegalStateException.class);
  }
}
