// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.enquete;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.enquete.ReponseEnquete;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Réponse d'enquête en JSON : un nombre démesuré ({@code 1e999999}, infini en double ; 10¹⁵ et plus ;
 * plus de 15 décimales) dans un champ décimal est refusé comme type incorrect, jamais lu ni levé ; un
 * entier hors des bornes d'un entier 64 bits aussi ; la clé en double est refusée par le mappeur durci.
 */
class ReponseEnqueteJsonBornesTest {
  private static final String TABLE = "enquete_reponses_financement";

  private static Resultat<ReponseEnquete> lire(String valeur) {
    return ReponseEnqueteJson.lire("{\"" + TABLE + "\": {\"charges_personnel\": " + valeur + "}}", TypeEnquete.PREPOSE);
  }

  @Test
  void unDecimalDemesureEstUnTypeIncorrect() {
    for (String n : List.of("1e999999", "-1e999999", "1e400", "1e15", "0.0000000000000001")) {
      Resultat<ReponseEnquete> r = lire(n);
      assertThat(r.estSucces()).as(n).isFalse();
      assertThat(r.violations()).as(n).extracting(Violation::code).containsExactly("ENQUETE_JSON_TYPE_INCORRECT");
    }
    assertThat(lire("125000.5").estSucces()).isTrue();
    assertThat(lire("999999999999999").estSucces()).isTrue();
  }

  @Test
  void uneCleEnDoubleEstRefusee() {
    Resultat<ReponseEnquete> r = ReponseEnqueteJson.lire(
        "{\"" + TABLE + "\": {\"charges_personnel\": 1, \"charges_personnel\": 2}}", TypeEnquete.PREPOSE);
    assertThat(r.violations()).extracting(Violation::code).containsExactly("ENQUETE_JSON_INVALIDE");
    assertThat(ReponseEnqueteJson.analyser("{\"a\": 1, \"a\": 2}").estSucces()).isFalse();
    assertThat(ReponseEnqueteJson.analyser("{\"a\": 1}").estSucces()).isTrue();
  }
}
