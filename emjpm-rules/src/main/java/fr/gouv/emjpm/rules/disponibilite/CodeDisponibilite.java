// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.disponibilite;

import fr.gouv.emjpm.domain.commun.CodeViolation;
import fr.gouv.emjpm.domain.commun.Gravite;

/** Codes stables des violations des règles de capacité. */
public enum CodeDisponibilite implements CodeViolation {
  /**
   * La somme des capacités des antennes dépasse la capacité du service (vérifiée à la
   * modification d'une antenne et à la baisse de {@code dispo_max}).
   */
  CAPACITE_ANTENNES_SUPERIEURE_SERVICE(
      "La somme des capacités des antennes ({somme}) dépasse le nombre de mesures souhaitées par le"
          + " service ({capacite})."),
  /** Capacité négative. */
  CAPACITE_NEGATIVE("Le nombre de mesures souhaitées ne peut pas être négatif.");

  private final String modele;

  CodeDisponibilite(String modele) {
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
