// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

import java.util.Objects;

/**
 * Emplacement d'un champ dans le classeur DGCS 2019 de son type.
 *
 * @param feuille nom exact de la feuille (certains finissent par une espace)
 * @param cellule cellule ({@code C7}), plage ({@code C9:C12}), alternative ({@code C13/C15}) ou
 *     modèle de ligne ({@code A{row}})
 * @param conversion identifiant du convertisseur (ou règle libre pour les cellules spéciales)
 */
public record CelluleExcel(String feuille, String cellule, String conversion) {
  /**
   * Composantes non nulles.
   *
   * @param feuille nom exact de la feuille, non nul
   * @param cellule adresse, plage, alternative ou modèle de ligne, non nul
   * @param conversion identifiant du convertisseur ou règle libre, non nul
   */
  public CelluleExcel {
    Objects.requireNonNull(feuille, "feuille");
    Objects.requireNonNull(cellule, "cellule");
    Objects.requireNonNull(conversion, "conversion");
  }


  /** {@return vrai si la cellule est une adresse simple ({@code C7})} */
  public boolean estSimple() {
    return cellule.matches("[A-Z]{1,3}[0-9]{1,7}");
  }

  /** {@return adresse lisible {@code Feuille!C7}} */
  public String adresse() {
    return feuille + "!" + cellule;
  }
}
