// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisponibiliteCliTest {

  static final String TJ_LILLE = "17590111500709";

  @TempDir Path dossier;
  Path g;
  Path m;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  @BeforeEach
  void fichiers() throws Exception {
    g = dossier.resolve("g.json");
    m = dossier.resolve("m.json");
    Files.writeString(g, """
        [{"id": "individuel-1", "nom": "MARTIN Camille", "code_postal": "59100", "ville": "ROUBAIX",
          "latitude": 50.6942, "longitude": 3.1746, "dispo_max": 10, "departements": ["59"]},
         {"id": "individuel-2", "nom": "DUPONT Élise", "latitude": 50.6292, "longitude": 3.0573,
          "dispo_max": 5, "suspendu": true, "departements": ["59"]},
         {"id": "prepose-3", "nom": "ARRAS Hôpital", "latitude": 50.2910, "longitude": 2.7775,
          "dispo_max": 2, "departements": ["62"], "tribunaux_preferes": ["17590111500709"]},
         {"id": "service-4", "nom": "Association de Paris", "latitude": 48.8566, "longitude": 2.3522,
          "dispo_max": 100, "departements": ["75"],
          "antennes": [{"id": 1, "nom": "A", "departement": "75", "dispo_max": 50}]}]
        """);
    Files.writeString(m, """
        [{"status": "en_cours", "gestionnaire": "individuel-1"},
         {"status": "en_attente", "gestionnaire": "individuel-1"},
         {"status": "en_cours", "gestionnaire": "prepose-3"},
         {"status": "en_cours", "gestionnaire": "prepose-3"},
         {"status": "en_cours", "gestionnaire": "prepose-3"},
         {"status": "eteinte", "gestionnaire": "service-4", "antenne_id": 1}]
        """);
  }

  int lancer(String... args) {
    return EmjpmCli.executer(args, new PrintWriter(out), new PrintWriter(err));
  }

  JsonNode json() throws Exception {
    return new ObjectMapper().readTree(out.toString());
  }

  @Test
  void proximiteDepuisUnPoint() throws Exception {
    assertThat(lancer("proximite", "--lat", "50.69", "--lon", "3.18", "--gestionnaires", g.toString(),
            "--mesures", m.toString(), "--json")).isZero();
    JsonNode r = json();
    assertThat(r).hasSize(4); // Paris est à ~215 km de Roubaix, dans le rayon de 300 km
    assertThat(r.get(3).get("id").asText()).isEqualTo("service-4");
    assertThat(r.get(3).get("distance_km").asDouble()).isBetween(200.0, 230.0);
    assertThat(r.get(0).get("id").asText()).isEqualTo("individuel-1");
    assertThat(r.get(0).get("disponibilite").asInt()).isEqualTo(8);
    assertThat(r.get(1).get("disponibilite").asInt()).isZero();
    assertThat(r.get(2).get("distance_km").decimalValue().scale()).isEqualTo(3);
    assertThat(r.get(2).get("distance_km").asDouble()).isBetween(40.0, 60.0);
  }

  @Test
  void proximiteDepuisUneCommuneAvecFiltres() throws Exception {
    assertThat(lancer("proximite", "--commune", "59512", "--gestionnaires", g.toString(), "--rayon-km", "1000",
            "--type", "service", "--json")).isZero();
    assertThat(json()).extracting(n -> n.get("id").asText()).containsExactly("service-4");
    out.getBuffer().setLength(0);
    assertThat(lancer("proximite", "--code-postal", "59100", "--ville", "Roubaix", "--gestionnaires", g.toString(),
            "--max", "1", "--disponibles", "--json")).isZero();
    assertThat(json()).extracting(n -> n.get("id").asText()).containsExactly("individuel-1");
  }

  @Test
  void proximiteRefusEtUsage() {
    assertThat(lancer("proximite", "--commune", "99999", "--gestionnaires", g.toString())).isEqualTo(EmjpmCli.REFUS);
    assertThat(lancer("proximite", "--lat", "50", "--gestionnaires", g.toString())).isEqualTo(EmjpmCli.ERREUR);
    assertThat(lancer("proximite", "--lat", "50", "--lon", "3", "--commune", "59512", "--gestionnaires", g.toString()))
        .isEqualTo(EmjpmCli.ERREUR);
    assertThat(lancer("proximite", "--lat", "50", "--lon", "3", "--gestionnaires", dossier.resolve("absent.json").toString()))
        .isEqualTo(EmjpmCli.ERREUR);
  }

  @Test
  void disponibiliteNationaleEtDepartementale() throws Exception {
    assertThat(lancer("disponibilite", "--gestionnaires", g.toString(), "--mesures", m.toString(), "--json")).isZero();
    JsonNode r = json();
    assertThat(r.get("places_disponibles").asLong()).isEqualTo(8 + 100);
    assertThat(r.get("surcapacite").asLong()).isEqualTo(-1);
    assertThat(r.get("disponibilite_totale").asLong()).isEqualTo(8 - 1 + 100);
    assertThat(r.get("capacite_non_renseignee").asLong()).isZero();
    assertThat(r.get("mesures_en_cours").asLong()).isEqualTo(4);
    assertThat(r.get("mesures_en_attente").asLong()).isEqualTo(1);
    assertThat(r.get("par_gestionnaire")).hasSize(4);
    out.getBuffer().setLength(0);
    assertThat(lancer("disponibilite", "--gestionnaires", g.toString(), "--mesures", m.toString(), "--region", "32", "--json")).isZero();
    assertThat(json().get("par_gestionnaire")).extracting(n -> n.get("id").asText())
        .containsExactly("individuel-1", "individuel-2", "prepose-3");
    out.getBuffer().setLength(0);
    assertThat(lancer("disponibilite", "--gestionnaires", g.toString(), "--mesures", m.toString(), "--departement", "75", "--json")).isZero();
    assertThat(json().get("places_disponibles").asLong()).isEqualTo(100);
  }

  @Test
  void disponibiliteRefuseUnFichierInvalide() throws Exception {
    Files.writeString(m, "[{\"status\": \"en_cours\", \"gestionnaire\": \"individuel-99\"}]");
    assertThat(lancer("disponibilite", "--gestionnaires", g.toString(), "--mesures", m.toString())).isEqualTo(EmjpmCli.REFUS);
    assertThat(err.toString()).contains("/0/gestionnaire").contains("GESTIONNAIRE_INCONNU");
  }

  @Test
  void rechercheDuJugeDeLille() throws Exception {
    assertThat(lancer("recherche", "--tribunal", TJ_LILLE, "--gestionnaires", g.toString(), "--mesures", m.toString(), "--json")).isZero();
    JsonNode r = json();
    assertThat(r.get("total").asInt()).isEqualTo(3);
    assertThat(r.get("lignes")).extracting(n -> n.get("id").asText())
        .containsExactly("individuel-1", "individuel-2", "prepose-3");
    assertThat(r.get("lignes").get(2).get("prefere").asBoolean()).isTrue();
    assertThat(r.get("lignes").get(2).get("disponibilite").asInt()).isEqualTo(-1);
    out.getBuffer().setLength(0);
    assertThat(lancer("recherche", "--tribunal", TJ_LILLE, "--gestionnaires", g.toString(), "--mesures", m.toString(),
            "--texte", "elise", "--json")).isZero();
    assertThat(json().get("lignes")).extracting(n -> n.get("id").asText()).containsExactly("individuel-2");
    out.getBuffer().setLength(0);
    // Le texte ne sort pas du périmètre du tribunal (§10.4 corrigé) : le service parisien reste absent.
    assertThat(lancer("recherche", "--tribunal", TJ_LILLE, "--gestionnaires", g.toString(), "--mesures", m.toString(),
            "--texte", "paris", "--json")).isZero();
    assertThat(json().get("total").asInt()).isZero();
    out.getBuffer().setLength(0);
    assertThat(lancer("recherche", "--tribunal", TJ_LILLE, "--gestionnaires", g.toString(), "--mesures", m.toString(),
            "--tri", "za", "--preferes", "--json")).isZero();
    assertThat(json().get("lignes")).extracting(n -> n.get("id").asText()).containsExactly("prepose-3");
    assertThat(lancer("recherche", "--tribunal", "12345678901234", "--gestionnaires", g.toString(), "--mesures", m.toString()))
        .isEqualTo(EmjpmCli.REFUS);
    assertThat(lancer("recherche", "--tribunal", TJ_LILLE, "--gestionnaires", g.toString(), "--mesures", m.toString(), "--tri", "xx"))
        .isEqualTo(EmjpmCli.ERREUR);
  }

  @Test
  void demoMontreLeJugeDeLille() {
    assertThat(lancer("demo", "--sortie", dossier.resolve("demo").toString())).isZero();
    assertThat(out.toString()).contains("Tribunal judiciaire de Lille").contains("près de Roubaix").contains("km");
    assertThat(dossier.resolve("demo").resolve("carte.svg")).isRegularFile();
  }
}
