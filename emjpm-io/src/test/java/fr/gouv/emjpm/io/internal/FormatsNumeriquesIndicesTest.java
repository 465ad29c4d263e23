// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Formats intégrés de date aux bornes de leurs plages (14–22, 45–47) ; format sans chaîne. */
class FormatsNumeriquesIndicesTest {

  @Test
  void plagesDesFormatsIntegresDeDate() {
    for (int i : new int[] {14, 18, 22, 45, 46, 47}) {
      assertThat(FormatsNumeriques.estDate(i, "0")).as("%d", i).isTrue();
    }
    for (int i : new int[] {0, 13, 23, 44, 48, 164}) {
      assertThat(FormatsNumeriques.estDate(i, "0")).as("%d", i).isFalse();
    }
    assertThat(FormatsNumeriques.estDate(170, "dd/mm/yyyy")).isTrue();
  }

  @Test
  void formatSansChaine() {
    assertThat(FormatsNumeriques.format(-1, null)).isSameAs(FormatCellule.AUCUN);
    assertThat(FormatsNumeriques.format(170, null)).isEqualTo(new FormatCellule(170, "", false));
    assertThat(FormatsNumeriques.format(14, "m/d/yy")).isEqualTo(new FormatCellule(14, "m/d/yy", true));
    // point-virgule entre crochets ou guillemets : pas une section
    FormatsNumeriques.verifier("0;0;0;[;]\";\"0");
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> FormatsNumeriques.verifier("0;0;0;0;0")))
        .isInstanceOf(ArretLecture.class);
  }
}
