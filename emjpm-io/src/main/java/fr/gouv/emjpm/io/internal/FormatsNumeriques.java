// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import fr.gouv.emjpm.io.fichier.CodeFichier;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.jspecify.annotations.Nullable;

/**
 * Formats de nombre des cellules d'un classeur (xlsx, xls), résolus une fois par style : chaîne bornée
 * avant toute analyse par POI, format de date reconnu. Hors API.
 */
public final class FormatsNumeriques {

  /**
   * Caractères au plus d'une chaîne de format numérique (Excel n'en écrit pas de plus de 255) : le
   * formateur de POI passe des dizaines de secondes sur un format de 800 Ko, sans vérifier d'échéance.
   */
  public static final int FORMAT_MAX = 1_000;

  /** Sections au plus d'un format numérique (positif ; négatif ; zéro ; texte). */
  public static final int SECTIONS_MAX = 4;

  private FormatsNumeriques() {}

  /**
   * Format d'une cellule numérique, la chaîne vérifiée ({@link #verifier}).
   *
   * @param indice indice du format du style
   * @param chaine chaîne du format, nulle si le classeur n'en donne aucune (ni personnalisée ni intégrée)
   * @return format ; {@link FormatCellule#AUCUN} d'indice {@code indice} sans chaîne
   * @throws ArretLecture si la chaîne est démesurée ({@code FICHIER_FORMAT_NUMERIQUE_INVALIDE})
   */
  public static FormatCellule format(int indice, @Nullable String chaine) {
    if (chaine == null) {
      return indice == FormatCellule.AUCUN.indice() ? FormatCellule.AUCUN : new FormatCellule(indice, "", false);
    }
    verifier(chaine);
    return new FormatCellule(indice, chaine, estDate(indice, chaine));
  }

  /**
   * Vérifie une chaîne de format avant toute analyse par POI : au plus {@value #FORMAT_MAX} caractères et
   * {@value #SECTIONS_MAX} sections ; sinon la lecture s'arrête ({@code FICHIER_FORMAT_NUMERIQUE_INVALIDE}).
   *
   * @param chaine chaîne de format
   */
  public static void verifier(String chaine) {
    if (chaine.length() > FORMAT_MAX) {
      throw ArretLecture.de(CodeFichier.FICHIER_FORMAT_NUMERIQUE_INVALIDE, Map.of("max", FORMAT_MAX));
    }
    int sections = 1;
    boolean guillemets = false;
    boolean crochet = false;
    for (int i = 0; i < chaine.length(); i++) {
      char c = chaine.charAt(i);
      if (c == '\\' && !guillemets) {
        i++; // caractère échappé
      } else if (c == '"') {
        guillemets = !guillemets;
      } else if (!guillemets && c == '[') {
        crochet = true;
      } else if (!guillemets && c == ']') {
        crochet = false;
      } else if (!guillemets && !crochet && c == ';' && ++sections > SECTIONS_MAX) {
        throw ArretLecture.de(CodeFichier.FICHIER_FORMAT_NUMERIQUE_INVALIDE, Map.of("max", FORMAT_MAX));
      }
    }
  }

  /**
   * Format de date : intégré (14–22, 45–47) ou personnalisé reconnu par POI.
   *
   * @param indice indice du format
   * @param chaine chaîne du format
   * @return vrai pour un format de date ou d'heure
   */
  public static boolean estDate(int indice, String chaine) {
    if ((indice >= 14 && indice <= 22) || (indice >= 45 && indice <= 47)) {
      return true;
    }
    try {
      return DateUtil.isADateFormat(indice, chaine);
    } catch (RuntimeException e) {
      return false;
    }
  }
}
