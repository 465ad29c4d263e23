// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.statistiques;

/**
 * Indicateurs de disponibilité d'un périmètre (action {@code stat_available_mesures}, ), chaque gestionnaire du périmètre comptant une fois. Immuable et thread-safe.
 *
 * @param placesDisponibles « Places disponibles » ({@code nb_real}) : Σ r sur les gestionnaires de
 *     capacité renseignée, non suspendus, avec r &gt; 0
 * @param surcapacite « Surcapacité » ({@code nb_over}) : Σ r sur les gestionnaires de capacité
 *     renseignée avec r &lt; 0 (nombre négatif ou nul)
 * @param disponibiliteTotale « Disponibilité totale » ({@code nb_global}) : Σ r sur les non suspendus
 *     plus Σ r sur les suspendus en surcapacité (capacité renseignée)
 * @param capaciteNonRenseignee « Mandataires capacité non renseignée » : nombre de gestionnaires de
 *     capacité ≤ 0
 * @param gestionnaires nombre de gestionnaires du périmètre
 * @param mesuresMax Σ des capacités souhaitées
 * @param mesuresEnCours Σ des mesures en cours des gestionnaires du périmètre
 * @param mesuresEnAttente Σ des mesures en attente des gestionnaires du périmètre
 */
public record IndicateursDisponibilite(
    long placesDisponibles,
    long surcapacite,
    long disponibiliteTotale,
    long capaciteNonRenseignee,
    long gestionnaires,
    long mesuresMax,
    long mesuresEnCours,
    long mesuresEnAttente) {}
