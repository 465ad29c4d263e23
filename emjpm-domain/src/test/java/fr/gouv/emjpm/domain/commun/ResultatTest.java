// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.commun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultatTest {

  private static final Violation BLOQUANTE = Violation.de(CodeDomaine.SIRET_INVALIDE, "/siret");
  private static final Violation AUTRE_BLOQUANTE = Violation.de(CodeDomaine.RG_TROP_COURT, "/rg");
  private static final Violation AVERTISSEMENT = Violation.de(CodeDomaine.SIRET_CLE_INVALIDE, "/siret");

  @Test
  void succesEtEchec() {
    Resultat<Integer> s = Resultat.succes(2);
    assertThat(s.estSucces()).isTrue();
    assertThat(s.valeur()).contains(2);
    assertThat(s.violations()).isEmpty();
    Resultat<Integer> e = Resultat.echec(BLOQUANTE);
    assertThat(e.estSucces()).isFalse();
    assertThat(e.valeur()).isEmpty();
    assertThat(e.rapport().codes()).containsExactly("SIRET_INVALIDE");
  }

  @Test
  void mapTransformeUnSuccesEtPropageUnEchec() {
    assertThat(Resultat.succes(2, List.of(AVERTISSEMENT)).map(x -> x * 10).valeur()).contains(20);
    assertThat(Resultat.succes(2, List.of(AVERTISSEMENT)).map(x -> x * 10).violations()).containsExactly(AVERTISSEMENT);
    Resultat<Integer> e = Resultat.<Integer>echec(BLOQUANTE).map(x -> x * 10);
    assertThat(e.violations()).containsExactly(BLOQUANTE);
  }

  @Test
  void flatMapCumuleLesAvertissements() {
    Resultat<Integer> r =
        Resultat.succes(2, List.of(AVERTISSEMENT)).flatMap(x -> Resultat.succes(x + 1, List.of(AVERTISSEMENT)));
    assertThat(r.valeur()).contains(3);
    assertThat(r.violations()).hasSize(2);
    Resultat<Integer> e = Resultat.succes(2, List.of(AVERTISSEMENT)).flatMap(x -> Resultat.echec(BLOQUANTE));
    assertThat(e.estSucces()).isFalse();
    assertThat(e.violations()).containsExactly(AVERTISSEMENT, BLOQUANTE);
    boolean[] appele = {false};
    Resultat.<Integer>echec(BLOQUANTE).flatMap(x -> {
      appele[0] = true;
      return Resultat.succes(x);
    });
    assertThat(appele[0]).isFalse();
  }

  @Test
  void combinerRassembleToutesLesViolations() {
    assertThat(Resultat.combiner(Resultat.succes(1), Resultat.succes(2), Integer::sum).valeur()).contains(3);
    Resultat<Integer> deuxEchecs =
        Resultat.combiner(Resultat.<Integer>echec(BLOQUANTE), Resultat.<Integer>echec(AUTRE_BLOQUANTE), Integer::sum);
    assertThat(deuxEchecs.rapport().codes()).containsExactly("SIRET_INVALIDE", "RG_TROP_COURT");
    Resultat<Integer> mixte =
        Resultat.combiner(Resultat.succes(1, List.of(AVERTISSEMENT)), Resultat.<Integer>echec(BLOQUANTE), Integer::sum);
    assertThat(mixte.estSucces()).isFalse();
    assertThat(mixte.violations()).containsExactly(AVERTISSEMENT, BLOQUANTE);
  }

  @Test
  void foldChoisitLaBonneBranche() {
    assertThat(Resultat.succes("a").<String>fold(s -> "S" + s.donnee(), e -> "E")).isEqualTo("Sa");
    assertThat(Resultat.<String>echec(BLOQUANTE).<Integer>fold(s -> 0, e -> e.violations().size())).isEqualTo(1);
  }

  @Test
  void prefixeToutesLesViolations() {
    assertThat(Resultat.<String>echec(BLOQUANTE).prefixe("/mesures/3").violations().get(0).chemin())
        .isEqualTo("/mesures/3/siret");
    assertThat(Resultat.succes("x", List.of(AVERTISSEMENT)).prefixe("/a").violations().get(0).chemin())
        .isEqualTo("/a/siret");
  }

  @Test
  void invariantsDesDeuxCas() {
    assertThatThrownBy(() -> Resultat.succes("x", List.of(BLOQUANTE))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Resultat.echec(List.of(AVERTISSEMENT))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Resultat.echec(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void valeurOuErreurSurUnEchecEstUneErreurDeProgrammation() {
    assertThat(Resultat.succes(5).valeurOuErreur()).isEqualTo(5);
    assertThatThrownBy(() -> Resultat.echec(BLOQUANTE).valeurOuErreur()).isInstanceOf(IllegalStateException.class);
  }
}
