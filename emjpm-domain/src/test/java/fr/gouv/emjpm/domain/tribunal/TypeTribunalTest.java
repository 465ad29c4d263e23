// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.tribunal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypeTribunalTest {

  @Test
  void codesEtLibelles() {
    assertThat(TypeTribunal.parCode("TJ")).hasValue(TypeTribunal.TJ);
    assertThat(TypeTribunal.parCode("TPI")).hasValue(TypeTribunal.TPI);
    assertThat(TypeTribunal.parCode("TPROX")).hasValue(TypeTribunal.TPROX);
    assertThat(TypeTribunal.parCode("tj")).isEmpty();
    assertThat(TypeTribunal.parCode("TI")).isEmpty();
    assertThat(TypeTribunal.TJ.libelle()).isEqualTo("Tribunal judiciaire");
    assertThat(TypeTribunal.TPROX.libelle()).isEqualTo("Tribunal de proximité");
    assertThat(TypeTribunal.TPI.libelle()).isEqualTo("Tribunal de première instance");
    for (TypeTribunal t : TypeTribunal.values()) {
      assertThat(TypeTribunal.parCode(t.code())).hasValue(t);
    }
  }

  @Test
  void precisionGeo() {
    assertThat(PrecisionGeo.parCode("commune")).hasValue(PrecisionGeo.COMMUNE);
    assertThat(PrecisionGeo.parCode("arrondissement")).hasValue(PrecisionGeo.ARRONDISSEMENT);
    assertThat(PrecisionGeo.parCode("rue")).isEmpty();
  }
}
