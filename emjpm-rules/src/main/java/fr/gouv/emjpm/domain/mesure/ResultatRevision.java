// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.mesure;

import java.util.Arrays;
import java.util.Optional;

/** BOUCHON TEMPORAIRE (remplacé par le modèle de la branche modele). */
public enum ResultatRevision {
  MAINLEVEE("mainlevee", "mainlevée"),
  RECONDUCTION("reconduction", "reconduction"),
  AGGRAVATION("aggravation", "aggravation"),
  ALLEGEMENT("allegement", "allègement"),
  DESSAISISSEMENT_FAMILLE("dessaisissement_famille", "dessaisissement en faveur de la famille"),
  DESSAISISSEMENT_AUTRE_MJPM("dessaisissement_autre_mjpm", "dessaisissement en faveur d'un autre MJPM");

  private final String code;
  private final String libelle;

  ResultatRevision(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  public String code() {
    return code;
  }

  public String libelle() {
    return libelle;
  }

  public static Optional<ResultatRevision> parCode(String code) {
    return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
  }
}
