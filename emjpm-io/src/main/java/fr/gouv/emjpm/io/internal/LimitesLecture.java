// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import java.time.Duration;
import java.util.Objects;

/**
 * Le jeu de limites d'une lecture de tableur ({@link LecteurClasseur}), appliqué par le lecteur à tout
 * format. Les lignes de données sont comptées par l'import lui-même (ce qu'est une ligne de données,
 * en-tête et lignes vides, dépend de lui) : la lecture ne se sert pas de {@code lignesMax} (le pré-vol
 * BIFF d'un xls a ses propres plafonds d'enregistrements et de cellules). Hors API.
 *
 * @param tailleMax taille maximale du fichier, en octets, vérifiée avant toute analyse
 * @param lignesMax lignes de données au plus, comptées par l'import
 * @param colonnesMax colonnes au plus (une cellule d'indice {@code colonnesMax} ou plus arrête la lecture)
 * @param celluleMax caractères au plus du texte d'une cellule
 * @param chainesMax chaînes partagées au plus (xlsx)
 * @param chaineMax caractères décodés au plus d'une chaîne partagée
 * @param caracteresChainesMax caractères décodés au plus de toute la table des chaînes partagées
 * @param feuillesMax feuilles au plus dans un classeur
 * @param delai durée maximale de la lecture (une seule échéance, de l'ouverture à la dernière cellule)
 */
public record LimitesLecture(long tailleMax, int lignesMax, int colonnesMax, int celluleMax, int chainesMax, int chaineMax,
    long caracteresChainesMax, int feuillesMax, Duration delai) {

  /** Feuilles au plus d'un classeur (Excel n'impose pas de limite ; le zip a au plus 200 entrées). */
  public static final int FEUILLES_MAX = 255;

  /**
   * Vérifie que chaque plafond est positif.
   *
   * @param tailleMax taille maximale du fichier
   * @param lignesMax lignes de données au plus
   * @param colonnesMax colonnes au plus
   * @param celluleMax caractères au plus d'une cellule
   * @param chainesMax chaînes partagées au plus
   * @param chaineMax caractères au plus d'une chaîne partagée
   * @param caracteresChainesMax caractères au plus de la table des chaînes
   * @param feuillesMax feuilles au plus
   * @param delai durée maximale de la lecture
   */
  public LimitesLecture {
    Objects.requireNonNull(delai, "delai");
    if (tailleMax <= 0 || lignesMax <= 0 || colonnesMax <= 0 || celluleMax <= 0 || chainesMax <= 0 || chaineMax <= 0
        || caracteresChainesMax <= 0 || feuillesMax <= 0 || delai.isNegative() || delai.isZero()) {
      throw new IllegalArgumentException("Chaque limite de lecture doit être positive");
    }
  }
}
