// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PeriodeActiviteProperties {

  private final PeriodeActivite y2020 = new PeriodeActivite(2020);

  @Test
  void stock_debut_plus_nouvelles_moins_sorties_egale_stock_fin() {
    LocalDate origine = LocalDate.of(2017, 1, 1);
    qt().withExamples(2000)
        .forAll(integers().between(0, 2000), integers().between(-1, 2000))
        .checkAssert((n, duree) -> {
          LocalDate nomination = origine.plusDays(n);
          Optional<LocalDate> fin = duree < 0 ? Optional.empty() : Optional.of(nomination.plusDays(duree));
          int bilan = (y2020.auPremierJanvier(nomination, fin) ? 1 : 0)
              + (y2020.estNouvelle(nomination) ? 1 : 0)
              - (y2020.estSortie(fin) ? 1 : 0);
          assertThat(bilan).isEqualTo(y2020.auTrenteEtUnDecembre(nomination, fin) ? 1 : 0);
        });
  }

  @Test
  void tranches_d_age_et_d_anciennete() {
    assertThat(y2020.trancheAge(1995)).isEqualTo(1);
    assertThat(y2020.trancheAge(1996)).isEqualTo(0);
    assertThat(y2020.trancheAge(1945)).isEqualTo(4);
    assertThat(y2020.trancheAnciennete(LocalDate.of(2020, 3, 1))).isEqualTo(0);
    assertThat(y2020.trancheAnciennete(LocalDate.of(2010, 12, 31))).isEqualTo(4);
  }

  @Test
  void tranches_de_revenus_2020() {
    TranchesRevenus t = TranchesRevenus.de(new BigDecimal("10832.40"), new BigDecimal("1539.42"));
    assertThat(t.bornes()).hasSize(10);
    assertThat(t.bornes().get(1)).isEqualByComparingTo("18473.04");
    assertThat(t.tranche(new BigDecimal("10832.40"))).isEqualTo(1);
    assertThat(t.tranche(new BigDecimal("10832.41"))).isEqualTo(2);
    assertThat(t.tranche(new BigDecimal("18473.05"))).isEqualTo(3);
    assertThat(t.tranche(new BigDecimal("200000"))).isEqualTo(11);
  }
}
