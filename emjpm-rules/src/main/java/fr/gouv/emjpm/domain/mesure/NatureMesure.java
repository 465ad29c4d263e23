// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.mesure;

import java.util.Arrays;
import java.util.Optional;

/** BOUCHON TEMPORAIRE (remplacé par le modèle de la branche modele). */
public enum NatureMesure {
  CURATELLE_SIMPLE("curatelle_simple", "curatelle simple"),
  CURATELLE_RENFORCEE("curatelle_renforcee", "curatelle renforcée"),
  TUTELLE("tutelle", "tutelle"),
  SAUVEGARDE_JUSTICE("sauvegarde_justice", "sauvegarde de justice"),
  MESURE_ACCOMPAGNEMENT_JUDICIAIRE("mesure_accompagnement_judiciaire", "mesure d'accompagnement judiciaire"),
  SUBROGE_CURATEUR("subroge_curateur", "subrogé curateur"),
  SUBROGE_TUTEUR("subroge_tuteur", "subrogé tuteur"),
  MANDAT_PROTECTION_FUTURE("mandat_protection_future", "mandats de protection future"),
  MESURE_AD_HOC("mesure_ad_hoc", "mesure ad'hoc");

  private final String code;
  private final String libelle;

  NatureMesure(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  public String code() {
    return code;
  }

  public String libelle() {
    return libelle;
  }

  public static Optional<NatureMesure> parCode(String code) {
    return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
  }
}
