// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.recherche;

import java.util.List;

/**
 * Une page de la liste du juge. Immuable et thread-safe.
 *
 * @param lignes lignes de la page
 * @param page numéro de page (à partir de 1)
 * @param taillePage taille de page
 * @param total nombre total de lignes toutes pages confondues
 */
public record PageRecherche(List<LigneRecherche> lignes, int page, int taillePage, int total) {

  /**
   * Copie la liste.
   *
   * @param lignes lignes de la page (copiées)
   * @param page numéro de page, à partir de 1
   * @param taillePage taille de page, strictement positive
   * @param total nombre total de lignes, toutes pages confondues
   */
  public PageRecherche {
    lignes = List.copyOf(lignes);
  }

  /** {@return nombre de pages (0 si aucune ligne)} */
  public int nombrePages() {
    return (total + taillePage - 1) / taillePage;
  }
}
