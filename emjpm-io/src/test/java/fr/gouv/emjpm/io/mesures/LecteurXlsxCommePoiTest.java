// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.io.internal.ArretLecture;
import fr.gouv.emjpm.io.internal.ChainesPartagees;
import fr.gouv.emjpm.io.internal.Echeance;
import fr.gouv.emjpm.io.internal.FormatCellule;
import fr.gouv.emjpm.io.internal.FormatFichier;
import fr.gouv.emjpm.io.internal.LecteurClasseur;
import fr.gouv.emjpm.io.internal.RecepteurCellules;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Le lecteur xlsx du module ({@link LecteurClasseur}, analyseur en flux écrit pour les classeurs) rend
 * les mêmes valeurs que le {@code XSSFSheetXMLHandler} de POI (lignes, références, textes formatés par
 * {@link DataFormatter} à partir des cellules typées) sur des classeurs variés : chaînes partagées et en
 * ligne, échappements {@code _xHHHH_}, dates et nombres formatés, booléens, formules, erreurs, cellules
 * vides, éléments d'un autre espace de noms ; et la table des chaînes partagées bornée comme celle de POI.
 */
class LecteurXlsxCommePoiTest {

  /** Échéance jamais atteinte pendant un test. */
  static final Echeance LOIN = new Echeance(java.time.Duration.ofMinutes(10), LecteurClasseur.CODES);

  @TempDir static Path dossier;

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

  /** Collecteur de POI : début et fin de ligne, chaque cellule (référence=valeur, null rendu vide). */
  private static XSSFSheetXMLHandler.SheetContentsHandler collecteur(List<String> vu) {
    return new XSSFSheetXMLHandler.SheetContentsHandler() {
      private int suivante;
      private int ligne;

      @Override
      public void startRow(int n) {
        vu.add("debut " + n);
        ligne = n;
        suivante = 0;
      }

      @Override
      public void endRow(int n) {
        vu.add("fin " + n);
      }

      @Override
      public void cell(@Nullable String ref, @Nullable String valeur, @Nullable XSSFComment c) {
        int col = ref == null ? suivante : new CellReference(ref).getCol();
        suivante = Math.max(suivante, col + 1);
        vu.add(new CellReference(ligne, col).formatAsString(false) + "=" + (valeur == null ? "" : valeur));
      }
    };
  }

  /** Les cellules typées du lecteur, rendues comme POI les rend (DataFormatter sur la valeur). */
  private static final class Rendu implements RecepteurCellules {
    private final List<String> vu;
    private final DataFormatter f = new DataFormatter(Locale.FRANCE);
    private int ligne;

    Rendu(List<String> vu) {
      this.vu = vu;
    }

    @Override
    public boolean feuille(int indice, String nom) {
      return indice == 0;
    }

    @Override
    public boolean finFeuille() {
      return false;
    }

    @Override
    public void ligne(int numero) {
      ligne = numero - 1;
      vu.add("debut " + ligne);
    }

    private void cellule(int colonne, String valeur) {
      vu.add(new CellReference(ligne, colonne).formatAsString(false) + "=" + valeur);
    }

    @Override
    public void texte(int colonne, String valeur) {
      cellule(colonne, valeur);
    }

    @Override
    public void nombre(int colonne, double valeur, FormatCellule format) {
      cellule(colonne, format.chaine().isEmpty()
          ? (valeur == Math.rint(valeur) ? Long.toString((long) valeur) : Double.toString(valeur))
          : f.formatRawCellContents(valeur, format.indice(), format.chaine()));
    }

    @Override
    public void date(int colonne, double serie, FormatCellule format) {
      cellule(colonne, f.formatRawCellContents(serie, format.indice(), format.chaine()));
    }

    @Override
    public void booleen(int colonne, boolean valeur) {
      cellule(colonne, valeur ? "TRUE" : "FALSE");
    }

    @Override
    public void erreur(int colonne) {
      erreur(colonne, "");
    }

    @Override
    public void erreur(int colonne, String code) {
      cellule(colonne, "ERROR:" + code);
    }

    @Override
    public void finLigne() {
      vu.add("fin " + ligne);
    }
  }

  private static List<String> selonPoi(byte[] xlsx) throws Exception {
    List<String> vu = new ArrayList<>();
    try (OPCPackage p = OPCPackage.open(new ByteArrayInputStream(xlsx))) {
      XSSFReader r = new XSSFReader(p);
      ReadOnlySharedStringsTable sst = new ReadOnlySharedStringsTable(p, false);
      try (InputStream feuille = r.getSheetsData().next()) {
        XMLReader sax = XMLHelper.newXMLReader();
        sax.setContentHandler(new XSSFSheetXMLHandler(r.getStylesTable(), null, sst, collecteur(vu),
            new DataFormatter(Locale.FRANCE), false));
        sax.parse(new InputSource(feuille));
      }
    }
    return vu;
  }

  /** Lit le classeur par le lecteur du module ; rend le code du refus, ou null. */
  private static @Nullable String selonEmjpm(byte[] xlsx, List<String> vu) throws Exception {
    Path p = Files.createTempFile(dossier, "c", ".xlsx");
    Files.write(p, xlsx);
    Optional<Violation> v = LecteurClasseur.lire(p, FormatFichier.detecter(p),
        LecteurTableau.limitesLecture(LimitesImport.parDefaut()), new Rendu(vu));
    return v.map(Violation::code).orElse(null);
  }

  private static List<String> selonEmjpm(byte[] xlsx) throws Exception {
    List<String> vu = new ArrayList<>();
    assertThat(selonEmjpm(xlsx, vu)).isNull();
    return vu;
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 2026})
  void memesValeursQuePoi(long graine) throws Exception {
    for (boolean enFlux : new boolean[] {false, true}) {
      byte[] x = classeur(graine, enFlux);
      List<String> attendu = selonPoi(x);
      assertThat(attendu).hasSizeGreaterThan(500);
      assertThat(selonEmjpm(x)).as("graine " + graine + (enFlux ? " (chaînes en ligne)" : "")).isEqualTo(attendu);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "_x000D_", "a_x0041_b_x00e9_", "_x12", "_xZZZZ_", "__x0041__"})
  void echappementsOoxmlDecodes(String s) {
    assertThat(ChainesPartagees.decoder(s)).isEqualTo(new org.apache.poi.xssf.usermodel.XSSFRichTextString(s).getString());
  }

  /** Styles : 0 général (ou daté), 1 daté (dd/mm/yyyy). */
  static String styles(boolean styleZeroDate) {
    return "<styleSheet xmlns=\"" + CorpusHostile.NS + "\"><numFmts count=\"1\">"
        + "<numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts>"
        + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"2\"><xf numFmtId=\"" + (styleZeroDate ? 164 : 0) + "\" fontId=\"0\" fillId=\"0\" "
        + "borderId=\"0\" xfId=\"0\"/><xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
        + "applyNumberFormat=\"1\"/></cellXfs></styleSheet>";
  }

  /** Le modèle réel, sa feuille, sa table de chaînes et ses styles remplacés. */
  static byte[] xlsx(String donnees, String sst, String styles) throws Exception {
    String feuille = "<worksheet xmlns=\"" + CorpusHostile.NS + "\" xmlns:x=\"urn:autre\"><sheetData>" + donnees
        + "</sheetData></worksheet>";
    return CorpusHostile.remplacer(CorpusHostile.modele(), Map.of(
        CorpusHostile.FEUILLE, CorpusHostile.Contenu.de(feuille),
        CorpusHostile.CHAINES, CorpusHostile.Contenu.de(sst),
        CorpusHostile.STYLES, CorpusHostile.Contenu.de(styles)));
  }

  private static final String SST_VIDE = "<sst xmlns=\"" + CorpusHostile.NS + "\"/>";

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
        + "<c r=\"J5\" t=\"s\" s=\"1\"><v>0</v></c><c r=\"K5\"><v>&#x31;&amp;</v></c></row>"
        + "<!-- commentaire --><row r=\"7\" spans=\"1:2\"><c r=\"A7\" s=\"1\" t=\"n\"><v>1<![CDATA[2]]></v></c></row>";
    byte[] x = xlsx(donnees, sst, styles(false));
    List<String> attendu = selonPoi(x);
    assertThat(attendu).contains("A5=15/03/2023", "B5=12,5", "D5=FALSE", "E5=TRUE", "F5=ERROR:#N/A", "G5=texte",
        "I5=7", "A2=a b", "B2=xBy", "K5=1&", "A7=12/01/1900");
    assertThat(selonEmjpm(x)).isEqualTo(attendu);
  }

  @Test
  void chaqueValeurRepartDeZeroEtStyleZeroDate() throws Exception {
    assertThat(cellules("<c r=\"A1\"><v>1</v><v>2</v></c>", false)).containsExactly("A1=1", "A1=2");
    assertThat(cellules("<c r=\"A1\" t=\"inlineStr\"><v>abc</v><is><t>x</t></is></c>", false))
        .containsExactly("A1=abc", "A1=x");
    assertThat(cellules("<c r=\"A1\" t=\"inlineStr\"><is><t>a</t><c r=\"B1\"/><t>b</t></is></c>", false))
        .containsExactly("B1=b");
    assertThat(cellules("<c r=\"A1\"><v>43831</v></c>", true)).containsExactly("A1=01/01/2020");
    assertThat(cellules("<c r=\"A1\" t=\"str\" s=\"1\"><v>43831</v></c>", true)).containsExactly("A1=01/01/2020");
    assertThat(cellules("<c r=\"A1\" s=\"2\"><v>43831</v></c><c r=\"B1\" s=\"99\"><v>43831</v></c>", true))
        .as("style inexistant : valeur brute").containsExactly("A1=43831", "B1=43831");
  }

  @Test
  void indiceDeStyleLuSurPlaceCommeParIntegerParseInt() throws Exception {
    // chiffres ASCII (blancs autour admis), sinon Integer.parseInt sur la valeur sans ses blancs
    for (String s : new String[] {"1", " 1 ", "\t01\n", "+1", "\u0661", "0000000001", "000000001"}) {
      assertThat(cellules("<c r=\"A1\" s=\"" + s + "\"><v>43831</v></c>", false)).as("s=" + s)
          .containsExactly("A1=01/01/2020");
    }
    // 11 n'est pas le style 1 (daté) : style inexistant, valeur brute
    assertThat(cellules("<c r=\"A1\" s=\"0\"><v>43831</v></c><c r=\"B1\" s=\"10\"><v>43831</v></c>"
        + "<c r=\"C1\" s=\"11\"><v>43831</v></c><c r=\"D1\" s=\"000000011\"><v>43831</v></c>", false))
        .containsExactly("A1=43831", "B1=43831", "C1=43831", "D1=43831");
    for (String s : new String[] {"x", "", " ", "1 1", "1x", "99999999999", "-", "1.0"}) {
      assertThat(selonEmjpm(xlsx("<row r=\"1\"><c r=\"A1\" s=\"" + s + "\"><v>1</v></c></row>", SST_VIDE,
          styles(false)), new ArrayList<>())).as("s=" + s).isEqualTo("FICHIER_ILLISIBLE");
    }
  }

  @Test
  void attributsDeCelluleEnPremierePositionEtCellulesSansReference() throws Exception {
    // r, t et s lus même en premier attribut ; une cellule sans r suit la dernière colonne vue
    assertThat(cellules("<c r=\"C1\"><v>1</v></c><c><v>2</v></c><c t=\"b\" r=\"F1\"><v>1</v></c>"
        + "<c s=\"1\" r=\"G1\"><v>43831</v></c>", false)).containsExactly("C1=1", "D1=2", "F1=TRUE", "G1=01/01/2020");
    // booléen vide : faux, quelle que soit la cellule d'avant
    assertThat(cellules("<c r=\"A1\" t=\"b\"><v>1</v></c><c r=\"B1\" t=\"b\"><v></v></c>", false))
        .containsExactly("A1=TRUE", "B1=FALSE");
  }

  @Test
  void numeroDeLigneAvecBlancsOuApresDAutresAttributs() throws Exception {
    List<String> vu = selonEmjpm(xlsx("<row r=\" 5 \"><c r=\"A5\"><v>1</v></c></row>"
        + "<row spans=\"1:11\" r=\"7\"><c r=\"A7\"><v>2</v></c></row>", SST_VIDE, styles(false)));
    assertThat(vu).containsExactly("debut 4", "A5=1", "fin 4", "debut 6", "A7=2", "fin 6");
  }

  @Test
  void texteEntreCellulesReprendLePlafondDesJetonsApresUneValeur() throws Exception {
    // après </v> ou </t>, le texte hors valeur n'est plus borné par la longueur d'une cellule (7 × celluleMax
    // caractères bruts) mais par celui d'un jeton XML
    String blancs = " ".repeat(7 * LimitesImport.parDefaut().celluleMax() + 1);
    assertThat(selonEmjpm(xlsx("<row r=\"1\"><c r=\"A1\"><v>1</v>" + blancs + "</c>"
        + "<c r=\"B1\" t=\"inlineStr\"><is><t>x</t>" + blancs + "</is></c></row>", SST_VIDE, styles(false))))
        .containsExactly("debut 0", "A1=1", "B1=x", "fin 0");
  }

  private static List<String> cellules(String donnees, boolean styleZeroDate) throws Exception {
    List<String> vu = selonEmjpm(xlsx("<row r=\"1\">" + donnees + "</row>", SST_VIDE, styles(styleZeroDate)));
    return vu.stream().filter(v -> v.contains("=")).toList();
  }

  @Test
  void xmlMalFormeOuHostileRefuse() throws Exception {
    Map<String, String> cas = new HashMap<>();
    cas.put("<row r=\"1\"><c r=\"A1\"><v>1</v></row>", "FICHIER_ILLISIBLE");
    cas.put("<row r=\"1\"><c r=A1><v>1</v></c></row>", "FICHIER_ILLISIBLE");
    cas.put("<row r=\"1\"><c r=\"A1\"><v>&e;</v></c></row>", "FICHIER_ILLISIBLE");
    cas.put("<row r=\"1\"><c r=\"A1\"><v>&#0;</v></c></row>", "FICHIER_ILLISIBLE");
    cas.put("<row r=\"1\"><c r=\"A1\"><v>\u0001</v></c></row>", "FICHIER_ILLISIBLE");
    cas.put("<row r=\"1\"><y:c/></row>", "FICHIER_ILLISIBLE");
    cas.put("<row r=\"2000000\"/>", "FICHIER_ILLISIBLE");
    cas.put("<row r=\"1\"><c r=\"A1\" s=\"x\"><v>1</v></c></row>", "FICHIER_ILLISIBLE");
    cas.put("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>5</v></c></row>", "FICHIER_ILLISIBLE");
    cas.put("<row r=\"1\"><c r=\"BA1\" t=\"inlineStr\"><is><t>x</t></is></c></row>", "FICHIER_TROP_DE_COLONNES");
    for (Map.Entry<String, String> e : cas.entrySet()) {
      assertThat(selonEmjpm(xlsx(e.getKey(), SST_VIDE, styles(false)), new ArrayList<>())).as(e.getKey())
          .isEqualTo(e.getValue());
    }
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
        new ByteArrayInputStream(sst.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 500_000, 32_767, 1 << 24, LOIN, LecteurClasseur.CODES);
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
    assertThat(lireAvec(deux, 1, 10, 100)).isEqualTo("FICHIER_TROP_DE_CHAINES");
    assertThat(lireAvec(deux.replace("\">", "\" uniqueCount=\"3\">"), 2, 10, 100)).isEqualTo("FICHIER_TROP_DE_CHAINES");
    // longueur décodée exacte ; le brut peut aller jusqu'à 7 fois (échappements)
    assertThat(lireAvec(deux, 10, 3, 100)).isEqualTo("2 chaînes");
    assertThat(lireAvec(deux, 10, 2, 100)).isEqualTo("FICHIER_CELLULE_TROP_LONGUE");
    String echappee = "<sst xmlns=\"" + NS_SST + "\"><si><t>" + "_x0041_".repeat(3) + "</t></si></sst>";
    assertThat(lireAvec(echappee, 10, 3, 100)).isEqualTo("1 chaînes");
    assertThat(lireAvec(echappee, 10, 2, 100)).isEqualTo("FICHIER_CELLULE_TROP_LONGUE");
    // caractères de toute la table
    assertThat(lireAvec(deux, 10, 10, 5)).isEqualTo("2 chaînes");
    assertThat(lireAvec(deux, 10, 10, 4)).isEqualTo("FICHIER_ZIP_BOMBE");
  }

  private static String lireAvec(String sst, int nombre, int longueur, long caracteres) throws Exception {
    try {
      ChainesPartagees c = ChainesPartagees.lire(
          new ByteArrayInputStream(sst.getBytes(java.nio.charset.StandardCharsets.UTF_8)), nombre, longueur, caracteres, LOIN, LecteurClasseur.CODES);
      return c.nombre() + " chaînes";
    } catch (ArretLecture a) {
      return a.violation().code();
    }
  }

  @Test
  void celluleDemesureeArreteeSansToutAccumuler() throws Exception {
    // texte brut borné à 7 × celluleMax : 7 000 caractères admis tels quels (la cellule décodée est ensuite
    // comparée à celluleMax), 7 001 refusés sans être accumulés
    String donnees = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>%s</t></is></c></row>";
    assertThat(selonEmjpm(xlsx(String.format(donnees, "_x0041_".repeat(1_000)), SST_VIDE, styles(false))))
        .contains("A1=" + "A".repeat(1_000));
    assertThat(selonEmjpm(xlsx(String.format(donnees, "x".repeat(7_001)), SST_VIDE, styles(false)), new ArrayList<>()))
        .isEqualTo("FICHIER_CELLULE_TROP_LONGUE");
    // en plusieurs runs, et dans une valeur <v>
    assertThat(selonEmjpm(xlsx("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><r><t>" + "y".repeat(4_000)
        + "</t></r><r><t>" + "z".repeat(4_000) + "</t></r></is></c></row>", SST_VIDE, styles(false)), new ArrayList<>()))
        .isEqualTo("FICHIER_CELLULE_TROP_LONGUE");
    assertThat(selonEmjpm(xlsx("<row r=\"1\"><c r=\"A1\"><v>" + "9".repeat(8_000) + "</v></c></row>", SST_VIDE,
        styles(false)), new ArrayList<>())).isEqualTo("FICHIER_CELLULE_TROP_LONGUE");
  }

  @Test
  void echeancePasseeArreteLaTableDesChaines() throws Exception {
    Echeance passee = new Echeance(java.time.Duration.ofNanos(1), LecteurClasseur.CODES);
    Thread.sleep(1);
    String table = "<sst xmlns=\"" + NS_SST + "\">" + "<si><t>a</t></si>".repeat(600) + "</sst>";
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ChainesPartagees.lire(
            new ByteArrayInputStream(table.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 1_000, 10, 100_000, passee,
            LecteurClasseur.CODES))
        .isInstanceOf(ArretLecture.class)
        .satisfies(e -> assertThat(((ArretLecture) e).violation().code()).isEqualTo("FICHIER_DELAI_DEPASSE"));
  }
}
