// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.listeblanche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.Siret;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListeBlancheTest {

  private static final CodeDepartement D75 = CodeDepartement.of("75");
  private static final CodeDepartement D92 = CodeDepartement.of("92");

  @Test
  void individuelAvecDepartementFinanceur() {
    ListeBlancheIndividuel e =
        ListeBlancheIndividuel.builder()
            .id(1)
            .siret(Siret.of("73282932000074"))
            .addDepartementsAgrement(DepartementAgrement.of(D92), DepartementAgrement.financeur(D75), DepartementAgrement.of(D92))
            .build();
    assertThat(e.type()).isEqualTo(TypeListeBlanche.INDIVIDUEL);
    assertThat(e.departementFinanceur()).contains(D75);
    assertThat(e.departementsCouverts()).containsExactly(D92, D75);
  }

  @Test
  void preposeAvecEtablissementDeRattachement() {
    EtablissementPrepose a = EtablissementPrepose.builder().etablissementId(10).departement(D92).build();
    EtablissementPrepose b = EtablissementPrepose.builder().etablissementId(11).rattachement(true).build();
    ListeBlanchePrepose e = ListeBlanchePrepose.builder().id(2).addEtablissements(a, b).build();
    assertThat(e.type()).isEqualTo(TypeListeBlanche.PREPOSE);
    assertThat(e.etablissementRattachement()).contains(b);
    assertThat(e.departementsCouverts()).containsExactly(D92);
  }

  @Test
  void serviceEtFiltrageParFormeScellee() {
    ListeBlancheService s = ListeBlancheService.builder().id(3).nom("ATMP").addDepartements(D75, D92).build();
    List<EntreeListeBlanche> entrees = List.of(s, ListeBlanchePrepose.builder().id(4).build());
    assertThat(entrees.stream().filter(x -> x instanceof ListeBlancheService).count()).isEqualTo(1);
    assertThat(s.departementsCouverts()).containsExactly(D75, D92);
    assertThat(s.type().code()).isEqualTo("service");
  }

  @Test
  void typesEtInvariants() {
    assertThat(TypeListeBlanche.values()).hasSize(5);
    for (TypeListeBlanche t : TypeListeBlanche.values()) {
      assertThat(TypeListeBlanche.parCode(t.code())).contains(t);
    }
    assertThat(TypeListeBlanche.parCode("ti")).isEmpty();
    assertThatThrownBy(() -> ListeBlancheService.builder().id(0).nom("x").build()).isInstanceOf(IllegalStateException.class);
  }
}
