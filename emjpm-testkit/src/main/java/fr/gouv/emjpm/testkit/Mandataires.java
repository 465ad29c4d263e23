// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.testkit;

import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import java.util.Optional;

/**
 * Façade des générateurs de mandataires. Exemple : {@code
 * Mandataires.individuels().dispoMax(10, 60).suspendu(false).liste(7L, 20)}. Immuable et thread-safe.
 */
public final class Mandataires {

  private Mandataires() {}

  /** {@return mandataires individuels (capacité 0 à 80 par défaut)} */
  public static GenerateurMandataire individuels() {
    return new GenerateurMandataire(TypeGestionnaire.INDIVIDUEL, 0, 80, Optional.empty(), Optional.empty());
  }

  /** {@return mandataires préposés d'établissement (capacité 0 à 80 par défaut)} */
  public static GenerateurMandataire preposes() {
    return new GenerateurMandataire(TypeGestionnaire.PREPOSE, 0, 80, Optional.empty(), Optional.empty());
  }
}
