// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.io.internal.ArretLecture;
import fr.gouv.emjpm.io.internal.ChainesPartagees;
import fr.gouv.emjpm.io.internal.Echeance;
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
import org.junit.jupiter.api.Test;
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

  /** Échéance jamais atteinte pendant un test. */
  static final Echeance LOIN = new Echeance(java.time.Duration.ofMinutes(10), LecteurTableau.CODES);

  /** Table des chaînes partagées du paquet lue par {@link ChainesPartagees} (première partie du type). */
  private static ChainesPartagees chaines(OPCPackage p) throws Exception {
    var parties = p.getPartsByContentType(
        org.apache.poi.xssf.usermodel.XSSFRelation.SHARED_STRINGS.getContentType());
    if (parties.isEmpty()) {
      return ChainesPartagees.vide();
    }
    try (InputStream in = parties.get(0).getInputStream()) {
      return ChainesPartagees.lire(in, 500_000, 32_767, ChainesPartagees.CARACTERES_MAX, LOIN, LecteurTableau.CODES);
    }
  }

  private static byte[] classeur(long graine, boolean enFlux) throws Exception {
    SplittableRandom alea = new SplittableRandom(graine);
    try (Workbook wb = enFlux ? new SXSSFWorkbook(50) : new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CreationHelper aide = wb.getCreationHelper();
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(aide.createDataFormat().getFormat("dd/mm/yyyy"));
      CellStyle dateCourte = wb.createCellStyle();
      dateCourte.setDataFormat((short) 14);
      org.apache.poi.ss.usermodel.Font gras = wb.createFont();
      gras.setBold(true);
      CellStyle decimal = wb.createCellStyle();
      decimal.setDataFormat(aide.createDataFormat().getFormat("0.00"));
      Sheet s = wb.createSheet("Feuil1");
      for (int r = 0; r < 300; r++) {
        if (alea.nextInt(10) == 0) {
          continue; // ligne absente
        }
        Row row = s.createRow(r);
        for (int c = 0; c < 8; c++) {
          switch (alea.nextInt(12)) {
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
            case 10 -> {
              // texte enrichi : runs <r><t> dans la table des chaînes partagées
              var riche = aide.createRichTextString("gras " + alea.nextInt(5) + " puis normal");
              riche.applyFont(0, 4, gras);
              row.createCell(c).setCellValue(riche);
            }
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
            : new FeuilleXlsxSax(r.getStylesTable(), chaines(p), h, f, 1_000, LOIN);
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
    assertThat(ChainesPartagees.decoder(s)).isEqualTo(new org.apache.poi.xssf.usermodel.XSSFRichTextString(s).getString());
  }

  /** Lit un XML de feuille écrit à la main avec les deux analyseurs (styles par défaut de POI). */
  private static List<String> lireXml(String donnees, String sst, boolean poi) throws Exception {
    List<String> vu = new ArrayList<>();
    XSSFSheetXMLHandler.SheetContentsHandler h = collecteur(vu);
    ReadOnlySharedStringsTable table = new ReadOnlySharedStringsTable(
        new ByteArrayInputStream(sst.getBytes(java.nio.charset.StandardCharsets.UTF_8)), false);
    ChainesPartagees chaines = ChainesPartagees.lire(
        new ByteArrayInputStream(sst.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 1_000, 1_000, 1 << 20, LOIN, LecteurTableau.CODES);
    org.apache.poi.xssf.model.StylesTable styles = new XSSFWorkbook().getStylesSource();
    styles.putNumberFormat("dd/mm/yyyy");
    var style = styles.createCellStyle();
    style.setDataFormat(styles.putNumberFormat("dd/mm/yyyy"));
    DataFormatter f = new DataFormatter(Locale.FRANCE);
    XMLReader sax = XMLHelper.newXMLReader();
    sax.setContentHandler(poi ? new XSSFSheetXMLHandler(styles, null, table, h, f, false)
        : new FeuilleXlsxSax(styles, chaines, h, f, 1_000, LOIN));
    String xml = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        + "xmlns:x=\"urn:autre\"><sheetData>" + donnees + "</sheetData></worksheet>";
    sax.parse(new InputSource(new ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    return vu;
  }

  @Test
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

  // ------------------------------------------------------------------ table des chaînes partagées

  private static final String NS_SST = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  /** Chaînes de la table selon POI : ReadOnlySharedStringsTable sans runs phonétiques, getString(). */
  private static List<String> selonPoi(String sst) throws Exception {
    ReadOnlySharedStringsTable t = new ReadOnlySharedStringsTable(
        new ByteArrayInputStream(sst.getBytes(java.nio.charset.StandardCharsets.UTF_8)), false);
    List<String> l = new ArrayList<>();
    while (true) {
      try {
        l.add(t.getItemAt(l.size()).getString());
      } catch (IllegalStateException fin) {
        return l;
      }
    }
  }

  private static List<String> selonEmjpm(String sst) throws Exception {
    ChainesPartagees c = ChainesPartagees.lire(
        new ByteArrayInputStream(sst.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 500_000, 32_767, 1 << 24, LOIN, LecteurTableau.CODES);
    List<String> l = new ArrayList<>();
    for (int i = 0; i < c.nombre(); i++) {
      l.add(c.chaine(i));
    }
    return l;
  }

  /** Fragments de table : runs enrichis, runs phonétiques, espaces de noms étrangers, échappements, vides. */
  private static final String[] ELEMENTS_SST = {
    "<si><t>simple</t></si>",
    "<si><r><rPr><b/><sz val=\"11\"/></rPr><t>gras</t></r><r><t xml:space=\"preserve\"> et normal </t></r></si>",
    "<si><t>base</t><rPh sb=\"0\" eb=\"4\"><t>ふりがな</t></rPh><phoneticPr fontId=\"1\"/></si>",
    "<si><r><t>a</t></r><rPh sb=\"0\" eb=\"1\"><t>ignoré</t></rPh><r><t>b</t></r></si>",
    "<si/>",
    "<si><t/></si>",
    "<si><x:t>étranger</x:t><t>gardé</t><x:si><t>dedans</t></x:si></si>",
    "<si><t>a_x000D_b_x0041__xZZZZ__x12</t></si>",
    "<si><t>&lt;&amp;&gt;&quot;é€𝄞</t></si>",
    "<si> texte hors t <t>x</t>\n</si>",
    "<t>hors si</t>",
    "<x:t>étranger hors si</x:t>",
    "<si><t>ligne\r\nsuivante\tfin</t></si>",
  };

  @Test
  void chainesPartageesCommePoiCasEcritsALaMain() throws Exception {
    String sst = "<sst xmlns=\"" + NS_SST + "\" xmlns:x=\"urn:autre\" count=\"20\" uniqueCount=\"12\">"
        + String.join("", ELEMENTS_SST) + "</sst>";
    List<String> attendu = selonPoi(sst);
    assertThat(attendu).contains("simple", "gras et normal ", "base", "ab", "", "gardédedans", "a\rbA_xZZZZ__x12",
        "<&>\"é€𝄞");
    assertThat(selonEmjpm(sst)).isEqualTo(attendu);
    // sans racine <sst> de l'espace de noms : aucune chaîne, chez POI comme ici
    String sansRacine = "<sst xmlns=\"urn:autre\"><si><t>x</t></si></sst>";
    assertThat(selonEmjpm(sansRacine)).isEqualTo(selonPoi(sansRacine)).isEmpty();
    assertThat(selonEmjpm("")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 2026})
  void chainesPartageesCommePoiSurDesTablesAleatoires(long graine) throws Exception {
    SplittableRandom alea = new SplittableRandom(graine);
    StringBuilder sst = new StringBuilder("<sst xmlns=\"" + NS_SST + "\" xmlns:x=\"urn:autre\">");
    for (int i = 0; i < 400; i++) {
      sst.append(ELEMENTS_SST[alea.nextInt(ELEMENTS_SST.length)].replace("x</t>", "x" + alea.nextInt(1000) + "</t>"));
    }
    String xml = sst.append("</sst>").toString();
    List<String> attendu = selonPoi(xml);
    assertThat(attendu).hasSizeGreaterThan(300);
    assertThat(selonEmjpm(xml)).isEqualTo(attendu);
  }

  @Test
  void chainesPartageesBornees() throws Exception {
    String deux = "<sst xmlns=\"" + NS_SST + "\"><si><t>abc</t></si><si><t>de</t></si></sst>";
    // nombre : refus à la (max + 1)-ième chaîne, ou dès l'attribut uniqueCount
    assertThat(lireAvec(deux, 2, 10, 100)).isEqualTo("2 chaînes");
    assertThat(lireAvec(deux, 1, 10, 100)).isEqualTo("IMPORT_TROP_DE_CHAINES");
    assertThat(lireAvec(deux.replace("\">", "\" uniqueCount=\"3\">"), 2, 10, 100)).isEqualTo("IMPORT_TROP_DE_CHAINES");
    // longueur décodée exacte ; le brut peut aller jusqu'à 7 fois (échappements)
    assertThat(lireAvec(deux, 10, 3, 100)).isEqualTo("2 chaînes");
    assertThat(lireAvec(deux, 10, 2, 100)).isEqualTo("IMPORT_CELLULE_TROP_LONGUE");
    String echappee = "<sst xmlns=\"" + NS_SST + "\"><si><t>" + "_x0041_".repeat(3) + "</t></si></sst>";
    assertThat(lireAvec(echappee, 10, 3, 100)).isEqualTo("1 chaînes");
    assertThat(lireAvec(echappee, 10, 2, 100)).isEqualTo("IMPORT_CELLULE_TROP_LONGUE");
    // caractères de toute la table
    assertThat(lireAvec(deux, 10, 10, 5)).isEqualTo("2 chaînes");
    assertThat(lireAvec(deux, 10, 10, 4)).isEqualTo("IMPORT_ZIP_BOMBE");
  }

  private static String lireAvec(String sst, int nombre, int longueur, long caracteres) throws Exception {
    try {
      ChainesPartagees c = ChainesPartagees.lire(
          new ByteArrayInputStream(sst.getBytes(java.nio.charset.StandardCharsets.UTF_8)), nombre, longueur, caracteres, LOIN, LecteurTableau.CODES);
      return c.nombre() + " chaînes";
    } catch (ArretLecture a) {
      return a.violation().code();
    }
  }

  @Test
  void celluleDemesureeArreteeSansToutAccumuler() throws Exception {
    // texte brut borné à 7 × celluleMax : 7 000 caractères admis tels quels, 7 001 refusés
    String donnees = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>%s</t></is></c></row>";
    List<String> vu = new ArrayList<>();
    assertThat(lireCellule(String.format(donnees, "x".repeat(7_000)), vu)).isNull();
    assertThat(vu).contains("A1=" + "x".repeat(7_000));
    assertThat(lireCellule(String.format(donnees, "x".repeat(7_001)), new ArrayList<>()))
        .isEqualTo("IMPORT_CELLULE_TROP_LONGUE");
    // en plusieurs runs, et dans une valeur <v>
    assertThat(lireCellule("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><r><t>" + "y".repeat(4_000)
        + "</t></r><r><t>" + "z".repeat(4_000) + "</t></r></is></c></row>", new ArrayList<>()))
        .isEqualTo("IMPORT_CELLULE_TROP_LONGUE");
    assertThat(lireCellule("<row r=\"1\"><c r=\"A1\"><v>" + "9".repeat(8_000) + "</v></c></row>", new ArrayList<>()))
        .isEqualTo("IMPORT_CELLULE_TROP_LONGUE");
  }

  private static @org.jspecify.annotations.Nullable String lireCellule(String donnees, List<String> vu) throws Exception {
    XMLReader sax = XMLHelper.newXMLReader();
    sax.setContentHandler(new FeuilleXlsxSax(null, ChainesPartagees.vide(), collecteur(vu), new DataFormatter(Locale.FRANCE),
        1_000, LOIN));
    String xml = "<worksheet xmlns=\"" + NS_SST + "\"><sheetData>" + donnees + "</sheetData></worksheet>";
    try {
      sax.parse(new InputSource(new ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
      return null;
    } catch (ArretLecture a) {
      return a.violation().code();
    }
  }

  @Test
  void echeanceVerifieeTousLesMilleVingtQuatreElements() throws Exception {
    Echeance passee = new Echeance(java.time.Duration.ofNanos(1), LecteurTableau.CODES);
    Thread.sleep(1);
    StringBuilder lignes = new StringBuilder();
    for (int i = 1; i <= 400; i++) {
      lignes.append("<row r=\"").append(i).append("\"><c r=\"A").append(i).append("\"><v>1</v></c></row>");
    }
    String xml = "<worksheet xmlns=\"" + NS_SST + "\"><sheetData>" + lignes + "</sheetData></worksheet>";
    List<String> vu = new ArrayList<>();
    XMLReader sax = XMLHelper.newXMLReader();
    sax.setContentHandler(new FeuilleXlsxSax(null, ChainesPartagees.vide(), collecteur(vu),
        new DataFormatter(Locale.FRANCE), 1_000, passee));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> sax.parse(new InputSource(new ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)))))
        .isInstanceOf(ArretLecture.class)
        .satisfies(e -> assertThat(((ArretLecture) e).violation().code()).isEqualTo("IMPORT_DELAI_DEPASSE"));
    // worksheet, sheetData, puis row, c, v pour la ligne i (éléments 3i à 3i + 2) : le 1 024e est le c de la
    // ligne 341, aucune cellule de cette ligne n'est rendue
    assertThat(vu.stream().filter(v -> v.startsWith("debut")).count()).isEqualTo(341L);
    assertThat(vu).contains("A340=1").doesNotContain("A341=1");
    String table = "<sst xmlns=\"" + NS_SST + "\">" + "<si><t>a</t></si>".repeat(600) + "</sst>";
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ChainesPartagees.lire(
            new ByteArrayInputStream(table.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 1_000, 10, 100_000, passee, LecteurTableau.CODES))
        .isInstanceOf(ArretLecture.class);
  }
}
