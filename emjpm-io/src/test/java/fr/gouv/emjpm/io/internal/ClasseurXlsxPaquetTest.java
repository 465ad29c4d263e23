// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Violation;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Le paquet d'un .xlsx écrit à la main, partie par partie : types de contenu (par partie ou par
 * extension), relations (cibles relatives, absolues, encodées, externes, remontant hors du paquet),
 * type de la partie principale (classeur ordinaire, à macros, modèle, autre document), feuilles dans
 * l'ordre et au plus {@code feuillesMax}, système 1904, chaînes partagées trouvées par leur type,
 * styles (formats personnalisés, {@code cellXfs}, récepteur sans formats). Chaque cas est un petit
 * fichier réel lu par {@link LecteurClasseur}.
 */
class ClasseurXlsxPaquetTest {

  @TempDir Path dossier;

  private static final String NS = ClasseurXlsx.NS;
  private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String PR = "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
  private static final String DOC = R + "/officeDocument";
  private static final String FEUILLE = R + "/worksheet";

  private static final LimitesLecture LIMITES = new LimitesLecture(1 << 20, 100, 10, 100, 100, 100, 1 << 20, 2,
      Duration.ofMinutes(1));

  /** Parties d'un classeur minimal : une feuille « F » avec A1 = 45000 au style 1 (date) et B1 = chaîne 0. */
  private static Map<String, String> parties() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("[Content_Types].xml", "<Types xmlns=\"" + TYPES + "\"><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + ClasseurXlsx.TYPE_XLSX + "\"/></Types>");
    p.put("_rels/.rels", relations(rel("rId1", DOC, "xl/workbook.xml")));
    p.put("xl/workbook.xml", classeur("", "<sheet name=\"F\" sheetId=\"1\" r:id=\"rId1\"/>"));
    p.put("xl/_rels/workbook.xml.rels", relations(rel("rId1", FEUILLE, "worksheets/sheet1.xml")
        + rel("rId2", R + "/sharedStrings", "sharedStrings.xml") + rel("rId3", R + "/styles", "styles.xml")));
    p.put("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + NS + "\"><sheetData><row r=\"1\"><c r=\"A1\" s=\"1\"><v>45000</v>"
        + "</c><c r=\"B1\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>");
    p.put("xl/sharedStrings.xml", "<sst xmlns=\"" + NS + "\"><si><t>chaîne</t></si></sst>");
    p.put("xl/styles.xml", "<styleSheet xmlns=\"" + NS + "\"><numFmts><numFmt numFmtId=\"170\" formatCode=\"0.000\"/>"
        + "</numFmts><cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/>"
        + "<xf numFmtId=\"170\"/><xf/></cellXfs></styleSheet>");
    return p;
  }

  private static String relations(String contenu) {
    return "<Relationships xmlns=\"" + PR + "\">" + contenu + "</Relationships>";
  }

  private static String rel(String id, String type, String cible) {
    return "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + cible + "\"/>";
  }

  private static String classeur(String pr, String feuilles) {
    return "<workbook xmlns=\"" + NS + "\" xmlns:r=\"" + R + "\">" + pr + "<sheets>" + feuilles + "</sheets></workbook>";
  }

  /** Journal : feuilles, cellules et formats ; ou le code de la violation. */
  private static final class Journal extends Enregistreur {
    private final boolean formats;
    final List<String> vu = new ArrayList<>();

    Journal(boolean formats) {
      this.formats = formats;
    }

    @Override
    public boolean formats() {
      return formats;
    }

    @Override
    public boolean feuille(int indice, String nom) {
      vu.add("feuille " + nom);
      return super.feuille(indice, nom);
    }

    @Override
    public void texte(int colonne, String valeur) {
      vu.add(colonne + " texte " + valeur);
    }

    @Override
    public void nombre(int colonne, double valeur, FormatCellule format) {
      vu.add(colonne + " nombre " + valeur + " " + format.chaine());
    }

    @Override
    public void date(int colonne, double serie, FormatCellule format) {
      vu.add(colonne + " date " + serie + " " + format.chaine());
    }
  }

  private List<String> lire(Map<String, String> parties, boolean formats) throws IOException {
    Path p = Files.createTempFile(dossier, "c", ".xlsx");
    try (OutputStream o = Files.newOutputStream(p); ZipOutputStream z = new ZipOutputStream(o)) {
      for (Map.Entry<String, String> e : parties.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    Journal j = new Journal(formats);
    Optional<Violation> v = LecteurClasseur.lire(p, FormatFichier.XLSX, LIMITES, j);
    v.ifPresent(violation -> j.vu.add(violation.code()));
    return j.vu;
  }

  private List<String> lire(Map<String, String> parties) throws IOException {
    return lire(parties, true);
  }

  private static final List<String> ATTENDU = List.of("feuille F", "0 date 45000.0 m/d/yy", "1 texte chaîne");

  @Test
  void classeurMinimalLu() throws IOException {
    assertThat(lire(parties())).isEqualTo(ATTENDU);
    // sans formats : ni date ni style, la valeur telle que stockée
    assertThat(lire(parties(), false)).containsExactly("feuille F", "0 nombre 45000.0 ", "1 texte chaîne");
  }

  @Test
  void typeDeLaPartiePrincipale() throws IOException {
    String types = parties().get("[Content_Types].xml");
    for (String type : List.of("application/vnd.ms-excel.sheet.macroEnabled.main+xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
        "application/vnd.ms-excel.sheet.binary.macroEnabled.main")) {
      Map<String, String> p = parties();
      p.put("[Content_Types].xml", types.replace(ClasseurXlsx.TYPE_XLSX, type));
      assertThat(lire(p)).as(type).containsExactly("FICHIER_TYPE_CLASSEUR_REFUSE");
    }
    Map<String, String> texte = parties();
    texte.put("[Content_Types].xml", types.replace(ClasseurXlsx.TYPE_XLSX,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"));
    assertThat(lire(texte)).containsExactly("FICHIER_PAS_UN_CLASSEUR");
    // type par extension, sans Override ; extension sans casse
    Map<String, String> parExtension = parties();
    parExtension.put("[Content_Types].xml", "<Types xmlns=\"" + TYPES + "\"><Default Extension=\"XML\" ContentType=\""
        + ClasseurXlsx.TYPE_XLSX + "\"/><Override ContentType=\"x\"/><Default ContentType=\"y\"/></Types>");
    assertThat(lire(parExtension)).isEqualTo(ATTENDU);
    // partie principale sans extension ni type
    Map<String, String> sansType = parties();
    sansType.put("_rels/.rels", relations(rel("rId1", DOC, "xl/classeur")));
    sansType.put("xl/classeur", sansType.remove("xl/workbook.xml"));
    assertThat(lire(sansType)).containsExactly("FICHIER_PAS_UN_CLASSEUR");
    // partie principale absente
    Map<String, String> absente = parties();
    absente.remove("xl/workbook.xml");
    assertThat(lire(absente)).containsExactly("FICHIER_PAS_UN_CLASSEUR");
    // pas de relation officeDocument
    Map<String, String> sansDoc = parties();
    sansDoc.put("_rels/.rels", relations(rel("rId1", R + "/extended-properties", "docProps/app.xml")));
    assertThat(lire(sansDoc)).containsExactly("FICHIER_PAS_UN_CLASSEUR");
    Map<String, String> sansRelations = parties();
    sansRelations.remove("_rels/.rels");
    assertThat(lire(sansRelations)).containsExactly("FICHIER_PAS_UN_CLASSEUR");
    Map<String, String> sansTypes = parties();
    sansTypes.remove("[Content_Types].xml");
    assertThat(lire(sansTypes)).containsExactly("FICHIER_ILLISIBLE");
  }

  @Test
  void ciblesDesRelations() throws IOException {
    for (String cible : List.of("/xl/workbook.xml", "./xl/workbook.xml", "xl//workbook.xml", "xl/x/../workbook.xml",
        "XL/Workbook.xml")) {
      Map<String, String> p = parties();
      p.put("_rels/.rels", relations(rel("rId1", DOC, cible)));
      assertThat(lire(p)).as(cible).isEqualTo(ATTENDU);
    }
    Map<String, String> encodee = parties();
    encodee.put("xl/_rels/workbook.xml.rels", relations(rel("rId1", FEUILLE, "worksheets/feuille%61.xml")
        + rel("rId2", R + "/sharedStrings", "/xl/sharedStrings.xml") + rel("rId3", R + "/styles", "styles.xml")));
    encodee.put("xl/worksheets/feuillea.xml", encodee.remove("xl/worksheets/sheet1.xml"));
    assertThat(lire(encodee)).isEqualTo(ATTENDU);
    Map<String, String> plus = parties();
    plus.put("xl/_rels/workbook.xml.rels", relations(rel("rId1", FEUILLE, "worksheets/a+b%2B.xml")
        + rel("rId2", R + "/sharedStrings", "sharedStrings.xml") + rel("rId3", R + "/styles", "styles.xml")));
    plus.put("xl/worksheets/a+b+.xml", plus.remove("xl/worksheets/sheet1.xml"));
    assertThat(lire(plus)).isEqualTo(ATTENDU);
    Map<String, String> malEncodee = parties();
    malEncodee.put("xl/_rels/workbook.xml.rels", relations(rel("rId1", FEUILLE, "worksheets/%zz.xml")));
    assertThat(lire(malEncodee)).containsExactly("FICHIER_ILLISIBLE");
    for (String cible : List.of("../../workbook.xml", "../workbook.xml", "..")) {
      Map<String, String> p = parties();
      p.put("_rels/.rels", relations(rel("rId1", DOC, cible)));
      assertThat(lire(p)).as(cible).containsExactly("FICHIER_ILLISIBLE");
    }
    // relation externe ignorée ; relation incomplète : illisible
    Map<String, String> externe = parties();
    externe.put("_rels/.rels", relations("<Relationship Id=\"rId0\" Type=\"" + DOC + "\" Target=\"http://x/y.xml\""
        + " TargetMode=\"External\"/>" + rel("rId1", DOC, "xl/workbook.xml")));
    assertThat(lire(externe)).isEqualTo(ATTENDU);
    Map<String, String> interne = parties();
    interne.put("_rels/.rels", relations("<Relationship Id=\"rId1\" Type=\"" + DOC + "\" Target=\"xl/workbook.xml\""
        + " TargetMode=\"Internal\"/>"));
    assertThat(lire(interne)).isEqualTo(ATTENDU);
    for (String incomplete : List.of("<Relationship Type=\"" + DOC + "\" Target=\"xl/workbook.xml\"/>",
        "<Relationship Id=\"rId1\" Target=\"xl/workbook.xml\"/>", "<Relationship Id=\"rId1\" Type=\"" + DOC + "\"/>")) {
      Map<String, String> p = parties();
      p.put("_rels/.rels", relations(incomplete));
      assertThat(lire(p)).as(incomplete).containsExactly("FICHIER_ILLISIBLE");
    }
  }

  @Test
  void feuillesDansLOrdreAuPlusFeuillesMax() throws IOException {
    Map<String, String> p = parties();
    p.put("xl/workbook.xml", classeur("", "<sheet name=\"G\" r:id=\"rId9\"/><sheet name=\"F\" r:id=\"rId1\"/>"));
    assertThat(lire(p)).isEqualTo(ATTENDU); // feuilles sans relation de feuille : écartées (mais comptées)
    p.put("xl/workbook.xml", classeur("", "<sheet name=\"H\"/><sheet name=\"F\" r:id=\"rId1\"/>"));
    assertThat(lire(p)).isEqualTo(ATTENDU);
    Map<String, String> deux = parties();
    deux.put("xl/workbook.xml", classeur("", "<sheet name=\"F\" r:id=\"rId1\"/><sheet r:id=\"rId1\"/>"));
    assertThat(lire(deux)).containsExactly("feuille F", "0 date 45000.0 m/d/yy", "1 texte chaîne", "feuille ",
        "0 date 45000.0 m/d/yy", "1 texte chaîne");
    Map<String, String> trois = parties();
    trois.put("xl/workbook.xml", classeur("", "<sheet name=\"F\" r:id=\"rId1\"/><sheet name=\"G\" r:id=\"rId1\"/>"
        + "<sheet name=\"H\" r:id=\"rId1\"/>"));
    assertThat(lire(trois)).containsExactly("FICHIER_ZIP_STRUCTURE");
    // d'un autre espace de noms : ni feuille ni système de dates
    Map<String, String> autre = parties();
    autre.put("xl/workbook.xml", "<workbook xmlns=\"" + NS + "\" xmlns:r=\"" + R + "\" xmlns:o=\"urn:o\">"
        + "<o:workbookPr date1904=\"1\"/><sheets><o:sheet name=\"X\" r:id=\"rId1\"/><sheet name=\"F\" r:id=\"rId1\"/>"
        + "<o:sheet name=\"Y\" r:id=\"rId1\"/><o:sheet name=\"Z\" r:id=\"rId1\"/></sheets></workbook>");
    assertThat(lire(autre)).isEqualTo(ATTENDU);
    // feuille de graphique : annoncée
    Map<String, String> graphique = parties();
    graphique.put("xl/_rels/workbook.xml.rels", relations(rel("rId1", R + "/chartsheet", "worksheets/sheet1.xml")
        + rel("rId2", R + "/sharedStrings", "sharedStrings.xml") + rel("rId3", R + "/styles", "styles.xml")));
    assertThat(lire(graphique)).isEqualTo(ATTENDU);
    // partie de feuille absente
    Map<String, String> absente = parties();
    absente.remove("xl/worksheets/sheet1.xml");
    assertThat(lire(absente)).containsExactly("feuille F", "FICHIER_ILLISIBLE");
  }

  @Test
  void systemeDeDates1904() throws IOException {
    for (String v : List.of("1", "true", "TRUE", " 1 ")) {
      Map<String, String> p = parties();
      p.put("xl/workbook.xml", classeur("<workbookPr date1904=\"" + v + "\"/>", "<sheet name=\"F\" r:id=\"rId1\"/>"));
      assertThat(lire(p)).as(v).containsExactly("feuille F", "0 date 46462.0 m/d/yy", "1 texte chaîne");
    }
    for (String pr : List.of("<workbookPr date1904=\"0\"/>", "<workbookPr date1904=\"false\"/>", "<workbookPr/>",
        "<workbookPr date1904=\"oui\"/>")) {
      Map<String, String> p = parties();
      p.put("xl/workbook.xml", classeur(pr, "<sheet name=\"F\" r:id=\"rId1\"/>"));
      assertThat(lire(p)).as(pr).isEqualTo(ATTENDU);
    }
  }

  @Test
  void chainesPartageesEtStyles() throws IOException {
    // sans relation : la partie du type des chaînes partagées
    Map<String, String> parType = parties();
    parType.put("xl/_rels/workbook.xml.rels", relations(rel("rId1", FEUILLE, "worksheets/sheet1.xml")
        + rel("rId3", R + "/styles", "styles.xml")));
    parType.put("[Content_Types].xml", parType.get("[Content_Types].xml").replace("</Types>",
        "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
            + ".spreadsheetml.sharedStrings+xml\"/></Types>"));
    assertThat(lire(parType)).isEqualTo(ATTENDU);
    Map<String, String> sansChaines = parties();
    sansChaines.remove("xl/sharedStrings.xml");
    assertThat(lire(sansChaines)).containsExactly("feuille F", "0 date 45000.0 m/d/yy", "FICHIER_ILLISIBLE");
    // styles : format personnalisé, xf sans numFmtId (format 0), style inexistant ; xf hors cellXfs ignorés
    Map<String, String> styles = parties();
    styles.put("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + NS + "\"><sheetData><row r=\"1\">"
        + "<c s=\"2\"><v>1</v></c><c s=\"3\"><v>2</v></c><c s=\"4\"><v>3</v></c><c><v>4</v></c></row></sheetData>"
        + "</worksheet>");
    assertThat(lire(styles)).containsExactly("feuille F", "0 nombre 1.0 0.000", "1 nombre 2.0 General",
        "2 nombre 3.0 ", "3 nombre 4.0 General");
    Map<String, String> sansStyles = parties();
    sansStyles.remove("xl/styles.xml");
    assertThat(lire(sansStyles)).containsExactly("feuille F", "0 nombre 45000.0 ", "1 texte chaîne");
    for (String illisible : List.of("<numFmt numFmtId=\"x\" formatCode=\"0\"/>", "<cellXfs><xf numFmtId=\"x\"/></cellXfs>")) {
      Map<String, String> p = parties();
      p.put("xl/styles.xml", "<styleSheet xmlns=\"" + NS + "\">" + illisible + "</styleSheet>");
      assertThat(lire(p)).as(illisible).containsExactly("FICHIER_ILLISIBLE");
      assertThat(lire(p, false)).as(illisible).containsExactly("feuille F", "0 nombre 45000.0 ", "1 texte chaîne");
    }
    // numFmt incomplet ignoré ; beaucoup de styles (tableau agrandi)
    StringBuilder xfs = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      xfs.append("<xf numFmtId=\"").append(i == 33 ? 14 : 0).append("\"/>");
    }
    Map<String, String> nombreux = parties();
    nombreux.put("xl/styles.xml", "<styleSheet xmlns=\"" + NS + "\"><numFmts><numFmt numFmtId=\"170\"/><numFmt formatCode=\"0\"/>"
        + "</numFmts><cellXfs>" + xfs + "</cellXfs><o:cellXfs xmlns:o=\"urn:o\"><xf numFmtId=\"3\"/></o:cellXfs></styleSheet>");
    nombreux.put("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + NS + "\"><sheetData><row r=\"1\">"
        + "<c s=\"33\"><v>1</v></c><c s=\"39\"><v>2</v></c><c s=\"40\"><v>3</v></c></row></sheetData></worksheet>");
    assertThat(lire(nombreux)).containsExactly("feuille F", "0 date 1.0 m/d/yy", "1 nombre 2.0 General",
        "2 nombre 3.0 ");
  }

  @Test
  void entreesSansCasseEtBarresInverses() throws IOException {
    Map<String, String> p = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : parties().entrySet()) {
      String nom = e.getKey().equals("xl/worksheets/sheet1.xml") ? "XL\\Worksheets\\Sheet1.XML" : e.getKey();
      p.put(nom, e.getValue());
    }
    assertThat(lire(p)).isEqualTo(ATTENDU);
  }
}
