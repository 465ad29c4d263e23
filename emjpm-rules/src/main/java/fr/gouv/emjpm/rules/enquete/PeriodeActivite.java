// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * Prédicats de comptage du pré-remplissage pour l'année d'activité Y, corrigés
 * pour que stock au 1er janvier + nouvelles − sorties = stock au 31 décembre.
 *
 * <ul>
 *   <li>au 1er janvier : nommée avant le 1er janvier et pas terminée avant le 1er janvier ;
 *   <li>nouvelle : nommée dans [1er janvier, 31 décembre] ; sortie : terminée dans cet intervalle ;
 *   <li>au 31 décembre : nommée au plus tard le 31 décembre et pas terminée au 31 décembre ;
 *   <li>dans l'année : nommée au plus tard le 31 décembre et pas terminée avant le 1er janvier.
 * </ul>
 *
 * @param annee année d'activité Y (= année de la campagne − 1)
 */
public record PeriodeActivite(int annee) {

  /** {@return 1er janvier de Y} */
  public LocalDate debut() {
    return LocalDate.of(annee, 1, 1);
  }

  /** {@return 31 décembre de Y} */
  public LocalDate fin() {
    return LocalDate.of(annee, 12, 31);
  }

  /**
   * Mesure en cours au 1er janvier (au début de la journée).
   *
   * @param nomination date de nomination de la mesure, non nulle
   * @param finMesure date de fin de la mesure, vide si elle est en cours (jamais {@code null})
   * @return vrai si nommée avant le 1er janvier et pas terminée avant le 1er janvier
   */
  public boolean auPremierJanvier(LocalDate nomination, Optional<LocalDate> finMesure) {
    return nomination.isBefore(debut()) && finMesure.map(f -> !f.isBefore(debut())).orElse(true);
  }

  /**
   * Mesure en cours au 31 décembre (à la fin de la journée).
   *
   * @param nomination date de nomination de la mesure, non nulle
   * @param finMesure date de fin de la mesure, vide si elle est en cours (jamais {@code null})
   * @return vrai si nommée au plus tard le 31 décembre et pas terminée au plus tard le 31 décembre
   */
  public boolean auTrenteEtUnDecembre(LocalDate nomination, Optional<LocalDate> finMesure) {
    return !nomination.isAfter(fin()) && finMesure.map(f -> f.isAfter(fin())).orElse(true);
  }

  /**
   * Mesure ouverte pendant Y.
   *
   * @param nomination date de nomination de la mesure, non nulle
   * @return vrai si la nomination tombe entre le 1er janvier et le 31 décembre inclus
   */
  public boolean estNouvelle(LocalDate nomination) {
    return !nomination.isBefore(debut()) && !nomination.isAfter(fin());
  }

  /**
   * Mesure terminée pendant Y.
   *
   * @param finMesure date de fin de la mesure, vide si elle est en cours (jamais {@code null})
   * @return vrai si la fin tombe entre le 1er janvier et le 31 décembre inclus ; faux sans date de
   *     fin
   */
  public boolean estSortie(Optional<LocalDate> finMesure) {
    return finMesure.map(f -> !f.isBefore(debut()) && !f.isAfter(fin())).orElse(false);
  }

  /**
   * Mesure active à un moment de Y.
   *
   * @param nomination date de nomination de la mesure, non nulle
   * @param finMesure date de fin de la mesure, vide si elle est en cours (jamais {@code null})
   * @return vrai si nommée au plus tard le 31 décembre et pas terminée avant le 1er janvier
   */
  public boolean dansLAnnee(LocalDate nomination, Optional<LocalDate> finMesure) {
    return !nomination.isAfter(fin()) && finMesure.map(f -> !f.isBefore(debut())).orElse(true);
  }

  /**
   * Tranche d'âge au 31 décembre (écart à l'original : bandes de l'original inversées) : 0 = moins de 25
   * ans, 1 = 25–39, 2 = 40–59, 3 = 60–74, 4 = 75 ans et plus (âge = Y − année de naissance).
   *
   * @param anneeNaissance année de naissance de la personne protégée (ex. {@code 1950})
   * @return tranche de 0 à 4
   */
  public int trancheAge(int anneeNaissance) {
    int age = annee - anneeNaissance;
    if (age < 25) {
      return 0;
    }
    if (age < 40) {
      return 1;
    }
    if (age < 60) {
      return 2;
    }
    return age < 75 ? 3 : 4;
  }

  /**
   * Ancienneté de prise en charge au 31 décembre : 0 = moins d'un an, 1 = 1 à moins de 3 ans, 2 = 3 à
   * moins de 5, 3 = 5 à moins de 10, 4 = 10 ans et plus (bornes basses incluses).
   *
   * @param nomination date de début de la prise en charge, non nulle
   * @return tranche de 0 à 4, en années révolues au 31 décembre
   */
  public int trancheAnciennete(LocalDate nomination) {
    int ans = Period.between(nomination, fin()).getYears();
    if (ans < 1) {
      return 0;
    }
    if (ans < 3) {
      return 1;
    }
    if (ans < 5) {
      return 2;
    }
    return ans < 10 ? 3 : 4;
  }
}
