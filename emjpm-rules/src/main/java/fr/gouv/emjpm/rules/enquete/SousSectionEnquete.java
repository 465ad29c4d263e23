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
 * @param libelleBrut libellé
 * @param cleStatut clé de statut de l'original ({@code activite.tutelle}), vide pour Bienvenue/Envoi
 * @param champs champs de l'étape
 */
public record SousSectionEnquete(
    String id, String libelleBrut, Optional<String> cleStatut, List<ChampEnquete> champs) {

  /**
   * Copie défensive.
   *
   * @param id id
   * @param libelleBrut libelle brut
   * @param cleStatut cle statut
   * @param champs champs
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
   * @param annee annee
   * @return libellé pour la campagne {@code annee}
   */
  public String libelle(int annee) {
    return CatalogueEnquete.rendreLibelle(libelleBrut, annee);
  }

  /**
   * Table de stockage de l'étape (celle de son premier champ), vide sans champ.
   *
   * @return table de stockage de l'étape (celle de son premier champ), vide sans champ
   */
  public Optional<String> table() {
    return champs.stream().map(ChampEnquete::table).findFirst();
  }

  /**
   * Clés de premier niveau propres à l'étape (§5.2), dans l'ordre.
   *
   * @return clés de premier niveau propres à l'étape (§5.2), dans l'ordre
   */
  public Set<String> colonnes() {
    Set<String> s = new LinkedHashSet<>();
    champs.forEach(c -> s.add(c.colonne()));
    return s;
  }
}
