// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.proximite;

import fr.gouv.emjpm.rules.disponibilite.Disponibilite;
import fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire;
import java.util.Objects;

/**
 * Résultat d'une recherche de proximité : le gestionnaire, sa distance orthodromique et sa
 * disponibilité. Immuable et thread-safe.
 *
 * @param fiche le gestionnaire
 * @param distanceKm distance orthodromique en kilomètres
 * @param disponibilite capacité, compteurs et suspension
 * @param prefere a déclaré le tribunal de la requête parmi ses préférés
 */
public record GestionnaireProche(
    FicheGestionnaire fiche, double distanceKm, Disponibilite disponibilite, boolean prefere) {

  /**
   * Vérifie les composants.
   *
   * @param fiche fiche du gestionnaire, non nulle
   * @param distanceKm distance orthodromique en kilomètres
   * @param disponibilite capacité, compteurs et suspension, non nulle
   * @param prefere vrai s'il a déclaré le tribunal de la requête parmi ses préférés
   */
  public GestionnaireProche {
    Objects.requireNonNull(fiche, "fiche");
    Objects.requireNonNull(disponibilite, "disponibilite");
  }
}
