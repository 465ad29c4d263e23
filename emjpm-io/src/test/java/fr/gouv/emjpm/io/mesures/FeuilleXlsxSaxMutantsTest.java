// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.io.internal.ChainesPartagees;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Analyseur SAX des feuilles aux cas limites : plusieurs {@code v} dans une cellule, {@code v} avant
 * {@code is}, cellule ouverte dans un texte en ligne, style 0 daté appliqué aux cellules sans style,
 * formule texte formatée par son style, style inexistant.
 */
class FeuilleXlsxSaxMutantsTest {
  private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  private static List<String> lire(@Nullable StylesTable styles, String donnees) throws Exception {
    List<String> vu = new ArrayList<>();
    XMLReader sax = XMLHelper.newXMLReader();
    sax.setContentHandler(new FeuilleXlsxSax(styles, ChainesPartagees.vide(),
        new XSSFSheetXMLHandler.SheetContentsHandler() {
          @Override
          public void startRow(int n) { }

          @Override
          public void endRow(int n) { }

          @Override
          public void cell(String ref, String valeur, XSSFComment c) {
            vu.add(ref + "=" + valeur);
          }
        }, new DataFormatter(Locale.FRANCE), 1_000, FeuilleXlsxSaxTest.LOIN));
    String xml = "<worksheet xmlns=\"" + NS + "\"><sheetData><row r=\"1\">" + donnees + "</row></sheetData></worksheet>";
    sax.parse(new InputSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
    return vu;
  }

  @Test
  void chaqueValeurRepartDeZero() throws Exception {
    assertThat(lire(null, "<c r=\"A1\"><v>1</v><v>2</v></c>")).containsExactly("A1=1", "A1=2");
    assertThat(lire(null, "<c r=\"A1\" t=\"inlineStr\"><v>abc</v><is><t>x</t></is></c>"))
        .containsExactly("A1=abc", "A1=x");
    assertThat(lire(null, "<c r=\"A1\" t=\"inlineStr\"><is><t>a</t><c r=\"B1\"/><t>b</t></is></c>"))
        .containsExactly("B1=b");
  }

  @Test
  void formatDuStyleZeroPourLesCellulesSansStyleEtDuStyleDesFormulesTexte() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      StylesTable styles = wb.getStylesSource();
      short date = (short) styles.putNumberFormat("dd/mm/yyyy");
      styles.getStyleAt(0).setDataFormat(date);
      styles.createCellStyle().setDataFormat(date);
      int n = styles.getNumCellStyles();
      assertThat(n).isEqualTo(2);
      assertThat(lire(styles, "<c r=\"A1\"><v>43831</v></c>")).containsExactly("A1=01/01/2020");
      assertThat(lire(styles, "<c r=\"A1\" t=\"str\" s=\"1\"><v>43831</v></c>")).containsExactly("A1=01/01/2020");
      assertThat(lire(styles, "<c r=\"A1\" s=\"2\"><v>43831</v></c><c r=\"B1\" s=\"99\"><v>43831</v></c>"))
          .as("style inexistant : valeur brute").containsExactly("A1=43831", "B1=43831");
    }
  }
}
