// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.mesure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.emjpm.domain.commun.Resultat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumeroRgTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"21/00167|02100167", "rg-2345 34|RG234534", "12a34567x|12A34567", "''|00000000"})
  void exemplesDeNormalisationDeLaSpec(String saisie, String attendu) {
    assertThat(NumeroRg.normaliser(saisie)).isEqualTo(attendu);
    assertThat(NumeroRg.normalise(saisie).valeur()).isEqualTo(attendu);
  }

  @Test
  void nullSeNormaliseEnHuitZeros() {
    assertThat(NumeroRg.normaliser(null)).isEqualTo("00000000");
  }

  @Test
  void unRgEstValideSSIlEgaleSaNormalisation() {
    assertThat(NumeroRg.estValide("12A34567")).isTrue();
    assertThat(NumeroRg.estValide("12a34567")).isFalse();
    assertThat(NumeroRg.estValide("1234567")).isFalse();
    assertThat(NumeroRg.estValide(null)).isFalse();
  }

  @Test
  void parseAccepteUnRgNormalise() {
    Resultat<NumeroRg> r = NumeroRg.parse("12A34567");
    assertThat(r.estSucces()).isTrue();
    assertThat(r.valeurOuErreur().valeur()).isEqualTo("12A34567");
  }

  @Test
  void parseObligatoire() {
    assertThat(NumeroRg.parse("").rapport().codes()).containsExactly("RG_OBLIGATOIRE");
    assertThat(NumeroRg.parse(null).rapport().codes()).containsExactly("RG_OBLIGATOIRE");
  }

  @Test
  void parseCaractereSpecial() {
    assertThat(NumeroRg.parse("12/34567").rapport().codes()).containsExactly("RG_CARACTERES_INVALIDES");
  }

  @Test
  void parseTropCourtEtTropLong() {
    assertThat(NumeroRg.parse("1234567").rapport().codes()).containsExactly("RG_TROP_COURT");
    assertThat(NumeroRg.parse("123456789").rapport().codes()).containsExactly("RG_TROP_LONG");
  }

  @Test
  void parseRassembleToutesLesViolations() {
    assertThat(NumeroRg.parse("1 2").rapport().codes())
        .containsExactly("RG_CARACTERES_INVALIDES", "RG_TROP_COURT");
  }

  @Test
  void parseMinuscules() {
    assertThat(NumeroRg.parse("12a34567").rapport().codes()).containsExactly("RG_NON_NORMALISE");
  }

  @Test
  void lesMessagesNeContiennentPasLeRg() {
    assertThat(NumeroRg.parse("zz/9999").violations())
        .allSatisfy(v -> assertThat(v.message()).doesNotContain("zz").doesNotContain("9999"));
    assertThat(NumeroRg.normalise("12A34567").toString()).doesNotContain("12A34567");
  }

  @Test
  void leConstructeurRefuseUnRgNonNormalise() {
    assertThatThrownBy(() -> new NumeroRg("abc")).isInstanceOf(IllegalArgumentException.class);
  }
}
