// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.referentiel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@link CodePostal#departement()} lu dans des tables (issue 18 : sans sous-chaîne) rend, pour chacun des
 * codes postaux bien formés, le département de la règle d'origine (copiée ici en oracle), et l'instance
 * partagée de {@link CodeDepartement#of}.
 */
class DepartementDuCodePostalTest {

  @Test
  void chaque_code_postal_bien_forme_donne_le_departement_de_la_regle_d_origine() {
    int codes = 0;
    for (int n = 0; n <= 99_999; n++) {
      String texte = String.format(Locale.ROOT, "%05d", n);
      if (!CodePostal.estBienForme(texte)) {
        assertThat(n).as(texte).isLessThan(1_000);
        continue;
      }
      codes++;
      CodeDepartement dep = CodePostal.of(texte).departement();
      CodeDepartement attendu = departementAvant(texte);
      assertThat(dep).as(texte).isEqualTo(attendu).isSameAs(CodeDepartement.of(attendu.valeur()));
    }
    assertThat(codes).isEqualTo(99_000);
  }

  @Test
  void bornes_corse_et_outre_mer() {
    assertThat(CodePostal.of("20000").departement().valeur()).isEqualTo("2A");
    assertThat(CodePostal.of("20199").departement().valeur()).isEqualTo("2A");
    assertThat(CodePostal.of("20200").departement().valeur()).isEqualTo("2B");
    assertThat(CodePostal.of("97000").departement().valeur()).isEqualTo("970");
    assertThat(CodePostal.of("97100").departement().valeur()).isEqualTo("971");
    assertThat(CodePostal.of("98999").departement().valeur()).isEqualTo("989");
    assertThat(CodePostal.of("99999").departement().valeur()).isEqualTo("99");
    assertThat(CodePostal.of("01000").departement().valeur()).isEqualTo("01");
    assertThat(CodePostal.of("96000").departement().valeur()).isEqualTo("96");
  }

  /** Règle d'origine. */
  private static CodeDepartement departementAvant(String valeur) {
    if (valeur.startsWith("20")) {
      return CodeDepartement.of(Integer.parseInt(valeur) < 20200 ? "2A" : "2B");
    }
    if (valeur.startsWith("97") || valeur.startsWith("98")) {
      return CodeDepartement.of(valeur.substring(0, 3));
    }
    return CodeDepartement.of(valeur.substring(0, 2));
  }
}
