// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.referentiel;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Resultat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Siret#parse} : chaque lecture rend le résultat de la règle (14 chiffres ASCII, espaces de bord
 * ôtés), quels que soient les textes lus avant (espaces de bord, texte invalide, absent).
 */
class SiretLectureTest {

  @Test
  void chaque_lecture_rend_le_resultat_de_la_regle_quel_que_soit_l_ordre() {
    List<String> textes = List.of(" 73282932000074 ", "73282932000074", "17690111400080", "7328293200007",
        "", "  ", "73282932000074", "7328293200007a", "17690111400080 ", "17690111400080");
    for (int tour = 0; tour < 3; tour++) {
      for (String texte : textes) {
        Resultat<Siret> r = Siret.parse(texte);
        String t = texte.strip();
        if (t.length() == 14 && t.chars().allMatch(c -> c >= '0' && c <= '9')) {
          assertThat(r.valeurOuErreur()).as(texte).isEqualTo(new Siret(t));
          assertThat(r.violations()).isEmpty();
        } else {
          assertThat(r.estSucces()).as(texte).isFalse();
          assertThat(r.rapport().codes()).containsExactly("SIRET_INVALIDE");
        }
      }
      assertThat(Siret.parse(null).rapport().codes()).containsExactly("SIRET_INVALIDE");
    }
    assertThat(Siret.parse("00000000000000").valeurOuErreur()).isEqualTo(new Siret("00000000000000"));
    assertThat(Siret.parse(" 00000000000000").valeurOuErreur()).isEqualTo(new Siret("00000000000000"));
  }
}
