// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.listeblanche;

import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import java.util.Objects;

/**
 * Département d'agrément d'un mandataire individuel ({@code mandataire_individuel_departements}).
 * Immuable et thread-safe.
 *
 * @param departement département
 * @param financeur vrai pour le « département financeur »
 */
public record DepartementAgrement(CodeDepartement departement, boolean financeur) {

  /**
   * Refuse un département absent.
   *
   * @param departement departement
   * @param financeur financeur
   */
  public DepartementAgrement {
    Objects.requireNonNull(departement, "departement");
  }

  /**
   * Département d'agrément non financeur.
   *
   * @param departement departement
   * @return département d'agrément non financeur
   */
  public static DepartementAgrement of(CodeDepartement departement) {
    return new DepartementAgrement(departement, false);
  }

  /**
   * Département financeur.
   *
   * @param departement departement
   * @return département financeur
   */
  public static DepartementAgrement financeur(CodeDepartement departement) {
    return new DepartementAgrement(departement, true);
  }
}
