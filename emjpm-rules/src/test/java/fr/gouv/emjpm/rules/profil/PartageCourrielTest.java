// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.profil;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import fr.gouv.emjpm.rules.cyclevie.Juge;
import fr.gouv.emjpm.testkit.MesureFixtures;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartageCourrielTest {

  private static final String COURRIEL = "juge@justice.fr";

  @Test
  void courriel_du_magistrat_reservant_montre_si_partage() {
    Mesure m = MesureFixtures.tutelleEnCours().withMagistratId(7L);
    Juge magistrat = Juge.magistrat(m.tribunal(), 7);
    assertThat(PartageCourriel.courrielDuJugePourLeGestionnaire(m, magistrat, true, COURRIEL)).contains(COURRIEL);
    assertThat(PartageCourriel.courrielDuJugePourLeGestionnaire(m, magistrat, false, COURRIEL)).isEmpty();
    assertThat(fr.gouv.emjpm.rules.EmjpmEngine.parDefaut().profils()
        .courrielDuJugePourLeGestionnaire(m, magistrat, true, COURRIEL)).contains(COURRIEL);
    assertThat(PartageCourriel.courrielDuJugePourLeGestionnaire(m, Juge.magistrat(m.tribunal(), 8), true, COURRIEL))
        .isEmpty();
    assertThat(PartageCourriel.courrielDuJugePourLeGestionnaire(m, Juge.magistrat(TribunalId.of("autre"), 7), true,
        COURRIEL)).isEmpty();
  }

  @Test
  void courriel_du_greffier_reservant() {
    Mesure m = MesureFixtures.tutelleEnCours().withMagistratId(Optional.empty()).withGreffierId(3L);
    assertThat(PartageCourriel.courrielDuJugePourLeGestionnaire(m, Juge.greffier(m.tribunal(), 3), true, COURRIEL))
        .contains(COURRIEL);
    assertThat(PartageCourriel.courrielDuJugePourLeGestionnaire(m, Juge.magistrat(m.tribunal(), 3), true, COURRIEL))
        .isEmpty();
  }

  @Test
  void courriel_du_gestionnaire_toujours_visible_du_tribunal() {
    assertThat(PartageCourriel.courrielDuGestionnairePourLeTribunal("m@x.fr")).contains("m@x.fr");
  }
}
