// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Écrivain xlsx minimal de la démonstration : une feuille, chaque cellule en texte (chaînes en ligne,
 * comme l'écriture en flux de POI), sans style. Il évite de charger XMLBeans et les classes XSSF de POI
 * (plus d'une seconde au démarrage d'une JVM) pour un classeur que seule la démonstration écrit ; le
 * fichier est lu par l'import comme n'importe quel xlsx.
 */
final class ClasseurXlsxDemo implements AutoCloseable {

  private final ZipOutputStream zip;
  private final Writer feuille;
  private int lignes;

  private ClasseurXlsxDemo(Path fichier, String nomFeuille) throws IOException {
    zip = new ZipOutputStream(Files.newOutputStream(fichier));
    entree("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/xl/workbook.xml\" "
        + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
        + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        + "</Types>");
    entree("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" "
        + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        + "Target=\"xl/workbook.xml\"/></Relationships>");
    entree("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        + "<sheets><sheet name=\"" + echapper(nomFeuille) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    entree("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" "
        + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
        + "Target=\"worksheets/sheet1.xml\"/></Relationships>");
    zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
    // le zip reste ouvert quand l'écrivain de la feuille est fermé
    feuille = new BufferedWriter(new OutputStreamWriter(new FilterOutputStream(zip) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    }, StandardCharsets.UTF_8), 1 << 16);
    feuille.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
  }

  /**
   * Ouvre un classeur d'une feuille.
   *
   * @param fichier fichier écrit (remplacé s'il existe)
   * @param nomFeuille nom de la feuille
   * @return l'écrivain, à fermer pour terminer le fichier
   * @throws IOException écriture impossible
   */
  static ClasseurXlsxDemo ouvrir(Path fichier, String nomFeuille) throws IOException {
    return new ClasseurXlsxDemo(fichier, nomFeuille);
  }

  /**
   * Ajoute une ligne de cellules texte.
   *
   * @param valeurs valeurs, de la colonne A à la suivante
   * @throws IOException écriture impossible
   */
  void ligne(List<String> valeurs) throws IOException {
    lignes++;
    feuille.write("<row r=\"" + lignes + "\">");
    for (int c = 0; c < valeurs.size(); c++) {
      feuille.write("<c r=\"" + colonne(c) + lignes + "\" t=\"inlineStr\"><is><t>");
      feuille.write(echapper(valeurs.get(c)));
      feuille.write("</t></is></c>");
    }
    feuille.write("</row>");
  }

  @Override
  public void close() throws IOException {
    try {
      feuille.write("</sheetData></worksheet>");
      feuille.close();
      zip.closeEntry();
    } finally {
      zip.close();
    }
  }

  private void entree(String nom, String contenu) throws IOException {
    zip.putNextEntry(new ZipEntry(nom));
    zip.write(contenu.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /** Lettres de la colonne (0 → A, 25 → Z, 26 → AA). */
  static String colonne(int index) {
    StringBuilder s = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      s.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return s.toString();
  }

  private static String echapper(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
