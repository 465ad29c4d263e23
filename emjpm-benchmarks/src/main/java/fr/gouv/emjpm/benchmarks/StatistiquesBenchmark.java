// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.benchmarks;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.rules.disponibilite.ComptageMesures;
import fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire;
import fr.gouv.emjpm.rules.statistiques.IndicateursDisponibilite;
import fr.gouv.emjpm.rules.statistiques.Perimetre;
import fr.gouv.emjpm.rules.statistiques.Statistiques;
import java.util.List;
import java.util.SplittableRandom;
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
 * Statistiques nationales (§4.4) sur 712 000 mesures et 12 000 gestionnaires, sur un seul fil
 * (cible ≤ 100 ms) : comptage des mesures puis indicateurs.
 *
 * <p>{@code java -jar emjpm-benchmarks/target/benchmarks.jar Statistiques -f 1 -wi 2 -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StatistiquesBenchmark {

  List<FicheGestionnaire> fiches;
  GestionnaireId[] gestionnaireDeMesure;
  byte[] statutDeMesure;

  @Setup(Level.Trial)
  public void preparer() {
    fiches = JeuxDisponibilite.gestionnaires(12_000, 12L);
    SplittableRandom r = new SplittableRandom(712L);
    gestionnaireDeMesure = new GestionnaireId[712_000];
    statutDeMesure = new byte[712_000];
    for (int i = 0; i < gestionnaireDeMesure.length; i++) {
      gestionnaireDeMesure[i] = fiches.get(r.nextInt(fiches.size())).id();
      int s = r.nextInt(100);
      statutDeMesure[i] = (byte) (s < 80 ? 0 : s < 85 ? 1 : 2);
    }
  }

  @Benchmark
  public IndicateursDisponibilite national() {
    ComptageMesures.Builder b = ComptageMesures.builder();
    for (int i = 0; i < gestionnaireDeMesure.length; i++) {
      switch (statutDeMesure[i]) {
        case 0 -> b.enCours(gestionnaireDeMesure[i]);
        case 1 -> b.enAttente(gestionnaireDeMesure[i]);
        default -> {}
      }
    }
    return Statistiques.standard().disponibilite(Perimetre.national(), fiches, b.build());
  }
}
