// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.enquete;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.enquete.ReponseEnquete;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Classeurs d'enquête .xlsx enregistrés par LibreOffice dont des cellules de saisie sont au format de date
 * ou d'heure, au système de dates 1900 et 1904 ({@code lo-service-dates-1900.xlsx}, {@code
 * lo-service-dates-1904.xlsx}, voir {@code LISEZMOI.md}) : chaque nombre est lu tel que le fichier le
 * stocke, comme POI le rend (numéro de série dans le système du classeur), et le patch est celui du
 * classeur .xls d'origine.
 */
class ClasseurDatesLibreOfficeTest {
  private static final int ANNEE = 2021;
  /** activité!D14 et activité!D15 (ligne, colonne à partir de 0) ; D16 en est la somme (formule du modèle). */
  private static final int[][] CELLULES = {{13, 3}, {14, 3}};
  private static final double[] VALEURS = {43831, 1.75};

  /**
   * Classeur .xls d'origine : le modèle de service, deux cellules de saisie au format de date et d'heure,
   * formules recalculées, système 1904 si demandé. Écrit dans {@code dossier} par {@link #main}, puis converti par
   * LibreOffice.
   */
  static byte[] source(boolean date1904) throws IOException {
    return EnqueteExcelReaderTest.modifier(TypeEnquete.SERVICE, wb -> {
      Sheet s = wb.getSheetAt(CartographieClasseur.indexActivite(TypeEnquete.SERVICE));
      String[] formats = {"dd/mm/yyyy", "[h]:mm"};
      for (int i = 0; i < CELLULES.length; i++) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat(formats[i]));
        var ligne = s.getRow(CELLULES[i][0]) == null ? s.createRow(CELLULES[i][0]) : s.getRow(CELLULES[i][0]);
        var c = ligne.getCell(CELLULES[i][1]) == null ? ligne.createCell(CELLULES[i][1]) : ligne.getCell(CELLULES[i][1]);
        c.setCellValue(VALEURS[i]);
        c.setCellStyle(style);
      }
      if (date1904) {
        ((DateWindow1904Record) ((HSSFWorkbook) wb).getInternalWorkbook().findFirstRecordBySid(DateWindow1904Record.sid))
            .setWindowing((short) 1);
      }
      EnqueteExcelWriter.recalculer(wb); // valeur en cache de D16, comme LibreOffice la recalcule
    });
  }

  /** Écrit les deux classeurs .xls d'origine dans le dossier donné (à convertir par LibreOffice). */
  public static void main(String[] args) throws IOException {
    Files.write(Path.of(args[0], "lo-service-dates-1900.xls"), source(false));
    Files.write(Path.of(args[0], "lo-service-dates-1904.xls"), source(true));
  }

  private static byte[] ressource(String nom) throws IOException {
    try (InputStream in = ClasseurDatesLibreOfficeTest.class.getResourceAsStream("/enquete/libreoffice/" + nom)) {
      assertThat(in).as(nom).isNotNull();
      return in.readAllBytes();
    }
  }

  private static Resultat<ImportEnquete> importer(byte[] octets) {
    return EnqueteExcelReader.lire(new ByteArrayInputStream(octets), TypeEnquete.SERVICE, ANNEE);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void lesDatesSontLuesCommePoiLesRendEtLePatchEstCeluiDuXlsDOrigine(boolean date1904) throws IOException {
    byte[] xlsx = ressource("lo-service-dates-" + (date1904 ? "1904" : "1900") + ".xlsx");
    try (Workbook poi = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(((XSSFWorkbook) poi).isDate1904()).as("système de dates écrit par LibreOffice").isEqualTo(date1904);
      Sheet s = poi.getSheetAt(CartographieClasseur.indexActivite(TypeEnquete.SERVICE));
      for (int i = 0; i < CELLULES.length; i++) {
        var c = s.getRow(CELLULES[i][0]).getCell(CELLULES[i][1]);
        assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(c)).as("cellule %d au format de date", i)
            .isTrue();
        assertThat(c.getNumericCellValue()).as("valeur stockée %d", i).isEqualTo(VALEURS[i]);
      }
    }
    Resultat<ImportEnquete> lu = importer(xlsx);
    Resultat<ImportEnquete> origine = importer(source(date1904));
    ReponseEnquete patch = lu.valeurOuErreur().patch();
    assertThat(patch).isEqualTo(origine.valeurOuErreur().patch());
    assertThat(lu.violations()).extracting(Violation::code, Violation::chemin)
        .containsExactlyInAnyOrderElementsOf(origine.violations().stream()
            .map(v -> org.assertj.core.groups.Tuple.tuple(v.code(), v.chemin())).toList());
    assertThat(patch.toString()).contains("43831");
    assertThat(lu.violations()).extracting(Violation::code).contains("ENQUETE_VALEUR_TRONQUEE"); // 1,75 (42 h)
  }

  @Test
  void lesDeuxSystemesDonnentLeMemePatch() throws IOException {
    assertThat(importer(ressource("lo-service-dates-1904.xlsx")).valeurOuErreur().patch())
        .isEqualTo(importer(ressource("lo-service-dates-1900.xlsx")).valeurOuErreur().patch());
  }
}
