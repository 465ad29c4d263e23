// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.mesure;

import java.util.Arrays;
import java.util.Optional;

/** BOUCHON TEMPORAIRE (remplacé par le modèle de la branche modele). */
public enum TypeEtablissement {
  ETABLISSEMENT_HANDICAPES("etablissement_handicapes", "Etablissement ou service pour handicapés"),
  ETABLISSEMENT_PERSONNE_AGEE("etablissement_personne_agee", "Etablissement pour personnes agées"),
  AUTRE_ETABLISSEMENT_S_MS("autre_etablissement_s_ms", "Autre établissement social ou médico-social"),
  ETABLISSEMENT_HOSPITALIER("etablissement_hospitalier", "Etablissement hospitalier"),
  ETABLISSEMENT_PSYCHIATRIQUE("etablissement_psychiatrique", "Etablissement psychiatrique"),
  AUTRE_ETABLISSEMENT("autre_etablissement", "Autre établissement");

  private final String code;
  private final String libelle;

  TypeEtablissement(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  public String code() {
    return code;
  }

  public String libelle() {
    return libelle;
  }

  public static Optional<TypeEtablissement> parCode(String code) {
    return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
  }
}
