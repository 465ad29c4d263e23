// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.enquete.CampagneEnquete;
import fr.gouv.emjpm.domain.enquete.ReponseEnquete;
import fr.gouv.emjpm.domain.enquete.StatutCampagne;
import fr.gouv.emjpm.domain.enquete.StatutReponse;
import fr.gouv.emjpm.domain.enquete.StatutSection;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.rules.EmjpmEngine;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Campagne (statut, début « Du … au … », campagne courante) et texte de la dernière étape. */
class CampagneEtDerniereEtapeTest {

  static final CampagneEnquete C2022 = new CampagneEnquete(2022, LocalDate.of(2022, 3, 31));

  static EmjpmEngine moteur(String instant) {
    return EmjpmEngine.builder().clock(Clock.fixed(Instant.parse(instant), EmjpmEngine.FUSEAU_PARIS)).build();
  }

  @Test
  void titrePeriodeEtEcheanceDUneCampagne() {
    // créée le 31 décembre à 23 h 30 UTC : le 1er janvier à Paris
    FicheCampagne f = new FicheCampagne(3, C2022, StatutCampagne.CREEE, Instant.parse("2021-12-31T23:30:00Z"));
    assertThat(f.titre()).isEqualTo("Enquête 2022 sur l'activité de 2021");
    assertThat(moteur("2022-02-01T10:00:00Z").enquete().periode(f)).isEqualTo("Du 01/01/2022 au 31/03/2022");
    assertThat(f.echeance()).isEqualTo("jusqu'au 31/03/2022");
    assertThat(StatutCampagne.parCode("created")).contains(StatutCampagne.CREEE);
    assertThat(StatutCampagne.parCode("closed")).isEmpty();
  }

  @Test
  void campagneCouranteLaPlusRecenteParmiLesVisibles() {
    FicheCampagne f2021 = new FicheCampagne(1, new CampagneEnquete(2021, LocalDate.of(2022, 6, 30)),
        StatutCampagne.CREEE, Instant.parse("2021-01-01T10:00:00Z"));
    FicheCampagne f2022 = new FicheCampagne(2, C2022, StatutCampagne.CREEE, Instant.parse("2022-01-01T10:00:00Z"));
    List<FicheCampagne> toutes = List.of(f2021, f2022);
    assertThat(moteur("2022-03-31T10:00:00Z").enquete().campagneCourante(toutes)).contains(f2022);
    assertThat(moteur("2022-04-01T10:00:00Z").enquete().campagneCourante(toutes)).contains(f2021);
    assertThat(moteur("2022-07-01T10:00:00Z").enquete().campagneCourante(toutes)).isEmpty();
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "BROUILLON | INVALIDE | Certaines réponses sont invalides. | ''",
        "BROUILLON | VIDE | Vous n'avez pas répondu à l'enquête. | ''",
        "BROUILLON | PARTIEL | Vous n'avez pas répondu à toutes les questions. | Envoyer mes réponses",
        "BROUILLON | VALIDE | Vous avez répondu à toutes les questions de l'enquête. | Envoyer mes réponses",
        "SOUMIS | VALIDE | Vos réponses à l'enquête 2022 ont bien été envoyées. | Visualiser mes réponses",
        "VALIDE | INVALIDE | Vos réponses à l'enquête 2022 ont bien été envoyées. | Visualiser mes réponses",
      })
  void derniereEtape(StatutReponse statut, StatutSection global, String premiere, String bouton) {
    DerniereEtape d = DerniereEtape.de(C2022, statut, global);
    assertThat(d.phrases().get(0)).isEqualTo(premiere);
    assertThat(d.bouton()).isEqualTo(bouton.isEmpty() ? Optional.empty() : Optional.of(bouton));
    assertThat(d.echeance())
        .isEqualTo(statut == StatutReponse.BROUILLON ? Optional.of("jusqu'au 31/03/2022") : Optional.empty());
    if (global == StatutSection.PARTIEL && statut == StatutReponse.BROUILLON) {
      assertThat(d.phrases()).contains("Si vous avez terminé, vous pouvez cependant envoyer vos réponses maintenant.",
          "Celles-ci seront transmises à votre direction régionale.");
    }
  }

  @Test
  void laFacadeCalculeLeStatutGlobal() {
    DerniereEtape vide = moteur("2022-02-01T10:00:00Z").enquete()
        .derniereEtape(C2022, StatutReponse.BROUILLON, ReponseEnquete.vide(TypeEnquete.INDIVIDUEL));
    assertThat(vide.phrases().get(0)).isEqualTo("Vous n'avez pas répondu à l'enquête.");
    assertThat(vide.bouton()).isEmpty();
  }

  @Test
  void etapesStatutEtValidationDeLaDirection() {
    LigneReponseEnquete r = new LigneReponseEnquete(12, TypeEnquete.PREPOSE, StatutReponse.SOUMIS, Optional.empty(),
        Instant.parse("2022-01-01T10:00:00Z"), Optional.of(Instant.parse("2022-02-01T10:00:00Z")), Optional.empty(),
        "NOM", Optional.empty());
    DerniereEtape statut = DerniereEtape.statutDirection(C2022, r);
    assertThat(statut.phrases()).containsExactly("Statut de la réponse N°12 à l'enquête 2022",
        "Enquête de 2022 concernant l'année 2021", "Statut: Réponse reçue",
        "Type de mandataire: Mandataire préposé d'établissement");
    assertThat(statut.bouton()).contains("Valider");
    assertThat(DerniereEtape.validationDirection(C2022, StatutReponse.SOUMIS).bouton()).contains("Valider");
    DerniereEtape validee = DerniereEtape.validationDirection(C2022, StatutReponse.VALIDE);
    assertThat(validee.phrases()).containsExactly("Cette réponse à l'enquête 2022 est validée");
    assertThat(validee.bouton()).isEmpty();
    // « Valider » seulement pour une réponse envoyée : ni pour un brouillon, ni pour une réponse déjà validée
    for (StatutReponse autre : List.of(StatutReponse.BROUILLON, StatutReponse.VALIDE)) {
      LigneReponseEnquete x = new LigneReponseEnquete(12, TypeEnquete.PREPOSE, autre, Optional.empty(),
          Instant.parse("2022-01-01T10:00:00Z"), Optional.of(Instant.parse("2022-02-01T10:00:00Z")), Optional.empty(),
          "NOM", Optional.empty());
      DerniereEtape e = DerniereEtape.statutDirection(C2022, x);
      assertThat(e.bouton()).as("statut %s", autre).isEmpty();
      assertThat(e.phrases()).contains("Statut: " + autre.libelle());
    }
  }
}
