// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Le lecteur unique : format reconnu une fois par le contenu, feuilles annoncées dans l'ordre du classeur
 * avec leur nom et lues à la demande du récepteur, cellules typées identiques en xlsx et en xls (texte,
 * nombre et son format, date en série 1900 même d'un classeur 1904, booléen, erreur), limites appliquées
 * une fois quel que soit le format.
 */
class LecteurClasseurTest {

  @TempDir Path dossier;

  private static final LimitesLecture LIMITES = new LimitesLecture(1 << 24, 1000, 50, 1000, 1000, 32_767, 1 << 20,
      LimitesLecture.FEUILLES_MAX, Duration.ofMinutes(1));

  /** Note les événements, feuilles choisies par leur indice. */
  private static final class Journal extends JournalCellules {
    private final List<Integer> lues;
    private final boolean continuer;

    Journal(List<Integer> lues, boolean continuer) {
      this.lues = lues;
      this.continuer = continuer;
    }

    @Override
    String formatDate(FormatCellule format) {
      return String.valueOf(format.date());
    }

    @Override
    public boolean feuille(int indice, String nom) {
      vu.add("feuille " + indice + " " + nom);
      return lues.contains(indice);
    }

    @Override
    public boolean finFeuille() {
      vu.add("fin feuille");
      return continuer;
    }
  }

  @Test
  void formatReconnuParLeContenu() {
    assertThat(FormatFichier.detecter(new byte[] {0x50, 0x4B, 0x03, 0x04})).isEqualTo(FormatFichier.XLSX);
    assertThat(FormatFichier.detecter(new byte[] {0x50, 0x4B, 0x03})).isEqualTo(FormatFichier.CSV);
    assertThat(FormatFichier.detecter(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
        (byte) 0xB1, 0x1A, (byte) 0xE1})).isEqualTo(FormatFichier.XLS);
    assertThat(FormatFichier.detecter(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}))
        .isEqualTo(FormatFichier.CSV);
    assertThat(FormatFichier.detecter("a;b\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(FormatFichier.CSV);
    assertThat(FormatFichier.detecter(new byte[0])).isEqualTo(FormatFichier.CSV);
  }

  @Test
  void odsReconnuParSonEntreeMimetype() throws IOException {
    assertThat(FormatFichier.detecter(zipAvecMimetype(FormatFichier.TYPE_ODS))).isEqualTo(FormatFichier.ODS);
    // tout document OpenDocument va au lecteur .ods, qui refuse un .odt comme n'étant pas un classeur
    assertThat(FormatFichier.detecter(zipAvecMimetype("application/vnd.oasis.opendocument.text")))
        .isEqualTo(FormatFichier.ODS);
    assertThat(FormatFichier.detecter(zipAvecMimetype("application/vnd.oasis.opendocumenT.text")))
        .isEqualTo(FormatFichier.XLSX);
    assertThat(FormatFichier.detecter(zipAvecMimetype("application/zip"))).isEqualTo(FormatFichier.XLSX);
    Path p = dossier.resolve("c.ods");
    Files.write(p, zipAvecMimetype(FormatFichier.TYPE_ODS));
    assertThat(FormatFichier.detecter(p)).isEqualTo(FormatFichier.ODS);
  }

  /** Archive dont la première entrée, non compressée, est {@code mimetype}. */
  private static byte[] zipAvecMimetype(String type) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      byte[] octets = type.getBytes(StandardCharsets.US_ASCII);
      ZipEntry e = new ZipEntry("mimetype");
      e.setMethod(ZipEntry.STORED);
      e.setSize(octets.length);
      CRC32 crc = new CRC32();
      crc.update(octets);
      e.setCrc(crc.getValue());
      z.putNextEntry(e);
      z.write(octets);
      z.closeEntry();
      z.putNextEntry(new ZipEntry("content.xml"));
      z.write("<x/>".getBytes(StandardCharsets.US_ASCII));
      z.closeEntry();
    }
    return out.toByteArray();
  }

  /** Trois feuilles ; la deuxième porte une cellule de chaque type. */
  private Path classeur(Workbook wb, String ext, boolean date1904) throws IOException {
    try (wb) {
      wb.createSheet("Première").createRow(0).createCell(0).setCellValue("a");
      Sheet s = wb.createSheet("Données");
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
      CellStyle decimal = wb.createCellStyle();
      decimal.setDataFormat(wb.createDataFormat().getFormat("0.00"));
      Row r = s.createRow(2);
      r.createCell(0).setCellValue("texte");
      r.createCell(1).setCellValue(LocalDate.of(2023, 3, 15));
      r.getCell(1).setCellStyle(date);
      r.createCell(2).setCellValue(12.5);
      r.getCell(2).setCellStyle(decimal);
      r.createCell(3).setCellValue(true);
      r.createCell(4).setCellErrorValue(FormulaError.NA.getCode());
      r.createCell(6).setBlank();
      wb.createSheet("Dernière").createRow(0).createCell(0).setCellValue("z");
      Path p = dossier.resolve("c" + ext);
      try (OutputStream out = Files.newOutputStream(p)) {
        wb.write(out);
      }
      if (date1904) {
        Files.write(p, systeme1904(Files.readAllBytes(p)));
      }
      return p;
    }
  }

  /** Le même xlsx déclaré au système de dates 1904 ({@code <workbookPr date1904="1"/>}), valeurs inchangées. */
  private static byte[] systeme1904(byte[] xlsx) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] octets = in.readAllBytes();
        if (e.getName().equals("xl/workbook.xml")) {
          String xml = new String(octets, StandardCharsets.UTF_8);
          xml = xml.contains("date1904=\"false\"") ? xml.replace("date1904=\"false\"", "date1904=\"1\"")
              : xml.replace("<workbookPr", "<workbookPr date1904=\"1\"");
          assertThat(xml).contains("date1904=\"1\"");
          octets = xml.getBytes(StandardCharsets.UTF_8);
        }
        z.putNextEntry(new ZipEntry(e.getName()));
        z.write(octets);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static List<String> lire(Path p, List<Integer> lues, boolean continuer) throws IOException {
    Journal j = new Journal(lues, continuer);
    Optional<Violation> v = LecteurClasseur.lire(p, FormatFichier.detecter(p), LIMITES, j);
    assertThat(v).isEmpty();
    return j.vu;
  }

  @Test
  void feuillesDansLOrdreEtCellulesTypeesIdentiquesEnXlsxEtXls() throws IOException {
    double serie = 45_000; // 15/03/2023
    List<String> attendu = List.of("feuille 0 Première", "feuille 1 Données", "ligne 3", "0 texte texte",
        "1 date " + serie + " true", "2 nombre 12.5 0.00", "3 booleen true", "4 erreur #N/A", "fin", "fin feuille",
        "feuille 2 Dernière");
    assertThat(lire(classeur(new XSSFWorkbook(), ".xlsx", false), List.of(1), true)).isEqualTo(attendu);
    assertThat(lire(classeur(new HSSFWorkbook(), ".xls", false), List.of(1), true)).isEqualTo(attendu);
    // système de dates 1904 : la série stockée (45 000) est ramenée au système 1900 (même jour que selon POI)
    Path p1904 = classeur(new XSSFWorkbook(), ".xlsx", true);
    double stockee = serie;
    double serie1900 = stockee + 1462;
    assertThat(org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(serie1900, false))
        .isEqualTo(org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(stockee, true));
    assertThat(lire(p1904, List.of(1), true)).contains("1 date " + serie1900 + " true");
  }

  @Test
  void finFeuilleFausseArreteLeClasseur() throws IOException {
    for (Path p : List.of(classeur(new XSSFWorkbook(), ".xlsx", false), classeur(new HSSFWorkbook(), ".xls", false))) {
      assertThat(lire(p, List.of(0, 1, 2), false))
          .containsExactly("feuille 0 Première", "ligne 1", "0 texte a", "fin", "fin feuille");
    }
  }

  @Test
  void csvUneFeuilleDeTextesLesChampsVidesComptes() throws IOException {
    Path p = dossier.resolve("c.csv");
    Files.writeString(p, "a;;\"b;c\"\r\n\nd", StandardCharsets.UTF_8);
    assertThat(lire(p, List.of(0), true)).containsExactly("feuille 0 ", "ligne 1", "0 texte a", "2 texte b;c", "fin",
        "ligne 2", "fin", "ligne 3", "0 texte d", "fin", "fin feuille");
    Files.writeString(p, "a" + ";".repeat(50) + "\n", StandardCharsets.UTF_8);
    assertThat(LecteurClasseur.lire(p, FormatFichier.CSV, LIMITES, new Journal(List.of(0), true)))
        .map(Violation::code).contains("FICHIER_TROP_DE_COLONNES");
  }

  @Test
  void limitesEtTailleAppliqueesUneFois() throws IOException {
    Path p = classeur(new XSSFWorkbook(), ".xlsx", false);
    LimitesLecture petit = new LimitesLecture(100, 1000, 50, 1000, 1000, 32_767, 1 << 20, 255, Duration.ofMinutes(1));
    assertThat(LecteurClasseur.lire(p, FormatFichier.XLSX, petit, new Journal(List.of(0), true)))
        .map(Violation::code).contains("FICHIER_TROP_VOLUMINEUX");
    LimitesLecture court = new LimitesLecture(1 << 24, 1000, 50, 3, 1000, 32_767, 1 << 20, 255, Duration.ofMinutes(1));
    assertThat(LecteurClasseur.lire(p, FormatFichier.XLSX, court, new Journal(List.of(1), true)))
        .map(Violation::code).contains("FICHIER_CELLULE_TROP_LONGUE");
    LimitesLecture etroit = new LimitesLecture(1 << 24, 1000, 4, 1000, 1000, 32_767, 1 << 20, 255,
        Duration.ofMinutes(1));
    assertThat(LecteurClasseur.lire(p, FormatFichier.XLSX, etroit, new Journal(List.of(1), true)))
        .map(Violation::code).contains("FICHIER_TROP_DE_COLONNES");
    Path xls = classeur(new HSSFWorkbook(), ".xls", false);
    assertThat(LecteurClasseur.lire(xls, FormatFichier.XLS, etroit, new Journal(List.of(1), true)))
        .map(Violation::code).contains("FICHIER_TROP_DE_COLONNES");
  }
}
