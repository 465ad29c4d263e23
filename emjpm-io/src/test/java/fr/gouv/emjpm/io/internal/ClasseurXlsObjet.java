// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import fr.gouv.emjpm.io.fichier.CodeFichier;
import java.io.File;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Oracle des tests (l'ancien lecteur .xls, hors code de production) : classeur .xls lu par POI HSSF après le pré-vol BIFF ({@link PreVolClasseur#verifierBiff}) et rendu au
 * récepteur en cellules typées : valeur en cache des formules, format de nombre résolu une fois par style,
 * dates du système 1904 ramenées au système 1900. Les cellules vides ne sont pas rendues. Hors API.
 */
final class ClasseurXlsObjet {
  /** Jours entre les origines des systèmes de dates 1900 et 1904. */
  private static final int DECALAGE_1904 = 1462;

  private ClasseurXlsObjet() {}

  static void lire(File fichier, LimitesLecture limites, RecepteurBorne recepteur) throws IOException {
    lire(fichier, limites, recepteur, true);
  }

  /** Lecture par HSSF, avec ou sans le pré-vol du modèle objet (sans : pour comparer de grands classeurs). */
  static void lire(File fichier, LimitesLecture limites, RecepteurBorne recepteur, boolean preVol)
      throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(fichier, true)) {
      DirectoryNode racine = fs.getRoot();
      if (racine.hasEntryCaseInsensitive("EncryptedPackage") || racine.hasEntryCaseInsensitive("EncryptionInfo")) {
        throw ArretLecture.de(CodeFichier.FICHIER_CHIFFRE, Map.of());
      }
      Optional<PreVolClasseur.Anomalie> prevol =
          preVol ? PreVolClasseur.verifierBiff(racine) : Optional.empty();
      if (prevol.isPresent()) {
        throw switch (prevol.get()) {
          case TROP_D_ENREGISTREMENTS ->
              ArretLecture.de(CodeFichier.FICHIER_TROP_DE_LIGNES, Map.of("max", limites.lignesMax()));
          case TROP_DE_CHAINES ->
              ArretLecture.de(CodeFichier.FICHIER_TROP_DE_CHAINES, Map.of("max", PreVolClasseur.BIFF_CHAINES_MAX));
          case TROP_DE_CELLULES ->
              ArretLecture.de(CodeFichier.FICHIER_TROP_DE_CELLULES, Map.of("max", PreVolClasseur.BIFF_CELLULES_MAX));
          case CHIFFRE -> ArretLecture.de(CodeFichier.FICHIER_CHIFFRE, Map.of());
          default -> ArretLecture.de(CodeFichier.FICHIER_ILLISIBLE, Map.of());
        };
      }
      try (HSSFWorkbook classeur = new HSSFWorkbook(racine, true)) {
        if (classeur.getNumberOfSheets() > limites.feuillesMax()) {
          throw ArretLecture.de(CodeFichier.FICHIER_ZIP_STRUCTURE, Map.of());
        }
        boolean date1904 = classeur.getInternalWorkbook().isUsing1904DateWindowing();
        Map<Short, FormatCellule> formats = new HashMap<>();
        for (int i = 0; i < classeur.getNumberOfSheets(); i++) {
          if (recepteur.feuille(i, classeur.getSheetName(i))) {
            lireFeuille(classeur.getSheetAt(i), date1904, formats, recepteur);
            if (!recepteur.finFeuille()) {
              return;
            }
          }
        }
      }
    } catch (OldExcelFormatException e) {
      throw ArretLecture.de(CodeFichier.FICHIER_FORMAT_ANCIEN, Map.of());
    } catch (EncryptedDocumentException e) {
      throw ArretLecture.de(CodeFichier.FICHIER_CHIFFRE, Map.of());
    }
  }

  private static void lireFeuille(Sheet feuille, boolean date1904, Map<Short, FormatCellule> formats,
      RecepteurBorne recepteur) {
    for (Row ligne : feuille) {
      recepteur.ligne(ligne.getRowNum() + 1);
      for (Cell cellule : ligne) {
        cellule(cellule, date1904, formats, recepteur);
      }
      recepteur.finLigne();
    }
  }

  private static void cellule(Cell cellule, boolean date1904, Map<Short, FormatCellule> formats,
      RecepteurBorne recepteur) {
    int col = cellule.getColumnIndex();
    CellType type = cellule.getCellType();
    if (type == CellType.FORMULA) {
      type = cellule.getCachedFormulaResultType();
    }
    switch (type) {
      case NUMERIC -> {
        CellStyle style = cellule.getCellStyle();
        FormatCellule f = formats.computeIfAbsent(style.getIndex(),
            k -> FormatsNumeriques.format(style.getDataFormat(), style.getDataFormatString()));
        double v = cellule.getNumericCellValue();
        if (f.date()) {
          recepteur.date(col, date1904 ? v + DECALAGE_1904 : v, f);
        } else {
          recepteur.nombre(col, v, f);
        }
      }
      case STRING -> recepteur.texte(col, cellule.getStringCellValue());
      case BOOLEAN -> recepteur.booleen(col, cellule.getBooleanCellValue());
      case ERROR -> recepteur.erreur(col, erreur(cellule.getErrorCellValue()));
      default -> recepteur.colonne(col); // cellule vide : pas rendue
    }
  }

  private static String erreur(byte code) {
    try {
      return FormulaError.forInt(code).getString();
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
