// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import fr.gouv.emjpm.testkit.NumerosRg;
import fr.gouv.emjpm.testkit.Textes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * La table compacte de {@link ChainesPartagees} (un seul tableau de caractères, Latin-1 ou UTF-16, et un
 * tableau de décalages) rend exactement ce que rendait l'implémentation d'avant, une {@code String} par
 * chaîne ({@link ChainesPartageesReference}), et ce que rend le {@code ReadOnlySharedStringsTable} de
 * POI : sur des tables générées (Latin-1 seul, caractères hors Latin-1 et demi-codets isolés écrits en
 * échappements {@code _xHHHH_}, tables vides, valeurs répétées, longues, runs enrichis découpés n'importe
 * où, runs phonétiques, éléments d'un autre espace de noms), avec des plafonds tirés autour des valeurs
 * exactes de la table (nombre, longueur, caractères) : même texte, ou même refus.
 */
class ChainesPartageesProperties {

  private static final Echeance LOIN = new Echeance(Duration.ofMinutes(10), LecteurClasseur.CODES);
  private static final String NS = ClasseurXlsx.NS;

  /** Valeurs répétées des fichiers réels. */
  private static final String[] REPETEES = {"Tutelle", "Curatelle renforcée", "Lille", "A domicile", "En établissement",
      "", " ", "Sauvegarde de justice", "Mandat de protection future", "Hôpital", "M", "F", "ÿ", "_x", "a_x0041_b"};

  /** Une table : graine de son contenu, famille, plafonds. */
  record Cas(long graine, int famille, int plafonds) {}

  static Gen<Cas> cas() {
    return SourceDSL.longs().all().zip(SourceDSL.integers().between(0, 5), SourceDSL.integers().between(0, 7),
        Cas::new);
  }

  /** Textes de la table tirés de la graine selon la famille. */
  static List<String> textes(Random r, int famille) {
    List<String> l = new ArrayList<>();
    if (famille == 0) {
      return l; // table vide
    }
    SplittableRandom alea = new SplittableRandom(r.nextLong());
    int n = famille == 4 ? 4_500 + r.nextInt(400) : r.nextInt(60);
    for (int i = 0; i < n; i++) {
      String t = switch (r.nextInt(famille == 3 ? 3 : 5)) {
        case 0 -> REPETEES[r.nextInt(REPETEES.length)];
        case 1 -> NumerosRg.saisies().generer(alea);
        case 2 -> famille == 3 ? "é".repeat(r.nextInt(300)) + "x".repeat(r.nextInt(3_000)) : "D-" + i;
        case 3 -> !l.isEmpty() ? l.get(r.nextInt(l.size())) : "";
        default -> famille == 2 || famille == 4 ? Textes.arbitraires(0, 20).generer(alea) : latin1(r);
      };
      l.add(t);
    }
    return l;
  }

  private static String latin1(Random r) {
    StringBuilder b = new StringBuilder();
    for (int k = r.nextInt(15); k > 0; k--) {
      b.append((char) (r.nextBoolean() ? 0x20 + r.nextInt(0x5F) : 0xA0 + r.nextInt(0x60)));
    }
    return b.toString();
  }

  /** Document {@code sharedStrings.xml} des textes, écrit comme Excel (échappements, runs, phonétique). */
  static String xml(Random r, List<String> textes) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
    b.append("<sst xmlns=\"").append(NS).append("\" xmlns:x=\"urn:autre\"");
    if (r.nextBoolean()) {
      b.append(" count=\"").append(textes.size() * 2).append("\" uniqueCount=\"").append(textes.size()).append('"');
    }
    b.append('>');
    for (String t : textes) {
      String brut = echapper(t, r);
      b.append("<si>");
      if (brut.isEmpty() && r.nextBoolean()) {
        b.append(r.nextBoolean() ? "<t/>" : "");
      } else if (r.nextInt(3) > 0) {
        b.append("<t xml:space=\"preserve\">").append(entites(brut)).append("</t>");
      } else {
        // runs enrichis découpés n'importe où dans le brut (même au milieu d'un échappement _xHHHH_)
        int i = 0;
        while (i < brut.length()) {
          int j = Math.min(brut.length(), i + 1 + r.nextInt(6));
          if (j < brut.length() && Character.isLowSurrogate(brut.charAt(j))) {
            j++; // une paire de substitution reste dans un même run (seuls les isolés sont échappés)
          }
          b.append("<r>").append(r.nextBoolean() ? "<rPr><b/><sz val=\"11\"/></rPr>" : "").append("<t xml:space=\"preserve\">")
              .append(entites(brut.substring(i, j))).append("</t></r>");
          if (r.nextInt(4) == 0) {
            b.append("<rPh sb=\"0\" eb=\"1\"><t>ふりがな</t></rPh>");
          }
          if (r.nextInt(5) == 0) {
            b.append("<x:t>étranger</x:t>");
          }
          i = j;
        }
      }
      b.append("</si>");
    }
    return b.append("</sst>").toString();
  }

  /** Texte brut d'un texte : ce que XML ne peut pas porter, et tout « _ », en échappements _xHHHH_. */
  private static String echapper(String t, Random r) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      boolean paire = Character.isHighSurrogate(c) && i + 1 < t.length() && Character.isLowSurrogate(t.charAt(i + 1));
      if (paire) {
        b.append(c).append(t.charAt(++i));
      } else if (c == '_' || (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F)
          || Character.isSurrogate(c) || c >= 0xFFFE || r.nextInt(40) == 0) {
        b.append(String.format("_x%04X_", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String entites(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Issue d'une lecture : les chaînes lues, ou le code du refus. */
  private static Object issue(byte[] xml, int nombre, int longueur, long caracteres, boolean compacte) {
    try {
      if (!compacte) {
        return ChainesPartageesReference.lire(new ByteArrayInputStream(xml), nombre, longueur, caracteres, LOIN,
            LecteurClasseur.CODES);
      }
      ChainesPartagees c = ChainesPartagees.lire(new ByteArrayInputStream(xml), nombre, longueur, caracteres, LOIN,
          LecteurClasseur.CODES);
      List<String> l = new ArrayList<>();
      for (int i = 0; i < c.nombre(); i++) {
        l.add(c.chaine(i));
      }
      return l;
    } catch (ArretLecture a) {
      return a.violation().code() + " " + a.violation().arguments();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> selonPoi(byte[] xml) throws Exception {
    ReadOnlySharedStringsTable t = new ReadOnlySharedStringsTable(new ByteArrayInputStream(xml), false);
    List<String> l = new ArrayList<>();
    while (true) {
      try {
        l.add(t.getItemAt(l.size()).getString());
      } catch (IllegalStateException | IndexOutOfBoundsException fin) {
        return l;
      }
    }
  }

  @Test
  void tableCompacteCommeLAncienneEtCommePoi() {
    qt().withExamples(400).forAll(cas()).checkAssert(c -> {
      Random r = new Random(c.graine());
      List<String> textes = textes(r, c.famille() == 4 && r.nextInt(8) > 0 ? 1 : c.famille());
      byte[] xml = xml(r, textes).getBytes(StandardCharsets.UTF_8);
      int longueurMax = textes.stream().mapToInt(String::length).max().orElse(0);
      long total = textes.stream().mapToLong(String::length).sum();
      // plafonds : larges, ou à la valeur exacte de la table, ou juste en dessous
      int nombre = switch (c.plafonds()) {
        case 1 -> Math.max(1, textes.size());
        case 2 -> Math.max(1, textes.size() - 1);
        default -> 1_000_000;
      };
      int longueur = switch (c.plafonds()) {
        case 3 -> Math.max(1, longueurMax);
        case 4 -> Math.max(1, longueurMax - 1);
        default -> 32_767;
      };
      long caracteres = switch (c.plafonds()) {
        case 5 -> Math.max(1, total);
        case 6 -> Math.max(1, total - 1);
        default -> 1L << 24;
      };
      Object compacte = issue(xml, nombre, longueur, caracteres, true);
      assertThat(compacte).isEqualTo(issue(xml, nombre, longueur, caracteres, false));
      boolean refus = (c.plafonds() == 2 && textes.size() > 1) || (c.plafonds() == 4 && longueurMax > 1)
          || (c.plafonds() == 6 && total > 1);
      if (refus) {
        assertThat(compacte).isInstanceOf(String.class);
      } else {
        assertThat(compacte).isEqualTo(textes);
        try {
          assertThat(compacte).isEqualTo(selonPoi(xml));
        } catch (Exception e) {
          throw new AssertionError("POI n'a pas lu la table", e);
        }
      }
    });
  }

  @Test
  void stockageLatin1SeulementQuandToutYTientEtChainesRenduesParLeCache() {
    qt().withExamples(200).forAll(cas()).checkAssert(c -> {
      Random r = new Random(c.graine());
      List<String> textes = textes(r, c.famille() == 4 && r.nextInt(8) > 0 ? 2 : c.famille());
      ChainesPartagees t = lire(xml(r, textes));
      assertThat(t.nombre()).isEqualTo(textes.size());
      assertThat(t.caracteres()).isEqualTo(textes.stream().mapToInt(String::length).sum());
      boolean toutLatin1 = textes.stream().allMatch(s -> s.chars().allMatch(ch -> ch <= 0xFF));
      assertThat(t.latin1()).isEqualTo(toutLatin1 || textes.isEmpty());
      // accès dans le désordre, avec des indices qui se disputent les cases du cache
      for (int k = 0; k < 3 * textes.size(); k++) {
        int i = r.nextInt(textes.size());
        String s = t.chaine(i);
        assertThat(s).isEqualTo(textes.get(i));
        assertThat(t.chaine(i)).isSameAs(s);
        int voisin = i ^ ChainesPartagees.CACHE;
        if (voisin < textes.size()) {
          assertThat(t.chaine(voisin)).isEqualTo(textes.get(voisin));
          assertThat(t.chaine(i)).isEqualTo(textes.get(i));
        }
      }
    });
  }

  @Test
  void decodageDesEchappementsCommeLAncien() {
    qt().withExamples(1_000).forAll(SourceDSL.longs().all()).checkAssert(g -> {
      Random r = new Random(g);
      StringBuilder b = new StringBuilder();
      String[] morceaux = {"_x", "_x0041_", "_x00e9_", "_x٣٣٣٣_", "_xZZZZ_", "_x12", "_", "x", "a", "0", "F", "_x005F_",
          "_x_x0041_", "é", "𝄞", "__x0041__"};
      for (int k = r.nextInt(12); k > 0; k--) {
        b.append(morceaux[r.nextInt(morceaux.length)]);
      }
      String s = b.toString();
      assertThat(ChainesPartagees.decoder(s)).isEqualTo(ChainesPartageesReference.decoder(s));
      char[] c = s.toCharArray();
      assertThat(new String(c, 0, ChainesPartagees.decoder(c, c.length, c))).isEqualTo(ChainesPartageesReference.decoder(s));
    });
  }

  private static ChainesPartagees lire(String xml) {
    try {
      return ChainesPartagees.lire(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), 1_000_000, 32_767,
          1L << 24, LOIN, LecteurClasseur.CODES);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
