// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.testkit;

import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.testkit.internal.Alea;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Générateurs de codes de département existants (les 110 du référentiel). Immuable et thread-safe. */
public final class Departements {

  private static final List<CodeDepartement> TOUS;

  static {
    List<CodeDepartement> l = new ArrayList<>();
    for (int i = 1; i <= 95; i++) {
      if (i != 20) {
        l.add(CodeDepartement.of(String.format(Locale.ROOT, "%02d", i)));
      }
    }
    for (String c : new String[] {"2A", "2B", "971", "972", "973", "974", "975", "976", "977", "978", "984", "986", "987", "988", "989", "991"}) {
      l.add(CodeDepartement.of(c));
    }
    TOUS = List.copyOf(l);
  }

  private Departements() {}

  /** {@return les 110 codes de département, dans l'ordre (01…95, 2A, 2B, outre-mer, 991)} */
  public static List<CodeDepartement> tous() {
    return TOUS;
  }

  /** {@return un code de département existant, tiré uniformément} */
  public static Generateur<CodeDepartement> codes() {
    return alea -> Alea.parmi(alea, TOUS);
  }

  /**
   * {@return un département qui a des codes postaux propres (métropole, Corse, 971..976, 984..988), utilisable
   * avec {@link CodesPostaux#duDepartement}}
   */
  public static Generateur<CodeDepartement> avecCodesPostaux() {
    return alea -> {
      CodeDepartement d;
      do {
        d = Alea.parmi(alea, TOUS);
      } while (d.valeur().equals("977") || d.valeur().equals("978") || d.valeur().equals("989") || d.valeur().equals("991"));
      return d;
    };
  }
}
