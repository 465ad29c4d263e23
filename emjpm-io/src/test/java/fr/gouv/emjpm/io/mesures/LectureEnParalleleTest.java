// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lecture dans un second fil ({@link MesuresImporter#avec}, {@link MesuresImporter#avecFils}) : même issue
 * qu'en un seul fil ({@link MesuresImporter#enUnSeulFil}) sur les corpus réel et hostile et sur des
 * fichiers de plusieurs paquets de lignes ; fil terminé au retour quoi qu'il arrive ; rappels dans le fil
 * de l'import ; repli en un seul fil si la fabrique ne rend pas de fil.
 */
class LectureEnParalleleTest {

  private static final MesuresImporter UN_FIL = MesuresImporterTest.IMPORTER.enUnSeulFil();
  private static final GestionnaireId MANDATAIRE = MesuresImporterTest.MANDATAIRE;

  @TempDir static Path dossier;

  /** Fabrique qui garde chaque fil créé. */
  static final class Fils implements ThreadFactory {
    final List<Thread> crees = new CopyOnWriteArrayList<>();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "essai-lecture");
      t.setDaemon(true);
      crees.add(t);
      return t;
    }
  }

  /** Mêmes violations (code, gravité, chemin, message, arguments) et mêmes mesures, dans le même ordre. */
  static void memeIssue(Resultat<ImportMesures> deuxFils, Resultat<ImportMesures> unFil) {
    assertThat(deuxFils.estSucces()).isEqualTo(unFil.estSucces());
    assertThat(deuxFils.violations()).isEqualTo(unFil.violations());
    assertThat(deuxFils.valeur()).isEqualTo(unFil.valeur());
  }

  static Stream<Arguments> corpusReel() throws IOException {
    return CorpusReelTest.manifeste().stream().map(a -> Arguments.of(a.fichier()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpusReel")
  void chaqueFichierReelDonneLaMemeIssueQuEnUnSeulFil(String nom) throws IOException {
    Path p = CorpusReelTest.reel().resolve(nom);
    Fils fils = new Fils();
    Resultat<ImportMesures> deux = MesuresImporterTest.IMPORTER.avecFils(fils).importer(p, ParametresImport.pour(MANDATAIRE));
    memeIssue(deux, UN_FIL.importer(p, ParametresImport.pour(MANDATAIRE)));
    assertThat(fils.crees).hasSize(1).allSatisfy(t -> assertThat(t.isAlive()).isFalse());
  }

  static Stream<Arguments> corpusHostile() {
    return CorpusHostile.cas().values().stream().map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpusHostile")
  void chaqueFichierHostileDonneLaMemeIssueQuEnUnSeulFil(CorpusHostile.Cas cas) throws IOException {
    Path p = dossier.resolve(cas.nom() + ".bin");
    Files.write(p, cas.octets());
    ParametresImport params = ParametresImport.pour(MANDATAIRE).avecLimites(cas.limites());
    Fils fils = new Fils();
    Resultat<ImportMesures> deux = MesuresImporterTest.IMPORTER.avecFils(fils).importer(p, params);
    assertThat(deux.violations()).extracting(v -> v.code()).containsExactly(cas.code());
    memeIssue(deux, UN_FIL.importer(p, params));
    assertThat(fils.crees).allSatisfy(t -> assertThat(t.isAlive()).isFalse());
  }

  /**
   * {@code lignes} lignes de données en CSV (plusieurs paquets) ; une ligne sur {@code tous} porte une
   * date impossible, et une sur 97 répète le numéro RG de la précédente (doublon).
   */
  static Path csv(int lignes, int tous) throws IOException {
    StringBuilder b = new StringBuilder(MesuresImporterTest.EN_TETE);
    for (int i = 1; i <= lignes; i++) {
      int rg = i % 97 == 0 ? i - 1 : i;
      String date = tous > 0 && i % tous == 0 ? "31/02/2020" : "01/02/2020";
      b.append(date).append(";tutelle;59000;Lille;F;1950;21/").append(String.format("%05d", rg))
          .append(";;A domicile;").append(MesuresImporterTest.SIRET_LILLE).append('\n');
    }
    Path p = Files.createTempFile(dossier, "lignes-", ".csv");
    Files.writeString(p, b, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void plusieursPaquetsDeLignesDonnentLesMemesMesuresDansLeMemeOrdre() throws IOException {
    Path p = csv(5 * LectureEnParallele.LIGNES_PAR_PAQUET + 17, 0);
    Resultat<ImportMesures> deux = MesuresImporterTest.IMPORTER.importer(p, ParametresImport.pour(MANDATAIRE));
    assertThat(deux.estSucces()).isTrue();
    assertThat(deux.valeurOuErreur().lignesLues()).isEqualTo(5 * LectureEnParallele.LIGNES_PAR_PAQUET + 17);
    memeIssue(deux, UN_FIL.importer(p, ParametresImport.pour(MANDATAIRE)));
  }

  @Test
  void desErreursDansPlusieursPaquetsSontToutesRenduesDansLOrdreDesLignes() throws IOException {
    Path p = csv(3_000, 250);
    Resultat<ImportMesures> deux = MesuresImporterTest.IMPORTER.importer(p, ParametresImport.pour(MANDATAIRE));
    assertThat(deux.estSucces()).isFalse();
    assertThat(MesuresImporterTest.erreurs(deux).stream().filter(v -> v.estBloquante()).toList()).hasSize(12)
        .extracting(MesuresImporter::ligneDe).isSorted().contains(251, 3001);
    assertThat(deux.violations()).anyMatch(v -> v.code().equals("IMPORT_DOUBLONS"));
    memeIssue(deux, UN_FIL.importer(p, ParametresImport.pour(MANDATAIRE)));
  }

  @Test
  void unPlafondDeLignesAtteintApresPlusieursPaquetsRendLeMemeRefus() throws IOException {
    Path p = csv(2_000, 0);
    ParametresImport params = ParametresImport.pour(MANDATAIRE)
        .avecLimites(new LimitesImport(1 << 24, 1_500, 50, 1_000, 1_000, Duration.ofSeconds(30)));
    Fils fils = new Fils();
    Resultat<ImportMesures> deux = MesuresImporterTest.IMPORTER.avecFils(fils).importer(p, params);
    assertThat(deux.violations()).extracting(v -> v.code()).containsExactly("FICHIER_TROP_DE_LIGNES");
    memeIssue(deux, UN_FIL.importer(p, params));
    assertThat(fils.crees).hasSize(1).allSatisfy(t -> assertThat(t.isAlive()).isFalse());
  }

  @Test
  void laProgressionEstAppeleeDansLeFilDeLImportAvecLesMemesComptes() throws IOException {
    Path p = csv(3_500, 0);
    Thread appelant = Thread.currentThread();
    List<Long> deux = new ArrayList<>();
    List<Thread> fils = new ArrayList<>();
    MesuresImporterTest.IMPORTER.importer(p, ParametresImport.pour(MANDATAIRE).avecProgression(n -> {
      deux.add(n);
      fils.add(Thread.currentThread());
    }));
    List<Long> un = new ArrayList<>();
    UN_FIL.importer(p, ParametresImport.pour(MANDATAIRE).avecProgression(un::add));
    assertThat(deux).containsExactly(1_000L, 2_000L, 3_000L).isEqualTo(un);
    assertThat(fils).containsOnly(appelant);
  }

  @Test
  void uneExceptionDuTraitementRendLeFichierIllisibleEtArreteLeFil() throws IOException {
    Path p = csv(4_000, 0);
    Fils fils = new Fils();
    ParametresImport params = ParametresImport.pour(MANDATAIRE).avecProgression(n -> {
      throw new UncheckedIOException(new IOException("rappel de l'hôte en échec"));
    });
    Resultat<ImportMesures> deux = MesuresImporterTest.IMPORTER.avecFils(fils).importer(p, params);
    assertThat(deux.violations()).extracting(v -> v.code()).containsExactly("FICHIER_ILLISIBLE");
    memeIssue(deux, UN_FIL.importer(p, params));
    assertThat(fils.crees).hasSize(1).allSatisfy(t -> assertThat(t.isAlive()).isFalse());
  }

  @Test
  void uneErreurDuTraitementEstRelanceeEtLeFilArrete() throws IOException {
    Path p = csv(4_000, 0);
    Fils fils = new Fils();
    ParametresImport params = ParametresImport.pour(MANDATAIRE).avecProgression(n -> {
      throw new AssertionError("erreur de l'hôte");
    });
    assertThatThrownBy(() -> MesuresImporterTest.IMPORTER.avecFils(fils).importer(p, params))
        .isInstanceOf(AssertionError.class).hasMessage("erreur de l'hôte");
    assertThatThrownBy(() -> UN_FIL.importer(p, params)).isInstanceOf(AssertionError.class);
    assertThat(fils.crees).hasSize(1).allSatisfy(t -> assertThat(t.isAlive()).isFalse());
  }

  @Test
  void sansFilRenduParLaFabriqueLImportSeFaitDansLeFilAppelant() throws IOException {
    Path p = csv(600, 0);
    List<Thread> fils = new ArrayList<>();
    Resultat<ImportMesures> r = MesuresImporterTest.IMPORTER.avecFils(tache -> null)
        .importer(p, ParametresImport.pour(MANDATAIRE));
    memeIssue(r, UN_FIL.importer(p, ParametresImport.pour(MANDATAIRE)));
    assertThat(r.valeurOuErreur().creations()).isEqualTo(600 - 600 / 97);
    Resultat<ImportMesures> deja = MesuresImporterTest.IMPORTER.avecFils(tache -> {
      Thread t = new Thread(tache);
      t.start(); // déjà démarré : start() de l'import échoue, repli en un seul fil
      fils.add(t);
      return t;
    }).importer(p, ParametresImport.pour(MANDATAIRE));
    assertThat(deja.valeurOuErreur().creations()).isEqualTo(600 - 600 / 97);
    assertThat(fils).hasSize(1);
  }

  @Test
  void uneInterruptionDuFilAppelantNArretePasLImportEtEstRetablie() throws IOException {
    Path p = csv(1_200, 0);
    Resultat<ImportMesures> attendu = UN_FIL.importer(p, ParametresImport.pour(MANDATAIRE));
    Thread.currentThread().interrupt();
    try {
      Resultat<ImportMesures> r = MesuresImporterTest.IMPORTER.importer(p, ParametresImport.pour(MANDATAIRE));
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
      memeIssue(r, attendu);
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void chaqueImportCreeUnFilDeLaFabriqueEtLeTermine() throws IOException {
    Path p = csv(300, 0);
    Fils fils = new Fils();
    MesuresImporter importer = MesuresImporterTest.IMPORTER.avecFils(fils);
    for (int i = 0; i < 3; i++) {
      assertThat(importer.importer(p, ParametresImport.pour(MANDATAIRE)).estSucces()).isTrue();
    }
    assertThat(fils.crees).hasSize(3).allSatisfy(t -> assertThat(t.isAlive()).isFalse());
    assertThat(UN_FIL.importer(p, ParametresImport.pour(MANDATAIRE)).estSucces()).isTrue();
  }

  /**
   * Classeur de deux feuilles écrit par POI : la première porte l'en-tête, {@code lignes} lignes de
   * données dont la colonne {@code numero_dossier} alterne booléen, erreur et texte ; la seconde feuille
   * porte des lignes qui ne doivent jamais être lues.
   */
  static Path classeurDeuxFeuilles(int lignes) throws IOException {
    Path p = Files.createTempFile(dossier, "deux-feuilles-", ".xlsx");
    String[] titres = MesuresImporterTest.EN_TETE.strip().split(";");
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      for (String nom : List.of("Mesures", "Autre")) {
        org.apache.poi.ss.usermodel.Sheet f = wb.createSheet(nom);
        org.apache.poi.ss.usermodel.Row t = f.createRow(0);
        for (int c = 0; c < titres.length; c++) {
          t.createCell(c).setCellValue(titres[c]);
        }
        int n = nom.equals("Mesures") ? lignes : 2 * lignes;
        for (int i = 1; i <= n; i++) {
          org.apache.poi.ss.usermodel.Row r = f.createRow(i);
          String[] v = {"01/02/2020", "tutelle", "59000", "Lille", "F", "1950",
              String.format("%02d/%05d", nom.equals("Mesures") ? 21 : 22, i), "", "A domicile",
              MesuresImporterTest.SIRET_LILLE};
          for (int c = 0; c < v.length; c++) {
            if (c == 7 && i % 3 == 1) {
              r.createCell(c).setCellValue(i % 2 == 0); // booléen
            } else if (c == 7 && i % 3 == 2) {
              r.createCell(c).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.NA.getCode());
            } else {
              r.createCell(c).setCellValue(v[c]);
            }
          }
        }
      }
      try (java.io.OutputStream out = Files.newOutputStream(p)) {
        wb.write(out);
      }
    }
    return p;
  }

  @Test
  void seuleLaPremiereFeuilleEstLueEtBooleensEtErreursDonnentLesMemesTextes() throws IOException {
    Path p = classeurDeuxFeuilles(3 * LectureEnParallele.LIGNES_PAR_PAQUET + 5);
    Fils fils = new Fils();
    Resultat<ImportMesures> deux = MesuresImporterTest.IMPORTER.avecFils(fils).importer(p, ParametresImport.pour(MANDATAIRE));
    assertThat(deux.estSucces()).isTrue();
    ImportMesures i = deux.valeurOuErreur();
    assertThat(i.lignesLues()).isEqualTo(3 * LectureEnParallele.LIGNES_PAR_PAQUET + 5);
    assertThat(i.mesures()).allSatisfy(m -> assertThat(m.numeroRg().valeur()).startsWith("021"));
    assertThat(i.mesures()).extracting(m -> m.numeroDossier().orElse(""))
        .contains("TRUE", "FALSE", "ERROR:#N/A");
    memeIssue(deux, UN_FIL.importer(p, ParametresImport.pour(MANDATAIRE)));
    assertThat(fils.crees).hasSize(1).allSatisfy(t -> assertThat(t.isAlive()).isFalse());
  }

  @Test
  void desLignesLargesAgrandissentLePaquetSansRienPerdre() throws IOException {
    // 11 colonnes connues + 40 colonnes hors liste vides : plus de cellules par paquet que sa taille initiale
    StringBuilder b = new StringBuilder(MesuresImporterTest.EN_TETE.strip());
    for (int c = 0; c < 40; c++) {
      b.append(";hors_liste_").append(c);
    }
    b.append('\n');
    for (int i = 1; i <= 2 * LectureEnParallele.LIGNES_PAR_PAQUET; i++) {
      b.append("01/02/2020;tutelle;59000;Lille;F;1950;21/").append(String.format("%05d", i))
          .append(";;A domicile;").append(MesuresImporterTest.SIRET_LILLE).append(";".repeat(40)).append('\n');
    }
    Path p = Files.createTempFile(dossier, "large-", ".csv");
    Files.writeString(p, b, StandardCharsets.UTF_8);
    Resultat<ImportMesures> deux = MesuresImporterTest.IMPORTER.importer(p, ParametresImport.pour(MANDATAIRE));
    assertThat(deux.estSucces()).isTrue();
    assertThat(deux.valeurOuErreur().creations()).isEqualTo(2 * LectureEnParallele.LIGNES_PAR_PAQUET);
    memeIssue(deux, UN_FIL.importer(p, ParametresImport.pour(MANDATAIRE)));
  }

  @Test
  void enRepliSansFilLeRefusDeLaLectureEstRendu() throws IOException {
    Path p = csv(2_000, 0);
    ParametresImport params = ParametresImport.pour(MANDATAIRE)
        .avecLimites(new LimitesImport(1 << 24, 1_500, 50, 1_000, 1_000, Duration.ofSeconds(30)));
    Resultat<ImportMesures> r = MesuresImporterTest.IMPORTER.avecFils(tache -> null).importer(p, params);
    assertThat(r.violations()).extracting(v -> v.code()).containsExactly("FICHIER_TROP_DE_LIGNES");
  }

  @Test
  void uneErreurDEntreeSortieDuFilDeLectureEstRelanceeDansLeFilAppelant() {
    Path absent = dossier.resolve("absent.xlsx");
    Fils fils = new Fils();
    assertThatThrownBy(() -> LectureEnParallele.lire(absent, fr.gouv.emjpm.io.internal.FormatFichier.XLSX,
        LimitesImport.parDefaut(), (n, v) -> { }, fils))
        .isInstanceOf(java.nio.file.NoSuchFileException.class);
    assertThat(fils.crees).hasSize(1).allSatisfy(t -> assertThat(t.isAlive()).isFalse());
  }

  @Test
  void unFilDeLectureInterrompuVaJusquAuBoutEtGardeSonInterruption() throws IOException {
    Path p = csv(3 * LectureEnParallele.LIGNES_PAR_PAQUET, 0);
    List<Boolean> interrompuALaFin = new CopyOnWriteArrayList<>();
    ThreadFactory interrompus = tache -> new Thread(() -> {
      Thread.currentThread().interrupt(); // chaque envoi de paquet voit l'interruption
      tache.run();
      interrompuALaFin.add(Thread.currentThread().isInterrupted());
    });
    Resultat<ImportMesures> r = MesuresImporterTest.IMPORTER.avecFils(interrompus).importer(p, ParametresImport.pour(MANDATAIRE));
    memeIssue(r, UN_FIL.importer(p, ParametresImport.pour(MANDATAIRE)));
    assertThat(interrompuALaFin).containsExactly(true);
  }
}
