// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.architecture;

import java.time.LocalDate;

/** Contre-exemples volontairement fautifs : prouvent que les règles d'architecture détectent bien. */
final class ContreExemples {
  private ContreExemples() {}

  static LocalDate horlogeMurale() {
    return LocalDate.now();
  }

  static String casseParDefaut(String s) {
    return s.toUpperCase();
  }
}
