// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.listeblanche;

/** Opération journalisée sur une table de la liste blanche (colonne {@code op} du journal). */
public enum OperationJournal {
  /** Ligne ajoutée. */
  INSERT,
  /** Ligne modifiée. */
  UPDATE,
  /** Ligne supprimée. */
  DELETE
}
