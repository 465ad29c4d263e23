// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
  void unImportRefuseDitNErreursSurMMesures() throws Exception {
    Path p = dossier.resolve("modele.xlsx");
    try (InputStream in = getClass().getResourceAsStream("/mesures/Template_import_mesures.xlsx")) {
      Files.copy(in, p);
    }
    EmjpmCliTest.Sortie s = EmjpmCliTest.lancer("mesures", "importer", p.toString(), "--json");
    assertThat(s.json().get("bilan").asText()).isEqualTo("1 erreur(s) sur 1 mesure(s) : aucune mesure n'est importée.");
    EmjpmCliTest.Sortie texte = EmjpmCliTest.lancer("mesures", "importer", p.toString());
    assertThat(texte.out()).startsWith(
        "Erreur lors de l'import des mesures : 1 erreur(s) sur 1 mesure(s) : aucune mesure n'est importée.");
  }

  /**
   * Aucune valeur de cellule (canari {@code QZK…} dans chaque colonne) n'apparaît dans la sortie de
   * l'import, JSON ou texte, hors des champs de données des mesures importées ({@code mesures}).
   */
  @Test
  void laSortieDeLImportNeRecopieAucuneCellule() throws Exception {
    String enTete = "date_nomination;type;code_postal;ville;civilite;annee;numero_rg;numero_dossier;residence;"
        + "tribunal_siret;type_etablissement;tribunal_cabinet\n";
    Path refuse = dossier.resolve("canari-refuse.csv");
    Files.writeString(refuse, enTete + "QZK01;QZK02;QZK03;QZK04;QZK05;QZK06;QZK07;QZK08;QZK09;QZK10;QZK11;QZK12\n"
        + "01/02/2020;tutelle;59000;QZKVILLE;F;2950;QZK/RG/13;QZKDOS;domicile;17750111101383;;QZKCAB\n",
        StandardCharsets.UTF_8);
    Path accepte = dossier.resolve("canari-accepte.csv");
    String ligne = "01/02/2020;tutelle;98000;QZKMONACO;F;1950;QZKRG14;QZKDOS;en établissement;17590111500709;;QZKCAB\n";
    Files.writeString(accepte, enTete + ligne + ligne, StandardCharsets.UTF_8);
    for (Path p : List.of(refuse, accepte)) {
      EmjpmCliTest.Sortie json = EmjpmCliTest.lancer("mesures", "importer", p.toString(), "--json");
      JsonNode racine = json.json();
      assertThat(racine.get("erreurs").size() + racine.get("avertissements").size()).isPositive();
      ((com.fasterxml.jackson.databind.node.ObjectNode) racine).remove("mesures");
      assertThat(racine.toString().toUpperCase(java.util.Locale.ROOT)).doesNotContain("QZK");
      assertThat(json.err().toUpperCase(java.util.Locale.ROOT)).doesNotContain("QZK");
      EmjpmCliTest.Sortie texte = EmjpmCliTest.lancer("mesures", "importer", p.toString());
      assertThat((texte.out() + texte.err()).toUpperCase(java.util.Locale.ROOT)).doesNotContain("QZK");
    }
  }

  @Test
  void leModeleViergeSEcritEtSeReimporteVide() throws Exception {
    Path modele = dossier.resolve("modele.xlsx");
    EmjpmCliTest.Sortie s = EmjpmCliTest.lancer("mesures", "modele", "--sortie", modele.toString());
    assertThat(s.code()).as(s.err()).isZero();
    assertThat(s.out()).contains("Modèle vierge d'import écrit dans");
    try (var zip = new java.util.zip.ZipFile(modele.toFile())) {
      String classeur = new String(zip.getInputStream(zip.getEntry("xl/workbook.xml")).readAllBytes(),
          StandardCharsets.UTF_8);
      assertThat(classeur.indexOf("name=\"Mesures\"")).isPositive().isLessThan(classeur.indexOf("name=\"Notice\""));
    }
    // le modèle vierge s'importe : aucune mesure, aucune erreur de colonne
    EmjpmCliTest.Sortie vide = EmjpmCliTest.lancer("mesures", "importer", modele.toString(), "--json");
    assertThat(vide.code()).as(vide.out()).isZero();
    assertThat(vide.json().get("creations").asInt()).isZero();
    EmjpmCliTest.Sortie mauvais = EmjpmCliTest.lancer("mesures", "modele", "--sortie", dossier.resolve("m.csv").toString());
    assertThat(mauvais.code()).isEqualTo(2);
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
    assertThat(j.get("mesures").get(1).get("antenne_id").isNull()).isTrue();
  }

  /** Champs de la sortie §7.4 (domain.md), plus {@code status}. */
  static final Set<String> CHAMPS_7_4 = Set.of("id", "annee_naissance", "antenne_id", "cause_sortie", "civilite",
      "created_at", "date_fin_mesure", "date_nomination", "date_premier_mesure", "date_protection_en_cours", "editor_id",
      "etats", "latitude", "longitude", "numero_dossier", "numero_rg", "ressources", "resultat_revision",
      "tribunal_siret", "status");

  @Test
  void lesMesuresImporteesSortentAuFormat74() throws Exception {
    Path p = dossier.resolve("mesures.csv");
    Files.writeString(p, CSV, StandardCharsets.UTF_8);
    EmjpmCliTest.Sortie s = EmjpmCliTest.lancer("mesures", "importer", p.toString(), "--service",
        "--antenne", "MONTREUIL=7", "--aujourdhui", "2026-01-15", "--json");
    assertThat(s.code()).as(s.err()).isZero();
    JsonNode mesures = s.json().get("mesures");
    assertThat(mesures).hasSize(2);
    for (JsonNode m : mesures) {
      List<String> champs = new ArrayList<>();
      m.fieldNames().forEachRemaining(champs::add);
      assertThat(champs).containsExactlyInAnyOrderElementsOf(CHAMPS_7_4);
      // valeurs des deux lignes du CSV ci-dessus
      assertThat(m.get("tribunal_siret").asText()).isEqualTo("17590111500709");
      assertThat(m.get("status").asText()).isEqualTo("en_cours");
      assertThat(m.get("date_fin_mesure").isNull()).isTrue();
      assertThat(m.get("etats")).hasSize(1);
      assertThat(m.get("etats").get(0).get("date_changement_etat").asText()).isEqualTo(m.get("date_nomination").asText());
      assertThat(m.get("etats").get(0).get("pays").asText()).isEqualTo("FR");
    }
    JsonNode premiere = mesures.get(0);
    assertThat(premiere.get("numero_rg").asText()).isEqualTo("21B00167");
    assertThat(premiere.get("date_nomination").asText()).isEqualTo("2020-02-01");
    assertThat(premiere.get("civilite").asText()).isEqualTo("madame");
    assertThat(premiere.get("annee_naissance").asInt()).isEqualTo(1950);
    assertThat(premiere.get("etats").get(0).get("nature_mesure").asText()).isEqualTo("tutelle");
    assertThat(premiere.get("etats").get(0).get("lieu_vie").asText()).isEqualTo("domicile");
    assertThat(premiere.get("etats").get(0).get("code_postal").asText()).isEqualTo("59100");
    JsonNode seconde = mesures.get(1);
    assertThat(seconde.get("numero_rg").asText()).isEqualTo("21B00168");
    assertThat(seconde.get("date_nomination").asText()).isEqualTo("2020-03-01");
    assertThat(seconde.get("civilite").asText()).isEqualTo("monsieur");
    assertThat(seconde.get("etats").get(0).get("nature_mesure").asText()).isEqualTo("curatelle_renforcee");
    assertThat(seconde.get("etats").get(0).get("champ_mesure").asText()).isEqualTo("protection_bien");
    assertThat(seconde.get("etats").get(0).get("lieu_vie").asText()).isEqualTo("sdf");
  }

  @Test
  void unServiceSansAntenneDeclareeSignaleLesAntennesDuFichier() throws Exception {
    Path p = dossier.resolve("mesures.csv");
    Files.writeString(p, CSV, StandardCharsets.UTF_8);
    EmjpmCliTest.Sortie s = EmjpmCliTest.lancer("mesures", "importer", p.toString(), "--service",
        "--aujourdhui", "2026-01-15", "--json");
    assertThat(s.code()).isEqualTo(1);
    assertThat(s.json().get("antennes_inconnues")).hasSize(1);
    assertThat(s.json().get("antennes_inconnues").get(0).asText()).isEqualTo("MONTREUIL");
    assertThat(s.json().get("creations").asInt()).isZero();
    assertThat(s.json().get("mesures")).isEmpty();
    EmjpmCliTest.Sortie texte = EmjpmCliTest.lancer("mesures", "importer", p.toString(), "--service",
        "--aujourdhui", "2026-01-15");
    assertThat(texte.code()).isEqualTo(1);
    assertThat(texte.out()).contains("Aucune mesure n'a été importée", "ANTENNE « MONTREUIL »", "[IMPORT_ANTENNE_INCONNUE]",
        "--antenne NOM=ID");
    // sans nom d'antenne dans le fichier, le service importe sans antenne
    Path sansAntenne = dossier.resolve("sans-antenne.csv");
    Files.writeString(sansAntenne, CSV.lines().filter(l -> !l.contains("MONTREUIL")).map(l -> l + "\n")
        .reduce("", String::concat), StandardCharsets.UTF_8);
    EmjpmCliTest.Sortie ok = EmjpmCliTest.lancer("mesures", "importer", sansAntenne.toString(), "--service",
        "--aujourdhui", "2026-01-15", "--json");
    assertThat(ok.code()).as(ok.out()).isZero();
    assertThat(ok.json().get("creations").asInt()).isEqualTo(1);
    assertThat(ok.json().get("mesures").get(0).get("antenne_id").isNull()).isTrue();
  }

  @Test
  void unGrosFichierSansTerminalNAffichePasDeProgression() throws Exception {
    // Les tests ne tournent pas sur un terminal (sortie d'erreur redirigée) : rien sur la sortie d'erreur.
    int lignes = 6_000;
    StringBuilder csv = new StringBuilder("date_nomination;type;code_postal;ville;civilite;annee;numero_rg;residence;tribunal_siret\n");
    for (int i = 0; i < lignes; i++) {
      csv.append("01/02/2020;tutelle;59100;Roubaix;F;1950;21B").append(String.format(java.util.Locale.ROOT, "%05d", i))
          .append(";domicile;17590111500709\n");
    }
    Path p = dossier.resolve("gros.csv");
    Files.writeString(p, csv, StandardCharsets.UTF_8);
    EmjpmCliTest.Sortie s = EmjpmCliTest.lancer("mesures", "importer", p.toString(), "--aujourdhui", "2026-01-15");
    assertThat(s.code()).as(s.out()).isZero();
    assertThat(s.out()).startsWith(lignes + " mesures ont été importées (" + lignes + " nouvelles et 0 mises à jour).");
    assertThat(s.err()).isEmpty();
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
  void exporterSuitLeStatutLuDansLeFichier() throws Exception {
    String domicile = SAISIE.replace("\"etablissement\"", "\"domicile\"");
    // numéro RG → status écrit (absent : déduit des dates, en cours sans date de fin)
    Map<String, String> statuts = new LinkedHashMap<>();
    statuts.put("18A00001", "\"status\":\"en_cours\"");
    statuts.put("18A00002", "\"status\":\"eteinte\"");
    statuts.put("18A00003", "\"status\":\"en_attente\"");
    statuts.put("18A00004", "\"status\":null");
    statuts.put("18A00005", "\"numero_dossier\":\"D5\"");
    Set<String> enCours = Set.of("18A00001", "18A00004", "18A00005");
    List<String> elements = new ArrayList<>();
    statuts.forEach((rg, statut) -> elements.add(domicile.replace("18A32450", rg) + "," + statut + "}"));
    Path p = dossier.resolve("statuts.json");
    Files.writeString(p, "[" + String.join(",", elements) + "]", StandardCharsets.UTF_8);
    Path csv = dossier.resolve("statuts.csv");
    EmjpmCliTest.Sortie s = EmjpmCliTest.lancer("mesures", "exporter", p.toString(), "--sortie", csv.toString(),
        "--aujourdhui", "2026-01-15");
    assertThat(s.code()).as(s.err()).isZero();
    assertThat(s.out()).contains(enCours.size() + " mesure(s) en cours exportée(s)");
    String contenu = Files.readString(csv, StandardCharsets.UTF_8);
    assertThat(contenu.split("\r\n")).hasSize(1 + enCours.size());
    statuts.keySet().forEach(rg -> {
      if (enCours.contains(rg)) {
        assertThat(contenu).contains("\"" + rg + "\"");
      } else {
        assertThat(contenu).doesNotContain(rg);
      }
    });
    // corps du lot §7.2 : les mêmes statuts font foi
    Files.writeString(p, "{\"mesures\":[" + String.join(",", elements) + "]}", StandardCharsets.UTF_8);
    EmjpmCliTest.Sortie corps = EmjpmCliTest.lancer("mesures", "exporter", p.toString(), "--sortie", csv.toString(),
        "--aujourdhui", "2026-01-15");
    assertThat(corps.code()).as(corps.err()).isZero();
    assertThat(Files.readString(csv, StandardCharsets.UTF_8)).isEqualTo(contenu);
    // statut inconnu : refusé (code 1), le chemin est donné, pas la valeur
    Files.writeString(p, "[" + domicile + ",\"status\":\"SECRET_X\"}]", StandardCharsets.UTF_8);
    EmjpmCliTest.Sortie refus = EmjpmCliTest.lancer("mesures", "exporter", p.toString(), "--sortie", csv.toString());
    assertThat(refus.code()).isEqualTo(1);
    assertThat(refus.err()).contains("/mesures/0/status").doesNotContain("SECRET_X");
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

  @Test
  void unJsonAuDelaDeLaLimiteDonneSonCodeAussiEnModeJson() throws Exception {
    Path gros = dossier.resolve("gros.json");
    // tableau JSON valide de plus de 5 Mio, fabriqué au moment du test
    StringBuilder sb = new StringBuilder("[");
    String element = "{\"numero_rg\":\"" + "A".repeat(100) + "\"},";
    while (sb.length() <= MesuresCommande.JSON_MAX) {
      sb.append(element);
    }
    sb.append("{}]");
    Files.writeString(gros, sb, StandardCharsets.UTF_8);
    EmjpmCliTest.Sortie json = EmjpmCliTest.lancer("mesures", "verifier", gros.toString(), "--json");
    assertThat(json.code()).isEqualTo(EmjpmCli.REFUS);
    assertThat(json.json().get("valide").asBoolean()).isFalse();
    assertThat(json.json().get("violations").get(0).get("code").asText()).isEqualTo("JSON_LIMITE_DEPASSEE");
    EmjpmCliTest.Sortie texte = EmjpmCliTest.lancer("mesures", "verifier", gros.toString());
    assertThat(texte.code()).isEqualTo(EmjpmCli.REFUS);
    assertThat(texte.out()).contains("[JSON_LIMITE_DEPASSEE]");
  }
}
