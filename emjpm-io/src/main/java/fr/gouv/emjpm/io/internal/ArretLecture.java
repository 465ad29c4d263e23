// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import fr.gouv.emjpm.domain.commun.CodeViolation;
import fr.gouv.emjpm.domain.commun.Violation;
import java.util.Map;

/**
 * Arrêt d'une lecture sur une limite ou un refus, levé depuis les rappels SAX ou les flux du paquet et
 * attrapé à la frontière de chaque import. Porte la violation typée ; ni message, ni cause, ni pile.
 * Hors API.
 */
public final class ArretLecture extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Violation violation;

  /**
   * Arrêt qui porte une violation.
   *
   * @param violation violation bloquante, rendue telle quelle par l'import
   */
  public ArretLecture(Violation violation) {
    super(null, null, false, false);
    this.violation = violation;
  }

  /**
   * Arrêt d'un code de l'import, sans chemin.
   *
   * @param code code stable de l'import
   * @param arguments arguments nommés du modèle de message du code
   * @return arrêt à lever
   */
  public static ArretLecture de(CodeViolation code, Map<String, ?> arguments) {
    return new ArretLecture(Violation.de(code, "", arguments));
  }

  /**
   * Violation portée par l'arrêt.
   *
   * @return violation bloquante à rendre par l'import
   */
  public Violation violation() {
    return violation;
  }
}
