// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 : fichiers OCMI de forme hostile, générés au moment du test (jamais en entier en mémoire),
 * lus dans le tas de 256 Mio des tests : refus typé (plafond d'éléments, d'octets d'un élément,
 * d'octets décompressés entrées sautées comprises, échéance), jamais une {@code OutOfMemoryError}.
 */
class OcmiBorneTest {

  @TempDir Path dossier;

  /** Flux JSON {@code [e,e,e,…]} de {@code n} éléments, produit à la demande. */
  static InputStream tableau(String element, long n) {
    byte[] e = ("," + element).getBytes(StandardCharsets.UTF_8);
    return new InputStream() {
      private long produits;
      private int pos = -1; // -1 : '[' à rendre
      private boolean fini;

      @Override
      public int read() {
        if (pos == -1) {
          pos = 1; // premier élément sans virgule
          return '[';
        }
        if (produits >= n) {
          if (fini) {
            return -1;
          }
          fini = true;
          return ']';
        }
        int b = e[pos++];
        if (pos == e.length) {
          pos = 0;
          produits++;
        }
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        int i = 0;
        while (i < len) {
          int c = read();
          if (c < 0) {
            return i == 0 ? -1 : i;
          }
          b[off + i++] = (byte) c;
        }
        return i;
      }
    };
  }

  private static String code(Resultat<?> r) {
    assertThat(r.violations()).hasSize(1);
    return r.violations().get(0).code();
  }

  @Test
  void deux_cent_cinquante_mio_de_petites_mesures_sont_refusees_au_plafond_de_mesures() throws IOException {
    long n = 250L * 1024 * 1024 / 30;
    long t0 = System.nanoTime();
    Resultat<FichierOcmi> r = FichierOcmi.lire(tableau("{\"mandataire\":{\"siret\":\"1\"}}", n));
    assertThat(code(r)).isEqualTo("OCMI_TROP_DE_MESURES");
    assertThat(r.violations().get(0).arguments()).containsEntry("max", String.valueOf(FichierOcmi.MESURES_MAX));
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(FichierOcmi.DELAI);
  }

  @Test
  void des_elements_vides_sans_fin_sont_refuses_au_plafond_d_elements() throws IOException {
    Resultat<FichierOcmi> r = FichierOcmi.lire(tableau("{}", 80_000_000L));
    assertThat(code(r)).isEqualTo("OCMI_TROP_DE_MESURES");
  }

  @Test
  void au_plafond_de_mesures_le_fichier_est_lu() throws IOException {
    Resultat<FichierOcmi> r = FichierOcmi.lire(tableau("{\"mandataire\":{\"siret\":\"1\"}}", FichierOcmi.MESURES_MAX));
    assertThat(r.valeurOuErreur().nombreMesures()).isEqualTo(FichierOcmi.MESURES_MAX);
  }

  /** Mesure réelle (un état, une ressource) portant un SIRET de mandataire. */
  private static final String MESURE_REELLE = MesuresJsonTest.MESURE.replace("{\"numero_rg\"",
      "{\"mandataire\":{\"siret\":\"1\"},\"numero_rg\"") + "}";

  /** Plafond de mémoire des tests de refus : 4 Mio, pour ne jamais retenir beaucoup dans le tas des tests. */
  private static final long PETITE_MEMOIRE = 4L * 1024 * 1024;

  @Test
  void cent_mille_mesures_reelles_tiennent_sous_le_plafond_de_memoire() throws IOException {
    // poids estimé d'une mesure réelle lue, multiplié par le plafond de mesures (sans les garder toutes :
    // 65 Mio retenus pour 100 000, mesurés hors test)
    Resultat<FichierOcmi> r = FichierOcmi.lire(tableau(MESURE_REELLE, 1));
    Resultat<fr.gouv.emjpm.rules.validation.SaisieMesure> m = r.valeurOuErreur().groupe("1").orElseThrow().mesures().get(0);
    assertThat(m.violations()).isEmpty();
    long poids = FichierOcmi.poids(m, MESURE_REELLE.getBytes(StandardCharsets.UTF_8).length);
    assertThat(poids).isBetween(680L, 1024L); // 680 o réellement retenus (histogramme du tas)
    assertThat(poids * FichierOcmi.MESURES_MAX).isLessThan(FichierOcmi.MEMOIRE_MAX);
  }

  @Test
  void des_mesures_de_deux_cents_etats_invalides_sont_refusees_au_plafond_de_memoire() throws IOException {
    // 200 erreurs gardées par mesure (76 Kio retenus chacune) : 100 000 telles mesures (44 Mo de JSON, sous
    // TAILLE_MAX et MESURES_MAX) feraient 7 Gio, OutOfMemoryError dans 256 Mio sans le plafond de mémoire
    String element = "{\"mandataire\":{\"siret\":\"1\"},\"etats\":[" + "1,".repeat(199) + "1]}";
    Resultat<FichierOcmi> r = FichierOcmi.lire(tableau(element, FichierOcmi.MESURES_MAX), FichierOcmi.DELAI,
        PETITE_MEMOIRE);
    assertThat(code(r)).isEqualTo("OCMI_TROP_LOURD");
    assertThat(r.violations().get(0).arguments()).containsEntry("max", String.valueOf(PETITE_MEMOIRE));
    // sous le plafond, les mêmes mesures sont lues
    Resultat<FichierOcmi> dix = FichierOcmi.lire(tableau(element, 10), FichierOcmi.DELAI, PETITE_MEMOIRE);
    assertThat(dix.valeurOuErreur().nombreMesures()).isEqualTo(10);
  }

  @Test
  void des_mesures_de_deux_cents_etats_vides_sont_refusees_au_plafond_de_memoire() throws IOException {
    // 200 états gardés par mesure (10 Kio retenus chacune) : 100 000 feraient 1 Gio
    String element = "{\"mandataire\":{\"siret\":\"1\"},\"etats\":[" + "{},".repeat(199) + "{}]}";
    Resultat<FichierOcmi> r = FichierOcmi.lire(tableau(element, FichierOcmi.MESURES_MAX), FichierOcmi.DELAI,
        PETITE_MEMOIRE);
    assertThat(code(r)).isEqualTo("OCMI_TROP_LOURD");
    assertThat(FichierOcmi.lire(tableau(element, 100), FichierOcmi.DELAI, PETITE_MEMOIRE).valeurOuErreur()
        .nombreMesures()).isEqualTo(100);
  }

  @Test
  void un_element_de_plus_d_un_mio_est_refuse_sans_etre_lu_en_arbre() throws IOException {
    // un seul élément : un tableau de 20 M zéros (40 Mio), dont l'arbre ne tiendrait pas dans le tas
    InputStream zeros = tableau("0", 20_000_000L);
    InputStream element = new java.io.SequenceInputStream(new ByteArrayInputStream(
        "[{\"mandataire\":{\"siret\":\"1\"},\"x\":".getBytes(StandardCharsets.UTF_8)), zeros);
    Resultat<FichierOcmi> r = FichierOcmi.lire(element);
    assertThat(code(r)).isEqualTo("JSON_LIMITE_DEPASSEE");
  }

  @Test
  void l_echeance_s_applique_pendant_la_lecture() throws IOException {
    Resultat<FichierOcmi> r = FichierOcmi.lire(tableau("{}", 1_000_000L), Duration.ofNanos(1));
    assertThat(code(r)).isEqualTo("FICHIER_DELAI_DEPASSE");
  }

  @Test
  void une_entree_sautee_de_trois_cents_mio_de_zeros_avant_le_json_est_arretee_au_plafond() throws IOException {
    Path zip = dossier.resolve("ocmi.zip");
    try (OutputStream o = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(o)) {
      z.setLevel(Deflater.BEST_SPEED);
      z.putNextEntry(new ZipEntry("zeros.bin"));
      byte[] bloc = new byte[1 << 20];
      for (int i = 0; i < 300; i++) {
        z.write(bloc);
      }
      z.putNextEntry(new ZipEntry("ocmi.json"));
      z.write("[]".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(Files.size(zip)).isLessThan(2L * 1024 * 1024);
    Resultat<FichierOcmi> r = FichierOcmi.lire(zip);
    assertThat(r.violations()).extracting(Violation::code).containsExactly("OCMI_TROP_VOLUMINEUX");
    // sous le plafond, l'entrée sautée est lue et le JSON qui suit aussi
    Path petit = dossier.resolve("petit.zip");
    try (OutputStream o = Files.newOutputStream(petit); ZipOutputStream z = new ZipOutputStream(o)) {
      z.putNextEntry(new ZipEntry("zeros.bin"));
      z.write(new byte[1 << 20]);
      z.putNextEntry(new ZipEntry("ocmi.json"));
      z.write("[{\"mandataire\":{\"siret\":\"1\"}}]".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(FichierOcmi.lire(petit).valeurOuErreur().nombreMesures()).isEqualTo(1);
  }

  /**
   * Dix entrées d'un Gio de zéros avant le JSON (≈ 47 Mo compressés ; 29 s de décompression sans la
   * borne) : arrêtées au budget de 256 Mio décompressés. L'archive est rendue en flux, sans être copiée
   * en mémoire : une entrée de 4,7 Mo compressés rejouée dix fois, puis l'entrée JSON. (Construite en
   * entier dans un {@code ByteArrayOutputStream}, elle demandait des tableaux de 32 puis 64 Mio contigus,
   * plus la copie de 47 Mo : une JVM de test de 256 Mio en mourait par intermittence.)
   */
  @Test
  void dix_entrees_d_un_gio_de_zeros_avant_le_json_sont_arretees_au_budget() throws IOException {
    byte[] gio = fr.gouv.emjpm.io.mesures.CorpusHostile.archive(java.util.Map.of("zeros.bin",
        fr.gouv.emjpm.io.mesures.CorpusHostile.Contenu.repete("", new byte[1 << 20], 1024, "", -1)));
    byte[] json = fr.gouv.emjpm.io.mesures.CorpusHostile.archive(java.util.Map.of("ocmi.json",
        fr.gouv.emjpm.io.mesures.CorpusHostile.Contenu.de("[]")));
    java.util.List<InputStream> parties = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      parties.add(new ByteArrayInputStream(gio, 0, debutRepertoire(gio))); // en-tête local et données seuls
    }
    parties.add(new ByteArrayInputStream(json));
    long t0 = System.nanoTime();
    Resultat<FichierOcmi> r = FichierOcmi.lire(new java.io.SequenceInputStream(java.util.Collections.enumeration(parties)));
    Duration d = Duration.ofNanos(System.nanoTime() - t0);
    assertThat(r.violations()).extracting(Violation::code).containsExactly("OCMI_TROP_VOLUMINEUX");
    assertThat(d).isLessThan(Duration.ofSeconds(10));
    // l'entrée JSON de la fin, seule, est une archive OCMI lisible
    assertThat(FichierOcmi.lire(new ByteArrayInputStream(json)).valeurOuErreur().nombreMesures()).isZero();
  }

  /** Position du répertoire central d'une archive sans commentaire (fin de la dernière entrée). */
  private static int debutRepertoire(byte[] zip) {
    return java.nio.ByteBuffer.wrap(zip, zip.length - 22 + 16, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt();
  }
}
