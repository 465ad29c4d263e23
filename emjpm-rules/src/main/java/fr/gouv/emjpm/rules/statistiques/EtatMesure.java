// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.statistiques;

/** Statut d'une mesure vu par les statistiques (domain.md §2.2, table {@code mesure_status}). */
public enum EtatMesure {
  /** {@code en_attente} : réservée, pas encore acceptée. */
  EN_ATTENTE,
  /** {@code en_cours}. */
  EN_COURS,
  /** {@code eteinte} : clôturée. */
  ETEINTE
}
