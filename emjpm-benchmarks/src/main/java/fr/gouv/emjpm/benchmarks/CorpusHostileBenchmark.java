// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.benchmarks;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.io.mesures.CorpusHostile;
import fr.gouv.emjpm.io.mesures.ImportMesures;
import fr.gouv.emjpm.io.mesures.MesuresImporter;
import fr.gouv.emjpm.io.mesures.ParametresImport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Refus de chaque fichier du corpus hostile (jar de test d'emjpm-io, {@link CorpusHostile}) dans un tas
 * de 256 Mio. Objectif (issue 6) : chaque fichier refusé en moins de 2 s. Les cas « delai » et
 * « delai-ouverture » sont exclus : ils mesurent l'échéance coopérative réglée à 1 ns.
 *
 * <pre>
 * mvn -B -ntp -Pbench -pl emjpm-benchmarks -am package -DskipTests
 * java -jar emjpm-benchmarks/target/benchmarks.jar CorpusHostileBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
public class CorpusHostileBenchmark {

  @Param({"octets-aleatoires", "texte-avec-nul", "vide", "xlsx-tronque", "bombe-zip", "bombe-faible-ratio",
      "repertoire-central-menteur", "feuille-menteuse", "feuille-menteuse-sans-lignes", "types-de-contenu-menteurs",
      "styles-geants", "cellule-geante", "cellule-geante-honnete", "chaine-partagee-geante", "chaines-partagees",
      "chaines-partagees-sans-compte", "chaines-partagees-volumineuses", "entrees-en-double", "trop-d-entrees", "xxe",
      "milliard-de-rires", "xxe-chaines-partagees", "xxe-types-de-contenu", "xxe-utf16", "ole2-chiffre", "biff5",
      "trop-gros", "trop-de-colonnes", "cellule-trop-longue", "trop-de-lignes"})
  public String cas;

  private Path fichier;
  private ParametresImport parametres;
  private MesuresImporter importer;
  private String code;

  /** Écrit le fichier du cas et vérifie qu'il est refusé par son code. */
  @Setup(Level.Trial)
  public void preparer() throws Exception {
    CorpusHostile.Cas c = CorpusHostile.cas().get(cas);
    fichier = Files.createTempFile("emjpm-hostile", ".bin");
    Files.write(fichier, c.octets());
    parametres = ParametresImport.pour(GestionnaireId.individuel(1)).avecLimites(c.limites());
    importer = MesuresImporter.avec(Moteurs.horlogeFixe());
    code = c.code();
    Resultat<ImportMesures> r = refuser();
    if (r.estSucces() || !r.violations().get(0).code().equals(code)) {
      throw new IllegalStateException("cas " + cas + " : code inattendu");
    }
  }

  /** Supprime le fichier. */
  @TearDown(Level.Trial)
  public void nettoyer() throws Exception {
    Files.deleteIfExists(fichier);
  }

  /** Import refusé. */
  @Benchmark
  public Resultat<ImportMesures> refuser() throws Exception {
    return importer.importer(fichier, parametres);
  }
}
