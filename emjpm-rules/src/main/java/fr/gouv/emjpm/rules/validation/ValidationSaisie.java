// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.validation;

import fr.gouv.emjpm.domain.commun.RapportValidation;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.rules.ContexteRegles;
import java.util.Map;
import java.util.Set;

/**
 * Point d'entrée unique de la validation d'une saisie de mesure, partagé par l'import
 * Excel/CSV, OCMI et l'API JSON : toutes les violations, chemins relatifs à la saisie (l'appelant les
 * préfixe, par exemple {@code /mesures/3} ou {@code Feuil1!}, avec {@link Violation#prefixee}).
 */
public final class ValidationSaisie {
  private ValidationSaisie() {}

  /**
   * Valide une saisie.
   *
   * @param saisie la saisie typée
   * @param antennesDuService antennes du service qui écrit (vide pour un mandataire)
   * @param ctx contexte (année en cours, référentiel)
   * @return le rapport de toutes les violations
   */
  public static RapportValidation verifier(SaisieMesure saisie, Set<Long> antennesDuService, ContexteRegles ctx) {
    RapportValidation r = Regle.appliquer(ReglesSaisieMesure.toutes(), saisie, ctx);
    if (saisie.antenneId().filter(a -> !antennesDuService.contains(a)).isPresent()) {
      r = r.fusionner(RapportValidation.de(Violation.de(CodeRegle.ANTENNE_INCONNUE, "/antenneId", Map.of())));
    }
    return r;
  }
}
