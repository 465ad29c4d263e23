// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.finess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entrées hostiles du lecteur FINESS, générées au moment du test (aucun gros fichier committé) : la
 * lecture s'arrête toujours par une violation typée après un nombre d'octets borné (donc en mémoire et
 * en temps bornés), sans exception non typée, et aucune violation ne recopie le contenu d'une ligne.
 */
class FinessReaderHostileTest {

  /** Taille d'un bloc de lecture du lecteur : ce qu'il peut avoir lu au-delà d'un plafond. */
  private static final int BLOC = 64 * 1024;

  private static final String SECRET = "DUPONTJEANNE";

  /** Flux généré à la volée qui compte les octets qu'on lui a pris. */
  private abstract static class FluxGenere extends InputStream {
    long lus;

    abstract int octet(long position);

    /** Octets disponibles au plus, {@code Long.MAX_VALUE} pour un flux sans fin. */
    long taille() {
      return Long.MAX_VALUE;
    }

    @Override
    public int read() {
      if (lus >= taille()) {
        return -1;
      }
      return octet(lus++) & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (lus >= taille()) {
        return -1;
      }
      int n = (int) Math.min(len, taille() - lus);
      for (int i = 0; i < n; i++) {
        b[off + i] = (byte) octet(lus++);
      }
      return n;
    }
  }

  private static String code(Resultat<?> r) {
    assertThat(r.estSucces()).as("lecture refusée").isFalse();
    return r.violations().get(0).code();
  }

  /** Aucune violation ne recopie un contenu de ligne (message, chemin ni argument). */
  private static void sansContenu(Resultat<?> r, String... contenus) {
    for (Violation v : r.violations()) {
      for (String c : contenus) {
        assertThat(v.message()).doesNotContain(c);
        assertThat(v.chemin()).doesNotContain(c);
        assertThat(v.arguments().values()).noneMatch(a -> a.contains(c));
      }
    }
  }

  @Test
  void ligne_geante_sans_fin_de_ligne_sur_un_flux_sans_fin() throws IOException {
    byte[] motif = SECRET.getBytes(StandardCharsets.US_ASCII);
    FluxGenere flux = new FluxGenere() {
      @Override
      int octet(long position) {
        return motif[(int) (position % motif.length)];
      }
    };
    LimitesFiness limites = LimitesFiness.parDefaut();
    Resultat<ExtraitFiness> r = FinessReader.parDefaut().lire(flux);
    assertThat(code(r)).isEqualTo("FINESS_LIGNE_TROP_LONGUE");
    assertThat(flux.lus).isLessThanOrEqualTo(limites.ligneMax() + (long) BLOC);
    sansContenu(r, SECRET, SECRET.substring(0, 6));
  }

  @Test
  void dix_millions_de_lignes_vides_arretees_au_plafond_de_lignes() throws IOException {
    for (String fin : List.of("\n", "\r\n", "\r")) {
      byte[] f = fin.getBytes(StandardCharsets.US_ASCII);
      byte[] entete = "structureet;010000024;;CH;;;;;;;;;451;01\n".getBytes(StandardCharsets.US_ASCII);
      FluxGenere flux = new FluxGenere() {
        @Override
        long taille() {
          return entete.length + 10_000_000L * f.length;
        }

        @Override
        int octet(long position) {
          return position < entete.length ? entete[(int) position] : f[(int) ((position - entete.length) % f.length)];
        }
      };
      LimitesFiness limites = LimitesFiness.parDefaut();
      Resultat<ExtraitFiness> r = FinessReader.parDefaut().lire(flux);
      assertThat(code(r)).as("fin de ligne %s", fin.replace("\r", "CR").replace("\n", "LF"))
          .isEqualTo("FINESS_TROP_DE_LIGNES");
      assertThat(flux.lus).isLessThanOrEqualTo(entete.length + (limites.lignesMax() + 1L) * f.length + BLOC);
    }
  }

  @Test
  void octets_invalides_en_utf8_comme_en_windows_1252_jamais_d_exception() throws IOException {
    // 0x81 0x8D 0x8F 0x90 0x9D n'existent pas en Windows-1252 ; 0xC3 0x28 n'est pas de l'UTF-8
    byte[] invalides = {(byte) 0x81, (byte) 0x8D, (byte) 0x8F, (byte) 0x90, (byte) 0x9D, (byte) 0xC3, 0x28, (byte) 0xFF};
    List<Byte> octets = new ArrayList<>();
    for (byte b : "structureet;010000024;;C".getBytes(StandardCharsets.US_ASCII)) {
      octets.add(b);
    }
    for (byte b : invalides) {
      octets.add(b);
    }
    for (byte b : ";;;;;;;;;451;01\n".getBytes(StandardCharsets.US_ASCII)) {
      octets.add(b);
    }
    byte[] t = new byte[octets.size()];
    for (int i = 0; i < t.length; i++) {
      t[i] = octets.get(i);
    }
    for (FinessReader.Encodage e : FinessReader.Encodage.values()) {
      Resultat<ExtraitFiness> r = FinessReader.avec(LimitesFiness.parDefaut(), e).lire(new java.io.ByteArrayInputStream(t));
      assertThat(r.estSucces()).as("encodage %s", e).isTrue();
      assertThat(r.valeur().orElseThrow().etablissements()).hasSize(1);
    }
    // 1 Mio d'octets quelconques (graine fixe), fins de ligne comprises : refus ou lecture, jamais d'exception
    SplittableRandom alea = new SplittableRandom(20);
    FluxGenere flux = new FluxGenere() {
      @Override
      long taille() {
        return 1 << 20;
      }

      @Override
      int octet(long position) {
        return alea.nextInt(256);
      }
    };
    Resultat<ExtraitFiness> r = FinessReader.parDefaut().lire(flux);
    assertThat(r.violations()).allSatisfy(v -> assertThat(v.code()).startsWith("FINESS_"));
  }

  @Test
  void dev_zero_comme_chemin() throws IOException {
    Path zero = Path.of("/dev/zero");
    Assumptions.assumeTrue(Files.isReadable(zero), "/dev/zero absent");
    // sa taille annoncée est 0 : seul le plafond de longueur de ligne arrête la lecture
    assertThat(code(FinessReader.parDefaut().lire(zero))).isEqualTo("FINESS_LIGNE_TROP_LONGUE");
  }

  @Test
  void dev_urandom_comme_chemin_arrete_au_plafond_de_taille() throws IOException {
    Path alea = Path.of("/dev/urandom");
    Assumptions.assumeTrue(Files.isReadable(alea), "/dev/urandom absent");
    LimitesFiness petites = new LimitesFiness(1 << 20, 1_000_000, 4096, Duration.ofMinutes(1), 100);
    assertThat(code(FinessReader.avec(petites, FinessReader.Encodage.AUTO).lire(alea)))
        .isIn("FINESS_TROP_VOLUMINEUX", "FINESS_LIGNE_TROP_LONGUE");
  }

  @Test
  void un_repertoire_comme_chemin_leve_une_io_exception_declaree(@TempDir Path dossier) {
    assertThatThrownBy(() -> FinessReader.parDefaut().lire(dossier)).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> FinessReader.parDefaut().lire(dossier.resolve("absent.csv"))).isInstanceOf(IOException.class);
  }

  @Test
  void fichier_qui_grossit_pendant_la_lecture(@TempDir Path dossier) throws IOException {
    Path fichier = dossier.resolve("finess.csv");
    byte[] ligne = ("structureet;010000024;;" + SECRET + ";;;;;;;;;451;01\n").getBytes(StandardCharsets.US_ASCII);
    Files.write(fichier, ligne);
    LimitesFiness limites = new LimitesFiness(256 * 1024, 1_000_000, 4096, Duration.ofMinutes(1), 10);
    FinessReader lecteur = FinessReader.avec(limites, FinessReader.Encodage.AUTO);
    long[] lus = {0};
    Resultat<FinessReader.Bilan> r;
    try (OutputStream ajout = Files.newOutputStream(fichier, StandardOpenOption.APPEND);
        InputStream in = Files.newInputStream(fichier)) {
      InputStream compte = new java.io.FilterInputStream(in) {
        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          int n = super.read(b, off, len);
          lus[0] += Math.max(0, n);
          return n;
        }
      };
      // chaque ligne lue en fait écrire trois autres : le fichier grossit plus vite qu'il n'est lu
      r = lecteur.parcourir(compte, l -> {
        try {
          for (int i = 0; i < 3; i++) {
            ajout.write(ligne);
          }
          ajout.flush();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }
    assertThat(code(r)).isEqualTo("FINESS_TROP_VOLUMINEUX");
    assertThat(lus[0]).isLessThanOrEqualTo(limites.tailleMax() + BLOC);
    assertThat(Files.size(fichier)).isGreaterThan(limites.tailleMax());
    sansContenu(r, SECRET);
  }

  @Test
  void fichier_trop_gros_avant_lecture_puis_flux_qui_depasse(@TempDir Path dossier) throws IOException {
    Path fichier = dossier.resolve("gros.csv");
    try (OutputStream o = Files.newOutputStream(fichier)) {
      byte[] ligne = "structureet;010000024;;CH;;;;;;;;;451;01\n".getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 100; i++) {
        o.write(ligne);
      }
    }
    LimitesFiness limites = new LimitesFiness(1000, 1_000_000, 4096, Duration.ofMinutes(1), 10);
    Resultat<ExtraitFiness> r = FinessReader.avec(limites, FinessReader.Encodage.AUTO).lire(fichier);
    assertThat(code(r)).isEqualTo("FINESS_TROP_VOLUMINEUX");
    assertThat(r.violations().get(0).arguments()).containsEntry("max", "1000");
  }
}
