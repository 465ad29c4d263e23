// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.mesure;

import java.util.Arrays;
import java.util.Optional;

/** BOUCHON TEMPORAIRE (remplacé par le modèle de la branche modele). */
public enum StatutMesure {
  EN_ATTENTE("en_attente", "Mesure en attente"),
  EN_COURS("en_cours", "Mesure en cours"),
  ETEINTE("eteinte", "Mesure clôturée");

  private final String code;
  private final String libelle;

  StatutMesure(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  public String code() {
    return code;
  }

  public String libelle() {
    return libelle;
  }

  public static Optional<StatutMesure> parCode(String code) {
    return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
  }
}
