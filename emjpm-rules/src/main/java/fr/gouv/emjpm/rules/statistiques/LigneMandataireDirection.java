// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.statistiques;

import fr.gouv.emjpm.rules.disponibilite.Disponibilite;
import fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire;
import java.util.Objects;
import java.util.Optional;

/**
 * Une ligne de la liste des mandataires d'un tableau de bord de direction : le gestionnaire, sa
 * disponibilité (capacité, mesures en cours et en attente, capacité restante) et, pour un service,
 * la somme de ses antennes situées dans le périmètre. Immuable et thread-safe.
 *
 * @param fiche fiche du gestionnaire
 * @param disponibilite disponibilité du gestionnaire ; la liste est classée sur sa capacité
 *     restante brute ({@link Disponibilite#restante()})
 * @param antennesDuPerimetre nombre d'antennes du service situées dans le périmètre (0 sinon)
 * @param sommeAntennes pour un service ayant des antennes dans le périmètre : somme de leurs
 *     capacités et de leurs mesures en cours et en attente ; vide sinon
 */
public record LigneMandataireDirection(
    FicheGestionnaire fiche,
    Disponibilite disponibilite,
    int antennesDuPerimetre,
    Optional<Disponibilite> sommeAntennes) {

  /**
   * Composantes non nulles.
   *
   * @param fiche fiche du gestionnaire, non nulle
   * @param disponibilite disponibilité, non nulle
   * @param antennesDuPerimetre nombre d'antennes dans le périmètre, positif ou nul
   * @param sommeAntennes somme des antennes, non nulle (vide sans antenne dans le périmètre)
   */
  public LigneMandataireDirection {
    Objects.requireNonNull(fiche, "fiche");
    Objects.requireNonNull(disponibilite, "disponibilite");
    Objects.requireNonNull(sommeAntennes, "sommeAntennes");
    if (antennesDuPerimetre < 0) {
      throw new IllegalArgumentException("nombre d'antennes négatif");
    }
  }
}
