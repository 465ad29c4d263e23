// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.referentiel.Referentiel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * La date du jour d'un contexte (gardée d'un appel à l'autre, issue 18) est toujours celle de son instant
 * dans son fuseau, quand des contextes d'instants ou de fuseaux différents s'intercalent.
 */
class ContexteReglesTest {

  private static final Referentiel REFERENTIEL = EmjpmEngine.builder().build().contexte().referentiel();

  @Test
  void date_du_jour_de_chaque_contexte_meme_intercales() {
    Instant soir = Instant.parse("2024-12-31T23:30:00Z");
    ContexteRegles paris = new ContexteRegles(soir, ZoneId.of("Europe/Paris"), REFERENTIEL);
    ContexteRegles utc = new ContexteRegles(soir, ZoneId.of("UTC"), REFERENTIEL);
    ContexteRegles veille = new ContexteRegles(Instant.parse("2024-12-30T10:00:00Z"), ZoneId.of("Europe/Paris"),
        REFERENTIEL);
    // même instant, autre objet : même date
    ContexteRegles parisBis = new ContexteRegles(Instant.parse("2024-12-31T23:30:00Z"), ZoneId.of("Europe/Paris"),
        REFERENTIEL);
    for (int i = 0; i < 3; i++) {
      assertThat(paris.aujourdhui()).isEqualTo(LocalDate.of(2025, 1, 1));
      assertThat(paris.aujourdhui()).isEqualTo(LocalDate.of(2025, 1, 1));
      assertThat(paris.anneeEnCours()).isEqualTo(2025);
      assertThat(utc.aujourdhui()).isEqualTo(LocalDate.of(2024, 12, 31));
      assertThat(utc.anneeEnCours()).isEqualTo(2024);
      assertThat(veille.aujourdhui()).isEqualTo(LocalDate.of(2024, 12, 30));
      assertThat(parisBis.aujourdhui()).isEqualTo(LocalDate.of(2025, 1, 1));
      assertThat(utc.aujourdhui()).isEqualTo(LocalDate.of(2024, 12, 31));
    }
  }
}
