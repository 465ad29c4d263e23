// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.commun;

/** Gravité d'une {@link Violation}. */
public enum Gravite {
  /** Empêche l'opération : le résultat est un échec. */
  BLOQUANTE,
  /** Signalée à l'utilisateur sans empêcher l'opération. */
  AVERTISSEMENT
}
