// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.proximite;

import fr.gouv.emjpm.domain.commun.CodeViolation;
import fr.gouv.emjpm.domain.commun.Gravite;

/** Codes stables des refus de la recherche de proximité (localisation introuvable). */
public enum CodeProximite implements CodeViolation {
  /** Code INSEE absent du référentiel. */
  COMMUNE_INCONNUE("La commune {code_insee} est inconnue du référentiel."),
  /** Code postal sans commune dans le référentiel. */
  CODE_POSTAL_INCONNU("Aucune commune du référentiel n'a le code postal {code_postal}.");

  private final String modele;

  CodeProximite(String modele) {
    this.modele = modele;
  }

  @Override
  public String code() {
    return name();
  }

  @Override
  public Gravite gravite() {
    return Gravite.BLOQUANTE;
  }

  @Override
  public String modele() {
    return modele;
  }
}
