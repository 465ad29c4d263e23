// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.proximite;

/**
 * Point WGS84 en degrés décimaux (latitude dans [-90, 90], longitude dans [-180, 180]). Immuable et
 * thread-safe.
 *
 * @param latitude latitude en degrés
 * @param longitude longitude en degrés
 */
public record Position(double latitude, double longitude) {

  /**
   * Garantit l'invariant : coordonnées finies et dans leurs bornes.
   *
   * @param latitude latitude en degrés décimaux, finie, de -90 à 90
   * @param longitude longitude en degrés décimaux, finie, de -180 à 180
   */
  public Position {
    if (!estValide(latitude, longitude)) {
      throw new IllegalArgumentException("Coordonnées hors bornes WGS84");
    }
  }

  /**
   * Position de confiance (lève {@link IllegalArgumentException} hors bornes).
   *
   * @param latitude latitude en degrés décimaux, de -90 à 90
   * @param longitude longitude en degrés décimaux, de -180 à 180
   * @return la position
   */
  public static Position of(double latitude, double longitude) {
    return new Position(latitude, longitude);
  }

  /**
   * Vrai si le couple est une position WGS84 acceptable.
   *
   * @param latitude latitude en degrés décimaux
   * @param longitude longitude en degrés décimaux
   * @return vrai si les deux coordonnées sont finies et dans leurs bornes
   */
  public static boolean estValide(double latitude, double longitude) {
    return Double.isFinite(latitude)
        && Double.isFinite(longitude)
        && latitude >= -90.0
        && latitude <= 90.0
        && longitude >= -180.0
        && longitude <= 180.0;
  }
}
