// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.mesure.TypeEtablissement;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Présentation du modèle vierge telle qu'un utilisateur la voit dans son tableur : en-têtes en gras et largeurs
 * de colonnes, 200 lignes de saisie préformatées, volet figé, listes déroulantes (plages, avertissement,
 * flèche), valeurs des listes, notice et propriétés du document.
 */
class ModeleViergePresentationTest {

  private static XSSFWorkbook ouvrir() throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(ModeleViergeTest.modele()));
  }

  @Test
  void enTetesLargeursEtLignesPreformatees() throws IOException {
    try (XSSFWorkbook wb = ouvrir()) {
      XSSFSheet f = wb.getSheet(MesuresExporter.FEUILLE_MODELE);
      assertThat(wb.getActiveSheetIndex()).isZero();
      Row entete = f.getRow(0);
      for (int i = 0; i < MesuresExporter.COLONNES_MODELE.size(); i++) {
        String nom = MesuresExporter.COLONNES_MODELE.get(i);
        XSSFCell c = (XSSFCell) entete.getCell(i);
        assertThat(c.getStringCellValue()).isEqualTo(nom);
        assertThat(c.getCellStyle().getFont().getBold()).as(nom).isTrue();
        assertThat(f.getColumnWidth(i)).as(nom).isEqualTo(Math.max(14, nom.length() + 4) * 256);
        String format = f.getColumnStyle(i).getDataFormatString();
        assertThat(format).as(nom).isEqualTo(switch (nom) {
          case "date_nomination" -> "dd/mm/yyyy";
          case "annee" -> "0";
          default -> "@";
        });
        for (int r : new int[] {1, 100, 200}) {
          assertThat(f.getRow(r).getCell(i).getCellStyle().getDataFormatString()).as(nom + r).isEqualTo(format);
        }
      }
      assertThat((Object) f.getRow(201)).as("200 lignes préformatées, pas une de plus").isNull();
      assertThat(f.getLastRowNum()).isEqualTo(200);
      assertThat(f.getPaneInformation()).isNotNull();
      assertThat(f.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(f.getPaneInformation().getVerticalSplitPosition()).isZero();
    }
  }

  @Test
  void listesDeroulantesSurToutesLesLignesDeSaisie() throws IOException {
    List<List<String>> valeurs = List.of(ColonnesMesures.libellesTypes(), ColonnesMesures.libellesResidence(),
        List.of("F", "H"), Arrays.stream(TypeEtablissement.values()).map(TypeEtablissement::code).toList());
    List<String> colonnes = List.of("type", "residence", "civilite", "type_etablissement");
    try (XSSFWorkbook wb = ouvrir()) {
      XSSFSheet f = wb.getSheet(MesuresExporter.FEUILLE_MODELE);
      XSSFSheet listes = wb.getSheet("Listes");
      assertThat(wb.isSheetHidden(wb.getSheetIndex(listes))).isTrue();
      List<XSSFDataValidation> validations = f.getDataValidations();
      assertThat(validations).hasSize(4);
      for (int k = 0; k < 4; k++) {
        List<String> v = valeurs.get(k);
        assertThat(v).isNotEmpty().doesNotContain("");
        for (int r = 0; r < v.size(); r++) {
          assertThat(listes.getRow(r).getCell(k).getStringCellValue()).isEqualTo(v.get(r));
        }
        Row apres = listes.getRow(v.size());
        assertThat((Object) (apres == null ? null : apres.getCell(k))).as("rien après la liste").isNull();
        char lettre = (char) ('A' + k);
        int col = MesuresExporter.COLONNES_MODELE.indexOf(colonnes.get(k));
        XSSFDataValidation d = validations.stream()
            .filter(x -> x.getRegions().getCellRangeAddress(0).getFirstColumn() == col).findFirst().orElseThrow();
        assertThat(d.getValidationConstraint().getFormula1())
            .isEqualTo("Listes!$" + lettre + "$1:$" + lettre + "$" + v.size());
        CellRangeAddress plage = d.getRegions().getCellRangeAddress(0);
        assertThat(plage.getFirstRow()).isEqualTo(1);
        assertThat(plage.getLastRow()).isEqualTo(MesuresExporter.LIGNES_MODELE);
        assertThat(plage.getLastColumn()).isEqualTo(col);
        assertThat(d.getShowErrorBox()).isTrue();
        assertThat(d.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);
        assertThat(d.getErrorBoxTitle()).isEqualTo("Valeur non prévue");
        assertThat(d.getErrorBoxText()).contains("Notice");
        assertThat(d.getSuppressDropDownArrow()).as("flèche affichée").isTrue();
      }
    }
  }

  @Test
  void noticeEtProprietes() throws IOException {
    try (XSSFWorkbook wb = ouvrir()) {
      XSSFSheet notice = wb.getSheet(MesuresExporter.FEUILLE_NOTICE);
      assertThat(notice.getColumnWidth(0)).isEqualTo(22 * 256);
      assertThat(notice.getColumnWidth(1)).isEqualTo(14 * 256);
      assertThat(notice.getColumnWidth(2)).isEqualTo(100 * 256);
      for (int r = 0; r <= notice.getLastRowNum(); r++) {
        Row ligne = notice.getRow(r);
        boolean titre = r == 0 || r == 2;
        for (int i = 0; i < ligne.getLastCellNum(); i++) {
          assertThat(((XSSFCell) ligne.getCell(i)).getCellStyle().getFont().getBold()).as("notice " + r + "," + i)
              .isEqualTo(titre);
        }
      }
      var proprietes = wb.getProperties().getCoreProperties();
      assertThat(proprietes.getCreator()).isEqualTo("emjpm");
      assertThat(proprietes.getCreated().toInstant()).isEqualTo(Instant.parse("2000-01-01T00:00:00Z"));
    }
  }
}
