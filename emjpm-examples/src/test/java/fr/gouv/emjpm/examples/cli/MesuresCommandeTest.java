// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MesuresCommandeTest {

  @TempDir Path dossier;

  static final String CSV =
      "date_nomination;type;code_postal;ville;civilite;annee;numero_rg;residence;tribunal_siret;antenne\n"
          + "01/02/2020;tutelle;59100;Roubaix;F;1950;21B00167;domicile;17590111500709;MONTREUIL\n"
          + "01/03/2020;curatelle renforcée aux biens;59000;Lille;H;1960;21B00168;sdf;17590111500709;\n";

  @Test
  void leModeleReelEstRefuseAvecLErreurDeLaLigne2() throws Exception {
    Path p = dossier.resolve("modele.xlsx");
    try (InputStream in = getClass().getResourceAsStream("/mesures/Template_import_mesures.xlsx")) {
      Files.copy(in, p);
    }
    EmjpmCliTest.Sortie s = EmjpmCliTest.lancer("mesures", "importer", p.toString(), "--json");
    assertThat(s.code()).isEqualTo(1);
    JsonNode e = s.json().get("erreurs");
    assertThat(e).hasSize(1);
    assertThat(e.get(0).get("ligne").asInt()).isEqualTo(2);
    assertThat(e.get(0).get("message").asText()).isEqualTo("Aucun tribunal ne correspond au SIRET 17750111101383");
    assertThat(s.json().get("creations").asInt()).isZero();
    EmjpmCliTest.Sortie texte = EmjpmCliTest.lancer("mesures", "importer", p.toString());
    assertThat(texte.out()).contains("LIGNE 2 Aucun tribunal ne correspond au SIRET 17750111101383");
  }

  @Test
  void unServiceAssocieSesAntennesParNom() throws Exception {
    Path p = dossier.resolve("mesures.csv");
    Files.writeString(p, CSV, StandardCharsets.UTF_8);
    EmjpmCliTest.Sortie inconnue = EmjpmCliTest.lancer("mesures", "importer", p.toString(), "--service",
        "--antenne", "LILLE=3", "--aujourdhui", "2026-01-15", "--json");
    assertThat(inconnue.code()).isEqualTo(1);
    assertThat(inconnue.json().get("antennes_inconnues").get(0).asText()).isEqualTo("MONTREUIL");
    EmjpmCliTest.Sortie s = EmjpmCliTest.lancer("mesures", "importer", p.toString(), "--service",
        "--antenne", "MONTREUIL=7", "--aujourdhui", "2026-01-15", "--json");
    assertThat(s.code()).isZero();
    JsonNode j = s.json();
    assertThat(j.get("creations").asInt()).isEqualTo(2);
    assertThat(j.get("mesures").get(0).get("antenne_id").asLong()).isEqualTo(7);
    assertThat(j.get("mesures").get(0).get("departement").asText()).isEqualTo("59");
    assertThat(j.get("mesures").get(1).get("champ_mesure").asText()).isEqualTo("protection_bien");
  }

  @Test
  void fichierAbsentCode2() {
    EmjpmCliTest.Sortie s = EmjpmCliTest.lancer("mesures", "importer", dossier.resolve("absent.xlsx").toString());
    assertThat(s.code()).isEqualTo(2);
    assertThat(s.err()).contains("Fichier introuvable");
  }

  static final String SAISIE =
      "{\"numero_rg\":\"18A32450\",\"annee_naissance\":1982,\"civilite\":\"monsieur\","
          + "\"tribunal_siret\":\"17590111500709\",\"date_nomination\":\"2018-02-01\","
          + "\"etats\":[{\"date_changement_etat\":\"2018-02-01\",\"nature_mesure\":\"tutelle\","
          + "\"lieu_vie\":\"etablissement\",\"code_postal\":\"59000\",\"ville\":\"LILLE\",\"pays\":\"FR\"}],"
          + "\"ressources\":[]";

  @Test
  void verifierRassembleLesViolationsAvecLeurChemin() throws Exception {
    Path p = dossier.resolve("saisie.json");
    Files.writeString(p, "[" + SAISIE + ",\"nom\":\"CANARI\"}]", StandardCharsets.UTF_8);
    EmjpmCliTest.Sortie s = EmjpmCliTest.lancer("mesures", "verifier", p.toString(), "--aujourdhui", "2026-01-15", "--json");
    assertThat(s.code()).isEqualTo(1);
    JsonNode j = s.json();
    assertThat(j.get("valide").asBoolean()).isFalse();
    assertThat(s.out()).contains("/mesures/0/etats/0/type_etablissement", "JSON_CHAMP_INTERDIT").doesNotContain("CANARI\"");
    Files.writeString(p, SAISIE.replace("\"etablissement\"", "\"domicile\"") + "}", StandardCharsets.UTF_8);
    EmjpmCliTest.Sortie ok = EmjpmCliTest.lancer("mesures", "verifier", p.toString(), "--json");
    assertThat(ok.code()).isZero();
    assertThat(ok.json().get("valide").asBoolean()).isTrue();
    EmjpmCliTest.Sortie strict = EmjpmCliTest.lancer("mesures", "verifier", p.toString(), "--strict", "--json");
    assertThat(strict.code()).isZero();
  }

  @Test
  void exporterEcritUnCsvDesMesuresEnCours() throws Exception {
    Path p = dossier.resolve("mesures.json");
    String domicile = SAISIE.replace("\"etablissement\"", "\"domicile\"");
    String close = domicile.replace("18A32450", "18A32451") + ",\"date_fin_mesure\":\"2020-01-01\",\"cause_sortie\":\"deces\"}";
    Files.writeString(p, "[" + domicile + ",\"status\":\"en_cours\"}," + close + "]", StandardCharsets.UTF_8);
    Path csv = dossier.resolve("export.csv");
    EmjpmCliTest.Sortie s = EmjpmCliTest.lancer("mesures", "exporter", p.toString(), "--sortie", csv.toString());
    assertThat(s.code()).isZero();
    assertThat(s.out()).contains("1 mesure(s) en cours exportée(s)");
    String contenu = Files.readString(csv, StandardCharsets.UTF_8);
    assertThat(contenu).startsWith("\uFEFF\"annee_naissance\"").contains("\"18A32450\"").doesNotContain("18A32451")
        .contains("Tribunal judiciaire de Lille");
    EmjpmCliTest.Sortie mauvais = EmjpmCliTest.lancer("mesures", "exporter", p.toString(), "--sortie", "x.pdf");
    assertThat(mauvais.code()).isEqualTo(2);
  }

  @Test
  void lesMesuresExistantesDonnentDesMisesAJour() throws Exception {
    Path csv = dossier.resolve("m.csv");
    Files.writeString(csv, CSV, StandardCharsets.UTF_8);
    Path existantes = dossier.resolve("existantes.json");
    Files.writeString(existantes, "[" + SAISIE.replace("18A32450", "21B00167").replace("\"etablissement\"", "\"domicile\"")
        + ",\"status\":\"en_cours\"}]", StandardCharsets.UTF_8);
    EmjpmCliTest.Sortie s = EmjpmCliTest.lancer("mesures", "importer", csv.toString(), "--existantes",
        existantes.toString(), "--aujourdhui", "2026-01-15", "--json");
    assertThat(s.code()).isZero();
    assertThat(s.json().get("mises_a_jour").asInt()).isEqualTo(1);
    assertThat(s.json().get("creations").asInt()).isEqualTo(1);
  }
}
