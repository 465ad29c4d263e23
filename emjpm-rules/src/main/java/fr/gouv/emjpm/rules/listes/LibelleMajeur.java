// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.listes;

import fr.gouv.emjpm.domain.mesure.Civilite;
import fr.gouv.emjpm.domain.mesure.Mesure;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Libellé du majeur protégé affiché par l'interface : « Homme de N ans », « Femme de N ans », ou
 * « N ans » quand la civilité est inconnue, N = année de la date du jour − année de naissance
 * (toujours « ans », comme l'original, même pour 0 ou 1). Sans année de naissance, aucun libellé.
 */
final class LibelleMajeur {

  private LibelleMajeur() {}

  /**
   * Libellé d'après la civilité et l'année de naissance.
   *
   * @param civilite civilité, vide si inconnue
   * @param anneeNaissance année de naissance, vide si inconnue
   * @param aujourdhui date du jour (horloge du moteur)
   * @return le libellé, vide sans année de naissance
   */
  public static Optional<String> de(
      Optional<Civilite> civilite, Optional<Integer> anneeNaissance, LocalDate aujourdhui) {
    if (anneeNaissance.isEmpty()) {
      return Optional.empty();
    }
    int age = aujourdhui.getYear() - anneeNaissance.get();
    String ans = age + " ans";
    return Optional.of(
        civilite
            .map(c -> (c == Civilite.MONSIEUR ? "Homme de " : "Femme de ") + ans)
            .orElse(ans));
  }

  /**
   * Libellé du majeur d'une mesure.
   *
   * @param mesure mesure dont la civilité et l'année de naissance sont lues
   * @param aujourdhui date du jour (horloge du moteur)
   * @return le libellé, vide sans année de naissance
   */
  public static Optional<String> de(Mesure mesure, LocalDate aujourdhui) {
    return de(mesure.civilite(), mesure.anneeNaissance(), aujourdhui);
  }
}
