// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.statistiques;

import java.util.Objects;

/**
 * Indicateurs de la page statistiques des directions pour un périmètre et une
 * période. Immuable et thread-safe.
 *
 * @param services « Services mandataires » (chacun compté une fois)
 * @param individuels « Mandataires individuels »
 * @param preposes « Préposés d'établissement »
 * @param mesuresEnCours mesures en cours du périmètre, nommées dans la période
 * @param mesuresCloturees mesures clôturées du périmètre, terminées dans la période
 * @param disponibilite places disponibles, surcapacité, disponibilité totale, capacité non
 *     renseignée
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
   * @param services nombre de services mandataires, chacun compté une fois
   * @param individuels nombre de mandataires individuels
   * @param preposes nombre de préposés d'établissement
   * @param mesuresEnCours mesures en cours du périmètre, nommées dans la période
   * @param mesuresCloturees mesures clôturées du périmètre, terminées dans la période
   * @param disponibilite indicateurs de disponibilité du périmètre, non nuls
   */
  public KpiDirection {
    Objects.requireNonNull(disponibilite, "disponibilite");
  }
}
