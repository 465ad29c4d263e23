// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.gouv.emjpm.io.internal.FormatCellule;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.junit.jupiter.api.Test;

/**
 * Chemins rapides de l'import (issue 18, performance) : chacun rend exactement ce que rendait le
 * chemin qu'il remplace.
 */
class CheminsRapidesProperties {

  private static final String ALPHABET = "0123456789 -+.,e\u0660\u06F1a";

  @Test
  void entier_ascii_comme_l_expression_reguliere() {
    qt().withExamples(20_000)
        .forAll(lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 12))
        .checkAssert(indices -> {
          StringBuilder b = new StringBuilder();
          indices.forEach(i -> b.append(ALPHABET.charAt(i)));
          String t = b.toString();
          assertThat(ColonnesMesures.entierAscii(t)).as("« %s »", t)
              .isEqualTo(ColonnesMesures.ENTIER_ASCII.matcher(t).matches());
        });
  }

  private static final String ALPHABET_TEXTE = "aZ9 \t\n\u00A0\u2007\u202F\u200B\u200C\u200D\u2060\uFEFF\u0085\u009F\u00E9\u2003\u3000\u00FF";

  @Test
  void nettoyer_comme_la_boucle_complete() {
    qt().withExamples(20_000)
        .forAll(lists().of(integers().between(0, ALPHABET_TEXTE.length() - 1)).ofSizeBetween(0, 10))
        .checkAssert(indices -> {
          StringBuilder b = new StringBuilder();
          indices.forEach(i -> b.append(ALPHABET_TEXTE.charAt(i)));
          String t = b.toString();
          assertThat(RecepteurTextes.nettoyer(t)).as("%s", indices).isEqualTo(nettoyerReference(t));
        });
  }

  /** La boucle d'avant le chemin rapide (chaque caractère examiné). */
  private static String nettoyerReference(String valeur) {
    StringBuilder b = null;
    for (int i = 0; i < valeur.length(); i++) {
      char c = valeur.charAt(i);
      boolean insecable = c == '\u00A0' || c == '\u2007' || c == '\u202F';
      boolean nulle = (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF';
      if (insecable || nulle) {
        if (b == null) {
          b = new StringBuilder(valeur.length());
          b.append(valeur, 0, i);
        }
        if (insecable) {
          b.append(' ');
        }
      } else if (b != null) {
        b.append(c);
      }
    }
    return (b == null ? valeur : b.toString()).strip();
  }

  @Test
  void dates_et_entiers_gardes_par_la_lecture_comme_cellules_numeriques() {
    DataFormatter f = new DataFormatter(Locale.FRANCE);
    // séries entières de 1 à 99 999 (dates, y compris les 60 premières d'Excel) et entiers courts, deux
    // fois chacun : le second passage lit le texte gardé
    qt().withExamples(5_000)
        .forAll(integers().between(0, 99_999), integers().between(0, 2))
        .checkAssert((n, variante) -> {
          FormatCellule format = variante == 0 ? FormatCellule.DATE_COURTE
              : variante == 1 ? FormatCellule.GENERAL : FormatCellule.AUCUN;
          String[] recus = new String[4];
          LecteurTableau l = LecteurTableau.pourEssai((numero, valeurs) -> {
            recus[0] = valeurs.get(0);
            recus[1] = valeurs.get(1);
          });
          for (int tour = 0; tour < 2; tour++) {
            l.ligne(1);
            l.date(0, n, format);
            l.nombre(1, n, format);
            l.finLigne();
            assertThat(recus[0]).isEqualTo(RecepteurTextes.nettoyer(CellulesNumeriques.date(n, format, f)));
            assertThat(recus[1]).isEqualTo(RecepteurTextes.nettoyer(CellulesNumeriques.nombre(n, format, f)));
          }
        });
  }

  @Test
  void serie_zero_et_valeurs_hors_table() {
    DataFormatter f = new DataFormatter(Locale.FRANCE);
    List<Double> valeurs = List.of(0.0, -0.0, 0.5, 1.5, 99_999.0, 100_000.0, 2_958_465.0, -1.0, 1e15);
    for (double v : valeurs) {
      String[] recus = new String[2];
      LecteurTableau l = LecteurTableau.pourEssai((numero, vs) -> {
        recus[0] = vs.get(0);
        recus[1] = vs.get(1);
      });
      l.ligne(1);
      l.date(0, v, FormatCellule.DATE_COURTE);
      l.nombre(1, v, FormatCellule.GENERAL);
      l.finLigne();
      assertThat(recus[0]).as("date %s", v)
          .isEqualTo(RecepteurTextes.nettoyer(CellulesNumeriques.date(v, FormatCellule.DATE_COURTE, f)));
      assertThat(recus[1]).as("nombre %s", v)
          .isEqualTo(RecepteurTextes.nettoyer(CellulesNumeriques.nombre(v, FormatCellule.GENERAL, f)));
    }
  }
}
