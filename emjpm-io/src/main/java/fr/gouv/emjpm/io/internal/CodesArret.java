// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import fr.gouv.emjpm.domain.commun.Violation;

/**
 * Traduction des motifs d'arrêt du code partagé en violations typées d'un import (chaque import a ses
 * propres codes : {@code CodeImport} pour les mesures, {@code CodeImportEnquete} pour l'enquête). Hors
 * API ; une implémentation doit être sans état (une constante par import).
 */
@FunctionalInterface
public interface CodesArret {
  /**
   * Violation qui porte un arrêt de lecture.
   *
   * @param motif motif de l'arrêt
   * @param plafond limite dépassée, dans l'unité que décrit le motif (0 quand elle est sans objet)
   * @return violation bloquante de l'import, sans contenu du fichier
   */
  Violation violation(MotifArret motif, long plafond);

  /**
   * Arrêt de lecture qui porte la violation de ce motif.
   *
   * @param motif motif de l'arrêt
   * @param plafond limite dépassée, dans l'unité que décrit le motif (0 quand elle est sans objet)
   * @return arrêt à lever
   */
  default ArretLecture arret(MotifArret motif, long plafond) {
    return new ArretLecture(violation(motif, plafond));
  }
}
