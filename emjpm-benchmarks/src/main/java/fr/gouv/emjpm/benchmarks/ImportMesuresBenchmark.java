// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.benchmarks;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.io.mesures.ImportMesures;
import fr.gouv.emjpm.io.mesures.MesuresImporter;
import fr.gouv.emjpm.io.mesures.ParametresImport;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
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
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Import complet (lecture SAX durcie, colonnes, règles du moteur, doublons, construction des mesures)
 * d'un xlsx de 100 000 lignes, comparé à une lecture SAX nue de POI du même fichier, dans la même
 * exécution et dans un tas de 128 Mio. Objectif (issue 6) : import ≤ 1,3 × lecture nue.
 *
 * <pre>
 * mvn -B -ntp -Pbench -pl emjpm-benchmarks -am package -DskipTests
 * java -jar emjpm-benchmarks/target/benchmarks.jar ImportMesuresBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx128m"})
public class ImportMesuresBenchmark {

  static final int LIGNES = 100_000;

  private Path fichier;
  private MesuresImporter importer;

  /** Écrit le fichier (SXSSF, en flux) et vérifie qu'il s'importe entièrement. */
  @Setup(Level.Trial)
  public void preparer() throws Exception {
    fichier = Files.createTempFile("emjpm-bench", ".xlsx");
    try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(fichier)) {
      Sheet s = wb.createSheet("Feuil1");
      String[] entete = {"date_nomination", "type", "code_postal", "ville", "civilite", "annee", "numero_rg",
          "numero_dossier", "residence", "tribunal_siret"};
      Row r0 = s.createRow(0);
      for (int i = 0; i < entete.length; i++) {
        r0.createCell(i).setCellValue(entete[i]);
      }
      for (int n = 1; n <= LIGNES; n++) {
        Row r = s.createRow(n);
        r.createCell(0).setCellValue(String.format(Locale.ROOT, "%02d/%02d/20%02d", 1 + n % 28, 1 + n % 12, n % 20));
        r.createCell(1).setCellValue(n % 2 == 0 ? "tutelle" : "curatelle renforcée aux biens");
        r.createCell(2).setCellValue("59000");
        r.createCell(3).setCellValue("Lille");
        r.createCell(4).setCellValue(n % 2 == 0 ? "F" : "H");
        r.createCell(5).setCellValue(1930 + n % 70);
        r.createCell(6).setCellValue(String.format(Locale.ROOT, "R%07d", n));
        r.createCell(7).setCellValue("D" + n);
        r.createCell(8).setCellValue("domicile");
        r.createCell(9).setCellValue("17590111500709");
      }
      wb.write(out);
      wb.dispose();
    }
    importer = MesuresImporter.avec(Moteurs.horlogeFixe());
    ImportMesures i = importComplet().valeurOuErreur();
    if (i.creations() != LIGNES) {
      throw new IllegalStateException("import incomplet : " + i.creations());
    }
  }

  /** Supprime le fichier. */
  @TearDown(Level.Trial)
  public void nettoyer() throws Exception {
    Files.deleteIfExists(fichier);
  }

  /** Import complet par emjpm. */
  @Benchmark
  public Resultat<ImportMesures> importComplet() throws Exception {
    return importer.importer(fichier, ParametresImport.pour(GestionnaireId.individuel(1)));
  }

  /** Lecture SAX nue de POI : toutes les cellules formatées, rien d'autre. */
  @Benchmark
  public long lectureSaxNue() throws Exception {
    long[] cellules = {0};
    OPCPackage p = OPCPackage.open(fichier.toFile(), PackageAccess.READ);
    try {
      XSSFReader r = new XSSFReader(p);
      ReadOnlySharedStringsTable sst = new ReadOnlySharedStringsTable(p, false);
      Iterator<InputStream> it = r.getSheetsData();
      try (InputStream feuille = it.next()) {
        XMLReader sax = XMLHelper.newXMLReader();
        sax.setContentHandler(new XSSFSheetXMLHandler(r.getStylesTable(), null, sst,
            new XSSFSheetXMLHandler.SheetContentsHandler() {
              @Override
              public void startRow(int n) {}

              @Override
              public void endRow(int n) {}

              @Override
              public void cell(String ref, String valeur, XSSFComment c) {
                cellules[0] += valeur == null ? 0 : 1;
              }

              @Override
              public void headerFooter(String text, boolean isHeader, String tagName) {}
            }, new DataFormatter(Locale.FRANCE), false));
        sax.parse(new InputSource(feuille));
      }
    } finally {
      p.revert();
    }
    return cellules[0];
  }
}
