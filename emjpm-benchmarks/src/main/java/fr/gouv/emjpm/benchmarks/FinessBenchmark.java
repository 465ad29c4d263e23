// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.benchmarks;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.io.finess.ExtraitFiness;
import fr.gouv.emjpm.io.finess.FinessReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Lecture d'un extrait FINESS de la taille du fichier national (100 000 lignes {@code structureet} en
 * Windows-1252, accents compris, puis 100 000 lignes {@code geolocalisation} en Lambert-93 ; ≈ 51 Mo) :
 * décodage, établissements, jointure et conversion des coordonnées en WGS84.
 *
 * <p>Commande exacte, depuis la racine du dépôt :
 *
 * <pre>
 * mvn -B -ntp -Pbench -pl emjpm-benchmarks -am package -DskipTests
 * java -jar emjpm-benchmarks/target/benchmarks.jar FinessBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@State(Scope.Benchmark)
public class FinessBenchmark {

  private byte[] extrait = new byte[0];

  /** Construit l'extrait synthétique une fois. */
  @Setup(Level.Trial)
  public void construire() {
    StringBuilder sb = new StringBuilder(52_000_000);
    sb.append("finess;etalab;98;2026-05-12\r\n");
    for (int i = 0; i < 100_000; i++) {
      sb.append("structureet;").append(String.format(Locale.ROOT, "01%07d", i))
          .append(";010780054;EHPAD LES TILLEULS ").append(i)
          .append(";ETABLISSEMENT D'HÉBERGEMENT POUR PERSONNES ÂGÉES DÉPENDANTES;;;900;RTE;DE PARIS;;;451;01;AIN;"
              + "01440 VIRIAT;0474000000;0474000001;500;Etablissement d'hébergement pour personnes âgées "
              + "dépendantes;4401;Etablissements pour personnes âgées;26010004500012;8710A;40;ARS / Conseil "
              + "Départemental;9;Non concerné;1979-02-13;1979-02-13;2020-02-04;\r\n");
    }
    for (int i = 0; i < 100_000; i++) {
      sb.append("geolocalisation;").append(String.format(Locale.ROOT, "01%07d", i)).append(';')
          .append(870_262.2 + i).append(";6571540.8;1,ATLASANTE,96,BAN,EPSG:2154 RGF93 / Lambert-93 (Métropole);"
              + "2026-05-04\r\n");
    }
    extrait = sb.toString().getBytes(Charset.forName("windows-1252"));
  }

  /**
   * Lit l'extrait entier.
   *
   * @return l'extrait lu (absorbé par JMH)
   * @throws IOException jamais (flux en mémoire)
   */
  @Benchmark
  public Resultat<ExtraitFiness> lireExtraitNational() throws IOException {
    return FinessReader.parDefaut().lire(new ByteArrayInputStream(extrait));
  }
}
