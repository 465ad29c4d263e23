// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.validation;

import fr.gouv.emjpm.domain.commun.RapportValidation;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.rules.ContexteRegles;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Vue « validation » du moteur ({@code engine.validation()}) : applique les catalogues de règles avec
 * le contexte du moteur (lu à chaque appel). Sans état, thread-safe.
 */
public final class Validation {
  private final Supplier<ContexteRegles> contexte;

  /**
   * Vue sur un fournisseur de contexte (celui du moteur).
   *
   * @param contexte fournit le contexte d'évaluation à chaque appel (celui du moteur), non nul
   */
  public Validation(Supplier<ContexteRegles> contexte) {
    this.contexte = Objects.requireNonNull(contexte, "contexte");
  }

  /**
   * Invariants d'une mesure ({@link ReglesMesure}).
   *
   * @param mesure mesure vérifiée
   * @return le rapport des violations des invariants ({@link ReglesMesure})
   */
  public RapportValidation verifier(Mesure mesure) {
    return Regle.appliquer(ReglesMesure.toutes(), mesure, contexte.get());
  }

  /**
   * Règles d'une saisie de mesure ({@link ValidationSaisie}).
   *
   * @param saisie saisie typée (import, OCMI, API)
   * @param antennesDuService identifiants des antennes du service qui écrit (vide pour un mandataire)
   * @return le rapport de toutes les violations ({@link ValidationSaisie})
   */
  public RapportValidation verifier(SaisieMesure saisie, Set<Long> antennesDuService) {
    return ValidationSaisie.verifier(saisie, antennesDuService, contexte.get());
  }
}
