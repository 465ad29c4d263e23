// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.referentiel;

import java.util.Optional;

/**
 * Point WGS84 en degrés décimaux : latitude dans [-90, 90], longitude dans [-180, 180], toutes deux
 * finies. Latitude et longitude vont ensemble : une position à moitié renseignée n'existe pas. C'est
 * la position d'une mesure (centroïde de la commune de son lieu de vie, {@code Mesure.position()}).
 * Immuable et thread-safe.
 *
 * @param latitude latitude en degrés décimaux
 * @param longitude longitude en degrés décimaux
 */
public record Position(double latitude, double longitude) {

  /**
   * Garantit l'invariant : coordonnées finies et dans leurs bornes.
   *
   * @param latitude latitude en degrés décimaux, finie, de -90 à 90
   * @param longitude longitude en degrés décimaux, finie, de -180 à 180
   * @throws IllegalArgumentException hors des bornes WGS84 ou non finie (le message ne cite pas la valeur)
   */
  public Position {
    if (!estValide(latitude, longitude)) {
      throw new IllegalArgumentException("Coordonnées hors des bornes WGS84");
    }
  }

  /**
   * {@return la position (lève {@link IllegalArgumentException} hors des bornes)}
   *
   * @param latitude latitude en degrés décimaux, de -90 à 90
   * @param longitude longitude en degrés décimaux, de -180 à 180
   */
  public static Position of(double latitude, double longitude) {
    return new Position(latitude, longitude);
  }

  /**
   * Position lue en deux champs séparés (colonnes ou champs JSON {@code latitude} et {@code longitude}).
   *
   * @param latitude latitude, absente avec la longitude
   * @param longitude longitude, absente avec la latitude
   * @return la position, vide si les deux sont absentes
   * @throws IllegalArgumentException si une seule est présente, ou hors des bornes
   */
  public static Optional<Position> de(Optional<Double> latitude, Optional<Double> longitude) {
    if (latitude.isPresent() != longitude.isPresent()) {
      throw new IllegalArgumentException("Latitude et longitude doivent être toutes deux présentes ou absentes");
    }
    return latitude.map(lat -> of(lat, longitude.orElseThrow()));
  }

  /**
   * {@return vrai si le couple est une position WGS84 acceptable (finie, dans les bornes)}
   *
   * @param latitude latitude en degrés décimaux
   * @param longitude longitude en degrés décimaux
   */
  public static boolean estValide(double latitude, double longitude) {
    return latitude >= -90.0 && latitude <= 90.0 && longitude >= -180.0 && longitude <= 180.0;
  }
}
