// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.proximite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Propriétés de l'index : identique à un balayage exhaustif par la même distance. */
class IndexProximiteProperties {

  /** Point identifié (l'identifiant sert à départager et à comparer). */
  record Point(int id, Position position) {}

  /** Nuages mêlant monde entier, pôles, antiméridien, métropole et points dupliqués. */
  static List<Point> nuage(long graine, int n) {
    Random r = new Random(graine);
    List<Point> res = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      double lat;
      double lon;
      switch (r.nextInt(5)) {
        case 0 -> {
          lat = Math.toDegrees(Math.asin(2 * r.nextDouble() - 1));
          lon = -180 + 360 * r.nextDouble();
        }
        case 1 -> {
          lat = (r.nextBoolean() ? 1 : -1) * (85 + 5 * r.nextDouble());
          lon = -180 + 360 * r.nextDouble();
        }
        case 2 -> {
          lat = -30 + 20 * r.nextDouble();
          lon = r.nextBoolean() ? 175 + 5 * r.nextDouble() : -180 + 5 * r.nextDouble();
        }
        case 3 -> {
          lat = 42 + 9 * r.nextDouble();
          lon = -5 + 13 * r.nextDouble();
        }
        default -> {
          Point p = res.isEmpty() ? null : res.get(r.nextInt(res.size()));
          lat = p == null ? 0 : p.position().latitude();
          lon = p == null ? 0 : p.position().longitude();
        }
      }
      res.add(new Point(i, Position.of(lat, lon)));
    }
    return res;
  }

  static Position centre(long graine, List<Point> points) {
    Random r = new Random(graine * 31 + 7);
    if (!points.isEmpty() && r.nextBoolean()) {
      return points.get(r.nextInt(points.size())).position();
    }
    return switch (r.nextInt(4)) {
      case 0 -> Position.of(90 * (r.nextBoolean() ? 1 : -1), -180 + 360 * r.nextDouble());
      case 1 -> Position.of(-30 + 20 * r.nextDouble(), r.nextBoolean() ? 180 : -180);
      case 2 -> Position.of(42 + 9 * r.nextDouble(), -5 + 13 * r.nextDouble());
      default -> Position.of(-90 + 180 * r.nextDouble(), -180 + 360 * r.nextDouble());
    };
  }

  static List<Voisin<Point>> forceBrute(
      List<Point> points, Position c, double rayon, Predicate<Point> filtre) {
    return points.stream()
        .filter(filtre)
        .map(p -> new Voisin<>(p, DistanceOrthodromique.km(c, p.position())))
        .filter(v -> v.distanceKm() <= rayon)
        .sorted(
            Comparator.<Voisin<Point>>comparingDouble(Voisin::distanceKm)
                .thenComparingInt(v -> v.element().id()))
        .collect(Collectors.toList());
  }

  static List<Integer> ids(List<Voisin<Point>> v) {
    return v.stream().map(x -> x.element().id()).collect(Collectors.toList());
  }

  @Test
  void kPlusProchesEgalTriExhaustif() {
    qt().withExamples(200)
        .forAll(integers().all(), integers().between(0, 400), integers().between(0, 40))
        .checkAssert(
            (graine, n, k) -> {
              List<Point> points = nuage(graine, n);
              IndexProximite<Point> index = IndexProximite.construire(points, p -> Optional.of(p.position()));
              Position c = centre(graine, points);
              List<Voisin<Point>> attendu = forceBrute(points, c, Double.POSITIVE_INFINITY, p -> true);
              List<Voisin<Point>> obtenu = index.plusProches(c, k);
              assertThat(ids(obtenu)).isEqualTo(ids(attendu.subList(0, Math.min(k, attendu.size()))));
            });
  }

  @Test
  void kPlusProchesAvecFiltreEtRayonMaximal() {
    qt().withExamples(200)
        .forAll(integers().all(), integers().between(0, 300), integers().between(1, 30), integers().between(0, 3000))
        .checkAssert(
            (graine, n, k, rayon) -> {
              List<Point> points = nuage(graine, n);
              IndexProximite<Point> index = IndexProximite.construire(points, p -> Optional.of(p.position()));
              Position c = centre(graine, points);
              Predicate<Point> pairs = p -> p.id() % 2 == 0;
              List<Voisin<Point>> attendu = forceBrute(points, c, rayon, pairs);
              List<Voisin<Point>> obtenu = index.plusProches(c, k, rayon, pairs);
              assertThat(ids(obtenu)).isEqualTo(ids(attendu.subList(0, Math.min(k, attendu.size()))));
            });
  }

  @Test
  void rayonToutResultatDedansEtAucunManquant() {
    qt().withExamples(200)
        .forAll(integers().all(), integers().between(0, 400), integers().between(0, 21000))
        .checkAssert(
            (graine, n, rayon) -> {
              List<Point> points = nuage(graine, n);
              IndexProximite<Point> index = IndexProximite.construire(points, p -> Optional.of(p.position()));
              Position c = centre(graine, points);
              List<Voisin<Point>> obtenu = index.dansRayon(c, rayon);
              assertThat(obtenu).allSatisfy(v -> assertThat(v.distanceKm()).isLessThanOrEqualTo(rayon));
              assertThat(obtenu)
                  .allSatisfy(
                      v ->
                          assertThat(v.distanceKm())
                              .isEqualTo(DistanceOrthodromique.km(c, v.element().position())));
              assertThat(ids(obtenu)).isEqualTo(ids(forceBrute(points, c, rayon, p -> true)));
            });
  }
}
