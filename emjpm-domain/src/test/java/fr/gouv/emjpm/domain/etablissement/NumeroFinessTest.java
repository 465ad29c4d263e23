// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.etablissement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.emjpm.domain.commun.CodeDomaine;
import fr.gouv.emjpm.domain.commun.Gravite;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumeroFinessTest {

  @ParameterizedTest
  @ValueSource(strings = {"010000024", "010780054", "970100012", "750100125", "830200523"})
  void numeros_publics_a_cle_juste(String n) {
    NumeroFiness f = NumeroFiness.parse(n).valeur().orElseThrow();
    assertThat(f.cleValide()).contains(true);
    assertThat(f.verifierCle()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"010000025", "970100013", "750100124"})
  void cle_fausse_avertissement_seulement(String n) {
    NumeroFiness f = NumeroFiness.parse(n).valeur().orElseThrow();
    assertThat(f.cleValide()).contains(false);
    assertThat(f.verifierCle().orElseThrow().code()).isEqualTo("FINESS_CLE_INVALIDE");
    assertThat(f.verifierCle().orElseThrow().gravite()).isEqualTo(Gravite.AVERTISSEMENT);
  }

  @ParameterizedTest
  @CsvSource({"2A0000015,2A0000015", "2b0000015,2B0000015", " 010000024 ,010000024"})
  void corse_et_espaces(String texte, String attendu) {
    NumeroFiness f = NumeroFiness.parse(texte).valeur().orElseThrow();
    assertThat(f.valeur()).isEqualTo(attendu);
  }

  @Test
  void cle_corse_non_verifiable() {
    NumeroFiness f = NumeroFiness.of("2A0000015");
    assertThat(f.cleVerifiable()).isFalse();
    assertThat(f.cleValide()).isEmpty();
    assertThat(f.verifierCle()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "01000002", "0100000244", "01000002X", "2C0000015", "A10000024", "01 000024",
      "０10000024", "9A0000012"})
  void formes_refusees(String n) {
    assertThat(NumeroFiness.parse(n).violations()).extracting(v -> v.code())
        .containsExactly(CodeDomaine.FINESS_INVALIDE.code());
    assertThat(NumeroFiness.estBienForme(n)).isFalse();
  }

  @Test
  void nul_refuse_et_constructeur_strict() {
    assertThat(NumeroFiness.parse(null).estSucces()).isFalse();
    assertThatThrownBy(() -> NumeroFiness.of("123")).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource({"9A,971", "9B,972", "9C,973", "9D,974", "9E,975", "9F,976", "01,01", "2A,2A", "2B,2B", "75,75"})
  void departements_fichier_finess(String code, String attendu) {
    assertThat(DepartementFiness.versCodeDepartement(code).valeur().orElseThrow().valeur()).isEqualTo(attendu);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "9G", "00", "ZZ"})
  void departements_finess_invalides(String code) {
    assertThat(DepartementFiness.versCodeDepartement(code).estSucces()).isFalse();
  }

  @Test
  void etablissement_derive_code_postal_insee_et_position() {
    Etablissement e = Etablissement.builder()
        .numeroFiness(NumeroFiness.of("970100012"))
        .raisonSociale("POLYCLINIQUE DE LA GUADELOUPE")
        .departement(DepartementFiness.versCodeDepartement("9A").valeur().orElseThrow())
        .commune("101")
        .ligneAcheminement("97139 LES ABYMES")
        .coordonnees(new CoordonneesProjetees(657242.9, 1795384.4, Optional.empty()))
        .dateOuverture(LocalDate.of(1969, 3, 1))
        .build();
    assertThat(e.raisonSocialeLongue()).isEqualTo("POLYCLINIQUE DE LA GUADELOUPE");
    assertThat(e.codePostal()).contains("97139");
    assertThat(e.codeInsee()).contains("97101");
    assertThat(e.position().orElseThrow().latitude()).isBetween(16.23, 16.24);
    Etablissement sansCoordonnees = e.withCoordonnees(Optional.empty()).withLigneAcheminement("CEDEX");
    assertThat(sansCoordonnees.position()).isEmpty();
    assertThat(sansCoordonnees.codePostal()).isEmpty();
  }
}
