// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.CodeViolation;
import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.io.enquete.EnqueteExcelReader;
import fr.gouv.emjpm.io.json.MesuresJsonReader;
import fr.gouv.emjpm.io.mesures.MesuresImporter;
import fr.gouv.emjpm.io.mesures.ParametresImport;
import fr.gouv.emjpm.rules.EmjpmEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Corpus muté (reliability.md R-TEST-2), en JUnit simple : pour chaque fichier graine (xlsx, xls, CSV,
 * lot JSON et les trois classeurs DGCS réels), {@value #MUTANTS} mutants déterministes (octets
 * inversés, troncatures, insertions, blocs dupliqués ou supprimés ; pour les zip, mutations du XML
 * décompressé puis recompressé, sinon tout serait refusé au CRC). Chacun finit par un résultat validé
 * ou un refus aux codes stables du catalogue, jamais une exception, en moins de 2 s, sous {@code
 * -Xmx256m} (pom d'emjpm-io). Les chiffres (codes obtenus, mutant le plus lent) sont écrits dans
 * {@code target/corpus-mute-<graine>.txt}.
 *
 * <p><b>Échantillon dans le build par défaut.</b> Les mutants sont toujours engendrés dans le même ordre,
 * par le même tirage ; seuls les {@value #PAR_FAMILLE_DEFAUT} premiers de chaque famille de mutation
 * (six familles, et pour les zip chacune dans le zip et sur les octets bruts) sont lus : 180 mutants par
 * graine, 360 pour l'xlsx, environ une seconde au lieu d'une vingtaine. Le test vérifie que chaque famille
 * est représentée. Le corpus entier ({@value #MUTANTS_DEFAUT} mutants par graine) se lance par le profil
 * {@code -Pcorpus-complet} (propriété {@code emjpm.corpus.complet=true}), voir docs/performance.md.
 */
class CorpusMuteTest {
  static final int MUTANTS_DEFAUT = 2_000;
  static final int MUTANTS = Integer.getInteger("emjpm.corpusMute.mutants", MUTANTS_DEFAUT);
  /** Corpus entier (profil {@code corpus-complet}) ; sinon l'échantillon par famille. */
  static final boolean COMPLET = Boolean.getBoolean("emjpm.corpus.complet");
  static final int PAR_FAMILLE_DEFAUT = 30;
  /** Mutants lus par famille (et par « dans le zip » / « octets bruts ») hors corpus entier. */
  static final int PAR_FAMILLE = Integer.getInteger("emjpm.corpusMute.parFamille", PAR_FAMILLE_DEFAUT);
  /** Familles de mutation, dans l'ordre du tirage. */
  static final List<String> FAMILLES =
      List.of("octets", "troncature", "insertion", "bloc-duplique", "bloc-supprime", "chiffres");
  private static final long LIMITE_NANOS = 2_000_000_000L;
  private static final EmjpmEngine ENGINE = EmjpmEngine.builder()
      .clock(Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneId.of("Europe/Paris"))).build();
  private static final String EN_TETE =
      "date_nomination;type;code_postal;ville;civilite;annee;numero_rg;numero_dossier;residence;tribunal_siret\n";

  @TempDir static Path dossier;

  /** Une graine, son lecteur (qui rend les violations) et l'ensemble des codes admis. */
  record Graine(String nom, byte[] octets, boolean zip, Function<byte[], Resultat<?>> lecteur) {
    @Override
    public String toString() {
      return nom;
    }
  }

  static Stream<Arguments> graines() throws IOException {
    List<Graine> g = new ArrayList<>();
    g.add(new Graine("xlsx", ressource("/mesures/Template_import_mesures.xlsx"), true, o -> tableur(o, ".xlsx")));
    g.add(new Graine("xls", xlsMesures(), false, o -> tableur(o, ".xls")));
    g.add(new Graine("csv", (EN_TETE + "01/02/2020;tutelle;59000;Lille;F;1950;A1;D1;domicile;17590111500709\n"
        + "03/04/2021;curatelle renforcée;59100;Roubaix;H;1962;B2;D2;en établissement;17590111500709\n")
        .getBytes(StandardCharsets.UTF_8), false, o -> tableur(o, ".csv")));
    g.add(new Graine("json", ("[" + fr.gouv.emjpm.io.json.MesuresJsonTestAcces.MESURE + "},"
        + fr.gouv.emjpm.io.json.MesuresJsonTestAcces.MESURE.replace("18A32450", "19B00001") + "}]")
        .getBytes(StandardCharsets.UTF_8), false, o -> MesuresJsonReader.lire(o, false)));
    for (TypeEnquete t : TypeEnquete.values()) {
      g.add(new Graine("dgcs-" + t.name().toLowerCase(java.util.Locale.ROOT), ressource("/enquete/" + t.classeur()),
          false, o -> EnqueteExcelReader.lire(new ByteArrayInputStream(o), t, 2021)));
    }
    return g.stream().map(Arguments::of);
  }

  private static byte[] ressource(String nom) throws IOException {
    try (InputStream in = CorpusMuteTest.class.getResourceAsStream(nom)) {
      return in.readAllBytes();
    }
  }

  private static byte[] xlsMesures() throws IOException {
    try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet s = wb.createSheet("mesures");
      String[] lignes = (EN_TETE + "01/02/2020;tutelle;59000;Lille;F;1950;A1;D1;domicile;17590111500709").split("\n");
      for (int r = 0; r < lignes.length; r++) {
        Row row = s.createRow(r);
        String[] cellules = lignes[r].split(";");
        for (int c = 0; c < cellules.length; c++) {
          row.createCell(c).setCellValue(cellules[c]);
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static Resultat<?> tableur(byte[] octets, String suffixe) {
    try {
      Path f = Files.createTempFile(dossier, "mutant", suffixe);
      Files.write(f, octets);
      try {
        return MesuresImporter.avec(ENGINE).importer(f, ParametresImport.pour(GestionnaireId.individuel(1)));
      } finally {
        Files.delete(f);
      }
    } catch (IOException e) {
      throw new IllegalStateException("écriture du mutant impossible", e);
    }
  }

  // ---------------------------------------------------------------- mutations

  /** Un mutant et sa famille de mutation (préfixée {@code zip:} si la mutation porte sur une entrée du zip). */
  record Mutant(byte[] octets, String famille) {}

  static Mutant muter(byte[] o, SplittableRandom a) {
    int famille = a.nextInt(FAMILLES.size());
    return new Mutant(muter(o, a, famille), FAMILLES.get(famille));
  }

  private static byte[] muter(byte[] o, SplittableRandom a, int famille) {
    byte[] b = o.clone();
    switch (famille) {
      case 0 -> { // octets inversés ou valeurs limites
        int n = 1 + a.nextInt(8);
        for (int i = 0; i < n && b.length > 0; i++) {
          int p = a.nextInt(b.length);
          b[p] = switch (a.nextInt(4)) {
            case 0 -> (byte) ~b[p];
            case 1 -> 0;
            case 2 -> (byte) 0xFF;
            default -> (byte) (b[p] ^ (1 << a.nextInt(8)));
          };
        }
        return b;
      }
      case 1 -> { // troncature
        return java.util.Arrays.copyOf(b, b.length == 0 ? 0 : a.nextInt(b.length));
      }
      case 2 -> { // insertion d'octets aléatoires
        int p = b.length == 0 ? 0 : a.nextInt(b.length);
        byte[] ajout = new byte[1 + a.nextInt(64)];
        a.nextBytes(ajout);
        return concat(java.util.Arrays.copyOf(b, p), ajout, java.util.Arrays.copyOfRange(b, p, b.length));
      }
      case 3 -> { // bloc dupliqué
        if (b.length < 2) {
          return b;
        }
        int p = a.nextInt(b.length - 1);
        int l = 1 + a.nextInt(Math.min(512, b.length - p));
        return concat(java.util.Arrays.copyOf(b, p + l), java.util.Arrays.copyOfRange(b, p, b.length));
      }
      case 4 -> { // bloc supprimé
        if (b.length < 2) {
          return b;
        }
        int p = a.nextInt(b.length - 1);
        int l = 1 + a.nextInt(Math.min(512, b.length - p));
        return concat(java.util.Arrays.copyOf(b, p), java.util.Arrays.copyOfRange(b, p + l, b.length));
      }
      default -> { // chiffres remplacés (nombres, tailles, indices)
        for (int i = 0; i < b.length; i++) {
          if (b[i] >= '0' && b[i] <= '9' && a.nextInt(20) == 0) {
            b[i] = (byte) ('0' + a.nextInt(10));
          }
        }
        return b;
      }
    }
  }

  private static byte[] concat(byte[]... parties) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    for (byte[] p : parties) {
      o.writeBytes(p);
    }
    return o.toByteArray();
  }

  /** Mutation d'une entrée décompressée d'un zip, puis recompression (les autres entrées intactes). */
  static Mutant muterDansLeZip(byte[] zip, SplittableRandom a) throws IOException {
    Map<String, byte[]> entrees = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entrees.put(e.getName(), in.readAllBytes());
      }
    }
    List<String> noms = new ArrayList<>(entrees.keySet());
    String cible = noms.get(a.nextInt(noms.size()));
    for (String n : noms) {
      if (n.contains("worksheets/sheet1") && a.nextBoolean()) {
        cible = n; // la feuille lue, plus souvent
      }
    }
    Mutant m = muter(entrees.get(cible), a);
    entrees.put(cible, m.octets());
    return new Mutant(fr.gouv.emjpm.io.mesures.CorpusHostile.zip(entrees), "zip:" + m.famille());
  }

  /** Codes stables de la bibliothèque (toutes les énumérations de codes visibles). */
  private static Set<String> codesConnus() {
    Set<String> s = new HashSet<>();
    for (Class<? extends Enum<?>> e : List.<Class<? extends Enum<?>>>of(fr.gouv.emjpm.io.mesures.CodeImport.class,
        fr.gouv.emjpm.io.fichier.CodeFichier.class,
        fr.gouv.emjpm.io.json.CodeJson.class, fr.gouv.emjpm.io.enquete.CodeImportEnquete.class,
        fr.gouv.emjpm.rules.validation.CodeRegle.class, fr.gouv.emjpm.domain.commun.CodeDomaine.class)) {
      for (Enum<?> c : e.getEnumConstants()) {
        s.add(((CodeViolation) c).code());
      }
    }
    return s;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("graines")
  void chaqueMutantFinitParUnResultatOuUnRefusType(Graine graine) throws IOException {
    Set<String> connus = codesConnus();
    SplittableRandom alea = new SplittableRandom(graine.nom().hashCode());
    Map<String, Integer> codes = new TreeMap<>();
    List<String> fautes = new ArrayList<>();
    long plusLent = 0;
    int plusLentRang = -1;
    // familles lues (échantillon : les PAR_FAMILLE premiers mutants de chacune) ; tirage inchangé
    Map<String, Integer> parFamille = new TreeMap<>();
    int strates = FAMILLES.size() * (graine.zip() ? 2 : 1);
    int lus = 0;
    for (int i = 0; i < MUTANTS; i++) {
      if (!COMPLET && parFamille.size() == strates && parFamille.values().stream().allMatch(n -> n >= PAR_FAMILLE)) {
        break; // échantillon complet : les mutants suivants ne seraient pas lus
      }
      Mutant m = graine.zip() && alea.nextBoolean() ? muterDansLeZip(graine.octets(), alea) : muter(graine.octets(), alea);
      if (!COMPLET && parFamille.getOrDefault(m.famille(), 0) >= PAR_FAMILLE) {
        continue;
      }
      parFamille.merge(m.famille(), 1, Integer::sum);
      lus++;
      byte[] mutant = m.octets();
      long debut = System.nanoTime();
      Resultat<?> r;
      try {
        r = graine.lecteur().apply(mutant);
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        fautes.add("mutant " + i + " : exception " + e.getClass().getName());
        continue;
      }
      long duree = System.nanoTime() - debut;
      if (duree > plusLent) {
        plusLent = duree;
        plusLentRang = i;
      }
      if (duree > LIMITE_NANOS) {
        fautes.add("mutant " + i + " : " + duree / 1_000_000 + " ms");
      }
      List<Violation> v = r.estSucces() ? List.of() : r.violations();
      if (v.isEmpty()) {
        codes.merge("(accepté)", 1, Integer::sum);
      }
      for (Violation x : v) {
        codes.merge(x.code(), 1, Integer::sum);
        if (!connus.contains(x.code())) {
          fautes.add("mutant " + i + " : code inconnu " + x.code());
        }
      }
    }
    String bilan = "graine " + graine.nom() + " : " + lus + " mutants lus sur " + MUTANTS
        + (COMPLET ? "" : " (échantillon : " + PAR_FAMILLE + " premiers par famille " + parFamille + ")")
        + ", le plus lent #" + plusLentRang + " en " + plusLent / 1_000_000 + " ms, codes " + codes;
    Files.writeString(Path.of("target", "corpus-mute-" + graine.nom() + ".txt"), bilan + "\n");
    assertThat(fautes).as(bilan).isEmpty();
    if (MUTANTS >= MUTANTS_DEFAUT) {
      assertThat(parFamille).as("chaque famille de mutation est lue").hasSize(strates);
    }
    assertThat(codes.keySet()).as("au moins un refus typé").isNotEmpty();
  }
}
