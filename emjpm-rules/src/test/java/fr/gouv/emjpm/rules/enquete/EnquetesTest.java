// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.enquete.CampagneEnquete;
import fr.gouv.emjpm.domain.enquete.ReponseEnquete;
import fr.gouv.emjpm.domain.enquete.StatutReponse;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.domain.enquete.ValeurReponse;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.rules.EmjpmEngine;
import fr.gouv.emjpm.rules.enquete.VuesDirection.Perimetre;
import fr.gouv.emjpm.rules.enquete.VuesDirection.RepondantAttendu;
import fr.gouv.emjpm.rules.enquete.VuesDirection.SuiviReponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** La façade {@code engine.enquete()} lit la date du jour dans l'horloge du moteur, pas ailleurs. */
class EnquetesTest {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final CampagneEnquete CAMPAGNE = new CampagneEnquete(2021, LocalDate.of(2021, 6, 30));

  private static Enquetes le(int annee, int mois, int jour, int heure, int minute) {
    Clock c = Clock.fixed(ZonedDateTime.of(annee, mois, jour, heure, minute, 0, 0, PARIS).toInstant(), PARIS);
    return EmjpmEngine.builder().clock(c).build().enquete();
  }

  @Test
  void laDateLimiteEstCelleDuFuseauDuMoteur() {
    // 30 juin 23 h 59 à Paris (déjà le 1er juillet en UTC+14) : encore ouverte
    assertThat(le(2021, 6, 30, 23, 59).verifierImport(ActeurEnquete.REPONDANT, StatutReponse.BROUILLON, CAMPAGNE)
        .estValide()).isTrue();
    assertThat(le(2021, 7, 1, 0, 0).verifierImport(ActeurEnquete.REPONDANT, StatutReponse.BROUILLON, CAMPAGNE)
        .codes()).containsExactly("ENQUETE_CAMPAGNE_CLOSE");
  }

  @Test
  void soumissionCalculeLeStatutGlobalDeLaReponse() {
    Enquetes e = le(2021, 5, 2, 10, 0);
    ReponseEnquete vide = ReponseEnquete.vide(TypeEnquete.SERVICE);
    assertThat(e.soumettre(ActeurEnquete.REPONDANT, StatutReponse.BROUILLON, vide, CAMPAGNE).valeur())
        .contains(StatutReponse.SOUMIS);
    ReponseEnquete invalide = vide.avec("enquete_reponses_service_informations", "nom", ValeurReponse.entier(3));
    assertThat(e.statut(invalide).global().name()).isEqualTo("INVALIDE");
    assertThat(e.soumettre(ActeurEnquete.REPONDANT, StatutReponse.BROUILLON, invalide, CAMPAGNE).violations())
        .extracting(v -> v.code()).containsExactly("ENQUETE_REPONSE_INVALIDE");
    assertThat(e.valider(ActeurEnquete.DIRECTION, StatutReponse.SOUMIS, CAMPAGNE).valeur()).contains(StatutReponse.VALIDE);
  }

  @Test
  void indicateursEtPreRemplissageAvecLeReferentielDuMoteur() {
    Enquetes e = le(2021, 6, 25, 12, 0);
    CodeDepartement nord = CodeDepartement.of("59");
    var ind = e.indicateurs(CAMPAGNE, List.of(new RepondantAttendu(TypeEnquete.SERVICE, nord)),
        List.of(new SuiviReponse(TypeEnquete.SERVICE, StatutReponse.SOUMIS, nord)), Perimetre.nation());
    assertThat(ind.reponsesAttendues()).isEqualTo(1);
    assertThat(ind.reponsesEnvoyees()).isEqualTo(1);
    assertThat(ind.echeance().jours()).isEqualTo(5);
    ReponseEnquete r = e.preRemplir(TypeEnquete.SERVICE, 2021, List.of(), Optional.empty(), BaremesRevenus.originaux(),
        IdentiteRepondant.builder().nom("ATMP du Nord").departementGestionnaire(nord).build()).valeur().orElseThrow();
    assertThat(r.valeur("enquete_reponses_service_informations", "region")).contains(ValeurReponse.texte("Hauts-de-France"));
    assertThat(e.comptes(List.of(new SuiviReponse(TypeEnquete.SERVICE, StatutReponse.SOUMIS, nord)),
        Perimetre.departement(nord)).total()).isEqualTo(1);
    assertThat(e.catalogue()).isSameAs(CatalogueEnquete.standard());
  }
}
