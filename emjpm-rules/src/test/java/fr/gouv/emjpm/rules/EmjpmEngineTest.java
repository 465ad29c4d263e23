// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.emjpm.domain.referentiel.Referentiel;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class EmjpmEngineTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Test
  void laDateDuJourVientDeLHorlogeInjecteeDansLeFuseauMetier() {
    // 31/12/2025 23:30 à Paris = 1er janvier 2026 12:30 à Kiritimati (fuseau par défaut des tests)
    Instant instant = Instant.parse("2025-12-31T22:30:00Z");
    EmjpmEngine engine = EmjpmEngine.builder().clock(Clock.fixed(instant, PARIS)).build();
    assertThat(engine.aujourdhui()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(engine.contexte().aujourdhui()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(engine.contexte().anneeEnCours()).isEqualTo(2025);
    assertThat(engine.contexte().maintenant()).isEqualTo(instant);
  }

  @Test
  void parDefautFuseauParisEtReferentielEmbarque() {
    EmjpmEngine engine = EmjpmEngine.parDefaut();
    assertThat(engine.clock().getZone()).isEqualTo(PARIS);
    assertThat(engine.referentiel()).isSameAs(Referentiel.embarque());
  }

  @Test
  void uneOptionNePeutEtreFixeeQuUneFois() {
    EmjpmEngine.Builder b = EmjpmEngine.builder().clock(Clock.systemUTC());
    assertThatThrownBy(() -> b.clock(Clock.systemUTC())).isInstanceOf(IllegalStateException.class);
    EmjpmEngine.Builder b2 = EmjpmEngine.builder().referentiel(Referentiel.embarque());
    assertThatThrownBy(() -> b2.referentiel(Referentiel.embarque()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void deuxMoteursIndependants() {
    EmjpmEngine a = EmjpmEngine.builder().clock(Clock.fixed(Instant.EPOCH, PARIS)).build();
    EmjpmEngine b =
        EmjpmEngine.builder().clock(Clock.fixed(Instant.parse("2030-06-01T10:00:00Z"), PARIS)).build();
    assertThat(a.aujourdhui()).isEqualTo(LocalDate.of(1970, 1, 1));
    assertThat(b.aujourdhui()).isEqualTo(LocalDate.of(2030, 6, 1));
  }
}
