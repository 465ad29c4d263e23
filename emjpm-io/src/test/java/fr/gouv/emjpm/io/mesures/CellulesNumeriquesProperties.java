// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import fr.gouv.emjpm.io.internal.FormatCellule;
import fr.gouv.emjpm.io.internal.FormatsNumeriques;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Tout entier dans une cellule numérique, quel que soit son format numérique (hors formats de date, qui
 * font d'une cellule une date), se relit comme ses chiffres exacts : en xlsx (valeur brute telle
 * qu'écrite, y compris en notation scientifique) et en xls.
 */
class CellulesNumeriquesProperties {

  @TempDir Path dossier;

  /** Formats intégrés qui ne sont pas des dates, et formats personnalisés courants des tableurs. */
  static final List<String> FORMATS = List.of("General", "0", "0.00", "#,##0", "#,##0.00", "0%", "0.00%", "0.00E+00",
      "##0.0E+0", "# ##0", "#,##0 \"€\"", "000000", "@", "0.0", "# ?/?", "[$-40C]General", "#,##0;[Red]-#,##0",
      "\"n° \"0", "_-* #,##0_-;-* #,##0_-", "0000000000000000");

  /** Entiers jusqu'à 10^15 : années, codes postaux, numéros, SIRET (14 chiffres). */
  static Gen<Long> entiers() {
    return SourceDSL.longs().between(0, 999_999_999_999_999L)
        .mix(SourceDSL.longs().between(0, 99_999L), 40)
        .mix(SourceDSL.longs().between(10_000_000_000_000L, 99_999_999_999_999L), 30);
  }

  static Gen<String> formats() {
    return SourceDSL.integers().between(0, FORMATS.size() - 1).map(FORMATS::get);
  }

  @Test
  void toutEntierSeRelitCommeSesChiffresQuelQueSoitLeFormat() {
    DataFormatter repli = new DataFormatter(Locale.FRANCE);
    qt().withExamples(5_000).forAll(entiers(), formats())
        .checkAssert((n, format) -> {
          FormatCellule f = new FormatCellule(164, format, false);
          assertThat(CellulesNumeriques.nombre((double) n, f, repli)).isEqualTo(String.valueOf(n));
          assertThat(CellulesNumeriques.nombre((double) n, FormatCellule.AUCUN, repli)).isEqualTo(String.valueOf(n));
        });
  }

  @Test
  void formatsDeDate() {
    DataFormatter repli = new DataFormatter(Locale.FRANCE);
    // 43539 = 15/03/2019 dans le système 1900 (le lecteur y ramène le système 1904)
    for (int indice : new int[] {14, 15, 16, 17, 22, 45, 46, 47}) {
      assertThat(FormatsNumeriques.estDate(indice, "General")).as("format %d", indice).isTrue();
    }
    for (String format : List.of("dd/mm/yyyy", "DD/MM/YY", "yyyy-mm-dd", "d mmmm yyyy", "[$-40C]dd/mm/yyyy")) {
      assertThat(FormatsNumeriques.estDate(164, format)).as(format).isTrue();
      FormatCellule f = new FormatCellule(164, format, true);
      assertThat(CellulesNumeriques.date(43539, f, repli)).as(format).isEqualTo("15/03/2019");
      assertThat(CellulesNumeriques.date(43539.75, f, repli)).as(format).isEqualTo("15/03/2019");
      assertThat(CellulesNumeriques.date(43539.999999999, f, repli)).as(format).isEqualTo("16/03/2019");
    }
    // chemin direct et chemin de POI d'accord sur toute la plage des dates
    FormatCellule courte = FormatCellule.DATE_COURTE;
    for (int serie = 1; serie < 2_958_466; serie += 997) {
      assertThat(CellulesNumeriques.date(serie, courte, repli)).as("série %d", serie)
          .isEqualTo(org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(serie, false, true).toLocalDate()
              .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu")));
    }
    // une heure seule n'est pas une date ; un nombre au format non daté reste un nombre
    assertThat(CellulesNumeriques.date(0.5, new FormatCellule(20, "h:mm", true), repli)).isNotEqualTo("31/12/1899");
    assertThat(FormatsNumeriques.estDate(0, "General")).isFalse();
    assertThat(CellulesNumeriques.nombre(43539, FormatCellule.GENERAL, repli)).isEqualTo("43539");
    assertThat(CellulesNumeriques.nombre(12.5, FormatCellule.GENERAL, repli)).isEqualTo("12,5");
    assertThat(CellulesNumeriques.nombre(12.5, FormatCellule.AUCUN, repli)).isEqualTo("12.5");
    assertThat(CellulesNumeriques.nombre(Double.NaN, FormatCellule.AUCUN, repli)).isEmpty();
  }

  @Test
  void dansUnVraiClasseurXlsxEtXls() {
    qt().withExamples(150).forAll(entiers(), formats()).checkAssert((n, format) -> {
      assertThat(relire(new XSSFWorkbook(), "c.xlsx", n, format)).isEqualTo(String.valueOf(n));
      assertThat(relire(new HSSFWorkbook(), "c.xls", n, format)).isEqualTo(String.valueOf(n));
    });
  }

  /** Écrit l'entier dans une cellule numérique au format donné, relit le fichier par l'import. */
  private String relire(Workbook wb, String nom, long n, String format) {
    try (wb) {
      Sheet s = wb.createSheet("Feuil1");
      s.createRow(0).createCell(0).setCellValue("x");
      Row r = s.createRow(1);
      CellStyle style = wb.createCellStyle();
      style.setDataFormat(wb.createDataFormat().getFormat(format));
      r.createCell(0).setCellValue((double) n);
      r.getCell(0).setCellStyle(style);
      Path p = Files.createTempFile(dossier, "n", nom);
      try (OutputStream out = Files.newOutputStream(p)) {
        wb.write(out);
      }
      List<String> lu = new ArrayList<>();
      assertThat(LecteurTableau.lire(p, fr.gouv.emjpm.io.internal.FormatFichier.detecter(p), LimitesImport.parDefaut(), (numero, valeurs) -> lu.add(valeurs.get(0))))
          .isEmpty();
      assertThat(lu).hasSize(2);
      return lu.get(1);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
