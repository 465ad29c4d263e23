// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Le modèle vierge écrit par {@link MesuresExporter#ecrireModele} ; son remplissage réel est dans le corpus reel/. */
class ModeleViergeTest {

  @TempDir Path dossier;

  static byte[] modele() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MesuresExporter.ecrireModele(out);
    return out.toByteArray();
  }

  @Test
  void colonnesListesFormatsEtNotice() throws IOException {
    byte[] octets = modele();
    assertThat(modele()).as("octets déterministes").isEqualTo(octets);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(octets))) {
      assertThat(wb.getSheetName(0)).isEqualTo("Mesures");
      assertThat(wb.getSheetName(1)).isEqualTo("Notice");
      assertThat(wb.isSheetHidden(2)).isTrue();
      XSSFSheet f = wb.getSheetAt(0);
      List<String> titres = new java.util.ArrayList<>();
      f.getRow(0).forEach(c -> titres.add(c.getStringCellValue()));
      assertThat(titres).isEqualTo(MesuresExporter.COLONNES_MODELE);
      assertThat(titres).containsAll(ColonnesMesures.OBLIGATOIRES).contains("date_nomination", "type_etablissement");
      Map<String, String> listes = new HashMap<>();
      for (DataValidation v : f.getDataValidations()) {
        int col = v.getRegions().getCellRangeAddress(0).getFirstColumn();
        listes.put(titres.get(col), v.getValidationConstraint().getFormula1());
        assertThat(v.getRegions().getCellRangeAddress(0).getFirstRow()).isEqualTo(1);
      }
      assertThat(listes).containsOnlyKeys("type", "residence", "civilite", "type_etablissement");
      XSSFSheet valeurs = wb.getSheet("Listes");
      assertThat(valeurs.getRow(19).getCell(0).getStringCellValue()).isNotEmpty();
      assertThat(listes.get("type")).isEqualTo("Listes!$A$1:$A$" + ColonnesMesures.nombreDeTypes());
      assertThat(f.getColumnStyle(titres.indexOf("date_nomination")).getDataFormatString()).isEqualTo("dd/mm/yyyy");
      assertThat(f.getColumnStyle(titres.indexOf("code_postal")).getDataFormatString()).isEqualTo("@");
      assertThat(f.getColumnStyle(titres.indexOf("tribunal_siret")).getDataFormatString()).isEqualTo("@");
      assertThat(f.getColumnStyle(titres.indexOf("annee")).getDataFormatString()).isEqualTo("0");
      StringBuilder notice = new StringBuilder();
      wb.getSheetAt(1).forEach(r -> r.forEach(c -> notice.append(c.getStringCellValue()).append('\n')));
      for (String c : MesuresExporter.COLONNES_MODELE) {
        assertThat(notice).contains(c);
      }
      assertThat(notice.toString()).contains("etablissement_hospitalier", "curatelle renforcée aux biens", "jj/mm/aaaa")
          .doesNotContain("domain.md", "§");
    }
  }

  @Test
  void leModeleViergeSImporteSansErreur() throws IOException {
    Path p = dossier.resolve("modele.xlsx");
    Files.write(p, modele());
    Resultat<ImportMesures> r =
        MesuresImporterTest.IMPORTER.importer(p, ParametresImport.pour(GestionnaireId.individuel(1)));
    assertThat(r.estSucces()).as(r.violations().toString()).isTrue();
    assertThat(r.valeurOuErreur().creations()).isZero();
  }
}
