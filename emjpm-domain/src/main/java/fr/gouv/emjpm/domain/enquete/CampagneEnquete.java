// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.enquete;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Campagne annuelle (table {@code enquetes}) : année de la campagne et date limite.
 *
 * @param annee année de la campagne (quatre chiffres) ; l'activité enquêtée est celle de {@code annee - 1}
 * @param dateFin date limite de réponse (incluse)
 */
public record CampagneEnquete(int annee, LocalDate dateFin) {

  /**
   * Construit une campagne ; l'année doit avoir quatre chiffres.
   *
   * @param annee année de la campagne, de 1000 à 9999
   * @param dateFin date limite de réponse (incluse), non nulle
   */
  public CampagneEnquete {
    Objects.requireNonNull(dateFin, "dateFin");
    if (annee < 1000 || annee > 9999) {
      throw new IllegalArgumentException("année de campagne hors de 1000..9999");
    }
  }

  /** {@return année d'activité enquêtée (Y = année − 1)} */
  public int anneeActivite() {
    return annee - 1;
  }

  /**
   * {@return vrai si la campagne accepte encore des réponses à cette date (date limite incluse)}
   *
   * @param date date du jour de la réponse
   */
  public boolean estOuverteLe(LocalDate date) {
    return !date.isAfter(dateFin);
  }
}
