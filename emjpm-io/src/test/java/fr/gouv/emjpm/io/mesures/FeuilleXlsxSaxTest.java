// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * L'analyseur SAX de l'import rend exactement les valeurs du {@code XSSFSheetXMLHandler} de POI
 * (lignes, références, textes formatés) sur des classeurs variés : chaînes partagées et en ligne,
 * échappements {@code _xHHHH_}, dates et nombres formatés, booléens, formules, erreurs, cellules vides.
 */
class FeuilleXlsxSaxTest {

  private static byte[] classeur(long graine, boolean enFlux) throws Exception {
    SplittableRandom alea = new SplittableRandom(graine);
    try (Workbook wb = enFlux ? new SXSSFWorkbook(50) : new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CreationHelper aide = wb.getCreationHelper();
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(aide.createDataFormat().getFormat("dd/mm/yyyy"));
      CellStyle dateCourte = wb.createCellStyle();
      dateCourte.setDataFormat((short) 14);
      CellStyle decimal = wb.createCellStyle();
      decimal.setDataFormat(aide.createDataFormat().getFormat("0.00"));
      Sheet s = wb.createSheet("Feuil1");
      for (int r = 0; r < 300; r++) {
        if (alea.nextInt(10) == 0) {
          continue; // ligne absente
        }
        Row row = s.createRow(r);
        for (int c = 0; c < 8; c++) {
          switch (alea.nextInt(11)) {
            case 0 -> row.createCell(c).setCellValue("texte " + alea.nextInt(20));
            case 1 -> row.createCell(c).setCellValue("é_x000D_ligne " + alea.nextInt(5) + " & <b>");
            case 2 -> {
              var cell = row.createCell(c);
              cell.setCellValue(LocalDate.of(1990 + alea.nextInt(40), 1 + alea.nextInt(12), 1 + alea.nextInt(28)));
              cell.setCellStyle(alea.nextBoolean() ? date : dateCourte);
            }
            case 3 -> row.createCell(c).setCellValue(alea.nextInt(100_000));
            case 4 -> {
              var cell = row.createCell(c);
              cell.setCellValue(alea.nextDouble() * 1000);
              cell.setCellStyle(decimal);
            }
            case 5 -> row.createCell(c).setCellValue(alea.nextBoolean());
            case 6 -> row.createCell(c).setCellFormula("1+" + alea.nextInt(9));
            case 7 -> row.createCell(c).setCellFormula("\"a\"&\"" + alea.nextInt(9) + "\"");
            case 8 -> row.createCell(c).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.DIV0.getCode());
            case 9 -> row.createCell(c).setCellValue(alea.nextDouble() * 1e9);
            default -> { } // cellule vide
          }
        }
      }
      wb.write(out);
      if (wb instanceof SXSSFWorkbook x) {
        x.dispose();
      }
      return out.toByteArray();
    }
  }

  /** Note chaque début et fin de ligne et chaque cellule (référence=valeur). */
  private static XSSFSheetXMLHandler.SheetContentsHandler collecteur(List<String> vu) {
    return new XSSFSheetXMLHandler.SheetContentsHandler() {
      @Override
      public void startRow(int n) {
        vu.add("debut " + n);
      }

      @Override
      public void endRow(int n) {
        vu.add("fin " + n);
      }

      @Override
      public void cell(String ref, String valeur, XSSFComment c) {
        vu.add(ref + "=" + valeur);
      }
    };
  }

  private static List<String> lire(byte[] xlsx, boolean poi) throws Exception {
    List<String> vu = new ArrayList<>();
    XSSFSheetXMLHandler.SheetContentsHandler h = collecteur(vu);
    try (OPCPackage p = OPCPackage.open(new ByteArrayInputStream(xlsx))) {
      XSSFReader r = new XSSFReader(p);
      ReadOnlySharedStringsTable sst = new ReadOnlySharedStringsTable(p, false);
      DataFormatter f = new DataFormatter(Locale.FRANCE);
      try (InputStream feuille = r.getSheetsData().next()) {
        XMLReader sax = XMLHelper.newXMLReader();
        ContentHandler ch = poi ? new XSSFSheetXMLHandler(r.getStylesTable(), null, sst, h, f, false)
            : new FeuilleXlsxSax(r.getStylesTable(), sst, h, f);
        sax.setContentHandler(ch);
        sax.parse(new InputSource(feuille));
      }
    }
    return vu;
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 2026})
  void memesValeursQuePoi(long graine) throws Exception {
    for (boolean enFlux : new boolean[] {false, true}) {
      byte[] x = classeur(graine, enFlux);
      List<String> attendu = lire(x, true);
      assertThat(attendu).hasSizeGreaterThan(500);
      assertThat(lire(x, false)).as("graine " + graine + (enFlux ? " (chaînes en ligne)" : "")).isEqualTo(attendu);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "_x000D_", "a_x0041_b_x00e9_", "_x12", "_xZZZZ_", "__x0041__"})
  void echappementsOoxmlDecodes(String s) {
    assertThat(FeuilleXlsxSax.decoder(s)).isEqualTo(new org.apache.poi.xssf.usermodel.XSSFRichTextString(s).getString());
  }

  /** Lit un XML de feuille écrit à la main avec les deux analyseurs (styles par défaut de POI). */
  private static List<String> lireXml(String donnees, String sst, boolean poi) throws Exception {
    List<String> vu = new ArrayList<>();
    XSSFSheetXMLHandler.SheetContentsHandler h = collecteur(vu);
    ReadOnlySharedStringsTable table = new ReadOnlySharedStringsTable(
        new ByteArrayInputStream(sst.getBytes(java.nio.charset.StandardCharsets.UTF_8)), false);
    org.apache.poi.xssf.model.StylesTable styles = new XSSFWorkbook().getStylesSource();
    styles.putNumberFormat("dd/mm/yyyy");
    var style = styles.createCellStyle();
    style.setDataFormat(styles.putNumberFormat("dd/mm/yyyy"));
    DataFormatter f = new DataFormatter(Locale.FRANCE);
    XMLReader sax = XMLHelper.newXMLReader();
    sax.setContentHandler(poi ? new XSSFSheetXMLHandler(styles, null, table, h, f, false)
        : new FeuilleXlsxSax(styles, table, h, f));
    String xml = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        + "xmlns:x=\"urn:autre\"><sheetData>" + donnees + "</sheetData></worksheet>";
    sax.parse(new InputSource(new ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    return vu;
  }

  @org.junit.jupiter.api.Test
  void casEcritsALaMainCommePoi() throws Exception {
    String sst = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"2\" "
        + "uniqueCount=\"2\"><si><t>zéro</t></si><si><r><t>un</t></r><r><t>_x0041_</t></r></si></sst>";
    String donnees = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
        + "<c r=\"C1\" t=\"s\"><v> </v></c></row>"
        + "<row><c t=\"inlineStr\"><is><r><t>a</t></r><r><t xml:space=\"preserve\"> b</t></r></is></c>"
        + "<c r=\"B2\" t=\"inlineStr\"><is><t>x_x0042_y</t></is></c></row>"
        + "<row r=\"5\"><c r=\"A5\" s=\"1\"><v>45000</v></c><c r=\"B5\"><v>12.5</v></c><c r=\"C5\"><v></v></c>"
        + "<c r=\"D5\" t=\"b\"><v>0</v></c><c r=\"E5\" t=\"b\"><v>1</v></c><c r=\"F5\" t=\"e\"><v>#N/A</v></c>"
        + "<c r=\"G5\" t=\"str\"><f>A1</f><v>texte</v></c><c r=\"H5\" s=\"1\"><f>1+1</f><v>44000</v></c>"
        + "<c r=\"I5\"><x:v>9</x:v><v>7</v><x:v>8</x:v><x:is><x:t>u</x:t></x:is></c>"
        + "<c r=\"J5\" t=\"s\" s=\"1\"><v>0</v></c></row>"
        + "<row r=\"7\" spans=\"1:2\"><c r=\"A7\" s=\"1\" t=\"n\"><v>abc</v></c></row>";
    List<String> attendu = lireXml(donnees, sst, true);
    assertThat(attendu).contains("A5=15/03/2023", "B5=12,5", "D5=FALSE", "E5=TRUE", "F5=ERROR:#N/A", "G5=texte");
    assertThat(lireXml(donnees, sst, false)).isEqualTo(attendu);
  }
}
