// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.referentiel.internal;

import java.io.IOException;

/** CSV mal formé (le message donne la ligne, jamais le contenu). */
public final class CsvFormatException extends IOException {

  /** Version de la forme sérialisée (héritée d'{@link IOException}). */
  private static final long serialVersionUID = 1L;

  /** Numéro de la ligne fautive. */
  private final long ligne;

  /**
   * Erreur de format à la ligne physique {@code ligne}.
   *
   * @param motif description courte de l'erreur, sans contenu du fichier
   * @param ligne ligne physique fautive, à partir de 1
   */
  public CsvFormatException(String motif, long ligne) {
    super("CSV mal formé ligne " + ligne + " : " + motif);
    this.ligne = ligne;
  }

  /** {@return ligne physique (à partir de 1) où l'erreur a été détectée} */
  public long ligne() {
    return ligne;
  }
}
