// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.rules.statistiques.MesureStatistique;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FichiersDisponibiliteTest {

  @TempDir Path dossier;

  Path fichier(String contenu) throws Exception {
    Path p = Files.createTempFile(dossier, "f", ".json");
    Files.writeString(p, contenu);
    return p;
  }

  @Test
  void lectureDesGestionnaires() throws Exception {
    Path p =
        fichier(
            """
            [{"id": "individuel-1", "nom": "MARTIN Camille", "code_postal": "59100", "ville": "ROUBAIX",
              "latitude": 50.69, "longitude": 3.17, "dispo_max": 40, "suspendu": true,
              "departements": ["59", "2a"], "tribunaux_preferes": ["17590111501251"]},
             {"id": "service-3", "nom": "Service", "dispo_max": 10,
              "antennes": [{"id": 7, "nom": "A", "departement": "59", "dispo_max": 6}]}]
            """);
    Resultat<List<FicheGestionnaire>> r =
        FichiersDisponibilite.gestionnaires(p, s -> Optional.of(TribunalId.of("T" + s.valeur())));
    assertThat(r.violations()).isEmpty();
    List<FicheGestionnaire> f = r.valeurOuErreur();
    assertThat(f).hasSize(2);
    assertThat(f.get(0).departements()).containsExactly(CodeDepartement.of("59"), CodeDepartement.of("2A"));
    assertThat(f.get(0).suspendu()).isTrue();
    assertThat(f.get(0).tribunauxPreferes()).containsExactly(TribunalId.of("T17590111501251"));
    assertThat(f.get(1).antennes().get(0).mesuresMax()).isEqualTo(6);
    assertThat(f.get(1).position()).isEmpty();
  }

  @Test
  void toutesLesErreursSontRassembleesAvecLeurChemin() throws Exception {
    Path p =
        fichier(
            """
            [{"id": "mandataire-1", "nom": "X", "dispo_max": -3},
             {"nom": "Y", "latitude": 95, "longitude": 3, "departements": ["ZZ"]},
             {"id": "individuel-2", "nom": "Z", "tribunaux_preferes": ["12345678901234"],
              "antennes": [{"id": 1}]},
             {"id": "individuel-4", "nom": "A"}, {"id": "individuel-4", "nom": "B"}]
            """);
    Resultat<List<FicheGestionnaire>> r = FichiersDisponibilite.gestionnaires(p, s -> Optional.empty());
    assertThat(r.estSucces()).isFalse();
    assertThat(r.violations())
        .extracting(Violation::chemin)
        .contains("/0/id", "/0/dispo_max", "/1/id", "/1/longitude", "/1/departements/0", "/2/tribunaux_preferes/0", "/4/id");
    assertThat(r.violations()).extracting(Violation::message).noneMatch(m -> m.contains("mandataire-1"));
  }

  @Test
  void jsonInvalide() throws Exception {
    assertThat(FichiersDisponibilite.gestionnaires(fichier("{\"a\":1}"), s -> Optional.empty()).violations())
        .extracting(Violation::code)
        .containsExactly("FICHIER_JSON_INVALIDE");
    assertThat(FichiersDisponibilite.gestionnaires(fichier("[1,"), s -> Optional.empty()).violations())
        .extracting(Violation::code)
        .containsExactly("FICHIER_JSON_INVALIDE");
  }

  @Test
  void lectureDesMesures() throws Exception {
    Path p =
        fichier(
            """
            [{"status": "en_cours", "gestionnaire": "service-3", "antenne_id": 7, "date_nomination": "2024-05-02",
              "etats": [{"date_changement_etat": "2020-01-01", "code_postal": "75002"},
                        {"date_changement_etat": "2024-05-02", "code_postal": "59100"}]},
             {"status": "en_attente", "gestionnaire": "individuel-1", "magistrat_id": 4,
              "created_at": "2026-03-14T23:30:00Z"}]
            """);
    Resultat<List<MesureStatistique>> r =
        FichiersDisponibilite.mesures(p, Set.of(GestionnaireId.service(3), GestionnaireId.individuel(1)), ZoneId.of("Europe/Paris"));
    assertThat(r.violations()).isEmpty();
    List<MesureStatistique> m = r.valeurOuErreur();
    assertThat(m.get(0).departement()).contains(CodeDepartement.of("59"));
    assertThat(m.get(0).antenne().getAsLong()).isEqualTo(7);
    assertThat(m.get(1).statut()).isEqualTo(StatutMesure.EN_ATTENTE);
    assertThat(m.get(1).dateReservation()).contains(LocalDate.of(2026, 3, 15));
  }

  @Test
  void mesuresRefusees() throws Exception {
    Path p = fichier("[{\"status\": \"ouverte\", \"gestionnaire\": \"individuel-9\"}, {}]");
    Resultat<List<MesureStatistique>> r = FichiersDisponibilite.mesures(p, Set.of(), ZoneId.of("UTC"));
    assertThat(r.violations())
        .extracting(Violation::code)
        .containsExactly("FICHIER_GESTIONNAIRE_INCONNU", "FICHIER_VALEUR_INVALIDE", "FICHIER_CHAMP_OBLIGATOIRE", "FICHIER_CHAMP_OBLIGATOIRE");
  }
}
