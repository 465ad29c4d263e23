// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.commun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ViolationTest {

  @Test
  void rendLeMessageDepuisLeModeleEtGardeLesArguments() {
    Violation v = Violation.de(CodeDomaine.CODE_INCONNU, "/nature", Map.of("valeur", "xyz", "champ", "nature"));
    assertThat(v.code()).isEqualTo("CODE_INCONNU");
    assertThat(v.gravite()).isEqualTo(Gravite.BLOQUANTE);
    assertThat(v.chemin()).isEqualTo("/nature");
    assertThat(v.message()).isEqualTo("La valeur xyz n'est pas un code accepté pour nature.");
    assertThat(v.arguments()).containsEntry("valeur", "xyz").containsEntry("champ", "nature");
    assertThat(v.estBloquante()).isTrue();
  }

  @Test
  void unParametreSansArgumentResteTelQuel() {
    assertThat(Violation.rendre("a {x} b {y}", Map.of("x", "1"))).isEqualTo("a 1 b {y}");
    assertThat(Violation.rendre("accolade { seule", Map.of())).isEqualTo("accolade { seule");
  }

  @Test
  void graviteParDefautDuCodeEtGraviteExplicite() {
    assertThat(Violation.de(CodeDomaine.SIRET_CLE_INVALIDE, "").gravite()).isEqualTo(Gravite.AVERTISSEMENT);
    assertThat(Violation.de(CodeDomaine.SIRET_INVALIDE, Gravite.AVERTISSEMENT, "", Map.of()).estBloquante()).isFalse();
  }

  @Test
  void prefixeEtChemin() {
    Violation v = Violation.de(CodeDomaine.CODE_POSTAL_INVALIDE, "/code_postal");
    assertThat(v.prefixee("/etats/2").chemin()).isEqualTo("/etats/2/code_postal");
    assertThat(v.avecChemin("Feuil1!C7").chemin()).isEqualTo("Feuil1!C7");
    assertThat(v.prefixee("/x").code()).isEqualTo(v.code());
  }

  @Test
  void lesArgumentsSontCopiesEtImmuables() {
    Map<String, String> args = new HashMap<>();
    args.put("champ", "nature");
    Violation v = new Violation("X", Gravite.BLOQUANTE, "", "m", args);
    args.put("autre", "y");
    assertThat(v.arguments()).containsOnlyKeys("champ");
    assertThatThrownBy(() -> v.arguments().put("z", "z")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void codeVideRefuse() {
    assertThatThrownBy(() -> new Violation(" ", Gravite.BLOQUANTE, "", "m", Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
