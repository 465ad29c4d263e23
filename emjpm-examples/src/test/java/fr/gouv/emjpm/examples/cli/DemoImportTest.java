// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class DemoImportTest {

  @Test
  void chiffres_comme_le_format_a_zeros_en_tete() {
    for (int n : new int[] {0, 7, 10, 99, 123, 9_999, 10_000}) {
      assertThat(DemoImport.chiffres(n, 2)).isEqualTo(String.format(Locale.ROOT, "%02d", n));
      assertThat(DemoImport.chiffres(n, 5)).isEqualTo(String.format(Locale.ROOT, "%05d", n));
    }
  }

  @Test
  void colonnes_du_classeur_en_lettres() {
    assertThat(ClasseurXlsxDemo.colonne(0)).isEqualTo("A");
    assertThat(ClasseurXlsxDemo.colonne(10)).isEqualTo("K");
    assertThat(ClasseurXlsxDemo.colonne(25)).isEqualTo("Z");
    assertThat(ClasseurXlsxDemo.colonne(26)).isEqualTo("AA");
    assertThat(ClasseurXlsxDemo.colonne(701)).isEqualTo("ZZ");
    assertThat(ClasseurXlsxDemo.colonne(702)).isEqualTo("AAA");
  }
}
