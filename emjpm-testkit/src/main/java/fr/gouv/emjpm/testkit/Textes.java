// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.testkit;

import fr.gouv.emjpm.testkit.internal.Alea;

/** Générateurs de textes hostiles pour éprouver les analyses ({@code parse}). Immuable et thread-safe. */
public final class Textes {

  private Textes() {}

  /**
   * {@return textes de {@code min} à {@code max} caractères {@code char} quelconques : ASCII, chiffres non
   * ASCII, lettres accentuées, blancs, caractères de contrôle et demi-codets UTF-16 isolés}
   *
   * @param min longueur minimale en {@code char}, positive ou nulle
   * @param max longueur maximale en {@code char}, au moins {@code min}
   */
  public static Generateur<String> arbitraires(int min, int max) {
    return alea -> {
      int n = Alea.entre(alea, min, max);
      StringBuilder sb = new StringBuilder(n);
      for (int i = 0; i < n; i++) {
        int famille = alea.nextInt(4);
        char c =
            switch (famille) {
              case 0 -> (char) Alea.entre(alea, 0x20, 0x7E);
              case 1 -> Alea.parmi(alea, '\u0660', '\uFF10', '\u00A0', '\u2007', '\u0000', '\n', 'é', 'İ', 'ı');
              case 2 -> (char) Alea.entre(alea, 0xD800, 0xDFFF);
              default -> (char) alea.nextInt(0x10000);
            };
        sb.append(c);
      }
      return sb.toString();
    };
  }
}
