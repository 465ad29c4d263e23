// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GardeFormuleTest {

  @ParameterizedTest
  @ValueSource(strings = {"=1+1", "+33", "-2", "@SUM(A1)", "\tx", "\rx", "\nx", "\0x", "＝1", "＋1", "－1", "＠x"})
  void chaqueDeclencheurEstPrefixe(String texte) {
    assertThat(GardeFormule.estDeclencheur(texte)).isTrue();
    assertThat(GardeFormule.proteger(texte)).isEqualTo("'" + texte);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Cabinet 3", "1=1", " =1", "'=1", "a-b", "75002", "é=", "x@y"})
  void lesAutresTextesSontIntacts(String texte) {
    assertThat(GardeFormule.estDeclencheur(texte)).isFalse();
    assertThat(GardeFormule.proteger(texte)).isSameAs(texte);
  }
}
