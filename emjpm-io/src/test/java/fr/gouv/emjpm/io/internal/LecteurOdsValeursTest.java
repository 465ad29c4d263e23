// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Valeurs des attributs d'un .ods lues comme le JDK les lit : répétitions (bornées à {@link
 * Integer#MAX_VALUE}, 1 si illisibles), nombres ({@link Double#parseDouble} sur les seuls caractères
 * d'un nombre décimal, {@value LecteurOds#VALEUR_MAX} caractères au plus), dates ISO en numéro de série
 * Excel (jours connus d'Excel, heure, fraction de seconde, fuseau ignoré) et durées ({@link
 * Duration#parse}). Chaque borne est prise juste au-dessous et juste au-dessus.
 */
class LecteurOdsValeursTest {

  private static final double EPS = 1e-9;

  @Test
  void repetitionsCommeUnEntierBorne() {
    assertThat(LecteurOds.repetition(null)).isEqualTo(1);
    assertThat(LecteurOds.repetition("")).isEqualTo(1);
    for (String s : List.of("0", "000", "1", "5", "007", "10", "99", "2147483646", "2147483647", "2147483648",
        "99999999999999999999999", "4294967296")) {
      long attendu = new BigInteger(s).max(BigInteger.ONE).min(BigInteger.valueOf(Integer.MAX_VALUE)).longValueExact();
      assertThat(LecteurOds.repetition(s)).as(s).isEqualTo(attendu);
    }
    for (String s : List.of("1a", "a1", "-1", "+2", " 2", "2 ", "/", ":", "1.5")) {
      assertThat(LecteurOds.repetition(s)).as(s).isEqualTo(1);
    }
  }

  @Test
  void nombresCommeLeJdkSurLesSeulsCaracteresDUnDecimal() {
    for (String s : List.of("0", "1", "-1", "+2", "12.5", ".5", "5.", "1e3", "1E-3", "-2.5e+2", "0.1", "9007199254740993",
        "1".repeat(LecteurOds.VALEUR_MAX))) {
      assertThat(LecteurOds.nombre(s)).as(s).isEqualTo(Double.parseDouble(s));
    }
    for (String s : List.of("", "1".repeat(LecteurOds.VALEUR_MAX + 1), "1e400", "-1e400", "NaN", "Infinity", "1d", "1f",
        "0x10", " 1", "1 ", "1,5", "-", ".", "e", "1e", "/", ":", "1..2", "D", "F")) {
      assertThat(LecteurOds.nombre(s)).as(s).isNaN();
    }
    assertThat(LecteurOds.nombre(null)).isNaN();
  }

  /** Numéro de série Excel d'une date (système 1900, 29 février 1900 fictif compris). */
  private static double serieExcel(LocalDateTime t) {
    long jours = ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 31), t.toLocalDate());
    if (t.toLocalDate().isAfter(LocalDate.of(1900, 2, 28))) {
      jours++;
    }
    return jours + t.toLocalTime().toNanoOfDay() / 86_400e9;
  }

  @Test
  void datesEnNumeroDeSerieExcel() {
    // jours connus d'Excel : 1 = 1900-01-01, 59 = 1900-02-28, 61 = 1900-03-01, 45000 = 2023-03-15
    assertThat(LecteurOds.serieDate("1900-01-01")).isEqualTo(1);
    assertThat(LecteurOds.serieDate("1900-02-28")).isEqualTo(59);
    assertThat(LecteurOds.serieDate("1900-03-01")).isEqualTo(61);
    assertThat(LecteurOds.serieDate("2023-03-15")).isEqualTo(45000);
    assertThat(LecteurOds.serieDate("1899-12-30")).isEqualTo(-1);
    for (String s : List.of("2023-03-15T12:00:00", "2023-03-15T00:00:01", "2023-03-15T23:59:59", "1999-12-31T06:30:15",
        "2023-03-15T12:34:56.5", "2023-03-15T12:34:56.125", "2023-03-15T12:34:56.000001", "1900-02-28T18:00:00")) {
      assertThat(LecteurOds.serieDate(s)).as(s).isCloseTo(serieExcel(LocalDateTime.parse(s)), within(EPS));
    }
    // fuseau ignoré, fin de journée et seconde intercalaire admises comme chez LibreOffice
    assertThat(LecteurOds.serieDate("2023-03-15T12:00:00Z")).isEqualTo(45000.5);
    assertThat(LecteurOds.serieDate("2023-03-15T12:00:00+01:00")).isEqualTo(45000.5);
    assertThat(LecteurOds.serieDate("2023-03-15T12:00:00-11:30")).isEqualTo(45000.5);
    assertThat(LecteurOds.serieDate("2023-03-15T12:00:00.5Z")).isCloseTo(45000.5 + 0.5 / 86_400, within(EPS));
    assertThat(LecteurOds.serieDate("2023-03-15T24:00:00")).isEqualTo(45001);
    assertThat(LecteurOds.serieDate("2023-03-15T00:59:60")).isCloseTo(45000 + 3600 / 86_400d, within(EPS));
    String longue = "2023-03-15T12:00:00." + "0".repeat(LecteurOds.VALEUR_MAX - 20);
    assertThat(longue).hasSize(LecteurOds.VALEUR_MAX);
    assertThat(LecteurOds.serieDate(longue)).isEqualTo(45000.5);
    assertThat(LecteurOds.serieDate(longue + "0")).isNaN();
  }

  @Test
  void datesIllisibles() {
    assertThat(LecteurOds.serieDate(null)).isNaN();
    for (String s : List.of("", "2023-03-1", "2023/03/15", "2023-03/15", "2023.03-15", "202a-03-15", "2023-0a-15",
        "2023-03-1a", "2023-13-01", "2023-02-29", "2023-00-10", "2023-03-15T", "2023-03-15T12:00", "2023-03-15T12:00:0",
        "2023-03-15 12:00:00", "2023-03-15T12-00:00", "2023-03-15T12:00-00", "2023-03-15T25:00:00",
        "2023-03-15T12:60:00", "2023-03-15T12:00:61", "2023-03-15T1a:00:00", "2023-03-15T12:0a:00",
        "2023-03-15T12:00:0a", "2023-03-15T12:00:00X", "2023-03-15T12:00:00+01", "2023-03-15T12:00:00+01:0",
        "2023-03-15T12:00:00*01:00", "2023-03-15T12:00:00+0a:00", "2023-03-15T12:00:00+01-00",
        "2023-03-15T12:00:00+01:0a", "2023-03-15T12:00:00ZZ", "2023-03-15T12:00:00.5x", "-023-03-15")) {
      assertThat(LecteurOds.serieDate(s)).as(s).isNaN();
    }
  }

  @Test
  void dureesCommeDurationParse() {
    for (String s : List.of("PT12H", "-PT6H", "P1DT2H", "PT10H30M00S", "PT0.5S", "PT-1M", "PT1H0.000000001S",
        "PT" + "0".repeat(LecteurOds.VALEUR_MAX - 3) + "S")) {
      Duration d = Duration.parse(s);
      assertThat(LecteurOds.fractionDeJour(s)).as(s)
          .isCloseTo((d.getSeconds() + d.getNano() / 1e9) / 86_400, within(1e-15));
    }
    assertThat(LecteurOds.fractionDeJour("PT12H")).isEqualTo(0.5);
    assertThat(LecteurOds.fractionDeJour("PT0.5S")).isEqualTo(0.5 / 86_400);
    assertThat(LecteurOds.fractionDeJour(null)).isNaN();
    assertThat(LecteurOds.fractionDeJour("")).isNaN();
    assertThat(LecteurOds.fractionDeJour("12:00")).isNaN();
    assertThat(LecteurOds.fractionDeJour("PT" + "0".repeat(LecteurOds.VALEUR_MAX - 2) + "S")).isNaN();
    assertThat(LecteurOds.fractionDeJour("PT9999999999999999999H")).isNaN();
  }
}
