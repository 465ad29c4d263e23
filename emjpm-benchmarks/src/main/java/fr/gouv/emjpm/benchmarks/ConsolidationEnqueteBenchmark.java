// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.benchmarks;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.enquete.ReponseEnquete;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.domain.enquete.ValeurReponse;
import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.io.enquete.ConsolidationClasseurs;
import fr.gouv.emjpm.io.enquete.EnqueteExcelWriter;
import fr.gouv.emjpm.io.enquete.FormatExcel;
import fr.gouv.emjpm.rules.enquete.BaremesRevenus;
import fr.gouv.emjpm.rules.enquete.PreRemplissageEnquete;
import fr.gouv.emjpm.testkit.Mesures;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Consolidation d'un département : 300 classeurs préposé (annexe 7) générés au montage dans un dossier
 * temporaire (réponses pré-remplies depuis 30 mesures générées chacune, deux tiers en .xls, un tiers en
 * .xlsx, département « 01 »), puis {@link ConsolidationClasseurs#consolider} : chaque classeur lu seul,
 * rapport par fichier, totaux avec secret statistique. Temps rapporté <b>par classeur</b>
 * ({@code @OperationsPerInvocation(300)}) ; la JVM mesurée a un tas de 256 Mo ({@code -Xmx256m}) : la
 * mémoire est bornée puisqu'un seul classeur est ouvert à la fois. Objectif : ≤ 10 ms par classeur.
 *
 * <pre>
 * mvn -B -ntp -Pbench -pl emjpm-benchmarks -am package -DskipTests
 * java -jar emjpm-benchmarks/target/benchmarks.jar ConsolidationEnqueteBenchmark -f 1 -wi 1 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
public class ConsolidationEnqueteBenchmark {

  /** Nombre de classeurs du département. */
  static final int CLASSEURS = 300;

  private Path dossier;

  /** Génère les 300 classeurs. */
  @Setup
  public void preparer() throws IOException {
    dossier = Files.createTempDirectory("emjpm-consolidation-");
    for (int i = 0; i < CLASSEURS; i++) {
      ReponseEnquete r = PreRemplissageEnquete.preRemplir(TypeEnquete.PREPOSE, 2021,
          Mesures.generateur().typeGestionnaire(TypeGestionnaire.PREPOSE)
              .datesEntre(LocalDate.of(2008, 1, 1), LocalDate.of(2022, 12, 31)).liste(i, 30),
          Optional.empty(), BaremesRevenus.originaux()).valeur().orElseThrow()
          .avec("enquete_reponses_modalites_exercice", "departement", ValeurReponse.texte("01"));
      boolean xlsx = i % 3 == 1;
      Path f = dossier.resolve(String.format(Locale.ROOT, "r%04d.%s", i, xlsx ? "xlsx" : "xls"));
      try (OutputStream out = Files.newOutputStream(f)) {
        Resultat<Integer> e = EnqueteExcelWriter.ecrire(r, TypeEnquete.PREPOSE, 2021, out,
            xlsx ? FormatExcel.XLSX : FormatExcel.XLS);
        if (e.valeur().isEmpty()) {
          throw new IllegalStateException("export impossible");
        }
      }
    }
    ConsolidationClasseurs.Consolidation c = consolider();
    if (c.totaux().reponses() != CLASSEURS) {
      throw new IllegalStateException("classeurs non consolidés : " + c.totaux().reponses());
    }
  }

  /** Supprime le dossier temporaire. */
  @TearDown
  public void nettoyer() throws IOException {
    try (Stream<Path> s = Files.walk(dossier)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Consolidation des 300 classeurs (temps rapporté par classeur). */
  @Benchmark
  @OperationsPerInvocation(CLASSEURS)
  public ConsolidationClasseurs.Consolidation consolider() throws IOException {
    return ConsolidationClasseurs.consolider(dossier, TypeEnquete.PREPOSE, 2021, Optional.of("01"));
  }
}
