// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.internal;

import java.util.List;

/** Pagination des listes des tableaux de bord (réponses d'enquête, mandataires d'une direction). Hors API. */
public final class Pages {

  private Pages() {}

  /**
   * Vérifie un numéro de page (à partir de 1) et une taille de page (entre 1 et 1000).
   *
   * @param page numéro de page
   * @param taillePage taille de page
   * @throws IllegalArgumentException si la page ou sa taille est hors bornes
   */
  public static void verifier(int page, int taillePage) {
    if (page < 1 || taillePage < 1 || taillePage > 1000) {
      throw new IllegalArgumentException("page ou taille de page hors bornes");
    }
  }

  /**
   * Lignes de la page demandée, vide au-delà de la dernière.
   *
   * @param <T> type des lignes
   * @param toutes toutes les lignes, dans l'ordre
   * @param page numéro de page, déjà vérifié
   * @param taillePage taille de page, déjà vérifiée
   * @return les lignes de la page, vue de {@code toutes}
   */
  public static <T> List<T> tranche(List<T> toutes, int page, int taillePage) {
    long debut = (long) (page - 1) * taillePage;
    return debut >= toutes.size()
        ? List.of()
        : toutes.subList((int) debut, (int) Math.min(toutes.size(), debut + taillePage));
  }
}
