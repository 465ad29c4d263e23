// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.enquete;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Un classeur en lecture, feuilles dans l'ordre du classeur : soit un modèle objet de POI (le classeur
 * modèle embarqué, à l'export et pour le gabarit), soit les cellules utiles d'un classeur déposé, lu par
 * le lecteur durci du module ({@link ClasseurRecu}).
 */
interface ClasseurLu {
  /** Nombre de feuilles. */
  int nombreFeuilles();

  /** Nom de la feuille d'indice {@code i}. */
  default String nomFeuille(int i) {
    return feuille(i).nom();
  }

  /** Feuille d'indice {@code i}. */
  FeuilleLue feuille(int i);

  /** Vue en lecture d'un classeur POI. */
  static ClasseurLu de(Workbook classeur) {
    return new ClasseurLu() {
      @Override
      public int nombreFeuilles() {
        return classeur.getNumberOfSheets();
      }

      @Override
      public FeuilleLue feuille(int i) {
        Sheet s = classeur.getSheetAt(i);
        return new FeuilleLue() {
          @Override
          public String nom() {
            return s.getSheetName();
          }

          @Override
          public Brut brut(int ligne, int colonne) {
            Row row = s.getRow(ligne);
            return contenu(row == null ? null : row.getCell(colonne));
          }
        };
      }
    };
  }

  private static Brut contenu(@org.jspecify.annotations.Nullable Cell c) {
    if (c == null) {
      return new Brut.Vide();
    }
    CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
    return switch (t) {
      case NUMERIC -> new Brut.Nombre(c.getNumericCellValue());
      case STRING -> Brut.texte(c.getStringCellValue());
      case BOOLEAN -> new Brut.Texte(c.getBooleanCellValue() ? "TRUE" : "FALSE");
      case BLANK -> new Brut.Vide();
      default -> new Brut.Erreur();
    };
  }
}
