// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.mesure;

import java.util.Arrays;
import java.util.Optional;

/** BOUCHON TEMPORAIRE (remplacé par le modèle de la branche modele). */
public enum CauseSortie {
  MAINLEVEE("mainlevee", "mainlevée"),
  DECES("deces", "décès"),
  CADUCITE("caducite", "caducité"),
  DESSAISISSEMENT_FAMILLE("dessaisissement_famille", "dessaisissement en faveur de la famille"),
  DESSAISISSEMENT_AUTRE_MJPM("dessaisissement_autre_mjpm", "dessaisissement en faveur d'un autre MJPM");

  private final String code;
  private final String libelle;

  CauseSortie(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  public String code() {
    return code;
  }

  public String libelle() {
    return libelle;
  }

  public static Optional<CauseSortie> parCode(String code) {
    return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
  }
}
