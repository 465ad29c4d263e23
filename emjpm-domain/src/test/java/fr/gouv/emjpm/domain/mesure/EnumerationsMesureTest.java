// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.mesure;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.CodeMetier;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EnumerationsMesureTest {

  static Stream<Arguments> enumerations() {
    return Stream.of(
        Arguments.of(StatutMesure.values(), (Function<String, Optional<? extends Object>>) StatutMesure::parCode, 3),
        Arguments.of(NatureMesure.values(), (Function<String, Optional<? extends Object>>) NatureMesure::parCode, 9),
        Arguments.of(ChampMesure.values(), (Function<String, Optional<? extends Object>>) ChampMesure::parCode, 3),
        Arguments.of(LieuVie.values(), (Function<String, Optional<? extends Object>>) LieuVie::parCode, 4),
        Arguments.of(TypeEtablissement.values(), (Function<String, Optional<? extends Object>>) TypeEtablissement::parCode, 6),
        Arguments.of(CauseSortie.values(), (Function<String, Optional<? extends Object>>) CauseSortie::parCode, 5),
        Arguments.of(ResultatRevision.values(), (Function<String, Optional<? extends Object>>) ResultatRevision::parCode, 6),
        Arguments.of(Civilite.values(), (Function<String, Optional<? extends Object>>) Civilite::parCode, 2),
        Arguments.of(PrestationSociale.values(), (Function<String, Optional<? extends Object>>) PrestationSociale::parCode, 8),
        Arguments.of(Pays.values(), (Function<String, Optional<? extends Object>>) Pays::parCode, 2));
  }

  @ParameterizedTest
  @MethodSource("enumerations")
  void chaqueCodeFaitLAllerRetourEtLeNombreEstCeluiDeLaSpec(
      CodeMetier[] valeurs, Function<String, Optional<? extends Object>> parCode, int nombre) {
    assertThat(valeurs).hasSize(nombre);
    for (CodeMetier v : valeurs) {
      assertThat(parCode.apply(v.code()).orElseThrow()).isSameAs(v);
      assertThat(v.libelle()).isNotBlank();
    }
    assertThat(Arrays.stream(valeurs).map(CodeMetier::code).distinct()).hasSize(nombre);
  }

  @ParameterizedTest
  @MethodSource("enumerations")
  void unCodeInconnuDonneUnOptionalVide(
      CodeMetier[] valeurs, Function<String, Optional<? extends Object>> parCode, int nombre) {
    assertThat(parCode.apply("inconnu")).isEmpty();
    assertThat(parCode.apply("")).isEmpty();
    assertThat(parCode.apply(null)).isEmpty();
    assertThat(parCode.apply(valeurs[0].code().toUpperCase(java.util.Locale.ROOT) + "x")).isEmpty();
    assertThat(parCode.apply(" " + valeurs[0].code())).isEmpty();
  }

  @Test
  void codesStockesDeLOriginal() {
    assertThat(StatutMesure.ETEINTE.code()).isEqualTo("eteinte");
    assertThat(NatureMesure.CURATELLE_RENFORCEE.code()).isEqualTo("curatelle_renforcee");
    assertThat(NatureMesure.MESURE_AD_HOC.code()).isEqualTo("mesure_ad_hoc");
    assertThat(ChampMesure.PROTECTION_BIEN_PERSONNE.code()).isEqualTo("protection_bien_personne");
    assertThat(LieuVie.ETABLISSEMENT_CONSERVATION_DOMICILE.code()).isEqualTo("etablissement_conservation_domicile");
    assertThat(TypeEtablissement.AUTRE_ETABLISSEMENT_S_MS.code()).isEqualTo("autre_etablissement_s_ms");
    assertThat(CauseSortie.DESSAISISSEMENT_AUTRE_MJPM.code()).isEqualTo("dessaisissement_autre_mjpm");
    assertThat(ResultatRevision.ALLEGEMENT.code()).isEqualTo("allegement");
    assertThat(Civilite.MADAME.code()).isEqualTo("madame");
    assertThat(PrestationSociale.ASPA.code()).isEqualTo("ASPA");
    assertThat(Pays.BE.code()).isEqualTo("BE");
  }

  @Test
  void libellesMetierAvecAccentsEtCoquillesCorrigees() {
    assertThat(StatutMesure.ETEINTE.libelle()).isEqualTo("Mesure clôturée");
    assertThat(NatureMesure.CURATELLE_RENFORCEE.libelle()).isEqualTo("curatelle renforcée");
    assertThat(NatureMesure.MESURE_AD_HOC.libelle()).isEqualTo("mesure ad hoc");
    assertThat(ChampMesure.PROTECTION_PERSONNE.libelle()).isEqualTo("à la personne");
    assertThat(TypeEtablissement.ETABLISSEMENT_PERSONNE_AGEE.libelle()).isEqualTo("Établissement pour personnes âgées");
    assertThat(ResultatRevision.DESSAISISSEMENT_FAMILLE.libelle()).isEqualTo("dessaisissement en faveur de la famille");
    assertThat(ResultatRevision.DESSAISISSEMENT_AUTRE_MJPM.libelle()).isEqualTo(CauseSortie.DESSAISISSEMENT_AUTRE_MJPM.libelle());
    assertThat(ResultatRevision.ALLEGEMENT.libelle()).isEqualTo("allègement");
    assertThat(Pays.FR.libelle()).isEqualTo("France");
    assertThat(PrestationSociale.RSA.libelle()).isEqualTo("RSA");
    assertThat(PrestationSociale.RSA.description()).isEqualTo("Revenu de solidarité active.");
  }

  @Test
  void leSeptiemeCodeDeLaBaseNEstPasUnTypeEtablissementAccepte() {
    assertThat(TypeEtablissement.parCode("etablissement_conservation_domicile")).isEmpty();
  }

  @Test
  void seulsLesLieuxEnEtablissementExigentUnTypeEtablissement() {
    assertThat(LieuVie.ETABLISSEMENT.exigeTypeEtablissement()).isTrue();
    assertThat(LieuVie.ETABLISSEMENT_CONSERVATION_DOMICILE.exigeTypeEtablissement()).isTrue();
    assertThat(LieuVie.DOMICILE.exigeTypeEtablissement()).isFalse();
    assertThat(LieuVie.SDF.exigeTypeEtablissement()).isFalse();
    assertThat(Pays.FR.exigeCodePostal()).isTrue();
    assertThat(Pays.BE.exigeCodePostal()).isFalse();
  }

  @Test
  void titreNatureEtChamp() {
    assertThat(NatureMesure.CURATELLE_RENFORCEE.titre(ChampMesure.PROTECTION_BIEN))
        .isEqualTo("curatelle renforcée aux biens");
    assertThat(NatureMesure.TUTELLE.titre(Optional.of(ChampMesure.PROTECTION_BIEN_PERSONNE)))
        .isEqualTo("tutelle aux biens et à la personne");
    assertThat(NatureMesure.SAUVEGARDE_JUSTICE.titre(Optional.empty())).isEqualTo("sauvegarde de justice");
  }
}
