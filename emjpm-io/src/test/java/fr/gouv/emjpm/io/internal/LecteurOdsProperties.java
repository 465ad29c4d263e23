// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import static fr.gouv.emjpm.io.internal.LecteurOdsHostileTest.ENTETE;
import static fr.gouv.emjpm.io.internal.LecteurOdsHostileTest.FIN;
import static fr.gouv.emjpm.io.internal.LecteurOdsHostileTest.MANIFESTE;
import static fr.gouv.emjpm.io.internal.LecteurOdsHostileTest.ODS;
import static fr.gouv.emjpm.io.internal.LecteurOdsHostileTest.RACINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import fr.gouv.emjpm.testkit.quicktheories.EmjpmGen;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Propriétés de {@link LecteurOds} :
 *
 * <ul>
 *   <li>tout texte écrit comme LibreOffice l'écrit (paragraphes, {@code text:s} pour les espaces répétés,
 *       de tête et de fin, {@code text:tab}, échappements) se relit à l'identique ;
 *   <li>toute suite de lignes et de cellules répétées (vides ou non) rend exactement les cellules du
 *       tableau développé, à leurs numéros de ligne et de colonne ;
 *   <li>le numéro de série d'une date ISO est celui qu'Excel lui donne (relu par {@code DateUtil} de POI) ;
 *   <li>un {@code content.xml} réel muté (octets remplacés, insérés, supprimés, tronqué) est lu ou refusé
 *       par un arrêt typé d'un motif connu, jamais par une autre exception.
 * </ul>
 */
class LecteurOdsProperties {

  private static final LecteurOds.Limites LIMITES = new LecteurOds.Limites(1_000, 50, 100_000, 1 << 24);

  static Path ods(String lignes) {
    return odsBrut((ENTETE + RACINE + "<table:table table:name=\"F\">" + lignes + "</table:table>" + FIN)
        .getBytes(StandardCharsets.UTF_8));
  }

  static Path odsBrut(byte[] contenu) {
    try {
      Path f = Files.createTempFile("emjpm-ods-propriete", ".ods");
      try (OutputStream out = Files.newOutputStream(f); ZipOutputStream zip = new ZipOutputStream(out)) {
        byte[] type = ODS.getBytes(StandardCharsets.US_ASCII);
        ZipEntry m = new ZipEntry("mimetype");
        CRC32 crc = new CRC32();
        crc.update(type);
        m.setMethod(ZipEntry.STORED);
        m.setSize(type.length);
        m.setCrc(crc.getValue());
        zip.putNextEntry(m);
        zip.write(type);
        zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
        zip.write(MANIFESTE.getBytes(StandardCharsets.UTF_8));
        zip.putNextEntry(new ZipEntry("content.xml"));
        zip.write(contenu);
      }
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Enregistreur lire(String lignes) {
    return lire(ods(lignes));
  }

  static Enregistreur lire(Path f) {
    try {
      Enregistreur e = new Enregistreur();
      LecteurOds.lire(f, LIMITES, new Echeance(Duration.ofSeconds(30), Enregistreur.CODES), Enregistreur.CODES, e);
      return e;
    } finally {
      try {
        Files.deleteIfExists(f);
      } catch (IOException e) {
        // fichier temporaire : le système le nettoiera
      }
    }
  }

  /** Texte quelconque ramené aux caractères qu'un document XML 1.0 peut porter (sans retour chariot). */
  static String representable(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints().forEach(p -> {
      boolean xml = p == '\t' || p == '\n' || (p >= 0x20 && p <= 0xD7FF) || (p >= 0xE000 && p <= 0xFFFD) || p >= 0x10000;
      b.appendCodePoint(xml ? p : 'x');
    });
    return b.toString();
  }

  /** Le texte tel que LibreOffice l'écrit dans une cellule. */
  static String commeLibreOffice(String texte) {
    StringBuilder b = new StringBuilder();
    for (String p : texte.split("\n", -1)) {
      b.append("<text:p>");
      int i = 0;
      while (i < p.length()) {
        char c = p.charAt(i);
        if (c == ' ') {
          int j = i;
          while (j < p.length() && p.charAt(j) == ' ') {
            j++;
          }
          int n = j - i;
          if (i == 0 || j == p.length()) {
            b.append("<text:s text:c=\"").append(n).append("\"/>");
          } else {
            b.append(' ');
            if (n > 1) {
              b.append("<text:s text:c=\"").append(n - 1).append("\"/>");
            }
          }
          i = j;
          continue;
        }
        switch (c) {
          case '\t' -> b.append("<text:tab/>");
          case '&' -> b.append("&amp;");
          case '<' -> b.append("&lt;");
          case '>' -> b.append("&gt;");
          default -> b.append(c);
        }
        i++;
      }
      b.append("</text:p>");
    }
    return b.toString();
  }

  static Gen<String> textes() {
    Gen<String> espaces = SourceDSL.lists().of(SourceDSL.integers().between(0, 9)
            .map(i -> List.of(" ", "  ", "   ", "\t", "\n", "a", "é", "&<>\"'", "\uD83D\uDE00", "b c").get(i)))
        .ofSizeBetween(0, 12).map(l -> String.join("", l));
    return EmjpmGen.textesArbitraires().map(LecteurOdsProperties::representable).mix(espaces, 50);
  }

  @Test
  void toutTexteEcritCommeLibreOfficeSeRelitALIdentique() {
    qt().withExamples(500).forAll(textes()).checkAssert(t -> {
      Enregistreur e = lire("<table:table-row><table:table-cell office:value-type=\"string\">" + commeLibreOffice(t)
          + "</table:table-cell></table:table-row>");
      if (t.isEmpty()) {
        assertThat(e.cellules).isEmpty();
      } else {
        assertThat(e.a("F", 1, 0)).contains(new Enregistreur.Cellule("texte", t, null));
      }
    });
  }

  /** Une cellule : répétition et contenu (vide, texte ou nombre). */
  record Cellule(int repetition, int genre) {}

  /** Une ligne : répétition et cellules. */
  record Ligne(int repetition, List<Cellule> cellules) {}

  static Gen<List<Ligne>> tableaux() {
    Gen<Cellule> cellule = SourceDSL.integers().between(1, 3).zip(SourceDSL.integers().between(0, 2), Cellule::new);
    Gen<List<Cellule>> cellules = SourceDSL.lists().of(cellule).ofSizeBetween(0, 8);
    Gen<Integer> repetition = SourceDSL.integers().between(1, 4).mix(SourceDSL.integers().between(1_000, 1_048_576), 10);
    Gen<Ligne> ligne = repetition.zip(cellules, Ligne::new);
    return SourceDSL.lists().of(ligne).ofSizeBetween(0, 10);
  }

  @Test
  void lesRepetitionsRendentExactementLeTableauDeveloppe() {
    qt().withExamples(300).forAll(tableaux()).checkAssert(tableau -> {
      StringBuilder xml = new StringBuilder();
      Map<String, Enregistreur.Cellule> attendu = new HashMap<>();
      int ligne = 1;
      for (Ligne l : tableau) {
        boolean pleine = l.cellules().stream().anyMatch(c -> c.genre() != 0);
        int repetition = pleine ? Math.min(l.repetition(), 4) : l.repetition(); // non vide : peu répétée
        xml.append("<table:table-row table:number-rows-repeated=\"").append(repetition).append("\">");
        int colonne = 0;
        for (Cellule c : l.cellules()) {
          xml.append("<table:table-cell table:number-columns-repeated=\"").append(c.repetition()).append('"');
          switch (c.genre()) {
            case 1 -> xml.append(" office:value-type=\"string\"><text:p>t").append(colonne).append("</text:p></table:table-cell>");
            case 2 -> xml.append(" office:value-type=\"float\" office:value=\"").append(colonne).append("\"/>");
            default -> xml.append("/>");
          }
          for (int k = 0; k < c.repetition(); k++) {
            for (int r = 0; r < repetition && c.genre() != 0; r++) {
              attendu.put("F!" + (ligne + r) + ":" + (colonne + k), c.genre() == 1
                  ? new Enregistreur.Cellule("texte", "t" + colonne, null)
                  : new Enregistreur.Cellule("nombre", (double) colonne, LecteurOds.NOMBRE));
            }
          }
          colonne += c.repetition();
        }
        xml.append("</table:table-row>");
        ligne += repetition;
      }
      Enregistreur e = lire(xml.toString());
      assertThat(e.cellules).isEqualTo(attendu);
      assertThat(e.feuilles).containsExactly("F");
    });
  }

  @Test
  void laSerieDUneDateEstCelleDExcel() {
    Gen<LocalDateTime> moments = SourceDSL.longs()
        .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
        .zip(SourceDSL.integers().between(0, 86_399), (jour, seconde) ->
            LocalDate.ofEpochDay(jour).atStartOfDay().plusSeconds(seconde));
    qt().withExamples(2_000).forAll(moments).checkAssert(m -> {
      double serie = LecteurOds.serieDate(m.toString().length() == 16 ? m + ":00" : m.toString());
      assertThat(DateUtil.getLocalDateTime(serie, false, true)).isEqualTo(m);
      assertThat(DateUtil.getLocalDateTime(LecteurOds.serieDate(m.toLocalDate().toString()), false, true))
          .isEqualTo(m.toLocalDate().atStartOfDay());
    });
  }

  /** Octets de {@code content.xml} d'un fichier du corpus réel. */
  static byte[] contenuReel(String nom) {
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(LecteurOdsTest.reel("ods/" + nom).toFile());
        java.io.InputStream in = zip.getInputStream(zip.getEntry("content.xml"))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final byte[] STRUCTURES = contenuReel("lo-structures.ods");
  private static final byte[] PIEGES = "<>&\"'/=;#x:!-?[] \u00e9\u0000".getBytes(StandardCharsets.UTF_8);

  /** Mutation : (position, longueur, genre : 0 remplace, 1 insère, 2 supprime, 3 tronque, octet piège). */
  record Mutation(int position, int longueur, int genre, int piege) {
    byte[] appliquer(byte[] o) {
      int p = position % o.length;
      byte b = PIEGES[piege % PIEGES.length];
      return switch (genre) {
        case 0 -> {
          byte[] r = o.clone();
          for (int i = p; i < Math.min(o.length, p + longueur); i++) {
            r[i] = b;
          }
          yield r;
        }
        case 1 -> {
          byte[] r = new byte[o.length + longueur];
          System.arraycopy(o, 0, r, 0, p);
          java.util.Arrays.fill(r, p, p + longueur, b);
          System.arraycopy(o, p, r, p + longueur, o.length - p);
          yield r;
        }
        case 2 -> {
          int fin = Math.min(o.length, p + longueur);
          byte[] r = new byte[o.length - (fin - p)];
          System.arraycopy(o, 0, r, 0, p);
          System.arraycopy(o, fin, r, p, o.length - fin);
          yield r;
        }
        default -> java.util.Arrays.copyOf(o, p);
      };
    }
  }

  @Test
  void unContenuReelMuteEstLuOuRefuseParUnArretType() {
    Gen<Mutation> mutations = SourceDSL.integers().between(0, Integer.MAX_VALUE - 1)
        .zip(SourceDSL.integers().between(1, 16), SourceDSL.integers().between(0, 3),
            SourceDSL.integers().between(0, 100), Mutation::new);
    java.util.Set<String> motifs = java.util.Arrays.stream(MotifArret.values()).map(Enum::name)
        .collect(java.util.stream.Collectors.toSet());
    java.util.Map<String, Integer> issues = new java.util.TreeMap<>();
    qt().withExamples(300).forAll(mutations).checkAssert(m -> {
      String issue = "lu";
      try {
        lire(odsBrut(m.appliquer(STRUCTURES)));
      } catch (ArretLecture a) {
        assertThat(a.violation().code()).isIn(motifs);
        assertThat(a.getMessage()).isNull();
        issue = a.violation().code();
      }
      issues.merge(issue, 1, Integer::sum);
    });
    // les mutations exercent les deux issues : lecture et refus typé (illisible)
    assertThat(issues).containsKeys("lu", "ILLISIBLE");
  }
}
