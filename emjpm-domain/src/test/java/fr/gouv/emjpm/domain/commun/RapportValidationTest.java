// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.commun;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RapportValidationTest {

  private static final Violation BLOQUANTE = Violation.de(CodeDomaine.SIRET_INVALIDE, "/siret");
  private static final Violation AVERTISSEMENT = Violation.de(CodeDomaine.SIRET_CLE_INVALIDE, "/siret");

  @Test
  void rapportVideEstValide() {
    assertThat(RapportValidation.vide().estValide()).isTrue();
    assertThat(RapportValidation.vide().estVide()).isTrue();
    assertThat(RapportValidation.de()).isEqualTo(RapportValidation.vide());
  }

  @Test
  void lesAvertissementsNInvalidentPas() {
    RapportValidation r = RapportValidation.de(AVERTISSEMENT);
    assertThat(r.estValide()).isTrue();
    assertThat(r.estVide()).isFalse();
    assertThat(r.avertissements()).containsExactly(AVERTISSEMENT);
    assertThat(r.bloquantes()).isEmpty();
  }

  @Test
  void rassembleToutesLesViolationsDansLOrdre() {
    RapportValidation r =
        RapportValidation.builder().ajouter(AVERTISSEMENT).ajouter(BLOQUANTE).ajouter(AVERTISSEMENT).build();
    assertThat(r.estValide()).isFalse();
    assertThat(r.codes()).containsExactly("SIRET_CLE_INVALIDE", "SIRET_INVALIDE", "SIRET_CLE_INVALIDE");
    assertThat(r.contient(CodeDomaine.SIRET_INVALIDE)).isTrue();
    assertThat(r.contient(CodeDomaine.RG_TROP_LONG)).isFalse();
  }

  @Test
  void leBuilderSaitSIlEstEncoreValide() {
    RapportValidation.Builder b = RapportValidation.builder().ajouter(AVERTISSEMENT);
    assertThat(b.estValide()).isTrue();
    b.ajouterTout(Resultat.echec(BLOQUANTE));
    assertThat(b.estValide()).isFalse();
  }

  @Test
  void fusionnerConcatene() {
    RapportValidation a = RapportValidation.de(BLOQUANTE);
    RapportValidation b = RapportValidation.de(AVERTISSEMENT);
    assertThat(a.fusionner(b).violations()).containsExactly(BLOQUANTE, AVERTISSEMENT);
    assertThat(a.fusionner(RapportValidation.vide())).isSameAs(a);
    assertThat(RapportValidation.vide().fusionner(b)).isSameAs(b);
  }

  @Test
  void versResultat() {
    assertThat(RapportValidation.de(AVERTISSEMENT).versResultat("x").valeur()).contains("x");
    assertThat(RapportValidation.de(AVERTISSEMENT).versResultat("x").violations()).containsExactly(AVERTISSEMENT);
    assertThat(RapportValidation.de(BLOQUANTE, AVERTISSEMENT).versResultat("x").estSucces()).isFalse();
    assertThat(RapportValidation.de(BLOQUANTE, AVERTISSEMENT).versResultat("x").violations()).hasSize(2);
  }
}
