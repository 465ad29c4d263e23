// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Sous-section (étape) d'une section d'enquête.
 *
 * @param id identifiant (clé de l'arbre de statut)
 * @param libelleBrut libellé, éventuellement avec {@code {annee-1}}
 * @param cleStatut clé de statut de l'original ({@code activite.tutelle}), vide pour Bienvenue/Envoi
 * @param champs champs de l'étape
 */
public record SousSectionEnquete(
    String id, String libelleBrut, Optional<String> cleStatut, List<ChampEnquete> champs) {

  /**
   * Copie défensive.
   *
   * @param id identifiant de l'étape, non nul
   * @param libelleBrut libellé, éventuellement avec {@code {annee-1}}, non nul
   * @param cleStatut clé de statut de l'original, vide pour Bienvenue/Envoi (jamais {@code null})
   * @param champs champs de l'étape dans l'ordre du catalogue, non nulle (copiée)
   */
  public SousSectionEnquete {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(libelleBrut, "libelleBrut");
    Objects.requireNonNull(cleStatut, "cleStatut");
    Objects.requireNonNull(champs, "champs");
    champs = List.copyOf(champs);
  }

  /**
   * Libellé pour la campagne {@code annee}.
   *
   * @param annee année de la campagne ; l'année d'activité vaut {@code annee - 1}
   * @return libellé, {@code {annee-1}} remplacé par {@code annee - 1}
   */
  public String libelle(int annee) {
    return CatalogueEnquete.rendreLibelle(libelleBrut, annee);
  }

  /**
   * Table de stockage de l'étape (celle de son premier champ), vide sans champ.
   *
   * @return table de stockage, vide si l'étape n'a aucun champ
   */
  public Optional<String> table() {
    return champs.stream().map(ChampEnquete::table).findFirst();
  }

  /** {@return clés de premier niveau propres à l'étape, dans l'ordre} */
  public Set<String> colonnes() {
    Set<String> s = new LinkedHashSet<>();
    champs.forEach(c -> s.add(c.colonne()));
    return s;
  }
}
