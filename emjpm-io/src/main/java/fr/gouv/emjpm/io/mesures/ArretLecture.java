// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import fr.gouv.emjpm.domain.commun.Violation;
import java.util.Map;

/**
 * Arrêt d'une lecture sur une limite ou un refus, levé depuis les rappels SAX ou les flux du paquet et
 * attrapé par {@link LecteurTableau}. Porte la violation typée ; ni message, ni cause, ni pile.
 */
final class ArretLecture extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Violation violation;

  ArretLecture(Violation violation) {
    super(null, null, false, false);
    this.violation = violation;
  }

  static ArretLecture de(CodeImport code, Map<String, ?> arguments) {
    return new ArretLecture(Violation.de(code, "", arguments));
  }

  Violation violation() {
    return violation;
  }
}
