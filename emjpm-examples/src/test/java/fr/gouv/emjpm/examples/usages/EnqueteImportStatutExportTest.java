// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.usages;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.enquete.ReponseEnquete;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnqueteImportStatutExportTest {

  @TempDir Path dossier;

  @Test
  void leClasseurDuMandataireEstImporteEvalueEtExporte() {
    var e = SortieStandard.executer(dossier, EnqueteImportStatutExport::executer);
    EnqueteImportStatutExport.Resultats r = e.resultats();
    assertThat(r.valeursLues()).isEqualTo(180);
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
    assertThat(sortie).containsSubsequence(
        "== Enquête 2021 d'un mandataire individuel",
        "1. Import de enquete-individuel.xlsx : 180 valeur(s) lue(s), 0 avertissement(s)",
        "2. Statut : empty avant import, empty-half après",
        "3. Export : reponse.json (3 tables, relu identique) et reponse.xls (180 cellules)");
  }
}
