// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.referentiel;

import fr.gouv.emjpm.domain.style.EmjpmStyle;
import org.immutables.value.Value;

/**
 * Département, département d'outre-mer, ou pseudo-département d'une collectivité d'outre-mer
 *. Le type public généré est {@link Departement}. Immuable et thread-safe.
 */
@Value.Immutable
@EmjpmStyle
abstract class AbstractDepartement {

  /** {@return code du département ({@code 01}, {@code 2A}, {@code 971}…)} */
  public abstract CodeDepartement code();

  /**
   * Nom officiel (ex. « Corse-du-Sud »).
   *
   * @return nom officiel
   */
  public abstract String nom();

  /** {@return code de la région de rattachement (voir {@link Region#code()})} */
  public abstract String codeRegion();
}
