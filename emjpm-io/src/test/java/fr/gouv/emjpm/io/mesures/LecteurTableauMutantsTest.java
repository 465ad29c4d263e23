// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lecture des tableaux observée directement (numéros de ligne, valeurs par colonne, codes d'arrêt) :
 * signature zip de 4 octets exactement, NUL en tête, fins de ligne CR/CRLF, séparateur à égalité ou
 * sur une première ligne vide, ordre des refus cellule/colonnes, xls (formules, lignes courtes),
 * références xlsx sans chiffres ou au-delà du plafond de colonnes.
 */
class LecteurTableauMutantsTest {
  @TempDir Path dossier;

  private static LimitesImport limites(int colonnes, int cellule) {
    return new LimitesImport(1 << 20, 1000, colonnes, cellule, 1000, Duration.ofSeconds(30));
  }

  /** Lignes rendues (« numéro:[valeurs] ») puis, s'il y en a un, le code d'arrêt. */
  private List<String> lire(byte[] octets, LimitesImport l) throws IOException {
    Path p = Files.createTempFile(dossier, "t", ".bin");
    Files.write(p, octets);
    List<String> vu = new ArrayList<>();
    Optional<Violation> v = LecteurTableau.lire(p, fr.gouv.emjpm.io.internal.FormatFichier.detecter(p), l, (n, valeurs) -> vu.add(n + ":" + valeurs));
    v.ifPresent(violation -> vu.add(violation.code()));
    return vu;
  }

  private List<String> csv(String texte, LimitesImport l) throws IOException {
    return lire(texte.getBytes(StandardCharsets.UTF_8), l);
  }

  private List<String> csv(String texte) throws IOException {
    return csv(texte, limites(50, 1000));
  }

  @Test
  void signatureZipDeQuatreOctetsExactementLueCommeXlsx() throws IOException {
    List<String> vu = lire(new byte[] {0x50, 0x4B, 0x03, 0x04}, limites(50, 1000));
    assertThat(vu).hasSize(1).allMatch(s -> s.startsWith("FICHIER_"));
    // trois octets : trop court pour un zip, lu comme un CSV
    assertThat(lire(new byte[] {0x50, 0x4B, 0x03}, limites(50, 1000))).containsExactly("1:[PK\u0003]");
  }

  @Test
  void nulDesLePremierOctetRefuse() throws IOException {
    assertThat(csv("\0a;b\n")).containsExactly("FICHIER_FORMAT_INCONNU");
  }

  @Test
  void numerosDeLigneAvecCrlfCrFinalEtLignesVides() throws IOException {
    assertThat(csv("a;b\r\nc;d\r\ne;f\r")).containsExactly("1:[a, b]", "2:[c, d]", "3:[e, f]");
    assertThat(csv("a\r\rb\r\n")).containsExactly("1:[a]", "3:[b]");
    assertThat(csv("x\n\ny\n")).containsExactly("1:[x]", "3:[y]");
    assertThat(csv("h\nderniere")).containsExactly("1:[h]", "2:[derniere]");
  }

  @Test
  void separateurAEgaliteOuSurUnePremiereLigneVide() throws IOException {
    assertThat(csv("a\tb;c\n")).containsExactly("1:[a\tb, c]");
    assertThat(csv("a\tb\t;c\n")).containsExactly("1:[a, b, ;c]");
    // première ligne vide : aucun séparateur compté, le point-virgule par défaut
    assertThat(csv("\nx\ty\tz;w\n")).containsExactly("2:[x\ty\tz, w]");
  }

  @Test
  void celluleTropLongueRepereeAvantLeRefusDeColonnes() throws IOException {
    // celluleMax 3 : le 4e caractère d'un champ est refusé dès sa lecture, avant la colonne en trop
    assertThat(csv("a;bbbb", limites(1, 3))).containsExactly("FICHIER_CELLULE_TROP_LONGUE");
    assertThat(csv("a;bbb", limites(1, 3))).containsExactly("FICHIER_TROP_DE_COLONNES");
    assertThat(csv("aaa;b", limites(2, 3))).containsExactly("1:[aaa, b]");
  }

  @Test
  void xlsFormulesEnValeurEnCacheLignesCourtesEtNumeros() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (HSSFWorkbook wb = new HSSFWorkbook()) {
      Sheet s = wb.createSheet("m");
      Row r0 = s.createRow(0);
      r0.createCell(0).setCellValue("h1");
      r0.createCell(1).setCellValue("h2");
      r0.createCell(2).setCellValue("h3");
      s.createRow(2).createCell(0).setCellValue("x");
      Cell f = s.createRow(4).createCell(1);
      f.setCellFormula("1+2");
      wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(f);
      wb.write(out);
    }
    assertThat(lire(out.toByteArray(), limites(50, 1000)))
        .containsExactly("1:[h1, h2, h3]", "3:[x]", "5:[, 3]");
  }

  /** Classeur xlsx réel de POI dont la feuille est remplacée par {@code donnees} (contenu de sheetData). */
  static byte[] xlsx(String donnees) throws IOException {
    ByteArrayOutputStream base = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("m").createRow(0).createCell(0).setCellValue("h");
      wb.write(base);
    }
    String feuille = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
        + "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + donnees
        + "</sheetData></worksheet>";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(base.toByteArray()));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        zip.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          zip.write(feuille.getBytes(StandardCharsets.UTF_8));
        } else {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static String cellule(String ref, String texte) {
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + texte + "</t></is></c>";
  }

  @Test
  void referencesXlsxSansChiffresOuAuDelaDuPlafondDeColonnes() throws IOException {
    // « B » seule : colonne B, la lecture s'arrête en fin de référence
    assertThat(lire(xlsx("<row r=\"1\">" + cellule("B", "b") + "</row>"), limites(50, 1000)))
        .containsExactly("1:[, b]");
    assertThat(lire(xlsx("<row r=\"1\">" + cellule("$C$1", "c") + "</row>"), limites(50, 1000)))
        .containsExactly("1:[, , c]");
    // plafond 2 colonnes : B admise ; BA (53e) refusée même si sa première lettre est au plafond
    assertThat(lire(xlsx("<row r=\"1\">" + cellule("B1", "b") + "</row>"), limites(2, 1000)))
        .containsExactly("1:[, b]");
    assertThat(lire(xlsx("<row r=\"1\">" + cellule("BA1", "b") + "</row>"), limites(2, 1000)))
        .containsExactly("FICHIER_TROP_DE_COLONNES");
  }

  @Test
  void xlsxCellulesEnLigneEtNombresNumeroteesParLaLigne() throws IOException {
    assertThat(lire(xlsx("<row r=\"2\">" + cellule("A2", "v") + "<c r=\"B2\"><v>7</v></c></row>"), limites(50, 1000)))
        .containsExactly("2:[v, 7]");
  }
}
