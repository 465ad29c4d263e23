// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.mandataire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MandataireTest {

  @Test
  void individuelEtPrepose() {
    Mandataire m =
        Mandataire.builder()
            .id(12)
            .type(TypeGestionnaire.INDIVIDUEL)
            .siret(Siret.of("73282932000074"))
            .dispoMax(40)
            .addTribunauxPreferes(TribunalId.of("T1"), TribunalId.of("T2"))
            .build();
    assertThat(m.gestionnaireId()).isEqualTo(GestionnaireId.individuel(12));
    assertThat(m.estIndividuel()).isTrue();
    assertThat(m.suspendu()).isFalse();
    assertThat(m.syncOcmi()).isFalse();
    assertThat(m.tribunauxPreferes()).containsExactly(TribunalId.of("T1"), TribunalId.of("T2"));
    Mandataire p = m.withType(TypeGestionnaire.PREPOSE);
    assertThat(p.gestionnaireId().toString()).isEqualTo("prepose-12");
    assertThat(p.estPrepose()).isTrue();
  }

  @Test
  void invariants() {
    assertThatThrownBy(() -> Mandataire.builder().id(1).type(TypeGestionnaire.SERVICE).build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Mandataire.builder().id(0).type(TypeGestionnaire.INDIVIDUEL).build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Mandataire.builder().id(1).type(TypeGestionnaire.INDIVIDUEL).longitude(2.0).build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aucuneDonneeDAuthentification() {
    assertThat(Arrays.stream(Mandataire.class.getMethods()).map(Method::getName).map(n -> n.toLowerCase(Locale.ROOT)))
        .noneMatch(n -> n.contains("password") || n.contains("motdepasse") || n.contains("token")
            || n.contains("jeton") || n.contains("session") || n.contains("secret"));
  }
}
