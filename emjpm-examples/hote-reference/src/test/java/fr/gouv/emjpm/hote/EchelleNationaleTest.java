// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.hote;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.rules.EmjpmEngine;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Contrôle d'échelle (issue 19), hors du build par défaut : 712 000 mesures et 12 000 gestionnaires
 * dans PostgreSQL, puis la disponibilité nationale, la liste d'un juge et l'import d'un fichier de
 * 10 000 lignes, en HTTP sur 127.0.0.1. Nombre de requêtes et durée bornés ; les chiffres sont écrits
 * dans {@code target/echelle.txt} et reportés dans {@code docs/performance.md}. Aucun seuil n'est
 * affirmé ici (la machine est partagée) : seules les réponses le sont.
 *
 * <pre>
 * mvn -B -ntp -Phote -pl emjpm-examples/hote-reference -am test -Dtest=EchelleNationaleTest \
 *   -Dsurefire.failIfNoSpecifiedTests=false -Demjpm.echelle=true
 * </pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIfSystemProperty(named = "emjpm.echelle", matches = "true")
class EchelleNationaleTest {

  static final int GESTIONNAIRES = 12_000;
  static final int MESURES = 712_000;
  static final int LIGNES_IMPORT = 10_000;
  static final Duration BUDGET = Duration.ofMinutes(10);

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry r) {
    PostgresEmbarque.proprietes(r);
  }

  @Value("${local.server.port}")
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  EmjpmEngine engine;

  @Autowired
  DepotGestionnaires gestionnaires;

  @Autowired
  DepotMesures mesures;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final List<String> rapport = new ArrayList<>();

  @Test
  void disponibiliteNationaleListeDuJugeEtImportDeDixMilleLignes() throws Exception {
    long debut = System.nanoTime();
    peupler();
    note("données : %d gestionnaires, %d mesures (%.1f s)", compter("gestionnaire"), compter("mesure"),
        (System.nanoTime() - debut) / 1e9);

    for (int i = 0; i < 5; i++) {
      long t0 = System.nanoTime();
      int n = gestionnaires.tousPourLaFrance().size();
      long t1 = System.nanoTime();
      long c = mesures.comptageNational().totalEnCours();
      long t2 = System.nanoTime();
      note("parties de la disponibilité nationale : %d fiches lues en %.1f ms, compteurs (%d en cours) en %.1f ms",
          n, (t1 - t0) / 1e6, c, (t2 - t1) / 1e6);
    }
    List<Double> france = mesurer("/disponibilites/france", 10, 100, debut);
    note("GET /disponibilites/france : %s", resume(france));
    List<Double> juge = mesurer("/tribunaux/" + HoteReferenceTest.LILLE + "/gestionnaires?tri=disponibilite", 20, 200, debut);
    note("GET /tribunaux/{siret}/gestionnaires (Lille, %d candidats) : %s",
        jdbc.queryForObject("select count(*) from gestionnaire_departement where departement = '59'", Long.class),
        resume(juge));
    List<Double> dep = mesurer("/disponibilites/departements/59", 10, 100, debut);
    note("GET /disponibilites/departements/59 : %s", resume(dep));

    byte[] fichier = fichierImport();
    for (String passe : List.of("créations", "mises à jour")) {
      long t0 = System.nanoTime();
      HttpResponse<String> r = HoteReferenceTest.importer(http, port, "individuel-1", "mesures.csv", fichier);
      double s = (System.nanoTime() - t0) / 1e9;
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      note("POST /mesures/import, %d lignes CSV (%s), de bout en bout : %.2f s", LIGNES_IMPORT, passe, s);
    }
    assertThat(compter("mesure")).isEqualTo(MESURES + LIGNES_IMPORT);
    Path sortie = Path.of("target", "echelle.txt");
    Files.write(sortie, rapport, StandardCharsets.UTF_8);
  }

  private void peupler() {
    jdbc.execute("truncate mesure, compteur, antenne, gestionnaire cascade");
    String[] deps = engine.referentiel().departements().stream().map(d -> d.code().valeur()).toArray(String[]::new);
    String[] tribunaux = jdbc.queryForList("select id from tribunal order by id", String.class).toArray(String[]::new);
    // 12 000 gestionnaires : 9 000 individuels, 1 500 préposés, 1 500 services ; un ou deux départements
    jdbc.update(c -> {
      var ps = c.prepareStatement("insert into gestionnaire (type, numero, nom, ville, mesures_max, habilite, latitude, longitude)"
          + " select case when i <= 9000 then 'individuel' when i <= 10500 then 'prepose' else 'service' end, i,"
          + " 'Gestionnaire ' || i, 'Ville ' || (i % 500), 40 + (i::bigint * 7919) % 120, true,"
          + " 42.5 + ((i::bigint * 104729) % 8000) / 1000.0, -4.0 + ((i::bigint * 1299709) % 11000) / 1000.0"
          + " from generate_series(1, ?) i");
      ps.setInt(1, GESTIONNAIRES);
      return ps;
    });
    jdbc.update(c -> {
      var ps = c.prepareStatement("insert into gestionnaire_departement select type, numero, (?::text[])[1 + numero % ?]"
          + " from gestionnaire union select type, numero, (?::text[])[1 + (numero * 31) % ?] from gestionnaire"
          + " where numero % 4 = 0 on conflict do nothing");
      ps.setArray(1, c.createArrayOf("text", deps));
      ps.setInt(2, deps.length);
      ps.setArray(3, c.createArrayOf("text", deps));
      ps.setInt(4, deps.length);
      return ps;
    });
    // un document de mesure réel (import d'une ligne), recopié : seules les colonnes servent aux lectures
    String modele;
    try {
      HttpResponse<String> r = HoteReferenceTest.importer(http, port, "individuel-1", "m.csv",
          HoteReferenceTest.CSV.getBytes(StandardCharsets.UTF_8));
      assertThat(r.statusCode()).isEqualTo(200);
      modele = jdbc.queryForObject("select document::text from mesure order by id limit 1", String.class);
      jdbc.execute("truncate mesure, compteur cascade");
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
    String doc = modele;
    // 712 000 mesures : 70 % en cours, 5 % en attente, 25 % éteintes, réparties sur les gestionnaires
    jdbc.update(c -> {
      var ps = c.prepareStatement("insert into mesure (gestionnaire_type, gestionnaire_numero, tribunal_id, numero_rg,"
          + " statut, nature, departement, date_nomination, cree_le, document)"
          + " select case when g <= 9000 then 'individuel' when g <= 10500 then 'prepose' else 'service' end, g,"
          + " (?::text[])[1 + i % ?], lpad(i::text, 8, '0'),"
          + " case when i % 20 < 14 then 'en_cours' when i % 20 = 14 then 'en_attente' else 'eteinte' end,"
          + " 'tutelle', '59', date '2020-01-01' + (i % 1500), timestamptz '2020-01-01' + (i % 1500) * interval '1 day',"
          + " cast(? as jsonb)"
          + " from (select i, 1 + (i * 7) % ? as g from generate_series(1, ?) i) s");
      ps.setArray(1, c.createArrayOf("text", tribunaux));
      ps.setInt(2, tribunaux.length);
      ps.setString(3, doc);
      ps.setInt(4, GESTIONNAIRES);
      ps.setInt(5, MESURES);
      return ps;
    });
    jdbc.execute("insert into compteur select gestionnaire_type, gestionnaire_numero, coalesce(antenne_id, 0),"
        + " count(*) filter (where statut = 'en_cours'), count(*) filter (where statut = 'en_attente') from mesure"
        + " where statut <> 'eteinte' group by 1, 2, 3");
    jdbc.execute("analyze");
  }

  private List<Double> mesurer(String chemin, int echauffement, int n, long debut) throws Exception {
    List<Double> ms = new ArrayList<>();
    for (int i = 0; i < echauffement + n; i++) {
      if (System.nanoTime() - debut > BUDGET.toNanos()) {
        break; // durée bornée : on rend ce qui a été mesuré
      }
      long t0 = System.nanoTime();
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + chemin))
          .header("X-Emjpm-Gestionnaire", "individuel-1").timeout(Duration.ofSeconds(30)).GET().build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      double d = (System.nanoTime() - t0) / 1e6;
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      if (i >= echauffement) {
        ms.add(d);
      }
    }
    return ms;
  }

  private static String resume(List<Double> ms) {
    double[] t = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    if (t.length == 0) {
      return "aucune mesure (budget de temps épuisé)";
    }
    return String.format(Locale.ROOT, "%d requêtes, médiane %.1f ms, p95 %.1f ms, max %.1f ms", t.length,
        t[t.length / 2], t[Math.min(t.length - 1, (int) Math.ceil(t.length * 0.95) - 1)], t[t.length - 1]);
  }

  private byte[] fichierImport() {
    StringBuilder sb = new StringBuilder(
        "date_nomination;type;code_postal;ville;civilite;annee;numero_rg;numero_dossier;residence;tribunal_siret\n");
    for (int i = 0; i < LIGNES_IMPORT; i++) {
      sb.append(String.format(Locale.ROOT, "01/02/2020;tutelle;59000;Lille;F;%d;E%07d;;domicile;%s%n",
          1930 + i % 60, i, HoteReferenceTest.LILLE));
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private long compter(String table) {
    Long n = jdbc.queryForObject("select count(*) from " + table, Long.class);
    return n == null ? 0 : n;
  }

  private void note(String format, Object... args) {
    String ligne = String.format(Locale.ROOT, format, args);
    rapport.add(ligne);
    System.out.println("[échelle] " + ligne);
  }
}
