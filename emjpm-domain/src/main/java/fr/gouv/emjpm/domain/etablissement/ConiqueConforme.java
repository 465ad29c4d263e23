// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.etablissement;

/**
 * Projection conique conforme de Lambert sécante (deux parallèles automécoïques), formules fermées
 * de la note d'orientation EPSG 7-2 (méthode 9802). Angles en degrés aux frontières, mètres pour les
 * coordonnées projetées.
 */
final class ConiqueConforme {

  private final Ellipsoide ellipsoide;
  private final double lon0;
  private final double x0;
  private final double y0;
  private final double n;
  private final double c;
  private final double rho0;

  ConiqueConforme(
      Ellipsoide ellipsoide, double lat1, double lat2, double lat0, double lon0, double x0, double y0) {
    this.ellipsoide = ellipsoide;
    this.lon0 = Math.toRadians(lon0);
    this.x0 = x0;
    this.y0 = y0;
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double m1 = m(p1);
    double m2 = m(p2);
    double l1 = ellipsoide.isometrique(p1);
    double l2 = ellipsoide.isometrique(p2);
    this.n = Math.log(m2 / m1) / (l1 - l2);
    this.c = ellipsoide.a() * m1 / n * Math.exp(n * l1);
    this.rho0 = c * Math.exp(-n * ellipsoide.isometrique(Math.toRadians(lat0)));
  }

  private double m(double phi) {
    double e = ellipsoide.e();
    double s = Math.sin(phi);
    return Math.cos(phi) / Math.sqrt(1 - e * e * s * s);
  }

  /** {x, y} du point de latitude et longitude données en degrés. */
  double[] projeter(double latitude, double longitude) {
    double rho = c * Math.exp(-n * ellipsoide.isometrique(Math.toRadians(latitude)));
    double theta = n * (Math.toRadians(longitude) - lon0);
    return new double[] {x0 + rho * Math.sin(theta), y0 + rho0 - rho * Math.cos(theta)};
  }

  /** {latitude, longitude} en degrés du point projeté. */
  double[] inverser(double x, double y) {
    double dx = x - x0;
    double dy = rho0 - (y - y0);
    double rho = Math.hypot(dx, dy);
    double theta = Math.atan2(dx, dy);
    double psi = -Math.log(rho / c) / n;
    double phi = ellipsoide.latitudeDepuisIsometrique(psi);
    return new double[] {Math.toDegrees(phi), Math.toDegrees(lon0 + theta / n)};
  }
}
