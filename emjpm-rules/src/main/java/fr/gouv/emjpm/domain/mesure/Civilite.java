// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.mesure;

import java.util.Arrays;
import java.util.Optional;

/** BOUCHON TEMPORAIRE (remplacé par le modèle de la branche modele). */
public enum Civilite {
  MADAME("madame", "Madame"),
  MONSIEUR("monsieur", "Monsieur");

  private final String code;
  private final String libelle;

  Civilite(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  public String code() {
    return code;
  }

  public String libelle() {
    return libelle;
  }

  public static Optional<Civilite> parCode(String code) {
    return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
  }
}
