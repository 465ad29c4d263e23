// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Le lecteur .xls en flux ({@link ClasseurXls}) rend exactement les événements que rendait le modèle objet
 * HSSF (l'ancien lecteur, gardé comme oracle de test : {@link ClasseurXlsObjet}) : feuilles et leurs noms,
 * lignes, cellules typées avec leur format, valeurs en cache des formules, booléens, erreurs, dates 1904,
 * sur chaque .xls du dépôt (corpus réel écrit par LibreOffice et Excel, classeurs DGCS de l'enquête), sur
 * des classeurs écrits par HSSF (cellules dans le désordre comprises) et sur leurs mutants.
 */
class ClasseurXlsCommeHssfTest {

  /** Limites larges : seules les valeurs sont comparées. */
  private static final LimitesLecture LARGES = new LimitesLecture(1 << 28, 1_000_000, 1 << 16, 1 << 20, 1_000_000,
      32_767, 1 << 24, 255, Duration.ofMinutes(10));

  /** Limites de l'import des mesures (50 colonnes, 1 000 caractères par cellule). */
  private static final LimitesLecture IMPORT = new LimitesLecture(20L << 20, 100_000, 50, 1_000, 500_000, 32_767,
      16L << 20, 255, Duration.ofMinutes(10));

  @TempDir static Path dossier;

  /** Journal complet des événements ; les lignes annoncées sans cellule sont omises (le contrat le permet). */
  private static final class Journal implements RecepteurCellules {
    final List<String> evenements = new ArrayList<>();
    private final int feuillesLues;
    private final boolean sauter;
    private int feuilles;

    Journal(int feuillesLues, boolean sauter) {
      this.feuillesLues = feuillesLues;
      this.sauter = sauter;
    }

    @Override
    public boolean feuille(int indice, String nom) {
      evenements.add("feuille " + indice + " " + nom);
      return !sauter || indice % 3 != 1; // saute une feuille sur trois
    }

    @Override
    public void ligne(int numero) {
      evenements.add("ligne " + numero);
    }

    @Override
    public void texte(int colonne, String valeur) {
      evenements.add("texte " + colonne + " " + valeur);
    }

    @Override
    public void nombre(int colonne, double valeur, FormatCellule format) {
      evenements.add("nombre " + colonne + " " + Double.doubleToRawLongBits(valeur) + " " + format);
    }

    @Override
    public void date(int colonne, double serie, FormatCellule format) {
      evenements.add("date " + colonne + " " + Double.doubleToRawLongBits(serie) + " " + format);
    }

    @Override
    public void booleen(int colonne, boolean valeur) {
      evenements.add("booleen " + colonne + " " + valeur);
    }

    @Override
    public void erreur(int colonne) {
      throw new AssertionError("erreur sans code");
    }

    @Override
    public void erreur(int colonne, String code) {
      evenements.add("erreur " + colonne + " " + code);
    }

    @Override
    public void finLigne() {
      if (evenements.get(evenements.size() - 1).startsWith("ligne ")) {
        evenements.remove(evenements.size() - 1);
      } else {
        evenements.add("fin");
      }
    }

    @Override
    public boolean finFeuille() {
      evenements.add("finFeuille");
      return ++feuilles < feuillesLues;
    }
  }

  /** Événements et issue d'une lecture. */
  record Lecture(List<String> evenements, String issue) {}

  static Lecture flux(Path p, LimitesLecture limites, int feuillesLues) throws IOException {
    return flux(p, limites, feuillesLues, true);
  }

  static Lecture flux(Path p, LimitesLecture limites, int feuillesLues, boolean sauter) throws IOException {
    Journal j = new Journal(feuillesLues, sauter);
    Optional<Violation> v = LecteurClasseur.lire(p, FormatFichier.XLS, limites, j);
    return new Lecture(j.evenements, v.map(Violation::code).orElse("lu"));
  }

  static Lecture oracle(Path p, LimitesLecture limites, int feuillesLues) {
    return oracle(p, limites, feuillesLues, true);
  }

  static Lecture oracle(Path p, LimitesLecture limites, int feuillesLues, boolean sauter) {
    return oracle(p, limites, feuillesLues, sauter, true);
  }

  /** Lecture par HSSF sans le pré-vol de son modèle objet (grands classeurs), toutes feuilles lues. */
  static Lecture oracleSansPreVol(Path p, LimitesLecture limites) {
    return oracle(p, limites, Integer.MAX_VALUE, false, false);
  }

  private static Lecture oracle(Path p, LimitesLecture limites, int feuillesLues, boolean sauter, boolean preVol) {
    Journal j = new Journal(feuillesLues, sauter);
    String issue = "lu";
    try {
      ClasseurXlsObjet.lire(p.toFile(), limites,
          new RecepteurBorne(j, limites, new Echeance(limites.delai(), LecteurClasseur.CODES)), preVol);
    } catch (ArretLecture a) {
      issue = a.violation().code();
    } catch (Exception | StackOverflowError | LinkageError e) {
      issue = "FICHIER_ILLISIBLE";
    }
    return new Lecture(j.evenements, issue);
  }

  static Stream<Path> xlsDuDepot() throws IOException {
    List<Path> l = new ArrayList<>();
    for (String d : List.of("src/test/resources/reel", "src/test/resources/enquete",
        "src/main/resources/fr/gouv/emjpm/io/enquete")) {
      try (Stream<Path> s = Files.list(Path.of(d))) {
        s.filter(p -> p.toString().endsWith(".xls")).sorted().forEach(l::add);
      }
    }
    assertThat(l).hasSizeGreaterThanOrEqualTo(17);
    return l.stream();
  }

  @ParameterizedTest
  @MethodSource("xlsDuDepot")
  void chaqueXlsDuDepotRendLesMemesEvenementsQueHssf(Path p) throws IOException {
    Lecture attendu = oracle(p, LARGES, Integer.MAX_VALUE);
    assertThat(attendu.issue()).isEqualTo("lu");
    assertThat(attendu.evenements()).anyMatch(e -> e.startsWith("texte ") || e.startsWith("nombre "));
    assertThat(flux(p, LARGES, Integer.MAX_VALUE)).isEqualTo(attendu);
    assertThat(flux(p, LARGES, Integer.MAX_VALUE, false)).as("toutes les feuilles lues")
        .isEqualTo(oracle(p, LARGES, Integer.MAX_VALUE, false));
    assertThat(flux(p, LARGES, 1)).as("arrêt après la première feuille lue").isEqualTo(oracle(p, LARGES, 1));
    assertThat(flux(p, IMPORT, Integer.MAX_VALUE)).as("limites de l'import").isEqualTo(oracle(p, IMPORT,
        Integer.MAX_VALUE));
  }

  @Test
  void lesClasseursDgcsRendentFormulesBooleensErreursCommeHssf() throws IOException {
    Path p = Path.of("src/test/resources/enquete/annexe_3-2019.xls");
    Lecture l = flux(p, LARGES, Integer.MAX_VALUE);
    assertThat(l).isEqualTo(oracle(p, LARGES, Integer.MAX_VALUE));
    assertThat(l.evenements()).filteredOn(e -> e.startsWith("feuille ")).hasSizeGreaterThan(1);
  }

  /** Classeur HSSF varié : textes, nombres et formats, dates, formules de chaque type, booléens, erreurs. */
  static byte[] varie(boolean date1904) throws IOException {
    try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      if (date1904) {
        wb.getInternalWorkbook().getWorkbookRecordList().getRecords().stream()
            .filter(r -> r instanceof org.apache.poi.hssf.record.DateWindow1904Record)
            .forEach(r -> ((org.apache.poi.hssf.record.DateWindow1904Record) r).setWindowing((short) 1));
      }
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
      CellStyle courte = wb.createCellStyle();
      courte.setDataFormat((short) 14);
      CellStyle decimal = wb.createCellStyle();
      decimal.setDataFormat(wb.createDataFormat().getFormat("0.000"));
      for (String nom : List.of("Une", "Deux", "Trois", "Quatre")) {
        Sheet s = wb.createSheet(nom);
        SplittableRandom a = new SplittableRandom(nom.hashCode());
        for (int r = 0; r < 60; r++) {
          if (a.nextInt(6) == 0) {
            continue;
          }
          Row row = s.createRow(r);
          for (int c = 0; c < 12; c++) {
            Cell cell = row.createCell(c);
            switch (a.nextInt(12)) {
              case 0 -> cell.setCellValue("t" + a.nextInt(50));
              case 1 -> cell.setCellValue(a.nextDouble() * 1000);
              case 2 -> {
                cell.setCellValue(40_000 + a.nextInt(5000));
                cell.setCellStyle(date);
              }
              case 3 -> {
                cell.setCellValue(40_000.5);
                cell.setCellStyle(courte);
              }
              case 4 -> {
                cell.setCellValue(a.nextInt(100));
                cell.setCellStyle(decimal);
              }
              case 5 -> cell.setCellValue(a.nextBoolean());
              case 6 -> cell.setCellErrorValue(FormulaError.DIV0.getCode());
              case 7 -> cell.setCellFormula("1+" + a.nextInt(9));
              case 8 -> cell.setCellFormula("\"a\"&\"b" + a.nextInt(9) + "\"");
              case 9 -> cell.setCellFormula("1=1");
              case 10 -> cell.setCellFormula("1/0");
              default -> { } // vide avec style
            }
          }
        }
      }
      org.apache.poi.ss.formula.BaseFormulaEvaluator.evaluateAllFormulaCells(wb);
      wb.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void classeursHssfVariesEt1904() throws IOException {
    for (boolean d1904 : new boolean[] {false, true}) {
      Path p = ecrire(varie(d1904));
      Lecture attendu = oracle(p, LARGES, Integer.MAX_VALUE);
      assertThat(attendu.issue()).isEqualTo("lu");
      assertThat(attendu.evenements()).anyMatch(e -> e.startsWith("date ")).anyMatch(e -> e.startsWith("erreur "))
          .anyMatch(e -> e.startsWith("booleen "));
      assertThat(flux(p, LARGES, Integer.MAX_VALUE)).isEqualTo(attendu);
    }
  }

  @Test
  void unGrandClasseurQueRefusaitLePreVolDuModeleObjetRendLesValeursDeHssf() throws IOException {
    Path p;
    try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
      Sheet s = wb.createSheet("grand");
      for (int r = 0; r < 20_000; r++) {
        Row row = s.createRow(r);
        for (int c = 0; c < 11; c++) {
          Cell cell = row.createCell(c);
          if (c == 0) {
            cell.setCellValue(40_000 + r % 3000);
            cell.setCellStyle(date);
          } else if (c % 2 == 0) {
            cell.setCellValue(r * 11 + c);
          } else {
            cell.setCellValue("v" + (r * 11 + c) % 5000);
          }
        }
      }
      wb.write(out);
      p = ecrire(out.toByteArray());
    }
    assertThat(oracle(p, LARGES, Integer.MAX_VALUE).issue()).as("pré-vol du modèle objet").isNotEqualTo("lu");
    Lecture attendu = oracleSansPreVol(p, LARGES);
    assertThat(attendu.issue()).isEqualTo("lu");
    assertThat(attendu.evenements()).hasSize(20_000 * 13 + 2);
    assertThat(flux(p, LARGES, Integer.MAX_VALUE, false)).isEqualTo(attendu);
  }

  @Test
  void uneCelluleVideMiseEnFormeAuDelaDesColonnesAdmisesNeRefusePlusLeFichier() throws IOException {
    try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle gras = wb.createCellStyle();
      gras.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
      Row r = wb.createSheet("s").createRow(0);
      r.createCell(0).setCellValue("a");
      r.createCell(60).setCellStyle(gras);
      r.createCell(61).setCellStyle(gras);
      wb.write(out);
      Path p = ecrire(out.toByteArray());
      assertThat(oracle(p, IMPORT, Integer.MAX_VALUE).issue()).isEqualTo("FICHIER_TROP_DE_COLONNES");
      Lecture l = flux(p, IMPORT, Integer.MAX_VALUE);
      assertThat(l.issue()).isEqualTo("lu");
      assertThat(l.evenements()).containsExactly("feuille 0 s", "ligne 1", "texte 0 a", "fin", "finFeuille");
    }
  }

  @Test
  void cellulesDansLeDesordreRenduesDansLOrdreCommeHssf() throws IOException {
    byte[] flux = fluxWorkbook(varie(false));
    byte[] inverse = inverserCellules(flux);
    assertThat(inverse).isNotEqualTo(flux);
    Path p = ecrire(ole2(inverse));
    try (POIFSFileSystem fs = new POIFSFileSystem(p.toFile(), true)) {
      assertThat(PreVolClasseur.releverBiff(fs.getRoot(), PreVolClasseur.PLAFONDS_OBJET).desordonne()).isTrue();
    }
    Lecture attendu = oracle(p, LARGES, Integer.MAX_VALUE);
    assertThat(attendu.issue()).isEqualTo("lu");
    assertThat(flux(p, LARGES, Integer.MAX_VALUE)).isEqualTo(attendu);
    assertThat(attendu).isEqualTo(oracle(ecrire(ole2(flux)), LARGES, Integer.MAX_VALUE));
  }

  /**
   * Mutants du flux BIFF des classeurs du dépôt : quand HSSF lit le mutant, le lecteur en flux rend les
   * mêmes événements ; quand HSSF le refuse, le lecteur en flux le refuse aussi ou le lit.
   */
  @Test
  void mutantsLusParHssfRendusALIdentique() throws IOException {
    List<byte[]> graines = new ArrayList<>();
    graines.add(fluxWorkbook(varie(false)));
    graines.add(fluxWorkbook(Files.readAllBytes(Path.of("src/test/resources/reel/lo-base.xls"))));
    graines.add(fluxWorkbook(Files.readAllBytes(Path.of("src/test/resources/enquete/annexe_5-2019.xls"))));
    SplittableRandom a = new SplittableRandom(18);
    int identiques = 0;
    for (int i = 0; i < 300; i++) {
      byte[] graine = graines.get(i % graines.size());
      byte[] m = graine.clone();
      int n = 1 + a.nextInt(6);
      for (int k = 0; k < n; k++) {
        int pos = a.nextInt(m.length);
        m[pos] = (byte) (a.nextBoolean() ? a.nextInt(256) : m[pos] ^ (1 << a.nextInt(8)));
      }
      if (a.nextInt(5) == 0) {
        m = Arrays.copyOf(m, a.nextInt(m.length));
      }
      Path p = ecrire(ole2(m));
      Lecture attendu = oracle(p, LARGES, Integer.MAX_VALUE);
      Lecture lu = flux(p, LARGES, Integer.MAX_VALUE);
      if (attendu.issue().equals("lu")) {
        assertThat(lu).as("mutant %d", i).isEqualTo(attendu);
        identiques++;
      } else {
        assertThat(lu.issue()).as("mutant %d", i).isIn("lu", attendu.issue(), "FICHIER_ILLISIBLE");
      }
    }
    assertThat(identiques).isGreaterThan(50);
  }

  private static Path ecrire(byte[] octets) throws IOException {
    Path p = Files.createTempFile(dossier, "x", ".xls");
    Files.write(p, octets);
    return p;
  }

  static byte[] fluxWorkbook(byte[] xls) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(xls));
        InputStream in = fs.createDocumentInputStream("Workbook")) {
      return in.readAllBytes();
    }
  }

  static byte[] ole2(byte[] flux) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(flux), "Workbook");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  /** Inverse l'ordre des enregistrements de cellule (NUMBER, LABELSST, FORMULA+STRING, BOOLERR…) de chaque feuille. */
  static byte[] inverserCellules(byte[] flux) {
    ByteBuffer b = ByteBuffer.wrap(flux).order(ByteOrder.LITTLE_ENDIAN);
    List<byte[]> tous = new ArrayList<>();
    List<Boolean> cellule = new ArrayList<>();
    while (b.remaining() >= 4) {
      int debut = b.position();
      int type = b.getShort() & 0xFFFF;
      int longueur = b.getShort() & 0xFFFF;
      b.position(b.position() + longueur);
      byte[] r = Arrays.copyOfRange(flux, debut, b.position());
      if (type == 0x0207 && !tous.isEmpty() && cellule.get(cellule.size() - 1)) { // STRING : suit sa formule
        byte[] f = tous.get(tous.size() - 1);
        byte[] fs = Arrays.copyOf(f, f.length + r.length);
        System.arraycopy(r, 0, fs, f.length, r.length);
        tous.set(tous.size() - 1, fs);
        continue;
      }
      tous.add(r);
      cellule.add(List.of(0x0006, 0x0201, 0x0203, 0x0205, 0x00FD, 0x027E, 0x00BD, 0x00BE).contains(type));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    while (i < tous.size()) {
      if (!cellule.get(i)) {
        out.writeBytes(tous.get(i++));
        continue;
      }
      int j = i;
      List<byte[]> bloc = new ArrayList<>();
      while (j < tous.size() && (cellule.get(j) || isRowOrDbCell(tous.get(j)))) {
        if (cellule.get(j)) {
          bloc.add(tous.get(j));
        } else {
          out.writeBytes(tous.get(j));
        }
        j++;
      }
      for (int k = bloc.size() - 1; k >= 0; k--) {
        out.writeBytes(bloc.get(k));
      }
      i = j;
    }
    return out.toByteArray();
  }

  private static boolean isRowOrDbCell(byte[] r) {
    int type = (r[0] & 0xFF) | (r[1] & 0xFF) << 8;
    return type == 0x0208 || type == 0x00D7;
  }
}
