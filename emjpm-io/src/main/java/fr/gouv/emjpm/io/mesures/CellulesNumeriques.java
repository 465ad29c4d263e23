// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import fr.gouv.emjpm.io.internal.ArretLecture;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.jspecify.annotations.Nullable;

/**
 * Texte d'une cellule numérique telle qu'un tableur la stocke, pour l'import des mesures : une cellule
 * au format de date (formats intégrés 14–22 et 45–47, formats personnalisés) est rendue {@code
 * jj/mm/aaaa} selon le système de dates du classeur (1900 ou 1904) ; un nombre entier est rendu par ses
 * chiffres exacts, quel que soit son format ({@code 17590111500709}, jamais {@code 1,75901E+13} ;
 * {@code 1948}, jamais {@code 1948,0} ni {@code 1 948}) ; un nombre décimal garde le rendu de son format.
 */
final class CellulesNumeriques {

  /** Au-delà, un « entier » n'est plus un identifiant saisi (SIRET : 14 chiffres) : rendu par son format. */
  private static final BigDecimal ENTIER_MAX = new BigDecimal("1E18");

  private static final DateTimeFormatter JJ_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT);

  /**
   * Caractères au plus d'une chaîne de format numérique (Excel n'en écrit pas de plus de 255) : le
   * formateur de POI passe des dizaines de secondes sur un format de 800 Ko, sans vérifier d'échéance.
   */
  static final int FORMAT_MAX = 1_000;

  /** Sections au plus d'un format numérique (positif ; négatif ; zéro ; texte). */
  static final int SECTIONS_MAX = 4;

  private CellulesNumeriques() {}

  /**
   * Vérifie une chaîne de format avant toute analyse par POI : au plus {@value #FORMAT_MAX} caractères et
   * {@value #SECTIONS_MAX} sections ; sinon la lecture s'arrête ({@code IMPORT_FORMAT_NUMERIQUE_INVALIDE}).
   *
   * @param chaine chaîne de format, nulle si inconnue
   */
  static void verifierFormat(@Nullable String chaine) {
    if (chaine == null) {
      return;
    }
    if (chaine.length() > FORMAT_MAX) {
      throw ArretLecture.de(CodeImport.IMPORT_FORMAT_NUMERIQUE_INVALIDE, Map.of("max", FORMAT_MAX));
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
        throw ArretLecture.de(CodeImport.IMPORT_FORMAT_NUMERIQUE_INVALIDE, Map.of("max", FORMAT_MAX));
      }
    }
  }

  /**
   * Texte d'une valeur numérique brute ({@code <v>} d'un xlsx).
   *
   * @param brut valeur stockée, telle qu'écrite dans le fichier
   * @param indice indice du format numérique du style
   * @param chaine chaîne du format numérique, nulle si inconnue
   * @param date1904 système de dates 1904 du classeur
   * @param repli formateur des nombres décimaux
   * @return texte de la cellule ; la valeur brute si elle n'est pas un nombre
   */
  static String texte(String brut, int indice, @Nullable String chaine, boolean date1904, DataFormatter repli) {
    verifierFormat(chaine);
    if (chiffresSeuls(brut) && (chaine == null || !estDate(indice, chaine))) {
      return brut; // entier écrit en chiffres (cas courant) : rendu tel quel, sans analyse
    }
    BigDecimal nombre;
    try {
      nombre = new BigDecimal(brut.trim());
    } catch (NumberFormatException e) {
      return brut; // formule à résultat texte, ou nombre illisible : valeur brute
    }
    return texte(nombre, indice, chaine, date1904, repli);
  }

  /**
   * Texte d'une valeur numérique lue par POI (xls).
   *
   * @param valeur valeur de la cellule
   * @param indice indice du format numérique du style
   * @param chaine chaîne du format numérique, nulle si inconnue
   * @param date1904 système de dates 1904 du classeur
   * @param repli formateur des nombres décimaux
   * @return texte de la cellule
   */
  static String texte(double valeur, int indice, @Nullable String chaine, boolean date1904, DataFormatter repli) {
    verifierFormat(chaine);
    if (Double.isNaN(valeur) || Double.isInfinite(valeur)) {
      return "";
    }
    return texte(new BigDecimal(Double.toString(valeur)), indice, chaine, date1904, repli);
  }

  private static String texte(BigDecimal nombre, int indice, @Nullable String chaine, boolean date1904,
      DataFormatter repli) {
    if (chaine != null && estDate(indice, chaine)) {
      double d = nombre.doubleValue();
      // une heure seule (partie entière 0 dans le système 1900) n'est pas une date
      if (DateUtil.isValidExcelDate(d) && (date1904 || d >= 1)) {
        LocalDateTime t = DateUtil.getLocalDateTime(d, date1904, true);
        if (t != null) {
          return t.toLocalDate().format(JJ_MM_AAAA);
        }
      }
    }
    if (nombre.abs().compareTo(ENTIER_MAX) < 0) {
      BigDecimal n = nombre.stripTrailingZeros();
      if (n.scale() <= 0) {
        return n.toPlainString();
      }
    }
    if (chaine == null) {
      return nombre.toString();
    }
    try {
      return repli.formatRawCellContents(nombre.doubleValue(), indice, chaine);
    } catch (RuntimeException e) {
      return nombre.toString();
    }
  }

  /** Vrai pour 1 à 18 chiffres ASCII sans zéro initial superflu (la forme qu'écrit un tableur). */
  private static boolean chiffresSeuls(String brut) {
    int n = brut.length();
    if (n == 0 || n > 18 || (n > 1 && brut.charAt(0) == '0')) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = brut.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Format de date : intégré (14–22, 45–47) ou personnalisé reconnu par POI. */
  static boolean estDate(int indice, String chaine) {
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
