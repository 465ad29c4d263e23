// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.testkit;

import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.CodePostal;
import fr.gouv.emjpm.testkit.internal.Alea;
import java.util.Locale;

/**
 * Générateurs de codes postaux bien formés dont le département déduit est un code de
 * département valide. Immuable et thread-safe.
 */
public final class CodesPostaux {

  private CodesPostaux() {}

  /** {@return métropole hors Corse : département 01..95 (sauf 20) suivi de 3 chiffres} */
  public static Generateur<CodePostal> metropole() {
    return alea -> {
      int d = Alea.entre(alea, 1, 94);
      d = d >= 20 ? d + 1 : d;
      return cp(String.format(Locale.ROOT, "%02d%03d", d, alea.nextInt(1000)));
    };
  }

  /** {@return corse : 20000..20299 (2A sous 20200, 2B à partir de 20200)} */
  public static Generateur<CodePostal> corse() {
    return alea -> cp(String.format(Locale.ROOT, "20%03d", alea.nextInt(300)));
  }

  /** {@return outre-mer : 971..976 et 984..988 suivis de 2 chiffres} */
  public static Generateur<CodePostal> outreMer() {
    return alea -> {
      String prefixe = Alea.parmi(alea, "971", "972", "973", "974", "975", "976", "984", "986", "987", "988");
      return cp(prefixe + String.format(Locale.ROOT, "%02d", alea.nextInt(100)));
    };
  }

  /** {@return tous : 80 % métropole, 10 % Corse, 10 % outre-mer} */
  public static Generateur<CodePostal> tous() {
    Generateur<CodePostal> m = metropole();
    Generateur<CodePostal> c = corse();
    Generateur<CodePostal> o = outreMer();
    return alea -> {
      int t = alea.nextInt(10);
      return t < 8 ? m.generer(alea) : t == 8 ? c.generer(alea) : o.generer(alea);
    };
  }

  /**
   * {@return codes postaux dont le département déduit est {@code departement}}
   *
   * @param departement code du département visé ; {@code 97} et {@code 98}, sans code postal propre, lèvent {@link IllegalArgumentException}
   */
  public static Generateur<CodePostal> duDepartement(CodeDepartement departement) {
    String d = departement.valeur();
    if (d.equals("2A")) {
      return alea -> cp(String.format(Locale.ROOT, "20%03d", alea.nextInt(200)));
    }
    if (d.equals("2B")) {
      return alea -> cp(String.format(Locale.ROOT, "20%03d", 200 + alea.nextInt(800)));
    }
    if (d.length() == 3) {
      return alea -> cp(d + String.format(Locale.ROOT, "%02d", alea.nextInt(100)));
    }
    if (d.equals("97") || d.equals("98")) {
      throw new IllegalArgumentException("Département sans code postal propre");
    }
    return alea -> cp(d + String.format(Locale.ROOT, "%03d", alea.nextInt(1000)));
  }

  private static CodePostal cp(String valeur) {
    return CodePostal.of(valeur);
  }
}
