// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.finess;

import java.time.Duration;
import java.util.Objects;

/**
 * Plafonds de la lecture d'un extrait FINESS. Immuable et thread-safe.
 *
 * @param tailleMax octets au plus lus dans le flux
 * @param lignesMax lignes au plus (vides comprises)
 * @param ligneMax octets au plus par ligne, fin de ligne exclue
 * @param delai durée maximale de la lecture (échéance vérifiée à chaque ligne)
 * @param avertissementsMax avertissements détaillés au plus ; les suivants sont comptés
 */
public record LimitesFiness(long tailleMax, int lignesMax, int ligneMax, Duration delai, int avertissementsMax) {

  /**
   * Vérifie que chaque plafond est positif.
   *
   * @param tailleMax octets au plus, strictement positif
   * @param lignesMax lignes au plus, strictement positif
   * @param ligneMax octets au plus par ligne, strictement positif
   * @param delai durée maximale, strictement positive
   * @param avertissementsMax avertissements détaillés au plus, positif ou nul
   */
  public LimitesFiness {
    Objects.requireNonNull(delai, "delai");
    if (tailleMax <= 0 || lignesMax <= 0 || ligneMax <= 0 || avertissementsMax < 0
        || delai.isNegative() || delai.isZero()) {
      throw new IllegalArgumentException("Chaque limite de lecture FINESS doit être positive");
    }
  }

  /**
   * Limites par défaut, calibrées sur l'extrait national (≈ 100 000 établissements, deux lignes chacun,
   * moins de 100 Mo) : 256 Mio, 1 000 000 de lignes, 4 096 octets par ligne, 10 minutes, 1 000
   * avertissements détaillés.
   *
   * @return limites par défaut
   */
  public static LimitesFiness parDefaut() {
    return new LimitesFiness(256L * 1024 * 1024, 1_000_000, 4_096, Duration.ofMinutes(10), 1_000);
  }
}
