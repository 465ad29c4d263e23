// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.testkit;

import fr.gouv.emjpm.domain.tribunal.TribunalId;

/** Générateurs d'identifiants de tribunal (6 chiffres, comme le registre DSJ). Immuable et thread-safe. */
public final class Tribunaux {

  private Tribunaux() {}

  /** {@return identifiants de tribunal {@code 100000}…{@code 999999}} */
  public static Generateur<TribunalId> ids() {
    return alea -> TribunalId.of(Integer.toString(100_000 + alea.nextInt(900_000)));
  }
}
