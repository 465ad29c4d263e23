// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.benchmarks;

import fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire;
import fr.gouv.emjpm.rules.proximite.DistanceOrthodromique;
import fr.gouv.emjpm.rules.proximite.IndexProximite;
import fr.gouv.emjpm.rules.proximite.Position;
import fr.gouv.emjpm.rules.proximite.Voisin;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * k = 20 plus proches parmi 20 000 gestionnaires : index STRtree + haversine contre balayage
 * haversine exhaustif (même distance), dans la même exécution.
 *
 * <p>{@code mvn -B -ntp -o -Pbench -pl emjpm-benchmarks -am package -DskipTests && java -jar
 * emjpm-benchmarks/target/benchmarks.jar Proximite -f 1 -wi 2 -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ProximiteBenchmark {

  static final int K = 20;

  List<FicheGestionnaire> fiches;
  IndexProximite<FicheGestionnaire> index;
  double[] lat;
  double[] lon;
  Position[] points;
  int suivant;

  @Setup(Level.Trial)
  public void preparer() {
    fiches = JeuxDisponibilite.gestionnaires(20_000, 20_26L);
    index = IndexProximite.construire(fiches, FicheGestionnaire::position);
    lat = new double[fiches.size()];
    lon = new double[fiches.size()];
    for (int i = 0; i < fiches.size(); i++) {
      Position p = fiches.get(i).position().orElseThrow();
      lat[i] = p.latitude();
      lon[i] = p.longitude();
    }
    points = JeuxDisponibilite.points(1024, 7L);
  }

  private Position point() {
    suivant = (suivant + 1) & 1023;
    return points[suivant];
  }

  /** Index : k plus proches, sans limite de rayon. */
  @Benchmark
  public List<Voisin<FicheGestionnaire>> kPlusProchesIndex() {
    return index.plusProches(point(), K);
  }

  /** Balayage : haversine sur les 20 000 positions, tas borné des k meilleurs. */
  @Benchmark
  public List<Integer> kPlusProchesBalayage() {
    Position c = point();
    PriorityQueue<double[]> tas =
        new PriorityQueue<>(K + 1, Comparator.comparingDouble((double[] x) -> x[0]).reversed());
    for (int i = 0; i < lat.length; i++) {
      double d = DistanceOrthodromique.km(c.latitude(), c.longitude(), lat[i], lon[i]);
      if (tas.size() < K) {
        tas.add(new double[] {d, i});
      } else if (d < tas.peek()[0]) {
        tas.poll();
        tas.add(new double[] {d, i});
      }
    }
    List<Integer> res = new ArrayList<>(K);
    while (!tas.isEmpty()) {
      res.add((int) tas.poll()[1]);
    }
    return res;
  }
}
