// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import java.util.Objects;

/**
 * Format de nombre d'une cellule, résolu une fois par style du classeur. Hors API.
 *
 * @param indice indice du format (formats intégrés d'Excel : 0 à 163 ; personnalisés au-delà ; -1 pour un
 *     format venu d'un .ods ou d'un CSV)
 * @param chaine code du format ({@code General}, {@code dd/mm/yyyy}, {@code 0.00}…)
 * @param date vrai si c'est un format de date ou d'heure
 */
public record FormatCellule(int indice, String chaine, boolean date) {

  /** Format général (aucun format). */
  public static final FormatCellule GENERAL = new FormatCellule(0, "General", false);

  /**
   * Aucun format connu (cellule sans style, ou style sans format dans le classeur) : chaîne vide, à
   * distinguer de {@link #GENERAL} (une valeur sans format est rendue telle quelle).
   */
  public static final FormatCellule AUCUN = new FormatCellule(-1, "", false);

  /** Format de date court intégré (indice 14). */
  public static final FormatCellule DATE_COURTE = new FormatCellule(14, "m/d/yy", true);

  /**
   * Composantes non nulles.
   *
   * @param indice indice du format
   * @param chaine code du format
   * @param date vrai pour un format de date
   */
  public FormatCellule {
    Objects.requireNonNull(chaine, "chaine");
  }
}
