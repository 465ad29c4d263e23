// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.io.enquete.EnqueteExcelReader;
import fr.gouv.emjpm.io.mesures.CorpusHostile;
import fr.gouv.emjpm.io.mesures.MesuresImporter;
import fr.gouv.emjpm.io.mesures.ParametresImport;
import fr.gouv.emjpm.rules.EmjpmEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Refus demandés par les exigences, pour l'import des mesures comme pour celui de l'enquête : classeurs
 * à macros, modèles et classeurs binaires (type de contenu de la partie principale), xls chiffré avec le
 * mot de passe par défaut d'Excel, paquet Office qui n'est pas un classeur, en-tête à deux colonnes du
 * même titre. Chaque fichier est fabriqué au moment du test.
 */
class RefusDemandesTest {
  private static final String TYPE_XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
  private static final EmjpmEngine ENGINE = EmjpmEngine.builder()
      .clock(Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneId.of("Europe/Paris"))).build();
  private static final String EN_TETE =
      "date_nomination;type;code_postal;ville;civilite;annee;numero_rg;numero_dossier;residence;tribunal_siret";
  private static final String LIGNE = "01/02/2020;tutelle;59000;Lille;F;1950;RG000001;D1;domicile;17590111500709";

  @TempDir Path dossier;

  private Resultat<?> mesures(byte[] octets, String extension) throws IOException {
    Path f = Files.createTempFile(dossier, "refus", extension);
    Files.write(f, octets);
    return MesuresImporter.avec(ENGINE).importer(f, ParametresImport.pour(GestionnaireId.individuel(1)));
  }

  private static Resultat<?> enquete(byte[] octets) {
    return EnqueteExcelReader.lire(new ByteArrayInputStream(octets), TypeEnquete.SERVICE, 2021);
  }

  private static List<String> codes(Resultat<?> r) {
    return r.violations().stream().map(Violation::code).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "application/vnd.ms-excel.sheet.macroEnabled.main+xml", // xlsm
      "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml", // xltx
      "application/vnd.ms-excel.template.macroEnabled.main+xml", // xltm
      "application/vnd.ms-excel.addin.macroEnabled.main+xml", // xlam
      "application/vnd.ms-excel.sheet.binary.macroEnabled.main" // xlsb
  })
  void classeurAMacrosModeleOuBinaireRefuse(String type) throws IOException {
    byte[] modele = CorpusHostile.modele();
    String types = entree(modele, "[Content_Types].xml");
    assertThat(types).contains(TYPE_XLSX);
    byte[] octets = CorpusHostile.remplacer(modele,
        Map.of("[Content_Types].xml", CorpusHostile.Contenu.de(types.replace(TYPE_XLSX, type))));
    assertThat(codes(mesures(octets, ".xlsx"))).containsExactly("FICHIER_TYPE_CLASSEUR_REFUSE");
    assertThat(codes(enquete(octets))).containsExactly("FICHIER_TYPE_CLASSEUR_REFUSE");
  }

  @Test
  void leModeleXlsxOrdinaireNEstPasRefusePourSonType() throws IOException {
    assertThat(codes(mesures(CorpusHostile.modele(), ".xlsx"))).doesNotContain("FICHIER_TYPE_CLASSEUR_REFUSE",
        "FICHIER_PAS_UN_CLASSEUR", "FICHIER_ILLISIBLE");
  }

  @Test
  void unDocumentWordNEstPasUnClasseur() throws IOException {
    Map<String, CorpusHostile.Contenu> docx = new LinkedHashMap<>();
    docx.put("[Content_Types].xml", CorpusHostile.Contenu.de(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
            + "wordprocessingml.document.main+xml\"/></Types>"));
    docx.put("_rels/.rels", CorpusHostile.Contenu.de(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
            + " Target=\"word/document.xml\"/></Relationships>"));
    docx.put("word/document.xml", CorpusHostile.Contenu.de(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + "<w:body><w:p><w:r><w:t>Bonjour</w:t></w:r></w:p></w:body></w:document>"));
    byte[] octets = CorpusHostile.archive(docx);
    assertThat(codes(mesures(octets, ".docx"))).containsExactly("FICHIER_PAS_UN_CLASSEUR");
    assertThat(codes(enquete(octets))).containsExactly("FICHIER_PAS_UN_CLASSEUR");
  }

  @Test
  void unXlsChiffreAvecLeMotDePasseParDefautDExcelEstRefuse() throws IOException {
    byte[] octets;
    try (HSSFWorkbook w = new HSSFWorkbook()) {
      remplir(w);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Biff8EncryptionKey.setCurrentUserPassword("VelvetSweatshop");
      try {
        w.write(out);
      } finally {
        Biff8EncryptionKey.setCurrentUserPassword(null);
      }
      octets = out.toByteArray();
    }
    // POI le relit sans mot de passe (déchiffrement silencieux) : c'est bien le cas à refuser
    try (HSSFWorkbook relu = new HSSFWorkbook(new ByteArrayInputStream(octets))) {
      assertThat(relu.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("date_nomination");
    }
    assertThat(codes(mesures(octets, ".xls"))).containsExactly("FICHIER_CHIFFRE");
    assertThat(codes(enquete(octets))).containsExactly("FICHIER_CHIFFRE");
    // le même classeur non chiffré est lu
    try (HSSFWorkbook w = new HSSFWorkbook()) {
      remplir(w);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      w.write(out);
      assertThat(codes(mesures(out.toByteArray(), ".xls"))).doesNotContain("FICHIER_CHIFFRE", "FICHIER_ILLISIBLE");
    }
  }

  @Test
  void deuxColonnesDuMemeTitreSontRefuseesEnLigne1Csv() throws IOException {
    String csv = EN_TETE + ";Type\n" + LIGNE + ";curatelle\n";
    Resultat<?> r = mesures(csv.getBytes(StandardCharsets.UTF_8), ".csv");
    assertThat(codes(r)).containsExactly("IMPORT_EN_TETE_EN_DOUBLE");
    Violation v = r.violations().get(0);
    assertThat(v.arguments()).containsEntry("ligne", "1").containsEntry("position", "11").containsEntry("premiere", "2");
    assertThat(v.message()).doesNotContain("curatelle", "tutelle");
    // sans le doublon, la ligne est importée
    assertThat(mesures((EN_TETE + "\n" + LIGNE + "\n").getBytes(StandardCharsets.UTF_8), ".csv").estSucces()).isTrue();
  }

  @Test
  void deuxColonnesDuMemeTitreSontRefuseesEnLigne1Xlsx() throws IOException {
    try (XSSFWorkbook w = new XSSFWorkbook()) {
      Sheet s = w.createSheet("Feuil1");
      String[] titres = (EN_TETE + ";numero_rg").split(";");
      String[] valeurs = (LIGNE + ";RG000002").split(";");
      Row t = s.createRow(0);
      Row l = s.createRow(1);
      for (int i = 0; i < titres.length; i++) {
        t.createCell(i).setCellValue(titres[i]);
        l.createCell(i).setCellValue(valeurs[i]);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      w.write(out);
      Resultat<?> r = mesures(out.toByteArray(), ".xlsx");
      assertThat(codes(r)).containsExactly("IMPORT_EN_TETE_EN_DOUBLE");
      assertThat(r.violations().get(0).arguments()).containsEntry("ligne", "1").containsEntry("position", "11")
          .containsEntry("premiere", "7");
    }
  }

  private static void remplir(Workbook w) {
    Sheet s = w.createSheet("Feuil1");
    String[] titres = EN_TETE.split(";");
    String[] valeurs = LIGNE.split(";");
    Row t = s.createRow(0);
    Row l = s.createRow(1);
    for (int i = 0; i < titres.length; i++) {
      t.createCell(i).setCellValue(titres[i]);
      l.createCell(i).setCellValue(valeurs[i]);
    }
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
