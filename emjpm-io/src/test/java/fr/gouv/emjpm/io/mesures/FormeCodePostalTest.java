// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Forme du code postal de l'import : 4 ou 5 chiffres ASCII, rien d'autre (comme l'expression {@code [0-9]{4,5}}). */
class FormeCodePostalTest {

  @ParameterizedTest
  @CsvSource({"1000, true", "59000, true", "0000, true", "99999, true", "590, false", "590000, false",
      "59O00, false", "5900/, false", "5900:, false", "/9000, false", ":9000, false", "５9000, false",
      "٥9000, false", "59 00, false"})
  void quatreOuCinqChiffresAscii(String cp, boolean attendu) {
    assertThat(ColonnesMesures.formeCodePostal(cp)).isEqualTo(attendu);
    assertThat(ColonnesMesures.formeCodePostal(cp)).isEqualTo(cp.matches("[0-9]{4,5}"));
  }
}
