// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import java.time.Duration;
import java.util.Objects;

/**
 * Plafonds appliqués à la lecture d'un fichier de mesures. Immuable et
 * thread-safe.
 *
 * @param tailleMax taille maximale du fichier, en octets, vérifiée avant toute analyse
 * @param lignesMax lignes de données non vides au plus (la première ligne non vide, l'en-tête, n'est pas
 *     comptée)
 * @param colonnesMax colonnes au plus
 * @param celluleMax caractères au plus par cellule
 * @param chainesPartageesMax chaînes partagées au plus dans un xlsx (nombre de {@code <si>} ; l'attribut
 *     {@code uniqueCount} est aussi lu pour un refus immédiat)
 * @param delai durée maximale de lecture (échéance coopérative : ouverture du paquet, chaînes partagées
 *     et lignes)
 */
public record LimitesImport(
    long tailleMax, int lignesMax, int colonnesMax, int celluleMax, int chainesPartageesMax, Duration delai) {

  /**
   * Vérifie que chaque plafond est positif.
   *
   * @param tailleMax taille maximale du fichier, en octets ; strictement positive
   * @param lignesMax lignes de données non vides au plus, en-tête non compté ; strictement positif
   * @param colonnesMax colonnes au plus ; strictement positif
   * @param celluleMax caractères au plus par cellule ; strictement positif
   * @param chainesPartageesMax chaînes partagées au plus dans un xlsx ; strictement positif
   * @param delai durée maximale de lecture, non nulle ; strictement positive
   */
  public LimitesImport {
    Objects.requireNonNull(delai, "delai");
    if (tailleMax <= 0 || lignesMax <= 0 || colonnesMax <= 0 || celluleMax <= 0 || chainesPartageesMax <= 0
        || delai.isNegative() || delai.isZero()) {
      throw new IllegalArgumentException("Chaque limite d'import doit être positive");
    }
  }

  /**
   * Limites par défaut : 20 Mio, 100 000 lignes de données
   * (plus l'en-tête), 50 colonnes, 1 000 caractères par cellule, 500 000 chaînes partagées, 30 s de
   * lecture. Colonnes et caractères sont plus stricts que les maxima de R-POI-6 (200 et 32 767) : une
   * liste de mesures a 14 colonnes connues, et aucune de ses valeurs n'approche 1 000 caractères.
   *
   * @return limites par défaut : 20 Mio, 100 000 lignes de données, 50 colonnes, 1 000 caractères par
   *     cellule, 500 000 chaînes partagées, 30 s de lecture
   */
  public static LimitesImport parDefaut() {
    return new LimitesImport(20L * 1024 * 1024, 100_000, 50, 1_000, 500_000, Duration.ofSeconds(30));
  }
}
