// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Un .xls plein (65 535 lignes de données, le maximum d'une feuille .xls avec son en-tête) est importé en
 * entier par l'API publique : la lecture en flux des .xls ne le refuse plus (l'ancien pré-vol arrêtait
 * tout .xls de plus d'environ 16 000 lignes de 11 colonnes).
 */
class XlsPleinTest {

  @TempDir Path dossier;

  /** Écrit par POI HSSF : en-tête du modèle, date de nomination au format date, RG tous différents. */
  static Path xlsPlein(Path dossier, int lignes) throws IOException {
    Path p = dossier.resolve("plein.xls");
    try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
      Sheet s = wb.createSheet("mesures");
      String[] entete = MesuresImporterTest.EN_TETE.strip().split(";");
      Row r0 = s.createRow(0);
      for (int c = 0; c < entete.length; c++) {
        r0.createCell(c).setCellValue(entete[c]);
      }
      for (int i = 1; i <= lignes; i++) {
        Row r = s.createRow(i);
        r.createCell(0).setCellValue(43_000 + i % 2000);
        r.getCell(0).setCellStyle(date);
        r.createCell(1).setCellValue("tutelle");
        r.createCell(2).setCellValue(59000);
        r.createCell(3).setCellValue("Lille");
        r.createCell(4).setCellValue(i % 2 == 0 ? "F" : "H");
        r.createCell(5).setCellValue(1940 + i % 60);
        r.createCell(6).setCellValue("RG" + i);
        r.createCell(7).setCellValue("D" + i);
        r.createCell(8).setCellValue("domicile");
        r.createCell(9).setCellValue(MesuresImporterTest.SIRET_LILLE);
      }
      wb.write(out);
    }
    return p;
  }

  @Test
  void un_xls_de_65535_lignes_est_importe_en_entier() throws IOException {
    Path p = xlsPlein(dossier, 65_535);
    Resultat<ImportMesures> r =
        MesuresImporterTest.IMPORTER.importer(p, ParametresImport.pour(GestionnaireId.individuel(1)));
    assertThat(r.violations()).isEmpty();
    ImportMesures i = r.valeurOuErreur();
    assertThat(i.creations()).isEqualTo(65_535);
    assertThat(i.mesures()).hasSize(65_535);
    assertThat(i.mesures().get(65_534).numeroRg().valeur()).endsWith("RG65535");
    assertThat(i.mesures()).extracting(m -> m.numeroRg().valeur()).doesNotHaveDuplicates();
  }
}
