// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.benchmarks;

import fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire;
import fr.gouv.emjpm.rules.proximite.IndexGestionnaires;
import java.util.List;
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
 * Construction de l'index de proximité pour 20 000 gestionnaires (cible ≤ 50 ms).
 *
 * <p>{@code java -jar emjpm-benchmarks/target/benchmarks.jar ConstructionIndex -f 1 -wi 2 -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ConstructionIndexBenchmark {

  List<FicheGestionnaire> fiches;

  @Setup(Level.Trial)
  public void preparer() {
    fiches = JeuxDisponibilite.gestionnaires(20_000, 20_26L);
  }

  @Benchmark
  public IndexGestionnaires construire() {
    return IndexGestionnaires.construire(fiches);
  }
}
