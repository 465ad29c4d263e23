// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.listes;

import java.util.List;

/**
 * Une page d'une liste de mesures. Immuable et thread-safe.
 *
 * @param lignes lignes de la page, dans l'ordre de la liste
 * @param page numéro de page (à partir de 1)
 * @param taillePage taille de page
 * @param total nombre de lignes retenues, toutes pages confondues
 */
public record PageMesures(List<LigneMesure> lignes, int page, int taillePage, int total) {

  /** Taille de page de l'original (20 mesures par page). */
  public static final int TAILLE_PAR_DEFAUT = 20;

  /**
   * Copie la liste.
   *
   * @param lignes lignes de la page (copiées)
   * @param page numéro de page, à partir de 1
   * @param taillePage taille de page, strictement positive
   * @param total nombre total de lignes
   */
  public PageMesures {
    lignes = List.copyOf(lignes);
  }

  /** {@return nombre de pages (0 si aucune ligne)} */
  public int nombrePages() {
    return (total + taillePage - 1) / taillePage;
  }

  /**
   * Découpe une liste complète.
   *
   * @param toutes toutes les lignes, dans l'ordre
   * @param page numéro de page, à partir de 1
   * @param taille taille de page
   * @return la page demandée, vide au-delà de la dernière
   */
  static PageMesures decouper(List<LigneMesure> toutes, int page, int taille) {
    long debut = (long) (page - 1) * taille;
    List<LigneMesure> lignes =
        debut >= toutes.size()
            ? List.of()
            : toutes.subList((int) debut, (int) Math.min(toutes.size(), debut + taille));
    return new PageMesures(lignes, page, taille, toutes.size());
  }
}
