// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Import depuis un flux ({@link MesuresImporter#importer(InputStream, ParametresImport)}) sur les vrais
 * fichiers du corpus {@code reel/} : même résultat que depuis le chemin, flux borné à la taille
 * maximale, aucun fichier temporaire laissé (répertoire temporaire compté avant et après, y compris
 * quand le flux échoue) ; suivi de progression ({@link SuiviImport}).
 */
class MesuresImporterFluxTest {

  private static final ParametresImport PARAMETRES = ParametresImport.pour(GestionnaireId.individuel(1));

  @TempDir Path temporaire;

  private static long fichiers(Path dossier) throws IOException {
    try (Stream<Path> s = Files.list(dossier)) {
      return s.count();
    }
  }

  /** Flux qui compte les octets rendus. */
  private static final class Compteur extends FilterInputStream {
    long lus;

    Compteur(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        lus++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int debut, int longueur) throws IOException {
      int n = super.read(b, debut, longueur);
      if (n > 0) {
        lus += n;
      }
      return n;
    }
  }

  /** Flux qui rend {@code avant} octets du fichier puis lève {@code erreur}. */
  private static InputStream casseApres(byte[] octets, int avant, RuntimeException erreur, boolean io) {
    return new InputStream() {
      int pos;

      @Override
      public int read() throws IOException {
        if (pos >= avant) {
          if (io) {
            throw new IOException("disque arraché");
          }
          throw erreur;
        }
        return octets[pos++] & 0xFF;
      }
    };
  }

  /** Suivi qui note tout ce qu'il reçoit. */
  private static final class Notes implements SuiviImport {
    final List<Long> lues = new ArrayList<>();
    final List<Integer> refusees = new ArrayList<>();
    final List<String> fins = new ArrayList<>();

    @Override
    public void lignesLues(long lignes) {
      lues.add(lignes);
    }

    @Override
    public void ligneRefusee(int ligne) {
      refusees.add(ligne);
    }

    @Override
    public void termine(long lignesLues, long lignesRefusees, boolean accepte) {
      fins.add(lignesLues + "/" + lignesRefusees + "/" + accepte);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"lo-base.xlsx", "lo-base.xls", "excel-fr-pointvirgule-cp1252.csv", "lo-virgule-utf8-bom.csv",
      "excel-1904.xlsx", "lo-erreurs.xlsx", "lo-erreurs.xls"})
  void fluxDonneLeMemeResultatQueLeChemin(String nom) throws IOException {
    Path fichier = CorpusReelTest.reel().resolve(nom);
    Resultat<ImportMesures> parChemin = MesuresImporterTest.IMPORTER.importer(fichier, PARAMETRES);
    Resultat<ImportMesures> parFlux;
    long avant = fichiers(temporaire);
    try (InputStream in = Files.newInputStream(fichier)) {
      parFlux = MesuresImporterTest.IMPORTER.importer(in, PARAMETRES, temporaire);
    }
    assertThat(fichiers(temporaire)).isEqualTo(avant).isZero();
    assertThat(parFlux.estSucces()).isEqualTo(parChemin.estSucces());
    assertThat(parFlux.violations()).isEqualTo(parChemin.violations());
    assertThat(parFlux.valeur().map(ImportMesures::mesures)).isEqualTo(parChemin.valeur().map(ImportMesures::mesures));
  }

  @Test
  void fluxPublicDuCorpusImporteLesDouzeMesures() throws IOException {
    try (InputStream in = Files.newInputStream(CorpusReelTest.reel().resolve("lo-base.xlsx"))) {
      Resultat<ImportMesures> r = MesuresImporterTest.IMPORTER.importer(in, PARAMETRES);
      assertThat(r.valeur()).get().extracting(ImportMesures::creations).isEqualTo(12);
    }
  }

  @Test
  void fluxTropLongRefuseSansEtreLuAuDelaDeLaLimite() throws IOException {
    byte[] octets = Files.readAllBytes(CorpusReelTest.reel().resolve("lo-base.xlsx"));
    long max = octets.length - 1L;
    LimitesImport defaut = LimitesImport.parDefaut();
    ParametresImport p = PARAMETRES.avecLimites(new LimitesImport(max, defaut.lignesMax(), defaut.colonnesMax(),
        defaut.celluleMax(), defaut.chainesPartageesMax(), Duration.ofSeconds(30)));
    Compteur in = new Compteur(new ByteArrayInputStream(octets));
    Notes notes = new Notes();
    Resultat<ImportMesures> r = MesuresImporterTest.IMPORTER.importer(in, p, notes, temporaire);
    assertThat(r.violations()).extracting(Violation::code).containsExactly("FICHIER_TROP_VOLUMINEUX");
    assertThat(in.lus).isEqualTo(max + 1);
    assertThat(fichiers(temporaire)).isZero();
    assertThat(notes.fins).containsExactly("0/0/false");

    // à la limite exacte, le même fichier passe
    ParametresImport juste = PARAMETRES.avecLimites(new LimitesImport(octets.length, defaut.lignesMax(),
        defaut.colonnesMax(), defaut.celluleMax(), defaut.chainesPartageesMax(), Duration.ofSeconds(30)));
    assertThat(MesuresImporterTest.IMPORTER.importer(new ByteArrayInputStream(octets), juste, temporaire).estSucces())
        .isTrue();
    assertThat(fichiers(temporaire)).isZero();
  }

  @Test
  void aucunFichierTemporaireQuandLeFluxEchoue() throws IOException {
    byte[] octets = Files.readAllBytes(CorpusReelTest.reel().resolve("lo-base.xls"));
    Notes notes = new Notes();
    assertThatThrownBy(() -> MesuresImporterTest.IMPORTER.importer(
            casseApres(octets, 3000, new IllegalStateException(), true), PARAMETRES, notes, temporaire))
        .isInstanceOf(IOException.class);
    assertThat(fichiers(temporaire)).isZero();
    assertThat(notes.fins).containsExactly("0/0/false");

    assertThatThrownBy(() -> MesuresImporterTest.IMPORTER.importer(
            casseApres(octets, 10, new UncheckedIOException(new IOException()), false), PARAMETRES, temporaire))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(fichiers(temporaire)).isZero();
  }

  @Test
  void suiviDesLignesRefuseesEtDeLaFin() throws IOException {
    Path fichier = CorpusReelTest.reel().resolve("lo-erreurs.xlsx");
    Resultat<ImportMesures> attendu = MesuresImporterTest.IMPORTER.importer(fichier, PARAMETRES);
    Set<Integer> lignes = new TreeSet<>();
    attendu.violations().stream().filter(Violation::estBloquante).mapToInt(MesuresImporter::ligneDe)
        .filter(l -> l > 0).forEach(lignes::add);
    assertThat(lignes).isNotEmpty();

    Notes notes = new Notes();
    Resultat<ImportMesures> r = MesuresImporterTest.IMPORTER.importer(fichier, PARAMETRES, notes);
    assertThat(r.violations()).isEqualTo(attendu.violations());
    assertThat(notes.refusees).containsExactlyElementsOf(lignes);
    assertThat(notes.fins).containsExactly("12/" + lignes.size() + "/false");

    Notes succes = new Notes();
    try (InputStream in = Files.newInputStream(CorpusReelTest.reel().resolve("lo-base.xlsx"))) {
      assertThat(MesuresImporterTest.IMPORTER.importer(in, PARAMETRES, succes, temporaire).estSucces()).isTrue();
    }
    assertThat(succes.refusees).isEmpty();
    assertThat(succes.fins).containsExactly("12/0/true");
    assertThat(fichiers(temporaire)).isZero();
  }

  @Test
  void lignesLuesParPaquetsEtAdaptateurDuRappel() throws IOException {
    List<String> reel = Files.readAllLines(CorpusReelTest.reel().resolve("lo-pointvirgule-utf8.csv"), StandardCharsets.UTF_8);
    String[] modele = reel.get(1).split(";", -1);
    StringBuilder csv = new StringBuilder(reel.get(0)).append('\n');
    for (int i = 0; i < 2500; i++) {
      modele[6] = String.format("%08d", 10_000_000 + i);
      csv.append(String.join(";", modele)).append('\n');
    }
    byte[] octets = csv.toString().getBytes(StandardCharsets.UTF_8);
    List<Long> rappel = new ArrayList<>();
    List<Long> adapte = new ArrayList<>();
    Notes notes = new Notes();
    ParametresImport p = PARAMETRES.avecProgression(rappel::add);
    Resultat<ImportMesures> r = MesuresImporterTest.IMPORTER.importer(new ByteArrayInputStream(octets), p, notes, temporaire);
    assertThat(r.estSucces()).as("%s", r.violations()).isTrue();
    assertThat(notes.lues).containsExactly(1000L, 2000L);
    assertThat(rappel).as("le rappel des paramètres reste appelé").containsExactly(1000L, 2000L);
    assertThat(notes.fins).containsExactly("2500/0/true");

    MesuresImporterTest.IMPORTER.importer(new ByteArrayInputStream(octets), PARAMETRES, SuiviImport.depuis(adapte::add),
        temporaire);
    assertThat(adapte).containsExactly(1000L, 2000L);
    assertThat(fichiers(temporaire)).isZero();
  }
}
