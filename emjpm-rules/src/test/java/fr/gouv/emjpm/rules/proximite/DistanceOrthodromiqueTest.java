// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.proximite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Percentage.withPercentage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DistanceOrthodromiqueTest {

  static final Position PARIS = Position.of(48.8566, 2.3522);
  static final Position LILLE = Position.of(50.6292, 3.0573);
  static final Position MARSEILLE = Position.of(43.2965, 5.3698);

  @Test
  void parisLilleEnviron204Km() {
    assertThat(DistanceOrthodromique.km(PARIS, LILLE)).isCloseTo(204.0, withPercentage(0.5));
  }

  @Test
  void parisMarseilleEnviron661Km() {
    assertThat(DistanceOrthodromique.km(PARIS, MARSEILLE)).isCloseTo(661.0, withPercentage(0.5));
  }

  @Test
  void symetriqueEtNulleSurLeMemePoint() {
    assertThat(DistanceOrthodromique.km(PARIS, PARIS)).isZero();
    assertThat(DistanceOrthodromique.km(LILLE, MARSEILLE))
        .isEqualTo(DistanceOrthodromique.km(MARSEILLE, LILLE));
  }

  @Test
  void traverseeDeLAntimeridien() {
    // 1 degré de longitude à l'équateur, de part et d'autre de ±180°.
    double d = DistanceOrthodromique.km(Position.of(0, 179.5), Position.of(0, -179.5));
    assertThat(d).isCloseTo(DistanceOrthodromique.RAYON_TERRE_KM * Math.PI / 180.0, within(1e-9));
    assertThat(DistanceOrthodromique.km(Position.of(10, 180), Position.of(10, -180)))
        .isCloseTo(0.0, within(1e-9));
  }

  @Test
  void antipodesDonnentLaDemiCirconference() {
    assertThat(DistanceOrthodromique.km(Position.of(0, 0), Position.of(0, 180)))
        .isCloseTo(DistanceOrthodromique.DISTANCE_MAX_KM, within(1e-6));
    assertThat(DistanceOrthodromique.km(Position.of(90, 0), Position.of(-90, 0)))
        .isCloseTo(DistanceOrthodromique.DISTANCE_MAX_KM, within(1e-6));
  }

  /** Outre-mer (971 Pointe-à-Pitre, 974 Saint-Denis, 988 Nouméa, 986 Mata-Utu) : ±0,5 % de Vincenty. */
  @ParameterizedTest
  @CsvSource({
    "48.8566, 2.3522, 16.2411, -61.5331",
    "48.8566, 2.3522, -20.8789, 55.4481",
    "48.8566, 2.3522, -22.2758, 166.4580",
    "-22.2758, 166.4580, -13.2825, -176.1745",
    "16.2411, -61.5331, -20.8789, 55.4481",
    "50.6292, 3.0573, 50.6942, 3.1746"
  })
  void accordAvecVincentySurLEllipsoide(double lat1, double lon1, double lat2, double lon2) {
    double attendu = Vincenty.km(lat1, lon1, lat2, lon2);
    assertThat(DistanceOrthodromique.km(lat1, lon1, lat2, lon2))
        .isCloseTo(attendu, withPercentage(0.5));
  }

  @Test
  void parisNoumeaEnviron16700Km() {
    double d = DistanceOrthodromique.km(PARIS, Position.of(-22.2758, 166.4580));
    assertThat(d).isBetween(16_600.0, 16_800.0);
  }

  @Test
  void positionHorsBornesRefusee() {
    assertThatThrownBy(() -> Position.of(91, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Position.of(0, 180.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Position.of(Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Position.estValide(-90, -180)).isTrue();
  }

  /** Formule inverse de Vincenty (ellipsoïde WGS84), oracle indépendant pour les tests. */
  static final class Vincenty {
    static double km(double lat1, double lon1, double lat2, double lon2) {
      double a = 6378137.0;
      double f = 1 / 298.257223563;
      double b = (1 - f) * a;
      double l = Math.toRadians(lon2 - lon1);
      double u1 = Math.atan((1 - f) * Math.tan(Math.toRadians(lat1)));
      double u2 = Math.atan((1 - f) * Math.tan(Math.toRadians(lat2)));
      double sinU1 = Math.sin(u1);
      double cosU1 = Math.cos(u1);
      double sinU2 = Math.sin(u2);
      double cosU2 = Math.cos(u2);
      double lambda = l;
      double sinSigma = 0;
      double cosSigma = 0;
      double sigma = 0;
      double cosSqAlpha = 0;
      double cos2SigmaM = 0;
      for (int i = 0; i < 200; i++) {
        double sinLambda = Math.sin(lambda);
        double cosLambda = Math.cos(lambda);
        sinSigma =
            Math.sqrt(
                Math.pow(cosU2 * sinLambda, 2)
                    + Math.pow(cosU1 * sinU2 - sinU1 * cosU2 * cosLambda, 2));
        cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosLambda;
        sigma = Math.atan2(sinSigma, cosSigma);
        double sinAlpha = cosU1 * cosU2 * sinLambda / sinSigma;
        cosSqAlpha = 1 - sinAlpha * sinAlpha;
        cos2SigmaM = cosSqAlpha == 0 ? 0 : cosSigma - 2 * sinU1 * sinU2 / cosSqAlpha;
        double c = f / 16 * cosSqAlpha * (4 + f * (4 - 3 * cosSqAlpha));
        double precedent = lambda;
        lambda =
            l
                + (1 - c)
                    * f
                    * sinAlpha
                    * (sigma
                        + c
                            * sinSigma
                            * (cos2SigmaM + c * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
        if (Math.abs(lambda - precedent) < 1e-12) {
          break;
        }
      }
      double uSq = cosSqAlpha * (a * a - b * b) / (b * b);
      double aa = 1 + uSq / 16384 * (4096 + uSq * (-768 + uSq * (320 - 175 * uSq)));
      double bb = uSq / 1024 * (256 + uSq * (-128 + uSq * (74 - 47 * uSq)));
      double deltaSigma =
          bb
              * sinSigma
              * (cos2SigmaM
                  + bb
                      / 4
                      * (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)
                          - bb
                              / 6
                              * cos2SigmaM
                              * (-3 + 4 * sinSigma * sinSigma)
                              * (-3 + 4 * cos2SigmaM * cos2SigmaM)));
      return b * aa * (sigma - deltaSigma) / 1000.0;
    }
  }
}
