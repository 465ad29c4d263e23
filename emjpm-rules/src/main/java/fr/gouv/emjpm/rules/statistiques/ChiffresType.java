// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.statistiques;

import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import java.util.Objects;

/**
 * Chiffres d'un type de gestionnaire dans un périmètre (graphiques « Disponibilités par type de
 * mandataires » et « Répartition de l'activité »). Immuable et thread-safe.
 *
 * @param type type de gestionnaire
 * @param gestionnaires nombre de gestionnaires de ce type (KPI « Services mandataires »…)
 * @param mesuresMax « Disponibilité max » : Σ des capacités
 * @param disponibiliteActuelle « Disponibilité actuelle » : Σ max − Σ en attente − Σ en cours
 * @param mesuresEnCours Σ des mesures en cours (répartition de l'activité)
 * @param mesuresEnAttente Σ des mesures en attente
 */
public record ChiffresType(
    TypeGestionnaire type,
    long gestionnaires,
    long mesuresMax,
    long disponibiliteActuelle,
    long mesuresEnCours,
    long mesuresEnAttente) {
  /**
   * Composantes non nulles.
   *
   * @param type type de gestionnaire, non nul
   * @param gestionnaires nombre de gestionnaires de ce type
   * @param mesuresMax somme des capacités souhaitées
   * @param disponibiliteActuelle somme des capacités moins les mesures en attente et en cours (négative en surcapacité)
   * @param mesuresEnCours somme des mesures en cours
   * @param mesuresEnAttente somme des mesures en attente
   */
  public ChiffresType {
    Objects.requireNonNull(type, "type");
  }


  /** {@return vrai quand la disponibilité actuelle est négative} */
  public boolean enSurcapacite() {
    return disponibiliteActuelle < 0;
  }
}
