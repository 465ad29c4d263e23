// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.io.internal.FormatsNumeriques;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, temps : des formats numériques démesurés ({@code [Red]} suivi de 800 000 caractères, ou plus
 * de quatre sections) arrêtent la lecture avant que le formateur de POI ne s'y attarde (116 s avant
 * l'échéance sans la borne) ; un format réel à quatre sections reste lu. Classeurs générés au moment du
 * test, xlsx et xls.
 */
class FormatsNumeriquesBornesTest {

  @TempDir Path dossier;

  private static final List<String> EN_TETE = List.of(MesuresImporterTest.EN_TETE.strip().split(";"));

  /** Classeur : l'en-tête, puis quatre lignes dont l'année de naissance porte chacune un format {@code formats[i]}. */
  private Path classeur(Workbook wb, String extension, String... formats) throws IOException {
    Sheet s = wb.createSheet("mesures");
    Row r0 = s.createRow(0);
    for (int i = 0; i < EN_TETE.size(); i++) {
      r0.createCell(i).setCellValue(EN_TETE.get(i));
    }
    for (int l = 0; l < formats.length; l++) {
      Row r = s.createRow(l + 1);
      String[] valeurs = ("01/02/2020;tutelle;59000;Lille;F;1950;21/0016" + l + ";;A domicile;"
          + MesuresImporterTest.SIRET_LILLE).split(";");
      for (int i = 0; i < valeurs.length; i++) {
        r.createCell(i).setCellValue(valeurs[i]);
      }
      CellStyle st = wb.createCellStyle();
      st.setDataFormat(wb.createDataFormat().getFormat(formats[l]));
      r.createCell(5).setCellValue(1950.5);
      r.getCell(5).setCellStyle(st);
    }
    Path p = dossier.resolve("formats-" + System.nanoTime() + "." + extension);
    try (OutputStream o = Files.newOutputStream(p)) {
      wb.write(o);
    }
    wb.close();
    return p;
  }

  /** {@code [Red]} puis {@code n} caractères de format tirés au hasard (peu compressibles), puis {@code 0}. */
  private static String formatGeant(int n, long graine) {
    Random alea = new Random(graine);
    String jeu = "0#?,. ";
    StringBuilder b = new StringBuilder(n + 8).append("[Red]");
    for (int i = 0; i < n; i++) {
      b.append(jeu.charAt(alea.nextInt(jeu.length())));
    }
    return b.append('0').toString();
  }

  private static Resultat<ImportMesures> importer(Path p) throws IOException {
    return MesuresImporterTest.IMPORTER.importer(p, ParametresImport.pour(GestionnaireId.individuel(1)));
  }

  @Test
  void quatre_formats_de_800_ko_sont_refuses_vite() throws IOException {
    Path p = classeur(new XSSFWorkbook(), "xlsx", formatGeant(800_000, 1), formatGeant(800_000, 2),
        formatGeant(800_000, 3), formatGeant(800_000, 4));
    long t0 = System.nanoTime();
    Resultat<ImportMesures> r = importer(p);
    Duration d = Duration.ofNanos(System.nanoTime() - t0);
    assertThat(r.violations()).extracting(Violation::code).containsExactly("FICHIER_FORMAT_NUMERIQUE_INVALIDE");
    assertThat(d).isLessThan(Duration.ofSeconds(10)); // sans la borne : 116 s (DataFormatter)
  }

  @Test
  void un_format_de_plus_de_quatre_sections_est_refuse_en_xlsx_et_en_xls() throws IOException {
    for (Workbook wb : List.<Workbook>of(new XSSFWorkbook(), new HSSFWorkbook())) {
      String ext = wb instanceof XSSFWorkbook ? "xlsx" : "xls";
      Path p = classeur(wb, ext, "0;0;0;0;0");
      assertThat(importer(p).violations()).as(ext).extracting(Violation::code)
          .containsExactly("FICHIER_FORMAT_NUMERIQUE_INVALIDE");
    }
  }

  @Test
  void un_format_reel_a_quatre_sections_est_lu() throws IOException {
    Path p = classeur(new XSSFWorkbook(), "xlsx", "#,##0.00;[Red]-#,##0.00;\"zéro;\";@");
    assertThat(importer(p).violations()).extracting(Violation::code)
        .doesNotContain("FICHIER_FORMAT_NUMERIQUE_INVALIDE");
  }

  @Test
  void verification_directe_des_bornes() {
    FormatsNumeriques.verifier("0".repeat(FormatsNumeriques.FORMAT_MAX));
    FormatsNumeriques.verifier("0;[<0;1]0;0;\\;@");
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> FormatsNumeriques.verifier("0".repeat(FormatsNumeriques.FORMAT_MAX + 1)))
        .isInstanceOf(fr.gouv.emjpm.io.internal.ArretLecture.class);
  }
}
