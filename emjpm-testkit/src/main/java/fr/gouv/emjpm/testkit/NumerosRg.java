// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.testkit;

import fr.gouv.emjpm.domain.mesure.NumeroRg;
import fr.gouv.emjpm.testkit.internal.Alea;

/**
 * Générateurs de numéros RG : valides, saisies à normaliser, textes quelconques.
 * Immuable et thread-safe.
 */
public final class NumerosRg {

  private static final String ALPHANUMERIQUE = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final String BRUIT = "/- .abcdefghijklmnopqrstuvwxyz_#éÉ";

  private NumerosRg() {}

  /** {@return numéros RG normalisés : 8 caractères {@code [A-Z0-9]}} */
  public static Generateur<NumeroRg> valides() {
    return alea -> new NumeroRg(Alea.chaine(alea, ALPHANUMERIQUE, 8));
  }

  /**
   * {@return saisies brutes telles qu'en produisent les utilisateurs ou les imports : lettres minuscules,
   * séparateurs, espaces, longueur de 0 à 14 ; à normaliser par {@link NumeroRg#normaliser}}
   */
  public static Generateur<String> saisies() {
    return alea -> {
      int n = Alea.entre(alea, 0, 14);
      StringBuilder sb = new StringBuilder(n);
      for (int i = 0; i < n; i++) {
        sb.append(Alea.avecProbabilite(alea, 0.7)
            ? ALPHANUMERIQUE.charAt(alea.nextInt(ALPHANUMERIQUE.length()))
            : BRUIT.charAt(alea.nextInt(BRUIT.length())));
      }
      return sb.toString();
    };
  }

  /** {@return textes quelconques : n'importe quels points de code Unicode (y compris demi-codets isolés)} */
  public static Generateur<String> textesArbitraires() {
    return Textes.arbitraires(0, 20);
  }
}
