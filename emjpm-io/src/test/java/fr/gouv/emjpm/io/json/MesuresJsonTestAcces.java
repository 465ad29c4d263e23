// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.json;

/** Accès public, pour les tests d'autres packages, à la saisie JSON valide de {@code MesuresJsonTest}. */
public final class MesuresJsonTestAcces {
  /** Corps d'une saisie valide, sans l'accolade fermante. */
  public static final String MESURE = MesuresJsonTest.MESURE;

  private MesuresJsonTestAcces() {}
}
