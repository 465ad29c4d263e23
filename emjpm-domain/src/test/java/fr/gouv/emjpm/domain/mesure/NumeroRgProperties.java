// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.mesure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link NumeroRg#estValide} vérifie sans allouer : il doit rendre exactement ce que rendait sa
 * définition d'origine, « égale à sa normalisation ».
 */
class NumeroRgProperties {

  /** Alphabet des textes tirés : chiffres, majuscules, minuscules, séparateurs, accentuées, tiret, point. */
  private static final String ALPHABET = "0123456789AZRBazrb -./_éÉ\u00A0\u0660";

  @Test
  void estValide_equivaut_a_egale_a_sa_normalisation() {
    qt().withExamples(20_000)
        .forAll(lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 11))
        .checkAssert(indices -> {
          String texte = texte(indices);
          assertThat(NumeroRg.estValide(texte)).as("« %s »", texte)
              .isEqualTo(texte.equals(NumeroRg.normaliser(texte)));
        });
  }

  @Test
  void estValide_des_formes_normalisees_et_des_bords() {
    assertThat(NumeroRg.estValide("10R00012")).isTrue();
    assertThat(NumeroRg.estValide("00000000")).isTrue();
    assertThat(NumeroRg.estValide("10r00012")).isFalse();
    assertThat(NumeroRg.estValide("10R0001")).isFalse();
    assertThat(NumeroRg.estValide("10R000123")).isFalse();
    assertThat(NumeroRg.estValide("10R-0012")).isFalse();
    assertThat(NumeroRg.estValide("")).isFalse();
    assertThat(NumeroRg.estValide(null)).isFalse();
  }

  private static String texte(List<Integer> indices) {
    StringBuilder b = new StringBuilder();
    for (int i : indices) {
      b.append(ALPHABET.charAt(i));
    }
    return b.toString();
  }
}
