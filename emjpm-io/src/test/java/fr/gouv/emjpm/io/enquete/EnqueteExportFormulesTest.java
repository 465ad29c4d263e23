// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.enquete;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.enquete.ReponseEnquete;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.SpreadsheetVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Les classeurs exportés portent le résultat de chaque formule : relus par POI <b>sans évaluation</b>
 * (valeurs en cache seulement, comme un script de consolidation), chaque formule de somme vaut la somme
 * de ses entrées et chaque renvoi de la feuille « Données à exporter » vaut la cellule visée.
 */
class EnqueteExportFormulesTest {

  private static final Pattern SOMME = Pattern.compile("(SUM\\()?([A-Z$0-9:,+]+)\\)?");
  private static final Pattern RENVOI = Pattern.compile("(?:'((?:[^']|'')+)'|([A-Za-z]+))!(\\$?[A-Z]+\\$?[0-9]+)");
  private static final Pattern SI = Pattern.compile("IF\\((\\$?[A-Z]+\\$?[0-9]+)(=0|=\"\"),[ ]*(\"\")?,[ ]*(\\$?[A-Z]+\\$?[0-9]+)/(\\$?[A-Z]+\\$?[0-9]+)\\)");

  @ParameterizedTest
  @CsvSource({"INDIVIDUEL,XLS", "INDIVIDUEL,XLSX", "SERVICE,XLS", "SERVICE,XLSX", "PREPOSE,XLS", "PREPOSE,XLSX"})
  void chaque_formule_porte_la_somme_de_ses_entrees(TypeEnquete type, FormatExcel format) throws Exception {
    ReponseEnquete a = EnqueteExcelWriterTest.reponseComplete(type, 4);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Resultat<Integer> ecrit = EnqueteExcelWriter.ecrire(a, type, 2021, out, format);
    assertThat(ecrit.estSucces()).isTrue();
    int sommes = 0;
    int renvois = 0;
    int renvoisNonVides = 0;
    int quotients = 0;
    int sommesNonNulles = 0;
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(out.toByteArray()))) {
      for (Sheet s : wb) {
        for (Row r : s) {
          for (Cell c : r) {
            if (c.getCellType() != CellType.FORMULA) {
              continue;
            }
            String brute = c.getCellFormula();
            String f = brute.replace(" ", "");
            String ou = s.getSheetName() + "!" + c.getAddress();
            Matcher renvoi = RENVOI.matcher(brute);
            Matcher si = SI.matcher(f);
            if (renvoi.matches()) {
              String nom = renvoi.group(1) != null ? renvoi.group(1).replace("''", "'") : renvoi.group(2);
              Cell cible = cellule(wb.getSheet(nom), new CellReference(renvoi.group(3)));
              if (cible != null && cible.getCellType() == CellType.STRING) {
                assertThat(c.getCachedFormulaResultType()).as(ou).isEqualTo(CellType.STRING);
                assertThat(c.getStringCellValue()).as(ou).isEqualTo(cible.getStringCellValue());
                renvoisNonVides++;
              } else {
                assertThat(c.getCachedFormulaResultType()).as(ou).isEqualTo(CellType.NUMERIC);
                assertThat(c.getNumericCellValue()).as(ou).isEqualTo(nombre(cible));
                renvoisNonVides += nombre(cible) != 0 ? 1 : 0;
              }
              renvois++;
            } else if (si.matches()) {
              Cell teste = cellule(s, new CellReference(si.group(1)));
              boolean vide = teste == null || teste.getCellType() == CellType.BLANK;
              boolean alors = si.group(2).equals("=0") ? nombre(teste) == 0 : vide;
              double den = nombre(cellule(s, new CellReference(si.group(5))));
              if (alors) {
                assertThat(c.getCachedFormulaResultType()).as(ou).isNotEqualTo(CellType.ERROR);
              } else if (den == 0) {
                assertThat(c.getCachedFormulaResultType()).as(ou + " (division par 0, comme Excel)").isEqualTo(CellType.ERROR);
              } else {
                assertThat(c.getCachedFormulaResultType()).as(ou).isEqualTo(CellType.NUMERIC);
                assertThat(c.getNumericCellValue()).as(ou)
                    .isCloseTo(nombre(cellule(s, new CellReference(si.group(4)))) / den,
                        org.assertj.core.data.Offset.offset(1e-9));
              }
              quotients++;
            } else {
              Matcher m = SOMME.matcher(f);
              assertThat(m.matches()).as("formule inattendue %s : %s", ou, f).isTrue();
              double attendu = 0;
              for (String terme : m.group(2).split("[,+]")) {
                if (terme.contains(":")) {
                  for (CellReference[] ligne : new AreaReference(terme, SpreadsheetVersion.EXCEL97).getAllReferencedCells().length > 0
                      ? new CellReference[][] {new AreaReference(terme, SpreadsheetVersion.EXCEL97).getAllReferencedCells()}
                      : new CellReference[0][]) {
                    for (CellReference ref : ligne) {
                      attendu += nombre(cellule(s, ref));
                    }
                  }
                } else {
                  attendu += nombre(cellule(s, new CellReference(terme)));
                }
              }
              assertThat(c.getCachedFormulaResultType()).as(ou).isEqualTo(CellType.NUMERIC);
              assertThat(c.getNumericCellValue()).as("%s = %s", ou, f)
                  .isCloseTo(attendu, org.assertj.core.data.Offset.offset(1e-6));
              sommes++;
              sommesNonNulles += attendu != 0 ? 1 : 0;
            }
          }
        }
      }
    }
    assertThat(sommes).as("formules de somme").isGreaterThan(50);
    assertThat(sommesNonNulles).as("sommes non nulles (résultats du modèle vierge remplacés)").isGreaterThan(40);
    assertThat(renvois).as("renvois de « Données à exporter »").isGreaterThan(200);
    assertThat(renvoisNonVides).as("« Données à exporter » remplie").isGreaterThan(100);
    if (type != TypeEnquete.INDIVIDUEL) {
      assertThat(quotients).isPositive();
    }
  }

  private static Cell cellule(Sheet s, CellReference ref) {
    Row r = s.getRow(ref.getRow());
    return r == null ? null : r.getCell(ref.getCol());
  }

  /** Valeur numérique (en cache pour une formule) ; vide ou texte → 0, comme SUM. */
  private static double nombre(Cell c) {
    if (c == null) {
      return 0;
    }
    CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
    return t == CellType.NUMERIC ? c.getNumericCellValue() : 0;
  }
}
