// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnqueteCommandeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dossier;

  record Sortie(int code, String out, String err) {
    JsonNode json() throws Exception {
      return JSON.readTree(out);
    }
  }

  static Sortie lancer(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = EmjpmCli.executer(args, new PrintWriter(out), new PrintWriter(err));
    return new Sortie(code, out.toString(), err.toString());
  }

  private Path ressource(String nom) throws Exception {
    Path p = dossier.resolve(nom);
    try (InputStream in = getClass().getResourceAsStream("/enquete/" + nom)) {
      Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
    }
    return p;
  }

  private static final String REPONSE_PREPOSE = """
      {"enquete_reponses_modalites_exercice": {"region": "Hauts-de-France", "departement": "Nord",
         "personnalite_juridique_etablissement": "ccas", "total_mesures_etablissements": 42},
       "enquete_reponses_activite": {"tutelle_etablissement_debut_annee": 17,
         "tutelle_etablissement_mesures_nouvelles": 4},
       "enquete_reponses_prepose_personel_formation": {"nb_preposes_mjpm_etp": 1.5,
         "niveaux_qualification": {"n2": {"nb_preposes": 3, "nb_preposes_etp": 2.25}}}}
      """;

  @Test
  void exporterPuisImporterRedonneLesValeurs() throws Exception {
    Path json = dossier.resolve("r.json");
    Files.writeString(json, REPONSE_PREPOSE, StandardCharsets.UTF_8);
    for (String ext : new String[] {"xls", "xlsx"}) {
      Path xls = dossier.resolve("r." + ext);
      Sortie ex = lancer("enquete", "exporter", json.toString(), "--type", "prepose", "--annee", "2021",
          "--sortie", xls.toString());
      assertThat(ex.code()).as(ex.err()).isZero();
      assertThat(Files.size(xls)).isPositive();

      Sortie im = lancer("enquete", "importer", xls.toString(), "--type", "prepose", "--annee", "2021", "--json");
      assertThat(im.code()).as(im.err()).isZero();
      JsonNode r = im.json();
      assertThat(r.get("type").asText()).isEqualTo("prepose");
      assertThat(r.get("annee").asInt()).isEqualTo(2021);
      JsonNode rep = r.get("reponses");
      JsonNode mod = rep.get("enquete_reponses_modalites_exercice");
      assertThat(mod.get("region").asText()).isEqualTo("Hauts-de-France");
      assertThat(mod.get("departement").asText()).isEqualTo("Nord");
      assertThat(mod.get("personnalite_juridique_etablissement").asText()).isEqualTo("ccas");
      assertThat(mod.get("total_mesures_etablissements").asLong()).isEqualTo(42);
      JsonNode act = rep.get("enquete_reponses_activite");
      assertThat(act.get("tutelle_etablissement_debut_annee").asLong()).isEqualTo(17);
      assertThat(act.get("tutelle_etablissement_mesures_nouvelles").asLong()).isEqualTo(4);
      JsonNode pf = rep.get("enquete_reponses_prepose_personel_formation");
      assertThat(pf.get("nb_preposes_mjpm_etp").decimalValue()).isEqualByComparingTo("1.5");
      assertThat(pf.at("/niveaux_qualification/n2/nb_preposes").asLong()).isEqualTo(3);
      assertThat(pf.at("/niveaux_qualification/n2/nb_preposes_etp").decimalValue()).isEqualByComparingTo("2.25");
      // statuts : arbre §5.3 avec un global par section et à la racine
      JsonNode st = r.get("statuts");
      assertThat(st.get("global").asText()).isIn("empty", "valid", "invalid", "empty-half");
      assertThat(st.at("/activite/global").asText()).isEqualTo("empty-half");
      assertThat(r.get("avertissements").isArray()).isTrue();
    }
  }

  @Test
  void sortieDImportReutilisableParExporter() throws Exception {
    Path json = dossier.resolve("r.json");
    Files.writeString(json, REPONSE_PREPOSE, StandardCharsets.UTF_8);
    Path x1 = dossier.resolve("a.xls");
    assertThat(lancer("enquete", "exporter", json.toString(), "--type", "prepose", "--annee", "2021",
        "--sortie", x1.toString()).code()).isZero();
    Sortie i1 = lancer("enquete", "importer", x1.toString(), "--type", "prepose", "--annee", "2021", "--json");
    Path json2 = dossier.resolve("i1.json");
    Files.writeString(json2, i1.out(), StandardCharsets.UTF_8);
    Path x2 = dossier.resolve("b.xlsx");
    Sortie ex2 = lancer("enquete", "exporter", json2.toString(), "--type", "prepose", "--annee", "2021",
        "--sortie", x2.toString());
    assertThat(ex2.code()).as(ex2.err()).isZero();
    Sortie i2 = lancer("enquete", "importer", x2.toString(), "--type", "prepose", "--annee", "2021", "--json");
    assertThat(i2.json().get("reponses")).isEqualTo(i1.json().get("reponses"));
    assertThat(i2.json().get("statuts")).isEqualTo(i1.json().get("statuts"));
  }

  @Test
  void importerClasseurReelDuService() throws Exception {
    Path xls = ressource("annexe_3-2019.xls");
    Sortie s = lancer("enquete", "importer", xls.toString(), "--type", "service", "--annee", "2021", "--json");
    assertThat(s.code()).as(s.err()).isZero();
    JsonNode r = s.json();
    assertThat(r.get("type").asText()).isEqualTo("service");
    assertThat(r.get("statuts").has("global")).isTrue();
    for (JsonNode a : r.get("avertissements")) {
      assertThat(a.get("cellule").asText()).contains("!");
      assertThat(a.get("message").asText()).isNotBlank();
    }
    Sortie texte = lancer("enquete", "importer", xls.toString(), "--type", "service", "--annee", "2021");
    assertThat(texte.code()).isZero();
    assertThat(texte.out()).contains("Enquête service 2021", "statut global");
  }

  @Test
  void importerMauvaisTypeDeClasseurRefuseAvecCode1() throws Exception {
    Path texte = dossier.resolve("pas-excel.xls");
    Files.writeString(texte, "ceci n'est pas un classeur");
    Sortie s = lancer("enquete", "importer", texte.toString(), "--type", "prepose", "--annee", "2021");
    assertThat(s.code()).isEqualTo(EmjpmCli.REFUS);
    assertThat(s.err()).contains("ENQUETE_FORMAT_NON_SUPPORTE");
  }

  @Test
  void erreursDUtilisationCode2() throws Exception {
    Path xls = ressource("annexe_7-2019.xls");
    assertThat(lancer("enquete", "importer", xls.toString(), "--type", "inconnu", "--annee", "2021").code())
        .isEqualTo(EmjpmCli.ERREUR);
    assertThat(lancer("enquete", "importer", xls.toString(), "--annee", "2021").code()).isEqualTo(EmjpmCli.ERREUR);
    Sortie absent = lancer("enquete", "importer", dossier.resolve("absent.xls").toString(), "--type", "prepose",
        "--annee", "2021");
    assertThat(absent.code()).isEqualTo(EmjpmCli.ERREUR);
    assertThat(absent.err()).contains("introuvable");
    Path json = dossier.resolve("r.json");
    Files.writeString(json, "{}");
    assertThat(lancer("enquete", "exporter", json.toString(), "--type", "prepose", "--annee", "2021",
        "--sortie", dossier.resolve("x.csv").toString()).code()).isEqualTo(EmjpmCli.ERREUR);
  }

  @Test
  void exporterRefuseCleInconnueEtTypeIncorrectAvecCode1() throws Exception {
    Path json = dossier.resolve("r.json");
    Files.writeString(json, """
        {"enquete_reponses_activite": {"tutelle_etablissement_debut_annee": "dix", "inconnue": 3},
         "table_inconnue": {"a": 1}}
        """);
    Path sortie = dossier.resolve("x.xls");
    Sortie s = lancer("enquete", "exporter", json.toString(), "--type", "prepose", "--annee", "2021",
        "--sortie", sortie.toString());
    assertThat(s.code()).isEqualTo(EmjpmCli.REFUS);
    assertThat(s.err()).contains("ENQUETE_JSON_TYPE_INCORRECT", "ENQUETE_JSON_CLE_INCONNUE", "table_inconnue.a",
        "enquete_reponses_activite.inconnue");
    assertThat(s.err()).doesNotContain("dix");
    assertThat(sortie).doesNotExist();

    Files.writeString(json, "{\"type\": \"service\", \"reponses\": {}}");
    assertThat(lancer("enquete", "exporter", json.toString(), "--type", "prepose", "--annee", "2021",
        "--sortie", sortie.toString()).code()).isEqualTo(EmjpmCli.REFUS);
    Files.writeString(json, "{pas du json");
    assertThat(lancer("enquete", "exporter", json.toString(), "--type", "prepose", "--annee", "2021",
        "--sortie", sortie.toString()).code()).isEqualTo(EmjpmCli.REFUS);
  }

  @Test
  void consoliderUnDossierRapporteChaqueFichierEtEcritLesTotaux() throws Exception {
    Path lot = Files.createDirectories(dossier.resolve("lot"));
    Path json = dossier.resolve("r.json");
    Files.writeString(json, REPONSE_PREPOSE, StandardCharsets.UTF_8);
    assertThat(lancer("enquete", "exporter", json.toString(), "--type", "prepose", "--annee", "2021",
        "--sortie", lot.resolve("a.xlsx").toString()).code()).isZero();
    Files.copy(ressource("annexe_7-2019.xls"), lot.resolve("b.xls"));
    Files.write(lot.resolve("c.xls"), new byte[] {9, 9, 9});
    // FINESS numérique dans un classeur : avertissement à la cellule dans le rapport du fichier
    try (org.apache.poi.ss.usermodel.Workbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook(
        Files.newInputStream(ressource("annexe_7-2019.xls")))) {
      wb.getSheet("modalites d'exercice").getRow(28).createCell(0).setCellValue(10780054);
      try (java.io.OutputStream o = Files.newOutputStream(lot.resolve("d.xls"))) {
        wb.write(o);
      }
    }
    Path sortie = dossier.resolve("totaux.xlsx");
    Sortie texte = lancer("enquete", "consolider", lot.toString(), "--type", "prepose", "--annee", "2021",
        "--departement", "Nord", "--sortie", sortie.toString());
    assertThat(texte.code()).as(texte.err()).isZero();
    assertThat(texte.out()).contains("a.xlsx : lu, statut ", "b.xls : lu, statut vide", "c.xls : refusé, 1 raison(s)",
        "modalites d'exercice!A29", "3 classeur(s) consolidé(s) sur 4");
    assertThat(texte.out()).doesNotContain("empty").doesNotContain("statut invalid\n").contains("statut invalide");
    assertThat(Files.size(sortie)).isPositive();
    Sortie j = lancer("enquete", "consolider", lot.toString(), "--type", "prepose", "--annee", "2021",
        "--sortie", sortie.toString(), "--json");
    JsonNode r = j.json();
    assertThat(r.get("reponses").asInt()).isEqualTo(3);
    assertThat(r.get("fichiers").get(1).get("statut").asText()).isEqualTo("empty");
    assertThat(r.get("fichiers").get(2).get("etat").asText()).isEqualTo("refuse");
    assertThat(r.get("fichiers").get(3).get("violations").get(0).get("cellule").asText())
        .isEqualTo("modalites d'exercice!A29");
  }

  @Test
  void importerAfficheLesStatutsEnFrancais() throws Exception {
    Sortie texte = lancer("enquete", "importer", ressource("annexe_3-2019.xls").toString(), "--type", "service",
        "--annee", "2021");
    assertThat(texte.out()).contains("statut global : vide").doesNotContain(": empty");
    Sortie j = lancer("enquete", "importer", ressource("annexe_3-2019.xls").toString(), "--type", "service",
        "--annee", "2021", "--json");
    assertThat(j.json().get("statut_global").get("code").asText()).isEqualTo("empty");
    assertThat(j.json().get("statut_global").get("libelle").asText()).isEqualTo("vide");
  }
}
