// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Petites gardes du lecteur observées aux bornes : flux borné en octets (budget partagé, lecture octet
 * par octet, saut), échéance, violations gardées, caractères de contrôle retirés (comparés à une
 * définition par points de code), signatures des formats (entrée {@code mimetype} d'un .ods).
 */
class GardesDuLecteurTest {

  private static final Echeance LOIN = new Echeance(Duration.ofMinutes(10), Enregistreur.CODES);

  private static String arret(Runnable r) {
    try {
      r.run();
      return "aucun";
    } catch (ArretLecture a) {
      return a.violation().code() + " " + a.violation().arguments();
    }
  }

  // ------------------------------------------------------------------ flux borné

  private static FluxBorne flux(int octets, FluxBorne.Budget budget) {
    return new FluxBorne(new ByteArrayInputStream(new byte[octets]), budget, LOIN, Enregistreur.CODES);
  }

  @Test
  void fluxBorneAuxOctetsLusBudgetPartage() throws IOException {
    assertThat(flux(10, new FluxBorne.Budget(10)).readAllBytes()).hasSize(10);
    assertThat(arret(() -> {
      try {
        flux(11, new FluxBorne.Budget(10)).readAllBytes();
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    })).isEqualTo("VOLUME_EXCESSIF {max=10}");
    FluxBorne.Budget partage = new FluxBorne.Budget(10);
    assertThat(flux(6, partage).readAllBytes()).hasSize(6);
    assertThat(flux(4, partage).readAllBytes()).hasSize(4);
    FluxBorne dernier = flux(1, partage);
    assertThat(arret(() -> {
      try {
        dernier.read();
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    })).isEqualTo("VOLUME_EXCESSIF {max=10}");
  }

  @Test
  void fluxBorneOctetParOctetEtSaut() throws IOException {
    byte[] octets = {1, (byte) 0xFF, 0, 7};
    FluxBorne f = new FluxBorne(new ByteArrayInputStream(octets), new FluxBorne.Budget(4), LOIN, Enregistreur.CODES);
    assertThat(f.markSupported()).isFalse();
    assertThat(f.read()).isEqualTo(1);
    assertThat(f.read()).isEqualTo(0xFF);
    assertThat(f.skip(1)).isEqualTo(1);
    assertThat(f.skip(-3)).isZero();
    assertThat(f.read()).isEqualTo(7);
    assertThat(f.read()).isEqualTo(-1);
    assertThat(f.skip(5)).isZero();
    // saut compté dans le budget, au-delà de la taille d'un tampon
    FluxBorne g = flux(20_000, new FluxBorne.Budget(20_000));
    assertThat(g.skip(19_999)).isEqualTo(19_999);
    assertThat(g.read()).isZero();
    assertThat(g.read()).isEqualTo(-1);
    FluxBorne h = flux(20_000, new FluxBorne.Budget(19_999));
    assertThat(arret(() -> {
      try {
        h.skip(30_000);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    })).isEqualTo("VOLUME_EXCESSIF {max=19999}");
  }

  @Test
  void echeanceVerifieeAChaqueLecture() throws InterruptedException {
    Echeance passee = new Echeance(Duration.ofMillis(1), Enregistreur.CODES);
    Thread.sleep(3);
    assertThat(arret(passee::verifier)).isEqualTo("DELAI_DEPASSE {max=1}");
    FluxBorne f = new FluxBorne(new ByteArrayInputStream(new byte[1]), new FluxBorne.Budget(1), passee,
        Enregistreur.CODES);
    assertThat(arret(() -> {
      try {
        f.read();
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    })).startsWith("DELAI_DEPASSE");
    // délai démesuré : jamais atteint
    assertThat(arret(new Echeance(Duration.ofDays(365L * 100), Enregistreur.CODES)::verifier)).isEqualTo("aucun");
    assertThat(arret(new Echeance(Duration.ofSeconds(Long.MAX_VALUE), Enregistreur.CODES)::verifier))
        .isEqualTo("aucun");
    assertThat(arret(LOIN::verifier)).isEqualTo("aucun");
  }

  // ------------------------------------------------------------------ violations gardées

  @Test
  void violationsGardeesJusquAuPlafond() {
    ViolationsGardees g = new ViolationsGardees(2);
    assertThat(g.estVide()).isTrue();
    Violation v = Violation.de(fr.gouv.emjpm.io.fichier.CodeFichier.FICHIER_ILLISIBLE, "");
    g.ajouter(v);
    assertThat(g.estVide()).isFalse();
    g.ajouter(v);
    assertThat(g.gardees()).hasSize(2);
    assertThat(g.omises()).isZero();
    g.ajouter(v);
    g.ajouter(v);
    assertThat(g.gardees()).hasSize(2);
    assertThat(g.omises()).isEqualTo(2);
    assertThat(g.total()).isEqualTo(4);
    ViolationsGardees aucune = new ViolationsGardees(0);
    aucune.ajouter(v);
    assertThat(aucune.estVide()).isFalse();
    assertThat(aucune.gardees()).isEmpty();
    assertThat(aucune.total()).isEqualTo(1);
    ViolationsGardees defaut = new ViolationsGardees();
    for (int i = 0; i <= ViolationsGardees.MAX; i++) {
      defaut.ajouter(v);
    }
    assertThat(defaut.gardees()).hasSize(ViolationsGardees.MAX);
    assertThat(defaut.omises()).isEqualTo(1);
  }

  // ------------------------------------------------------------------ caractères de contrôle

  /** Définition de référence, par points de code : contrôles C0 sauf tabulation et fins de ligne, DEL, demi-codets isolés, U+FFFE et U+FFFF. */
  private static String reference(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints().forEach(cp -> {
      boolean interdit = (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0x7F
          || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE || cp == 0xFFFF;
      if (!interdit) {
        b.appendCodePoint(cp);
      }
    });
    return b.toString();
  }

  @Test
  void caracteresDeControleRetiresCommeLaReference() {
    List<String> textes = List.of("", "abc", "a\u0000b", "\u001Fx\u0020", "\t\n\r", "a\u007Fb\u0080", "~\u007F",
        "\uD83D\uDE00", "x\uD83D", "\uDE00x", "\uD83Dx\uDE00", "\uFFFE\uFFFD\uFFFF", "é\u0001è", "\u0001",
        "ok\uD83D\uDE00\u0002", "\uD83D\uD83D\uDE00", "\u001F\u0020\u007E\u007F\u0080\u009F");
    for (String t : textes) {
      assertThat(CaracteresControle.retirer(t)).as(Arrays.toString(t.chars().toArray())).isEqualTo(reference(t));
    }
    String propre = "déjà propre \uD83D\uDE00";
    assertThat(CaracteresControle.retirer(propre)).isSameAs(propre);
    // tous les caractères du plan de base, un à un et par paires
    StringBuilder tous = new StringBuilder();
    for (char c = 0; c < 0x3000; c++) {
      tous.append(c);
      assertThat(CaracteresControle.retirer("a" + c)).isEqualTo(reference("a" + c));
    }
    for (char c = 0xD700; c != 0; c++) {
      assertThat(CaracteresControle.retirer(c + "z")).isEqualTo(reference(c + "z"));
    }
    assertThat(CaracteresControle.retirer(tous.toString())).isEqualTo(reference(tous.toString()));
  }

  // ------------------------------------------------------------------ signatures

  /** En-tête local d'un zip dont la première entrée s'appelle {@code nom}, champ extra de {@code extra} octets. */
  private static byte[] entete(String nom, int extra, String contenu) {
    byte[] n = nom.getBytes(StandardCharsets.US_ASCII);
    byte[] c = contenu.getBytes(StandardCharsets.US_ASCII);
    byte[] o = new byte[30 + n.length + extra + c.length];
    o[0] = 0x50;
    o[1] = 0x4B;
    o[2] = 0x03;
    o[3] = 0x04;
    o[26] = (byte) n.length;
    o[27] = (byte) (n.length >> 8);
    o[28] = (byte) extra;
    o[29] = (byte) (extra >> 8);
    System.arraycopy(n, 0, o, 30, n.length);
    System.arraycopy(c, 0, o, 30 + n.length + extra, c.length);
    return o;
  }

  @Test
  void odsReconnuASonEntreeMimetypeExacte() {
    assertThat(FormatFichier.detecter(entete("mimetype", 0, FormatFichier.TYPE_ODS))).isEqualTo(FormatFichier.ODS);
    assertThat(FormatFichier.detecter(entete("mimetype", 0, "application/vnd.oasis.opendocument.")))
        .isEqualTo(FormatFichier.ODS);
    assertThat(FormatFichier.detecter(entete("mimetype", 0, "application/vnd.oasis.opendocument")))
        .isEqualTo(FormatFichier.XLSX);
    assertThat(FormatFichier.detecter(entete("mimetype", 1, FormatFichier.TYPE_ODS))).isEqualTo(FormatFichier.XLSX);
    assertThat(FormatFichier.detecter(entete("mimetypf", 0, FormatFichier.TYPE_ODS))).isEqualTo(FormatFichier.XLSX);
    assertThat(FormatFichier.detecter(entete("mimetypes", 0, FormatFichier.TYPE_ODS))).isEqualTo(FormatFichier.XLSX);
    assertThat(FormatFichier.detecter(entete("mimetyp", 0, "e" + FormatFichier.TYPE_ODS))).isEqualTo(FormatFichier.XLSX);
    byte[] grandNom = entete("mimetype", 0, FormatFichier.TYPE_ODS);
    grandNom[27] = 1; // longueur du nom : 264
    assertThat(FormatFichier.detecter(grandNom)).isEqualTo(FormatFichier.XLSX);
    byte[] grandExtra = entete("mimetype", 0, FormatFichier.TYPE_ODS);
    grandExtra[29] = 1;
    assertThat(FormatFichier.detecter(grandExtra)).isEqualTo(FormatFichier.XLSX);
    // en-tête coupé : archive, pas un .ods
    byte[] ods = entete("mimetype", 0, FormatFichier.TYPE_ODS);
    for (int n : List.of(4, 27, 28, 29, 30, 38, 50)) {
      assertThat(FormatFichier.detecter(Arrays.copyOf(ods, n))).as("%d octets", n).isEqualTo(FormatFichier.XLSX);
    }
    assertThat(FormatFichier.archive(new byte[] {0x50, 0x4B})).isTrue();
    assertThat(FormatFichier.archive(new byte[] {0x50, 0x4C})).isFalse();
    assertThat(FormatFichier.archive(new byte[] {0x50})).isFalse();
    assertThat(FormatFichier.detecter(new byte[] {0x50, 0x4B, 0x03, 0x05})).isEqualTo(FormatFichier.CSV);
  }
}
