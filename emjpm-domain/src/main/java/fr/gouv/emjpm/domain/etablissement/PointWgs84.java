// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.etablissement;

/**
 * Point en coordonnées géographiques WGS84 (degrés décimaux). Immuable et thread-safe.
 *
 * @param latitude latitude, de -90 à 90
 * @param longitude longitude, de -180 à 180
 */
public record PointWgs84(double latitude, double longitude) {

  /**
   * Vérifie les bornes.
   *
   * @param latitude latitude finie, de -90 à 90
   * @param longitude longitude finie, de -180 à 180
   */
  public PointWgs84 {
    if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("Point hors des bornes WGS84");
    }
  }
}
