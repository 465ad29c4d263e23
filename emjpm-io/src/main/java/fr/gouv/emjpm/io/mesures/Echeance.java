// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import java.time.Duration;
import java.util.Map;

/**
 * Échéance coopérative d'une lecture (reliability.md R-POI-8) : POI ne répond pas aux interruptions,
 * la lecture vérifie donc elle-même l'heure à chaque ligne, à chaque bloc d'octets lu dans le paquet
 * xlsx (ouverture de POI comprise) et tous les {@value #ELEMENTS} éléments XML analysés.
 */
final class Echeance {
  /** Nombre d'éléments XML entre deux vérifications dans les analyseurs SAX. */
  static final int ELEMENTS = 1024;

  private final long debut = System.nanoTime();
  private final long duree;

  Echeance(Duration delai) {
    long n;
    try {
      n = delai.toNanos();
    } catch (ArithmeticException e) {
      n = Long.MAX_VALUE; // plus de 292 ans : jamais atteinte
    }
    this.duree = n;
  }

  /** Lève l'arrêt {@code IMPORT_DELAI_DEPASSE} si l'échéance est passée. */
  void verifier() {
    if (System.nanoTime() - debut > duree) {
      throw ArretLecture.de(CodeImport.IMPORT_DELAI_DEPASSE, Map.of());
    }
  }
}
