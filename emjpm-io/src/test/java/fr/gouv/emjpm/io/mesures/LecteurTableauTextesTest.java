// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.io.internal.FormatCellule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Le récepteur {@link LecteurTableau} place le texte de chaque cellule typée dans sa colonne de la ligne,
 * qu'il le calcule lui-même ou le reçoive déjà calculé du fil de lecture ({@code placer}) ; les textes
 * eux-mêmes sont vérifiés dans {@link RecepteurTextesTest}.
 */
class LecteurTableauTextesTest {

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
