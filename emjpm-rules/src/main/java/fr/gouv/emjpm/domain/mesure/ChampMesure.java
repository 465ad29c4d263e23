// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.mesure;

import java.util.Arrays;
import java.util.Optional;

/** BOUCHON TEMPORAIRE (remplacé par le modèle de la branche modele). */
public enum ChampMesure {
  PROTECTION_BIEN("protection_bien", "aux biens"),
  PROTECTION_PERSONNE("protection_personne", "à la personne"),
  PROTECTION_BIEN_PERSONNE("protection_bien_personne", "aux biens et à la personne");

  private final String code;
  private final String libelle;

  ChampMesure(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  public String code() {
    return code;
  }

  public String libelle() {
    return libelle;
  }

  public static Optional<ChampMesure> parCode(String code) {
    return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
  }
}
