// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.io.internal.FormatCellule;
import fr.gouv.emjpm.io.internal.FormatFichier;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.junit.jupiter.api.Test;

/**
 * Texte de chaque cellule typée ({@link LecteurTableau.Textes}, calculé dans le fil de lecture d'un import en
 * deux fils) : chaque type rendu à sa place, les textes gardés d'une ligne à l'autre égaux à ceux calculés
 * sans mémoire, et le récepteur {@link LecteurTableau} qui place ces textes dans la ligne.
 */
class LecteurTableauTextesTest {

  private static final DataFormatter POI = new DataFormatter(java.util.Locale.FRANCE);

  @Test
  void unBooleenVraiEstTrueEtUnFauxFalse() {
    assertThat(LecteurTableau.Textes.booleen(true)).isEqualTo("TRUE");
    assertThat(LecteurTableau.Textes.booleen(false)).isEqualTo("FALSE");
  }

  @Test
  void uneErreurPorteLePrefixeDuXlsxSeulement() {
    assertThat(new LecteurTableau.Textes(FormatFichier.XLSX).erreur("#N/A")).isEqualTo("ERROR:#N/A");
    assertThat(new LecteurTableau.Textes(FormatFichier.XLS).erreur("#N/A")).isEqualTo("#N/A");
    assertThat(new LecteurTableau.Textes(FormatFichier.ODS).erreur(" #DIV/0! ")).isEqualTo("#DIV/0!");
  }

  @Test
  void lesTextesGardesSontCeuxQueLeCalculRendSansMemoire() {
    LecteurTableau.Textes t = new LecteurTableau.Textes(FormatFichier.XLSX);
    FormatCellule date = FormatCellule.DATE_COURTE;
    double[] valeurs = {0, 1, 59000, 99_999, 100_000, 1.5, -3, 1e15, Double.NaN, 39_000, 45_000.25};
    for (int passe = 0; passe < 2; passe++) { // la seconde passe lit les textes gardés
      for (double v : valeurs) {
        assertThat(t.nombre(v, FormatCellule.AUCUN))
            .as("nombre %s, passe %d", v, passe)
            .isEqualTo(LecteurTableau.nettoyer(CellulesNumeriques.nombre(v, FormatCellule.AUCUN, POI)));
        assertThat(t.date(v, date))
            .as("date %s, passe %d", v, passe)
            .isEqualTo(LecteurTableau.nettoyer(CellulesNumeriques.date(v, date, POI)));
      }
    }
    assertThat(t.date(39_000, date)).isEqualTo("10/10/2006").isSameAs(t.date(39_000, date));
    assertThat(t.nombre(59_000, FormatCellule.AUCUN)).isEqualTo("59000").isSameAs(t.nombre(59_000, FormatCellule.AUCUN));
  }

  @Test
  void leRecepteurPlaceChaqueTexteDansSaColonne() {
    List<String> lignes = new ArrayList<>();
    LecteurTableau r = LecteurTableau.pourEssai((n, v) -> lignes.add(n + ":" + v));
    r.ligne(1);
    r.texte(0, "\u00A0en-tête\u200B ");
    r.finLigne();
    r.ligne(3);
    r.booleen(0, true);
    r.booleen(1, false);
    r.erreur(2, "#N/A");
    r.nombre(3, 59_000, FormatCellule.AUCUN);
    r.date(5, 39_000, FormatCellule.DATE_COURTE);
    r.finLigne();
    r.ligne(4);
    r.placer(1, "déjà calculé");
    r.finLigne();
    assertThat(lignes).containsExactly("1:[en-tête]", "3:[TRUE, FALSE, ERROR:#N/A, 59000, , 10/10/2006]",
        "4:[, déjà calculé]");
  }
}
