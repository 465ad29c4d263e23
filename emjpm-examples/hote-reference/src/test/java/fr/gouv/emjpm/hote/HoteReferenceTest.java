// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.hote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** L'hôte de référence contre un vrai PostgreSQL, en vrai HTTP sur la boucle locale. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HoteReferenceTest {

  static final String LILLE = "17590111500709";

  static final String CSV = "date_nomination;type;code_postal;ville;civilite;annee;numero_rg;numero_dossier;residence;tribunal_siret\n"
      + "01/02/2020;tutelle aux biens;59000;Lille;F;1950;21/00167;D1;A domicile;" + LILLE + "\n"
      + "28/02/2020;tutelle;59100;Roubaix;H;1948;21B00168;;domicile;" + LILLE + "\n";

  static final String MESURE_JSON =
      "{\"numero_rg\":\"18A32450\",\"numero_dossier\":\"D-1\",\"annee_naissance\":1982,\"civilite\":\"monsieur\","
          + "\"tribunal_siret\":\"" + LILLE + "\",\"date_nomination\":\"2018-02-01\","
          + "\"etats\":[{\"date_changement_etat\":\"2018-02-01\",\"nature_mesure\":\"curatelle_simple\","
          + "\"champ_mesure\":\"protection_personne\",\"lieu_vie\":\"domicile\",\"code_postal\":\"59000\","
          + "\"ville\":\"LILLE\",\"pays\":\"FR\"}],"
          + "\"ressources\":[{\"annee\":2020,\"niveau_ressource\":\"25000\",\"prestations_sociales\":[\"AAH\"]}]}";

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry r) {
    PostgresEmbarque.proprietes(r);
  }

  @Value("${local.server.port}")
  int port;

  @Autowired
  JdbcTemplate jdbc;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final JsonMapper json = JsonMapper.builder().build();

  @BeforeEach
  void jeuDeDonnees() {
    jdbc.execute("truncate mesure, compteur, antenne, gestionnaire cascade");
    gestionnaire("individuel", 1, "Alice MARTIN", "Lille", 10, 50.6330, 3.0586, "59");
    gestionnaire("service", 3, "ATMP du Nord", "Roubaix", 100, 50.6942, 3.1746, "59");
    gestionnaire("individuel", 2, "Zoé PETIT", "Paris", 5, 48.8566, 2.3522, "75");
  }

  private void gestionnaire(String type, long numero, String nom, String ville, int max, double lat, double lon,
      String dep) {
    jdbc.update("insert into gestionnaire (type, numero, nom, ville, mesures_max, habilite, latitude, longitude)"
        + " values (?, ?, ?, ?, ?, true, ?, ?)", type, numero, nom, ville, max, lat, lon);
    jdbc.update("insert into gestionnaire_departement values (?, ?, ?)", type, numero, dep);
  }

  @Test
  void unImportCsvEstEnregistrePuisListeEtCompte() throws Exception {
    HttpResponse<String> r = importer("individuel-1", "mesures.csv", CSV.getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode bilan = json.readTree(r.body());
    assertThat(bilan.get("creations").asInt()).isEqualTo(2);
    assertThat(bilan.get("lignesLues").asInt()).isEqualTo(2);
    assertThat(jdbc.queryForObject("select count(*) from mesure_etat", Long.class)).isEqualTo(2);

    JsonNode liste = json.readTree(get("/editeur/mesures", "individuel-1").body());
    assertThat(liste.get("mesures").size()).isEqualTo(2);
    assertThat(liste.get("mesures").get(0).get("numero_rg").asString()).isEqualTo("02100167");
    assertThat(json.readTree(get("/editeur/mesures?status=eteinte", "individuel-1").body()).get("mesures").size())
        .isZero();
    assertThat(json.readTree(get("/editeur/mesures", "individuel-2").body()).get("mesures").size()).isZero();

    JsonNode france = json.readTree(get("/disponibilites/france", "individuel-1").body());
    assertThat(france.get("gestionnaires").asLong()).isEqualTo(3);
    assertThat(france.get("mesuresEnCours").asLong()).isEqualTo(2);
    assertThat(france.get("placesDisponibles").asLong()).isEqualTo(8 + 100 + 5);
    JsonNode nord = json.readTree(get("/disponibilites/departements/59", "individuel-1").body());
    assertThat(nord.get("gestionnaires").asLong()).isEqualTo(2);
    assertThat(nord.get("mesuresMax").asLong()).isEqualTo(110);
    assertThat(nord.get("mesuresEnCours").asLong()).isEqualTo(2);

    // le même fichier une seconde fois : mises à jour par clé, aucune création
    JsonNode encore = json.readTree(importer("individuel-1", "mesures.csv", CSV.getBytes(StandardCharsets.UTF_8)).body());
    assertThat(encore.get("creations").asInt()).isZero();
    assertThat(encore.get("misesAJour").asInt()).isEqualTo(2);
    assertThat(jdbc.queryForObject("select count(*) from mesure", Long.class)).isEqualTo(2);
  }

  @Test
  void unImportFautifEstUnProblemeAvecLigneEtCodeEtNEcritRien() throws Exception {
    String fautif = CSV.replace("01/02/2020", "31/02/2020").replace(";H;", ";X;");
    HttpResponse<String> r = importer("individuel-1", "mesures.csv", fautif.getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");
    JsonNode p = json.readTree(r.body());
    assertThat(p.get("type").asString()).isEqualTo("urn:emjpm:refus");
    assertThat(p.get("detail").asString()).isEqualTo("2 erreur(s) sur 2 mesure(s) : aucune mesure n'est importée.");
    JsonNode v = p.get("violations");
    assertThat(v.size()).isEqualTo(3);
    assertThat(v.get(0).get("code").asString()).isEqualTo("IMPORT_BILAN_ERREURS");
    assertThat(v.get(1).get("code").asString()).isEqualTo("IMPORT_DATE_INVALIDE");
    assertThat(v.get(1).get("ligne").asInt()).isEqualTo(2);
    assertThat(v.get(2).get("code").asString()).isEqualTo("IMPORT_VALEUR_NON_ACCEPTEE");
    assertThat(v.get(2).get("ligne").asInt()).isEqualTo(3);
    assertThat(r.body()).doesNotContain("21B00168");
    assertThat(jdbc.queryForObject("select count(*) from mesure", Long.class)).isZero();
  }

  @Test
  void unFichierIllisibleOuUnGestionnaireMalFormeSontRefuses() throws Exception {
    HttpResponse<String> r = importer("individuel-1", "mesures.xlsx", "PK\u0003\u0004 pas un classeur".getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(json.readTree(r.body()).get("violations").get(0).get("code").asString())
        .isEqualTo("FICHIER_ILLISIBLE");
    HttpResponse<String> g = importer("mandataire-x", "mesures.csv", CSV.getBytes(StandardCharsets.UTF_8));
    assertThat(g.statusCode()).isEqualTo(400);
    JsonNode p = json.readTree(g.body());
    assertThat(p.get("violations").get(0).get("code").asString()).isEqualTo("GESTIONNAIRE_ID_INVALIDE");
    assertThat(g.body()).doesNotContain("mandataire-x");
  }

  @Test
  void lApiEditeurEnregistreUnLotToutOuRien() throws Exception {
    HttpResponse<String> r = post("/editeur/mesures", "service-3", "{\"mesures\":[" + MESURE_JSON + "]}");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode m = json.readTree(r.body()).get("mesures").get(0);
    assertThat(m.get("numero_rg").asString()).isEqualTo("18A32450");
    assertThat(m.get("id").asLong()).isPositive();
    assertThat(jdbc.queryForObject("select count(*) from mesure_ressource", Long.class)).isEqualTo(1);

    String fautif = MESURE_JSON.replace("\"numero_rg\":\"18A32450\"", "\"numero_rg\":\"18A32451\"")
        .replace("\"date_nomination\":\"2018-02-01\"", "\"date_nomination\":\"pas une date\"");
    HttpResponse<String> refus = post("/editeur/mesures", "service-3",
        "{\"mesures\":[" + MESURE_JSON.replace("18A32450", "18A32452") + "," + fautif + "]}");
    assertThat(refus.statusCode()).isEqualTo(422);
    JsonNode v = json.readTree(refus.body()).get("violations");
    assertThat(v.get(0).get("chemin").asString()).startsWith("/mesures/1/");
    assertThat(jdbc.queryForObject("select count(*) from mesure", Long.class)).isEqualTo(1);
    assertThat(json.readTree(get("/editeur/mesures?status=en_cours", "service-3").body()).get("mesures").size())
        .isEqualTo(1);
  }

  @Test
  void laListeDuJugeTrieEtFiltreLesCandidatsDuTribunal() throws Exception {
    HttpResponse<String> raz = get("/tribunaux/" + LILLE + "/gestionnaires?tri=az", "individuel-1");
    assertThat(raz.statusCode()).as(raz.body()).isEqualTo(200);
    JsonNode az = json.readTree(raz.body());
    assertThat(az.get("total").asInt()).isEqualTo(2);
    assertThat(noms(az.get("lignes"))).containsExactly("Alice MARTIN", "ATMP du Nord");
    JsonNode za = json.readTree(get("/tribunaux/" + LILLE + "/gestionnaires?tri=za", "individuel-1").body());
    assertThat(noms(za.get("lignes"))).containsExactly("ATMP du Nord", "Alice MARTIN");
    JsonNode texte = json.readTree(get("/tribunaux/" + LILLE + "/gestionnaires?texte=atmp", "individuel-1").body());
    assertThat(noms(texte.get("lignes"))).containsExactly("ATMP du Nord");

    // le code stocké (az) ou, repli du liant de Spring, le nom Java (AZ) ; toute autre valeur est refusée
    assertThat(noms(json.readTree(get("/tribunaux/" + LILLE + "/gestionnaires?tri=AZ", "individuel-1").body())
        .get("lignes"))).containsExactly("Alice MARTIN", "ATMP du Nord");
    HttpResponse<String> tri = get("/tribunaux/" + LILLE + "/gestionnaires?tri=Alpha", "individuel-1");
    assertThat(tri.statusCode()).isEqualTo(400);
    assertThat(tri.body()).doesNotContain("Alpha");
    assertThat(json.readTree(tri.body()).get("violations").get(0).get("code").asString()).isEqualTo("CODE_INCONNU");
    HttpResponse<String> inconnu = get("/tribunaux/17750111101383/gestionnaires", "individuel-1");
    assertThat(inconnu.statusCode()).isEqualTo(404);
    assertThat(json.readTree(inconnu.body()).get("violations").get(0).get("code").asString()).isEqualTo("TRIBUNAL_INCONNU");
  }

  @Test
  void laRechercheDeProximiteRangeParDistance() throws Exception {
    JsonNode roubaix = json.readTree(get("/gestionnaires/proches?code_postal=59100&max=3", "individuel-1").body());
    assertThat(roubaix.size()).isEqualTo(3);
    assertThat(roubaix.get(0).get("gestionnaire").asString()).isEqualTo("service-3");
    assertThat(roubaix.get(1).get("gestionnaire").asString()).isEqualTo("individuel-1");
    assertThat(roubaix.get(2).get("gestionnaire").asString()).isEqualTo("individuel-2");
    assertThat(roubaix.get(2).get("distanceKm").asDouble()).isBetween(200.0, 240.0);
    HttpResponse<String> mal = get("/gestionnaires/proches?code_postal=5910", "individuel-1");
    assertThat(mal.statusCode()).isEqualTo(400);
    assertThat(json.readTree(mal.body()).get("violations").get(0).get("code").asString()).isEqualTo("CODE_POSTAL_INVALIDE");
  }

  private static List<String> noms(JsonNode lignes) {
    List<String> n = new ArrayList<>();
    lignes.forEach(l -> n.add(l.get("nom").asString()));
    return n;
  }

  private HttpResponse<String> get(String chemin, String gestionnaire) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(uri(chemin)).header("X-Emjpm-Gestionnaire", gestionnaire)
        .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> post(String chemin, String gestionnaire, String corps)
      throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(uri(chemin)).header("X-Emjpm-Gestionnaire", gestionnaire)
        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofString(corps, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> importer(String gestionnaire, String nom, byte[] contenu)
      throws IOException, InterruptedException {
    return importer(http, port, gestionnaire, nom, contenu);
  }

  static HttpResponse<String> importer(HttpClient http, int port, String gestionnaire, String nom, byte[] contenu)
      throws IOException, InterruptedException {
    return importer(http, port, gestionnaire, nom, "application/octet-stream", contenu);
  }

  static HttpResponse<String> importer(HttpClient http, int port, String gestionnaire, String nom, String type,
      byte[] contenu) throws IOException, InterruptedException {
    String limite = "limite-emjpm-7f3a";
    ByteArrayOutputStream corps = new ByteArrayOutputStream();
    corps.write(("--" + limite + "\r\nContent-Disposition: form-data; name=\"fichier\"; filename=\"" + nom
        + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    corps.write(contenu);
    corps.write(("\r\n--" + limite + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/mesures/import"))
        .header("X-Emjpm-Gestionnaire", gestionnaire)
        .header("Content-Type", "multipart/form-data; boundary=" + limite).timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.ofByteArray(corps.toByteArray())).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private URI uri(String chemin) {
    return URI.create("http://127.0.0.1:" + port + chemin);
  }
}
