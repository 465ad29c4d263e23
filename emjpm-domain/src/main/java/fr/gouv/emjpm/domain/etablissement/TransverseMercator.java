// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.etablissement;

/**
 * Projection de Mercator transverse (UTM), séries de Krüger à l'ordre 6 en n (précision bien
 * inférieure au millimètre dans une zone UTM). Angles en degrés aux frontières, mètres pour les
 * coordonnées projetées.
 */
final class TransverseMercator {

  private final Ellipsoide ellipsoide;
  private final double lon0;
  private final double k0;
  private final double x0;
  private final double y0;
  private final double rayon;
  private final double[] alpha;
  private final double[] beta;

  TransverseMercator(Ellipsoide ellipsoide, double lon0, double k0, double x0, double y0) {
    this.ellipsoide = ellipsoide;
    this.lon0 = Math.toRadians(lon0);
    this.k0 = k0;
    this.x0 = x0;
    this.y0 = y0;
    double f = ellipsoide.f();
    double n = f / (2 - f);
    double n2 = n * n;
    double n3 = n2 * n;
    double n4 = n3 * n;
    double n5 = n4 * n;
    double n6 = n5 * n;
    this.rayon = ellipsoide.a() / (1 + n) * (1 + n2 / 4 + n4 / 64 + n6 / 256);
    this.alpha = new double[] {
      n / 2 - 2 * n2 / 3 + 5 * n3 / 16 + 41 * n4 / 180 - 127 * n5 / 288 + 7891 * n6 / 37800,
      13 * n2 / 48 - 3 * n3 / 5 + 557 * n4 / 1440 + 281 * n5 / 630 - 1983433 * n6 / 1935360,
      61 * n3 / 240 - 103 * n4 / 140 + 15061 * n5 / 26880 + 167603 * n6 / 181440,
      49561 * n4 / 161280 - 179 * n5 / 168 + 6601661 * n6 / 7257600,
      34729 * n5 / 80640 - 3418889 * n6 / 1995840,
      212378941 * n6 / 319334400
    };
    this.beta = new double[] {
      n / 2 - 2 * n2 / 3 + 37 * n3 / 96 - n4 / 360 - 81 * n5 / 512 + 96199 * n6 / 604800,
      n2 / 48 + n3 / 15 - 437 * n4 / 1440 + 46 * n5 / 105 - 1118711 * n6 / 3870720,
      17 * n3 / 480 - 37 * n4 / 840 - 209 * n5 / 4480 + 5569 * n6 / 90720,
      4397 * n4 / 161280 - 11 * n5 / 504 - 830251 * n6 / 7257600,
      4583 * n5 / 161280 - 108847 * n6 / 3991680,
      20648693 * n6 / 638668800
    };
  }

  /** {x, y} du point de latitude et longitude données en degrés. */
  double[] projeter(double latitude, double longitude) {
    double phi = Math.toRadians(latitude);
    double lambda = Math.toRadians(longitude) - lon0;
    double t = Math.sinh(ellipsoide.isometrique(phi));
    double xiP = Math.atan2(t, Math.cos(lambda));
    double etaP = atanh(Math.sin(lambda) / Math.sqrt(1 + t * t));
    double xi = xiP;
    double eta = etaP;
    for (int j = 1; j <= 6; j++) {
      xi += alpha[j - 1] * Math.sin(2 * j * xiP) * Math.cosh(2 * j * etaP);
      eta += alpha[j - 1] * Math.cos(2 * j * xiP) * Math.sinh(2 * j * etaP);
    }
    return new double[] {x0 + k0 * rayon * eta, y0 + k0 * rayon * xi};
  }

  /** {latitude, longitude} en degrés du point projeté. */
  double[] inverser(double x, double y) {
    double xi = (y - y0) / (k0 * rayon);
    double eta = (x - x0) / (k0 * rayon);
    double xiP = xi;
    double etaP = eta;
    for (int j = 1; j <= 6; j++) {
      xiP -= beta[j - 1] * Math.sin(2 * j * xi) * Math.cosh(2 * j * eta);
      etaP -= beta[j - 1] * Math.cos(2 * j * xi) * Math.sinh(2 * j * eta);
    }
    double chi = Math.asin(Math.sin(xiP) / Math.cosh(etaP));
    double psi = atanh(Math.sin(chi));
    double phi = ellipsoide.latitudeDepuisIsometrique(psi);
    double lambda = Math.atan2(Math.sinh(etaP), Math.cos(xiP));
    return new double[] {Math.toDegrees(phi), Math.toDegrees(lon0 + lambda)};
  }

  private static double atanh(double v) {
    return 0.5 * Math.log((1 + v) / (1 - v));
  }
}
