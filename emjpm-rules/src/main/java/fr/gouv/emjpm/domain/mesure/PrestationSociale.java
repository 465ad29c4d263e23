// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.mesure;

import java.util.Arrays;
import java.util.Optional;

/** BOUCHON TEMPORAIRE (remplacé par le modèle de la branche modele). */
public enum PrestationSociale {
  AAH("AAH", "AAH"),
  ALS("ALS", "ALS"),
  APA("APA", "APA"),
  APL("APL", "APL"),
  ASI("ASI", "ASI"),
  ASPA("ASPA", "ASPA"),
  PCH("PCH", "PCH"),
  RSA("RSA", "RSA");

  private final String code;
  private final String libelle;

  PrestationSociale(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  public String code() {
    return code;
  }

  public String libelle() {
    return libelle;
  }

  public static Optional<PrestationSociale> parCode(String code) {
    return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
  }
}
