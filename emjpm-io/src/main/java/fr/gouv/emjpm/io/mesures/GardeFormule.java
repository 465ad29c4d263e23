// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

/**
 * Garde contre l'injection de formules dans les exports (OWASP CSV
 * injection) : un texte dont le premier caractère est {@code = + - @}, une tabulation, un retour
 * chariot, un saut de ligne, un caractère nul, ou leur forme pleine chasse ({@code ＝ ＋ － ＠}),
 * serait interprété par un tableur. Immuable et thread-safe.
 */
public final class GardeFormule {

  private GardeFormule() {}

  /**
   * {@return vrai si le tableur pourrait interpréter {@code texte} comme une formule}
   *
   * @param texte valeur de cellule à examiner (seul son premier caractère compte)
   */
  public static boolean estDeclencheur(String texte) {
    if (texte.isEmpty()) {
      return false;
    }
    return switch (texte.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r', '\n', '\0', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
      default -> false;
    };
  }

  /**
   * {@return texte neutralisé pour un CSV : préfixé d'une apostrophe s'il est déclencheur}
   *
   * @param texte valeur de cellule à écrire dans le CSV
   */
  public static String proteger(String texte) {
    return estDeclencheur(texte) ? "'" + texte : texte;
  }

  /**
   * Inverse de {@link #proteger} pour la relecture d'un CSV exporté : ôte l'apostrophe d'un texte
   * protégé (apostrophe suivie d'un déclencheur), rend tout autre texte tel quel.
   *
   * @param texte texte lu
   * @return le texte sans la garde
   */
  static String oter(String texte) {
    return texte.startsWith("'") && estDeclencheur(texte.substring(1)) ? texte.substring(1) : texte;
  }
}
