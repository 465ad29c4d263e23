// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.disponibilite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
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
  void douzeMilleGestionnairesNumerotesALaSuiteRetrouventChacunLeursCompteurs() {
    // numéros consécutifs pour chacun des trois types (hashCode consécutifs qui se recouvrent) : chaque
    // gestionnaire et chaque antenne retrouve exactement ce qui lui a été ajouté, les absents rien
    ComptageMesures.Builder b = ComptageMesures.builder();
    for (TypeGestionnaire t : TypeGestionnaire.values()) {
      for (int i = 1; i <= 4_000; i++) {
        if (t == TypeGestionnaire.SERVICE) {
          b.ajouter(GestionnaireId.of(t, i), 100_000L + i, i % 97, i % 5);
        } else {
          b.ajouter(GestionnaireId.of(t, i), i % 89, t.ordinal());
        }
      }
    }
    ComptageMesures c = b.build();
    long enCours = 0;
    for (TypeGestionnaire t : TypeGestionnaire.values()) {
      for (int i = 1; i <= 4_000; i++) {
        Compteurs attendu = t == TypeGestionnaire.SERVICE ? new Compteurs(i % 97, i % 5)
            : new Compteurs(i % 89, t.ordinal());
        assertThat(c.gestionnaire(GestionnaireId.of(t, i))).isEqualTo(attendu);
        enCours += attendu.enCours();
      }
      assertThat(c.gestionnaire(GestionnaireId.of(t, 4_001))).isEqualTo(Compteurs.AUCUN);
    }
    for (int i = 1; i <= 4_000; i++) {
      assertThat(c.antenne(100_000L + i)).isEqualTo(new Compteurs(i % 97, i % 5));
    }
    assertThat(c.antenne(100_000L)).isEqualTo(Compteurs.AUCUN);
    assertThat(c.totalEnCours()).isEqualTo(enCours);
  }

  @Test
  void unCompteurNegatifEstRefuse() {
    assertThatThrownBy(() -> ComptageMesures.builder().ajouter(SERVICE, -1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ComptageMesures.builder().ajouter(SERVICE, 2, 0, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
