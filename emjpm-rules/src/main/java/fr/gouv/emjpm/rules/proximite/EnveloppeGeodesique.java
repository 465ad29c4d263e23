// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.proximite;

import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * Enveloppes en degrés (x = longitude, y = latitude) qui contiennent à coup sûr tout point situé à
 * au plus {@code rayon} km d'un centre, sur la sphère de {@link DistanceOrthodromique}.
 *
 * <p>Latitude : centre ± δ (δ = rayon / R). Si un pôle est dans le disque, toutes les longitudes.
 * Sinon la demi-largeur en longitude est exactement {@code asin(sin δ / cos φ)} (elle grandit comme
 * 1/cos φ vers les pôles). À l'antiméridien, l'intervalle est coupé en deux enveloppes. Une petite
 * marge couvre les arrondis ; le filtre exact reste la distance haversine.
 */
final class EnveloppeGeodesique {

  private static final double MARGE_RAD = 1e-7;
  private static final List<Envelope> MONDE = List.of(new Envelope(-180.0, 180.0, -90.0, 90.0));

  private EnveloppeGeodesique() {}

  static List<Envelope> autour(double latitude, double longitude, double rayonKm) {
    if (rayonKm >= DistanceOrthodromique.DISTANCE_MAX_KM) {
      return MONDE;
    }
    double delta = rayonKm / DistanceOrthodromique.RAYON_TERRE_KM + MARGE_RAD;
    double phi = Math.toRadians(latitude);
    double latMin = Math.toDegrees(phi - delta);
    double latMax = Math.toDegrees(phi + delta);
    if (latMax >= 90.0 || latMin <= -90.0) {
      return List.of(new Envelope(-180.0, 180.0, Math.max(-90.0, latMin), Math.min(90.0, latMax)));
    }
    double s = Math.sin(delta) / Math.cos(phi);
    if (s >= 1.0) {
      return List.of(new Envelope(-180.0, 180.0, latMin, latMax));
    }
    double dLon = Math.toDegrees(Math.asin(s) + MARGE_RAD);
    double lo = longitude - dLon;
    double hi = longitude + dLon;
    if (dLon >= 180.0) {
      return List.of(new Envelope(-180.0, 180.0, latMin, latMax));
    }
    if (lo < -180.0) {
      return List.of(
          new Envelope(lo + 360.0, 180.0, latMin, latMax), new Envelope(-180.0, hi, latMin, latMax));
    }
    if (hi > 180.0) {
      return List.of(
          new Envelope(lo, 180.0, latMin, latMax), new Envelope(-180.0, hi - 360.0, latMin, latMax));
    }
    return List.of(new Envelope(lo, hi, latMin, latMax));
  }
}
