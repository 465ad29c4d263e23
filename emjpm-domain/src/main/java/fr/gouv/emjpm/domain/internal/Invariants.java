// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.internal;

import java.util.Optional;

/**
 * Vérifications d'invariants partagées par les entités (hors API). Une violation est une erreur de
 * programmation : {@link IllegalStateException}, sans donnée personnelle dans le message.
 */
public final class Invariants {

  private Invariants() {}

  /**
   * Latitude et longitude sont présentes ensemble ou absentes ensemble, finies et dans les bornes WGS84
   * (latitude −90..90, longitude −180..180).
   *
   * @param latitude latitude WGS84 en degrés décimaux, absente avec la longitude
   * @param longitude longitude WGS84 en degrés décimaux, absente avec la latitude
   */
  public static void verifierPosition(Optional<Double> latitude, Optional<Double> longitude) {
    if (latitude.isPresent() != longitude.isPresent()) {
      throw new IllegalStateException("Latitude et longitude doivent être toutes deux présentes ou absentes");
    }
    latitude.ifPresent(
        lat -> {
          if (!(lat >= -90.0 && lat <= 90.0)) {
            throw new IllegalStateException("Latitude hors de [-90, 90]");
          }
        });
    longitude.ifPresent(
        lon -> {
          if (!(lon >= -180.0 && lon <= 180.0)) {
            throw new IllegalStateException("Longitude hors de [-180, 180]");
          }
        });
  }

  /**
   * Identifiant technique strictement positif.
   *
   * @param id identifiant à vérifier
   * @param nom nom de l'identifiant, repris dans le message d'erreur
   */
  public static void verifierIdPositif(long id, String nom) {
    if (id <= 0) {
      throw new IllegalStateException(nom + " doit être strictement positif");
    }
  }

  /**
   * Identifiant technique facultatif : strictement positif s'il est présent.
   *
   * @param id identifiant facultatif à vérifier
   * @param nom nom de l'identifiant, repris dans le message d'erreur
   */
  public static void verifierIdPositif(Optional<Long> id, String nom) {
    if (id.isPresent()) { // sans lambda capturante : vérifié pour chaque mesure construite
      verifierIdPositif(id.get(), nom);
    }
  }
}
