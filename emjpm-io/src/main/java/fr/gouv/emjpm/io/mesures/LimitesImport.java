// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import java.time.Duration;
import java.util.Objects;

/**
 * Plafonds appliqués à la lecture d'un fichier de mesures (reliability.md R-POI). Immuable et
 * thread-safe.
 *
 * @param tailleMax taille maximale du fichier, en octets, vérifiée avant toute analyse
 * @param lignesMax lignes non vides au plus (en-tête compris)
 * @param colonnesMax colonnes au plus
 * @param celluleMax caractères au plus par cellule
 * @param chainesPartageesMax chaînes partagées au plus dans un xlsx
 * @param delai durée maximale de lecture (échéance coopérative)
 */
public record LimitesImport(
    long tailleMax, int lignesMax, int colonnesMax, int celluleMax, int chainesPartageesMax, Duration delai) {

  /**
   * Vérifie que chaque plafond est positif.
   *
   * @param tailleMax taille max
   * @param lignesMax lignes max
   * @param colonnesMax colonnes max
   * @param celluleMax cellule max
   * @param chainesPartageesMax chaines partagees max
   * @param delai delai
   */
  public LimitesImport {
    Objects.requireNonNull(delai, "delai");
    if (tailleMax <= 0 || lignesMax <= 0 || colonnesMax <= 0 || celluleMax <= 0 || chainesPartageesMax <= 0
        || delai.isNegative() || delai.isZero()) {
      throw new IllegalArgumentException("Chaque limite d'import doit être positive");
    }
  }

  /**
   * Limites par défaut : 20 Mio, 200 000 lignes, 50 colonnes, 1 000 caractères par cellule, 2 000 000
   * chaînes partagées, 60 s de lecture.
   *
   * @return limites par défaut : 20 Mio, 200 000 lignes, 50 colonnes, 1 000 caractères par cellule, 2 000 000 chaînes partagées, 60 s de lecture
   */
  public static LimitesImport parDefaut() {
    return new LimitesImport(20L * 1024 * 1024, 200_000, 50, 1_000, 2_000_000, Duration.ofSeconds(60));
  }
}
