// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.proximite;

import fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire;
import java.util.Collection;

/**
 * Index de proximité des positions d'un ensemble de gestionnaires candidats, construit une fois et
 * interrogé autant de fois que voulu, y compris en concurrence. Les gestionnaires sans position ne
 * sont pas indexés. Immuable et thread-safe.
 */
public final class IndexGestionnaires {

  private final IndexProximite<FicheGestionnaire> index;

  private IndexGestionnaires(IndexProximite<FicheGestionnaire> index) {
    this.index = index;
  }

  /**
   * Construit l'index (arbre STRtree) sur les positions des fiches.
   *
   * @param fiches fiches des gestionnaires candidats ; celles sans position ne sont pas indexées
   * @return l'index construit
   */
  public static IndexGestionnaires construire(Collection<FicheGestionnaire> fiches) {
    return new IndexGestionnaires(IndexProximite.construire(fiches, FicheGestionnaire::position));
  }

  /** {@return nombre de gestionnaires indexés (ceux qui ont une position)} */
  public int taille() {
    return index.taille();
  }

  IndexProximite<FicheGestionnaire> index() {
    return index;
  }
}
