// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.benchmarks;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.enquete.ReponseEnquete;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.io.enquete.EnqueteExcelReader;
import fr.gouv.emjpm.io.enquete.EnqueteExcelWriter;
import fr.gouv.emjpm.io.enquete.FormatExcel;
import fr.gouv.emjpm.io.enquete.ImportEnquete;
import fr.gouv.emjpm.rules.enquete.BaremesRevenus;
import fr.gouv.emjpm.rules.enquete.PreRemplissageEnquete;
import fr.gouv.emjpm.testkit.Mesures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Import d'un classeur DGCS de l'enquête (préposé, annexe 7, 285 champs) depuis des octets en
 * mémoire : détection du format, ouverture POI, résolution des feuilles, lecture et conversion de
 * chaque cellule du catalogue, patch et arbre de statut. Classeur pré-rempli depuis 300 mesures
 * générées (graine fixe) puis écrit par {@link EnqueteExcelWriter}, en .xls et .xlsx ; et le modèle
 * DGCS réel embarqué (annexe_7-2019.xls, vide). Le montage vérifie que l'import réussit. Objectif :
 * ≤ 100 ms par import, à chaud.
 *
 * <pre>
 * mvn -B -ntp -Pbench -pl emjpm-benchmarks -am package -DskipTests
 * java -jar emjpm-benchmarks/target/benchmarks.jar EnqueteImportBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EnqueteImportBenchmark {

  /** Format du classeur importé. */
  @Param({"XLS", "XLSX", "MODELE_VIDE_XLS"})
  public String format;

  private byte[] classeur;

  /** Écrit une fois le classeur pré-rempli. */
  @Setup
  public void preparer() throws java.io.IOException {
    if (format.equals("MODELE_VIDE_XLS")) {
      try (java.io.InputStream in = EnqueteExcelReader.class.getResourceAsStream("annexe_7-2019.xls")) {
        classeur = in.readAllBytes();
      }
      verifier(Optional.empty());
      return;
    }
    ReponseEnquete r = PreRemplissageEnquete.preRemplir(TypeEnquete.PREPOSE, 2021,
        Mesures.generateur().typeGestionnaire(TypeGestionnaire.PREPOSE)
            .datesEntre(LocalDate.of(2008, 1, 1), LocalDate.of(2022, 12, 31)).liste(2021, 300),
        Optional.empty(), BaremesRevenus.originaux()).valeur().orElseThrow();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Resultat<Integer> ecrit = EnqueteExcelWriter.ecrire(r, TypeEnquete.PREPOSE, 2021, out, FormatExcel.valueOf(format));
    if (ecrit.valeur().isEmpty()) {
      throw new IllegalStateException("export impossible : " + ecrit.rapport().codes());
    }
    classeur = out.toByteArray();
    verifier(Optional.of(r));
  }

  /** Chaque champ renseigné de {@code a} est relu à l'identique dans {@code lu}. */
  private static boolean retrouvee(ReponseEnquete a, ReponseEnquete lu) {
    return fr.gouv.emjpm.rules.enquete.CatalogueEnquete.standard().champs(TypeEnquete.PREPOSE).stream()
        .filter(c -> a.valeur(c.table(), c.cle()).isPresent())
        .allMatch(c -> a.valeur(c.table(), c.cle()).equals(lu.valeur(c.table(), c.cle())));
  }

  /** Garde-fou : l'import mesuré réussit (et redonne chaque champ exporté). */
  private void verifier(Optional<ReponseEnquete> attendue) {
    Resultat<ImportEnquete> lu = importerClasseurPrepose();
    if (lu.valeur().isEmpty() || attendue.filter(a -> !retrouvee(a, lu.valeur().get().patch())).isPresent()) {
      throw new IllegalStateException("import en échec ou différent : " + lu.rapport().codes());
    }
  }

  /** Import complet d'un classeur (rendu à JMH). */
  @Benchmark
  public Resultat<ImportEnquete> importerClasseurPrepose() {
    return EnqueteExcelReader.lire(new ByteArrayInputStream(classeur), TypeEnquete.PREPOSE, 2021);
  }
}
