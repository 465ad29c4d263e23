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
 * @param statuts champ {@code status} de chaque élément (sortie de l'API relue), tel qu'écrit, vide s'il est
 *     absent ou {@code null} ; jamais interprété par la lecture
 * @param avertissements avertissements qui ne visent pas un élément en particulier
 * @param estUnLot vrai si le document était un lot (tableau ou corps {@code {mesures, strictNumeroRG}})
 */
public record LotJson(List<Resultat<SaisieMesure>> elements, List<Optional<String>> statuts,
    List<Violation> avertissements, boolean estUnLot, List<Optional<SaisieMesure>> lues) {

  /**
   * Copies défensives.
   *
   * @param elements saisies lues, non nulle (copiée)
   * @param statuts un statut brut par élément, non nulle (copiée), de même taille que {@code elements}
   * @param avertissements avertissements du document, non nulle (copiée)
   * @param estUnLot vrai si le document était un lot
   * @param lues pour chaque élément, la saisie telle que lue, champs illisibles laissés vides (même
   *     quand l'élément est en échec ; vide si l'élément n'est pas un objet) : les règles du moteur s'y
   *     appliquent pour signaler en une passe toutes les violations d'un élément (copiée)
   * @throws IllegalArgumentException si {@code statuts} ou {@code lues} n'a pas une entrée par élément
   */
  public LotJson {
    elements = List.copyOf(elements);
    statuts = List.copyOf(statuts);
    avertissements = List.copyOf(avertissements);
    lues = List.copyOf(lues);
    if (statuts.size() != elements.size() || lues.size() != elements.size()) {
      throw new IllegalArgumentException("Un statut et une saisie lue par élément attendus");
    }
  }

  /**
   * Lot dont les saisies lues sont celles des éléments réussis.
   *
   * @param elements saisies lues, non nulle (copiée)
   * @param statuts un statut brut par élément, de même taille que {@code elements}
   * @param avertissements avertissements du document
   * @param estUnLot vrai si le document était un lot
   */
  public LotJson(List<Resultat<SaisieMesure>> elements, List<Optional<String>> statuts,
      List<Violation> avertissements, boolean estUnLot) {
    this(elements, statuts, avertissements, estUnLot, elements.stream().map(Resultat::valeur).toList());
  }
}
