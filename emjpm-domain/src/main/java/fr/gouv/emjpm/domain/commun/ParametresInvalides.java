// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.commun;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Paramètres fournis par l'hôte refusés par un invariant (page 0, rayon négatif…) : porte toutes les
 * violations, codes {@link CodeParametre}. Levée par {@code build()} et par les méthodes qui prennent un
 * paramètre brut ; {@link Parametres#construire} la rend en {@link Resultat} sans exception.
 */
public final class ParametresInvalides extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Violations, jamais vide. */
  private final transient List<Violation> violations;

  /**
   * Exception portant des violations.
   *
   * @param violations violations constatées, au moins une
   */
  public ParametresInvalides(List<Violation> violations) {
    super(violations.stream().map(Violation::message).collect(Collectors.joining(" ")));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("au moins une violation attendue");
    }
    this.violations = List.copyOf(violations);
  }

  /**
   * Lève l'exception si la liste n'est pas vide.
   *
   * @param violations violations constatées
   * @throws ParametresInvalides si {@code violations} n'est pas vide
   */
  public static void leverSi(List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new ParametresInvalides(violations);
    }
  }

  /** {@return les violations, liste non modifiable et non vide} */
  public List<Violation> violations() {
    return violations;
  }
}
