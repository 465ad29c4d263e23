// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.disponibilite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import org.junit.jupiter.api.Test;

class ComptageMesuresAgregesTest {

  private static final GestionnaireId SERVICE = GestionnaireId.service(3);
  private static final GestionnaireId MANDATAIRE = GestionnaireId.individuel(1);

  @Test
  void desCompteursAgregesEgalentLesAjoutsUnParUn() {
    ComptageMesures.Builder unParUn = ComptageMesures.builder();
    for (int i = 0; i < 4; i++) {
      unParUn.enCours(SERVICE, 7);
    }
    unParUn.enAttente(SERVICE, 7).enCours(SERVICE).enCours(MANDATAIRE).enAttente(MANDATAIRE).enAttente(MANDATAIRE);
    ComptageMesures a = unParUn.build();
    ComptageMesures b = ComptageMesures.builder().ajouter(SERVICE, 7, 4, 1).ajouter(SERVICE, 1, 0)
        .ajouter(MANDATAIRE, 1, 2).build();
    assertThat(b.gestionnaire(SERVICE)).isEqualTo(a.gestionnaire(SERVICE)).isEqualTo(new Compteurs(5, 1));
    assertThat(b.antenne(7)).isEqualTo(a.antenne(7)).isEqualTo(new Compteurs(4, 1));
    assertThat(b.gestionnaire(MANDATAIRE)).isEqualTo(a.gestionnaire(MANDATAIRE)).isEqualTo(new Compteurs(1, 2));
    assertThat(b.totalEnCours()).isEqualTo(a.totalEnCours()).isEqualTo(6);
    assertThat(b.totalEnAttente()).isEqualTo(a.totalEnAttente()).isEqualTo(3);
  }

  @Test
  void unCompteurNegatifEstRefuse() {
    assertThatThrownBy(() -> ComptageMesures.builder().ajouter(SERVICE, -1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ComptageMesures.builder().ajouter(SERVICE, 2, 0, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
