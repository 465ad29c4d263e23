// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

/**
 * Caractères qu'aucun champ texte ne garde : contrôles C0 autres que tabulation et fins de ligne
 * (dont le caractère nul), DEL, demi-codets UTF-16 isolés et non-caractères U+FFFE, U+FFFF. Ils entrent
 * par un JSON ({@code "\u0000"}) ou un échappement xlsx ({@code _x0000_}) et rendraient un export
 * illisible (un CSV exporté avec un caractère nul n'est plus reconnu comme texte) : ils sont retirés à
 * l'entrée, avec un avertissement de l'import qui nomme le champ. Hors API.
 */
public final class CaracteresControle {

  private CaracteresControle() {}

  /**
   * Texte sans les caractères interdits ; le même objet s'il n'en contient aucun.
   *
   * @param texte texte lu
   * @return {@code texte} si rien n'est retiré, sinon une copie sans les caractères interdits
   */
  public static String retirer(String texte) {
    int premier = premierInterdit(texte);
    if (premier < 0) {
      return texte;
    }
    StringBuilder b = new StringBuilder(texte.length());
    b.append(texte, 0, premier);
    for (int i = premier; i < texte.length(); i++) {
      char c = texte.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < texte.length() && Character.isLowSurrogate(texte.charAt(i + 1))) {
        b.append(c).append(texte.charAt(++i));
      } else if (!interdit(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Indice du premier caractère interdit, -1 s'il n'y en a aucun. */
  private static int premierInterdit(String texte) {
    for (int i = 0; i < texte.length(); i++) {
      char c = texte.charAt(i);
      if (c >= 0x20 && c < 0x7F) {
        continue; // ASCII imprimable, cas courant : jamais interdit
      }
      if (Character.isHighSurrogate(c) && i + 1 < texte.length() && Character.isLowSurrogate(texte.charAt(i + 1))) {
        i++;
      } else if (interdit(c)) {
        return i;
      }
    }
    return -1;
  }

  /** Caractère interdit hors d'une paire de demi-codets valide. */
  private static boolean interdit(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || Character.isSurrogate(c)
        || c == '\uFFFE' || c == '\uFFFF';
  }
}
