// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.statistiques;

import java.util.List;

/**
 * Une page de la liste des mandataires d'un tableau de bord de direction. Immuable et thread-safe.
 *
 * @param lignes lignes de la page
 * @param page numéro de page (à partir de 1)
 * @param taillePage taille de page
 * @param total nombre de gestionnaires retenus, toutes pages confondues
 */
public record PageMandatairesDirection(List<LigneMandataireDirection> lignes, int page, int taillePage, int total) {

  /**
   * Copie la liste.
   *
   * @param lignes lignes de la page (copiées)
   * @param page numéro de page
   * @param taillePage taille de page
   * @param total nombre total de lignes
   */
  public PageMandatairesDirection {
    lignes = List.copyOf(lignes);
  }

  /** {@return nombre de pages (0 si aucune ligne)} */
  public int nombrePages() {
    return (total + taillePage - 1) / taillePage;
  }
}
