// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.validation;

import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import fr.gouv.emjpm.rules.ContexteRegles;
import java.util.Optional;

/**
 * Accès au référentiel des règles de saisie : département connu, tribunal d'un SIRET. Seul endroit
 * du package qui dépend de l'API du référentiel.
 */
public final class Localisation {
  private Localisation() {}

  /** Vrai si le département existe dans le référentiel. */
  public static boolean departementConnu(CodeDepartement dep, ContexteRegles ctx) {
    // TODO après fusion du modèle : ctx.referentiel().departement(dep).isPresent()
    return !dep.valeur().equals("00");
  }

  /** Identifiant du tribunal de ce SIRET. */
  public static Optional<TribunalId> tribunal(Siret siret, ContexteRegles ctx) {
    return ctx.referentiel().tribunal(siret);
  }
}
