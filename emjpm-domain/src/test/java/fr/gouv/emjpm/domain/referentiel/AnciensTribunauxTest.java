// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.referentiel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.emjpm.domain.tribunal.Tribunal;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** domain.md §1.8 : un ancien tribunal ({@code actual_tribunal_id}) est redirigé vers le tribunal actuel. */
class AnciensTribunauxTest {

  private static final Referentiel EMBARQUE = Referentiel.embarque();
  /** Tribunal judiciaire de Lille. */
  private static final Siret LILLE = Siret.of("17590111500709");
  private static final Siret ANCIEN_SIRET = Siret.of("17590111500001");

  static Tribunal ancienDe(Tribunal actuel, String id, Siret siret) {
    return actuel.withId(TribunalId.of(id)).withSiret(siret).withNom("Ancien tribunal d'instance")
        .withTribunalActuel(actuel.id());
  }

  private static final Tribunal LILLE_ACTUEL = EMBARQUE.tribunal(LILLE).orElseThrow();
  private static final Tribunal ANCIEN = ancienDe(LILLE_ACTUEL, "ancien-1", ANCIEN_SIRET);

  @Test
  void unTribunalEnVigueurEstSonPropreTribunalCourant() {
    assertThat(LILLE_ACTUEL.estAncien()).isFalse();
    assertThat(EMBARQUE.tribunalCourant(LILLE)).contains(LILLE_ACTUEL);
    assertThat(EMBARQUE.tribunalCourant(ANCIEN_SIRET)).isEmpty();
    assertThat(EMBARQUE.tribunaux()).noneMatch(Tribunal::estAncien);
  }

  @Test
  void lAncienSiretEstTrouveTelQuelEtRedirigeVersLeTribunalActuel() {
    Referentiel r = EMBARQUE.avecAnciensTribunaux(List.of(ANCIEN));
    assertThat(r.tribunal(ANCIEN_SIRET)).contains(ANCIEN);
    assertThat(r.tribunal(ANCIEN.id())).contains(ANCIEN);
    assertThat(r.tribunalCourant(ANCIEN_SIRET)).contains(LILLE_ACTUEL);
    assertThat(r.tribunalCourant(LILLE)).contains(LILLE_ACTUEL);
    // jamais proposé dans les listes
    assertThat(r.tribunaux()).hasSameSizeAs(EMBARQUE.tribunaux()).doesNotContain(ANCIEN);
    assertThat(r.tribunauxDuDepartement(CodeDepartement.of("59"))).doesNotContain(ANCIEN)
        .containsExactlyElementsOf(EMBARQUE.tribunauxDuDepartement(CodeDepartement.of("59")));
    // le reste est délégué
    assertThat(r.communes()).hasSameSizeAs(EMBARQUE.communes());
    assertThat(r.millesime()).isEqualTo(EMBARQUE.millesime());
    assertThat(r.departements()).isEqualTo(EMBARQUE.departements());
    assertThat(r.regions()).isEqualTo(EMBARQUE.regions());
    assertThat(r.categoriesFiness()).isEqualTo(EMBARQUE.categoriesFiness());
    assertThat(r.commune(CodeInsee.of("59350"))).isEqualTo(EMBARQUE.commune(CodeInsee.of("59350")));
    assertThat(r.communesDuCodePostal(CodePostal.of("59000"))).isEqualTo(EMBARQUE.communesDuCodePostal(CodePostal.of("59000")));
    assertThat(r.commune(CodePostal.of("59000"), "Lille")).isEqualTo(EMBARQUE.commune(CodePostal.of("59000"), "Lille"));
    assertThat(r.departement(CodeDepartement.of("59"))).isEqualTo(EMBARQUE.departement(CodeDepartement.of("59")));
    assertThat(r.region("32")).isEqualTo(EMBARQUE.region("32"));
    assertThat(r.categorieFiness("355")).isEqualTo(EMBARQUE.categorieFiness("355"));
  }

  @Test
  void unSeulSautCommeLOriginal() {
    Tribunal plusAncien = ANCIEN.withId(TribunalId.of("ancien-0")).withSiret(Siret.of("17590111500002"))
        .withTribunalActuel(ANCIEN.id());
    // l'ancien-0 pointe vers l'ancien-1, inconnu du référentiel de base : refusé à la construction
    assertThatThrownBy(() -> EMBARQUE.avecAnciensTribunaux(List.of(ANCIEN, plusAncien)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ancien-0");
  }

  @Test
  void declarationsIncoherentesRefusees() {
    assertThatThrownBy(() -> EMBARQUE.avecAnciensTribunaux(List.of(LILLE_ACTUEL)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sans tribunal actuel");
    Tribunal versInconnu = ANCIEN.withTribunalActuel(TribunalId.of("inexistant"));
    assertThatThrownBy(() -> EMBARQUE.avecAnciensTribunaux(List.of(versInconnu)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inexistant");
    Tribunal idPris = ANCIEN.withId(LILLE_ACTUEL.id());
    assertThatThrownBy(() -> EMBARQUE.avecAnciensTribunaux(List.of(idPris)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Identifiant");
    Tribunal siretPris = ANCIEN.withSiret(LILLE);
    assertThatThrownBy(() -> EMBARQUE.avecAnciensTribunaux(List.of(siretPris)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SIRET");
    Tribunal autre = ancienDe(LILLE_ACTUEL, "ancien-2", ANCIEN_SIRET);
    assertThatThrownBy(() -> EMBARQUE.avecAnciensTribunaux(List.of(ANCIEN, autre)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SIRET");
    assertThatThrownBy(() -> EMBARQUE.avecAnciensTribunaux(List.of(ANCIEN, ANCIEN.withSiret(Siret.of("17590111500003")))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Identifiant");
  }
}
