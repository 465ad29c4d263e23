// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.referentiel;

import fr.gouv.emjpm.domain.style.EmjpmStyle;
import org.immutables.value.Value;

/**
 * Région (ou pseudo-région d'une collectivité d'outre-mer, dont le code est celui de la
 * collectivité, ex. {@code 975}). Le type public généré est {@link Region}. Immuable et thread-safe.
 */
@Value.Immutable
@EmjpmStyle
abstract class AbstractRegion {

  /** {@return code INSEE de la région, tel que publié ({@code 01}…{@code 06}, {@code 11}…{@code 94}, {@code 975}…)} */
  public abstract String code();

  /**
   * Nom officiel (ex. « Provence-Alpes-Côte d'Azur »).
   *
   * @return nom officiel
   */
  public abstract String nom();
}
