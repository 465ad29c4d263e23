// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * La voie des octets UTF-8 de {@link XmlFlux} rend exactement ce que rend la voie {@code Reader} : sur des
 * documents générés (noms, préfixes, attributs, textes, CDATA, commentaires avec des caractères de 1 à 4
 * octets, références prédéfinies et numériques, fins de ligne), découpés au hasard par le flux, mêmes
 * événements que l'analyseur d'avant sur les mêmes octets ({@link XmlFluxCaracteres}, décodage par
 * {@code InputStreamReader}) et que {@link XmlFlux} sur le même document en UTF-16 (décodé par le JDK
 * puis réécrit en UTF-8) ; sur des octets altérés (UTF-8 invalide, tronqué, balise cassée), même issue.
 */
class XmlFluxProperties {

  private static final Echeance LOIN = new Echeance(Duration.ofMinutes(10), LecteurClasseur.CODES);

  private static final String[] NOMS = {"c", "p:v", "é:ñ", "日本", "x𝄞", "r", "p:table-cell", "_a.b-c"};
  private static final String[] ATTRIBUTS = {"a", "p:b", "é:d", "ü", "p:value-type", "office"};
  private static final String[] FRAGMENTS = {"a", "Zz 9", " ", "é", "€", "日", "𝄞", "&amp;", "&lt;", "&gt;",
      "&quot;", "&apos;", "&#233;", "&#x1D11E;", "&#10;", "\t", "\n", "\r\n", "\r", "ß", "ÿ", "\u07FF", "\u0800",
      "\uFFFD", "\uD7FF", "\uE000", "'"};

  /** Un document : graine de sa forme et de son découpage, altération éventuelle. */
  record Cas(long graine, int alteration) {}

  static Gen<Cas> cas() {
    return SourceDSL.longs().all().zip(SourceDSL.integers().between(0, 7), Cas::new);
  }

  /** Document bien formé tiré de la graine (racine avec ses déclarations d'espaces de noms). */
  static String document(Random r) {
    StringBuilder b = new StringBuilder();
    if (r.nextBoolean()) {
      b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }
    b.append("<r xmlns=\"urn:a\" xmlns:p=\"urn:b&#233;\" xmlns:é='urn:ç'>");
    Deque<String> ouverts = new ArrayDeque<>();
    int n = r.nextInt(40);
    for (int k = 0; k < n; k++) {
      switch (r.nextInt(7)) {
        case 0, 1 -> {
          String nom = NOMS[r.nextInt(NOMS.length)];
          b.append('<').append(nom);
          int attributs = r.nextInt(4);
          List<String> vus = new ArrayList<>();
          for (int a = 0; a < attributs; a++) {
            String at = ATTRIBUTS[r.nextInt(ATTRIBUTS.length)];
            if (vus.contains(at)) {
              continue;
            }
            vus.add(at);
            char q = r.nextBoolean() ? '"' : '\'';
            b.append(r.nextBoolean() ? " " : "\n\t").append(at).append(r.nextBoolean() ? "=" : " = ").append(q)
                .append(texte(r).replace(String.valueOf(q), q == '"' ? "&quot;" : "&apos;")).append(q);
          }
          if (r.nextInt(3) == 0) {
            b.append("/>");
          } else {
            b.append(r.nextBoolean() ? ">" : " >");
            ouverts.push(nom);
          }
        }
        case 2 -> {
          if (!ouverts.isEmpty()) {
            b.append("</").append(ouverts.pop()).append(r.nextBoolean() ? ">" : " >");
          }
        }
        case 3 -> b.append("<![CDATA[").append(texte(r).replace("]]>", "")).append("&amp;<]]>");
        case 4 -> b.append("<!--").append(texte(r).replace("-", "")).append("-->");
        case 5 -> b.append("<?pi ").append(texte(r).replace("?", "")).append("?>");
        default -> b.append(texte(r).replace("'", "&apos;"));
      }
    }
    while (!ouverts.isEmpty()) {
      b.append("</").append(ouverts.pop()).append('>');
    }
    return b.append("</r>\n").toString();
  }

  private static String texte(Random r) {
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(r.nextInt(10) == 0 ? 400 : 12);
    for (int k = 0; k < n; k++) {
      b.append(FRAGMENTS[r.nextInt(FRAGMENTS.length)]);
    }
    return b.toString();
  }

  /** Octets altérés : octet remplacé, retiré, séquence invalide ou tronquée insérée, fin coupée. */
  static byte[] alterer(byte[] o, int alteration, Random r) {
    if (alteration < 4 || o.length < 2) {
      return o;
    }
    int i = r.nextInt(o.length);
    ByteArrayOutputStream s = new ByteArrayOutputStream();
    s.write(o, 0, i);
    switch (alteration) {
      case 4 -> s.write(r.nextInt(256));
      case 5 -> {
        byte[][] invalides = {{(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0x80},
            {(byte) 0xF8}, {(byte) 0xE0, (byte) 0x9F, (byte) 0xBF}, {(byte) 0xF0, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF}};
        s.writeBytes(invalides[r.nextInt(invalides.length)]);
      }
      case 6 -> {
        return s.toByteArray(); // fin coupée
      }
      default -> {
        // octet retiré
        s.write(o, i + 1, o.length - i - 1);
        return s.toByteArray();
      }
    }
    s.write(o, i + 1, o.length - i - 1);
    return s.toByteArray();
  }

  /** Flux rendu par tranches tirées de la graine. */
  static InputStream decoupe(byte[] o, long graine) {
    Random r = new Random(graine);
    int mode = r.nextInt(3);
    return new FilterInputStream(new ByteArrayInputStream(o)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int t = mode == 0 ? 1 + r.nextInt(7) : mode == 1 ? 1 + r.nextInt(300) : len;
        return super.read(b, off, Math.min(len, t));
      }
    };
  }

  static List<String> nouveau(InputStream in) {
    List<String> vu = new ArrayList<>();
    try {
      XmlFlux x = new XmlFlux(in, LOIN, LecteurClasseur.CODES);
      for (int ev = x.suivant(); ev != XmlFlux.FIN_DOCUMENT; ev = x.suivant()) {
        if (ev == XmlFlux.TEXTE) {
          vu.add('"' + new String(x.texte(), 0, x.longueurTexte()) + '"');
        } else if (ev == XmlFlux.DEBUT) {
          StringBuilder e = new StringBuilder("<").append(x.nomLocal()).append('@').append(x.espace())
              .append(' ').append(x.profondeur()).append(x.nomLocal("ñ")).append(x.nomLocal("c"));
          for (int a = 0; a < x.attributs(); a++) {
            e.append(' ').append(x.nomAttribut(a)).append('@').append(x.espaceAttribut(a)).append('=')
                .append(x.valeur(a)).append(x.valeurEgale(a, "é"));
          }
          e.append(x.attribut("a")).append(x.attribut("ü")).append(x.attributPrefixe("d"))
              .append(x.attribut("urn:b\u00e9", "value-type")).append(x.attribut("urn:ç", "d"));
          vu.add(e.append('>').toString());
        } else {
          vu.add("</" + x.nomLocal() + "@" + x.espace() + " " + x.profondeur() + ">");
        }
      }
    } catch (ArretLecture a) {
      vu.add(a.violation().code());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return vu;
  }

  static List<String> ancien(InputStream in) {
    List<String> vu = new ArrayList<>();
    try {
      XmlFluxCaracteres x = new XmlFluxCaracteres(in, LOIN, LecteurClasseur.CODES);
      for (int ev = x.suivant(); ev != XmlFlux.FIN_DOCUMENT; ev = x.suivant()) {
        if (ev == XmlFlux.TEXTE) {
          vu.add('"' + new String(x.texte(), 0, x.longueurTexte()) + '"');
        } else if (ev == XmlFlux.DEBUT) {
          StringBuilder e = new StringBuilder("<").append(x.nomLocal()).append('@').append(x.espace())
              .append(' ').append(x.profondeur()).append(x.nomLocal("ñ")).append(x.nomLocal("c"));
          for (int a = 0; a < x.attributs(); a++) {
            e.append(' ').append(x.nomAttribut(a)).append('@').append(x.espaceAttribut(a)).append('=')
                .append(x.valeur(a)).append(x.valeurEgale(a, "é"));
          }
          e.append(x.attribut("a")).append(x.attribut("ü")).append(x.attributPrefixe("d"))
              .append(x.attribut("urn:b\u00e9", "value-type")).append(x.attribut("urn:ç", "d"));
          vu.add(e.append('>').toString());
        } else {
          vu.add("</" + x.nomLocal() + "@" + x.espace() + " " + x.profondeur() + ">");
        }
      }
    } catch (ArretLecture a) {
      vu.add(a.violation().code());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return vu;
  }

  /** Issue d'une lecture : le code du refus, ou les événements d'un document lu jusqu'au bout. */
  private static Object issue(List<String> vu) {
    String dernier = vu.isEmpty() ? "" : vu.get(vu.size() - 1);
    return dernier.startsWith("<") || dernier.startsWith("\"") || vu.isEmpty() ? vu : dernier;
  }

  @Test
  void voieOctetsEtVoieReaderRendentLesMemesEvenements() {
    qt().withExamples(2_000).forAll(cas()).checkAssert(c -> {
      Random r = new Random(c.graine());
      String xml = document(r);
      byte[] utf8 = alterer(xml.getBytes(StandardCharsets.UTF_8), c.alteration(), r);
      List<String> octets = nouveau(decoupe(utf8, c.graine() + 1));
      if (c.alteration() < 4) {
        assertThat(octets).isEqualTo(ancien(decoupe(utf8, c.graine() + 2)));
        assertThat(octets.get(octets.size() - 1)).doesNotStartWith("IMPORT_").doesNotStartWith("FICHIER_");
        // même document en UTF-16 (avec marque) : décodé par le JDK, réécrit en UTF-8, mêmes événements
        byte[] utf16 = xml.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"")
            .getBytes(r.nextBoolean() ? StandardCharsets.UTF_16 : StandardCharsets.UTF_16LE);
        if (utf16[0] == '<') {
          byte[] marque = new byte[utf16.length + 2];
          marque[0] = (byte) 0xFF;
          marque[1] = (byte) 0xFE;
          System.arraycopy(utf16, 0, marque, 2, utf16.length);
          utf16 = marque;
        }
        assertThat(nouveau(decoupe(utf16, c.graine() + 3))).isEqualTo(octets);
      } else {
        // octets altérés : même issue (événements d'un document encore bien formé, ou même refus)
        assertThat(issue(octets)).isEqualTo(issue(ancien(decoupe(utf8, c.graine() + 2))));
      }
    });
  }

  @Test
  void lePlafondDesJetonsResteCompteEnCaracteresAuxSequencesDeDeuxAQuatreOctets() {
    int max = JetonsXml.JETON_MAX;
    for (String c : List.of("é", "€", "𝄞")) {
      for (int k = -6; k <= 2; k++) {
        int unites = max - 8 + k; // unités UTF-16 de la valeur (ou du commentaire)
        String contenu = c.repeat(unites / c.length()) + "a".repeat(unites % c.length());
        for (String xml : List.of("<r a=\"" + contenu + "\"/>", "<r><!--" + contenu + "--></r>",
            "<r><?p " + contenu + "?></r>")) {
          byte[] o = xml.getBytes(StandardCharsets.UTF_8);
          List<String> vu = nouveau(decoupe(o, k));
          assertThat(vu).as("%s %d %s", c, k, xml.substring(0, 4)).isEqualTo(ancien(decoupe(o, k + 1)));
        }
      }
    }
  }
}
