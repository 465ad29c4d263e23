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
   * @param departement code du département d'agrément, non nul
   * @param financeur vrai pour le « département financeur »
   */
  public DepartementAgrement {
    Objects.requireNonNull(departement, "departement");
  }

  /**
   * {@return département d'agrément non financeur}
   *
   * @param departement code du département d'agrément, non nul
   */
  public static DepartementAgrement of(CodeDepartement departement) {
    return new DepartementAgrement(departement, false);
  }

  /**
   * {@return département financeur}
   *
   * @param departement code du département d'agrément et financeur, non nul
   */
  public static DepartementAgrement financeur(CodeDepartement departement) {
    return new DepartementAgrement(departement, true);
  }
}
