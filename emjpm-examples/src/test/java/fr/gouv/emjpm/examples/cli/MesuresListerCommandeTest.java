// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.gouv.emjpm.examples.cli.EmjpmCliTest.Sortie;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code emjpm mesures lister} : listes du juge et du gestionnaire sur un fichier JSON de mesures. */
class MesuresListerCommandeTest {

  @TempDir Path dossier;

  static String mesure(String rg, String status, String nature, String nomination, int annee, String civilite,
      String cp, String ville, String cabinet, String antenne) {
    return "{\"numero_rg\": \"" + rg + "\", \"annee_naissance\": " + annee + ", \"civilite\": \"" + civilite + "\","
        + " \"tribunal_siret\": \"17590111500709\", \"tribunal_cabinet\": " + cabinet + ", \"antenne_id\": " + antenne + ","
        + " \"date_nomination\": \"" + nomination + "\", \"status\": \"" + status + "\", \"ressources\": [],"
        + " \"etats\": [{\"date_changement_etat\": \"" + nomination + "\", \"nature_mesure\": \"" + nature + "\","
        + " \"lieu_vie\": \"domicile\", \"code_postal\": \"" + cp + "\", \"ville\": \"" + ville + "\", \"pays\": \"FR\"}]}";
  }

  Path fichier() throws Exception {
    String json = "[" + String.join(",\n",
        mesure("21B00001", "en_cours", "tutelle", "2020-01-01", 1950, "monsieur", "59100", "Roubaix", "\"Cabinet 3\"", "7"),
        mesure("21B00002", "en_cours", "curatelle_simple", "2022-01-01", 1980, "madame", "59000", "Lille", "null", "null"),
        mesure("21B00003", "eteinte", "tutelle", "2021-01-01", 1965, "madame", "62000", "Arras", "null", "8"),
        mesure("21B00004", "en_attente", "tutelle", "2023-01-01", 1990, "monsieur", "59800", "Lille", "\"cabinet 12\"", "null"))
        + "]";
    Path f = dossier.resolve("mesures.json");
    Files.writeString(f, json, StandardCharsets.UTF_8);
    return f;
  }

  static List<String> rgs(JsonNode mesures) {
    List<String> res = new ArrayList<>();
    mesures.forEach(m -> res.add(m.get("numero_rg").asText()));
    return res;
  }

  @Test
  void vueGestionnaireAvecTriFiltresEtTableauDeBord() throws Exception {
    Path f = fichier();
    Sortie s = EmjpmCliTest.lancer("mesures", "lister", f.toString(), "--service", "--souhaitees", "30",
        "--aujourdhui", "2024-06-15", "--json");
    assertThat(s.code()).as(s.err()).isZero();
    JsonNode j = s.json();
    assertThat(j.get("vue").asText()).isEqualTo("gestionnaire");
    assertThat(j.get("tableau_de_bord").get("pastille").asText()).isEqualTo("2 / 30");
    assertThat(j.get("tableau_de_bord").get("en_cours_par_nature").get("tutelle").asInt()).isEqualTo(1);
    assertThat(rgs(j.get("en_attente"))).containsExactly("21B00004");
    // aucun tri : date de nomination décroissante
    assertThat(rgs(j.get("mesures"))).containsExactly("21B00002", "21B00003", "21B00001");
    assertThat(j.get("mesures").get(2).get("libelle_majeur").asText()).isEqualTo("Homme de 74 ans");
    assertThat(j.get("total").asInt()).isEqualTo(3);
    Sortie age = EmjpmCliTest.lancer("mesures", "lister", f.toString(), "--service", "--tri", "age_decroissant",
        "--antenne", "sans", "--json");
    assertThat(rgs(age.json().get("mesures"))).containsExactly("21B00002");
    Sortie texte = EmjpmCliTest.lancer("mesures", "lister", f.toString(), "--service", "--texte", "ARRAS",
        "--statut", "eteinte", "--json");
    assertThat(rgs(texte.json().get("mesures"))).containsExactly("21B00003");
    Sortie humain = EmjpmCliTest.lancer("mesures", "lister", f.toString(), "--aujourdhui", "2024-06-15");
    assertThat(humain.code()).isZero();
    assertThat(humain.out()).contains("Mesures en cours / souhaitées : 2 / 0", "Mesures en attente : 1",
        "21B00001", "Homme de 74 ans");
  }

  @Test
  void vueJugeParStatutPuisCreationEtFiltreCabinet() throws Exception {
    Path f = fichier();
    Sortie s = EmjpmCliTest.lancer("mesures", "lister", f.toString(), "--vue", "juge", "--tribunal", "17590111500709",
        "--json");
    assertThat(s.code()).as(s.err()).isZero();
    JsonNode j = s.json();
    assertThat(j.get("tribunal_siret").asText()).isEqualTo("17590111500709");
    // statut croissant : en_attente, en_cours (même création : ordre du document), eteinte
    assertThat(rgs(j.get("mesures"))).containsExactly("21B00004", "21B00001", "21B00002", "21B00003");
    Sortie cabinet = EmjpmCliTest.lancer("mesures", "lister", f.toString(), "--vue", "juge", "--cabinet", "CABINET",
        "--json");
    assertThat(rgs(cabinet.json().get("mesures"))).containsExactly("21B00004", "21B00001");
    Sortie lille = EmjpmCliTest.lancer("mesures", "lister", f.toString(), "--vue", "juge", "--texte", "lille",
        "--nature", "curatelle_simple", "--json");
    assertThat(rgs(lille.json().get("mesures"))).containsExactly("21B00002");
  }

  @Test
  void mesuresStockeesSansAnneeNiDateDeNominationListees() throws Exception {
    // ce que l'original stockait (mesures OCMI) et rendait par GET /api/editors/mesures : champs nuls
    String sansChamps = "{\"numero_rg\": \"21B00009\", \"annee_naissance\": null, \"civilite\": null,"
        + " \"tribunal_siret\": \"17590111500709\", \"date_nomination\": null, \"status\": \"en_cours\","
        + " \"ressources\": [], \"etats\": [{\"date_changement_etat\": \"2019-05-01\", \"nature_mesure\": \"tutelle\","
        + " \"lieu_vie\": \"domicile\", \"code_postal\": \"59000\", \"ville\": \"Lille\", \"pays\": \"FR\"}]}";
    Path f = dossier.resolve("stockees.json");
    Files.writeString(f, "[" + sansChamps + ",\n"
        + mesure("21B00002", "en_cours", "curatelle_simple", "2022-01-01", 1980, "madame", "59000", "Lille", "null", "null")
        + "]", StandardCharsets.UTF_8);
    Sortie s = EmjpmCliTest.lancer("mesures", "lister", f.toString(), "--aujourdhui", "2024-06-15", "--json");
    assertThat(s.code()).as(s.err()).isZero();
    // aucun tri : date de nomination décroissante, sans date en premier
    assertThat(rgs(s.json().get("mesures"))).containsExactly("21B00009", "21B00002");
    assertThat(s.json().get("mesures").get(0).get("libelle_majeur").isNull()).isTrue();
    Sortie age = EmjpmCliTest.lancer("mesures", "lister", f.toString(), "--tri", "age_decroissant", "--json");
    // année croissante, sans année en dernier
    assertThat(rgs(age.json().get("mesures"))).containsExactly("21B00002", "21B00009");
  }

  @Test
  void optionsInvalidesEtFichierRefuse() throws Exception {
    Path f = fichier();
    assertThat(EmjpmCliTest.lancer("mesures", "lister", f.toString(), "--tri", "hasard").code()).isEqualTo(2);
    assertThat(EmjpmCliTest.lancer("mesures", "lister", f.toString(), "--vue", "greffe").code()).isEqualTo(2);
    assertThat(EmjpmCliTest.lancer("mesures", "lister", f.toString(), "--statut", "en_attente").code()).isEqualTo(2);
    assertThat(EmjpmCliTest.lancer("mesures", "lister", f.toString(), "--vue", "juge", "--tribunal", "12345678901234")
        .code()).isEqualTo(1);
    Path mauvais = dossier.resolve("mauvais.json");
    Files.writeString(mauvais, "[{\"numero_rg\": \"\"}]", StandardCharsets.UTF_8);
    Sortie s = EmjpmCliTest.lancer("mesures", "lister", mauvais.toString());
    assertThat(s.code()).isEqualTo(1);
    assertThat(s.err()).contains("Refusé");
  }
}
