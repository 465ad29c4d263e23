// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.referentiel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NomsCommunesTest {

  @Test
  void normalisation() {
    assertThat(NomsCommunes.normaliser("L'Abergement-Clémenciat")).isEqualTo("L ABERGEMENT CLEMENCIAT");
    assertThat(NomsCommunes.normaliser("  saint--ÉTIENNE  ")).isEqualTo("SAINT ETIENNE");
    assertThat(NomsCommunes.normaliser("St-Étienne")).isEqualTo("SAINT ETIENNE");
    assertThat(NomsCommunes.normaliser("Ste Foy")).isEqualTo("SAINTE FOY");
    assertThat(NomsCommunes.normaliser("Œuilly")).isEqualTo("OEUILLY");
    assertThat(NomsCommunes.normaliser("L’Haÿ-les-Roses")).isEqualTo("L HAY LES ROSES");
    // sous tr_TR, "i".toUpperCase() donnerait "İ" : la normalisation n'en dépend pas
    assertThat(NomsCommunes.normaliser("issy")).isEqualTo("ISSY");
    assertThat(NomsCommunes.normaliser("Stella-Plage")).isEqualTo("STELLA PLAGE");
    assertThat(NomsCommunes.normaliser("")).isEmpty();
  }
}
