// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.json;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.rules.validation.SaisieMesure;
import java.util.List;

/**
 * Un document JSON lu : une saisie par élément (chacune réussie ou en échec, avec ses chemins
 * {@code /mesures/N/...} pour un lot) et les avertissements du document (champs inconnus ou écartés).
 * Immuable et thread-safe.
 *
 * @param elements saisies lues, dans l'ordre du document
 * @param avertissements avertissements qui ne visent pas un élément en particulier
 * @param estUnLot vrai si le document était un tableau
 */
public record LotJson(List<Resultat<SaisieMesure>> elements, List<Violation> avertissements, boolean estUnLot) {

  /**
   * Copies défensives.
   *
   * @param elements saisies lues, non nulle (copiée)
   * @param avertissements avertissements du document, non nulle (copiée)
   * @param estUnLot vrai si le document était un tableau
   */
  public LotJson {
    elements = List.copyOf(elements);
    avertissements = List.copyOf(avertissements);
  }
}
