// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.etablissement;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import org.jspecify.annotations.Nullable;

/**
 * Code de département du fichier FINESS : les départements d'outre-mer y sont codés {@code 9A}
 * (Guadeloupe), {@code 9B} (Martinique), {@code 9C} (Guyane), {@code 9D} (La Réunion), {@code 9E}
 * (Saint-Pierre-et-Miquelon) et {@code 9F} (Mayotte), ramenés ici à {@code 971}…{@code 976} comme le
 * faisait l'import de l'original. Sans état.
 */
public final class DepartementFiness {

  private DepartementFiness() {}

  /**
   * Code du référentiel pour un code de département FINESS.
   *
   * @param code code lu ({@code 01}, {@code 2A}, {@code 9A}…), éventuellement nul ; espaces ignorés
   * @return le code ({@code 9A} → {@code 971}…), ou un échec {@code CODE_DEPARTEMENT_INVALIDE}
   */
  public static Resultat<CodeDepartement> versCodeDepartement(@Nullable String code) {
    String t = code == null ? "" : code.strip();
    String remplace = switch (t) {
      case "9A", "9a" -> "971";
      case "9B", "9b" -> "972";
      case "9C", "9c" -> "973";
      case "9D", "9d" -> "974";
      case "9E", "9e" -> "975";
      case "9F", "9f" -> "976";
      default -> t;
    };
    return CodeDepartement.parse(remplace);
  }
}
