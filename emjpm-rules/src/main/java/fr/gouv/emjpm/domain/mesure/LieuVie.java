// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.mesure;

import java.util.Arrays;
import java.util.Optional;

/** BOUCHON TEMPORAIRE (remplacé par le modèle de la branche modele). */
public enum LieuVie {
  DOMICILE("domicile", "domicile"),
  ETABLISSEMENT("etablissement", "en établissement"),
  ETABLISSEMENT_CONSERVATION_DOMICILE("etablissement_conservation_domicile", "en établissement avec conservation du domicile"),
  SDF("sdf", "SDF");

  private final String code;
  private final String libelle;

  LieuVie(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  public String code() {
    return code;
  }

  public String libelle() {
    return libelle;
  }

  public static Optional<LieuVie> parCode(String code) {
    return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
  }
}
