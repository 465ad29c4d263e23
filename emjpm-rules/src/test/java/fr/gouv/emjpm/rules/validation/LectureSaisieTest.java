// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.validation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.mesure.NatureMesure;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LectureSaisieTest {

  @Test
  void codes() {
    assertThat(LectureSaisie.code(Optional.of(" tutelle "), NatureMesure::parCode, "/n", "nature").valeurOuErreur()).contains(NatureMesure.TUTELLE);
    assertThat(LectureSaisie.code(Optional.of(""), NatureMesure::parCode, "/n", "nature").valeurOuErreur()).isEmpty();
    var r = LectureSaisie.code(Optional.of("TUTELLE"), NatureMesure::parCode, "/etats/0/nature", "nature");
    assertThat(r.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("CODE_INVALIDE");
      assertThat(v.chemin()).isEqualTo("/etats/0/nature");
      assertThat(v.message()).doesNotContain("TUTELLE");
    });
  }

  @Test
  void dates() {
    assertThat(LectureSaisie.date(Optional.of("2020-05-12"), "/d", "d").valeurOuErreur()).contains(LocalDate.of(2020, 5, 12));
    assertThat(LectureSaisie.date(Optional.of("0000-00-00"), "/d", "d").valeurOuErreur()).isEmpty();
    assertThat(LectureSaisie.date(Optional.of("2020-02-30"), "/d", "d").rapport().codes()).containsExactly("DATE_INVALIDE");
  }
}
