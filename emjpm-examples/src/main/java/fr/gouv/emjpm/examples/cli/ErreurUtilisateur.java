// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

/** Erreur à montrer telle quelle à l'utilisateur, avec son code de sortie. */
final class ErreurUtilisateur extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int code;

  ErreurUtilisateur(int code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  int code() {
    return code;
  }
}
