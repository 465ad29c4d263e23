// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import fr.gouv.emjpm.io.internal.FormatCellule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Texte d'une cellule numérique telle qu'un tableur la stocke, pour l'import des mesures : une cellule
 * au format de date est rendue {@code jj/mm/aaaa} ; un nombre entier est rendu par ses chiffres exacts,
 * quel que soit son format ({@code 17590111500709}, jamais {@code 1,75901E+13} ; {@code 1948}, jamais
 * {@code 1948,0} ni {@code 1 948}) ; un nombre décimal garde le rendu de son format. Les entiers et les
 * dates, presque toutes les cellules numériques d'une liste de mesures, sont rendus sans le formateur de
 * POI.
 */
final class CellulesNumeriques {

  /** Au-delà, un « entier » n'est plus un identifiant saisi (SIRET : 14 chiffres) : rendu par son format. */
  private static final BigDecimal ENTIER_MAX = new BigDecimal("1E18");

  /** Entiers rendus directement (représentés exactement par un double). */
  private static final double ENTIER_DIRECT = 1e15;

  /** Jours entre le 30/12/1899 (série 0 du système 1900) et le 01/01/1970. */
  private static final long SERIE_EPOQUE = 25_569;

  /** Première série sans le 29/02/1900 fictif d'Excel avant elle. */
  private static final double SERIE_SURE = 61;

  /** Série du 31/12/9999, dernière date d'Excel. */
  private static final double SERIE_MAX = 2_958_465;

  private CellulesNumeriques() {}

  /**
   * Texte d'une cellule numérique qui n'est pas une date.
   *
   * @param valeur valeur stockée
   * @param format format de la cellule ({@link FormatCellule#AUCUN} : aucun)
   * @param repli formateur des nombres décimaux
   * @return texte de la cellule ; vide pour une valeur non finie
   */
  static String nombre(double valeur, FormatCellule format, DataFormatter repli) {
    if (Double.isNaN(valeur) || Double.isInfinite(valeur)) {
      return "";
    }
    if (valeur == Math.rint(valeur) && Math.abs(valeur) < ENTIER_DIRECT) {
      return Long.toString((long) valeur); // entier (cas courant) : chiffres exacts, sans analyse
    }
    BigDecimal nombre = new BigDecimal(Double.toString(valeur));
    if (nombre.abs().compareTo(ENTIER_MAX) < 0) {
      BigDecimal n = nombre.stripTrailingZeros();
      if (n.scale() <= 0) {
        return n.toPlainString();
      }
    }
    if (format.chaine().isEmpty()) {
      return nombre.toString();
    }
    try {
      return repli.formatRawCellContents(valeur, format.indice(), format.chaine());
    } catch (RuntimeException e) {
      return nombre.toString();
    }
  }

  /**
   * Texte d'une cellule au format de date : {@code jj/mm/aaaa} ; une série qui n'est pas une date (heure
   * seule, négative) est rendue comme un nombre.
   *
   * @param serie numéro de série dans le système 1900
   * @param format format de la cellule
   * @param repli formateur des nombres décimaux
   * @return texte de la cellule
   */
  static String date(double serie, FormatCellule format, DataFormatter repli) {
    if (serie >= SERIE_SURE && serie <= SERIE_MAX && serie == Math.rint(serie)) {
      return jjmmaaaa(LocalDate.ofEpochDay((long) serie - SERIE_EPOQUE)); // date sans heure : calcul direct
    }
    // une heure seule (partie entière 0) n'est pas une date
    if (DateUtil.isValidExcelDate(serie) && serie >= 1) {
      LocalDateTime t = DateUtil.getLocalDateTime(serie, false, true);
      if (t != null) {
        return jjmmaaaa(t.toLocalDate());
      }
    }
    return nombre(serie, format, repli);
  }

  private static String jjmmaaaa(LocalDate d) {
    int j = d.getDayOfMonth();
    int m = d.getMonthValue();
    int a = d.getYear();
    char[] c = {
      (char) ('0' + j / 10), (char) ('0' + j % 10), '/', (char) ('0' + m / 10), (char) ('0' + m % 10), '/',
      (char) ('0' + a / 1000), (char) ('0' + a / 100 % 10), (char) ('0' + a / 10 % 10), (char) ('0' + a % 10)
    };
    return new String(c);
  }
}
