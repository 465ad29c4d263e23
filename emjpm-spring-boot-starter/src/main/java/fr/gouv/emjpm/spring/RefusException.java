// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.spring;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import java.util.List;

/**
 * Refus métier levé par un contrôleur de l'hôte et rendu en problem detail (RFC 9457) par
 * {@link EmjpmProblemesHandler} : les violations (codes stables, chemins, messages français) sont les
 * données du refus. Le message de l'exception ne porte que des codes, jamais de donnée saisie.
 */
public final class RefusException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Statut HTTP d'un refus métier : 422 (contenu non traitable). */
  public static final int STATUT_REFUS = 422;

  /** Statut HTTP d'un paramètre de requête mal formé : 400. */
  public static final int STATUT_PARAMETRE = 400;

  private final transient List<Violation> violations;
  /** Statut HTTP de la réponse. */
  private final int statut;

  /**
   * Refus de ces violations, avec le statut HTTP donné.
   *
   * @param violations violations du refus, au moins une
   * @param statut statut HTTP (422 pour un refus métier, 400 pour un paramètre mal formé)
   * @throws IllegalArgumentException si la liste est vide
   */
  public RefusException(List<Violation> violations, int statut) {
    super("Refus emjpm : " + violations.stream().map(Violation::code).distinct().toList());
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("Un refus porte au moins une violation");
    }
    this.violations = List.copyOf(violations);
    this.statut = statut;
  }

  /**
   * Valeur d'un résultat réussi, ou refus (422) portant toutes ses violations.
   *
   * @param <T> type de la valeur
   * @param resultat résultat d'une opération de la bibliothèque
   * @return la valeur du succès
   * @throws RefusException si le résultat est un échec
   */
  public static <T> T exiger(Resultat<T> resultat) {
    return resultat.fold(Resultat.Succes::donnee, e -> {
      throw new RefusException(e.violations(), STATUT_REFUS);
    });
  }

  /**
   * Violations du refus.
   *
   * @return les violations, dans l'ordre de la bibliothèque
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * Statut HTTP du problem detail.
   *
   * @return le statut HTTP
   */
  public int statut() {
    return statut;
  }
}
