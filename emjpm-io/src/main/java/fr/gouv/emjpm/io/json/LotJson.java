// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.json;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.rules.validation.SaisieMesure;
import java.util.List;
import java.util.Optional;

/**
 * Un document JSON lu : une saisie par élément (chacune réussie ou en échec, avec ses chemins
 * {@code /mesures/N/...} pour un lot) et les avertissements du document (champs inconnus ou écartés).
 * Immuable et thread-safe.
 *
 * @param elements saisies lues, dans l'ordre du document
 * @param statuts champ {@code status} de chaque élément (sortie §7.4 relue), tel qu'écrit, vide s'il est
 *     absent ou {@code null} ; jamais interprété par la lecture
 * @param avertissements avertissements qui ne visent pas un élément en particulier
 * @param estUnLot vrai si le document était un lot (tableau ou corps {@code {mesures, strictNumeroRG}})
 */
public record LotJson(List<Resultat<SaisieMesure>> elements, List<Optional<String>> statuts,
    List<Violation> avertissements, boolean estUnLot) {

  /**
   * Copies défensives.
   *
   * @param elements saisies lues, non nulle (copiée)
   * @param statuts un statut brut par élément, non nulle (copiée), de même taille que {@code elements}
   * @param avertissements avertissements du document, non nulle (copiée)
   * @param estUnLot vrai si le document était un lot
   * @throws IllegalArgumentException si {@code statuts} n'a pas un statut par élément
   */
  public LotJson {
    elements = List.copyOf(elements);
    statuts = List.copyOf(statuts);
    avertissements = List.copyOf(avertissements);
    if (statuts.size() != elements.size()) {
      throw new IllegalArgumentException("Un statut par élément attendu");
    }
  }
}
