// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.proximite;

/**
 * Distance orthodromique (grand cercle) par la formule de haversine sur la sphère de rayon moyen
 * WGS84 (IUGG R1 = 6 371,0088 km). Remplace la distance en unités Web Mercator de l'original
 * (défaut de l'original), qui surestime d'environ 45 % en métropole. L'erreur par rapport à
 * l'ellipsoïde reste inférieure à 0,5 %. Classe utilitaire sans état, thread-safe.
 */
public final class DistanceOrthodromique {

  /** Rayon moyen de la Terre (WGS84, IUGG R1), en kilomètres. */
  public static final double RAYON_TERRE_KM = 6371.0088;

  /** Demi-circonférence : aucune distance ne la dépasse. */
  public static final double DISTANCE_MAX_KM = Math.PI * RAYON_TERRE_KM;

  private DistanceOrthodromique() {}

  /**
   * Distance en kilomètres entre deux positions.
   *
   * @param a premier point
   * @param b second point
   * @return distance orthodromique en kilomètres, de 0 à {@link #DISTANCE_MAX_KM}
   */
  public static double km(Position a, Position b) {
    return km(a.latitude(), a.longitude(), b.latitude(), b.longitude());
  }

  /**
   * Distance en kilomètres entre deux points donnés en degrés.
   *
   * @param lat1 latitude du premier point, en degrés décimaux
   * @param lon1 longitude du premier point, en degrés décimaux
   * @param lat2 latitude du second point, en degrés décimaux
   * @param lon2 longitude du second point, en degrés décimaux
   * @return distance orthodromique en kilomètres, de 0 à {@link #DISTANCE_MAX_KM}
   */
  public static double km(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    return kmRadians(p1, Math.cos(p1), Math.toRadians(lon1), p2, Math.cos(p2), Math.toRadians(lon2));
  }

  /**
   * Haversine sur des valeurs déjà converties en radians (cosinus des latitudes précalculés) : c'est
   * la même formule que {@link #km(double, double, double, double)}, utilisée par l'index.
   */
  static double kmRadians(
      double phi1, double cosPhi1, double lambda1, double phi2, double cosPhi2, double lambda2) {
    double sinDPhi = Math.sin((phi2 - phi1) / 2.0);
    double sinDLambda = Math.sin((lambda2 - lambda1) / 2.0);
    double a = sinDPhi * sinDPhi + cosPhi1 * cosPhi2 * sinDLambda * sinDLambda;
    if (a > 1.0) {
      a = 1.0;
    }
    return 2.0 * RAYON_TERRE_KM * Math.asin(Math.sqrt(a));
  }
}
