// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.hote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Vrais fichiers écrits par LibreOffice Calc (copiés du corpus {@code emjpm-io/src/test/resources/reel/},
 * voir son {@code MANIFESTE.csv} ; {@code lo-base.ods} vient de {@code reel/ods/}) envoyés en multipart à {@code POST /mesures/import}, en HTTP réel sur la
 * boucle locale, contre un vrai PostgreSQL : les mesures stockées sont relues dans les tables et
 * comparées à la saisie d'origine ({@code reel/base-saisie.csv}), et un fichier fautif donne un problème
 * RFC 9457 avec la ligne et le code de chaque erreur, sans rien écrire.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportFichiersReelsTest {

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
  void unSeulGestionnaire() {
    jdbc.execute("truncate mesure, compteur, antenne, gestionnaire cascade");
    jdbc.update("insert into gestionnaire (type, numero, nom, ville, mesures_max, habilite) values"
        + " ('individuel', 1, 'Alice MARTIN', 'Lille', 40, true)");
    jdbc.update("insert into gestionnaire_departement values ('individuel', 1, '59')");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"lo-base.xlsx", "lo-base.xls", "lo-base.ods", "lo-virgule-cp1252.csv"})
  void unClasseurOuUnCsvDeLibreOfficeEstStockeTelQuilAEteSaisi(String nom) throws Exception {
    HttpResponse<String> r = HoteReferenceTest.importer(http, port, "individuel-1", nom, ressource(nom));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode bilan = json.readTree(r.body());
    assertThat(bilan.get("creations").asInt()).isEqualTo(12);
    assertThat(bilan.get("misesAJour").asInt()).isZero();
    assertThat(bilan.get("lignesLues").asInt()).isEqualTo(12);
    // MANIFESTE.csv : 5 avertissements de type d'établissement absent (et, pour les fichiers où
    // LibreOffice a écrit 2100 au lieu de 02100, 5 codes postaux dont le zéro est rétabli)
    assertThat(codes(bilan.get("avertissements"))).contains("TYPE_ETABLISSEMENT_ABSENT")
        .doesNotContain("IMPORT_DATE_INVALIDE", "IMPORT_VALEUR_NON_ACCEPTEE");

    assertThat(jdbc.queryForObject("select count(*) from mesure", Long.class)).isEqualTo(12);
    assertThat(jdbc.queryForObject("select count(*) from mesure_etat", Long.class)).isEqualTo(12);
    List<Map<String, Object>> stockees = jdbc.queryForList("select m.date_nomination::text as date_nomination,"
        + " t.siret, m.departement, m.statut, m.gestionnaire_type || '-' || m.gestionnaire_numero as gestionnaire,"
        + " m.document ->> 'annee_naissance' as annee, e.code_postal, e.ville"
        + " from mesure m join tribunal t on t.id = m.tribunal_id join mesure_etat e on e.mesure_id = m.id"
        + " order by m.id");
    List<String[]> saisie = saisie();
    assertThat(stockees).hasSameSizeAs(saisie);
    for (int i = 0; i < saisie.size(); i++) {
      String[] c = saisie.get(i);
      Map<String, Object> m = stockees.get(i);
      String ligne = nom + ", ligne " + (i + 2);
      String[] jma = c[0].split("/");
      assertThat(m.get("date_nomination")).as(ligne).isEqualTo(jma[2] + "-" + jma[1] + "-" + jma[0]);
      assertThat(m.get("siret")).as(ligne).isEqualTo(c[9]);
      assertThat(m.get("annee")).as(ligne).isEqualTo(c[5]);
      assertThat(m.get("statut")).as(ligne).isEqualTo("en_cours");
      assertThat(m.get("gestionnaire")).as(ligne).isEqualTo("individuel-1");
      assertThat(m.get("code_postal")).as(ligne).isEqualTo(c[2]);
      if (c[2].length() == 5) {
        // le département vient du code postal saisi (02100 → 02, zéro rétabli si le tableur l'a perdu)
        assertThat(m.get("departement")).as(ligne).isEqualTo(c[2].substring(0, 2));
      }
    }
    // les compteurs de la disponibilité sont à jour dans la même transaction
    JsonNode france = json.readTree(get("/disponibilites/france").body());
    assertThat(france.get("mesuresEnCours").asLong()).isEqualTo(12);
    assertThat(france.get("placesDisponibles").asLong()).isEqualTo(40 - 12);
  }

  @Test
  void lesQuatreFormatsStockentLesMemesMesures() throws Exception {
    List<List<Map<String, Object>>> parFichier = new ArrayList<>();
    // le document JSON entier (sauf l'instant de création, donné par l'horloge) et ses colonnes
    for (String nom : List.of("lo-base.xlsx", "lo-base.xls", "lo-virgule-cp1252.csv", "lo-base.ods")) {
      jdbc.execute("truncate mesure, compteur cascade");
      HttpResponse<String> r = HoteReferenceTest.importer(http, port, "individuel-1", nom, ressource(nom));
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      parFichier.add(jdbc.queryForList("select tribunal_id, numero_rg, statut, nature, departement, date_nomination,"
          + " (document - 'created_at')::text as document from mesure order by numero_rg"));
    }
    assertThat(parFichier.get(0)).hasSize(12);
    assertThat(parFichier.get(1)).isEqualTo(parFichier.get(0));
    assertThat(parFichier.get(2)).isEqualTo(parFichier.get(0));
    // le .ods écrit par LibreOffice stocke exactement les mêmes mesures que le .xlsx
    assertThat(parFichier.get(3)).isEqualTo(parFichier.get(0));
  }

  @Test
  void leNomEtLeTypeAnnoncesNeDecidentDeRien() throws Exception {
    // le format est reconnu par le contenu : un classeur xlsx annoncé en OpenDocument (.ods) est lu comme
    // un xlsx, sans égard à son nom ni à son type MIME
    HttpResponse<String> r = HoteReferenceTest.importer(http, port, "individuel-1", "mesures.ods",
        "application/vnd.oasis.opendocument.spreadsheet", ressource("lo-base.xlsx"));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(json.readTree(r.body()).get("creations").asInt()).isEqualTo(12);
    HttpResponse<String> sansNom = HoteReferenceTest.importer(http, port, "individuel-1", "fichier",
        "text/plain", ressource("lo-base.xls"));
    assertThat(sansNom.statusCode()).as(sansNom.body()).isEqualTo(200);
    assertThat(json.readTree(sansNom.body()).get("misesAJour").asInt()).isEqualTo(12);
    assertThat(jdbc.queryForObject("select count(*) from mesure", Long.class)).isEqualTo(12);
  }

  @Test
  void unClasseurFautifEstUnProblemeAvecLigneEtCodeEtNEcritRien() throws Exception {
    HttpResponse<String> r = HoteReferenceTest.importer(http, port, "individuel-1", "lo-erreurs.xlsx",
        ressource("lo-erreurs.xlsx"));
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");
    JsonNode p = json.readTree(r.body());
    assertThat(p.get("type").asString()).isEqualTo("urn:emjpm:refus");
    assertThat(p.get("status").asInt()).isEqualTo(422);
    assertThat(p.get("detail").asString()).isEqualTo("4 erreur(s) sur 12 mesure(s) : aucune mesure n'est importée.");
    // saisie : ligne 3 « curatelle simple aux bien » ; ligne 6 « 31/02/2019 », « tutel », civilité « X »
    List<String> erreurs = new ArrayList<>();
    for (JsonNode v : p.get("violations")) {
      if (!v.get("code").asString().equals("IMPORT_BILAN_ERREURS") && v.has("ligne")
          && !avertissement(v.get("code").asString())) {
        erreurs.add(v.get("ligne").asInt() + " " + v.get("code").asString());
      }
    }
    assertThat(p.get("violations").get(0).get("code").asString()).isEqualTo("IMPORT_BILAN_ERREURS");
    assertThat(erreurs).containsExactlyInAnyOrder("3 IMPORT_VALEUR_NON_ACCEPTEE", "6 IMPORT_DATE_INVALIDE",
        "6 IMPORT_VALEUR_NON_ACCEPTEE", "6 IMPORT_VALEUR_NON_ACCEPTEE");
    // aucune donnée de la saisie (RG, dossier, ville) dans le problème
    assertThat(r.body()).doesNotContain("00123", "1800456", "D-00", "Saint-Quentin", "tutel\"", "aux bien\"");
    assertThat(jdbc.queryForObject("select count(*) from mesure", Long.class)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from compteur", Long.class)).isZero();
  }

  private static boolean avertissement(String code) {
    return code.equals("TYPE_ETABLISSEMENT_ABSENT") || code.equals("IMPORT_CODE_POSTAL_ZERO_RETABLI");
  }

  private static List<String> codes(JsonNode avertissements) {
    List<String> c = new ArrayList<>();
    avertissements.forEach(a -> c.add(a.get("code").asString()));
    return c;
  }

  private HttpResponse<String> get(String chemin) throws IOException, InterruptedException {
    return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + chemin))
        .header(ImportControleur.GESTIONNAIRE, "individuel-1").timeout(Duration.ofSeconds(30)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Lignes de la saisie d'origine (sans l'en-tête), colonnes séparées par des points-virgules. */
  private static List<String[]> saisie() {
    String texte = new String(ressource("base-saisie.csv"), StandardCharsets.UTF_8);
    List<String[]> lignes = new ArrayList<>();
    texte.lines().skip(1).filter(l -> !l.isBlank()).forEach(l -> lignes.add(l.split(";", -1)));
    return lignes;
  }

  private static byte[] ressource(String nom) {
    try (InputStream in = ImportFichiersReelsTest.class.getResourceAsStream("/reel/" + nom)) {
      assertThat(in).as(nom).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
