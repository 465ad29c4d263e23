// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.statistiques;

import java.util.Objects;

/**
 * Indicateurs de la page statistiques des directions (domain.md §8.1) pour un périmètre et une
 * période. Immuable et thread-safe.
 *
 * @param services « Services mandataires » (chacun compté une fois)
 * @param individuels « Mandataires individuels »
 * @param preposes « Préposés d'établissement »
 * @param mesuresEnCours mesures en cours du périmètre, nommées dans la période
 * @param mesuresCloturees mesures clôturées du périmètre, terminées dans la période
 * @param disponibilite places disponibles, surcapacité, disponibilité totale, capacité non
 *     renseignée (§4.4)
 */
public record KpiDirection(
    long services,
    long individuels,
    long preposes,
    long mesuresEnCours,
    long mesuresCloturees,
    IndicateursDisponibilite disponibilite) {
  /**
   * Composantes non nulles.
   *
   * @param services services
   * @param individuels individuels
   * @param preposes preposes
   * @param mesuresEnCours mesures en cours
   * @param mesuresCloturees mesures cloturees
   * @param disponibilite disponibilite
   */
  public KpiDirection {
    Objects.requireNonNull(disponibilite, "disponibilite");
  }
}
