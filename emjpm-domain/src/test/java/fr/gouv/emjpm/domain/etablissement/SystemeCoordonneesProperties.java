// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.etablissement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;

/** Allers-retours WGS84 → projection → WGS84 à moins d'un millimètre, sur le domaine de chaque système. */
class SystemeCoordonneesProperties {

  /** Écart en mètres entre deux points proches (approximation locale, largement suffisante au mm). */
  private static double ecartMetres(PointWgs84 a, PointWgs84 b) {
    double dLat = Math.toRadians(a.latitude() - b.latitude()) * 6_378_137.0;
    double dLon = Math.toRadians(a.longitude() - b.longitude()) * 6_378_137.0 * Math.cos(Math.toRadians(a.latitude()));
    return Math.hypot(dLat, dLon);
  }

  private static void allerRetour(SystemeCoordonnees s, double latMin, double latMax, double lonMin, double lonMax) {
    qt().withExamples(3000)
        .forAll(doubles().between(latMin, latMax), doubles().between(lonMin, lonMax))
        .checkAssert((lat, lon) -> {
          PointWgs84 p = new PointWgs84(lat, lon);
          double[] xy = s.depuisWgs84(p);
          PointWgs84 retour = s.versWgs84(xy[0], xy[1]).orElseThrow();
          assertThat(ecartMetres(p, retour)).isLessThan(0.001);
          double[] xy2 = s.depuisWgs84(retour);
          assertThat(Math.hypot(xy2[0] - xy[0], xy2[1] - xy[1])).isLessThan(0.001);
        });
  }

  @Test
  void lambert93_metropole_et_corse() {
    allerRetour(SystemeCoordonnees.LAMBERT_93, 41.0, 51.5, -5.5, 10.0);
  }

  @Test
  void utm_20n_antilles() {
    allerRetour(SystemeCoordonnees.UTM_20N, 14.0, 18.5, -63.5, -60.5);
  }

  @Test
  void utm_22n_guyane() {
    allerRetour(SystemeCoordonnees.UTM_22N, 2.0, 6.0, -54.6, -51.5);
  }

  @Test
  void utm_40s_reunion_et_38s_mayotte_et_21n_spm() {
    allerRetour(SystemeCoordonnees.UTM_40S, -21.5, -20.8, 55.1, 55.9);
    allerRetour(SystemeCoordonnees.UTM_38S, -13.1, -12.6, 44.9, 45.4);
    allerRetour(SystemeCoordonnees.UTM_21N, 46.7, 47.2, -56.5, -56.1);
  }

  @Test
  void utm_sur_toute_la_largeur_de_zone() {
    allerRetour(SystemeCoordonnees.UTM_22N, -10, 60, -57, -45);
  }

  @Test
  void coordonnees_quelconques_jamais_d_exception_ni_hors_bornes() {
    qt().withExamples(5000)
        .forAll(doubles().any(), doubles().any())
        .checkAssert((x, y) -> {
          for (SystemeCoordonnees s : SystemeCoordonnees.values()) {
            s.versWgs84(x, y).ifPresent(p -> {
              assertThat(Math.abs(p.latitude())).isLessThanOrEqualTo(90);
              assertThat(Math.abs(p.longitude())).isLessThanOrEqualTo(180);
            });
          }
        });
  }
}
