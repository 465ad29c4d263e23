// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.referentiel;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Gravite;
import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TypesValeurTest {

  @ParameterizedTest
  @CsvSource({
    "20000,2A", "20190,2A", "20200,2B", "97100,971", "97411,974", "98800,988", "75002,75", "01000,01"
  })
  void codePostalVersDepartement(String cp, String departement) {
    assertThat(CodePostal.departementDe(cp).valeurOuErreur().valeur()).isEqualTo(departement);
    assertThat(CodePostal.of(cp).departement()).isEqualTo(CodeDepartement.of(departement));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"1234", "ABCDE", "123456", "7500A", "７５００２", "75 02", "00816", "00000"})
  void codePostalMalFormeEchoueSansException(String cp) {
    Resultat<CodeDepartement> r = CodePostal.departementDe(cp);
    assertThat(r.estSucces()).isFalse();
    assertThat(r.rapport().codes()).containsExactly("CODE_POSTAL_INVALIDE");
  }

  @Test
  void siretBienFormeEtCleDeLuhn() {
    Siret valide = Siret.parse("73282932000074").valeurOuErreur();
    assertThat(valide.cleValide()).isTrue();
    assertThat(valide.verifierCle()).isEmpty();
    assertThat(valide.siren()).isEqualTo("732829320");
    Siret cleFausse = Siret.parse("73282932000075").valeurOuErreur();
    assertThat(cleFausse.cleValide()).isFalse();
    assertThat(cleFausse.verifierCle())
        .hasValueSatisfying(
            v -> {
              assertThat(v.code()).isEqualTo("SIRET_CLE_INVALIDE");
              assertThat(v.gravite()).isEqualTo(Gravite.AVERTISSEMENT);
            });
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"7328293200007", "732829320000745", "7328293200007A", "732 829 320 00074", "١٢٣٤٥٦٧٨٩٠١٢٣٤"})
  void siretMalForme(String texte) {
    assertThat(Siret.parse(texte).rapport().codes()).containsExactly("SIRET_INVALIDE");
  }

  @Test
  void codeInsee() {
    assertThat(CodeInsee.parse("75056").valeurOuErreur().valeur()).isEqualTo("75056");
    assertThat(CodeInsee.parse("2a004").valeurOuErreur().valeur()).isEqualTo("2A004");
    assertThat(CodeInsee.parse("2B033").estSucces()).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"7505", "750566", "2C004", "AB123", "7505x"})
  void codeInseeMalForme(String texte) {
    assertThat(CodeInsee.parse(texte).rapport().codes()).containsExactly("CODE_INSEE_INVALIDE");
  }

  @Test
  void codeDepartement() {
    assertThat(CodeDepartement.parse("1").valeurOuErreur().valeur()).isEqualTo("01");
    assertThat(CodeDepartement.parse("2a").valeurOuErreur().valeur()).isEqualTo("2A");
    assertThat(CodeDepartement.parse("974").valeurOuErreur().estOutreMer()).isTrue();
    assertThat(CodeDepartement.parse("75").valeurOuErreur().estOutreMer()).isFalse();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"00", "2C", "100", "9999", "AB", "-1"})
  void codeDepartementMalForme(String texte) {
    assertThat(CodeDepartement.parse(texte).rapport().codes()).containsExactly("CODE_DEPARTEMENT_INVALIDE");
  }

  @Test
  void gestionnaireId() {
    GestionnaireId id = GestionnaireId.parse("service-12").valeurOuErreur();
    assertThat(id.type()).isEqualTo(TypeGestionnaire.SERVICE);
    assertThat(id.numero()).isEqualTo(12);
    assertThat(id.toString()).isEqualTo("service-12");
    assertThat(GestionnaireId.parse("individuel-1").valeurOuErreur()).isEqualTo(GestionnaireId.individuel(1));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"service-0", "service--1", "ti-3", "prepose-", "individuel-99999999999999999999", "SERVICE-1", "service-01"})
  void gestionnaireIdMalForme(String texte) {
    assertThat(GestionnaireId.parse(texte).rapport().codes()).containsExactly("GESTIONNAIRE_ID_INVALIDE");
  }
}
