// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.benchmarks;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.service.Antenne;
import fr.gouv.emjpm.io.mesures.ImportMesures;
import fr.gouv.emjpm.io.mesures.MesuresImporter;
import fr.gouv.emjpm.io.mesures.ParametresImport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Import complet des mesures (lecture durcie, colonnes, règles du moteur, doublons, construction des
 * mesures) de 100 000 lignes, comparé dans la même exécution et dans un tas de 128 Mio à deux lectures
 * nues du même fichier : fastexcel-reader (toutes les cellules, valeur lue) et POI SAX (toutes les
 * cellules formatées). Le fichier principal est écrit comme Excel (chaînes partagées, date numérique au
 * format intégré 14, les 11 colonnes du modèle réel) ; l'ancienne variante SXSSF (chaînes en ligne) est
 * gardée. Les mêmes lignes sont importées en CSV et en .ods, et les 65 535 premières en .xls (voir
 * {@link FichiersImport#LIGNES_XLS}).
 * Fichiers : {@link FichiersImport}. Rapports (import/fastexcel, import/POI SAX, ods/xlsx) :
 * {@link RapportsImport}.
 *
 * <pre>
 * mvn -B -ntp -Pbench -pl emjpm-benchmarks -am package -DskipTests
 * java -jar emjpm-benchmarks/target/benchmarks.jar ImportMesuresBenchmark -rf json -rff target/import.json
 * java -cp emjpm-benchmarks/target/benchmarks.jar fr.gouv.emjpm.benchmarks.RapportsImport target/import.json
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx128m"})
public class ImportMesuresBenchmark {

  /** Lignes de données des fichiers xlsx, CSV et .ods. */
  static final int LIGNES = FichiersImport.LIGNES;

  private static final GestionnaireId SERVICE = GestionnaireId.service(1000);

  private FichiersImport fichiers;
  private MesuresImporter importer;
  private ParametresImport parametres;

  /**
   * Fichiers prêts (écrits une fois, en cache) ; le fichier du banc lancé s'importe entièrement.
   *
   * @param banc paramètres JMH (nom de la méthode lancée)
   * @throws Exception fichiers impossibles à écrire, ou import incomplet
   */
  @Setup
  public void preparer(BenchmarkParams banc) throws Exception {
    fichiers = FichiersImport.prets();
    importer = MesuresImporter.avec(Moteurs.horlogeFixe());
    List<Antenne> antennes = new ArrayList<>();
    for (String nom : FichiersImport.ANTENNES) {
      antennes.add(Antenne.builder().id(1001 + antennes.size()).serviceId(SERVICE.numero()).nom(nom).build());
    }
    parametres = ParametresImport.pour(SERVICE).avecAntennes(antennes, Map.of());
    String methode = banc.getBenchmark().substring(banc.getBenchmark().lastIndexOf('.') + 1);
    switch (methode) {
      case "importXlsxExcel" -> verifier(importXlsxExcel(), LIGNES);
      case "importXlsxSxssf" -> verifier(importer.importer(fichiers.xlsxSxssf(),
          ParametresImport.pour(GestionnaireId.individuel(1))), LIGNES);
      case "importXls" -> verifier(importXls(), FichiersImport.LIGNES_XLS);
      case "importCsv" -> verifier(importCsv(), LIGNES);
      case "importOds" -> {
        // L'import .ods arrive avec le lecteur unique ; d'ici là, un refus est attendu (et mesuré).
        Resultat<ImportMesures> r = importOds();
        String issue = r.estSucces() && r.valeurOuErreur().creations() == LIGNES
            ? "importé : " + r.valeurOuErreur().creations() + " créations"
            : "refusé : " + r.violations().stream().map(v -> v.code()).distinct().toList();
        System.err.println("ods (" + fichiers.origineOds() + ") " + issue);
        java.nio.file.Files.writeString(FichiersImport.resultatOds(), issue + " (" + fichiers.origineOds() + ")\n");
      }
      default -> { }
    }
  }

  private static void verifier(Resultat<ImportMesures> r, int attendues) {
    if (!r.estSucces()) {
      throw new IllegalStateException("import refusé : "
          + r.violations().stream().limit(5).map(v -> v.code() + " " + v.chemin()).toList());
    }
    if (r.valeurOuErreur().creations() != attendues) {
      throw new IllegalStateException("import incomplet : " + r.valeurOuErreur().creations());
    }
  }

  /**
   * Import complet par emjpm, xlsx écrit comme Excel.
   *
   * @return le résultat
   * @throws IOException lecture impossible
   */
  @Benchmark
  public Resultat<ImportMesures> importXlsxExcel() throws IOException {
    return importer.importer(fichiers.xlsxExcel(), parametres);
  }

  /**
   * Lecture nue de fastexcel-reader : chaque cellule du xlsx écrit comme Excel, valeur lue.
   *
   * @param bh puits JMH
   * @throws Exception lecture impossible
   */
  @Benchmark
  public void fastexcelNu(Blackhole bh) throws Exception {
    try (ReadableWorkbook wb = new ReadableWorkbook(fichiers.xlsxExcel().toFile());
        Stream<Row> lignes = wb.getFirstSheet().openStream()) {
      Iterator<Row> it = lignes.iterator();
      while (it.hasNext()) {
        for (Cell c : it.next()) {
          if (c != null) {
            bh.consume(c.getValue());
          }
        }
      }
    }
  }

  /**
   * Lecture nue du lecteur durci d'emjpm (celui de l'import) : chaque cellule typée du xlsx écrit comme
   * Excel rendue à un récepteur qui la consomme, sans colonnes ni règles. Sépare, dans l'import, la part
   * de la lecture de celle du traitement des lignes.
   *
   * @param bh puits JMH
   * @throws Exception lecture impossible
   */
  @Benchmark
  public void lectureNueXlsx(Blackhole bh) throws Exception {
    java.util.Optional<fr.gouv.emjpm.domain.commun.Violation> arret = fr.gouv.emjpm.io.internal.LecteurClasseur.lire(
        fichiers.xlsxExcel(), fr.gouv.emjpm.io.internal.FormatFichier.XLSX,
        new fr.gouv.emjpm.io.internal.LimitesLecture(1L << 30, LIGNES + 10, 50, 100_000, 1_000_000, 100_000,
            1L << 30, 10, java.time.Duration.ofMinutes(5)),
        new fr.gouv.emjpm.io.internal.RecepteurCellules() {
          @Override
          public boolean feuille(int indice, String nom) {
            return indice == 0;
          }

          @Override
          public void ligne(int numero) {
            bh.consume(numero);
          }

          @Override
          public void texte(int colonne, String valeur) {
            bh.consume(valeur);
          }

          @Override
          public void nombre(int colonne, double valeur, fr.gouv.emjpm.io.internal.FormatCellule format) {
            bh.consume(valeur);
          }

          @Override
          public void date(int colonne, double serie, fr.gouv.emjpm.io.internal.FormatCellule format) {
            bh.consume(serie);
          }

          @Override
          public void booleen(int colonne, boolean valeur) {
            bh.consume(valeur);
          }

          @Override
          public void erreur(int colonne) {
            bh.consume(colonne);
          }

          @Override
          public void finLigne() {
            // rien : la ligne est consommée cellule par cellule
          }
        });
    if (arret.isPresent()) {
      throw new IllegalStateException("lecture arrêtée : " + arret.get().code());
    }
  }

  /**
   * Lecture SAX nue de POI : chaque cellule du xlsx écrit comme Excel, formatée.
   *
   * @param bh puits JMH
   * @throws Exception lecture impossible
   */
  @Benchmark
  public void poiSaxNu(Blackhole bh) throws Exception {
    saxNu(fichiers.xlsxExcel(), bh);
  }

  /**
   * Import complet par emjpm, ancienne variante SXSSF (chaînes en ligne, 10 colonnes, dates en texte).
   *
   * @return le résultat
   * @throws IOException lecture impossible
   */
  @Benchmark
  public Resultat<ImportMesures> importXlsxSxssf() throws IOException {
    return importer.importer(fichiers.xlsxSxssf(), ParametresImport.pour(GestionnaireId.individuel(1)));
  }

  /**
   * Lecture SAX nue de POI, ancienne variante SXSSF.
   *
   * @param bh puits JMH
   * @throws Exception lecture impossible
   */
  @Benchmark
  public void poiSaxNuSxssf(Blackhole bh) throws Exception {
    saxNu(fichiers.xlsxSxssf(), bh);
  }

  /**
   * Import complet par emjpm des mêmes lignes en .xls (les 65 535 premières : le maximum d'une feuille BIFF8).
   *
   * @return le résultat
   * @throws IOException lecture impossible
   */
  @Benchmark
  public Resultat<ImportMesures> importXls() throws IOException {
    return importer.importer(fichiers.xls(), parametres);
  }

  /**
   * Import complet par emjpm des mêmes 100 000 lignes en CSV.
   *
   * @return le résultat
   * @throws IOException lecture impossible
   */
  @Benchmark
  public Resultat<ImportMesures> importCsv() throws IOException {
    return importer.importer(fichiers.csv(), parametres);
  }

  /**
   * Import complet par emjpm des mêmes 100 000 lignes en .ods (API publique de {@link MesuresImporter}).
   *
   * @return le résultat (un refus tant que le format n'est pas lu)
   * @throws IOException lecture impossible
   */
  @Benchmark
  public Resultat<ImportMesures> importOds() throws IOException {
    return importer.importer(fichiers.ods(), parametres);
  }

  private static void saxNu(Path fichier, Blackhole bh) throws Exception {
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
                bh.consume(valeur);
              }

              @Override
              public void headerFooter(String text, boolean isHeader, String tagName) {}
            }, new DataFormatter(Locale.FRANCE), false));
        sax.parse(new InputSource(feuille));
      }
    } finally {
      p.revert();
    }
  }
}
