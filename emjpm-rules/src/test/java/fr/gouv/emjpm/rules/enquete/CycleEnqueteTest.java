// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.enquete.CampagneEnquete;
import fr.gouv.emjpm.domain.enquete.StatutReponse;
import fr.gouv.emjpm.domain.enquete.StatutSection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CycleEnqueteTest {

  private final CampagneEnquete campagne = new CampagneEnquete(2021, LocalDate.of(2021, 7, 31));
  private final LocalDate avant = LocalDate.of(2021, 6, 1);

  @Test
  void soumission_d_un_brouillon_partiel_dans_les_delais() {
    Resultat<StatutReponse> r =
        CycleEnquete.soumettre(ActeurEnquete.REPONDANT, StatutReponse.BROUILLON, StatutSection.PARTIEL, campagne, avant);
    assertThat(r.valeur()).contains(StatutReponse.SOUMIS);
    assertThat(CycleEnquete.envoiPropose(StatutReponse.BROUILLON, StatutSection.PARTIEL)).isTrue();
    assertThat(CycleEnquete.envoiPropose(StatutReponse.BROUILLON, StatutSection.VIDE)).isFalse();
  }

  @Test
  void soumission_refusee_rassemble_toutes_les_raisons() {
    Resultat<StatutReponse> r =
        CycleEnquete.soumettre(
            ActeurEnquete.REPONDANT, StatutReponse.SOUMIS, StatutSection.INVALIDE, campagne, LocalDate.of(2021, 8, 1));
    assertThat(r.rapport().codes())
        .containsExactlyInAnyOrder("ENQUETE_DEJA_SOUMISE", "ENQUETE_CAMPAGNE_CLOSE", "ENQUETE_REPONSE_INVALIDE");
  }

  @Test
  void date_limite_incluse_et_horloge_injectee() {
    Clock dernierJour = Clock.fixed(Instant.parse("2021-07-31T12:00:00Z"), ZoneOffset.UTC);
    assertThat(CycleEnquete.soumettre(ActeurEnquete.REPONDANT, StatutReponse.BROUILLON, StatutSection.VALIDE, campagne, dernierJour).valeur())
        .contains(StatutReponse.SOUMIS);
    Clock lendemain = Clock.fixed(Instant.parse("2021-08-01T00:00:00Z"), ZoneOffset.UTC);
    assertThat(CycleEnquete.soumettre(ActeurEnquete.REPONDANT, StatutReponse.BROUILLON, StatutSection.VALIDE, campagne, lendemain).rapport().codes())
        .containsExactly("ENQUETE_CAMPAGNE_CLOSE");
  }

  @Test
  void import_et_modification_selon_le_role() {
    assertThat(CycleEnquete.verifierImport(ActeurEnquete.REPONDANT, StatutReponse.BROUILLON, campagne, avant).estValide()).isTrue();
    assertThat(CycleEnquete.verifierImport(ActeurEnquete.DIRECTION, StatutReponse.SOUMIS, campagne, avant).codes())
        .containsExactly("ENQUETE_ACTION_NON_AUTORISEE");
    assertThat(CycleEnquete.verifierModification(ActeurEnquete.DIRECTION, StatutReponse.SOUMIS, campagne, avant).estValide()).isTrue();
    assertThat(CycleEnquete.verifierModification(ActeurEnquete.DIRECTION, StatutReponse.BROUILLON, campagne, avant).codes())
        .containsExactly("ENQUETE_NON_SOUMISE");
    assertThat(CycleEnquete.verifierModification(ActeurEnquete.REPONDANT, StatutReponse.VALIDE, campagne, avant).codes())
        .containsExactly("ENQUETE_DEJA_SOUMISE");
  }

  @Test
  void validation_par_la_direction_sans_reouverture() {
    assertThat(CycleEnquete.valider(ActeurEnquete.DIRECTION, StatutReponse.SOUMIS, campagne).valeur()).contains(StatutReponse.VALIDE);
    assertThat(CycleEnquete.valider(ActeurEnquete.DIRECTION, StatutReponse.BROUILLON, campagne).rapport().codes()).containsExactly("ENQUETE_NON_SOUMISE");
    assertThat(CycleEnquete.valider(ActeurEnquete.DIRECTION, StatutReponse.VALIDE, campagne).rapport().codes()).containsExactly("ENQUETE_DEJA_VALIDEE");
    assertThat(CycleEnquete.valider(ActeurEnquete.REPONDANT, StatutReponse.SOUMIS, campagne).rapport().codes()).containsExactly("ENQUETE_ACTION_NON_AUTORISEE");
  }

  @Test
  void creation_de_campagne() {
    assertThat(CycleEnquete.creerCampagne(ActeurEnquete.DIRECTION_NATIONALE, 2022, LocalDate.of(2022, 7, 31), List.of(2021)).valeur())
        .hasValueSatisfying(c -> assertThat(c.anneeActivite()).isEqualTo(2021));
    assertThat(CycleEnquete.creerCampagne(ActeurEnquete.DIRECTION, 2021, LocalDate.of(2022, 7, 31), List.of(2021)).rapport().codes())
        .containsExactlyInAnyOrder("ENQUETE_ACTION_NON_AUTORISEE", "ENQUETE_CAMPAGNE_EXISTANTE");
  }
}
