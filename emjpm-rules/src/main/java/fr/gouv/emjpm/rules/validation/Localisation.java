// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.validation;

import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.rules.ContexteRegles;

/** Accès au référentiel pour la localisation (seul endroit qui en dépend ici). */
final class Localisation {
  private Localisation() {}

  static boolean departementConnu(CodeDepartement dep, ContexteRegles ctx) {
    // TODO après fusion du modèle : ctx.referentiel().departement(dep).isPresent()
    return !dep.valeur().equals("00");
  }
}
