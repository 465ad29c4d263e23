// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.etablissement;

/**
 * Ellipsoïde de référence : demi-grand axe et aplatissement. GRS80 (RGF93, RGAF09, RGFG95, RGR92,
 * RGM04) et WGS84 ne diffèrent que d'un dixième de millimètre sur le demi-petit axe.
 */
record Ellipsoide(double a, double f) {

  static final Ellipsoide GRS80 = new Ellipsoide(6_378_137.0, 1 / 298.257222101);
  static final Ellipsoide WGS84 = new Ellipsoide(6_378_137.0, 1 / 298.257223563);

  /** Première excentricité. */
  double e() {
    return Math.sqrt(f * (2 - f));
  }

  /**
   * Latitude géographique dont la latitude isométrique vaut {@code psi} (itération de point fixe, de
   * facteur de contraction e² : une dizaine de tours suffisent au double près).
   */
  double latitudeDepuisIsometrique(double psi) {
    double e = e();
    double phi = 2 * Math.atan(Math.exp(psi)) - Math.PI / 2;
    for (int i = 0; i < 30; i++) {
      double es = e * Math.sin(phi);
      double suivant =
          2 * Math.atan(Math.pow((1 + es) / (1 - es), e / 2) * Math.exp(psi)) - Math.PI / 2;
      if (Math.abs(suivant - phi) < 1e-15) {
        return suivant;
      }
      phi = suivant;
    }
    return phi;
  }

  /** Latitude isométrique de la latitude géographique {@code phi}. */
  double isometrique(double phi) {
    double es = e() * Math.sin(phi);
    return Math.log(Math.tan(Math.PI / 4 + phi / 2)) - e() / 2 * Math.log((1 + es) / (1 - es));
  }
}
