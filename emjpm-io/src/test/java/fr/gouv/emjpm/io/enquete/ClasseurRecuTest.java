// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.enquete;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Classeur d'enquête lu par le lecteur durci du module ({@link ClasseurRecu}) : les plafonds arrêtent la
 * lecture avec un code stable, les feuilles non lues ne sont pas analysées, les types de cellule sont
 * ceux de POI.
 */
public class ClasseurRecuTest {
  private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String FEUILLE_SERVICE = "info service ";

  /** Construit un .xlsx minimal : feuilles (nom → XML de sheetData) et table de chaînes facultative. */
  public static byte[] xlsx(Map<String, String> feuilles, String sst) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(b)) {
      StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
      StringBuilder classeur = new StringBuilder("<workbook xmlns=\"" + NS + "\" xmlns:r=\""
          + "http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
      StringBuilder liens = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
      int i = 0;
      for (Map.Entry<String, String> f : feuilles.entrySet()) {
        i++;
        types.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\""
            + "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        classeur.append("<sheet name=\"").append(f.getKey()).append("\" sheetId=\"").append(i)
            .append("\" r:id=\"rId").append(i).append("\"/>");
        liens.append("<Relationship Id=\"rId").append(i).append("\" Type=\"http://schemas.openxmlformats.org/"
            + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
        ecrire(z, "xl/worksheets/sheet" + i + ".xml", "<worksheet xmlns=\"" + NS + "\"><sheetData>" + f.getValue()
            + "</sheetData></worksheet>");
      }
      if (!sst.isEmpty()) {
        types.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\""
            + "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
        liens.append("<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
            + "relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        ecrire(z, "xl/sharedStrings.xml", sst);
      }
      ecrire(z, "[Content_Types].xml", types + "</Types>");
      ecrire(z, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
          + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
      ecrire(z, "xl/workbook.xml", classeur + "</sheets></workbook>");
      ecrire(z, "xl/_rels/workbook.xml.rels", liens + "</Relationships>");
    }
    return b.toByteArray();
  }

  private static void ecrire(ZipOutputStream z, String nom, String contenu) throws IOException {
    z.putNextEntry(new ZipEntry(nom));
    z.write(contenu.getBytes(StandardCharsets.UTF_8));
    z.closeEntry();
  }

  /** Les feuilles d'un classeur de service, la première portant {@code donnees}. */
  private static Map<String, String> service(String donnees) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put(FEUILLE_SERVICE, donnees);
    f.put("Personnel et formation ", "");
    f.put("Populations ", "");
    f.put("activité 2019 et flux", "");
    return f;
  }

  private static Resultat<ImportEnquete> importer(byte[] octets) {
    return EnqueteExcelReader.lire(new ByteArrayInputStream(octets), TypeEnquete.SERVICE, 2021);
  }

  private static Violation refus(byte[] octets) {
    Resultat<ImportEnquete> r = importer(octets);
    assertThat(r.valeur()).isEmpty();
    assertThat(r.violations()).hasSize(1);
    return r.violations().get(0);
  }

  @Test
  void cellulesTypeesCommePoiChainesPartageesEtEnLigneFormulesParLeurValeurEnCache() throws IOException {
    String sst = "<sst xmlns=\"" + NS + "\" count=\"1\" uniqueCount=\"1\"><si><t>Nord</t></si></sst>";
    String donnees = "<row r=\"1\"><c r=\"B1\" t=\"s\"><v>0</v></c></row>"
        + "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>Hauts-de-France</t></is></c></row>"
        + "<row r=\"3\"><c r=\"B3\" t=\"str\"><f>A1&amp;\"x\"</f><v>ATMP</v></c></row>"
        + "<row r=\"17\"><c r=\"C17\"><f>1+0</f><v>1</v></c></row>"
        + "<row r=\"19\"><c r=\"C19\"><v>4</v></c></row>";
    Resultat<ImportEnquete> r = importer(xlsx(service(donnees), sst));
    var patch = r.valeur().orElseThrow().patch();
    String t = "enquete_reponses_service_informations";
    assertThat(patch.valeur(t, "departement").map(Object::toString)).hasValueSatisfying(v -> assertThat(v).contains("Nord"));
    assertThat(patch.valeur(t, "region").map(Object::toString)).hasValueSatisfying(v -> assertThat(v).contains("Hauts-de-France"));
    assertThat(patch.valeur(t, "nom").map(Object::toString)).hasValueSatisfying(v -> assertThat(v).contains("ATMP"));
    assertThat(patch.valeur(t, "nb_structures_concernees").map(Object::toString)).hasValueSatisfying(v -> assertThat(v).contains("4"));
  }

  @Test
  void tropDeColonnesDansUneFeuilleLue() throws IOException {
    Violation v = refus(xlsx(service("<row r=\"1\"><c r=\"GT1\"><v>1</v></c></row>"), ""));
    assertThat(v.code()).isEqualTo("FICHIER_TROP_DE_COLONNES");
    assertThat(v.message()).contains("colonnes").contains("200");
  }

  @Test
  void uneFeuilleNonLueNEstPasAnalysee() throws IOException {
    Map<String, String> f = service("");
    f.put("Données à exporter", "<row r=\"1\"><c r=\"IC1\"><v>1</v></c></row><row><c><v>pas un nombre</v></c></row>");
    assertThat(importer(xlsx(f, "")).valeur()).isPresent();
  }

  @Test
  void tropDeFeuilles() throws IOException {
    Map<String, String> f = service("");
    for (int i = 0; i < 17; i++) {
      f.put("f" + i, "");
    }
    assertThat(f).hasSize(21);
    assertThat(refus(xlsx(f, "")).code()).isEqualTo("FICHIER_ZIP_STRUCTURE");
    f.remove("f16");
    assertThat(importer(xlsx(f, "")).valeur()).as("20 feuilles : lues").isPresent();
  }

  @Test
  void tropDeLignes() throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= ClasseurRecu.LIGNES_MAX + 1; i++) {
      b.append("<row r=\"").append(i).append("\"/>");
    }
    Violation v = refus(xlsx(service(b.toString()), ""));
    assertThat(v.code()).isEqualTo("FICHIER_TROP_DE_LIGNES");
    assertThat(v.message()).contains("lignes").contains("100000");
  }

  @Test
  void celluleTropLongue() throws IOException {
    String long_ = "x".repeat(ClasseurRecu.CARACTERES_MAX + 1);
    Violation v = refus(xlsx(service("<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>" + long_ + "</t></is></c></row>"), ""));
    assertThat(v.code()).isEqualTo("FICHIER_CELLULE_TROP_LONGUE");
    assertThat(v.message()).contains("caractères").doesNotContain("xxx");
  }

  @Test
  void attributDeChainesPartageesLuAvantDeChargerLaTable() throws IOException {
    String sst = "<sst xmlns=\"" + NS + "\" count=\"900000\" uniqueCount=\"600000\"><si><t>a</t></si></sst>";
    assertThat(refus(xlsx(service(""), sst)).code()).isEqualTo("FICHIER_TROP_DE_CHAINES");
  }

  @Test
  void valeursIllisiblesDeviennentDesAvertissementsPasDesExceptions() throws IOException {
    List<String> lignes = new ArrayList<>();
    lignes.add("<row r=\"1\"><c r=\"B1\" t=\"s\"><v>99</v></c></row>"); // indice hors table
    lignes.add("<row r=\"19\"><c r=\"C19\"><v>douze</v></c></row>"); // nombre illisible
    lignes.add("<row r=\"2\"><c r=\"B2\" t=\"s\"><v>x</v></c></row>"); // indice illisible
    lignes.add("<row r=\"17\"><c r=\"C17\" t=\"e\"><v>#REF!</v></c></row>");
    Resultat<ImportEnquete> r = importer(xlsx(service(String.join("", lignes)), ""));
    assertThat(r.valeur()).isPresent();
    // chaîne partagée absente : cellule en erreur, signalée par son adresse, jamais un refus du classeur
    assertThat(r.violations()).extracting(Violation::code, Violation::chemin)
        .contains(org.assertj.core.groups.Tuple.tuple("ENQUETE_CELLULE_ILLISIBLE", "info service !B1"),
            org.assertj.core.groups.Tuple.tuple("ENQUETE_CELLULE_ILLISIBLE", "info service !B2"));
  }

  @Test
  void unClasseurOpenDocumentEstRefuseParUnCodeClair() throws IOException {
    byte[] type = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(b)) {
      ZipEntry mimetype = new ZipEntry("mimetype");
      mimetype.setMethod(ZipEntry.STORED);
      mimetype.setSize(type.length);
      java.util.zip.CRC32 crc = new java.util.zip.CRC32();
      crc.update(type);
      mimetype.setCrc(crc.getValue());
      z.putNextEntry(mimetype);
      z.write(type);
      z.closeEntry();
      ecrire(z, "content.xml", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>");
    }
    Violation v = refus(b.toByteArray());
    assertThat(v.code()).isEqualTo("ENQUETE_FORMAT_NON_SUPPORTE");
    assertThat(v.message()).contains(".ods").contains("xlsx");
  }

  @Test
  void chaqueTexteGardeNEstCompteQuUneFois() throws IOException {
    // 40 cellules qui citent la même chaîne partagée de 32 767 caractères (1,3 M caractères cités) : gardée une fois
    String longue = "y".repeat(ClasseurRecu.CARACTERES_MAX);
    String sst = "<sst xmlns=\"" + NS + "\" count=\"200\" uniqueCount=\"1\"><si><t>" + longue + "</t></si></sst>";
    StringBuilder lignes = new StringBuilder();
    for (int r = 40; r < 240; r++) {
      lignes.append("<row r=\"").append(r).append("\"><c r=\"J").append(r).append("\" t=\"s\"><v>0</v></c></row>");
    }
    assertThat(importer(xlsx(service(lignes.toString()), sst)).valeur()).as("200 × 32 767 caractères cités, une chaîne")
        .isPresent();
    // les mêmes textes en ligne, chacun distinct : au-delà de 4 M caractères gardés, refus propre à l'enquête
    StringBuilder enLigne = new StringBuilder();
    for (int r = 40; r < 240; r++) {
      enLigne.append("<row r=\"").append(r).append("\"><c r=\"J").append(r).append("\" t=\"inlineStr\"><is><t>")
          .append(longue).append("</t></is></c></row>");
    }
    Violation v = refus(xlsx(service(enLigne.toString()), ""));
    assertThat(v.code()).isEqualTo("ENQUETE_CLASSEUR_HORS_LIMITES");
    assertThat(v.message()).contains("caractères de texte gardés").doesNotContain("yyy");
  }

  /** Récepteur qui garde le comportement par défaut du contrat : formats lus, chaîne absente = refus. */
  private static final class ParDefaut implements fr.gouv.emjpm.io.internal.RecepteurCellules {
    final List<String> vus = new ArrayList<>();

    @Override
    public boolean feuille(int indice, String nom) {
      return indice == 0;
    }

    @Override
    public void ligne(int numero) {}

    @Override
    public void texte(int colonne, String valeur) {
      vus.add("texte " + valeur);
    }

    @Override
    public void nombre(int colonne, double valeur, fr.gouv.emjpm.io.internal.FormatCellule format) {
      vus.add("nombre " + valeur);
    }

    @Override
    public void date(int colonne, double serie, fr.gouv.emjpm.io.internal.FormatCellule format) {
      vus.add("date " + serie);
    }

    @Override
    public void booleen(int colonne, boolean valeur) {}

    @Override
    public void erreur(int colonne) {}

    @Override
    public void finLigne() {}
  }

  @Test
  void parDefautUneChaineAbsenteArreteLaLectureEtLesFormatsSontLus() throws IOException {
    ParDefaut r = new ParDefaut();
    assertThat(r.formats()).isTrue();
    java.nio.file.Path f = java.nio.file.Files.createTempFile("recepteur", ".xlsx");
    try {
      java.nio.file.Files.write(f, xlsx(service("<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"B1\" t=\"s\">"
          + "<v>99</v></c></row>"), ""));
      var arret = fr.gouv.emjpm.io.internal.LecteurClasseur.lire(f, fr.gouv.emjpm.io.internal.FormatFichier.XLSX,
          ClasseurRecu.limites(fr.gouv.emjpm.io.internal.FormatFichier.XLSX, java.time.Duration.ofSeconds(30)), r);
      assertThat(arret).map(Violation::code).hasValue("FICHIER_ILLISIBLE");
      assertThat(r.vus).containsExactly("nombre 1.0");
    } finally {
      java.nio.file.Files.delete(f);
    }
  }
}
