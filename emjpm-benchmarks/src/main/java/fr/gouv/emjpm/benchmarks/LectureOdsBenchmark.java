// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.benchmarks;

import fr.gouv.emjpm.io.internal.CodesArret;
import fr.gouv.emjpm.io.internal.Echeance;
import fr.gouv.emjpm.io.internal.FormatCellule;
import fr.gouv.emjpm.io.internal.LecteurOds;
import fr.gouv.emjpm.io.internal.RecepteurCellules;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Lecture nue d'un classeur .ods de 100 000 lignes × 11 colonnes par {@link LecteurOds} (chaque cellule
 * typée rendue à un récepteur qui ne fait que compter), dans un tas de 128 Mio. Le fichier est écrit
 * comme LibreOffice Calc 7.4 l'écrit (styles, {@code calcext:value-type}, texte affiché de chaque
 * cellule, dates en {@code office:date-value}, fin de feuille en lignes vides répétées) : ≈ 130 Mio de
 * {@code content.xml}. À comparer à l'import xlsx du même nombre de lignes ({@link ImportMesuresBenchmark}),
 * dans la même exécution : l'import .ods doit rester ≤ 2 × l'import xlsx.
 *
 * <pre>
 * mvn -B -ntp -Pbench -pl emjpm-benchmarks -am package -DskipTests
 * java -jar emjpm-benchmarks/target/benchmarks.jar "LectureOdsBenchmark|ImportMesuresBenchmark"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx128m"})
public class LectureOdsBenchmark {

  static final int LIGNES = 100_000;
  private static final CodesArret CODES = fr.gouv.emjpm.io.internal.LecteurClasseur.CODES;
  private static final LecteurOds.Limites LIMITES =
      new LecteurOds.Limites(LIGNES + 1, 50, 1_000, LecteurOds.CONTENU_MAX);

  private Path fichier;

  /** Écrit le classeur à la manière de LibreOffice. */
  @Setup(Level.Trial)
  public void preparer() throws Exception {
    fichier = Files.createTempFile("emjpm-bench", ".ods");
    try (OutputStream out = Files.newOutputStream(fichier); ZipOutputStream zip = new ZipOutputStream(out)) {
      byte[] type = LecteurOds.TYPE_ODS.getBytes(StandardCharsets.US_ASCII);
      ZipEntry m = new ZipEntry("mimetype");
      CRC32 crc = new CRC32();
      crc.update(type);
      m.setMethod(ZipEntry.STORED);
      m.setSize(type.length);
      m.setCrc(crc.getValue());
      zip.putNextEntry(m);
      zip.write(type);
      zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest"
          + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
          + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + LecteurOds.TYPE_ODS + "\"/>"
          + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
          + "</manifest:manifest>").getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("content.xml"));
      Writer w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
      contenu(w);
      w.flush();
      zip.closeEntry();
    }
    long[] n = new long[1];
    lire(n);
    if (n[0] != (LIGNES + 1) * 12L) {
      throw new IllegalStateException("cellules lues : " + n[0]);
    }
  }

  private static void contenu(Writer w) throws java.io.IOException {
    w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
        + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
        + " xmlns:calcext=\"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\""
        + " office:version=\"1.3\"><office:body><office:spreadsheet><table:table table:name=\"Feuille1\""
        + " table:style-name=\"ta1\"><table:table-column table:style-name=\"co1\" table:number-columns-repeated=\"11\""
        + " table:default-cell-style-name=\"Default\"/><table:table-row table:style-name=\"ro1\">");
    for (String t : new String[] {"date_nomination", "type", "code_postal", "ville", "civilite", "annee", "numero_rg",
        "numero_dossier", "residence", "tribunal_siret", "antenne"}) {
      texte(w, t);
    }
    w.write("</table:table-row>");
    LocalDate origine = LocalDate.of(2010, 1, 1);
    for (int n = 1; n <= LIGNES; n++) {
      w.write("<table:table-row table:style-name=\"ro1\">");
      LocalDate d = origine.plusDays(n % 4000);
      w.write("<table:table-cell table:style-name=\"ce1\" office:value-type=\"date\" office:date-value=\"" + d
          + "\" calcext:value-type=\"date\"><text:p>" + String.format(Locale.ROOT, "%02d/%02d/%04d",
          d.getDayOfMonth(), d.getMonthValue(), d.getYear()) + "</text:p></table:table-cell>");
      texte(w, n % 2 == 0 ? "Curatelle renforcée" : "Tutelle");
      nombre(w, 59000 + n % 900);
      texte(w, "Lille");
      texte(w, n % 2 == 0 ? "F" : "H");
      nombre(w, 1930 + n % 70);
      texte(w, String.format(Locale.ROOT, "%02d/%05d", n % 25, n));
      texte(w, "D-" + n);
      texte(w, "En établissement");
      nombre(w, 17590111500709L);
      texte(w, "Antenne " + n % 7);
      w.write("</table:table-row>");
    }
    w.write("<table:table-row table:style-name=\"ro1\" table:number-rows-repeated=\"948575\">"
        + "<table:table-cell table:number-columns-repeated=\"11\"/></table:table-row>"
        + "</table:table></office:spreadsheet></office:body></office:document-content>");
  }

  private static void texte(Writer w, String t) throws java.io.IOException {
    w.write("<table:table-cell office:value-type=\"string\" calcext:value-type=\"string\"><text:p>" + t
        + "</text:p></table:table-cell>");
  }

  private static void nombre(Writer w, long v) throws java.io.IOException {
    w.write("<table:table-cell office:value-type=\"float\" office:value=\"" + v
        + "\" calcext:value-type=\"float\"><text:p>" + v + "</text:p></table:table-cell>");
  }

  private void lire(long[] n) {
    LecteurOds.lire(fichier, LIMITES, new Echeance(Duration.ofSeconds(60), CODES), CODES, new RecepteurCellules() {
      @Override
      public boolean feuille(int indice, String nom) {
        return indice == 0;
      }

      @Override
      public void ligne(int numero) {
        n[0]++;
      }

      @Override
      public void texte(int colonne, String valeur) {
        n[0]++;
      }

      @Override
      public void nombre(int colonne, double valeur, FormatCellule format) {
        n[0]++;
      }

      @Override
      public void date(int colonne, double serie, FormatCellule format) {
        n[0]++;
      }

      @Override
      public void booleen(int colonne, boolean valeur) {
        n[0]++;
      }

      @Override
      public void erreur(int colonne) {
        n[0]++;
      }

      @Override
      public void finLigne() {
        // rien à faire
      }
    });
  }

  /**
   * Lecture nue de toutes les cellules.
   *
   * @return nombre de lignes et de cellules rendues
   */
  @Benchmark
  public long lectureOds() {
    long[] n = new long[1];
    lire(n);
    return n[0];
  }

  /**
   * Supprime le fichier.
   *
   * @throws Exception si le fichier ne peut pas être supprimé
   */
  @TearDown(Level.Trial)
  public void nettoyer() throws Exception {
    Files.deleteIfExists(fichier);
  }
}
