// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.internal;

import fr.gouv.emjpm.domain.commun.CodeParametre;
import fr.gouv.emjpm.domain.commun.ParametresInvalides;
import fr.gouv.emjpm.domain.commun.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Pagination des listes (mesures, réponses d'enquête, mandataires d'une direction, recherche du juge). Hors API. */
public final class Pages {

  /** Taille de page maximale. */
  public static final int TAILLE_MAX = 1000;

  private Pages() {}

  /**
   * Vérifie un numéro de page (à partir de 1) et une taille de page (entre 1 et 1000).
   *
   * @param page numéro de page
   * @param taillePage taille de page
   * @throws ParametresInvalides codes {@code PAGE_INVALIDE}, {@code TAILLE_PAGE_INVALIDE} (toutes les
   *     violations rassemblées) ; l'hôte obtient un {@code Resultat} par
   *     {@link fr.gouv.emjpm.domain.commun.Parametres#construire}
   */
  public static void verifier(int page, int taillePage) {
    List<Violation> v = new ArrayList<>();
    if (page < 1) {
      v.add(Violation.de(CodeParametre.PAGE_INVALIDE, "page"));
    }
    if (taillePage < 1 || taillePage > TAILLE_MAX) {
      v.add(Violation.de(CodeParametre.TAILLE_PAGE_INVALIDE, "taillePage", Map.of("max", TAILLE_MAX)));
    }
    ParametresInvalides.leverSi(v);
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
