// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.io.internal.FormatCellule;
import fr.gouv.emjpm.io.internal.FormatFichier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Base commune des deux récepteurs de l'import ({@link RecepteurTextes}) : la première feuille seule, et
 * chaque cellule typée confiée à {@code placer} avec son texte et sa colonne.
 */
class RecepteurTextesTest {

  /** Note ce que la base confie à {@code placer}. */
  private static final class Notes extends RecepteurTextes {
    final List<String> placees = new ArrayList<>();

    Notes(FormatFichier format) {
      super(format);
    }

    @Override
    void placer(int colonne, String texte) {
      placees.add(colonne + "=" + texte);
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
}
