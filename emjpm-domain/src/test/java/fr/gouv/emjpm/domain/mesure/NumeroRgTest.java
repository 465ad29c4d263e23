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

  /** RG hérités de la migration de normalisation de l'original : seule leur forme exacte est gardée. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "02100167-1|true|02100167-1",
        "21A00167-2|true|21A00167-2",
        "21A00167-9999|true|21A00167-9999",
        "' 21A00167-12 '|true|21A00167-12",
        "21A00167-10000|false|21A00167",
        "21A00167-0|false|21A00167",
        "21A00167-01|false|21A00167",
        "21a00167-1|false|21A00167",
        "2100167-1|false|21001671",
        "21A00167-|false|21A00167",
        "21A00167_1|false|21A00167",
        "21A001671-1|false|21A00167"
      })
  void rgHerites(String saisie, boolean herite, String attendu) {
    assertThat(NumeroRg.estFormeHeritee(saisie.strip())).isEqualTo(herite);
    NumeroRg rg = NumeroRg.normalise(saisie);
    assertThat(rg.valeur()).isEqualTo(attendu);
    assertThat(rg.estHerite()).isEqualTo(herite);
    // la normalisation de l'original et l'analyse stricte des formulaires sont inchangées
    assertThat(NumeroRg.estValide(attendu)).isEqualTo(!herite);
    assertThat(NumeroRg.parse(attendu).estSucces()).isEqualTo(!herite);
    assertThat(NumeroRg.normaliser(saisie)).hasSize(NumeroRg.LONGUEUR);
  }

  @Test
  void leConstructeurAccepteUnRgHeriteEtMasqueSaValeur() {
    NumeroRg rg = new NumeroRg("21A00167-1");
    assertThat(rg.toString()).doesNotContain("21A00167");
    assertThatThrownBy(() -> new NumeroRg("21A00167-0")).isInstanceOf(IllegalArgumentException.class);
    assertThat(NumeroRg.estFormeHeritee(null)).isFalse();
  }
}
