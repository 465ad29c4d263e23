// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.recherche;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TexteRechercheTest {

  @Test
  void normalisationSansCasseNiAccentsMemeEnLocaleTurque() {
    // La JVM de test tourne en tr_TR : « I » ne doit pas devenir « ı ».
    assertThat(TexteRecherche.normaliser("  Élodie IRÈNE-Cœur, 59100 Roubaix ")).isEqualTo("elodie irene coeur 59100 roubaix");
    assertThat(TexteRecherche.mots("ÀÉÎÕÜ ç")).containsExactly("aeiou", "c");
    assertThat(TexteRecherche.mots(" -- ")).isEmpty();
  }

  @Test
  void classementEgaliteAvantPrefixeAvantSousChaine() {
    TexteRecherche t = TexteRecherche.de("roubaix");
    double egal = t.pertinence("Association Roubaix", List.of());
    double prefixe = t.pertinence("Roubaixienne", List.of());
    double dedans = t.pertinence("Xroubaixx", List.of());
    assertThat(egal).isGreaterThan(prefixe);
    assertThat(prefixe).isGreaterThan(dedans);
    assertThat(dedans).isGreaterThan(0);
    assertThat(t.pertinence("Lille", List.of("59000"))).isZero();
  }

  @Test
  void tousLesMotsDoiventEtreTrouvesEtLeNomCompteDavantage() {
    TexteRecherche t = TexteRecherche.de("ATIAM roubaix");
    assertThat(t.pertinence("ATIAM", List.of("Lille"))).isZero();
    assertThat(t.pertinence("ATIAM", List.of("ROUBAIX"))).isGreaterThan(0);
    assertThat(t.pertinence("Atiam Roubaix", List.of()))
        .isGreaterThan(t.pertinence("ATIAM", List.of("ROUBAIX")));
  }

  @Test
  void fauteDeFrappeToleree() {
    assertThat(TexteRecherche.de("tourcoin").pertinence("Tourcoing", List.of())).isGreaterThan(0);
    assertThat(TexteRecherche.de("dupond").pertinence("DUPONT Jean", List.of())).isGreaterThan(0);
    assertThat(TexteRecherche.similarite("abc", "xyz")).isZero();
  }
}
