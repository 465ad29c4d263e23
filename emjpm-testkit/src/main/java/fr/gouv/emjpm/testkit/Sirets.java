// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.testkit;

import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.testkit.internal.Alea;

/** Générateurs de SIRET (14 chiffres). Immuable et thread-safe. */
public final class Sirets {

  private Sirets() {}

  /** {@return SIRET de 14 chiffres dont la clé de Luhn est correcte} */
  public static Generateur<Siret> valides() {
    return alea -> {
      String debut = Alea.chaine(alea, "0123456789", 13);
      for (int d = 0; d <= 9; d++) {
        Siret s = Siret.of(debut + d);
        if (s.cleValide()) {
          return s;
        }
      }
      throw new IllegalStateException("inaccessible : une clé de Luhn existe toujours");
    };
  }

  /** {@return SIRET bien formé (14 chiffres) dont la clé de Luhn est fausse} */
  public static Generateur<Siret> avecCleInvalide() {
    return valides().map(s -> {
      char dernier = s.valeur().charAt(13);
      char autre = (char) ('0' + (dernier - '0' + 1) % 10);
      return Siret.of(s.valeur().substring(0, 13) + autre);
    });
  }
}
