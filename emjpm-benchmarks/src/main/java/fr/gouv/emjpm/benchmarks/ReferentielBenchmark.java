// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.benchmarks;

import fr.gouv.emjpm.domain.referentiel.Referentiel;
import fr.gouv.emjpm.domain.referentiel.internal.ChargeurReferentiel;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Chargement complet d'un référentiel embarqué NEUF (les cinq CSV, 35 498 lignes de communes, et
 * tous les index) : {@link ChargeurReferentiel#chargerEmbarque()}, pas le singleton {@link
 * Referentiel#embarque()}. Objectif : moins de 150 ms par chargement, à chaud.
 *
 * <p>Commande exacte, depuis la racine du dépôt :
 *
 * <pre>
 * mvn -B -ntp -Pbench -pl emjpm-benchmarks -am package -DskipTests
 * java -jar emjpm-benchmarks/target/benchmarks.jar ReferentielBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReferentielBenchmark {

  /** Charge un référentiel neuf et le rend (JMH l'absorbe, pas d'élimination de code mort). */
  @Benchmark
  public Referentiel chargerReferentielComplet() {
    return ChargeurReferentiel.chargerEmbarque();
  }
}
