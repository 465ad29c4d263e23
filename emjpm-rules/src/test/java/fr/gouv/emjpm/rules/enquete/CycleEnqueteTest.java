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
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import static org.junit.jupiter.params.provider.Arguments.arguments;

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

  private static final String REFUS = "ENQUETE_ACTION_NON_AUTORISEE";

  /**
   * Qui fait quoi (§3.1, §3.3, §3.4), pour chaque rôle et chaque statut de réponse, dans les délais :
   * validation par la direction seule (la direction nationale lit et compte, §3.4) ; consultation
   * des tables de réponses : le répondant toujours, la direction hors brouillon, jamais la direction
   * nationale ; modification : le répondant en brouillon, la direction hors brouillon.
   */
  static Stream<Arguments> droits() {
    ActeurEnquete r = ActeurEnquete.REPONDANT;
    ActeurEnquete d = ActeurEnquete.DIRECTION;
    ActeurEnquete n = ActeurEnquete.DIRECTION_NATIONALE;
    StatutReponse b = StatutReponse.BROUILLON;
    StatutReponse s = StatutReponse.SOUMIS;
    StatutReponse v = StatutReponse.VALIDE;
    String deja = "ENQUETE_DEJA_SOUMISE";
    return Stream.of(
        arguments("valider", d, s, List.of()),
        arguments("valider", d, b, List.of("ENQUETE_NON_SOUMISE")),
        arguments("valider", d, v, List.of("ENQUETE_DEJA_VALIDEE")),
        arguments("valider", n, s, List.of(REFUS)),
        arguments("valider", n, b, List.of(REFUS)),
        arguments("valider", r, s, List.of(REFUS)),
        arguments("consulter", r, b, List.of()),
        arguments("consulter", r, v, List.of()),
        arguments("consulter", d, b, List.of("ENQUETE_NON_SOUMISE")),
        arguments("consulter", d, s, List.of()),
        arguments("consulter", d, v, List.of()),
        arguments("consulter", n, s, List.of(REFUS)),
        arguments("modifier", r, b, List.of()),
        arguments("modifier", r, s, List.of(deja)),
        arguments("modifier", d, b, List.of("ENQUETE_NON_SOUMISE")),
        arguments("modifier", d, s, List.of()),
        arguments("modifier", d, v, List.of()),
        arguments("modifier", n, s, List.of(REFUS)),
        arguments("importer", r, b, List.of()),
        arguments("importer", r, s, List.of(deja)),
        arguments("importer", d, s, List.of(REFUS)),
        arguments("importer", n, b, List.of(REFUS)),
        arguments("soumettre", r, b, List.of()),
        arguments("soumettre", r, s, List.of(deja)),
        arguments("soumettre", d, b, List.of(REFUS)),
        arguments("soumettre", n, b, List.of(REFUS)));
  }

  @ParameterizedTest(name = "{0} par {1} d'une réponse {2} → {3}")
  @MethodSource("droits")
  void qui_fait_quoi(String action, ActeurEnquete acteur, StatutReponse statut, List<String> attendus) {
    List<String> codes = switch (action) {
      case "valider" -> CycleEnquete.valider(acteur, statut, campagne).rapport().codes();
      case "consulter" -> CycleEnquete.verifierConsultation(acteur, statut).codes();
      case "modifier" -> CycleEnquete.verifierModification(acteur, statut, campagne, avant).codes();
      case "importer" -> CycleEnquete.verifierImport(acteur, statut, campagne, avant).codes();
      case "soumettre" -> CycleEnquete.soumettre(acteur, statut, StatutSection.VALIDE, campagne, avant).rapport().codes();
      default -> throw new IllegalArgumentException(action);
    };
    assertThat(codes).containsExactlyElementsOf(attendus);
    if (action.equals("valider") && attendus.isEmpty()) {
      assertThat(CycleEnquete.valider(acteur, statut, campagne).valeur()).contains(StatutReponse.VALIDE);
    }
  }

  /** §12.14 : un répondant (membre de service compris) n'agit que sur sa propre réponse, activité comprise. */
  static Stream<Arguments> proprietaires() {
    return Stream.of(
        arguments(GestionnaireId.service(7), GestionnaireId.service(7), List.of()),
        arguments(GestionnaireId.service(7), GestionnaireId.service(8), List.of(REFUS)),
        arguments(GestionnaireId.individuel(7), GestionnaireId.prepose(7), List.of(REFUS)),
        arguments(GestionnaireId.prepose(3), GestionnaireId.prepose(3), List.of()));
  }

  @ParameterizedTest(name = "{0} sur la réponse de {1} → {2}")
  @MethodSource("proprietaires")
  void repondant_limite_a_sa_reponse(GestionnaireId demandeur, GestionnaireId proprietaire, List<String> attendus) {
    assertThat(CycleEnquete.verifierProprietaire(demandeur, proprietaire).codes()).containsExactlyElementsOf(attendus);
  }

  @Test
  void creation_de_campagne() {
    assertThat(CycleEnquete.creerCampagne(ActeurEnquete.DIRECTION_NATIONALE, 2022, LocalDate.of(2022, 7, 31), List.of(2021)).valeur())
        .hasValueSatisfying(c -> assertThat(c.anneeActivite()).isEqualTo(2021));
    assertThat(CycleEnquete.creerCampagne(ActeurEnquete.DIRECTION, 2021, LocalDate.of(2022, 7, 31), List.of(2021)).rapport().codes())
        .containsExactlyInAnyOrder("ENQUETE_ACTION_NON_AUTORISEE", "ENQUETE_CAMPAGNE_EXISTANTE");
  }
}
