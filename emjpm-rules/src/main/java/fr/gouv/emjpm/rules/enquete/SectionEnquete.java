// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Section (entrée de menu) d'une enquête.
 *
 * @param id identifiant (clé de l'arbre de statut)
 * @param libelleBrut libellé, éventuellement avec {@code {annee-1}}
 * @param cleStatut clé de statut de l'original, vide pour Bienvenue/Envoi
 * @param sousSections étapes
 */
public record SectionEnquete(
    String id, String libelleBrut, Optional<String> cleStatut, List<SousSectionEnquete> sousSections) {

  /**
   * Copie défensive.
   *
   * @param id identifiant de la section, non nul
   * @param libelleBrut libellé, éventuellement avec {@code {annee-1}}, non nul
   * @param cleStatut clé de statut de l'original, vide pour Bienvenue/Envoi (jamais {@code null})
   * @param sousSections étapes dans l'ordre d'affichage, non nulle (copiée)
   */
  public SectionEnquete {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(libelleBrut, "libelleBrut");
    Objects.requireNonNull(cleStatut, "cleStatut");
    Objects.requireNonNull(sousSections, "sousSections");
    sousSections = List.copyOf(sousSections);
  }

  /**
   * Libellé pour la campagne {@code annee} ({@code {annee-1}} remplacé par l'année d'activité).
   *
   * @param annee année de la campagne ; l'année d'activité vaut {@code annee - 1}
   * @return libellé, {@code {annee-1}} remplacé par {@code annee - 1}
   */
  public String libelle(int annee) {
    return CatalogueEnquete.rendreLibelle(libelleBrut, annee);
  }

  /** {@return vrai pour les sections sans statut propre (Bienvenue, Envoi de vos réponses)} */
  public boolean estNavigation() {
    return cleStatut.isEmpty();
  }
}
