// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.listes;

import fr.gouv.emjpm.domain.mesure.Mesure;
import java.util.List;
import java.util.Objects;

/**
 * Ce que voit un gestionnaire dans sa liste : ses mesures en attente, à part (réservations les plus
 * récentes d'abord), et la page demandée de sa liste principale. Immuable et thread-safe.
 *
 * @param enAttente toutes ses mesures en attente, sans filtre ni pagination
 * @param page page demandée de la liste principale (en cours et clôturées)
 */
public record ListeGestionnaire(List<Mesure> enAttente, PageMesures page) {

  /**
   * Copie la liste.
   *
   * @param enAttente mesures en attente (copiées)
   * @param page page de la liste principale, non nulle
   */
  public ListeGestionnaire {
    enAttente = List.copyOf(enAttente);
    Objects.requireNonNull(page, "page");
  }
}
