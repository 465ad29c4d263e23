// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.mesure.Mesure;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Valeurs qui seraient lues fausses sans bruit : système de dates 1904 d'un xlsx, numéros de ligne qui
 * déborderaient, année en chiffres arabes-indiens ou en flottant hexadécimal, caractère nul entré par un
 * échappement {@code _x0000_}. Chaque classeur est écrit par POI au moment du test, puis retouché.
 */
class ValeursFaussesTest {
  private static final String[] TITRES = MesuresImporterTest.EN_TETE.strip().split(";");
  private static final String LIGNE = "01/02/2020;tutelle;59000;Lille;F;1950;RG000001;D1;domicile;"
      + MesuresImporterTest.SIRET_LILLE;

  @TempDir Path dossier;

  /** Classeur xlsx d'une ligne ; la date de nomination est une cellule date (numéro de série). */
  private static byte[] xlsx(double serieNomination) throws IOException {
    try (XSSFWorkbook w = new XSSFWorkbook()) {
      Sheet s = w.createSheet("Feuil1");
      CellStyle date = w.createCellStyle();
      date.setDataFormat(w.createDataFormat().getFormat("dd/mm/yyyy"));
      String[] valeurs = LIGNE.split(";");
      Row t = s.createRow(0);
      Row l = s.createRow(1);
      for (int i = 0; i < TITRES.length; i++) {
        t.createCell(i).setCellValue(TITRES[i]);
        if (i == 0) {
          l.createCell(i).setCellValue(serieNomination);
          l.getCell(i).setCellStyle(date);
        } else if (i == 5) {
          l.createCell(i).setCellValue(Integer.parseInt(valeurs[i]));
        } else {
          l.createCell(i).setCellValue(valeurs[i]);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      w.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] retoucher(byte[] xlsx, String nom, UnaryOperator<String> retouche) throws IOException {
    String avant = entree(xlsx, nom);
    String apres = retouche.apply(avant);
    assertThat(apres).as("retouche de " + nom).isNotEqualTo(avant);
    return CorpusHostile.remplacer(xlsx, Map.of(nom, CorpusHostile.Contenu.de(apres)));
  }

  private Resultat<ImportMesures> importer(byte[] octets, String extension) throws IOException {
    Path f = Files.createTempFile(dossier, "v", extension);
    Files.write(f, octets);
    return MesuresImporterTest.IMPORTER.importer(f, ParametresImport.pour(MesuresImporterTest.MANDATAIRE));
  }

  private static List<String> codes(Resultat<?> r) {
    return r.violations().stream().map(Violation::code).toList();
  }

  @Test
  void unXlsxAuSystemeDeDates1904EstLuDansCeSysteme() throws IOException {
    // 42358 : 21/12/2019 dans le système 1904 (20/12/2015 dans le système 1900)
    byte[] octets = retoucher(xlsx(42358), "xl/workbook.xml", x -> x.replaceAll("<workbookPr[^>]*/>", "")
        .replaceFirst("(<workbook[^>]*>)", "$1<workbookPr date1904=\"1\"/>"));
    Mesure m = importer(octets, ".xlsx").valeurOuErreur().mesures().get(0);
    assertThat(m.dateNomination()).contains(LocalDate.of(2019, 12, 21));
    // le même classeur sans l'attribut : système 1900
    Mesure m1900 = importer(xlsx(42358), ".xlsx").valeurOuErreur().mesures().get(0);
    assertThat(m1900.dateNomination()).contains(LocalDate.of(2015, 12, 20));
  }

  @Test
  void unNumeroDeLigneHorsDesLignesDExcelRendLeClasseurIllisible() throws IOException {
    for (String r : List.of("2147483648", "2147483647", "1048577", "0", "-2147483647", "1e3")) {
      byte[] octets = retoucher(xlsx(43831), "xl/worksheets/sheet1.xml", x -> x.replace("<row r=\"2\"", "<row r=\"" + r + "\""));
      Resultat<ImportMesures> res = importer(octets, ".xlsx");
      assertThat(codes(res)).as(r).containsExactly("FICHIER_ILLISIBLE");
    }
    // dernière ligne d'Excel : lue, numéro exact
    byte[] derniere = retoucher(xlsx(43831), "xl/worksheets/sheet1.xml",
        x -> x.replace("<row r=\"2\"", "<row r=\"1048576\"").replaceAll("r=\"([A-Z]+)2\"", "r=\"$11048576\""));
    Resultat<ImportMesures> res = importer(retoucher(derniere, "xl/worksheets/sheet1.xml",
        x -> x.replace("<v>1950", "<v>2950")), ".xlsx");
    assertThat(res.violations()).extracting(Violation::code).contains("IMPORT_ANNEE_TROP_GRANDE");
    assertThat(res.violations()).extracting(v -> MesuresImporter.ligneDe(v)).allMatch(l -> l == 0 || l == 1_048_576);
  }

  @Test
  void uneAnneeEnChiffresArabesIndiensOuEnFlottantHexadecimalEstRefusee() throws IOException {
    String arabe = LIGNE.replace(";1950;", ";\u0661\u0669\u0665\u0660;");
    Resultat<ImportMesures> csv = importer((MesuresImporterTest.EN_TETE + arabe + "\n").getBytes(StandardCharsets.UTF_8), ".csv");
    assertThat(codes(csv)).contains("IMPORT_ANNEE_INVALIDE");
    String signe = LIGNE.replace(";1950;", ";+1950;");
    assertThat(codes(importer((MesuresImporterTest.EN_TETE + signe + "\n").getBytes(StandardCharsets.UTF_8), ".csv")))
        .contains("IMPORT_ANNEE_INVALIDE");
    for (String v : List.of("0x1.efp10", "1950d", "1950f", "Infinity", "NaN")) {
      byte[] octets = retoucher(xlsx(43831), "xl/worksheets/sheet1.xml", x -> x.replaceFirst("<v>1950(\\.0)?</v>", "<v>" + v + "</v>"));
      assertThat(codes(importer(octets, ".xlsx"))).as(v).contains("IMPORT_ANNEE_INVALIDE");
    }
    // l'année ordinaire est lue
    assertThat(importer(xlsx(43831), ".xlsx").valeurOuErreur().mesures().get(0).anneeNaissance()).contains(1950);
  }

  @Test
  void unCaractereNulEntreParUnEchappementEstRetireEtLExportSeRelit() throws IOException {
    byte[] octets = retoucher(xlsx(43831), "xl/sharedStrings.xml",
        x -> x.replace(">Lille<", ">Li_x0000_l_x0001_le<").replace(">D1<", ">D_x0000_1<"));
    Resultat<ImportMesures> r = importer(octets, ".xlsx");
    assertThat(r.estSucces()).isTrue();
    Mesure m = r.valeurOuErreur().mesures().get(0);
    assertThat(m.numeroDossier()).contains("D1");
    assertThat(r.violations()).extracting(Violation::code).containsOnly("IMPORT_CARACTERES_RETIRES");
    assertThat(r.violations()).extracting(Violation::chemin).containsExactlyInAnyOrder("/lignes/2/ville",
        "/lignes/2/numero_dossier");
    // export puis réimport : aucun caractère de contrôle ne rend le CSV illisible
    MesuresExporter export = MesuresExporter.avec(MesuresImporterTest.ENGINE.referentiel());
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    export.exporterCsv(r.valeurOuErreur().mesures(), csv);
    Resultat<ImportMesures> relu = importer(csv.toByteArray(), ".csv");
    assertThat(relu.estSucces()).isTrue();
    assertThat(relu.violations()).isEmpty();
  }

  private static String entree(byte[] xlsx, String nom) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(nom)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new IOException("entrée absente : " + nom);
  }
}
