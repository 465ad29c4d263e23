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
 * Base commune des deux récepteurs de l'import ({@link RecepteurTextes}) : la première feuille seule, chaque
 * cellule typée confiée à {@code placer} avec son texte et sa colonne, chaque type rendu à sa façon, et les
 * textes gardés d'une ligne à l'autre égaux à ceux calculés sans mémoire.
 */
class RecepteurTextesTest {

  private static final DataFormatter POI = new DataFormatter(java.util.Locale.FRANCE);

  /** Note ce que la base confie à {@code placer}. */
  private static final class Notes extends RecepteurTextes {
    final List<String> placees = new ArrayList<>();
    /** Texte placé en dernier. */
    String dernier = "";

    Notes(FormatFichier format) {
      super(format);
    }

    @Override
    void placer(int colonne, String texte) {
      placees.add(colonne + "=" + texte);
      dernier = texte;
    }

    @Override
    public void ligne(int numero) {
      placees.add("ligne " + numero);
    }

    @Override
    public void finLigne() {
      placees.add("fin");
    }
  }

  @Test
  void seuleLaPremiereFeuilleEstLueEtAucuneAutreApres() {
    Notes n = new Notes(FormatFichier.XLSX);
    assertThat(n.feuille(0, "Feuil1")).isTrue();
    assertThat(n.feuille(1, "Feuil2")).isFalse();
    assertThat(n.feuille(7, "")).isFalse();
    assertThat(n.finFeuille()).isFalse();
  }

  @Test
  void chaqueCelluleTypeeEstPlaceeAvecSonTexte() {
    Notes n = new Notes(FormatFichier.XLSX);
    n.ligne(2);
    n.texte(0, " Dupont\u00A0");
    n.nombre(1, 75_001, FormatCellule.AUCUN);
    n.date(2, 39_000, FormatCellule.DATE_COURTE);
    n.booleen(3, false);
    n.erreur(4);
    n.erreur(5, "#REF!");
    n.finLigne();
    assertThat(n.placees).containsExactly("ligne 2", "0=Dupont", "1=75001", "2=10/10/2006", "3=FALSE",
        "4=ERROR:", "5=ERROR:#REF!", "fin");
  }

  @Test
  void lesErreursHorsXlsxNePortentQueLeurCode() {
    Notes n = new Notes(FormatFichier.ODS);
    n.erreur(0);
    n.erreur(1, "#N/A");
    assertThat(n.placees).containsExactly("0=", "1=#N/A");
  }

  @Test
  void unBooleenVraiEstTrueEtUnFauxFalse() {
    Notes n = new Notes(FormatFichier.XLSX);
    n.booleen(0, true);
    assertThat(n.dernier).isEqualTo("TRUE");
    n.booleen(0, false);
    assertThat(n.dernier).isEqualTo("FALSE");
  }

  @Test
  void uneErreurPorteLePrefixeDuXlsxSeulement() {
    Notes xlsx = new Notes(FormatFichier.XLSX);
    xlsx.erreur(0, "#N/A");
    assertThat(xlsx.dernier).isEqualTo("ERROR:#N/A");
    Notes xls = new Notes(FormatFichier.XLS);
    xls.erreur(0, "#N/A");
    assertThat(xls.dernier).isEqualTo("#N/A");
    Notes ods = new Notes(FormatFichier.ODS);
    ods.erreur(0, " #DIV/0! ");
    assertThat(ods.dernier).isEqualTo("#DIV/0!");
  }

  @Test
  void lesTextesGardesSontCeuxQueLeCalculRendSansMemoire() {
    Notes t = new Notes(FormatFichier.XLSX);
    FormatCellule date = FormatCellule.DATE_COURTE;
    double[] valeurs = {0, 1, 59000, 99_999, 100_000, 1.5, -3, 1e15, Double.NaN, 39_000, 45_000.25};
    for (int passe = 0; passe < 2; passe++) { // la seconde passe lit les textes gardés
      for (double v : valeurs) {
        t.nombre(0, v, FormatCellule.AUCUN);
        assertThat(t.dernier)
            .as("nombre %s, passe %d", v, passe)
            .isEqualTo(RecepteurTextes.nettoyer(CellulesNumeriques.nombre(v, FormatCellule.AUCUN, POI)));
        t.date(0, v, date);
        assertThat(t.dernier)
            .as("date %s, passe %d", v, passe)
            .isEqualTo(RecepteurTextes.nettoyer(CellulesNumeriques.date(v, date, POI)));
      }
    }
    t.date(0, 39_000, date);
    String premiere = t.dernier;
    t.date(0, 39_000, date);
    assertThat(premiere).isEqualTo("10/10/2006").isSameAs(t.dernier);
    t.nombre(0, 59_000, FormatCellule.AUCUN);
    premiere = t.dernier;
    t.nombre(0, 59_000, FormatCellule.AUCUN);
    assertThat(premiere).isEqualTo("59000").isSameAs(t.dernier);
  }
}
