// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.usages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.gouv.emjpm.domain.enquete.ReponseEnquete;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.domain.enquete.ValeurReponse;
import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.io.enquete.EnqueteExcelWriter;
import fr.gouv.emjpm.io.enquete.FormatExcel;
import fr.gouv.emjpm.rules.enquete.BaremesRevenus;
import fr.gouv.emjpm.rules.enquete.CatalogueEnquete;
import fr.gouv.emjpm.rules.enquete.ChampEnquete;
import fr.gouv.emjpm.rules.enquete.PreRemplissageEnquete;
import fr.gouv.emjpm.rules.enquete.TypeChamp;
import fr.gouv.emjpm.testkit.Mesures;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnqueteImportStatutExportTest {

  @TempDir Path dossier;

  /**
   * Ce que l'exemple écrit dans son classeur : la réponse pré-remplie depuis ses mesures, refaite ici
   * avec les mêmes entrées (générateur, graine, nombre, campagne) ; rend le nombre de valeurs écrites.
   */
  static int valeursEcritesParLExemple() {
    List<Mesure> mesures = Mesures.generateur().typeGestionnaire(TypeGestionnaire.INDIVIDUEL)
        .datesEntre(LocalDate.of(2010, 1, 1), LocalDate.of(2021, 12, 31))
        .liste(EnqueteImportStatutExport.GRAINE, EnqueteImportStatutExport.NOMBRE);
    ReponseEnquete remplie = PreRemplissageEnquete.preRemplir(TypeEnquete.INDIVIDUEL, EnqueteImportStatutExport.ANNEE,
        mesures, Optional.empty(), BaremesRevenus.originaux()).valeurOuErreur();
    return remplie.tables().values().stream().mapToInt(Map::size).sum();
  }

  @Test
  void leClasseurDuMandataireEstImporteEvalueEtExporte() {
    var e = SortieStandard.executer(dossier, EnqueteImportStatutExport::executer);
    EnqueteImportStatutExport.Resultats r = e.resultats();
    int ecrites = valeursEcritesParLExemple();
    assertThat(ecrites).isPositive();
    assertThat(r.valeursLues()).isEqualTo(ecrites);
    assertThat(r.avertissements()).isZero();
    assertThat(r.statutAvant()).isEqualTo("empty");
    // Activité, populations et prestations viennent des mesures ; les informations générales manquent.
    assertThat(r.statutApres()).isEqualTo("empty-half");
    assertThat(r.sections()).containsExactly(
        org.assertj.core.api.Assertions.entry("informations", "empty"),
        org.assertj.core.api.Assertions.entry("activite", "valid"),
        org.assertj.core.api.Assertions.entry("populations", "valid"),
        org.assertj.core.api.Assertions.entry("prestationsSociales", "valid"));
    assertThat(r.violations()).isZero();
    assertThat(r.tablesJson()).isEqualTo(3);
    assertThat(r.jsonRelu()).isTrue();
    assertThat(r.cellulesExportees()).isEqualTo(r.valeursLues());
    assertThat(dossier.resolve("reponse.json")).isRegularFile();
    assertThat(dossier.resolve("reponse.xls")).isRegularFile();
  }

  /**
   * Le test écrit lui-même son classeur : chaque champ entier à une cellule de la table d'activité du
   * mandataire individuel reçoit une valeur choisie ici ; l'import relit exactement ces valeurs.
   */
  @Test
  void lesValeursEcritesParLeTestSontRelues() throws IOException {
    TypeEnquete type = TypeEnquete.INDIVIDUEL;
    String table = "enquete_reponses_activite";
    ReponseEnquete ecrite = ReponseEnquete.vide(type);
    Map<String, Long> attendues = new TreeMap<>();
    for (ChampEnquete c : CatalogueEnquete.standard().champs(type)) {
      if (c.table().equals(table) && c.type() == TypeChamp.ENTIER && c.excel().isPresent() && !c.estDansBloc()) {
        long valeur = 3 + attendues.size() * 7L;
        attendues.put(c.cle(), valeur);
        ecrite = ecrite.avec(table, c.cle(), new ValeurReponse.Entier(valeur));
      }
    }
    assertThat(attendues).hasSizeGreaterThan(40);
    Path classeur = dossier.resolve("classeur-du-test.xlsx");
    try (OutputStream o = Files.newOutputStream(classeur)) {
      EnqueteExcelWriter.ecrire(ecrite, type, 2021, o, FormatExcel.XLSX).valeurOuErreur();
    }
    Path sortie = Files.createDirectory(dossier.resolve("sortie"));
    EnqueteImportStatutExport.Resultats r = EnqueteImportStatutExport.importerEtExporter(
        classeur, type, 2021, ReponseEnquete.vide(type), sortie, new PrintWriter(new StringWriter()));
    assertThat(r.valeursLues()).isEqualTo(attendues.size());
    assertThat(r.avertissements()).isZero();
    assertThat(r.tablesJson()).isEqualTo(1);
    assertThat(r.cellulesExportees()).isEqualTo(attendues.size());
    JsonNode json = new ObjectMapper().readTree(sortie.resolve("reponse.json").toFile()).get(table);
    Map<String, Long> relues = new TreeMap<>();
    json.fields().forEachRemaining(f -> relues.put(f.getKey(), f.getValue().asLong()));
    assertThat(relues).isEqualTo(attendues);
  }

  @Test
  void leClasseurViergeDuServiceNeChangeRien() throws IOException {
    // Le modèle DGCS de l'annexe 3 tel que distribué : aucune cellule remplie.
    Path classeur = dossier.resolve("annexe_3-2019.xls");
    try (InputStream in = getClass().getResourceAsStream("/enquete/annexe_3-2019.xls")) {
      Files.copy(in, classeur);
    }
    StringWriter texte = new StringWriter();
    EnqueteImportStatutExport.Resultats r = EnqueteImportStatutExport.importerEtExporter(
        classeur, TypeEnquete.SERVICE, 2021, ReponseEnquete.vide(TypeEnquete.SERVICE), dossier, new PrintWriter(texte));
    assertThat(r.valeursLues()).isZero();
    assertThat(r.avertissements()).isZero();
    assertThat(r.statutAvant()).isEqualTo("empty");
    assertThat(r.statutApres()).isEqualTo("empty");
    assertThat(r.sections()).containsOnlyKeys("informations", "personnelFormation", "activite", "populations")
        .allSatisfy((section, statut) -> assertThat(statut).isEqualTo("empty"));
    assertThat(r.tablesJson()).isZero();
    assertThat(r.jsonRelu()).isTrue();
    assertThat(r.cellulesExportees()).isZero();
  }

  @Test
  void leMainImprimeLeRecit() throws Exception {
    String sortie = SortieStandard.capturer(() -> EnqueteImportStatutExport.main(new String[0]));
    int n = valeursEcritesParLExemple();
    assertThat(sortie).containsSubsequence(
        "== Enquête 2021 d'un mandataire individuel",
        "1. Import de enquete-individuel.xlsx : " + n + " valeur(s) lue(s), 0 avertissement(s)",
        "2. Statut : empty avant import, empty-half après",
        "3. Export : reponse.json (3 tables, relu identique) et reponse.xls (" + n + " cellules)");
  }
}
