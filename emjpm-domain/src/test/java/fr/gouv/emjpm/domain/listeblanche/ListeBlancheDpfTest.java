// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.listeblanche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.Siret;
import org.junit.jupiter.api.Test;

/** Entrées de liste blanche des délégués aux prestations familiales. */
class ListeBlancheDpfTest {

  private static final CodeDepartement NORD = CodeDepartement.of("59");

  @Test
  void dpf_individuel_departements_et_financeur() {
    ListeBlancheDpfi e = ListeBlancheDpfi.builder().id(1)
        .addDepartementsAgrement(DepartementAgrement.of(CodeDepartement.of("62")), DepartementAgrement.financeur(NORD))
        .build();
    assertThat(e.type()).isEqualTo(TypeListeBlanche.DPFI);
    assertThat(e.departementFinanceur()).contains(NORD);
    assertThat(e.departementsCouverts()).containsExactly(CodeDepartement.of("62"), NORD);
  }

  @Test
  void sdpf_un_departement_et_siret_prefixe() {
    ListeBlancheSdpf e = ListeBlancheSdpf.builder().id(2).nom("SDPF du Nord").siret(Siret.of("82254321300027"))
        .departementService(NORD).build();
    assertThat(e.type()).isEqualTo(TypeListeBlanche.SDPF);
    assertThat(e.departementsCouverts()).containsExactly(NORD);
    assertThat(e.type().cleSiret(e.siret().orElseThrow().valeur())).isEqualTo("sdpf_82254321300027");
    assertThat(ListeBlancheSdpf.builder().id(3).nom("x").build().departementsCouverts()).isEmpty();
    assertThatThrownBy(() -> ListeBlancheSdpf.builder().id(0).nom("x").build())
        .isInstanceOf(IllegalStateException.class);
  }
}
