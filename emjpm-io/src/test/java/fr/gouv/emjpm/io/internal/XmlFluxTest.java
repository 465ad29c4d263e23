// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * L'analyseur en flux des parties de classeur : événements dans l'ordre du document, références et fins
 * de ligne décodées comme par tout analyseur XML, espaces de noms résolus ; DOCTYPE, entités inconnues,
 * documents mal formés et jetons démesurés refusés par un code typé. Sur chaque partie XML des vrais
 * classeurs .ods du corpus, mêmes événements que StAX du JDK (éléments, espaces de noms, attributs,
 * textes fusionnés), quel que soit le découpage du flux.
 */
class XmlFluxTest {

  private static final Echeance LOIN = new Echeance(Duration.ofMinutes(10), LecteurClasseur.CODES);

  /** Événements d'un document : {@code <nom@espace attr=valeur>}, {@code </nom>}, {@code "texte"} ; ou le code du refus. */
  private static List<String> evenements(byte[] octets) throws IOException {
    List<String> vu = new ArrayList<>();
    try {
      XmlFlux x = new XmlFlux(new ByteArrayInputStream(octets), LOIN, LecteurClasseur.CODES);
      for (int ev = x.suivant(); ev != XmlFlux.FIN_DOCUMENT; ev = x.suivant()) {
        if (ev == XmlFlux.TEXTE) {
          vu.add('"' + new String(x.texte(), 0, x.longueurTexte()) + '"');
        } else if (ev == XmlFlux.DEBUT) {
          String e = "<" + local(x) + "@" + x.espace();
          int a = x.attribut("a");
          vu.add(a >= 0 ? e + " a=" + x.valeur(a) + ">" : e + ">");
        } else {
          vu.add("</" + local(x) + "@" + x.espace() + ">");
        }
      }
    } catch (ArretLecture a) {
      vu.add(a.violation().code());
    }
    return vu;
  }

  private static String local(XmlFlux x) {
    for (String n : List.of("r", "c", "v", "t", "y")) {
      if (x.nomLocal(n)) {
        return n;
      }
    }
    return "?";
  }

  private static List<String> evenements(String xml) throws IOException {
    return evenements(xml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void evenementsReferencesFinsDeLigneEtEspaces() throws IOException {
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<!-- prologue -->"
        + "<r xmlns=\"urn:a\" xmlns:p=\"urn:b\"><c a=\"x&amp;&#233;&#x1D11E;\ty\">un\r\ndeux\rtrois &lt;&gt;&quot;&apos;</c>"
        + "<p:v a='1'/><![CDATA[<brut>&amp;]]><?pi x?><t xmlns=\"urn:c\"><y/></t></r>\n<!-- fin -->\n";
    assertThat(evenements(xml)).containsExactly("<r@urn:a>", "<c@urn:a a=x&é𝄞 y>", "\"un\ndeux\ntrois <>\"'\"",
        "</c@urn:a>", "<v@urn:b a=1>", "</v@urn:b>", "\"<brut>&amp;\"", "<t@urn:c>", "<y@urn:c>", "</y@urn:c>",
        "</t@urn:c>", "</r@urn:a>");
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE", "ISO-8859-1", "windows-1252"})
  void encodagesParLaMarqueOuLaDeclaration(String nom) throws IOException {
    Charset jeu = Charset.forName(nom);
    String xml = (nom.startsWith("UTF-16") ? "\uFEFF<?xml version=\"1.0\"?>" : "<?xml version=\"1.0\" encoding=\""
        + nom + "\"?>") + "<r><v>été</v></r>";
    assertThat(evenements(xml.getBytes(jeu))).containsExactly("<r@>", "<v@>", "\"été\"", "</v@>", "</r@>");
  }

  @Test
  void doctypeRefuseAvantToutEntiteInconnueJamaisDeveloppee() throws IOException {
    assertThat(evenements("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY e SYSTEM \"file:///etc/hostname\">]><r>&e;</r>"))
        .containsExactly("FICHIER_DTD_INTERDITE");
    assertThat(evenements("<!-- c --><!DOCTYPE r><r/>")).containsExactly("FICHIER_DTD_INTERDITE");
    assertThat(evenements("\uFEFF<!DOCTYPE r><r/>".getBytes(StandardCharsets.UTF_16LE)))
        .containsExactly("FICHIER_DTD_INTERDITE");
    assertThat(evenements("<r>&e;</r>")).containsExactly("<r@>", "FICHIER_ILLISIBLE");
    assertThat(evenements("<r/><!DOCTYPE r>")).containsExactly("<r@>", "</r@>", "FICHIER_ILLISIBLE");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "texte<r/>", "<r>", "<r></c>", "<r><c></r></c>", "<r/><r/>", "<r a=1/>",
      "<r a=\"1\"b=\"2\"/>", "<r a/>", "<r>&#0;</r>", "<r>&#xD800;</r>", "<r>&amp</r>", "<r>\u0001</r>",
      "<p:r/>", "<r a=\"<\"/>", "<1r/>", "<r/>texte", "<r><![CDATA[x</r>", "<r><!-- x</r>", "</r>",
      "<r>&inconnue;</r>", "<r>&#x110000;</r>", "<r><</r>", "<r a='1' b/>", "<r><!ENTITY e 'x'></r>",
      "<r><!ELEMENT r ANY></r>", "<r/><!DOCTYPE x>"})
  void documentsMalFormesIllisibles(String xml) throws IOException {
    List<String> vu = evenements(xml);
    assertThat(vu).isNotEmpty();
    assertThat(vu.get(vu.size() - 1)).isEqualTo("FICHIER_ILLISIBLE");
  }

  @Test
  void utf8InvalideIllisible() throws IOException {
    assertThat(evenements(new byte[] {'<', 'r', '>', (byte) 0xC3, '<', '/', 'r', '>'})).contains("FICHIER_ILLISIBLE");
  }

  @Test
  void jetonsBornesEtPlafondDuTexte() throws IOException {
    int max = JetonsXml.JETON_MAX;
    assertThat(evenements("<r a=\"" + "x".repeat(max) + "\"/>")).containsExactly("FICHIER_JETON_XML_TROP_LONG");
    assertThat(evenements("<r>" + "x".repeat(max + 1) + "</r>")).containsExactly("<r@>", "FICHIER_JETON_XML_TROP_LONG");
    assertThat(evenements("<r><!--" + "x".repeat(max) + "--></r>")).containsExactly("<r@>", "FICHIER_JETON_XML_TROP_LONG");
    assertThat(evenements("<r>" + "x".repeat(max - 10) + "</r>")).hasSize(3);
    // plafond abaissé pour le texte d'une valeur, puis rendu
    XmlFlux x = new XmlFlux(new ByteArrayInputStream("<r><v>abcdef</v><t>abcdef</t></r>".getBytes(StandardCharsets.UTF_8)),
        LOIN, LecteurClasseur.CODES);
    ArretLecture trop = ArretLecture.de(fr.gouv.emjpm.io.fichier.CodeFichier.FICHIER_CELLULE_TROP_LONGUE, java.util.Map.of());
    assertThat(x.suivant()).isEqualTo(XmlFlux.DEBUT);
    assertThat(x.suivant()).isEqualTo(XmlFlux.DEBUT);
    x.plafondTexte(6, trop);
    assertThat(x.suivant()).isEqualTo(XmlFlux.TEXTE);
    assertThat(x.suivant()).isEqualTo(XmlFlux.FIN);
    assertThat(x.suivant()).isEqualTo(XmlFlux.DEBUT);
    x.plafondTexte(5, trop);
    org.assertj.core.api.Assertions.assertThatThrownBy(x::suivant).isSameAs(trop);
  }

  @Test
  void echeanceVerifieeTousLesMilleVingtQuatreElements() throws IOException {
    Echeance passee = new Echeance(Duration.ofNanos(1), LecteurClasseur.CODES);
    String xml = "<r>" + "<c/>".repeat(1022) + "</r>";
    XmlFlux x = new XmlFlux(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), passee, LecteurClasseur.CODES);
    int n = 0;
    for (int ev = x.suivant(); ev != XmlFlux.FIN_DOCUMENT; ev = x.suivant()) {
      n++;
    }
    assertThat(n).isEqualTo(2 + 2 * 1022);
    XmlFlux y = new XmlFlux(new ByteArrayInputStream(("<r>" + "<c/>".repeat(1023) + "</r>").getBytes(StandardCharsets.UTF_8)),
        passee, LecteurClasseur.CODES);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> {
      for (int ev = y.suivant(); ev != XmlFlux.FIN_DOCUMENT; ev = y.suivant()) {
        // jusqu'au 1 024e élément
      }
    }).isInstanceOf(ArretLecture.class);
  }

  /** Événements de StAX : « D {ns}nom [attributs triés] », « F {ns}nom », « T texte » (textes fusionnés). */
  static List<String> stax(byte[] xml) throws XMLStreamException {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    XMLStreamReader x = f.createXMLStreamReader(new ByteArrayInputStream(xml));
    List<String> e = new ArrayList<>();
    StringBuilder texte = new StringBuilder();
    while (x.hasNext()) {
      int ev = x.next();
      if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA || ev == XMLStreamConstants.SPACE) {
        if (ev != XMLStreamConstants.SPACE || !e.isEmpty()) {
          texte.append(x.getText());
        }
        continue;
      }
      if (ev != XMLStreamConstants.START_ELEMENT && ev != XMLStreamConstants.END_ELEMENT) {
        continue;
      }
      vider(e, texte);
      String nom = "{" + nn(x.getNamespaceURI()) + "}" + x.getLocalName();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        TreeSet<String> a = new TreeSet<>();
        for (int i = 0; i < x.getAttributeCount(); i++) {
          a.add("{" + nn(x.getAttributeNamespace(i)) + "}" + x.getAttributeLocalName(i) + "=" + x.getAttributeValue(i));
        }
        e.add("D " + nom + " " + a);
      } else {
        e.add("F " + nom);
      }
    }
    return e;
  }

  private static String nn(String s) {
    return s == null ? "" : s;
  }

  private static void vider(List<String> e, StringBuilder texte) {
    if (!texte.isEmpty()) {
      e.add("T " + texte);
      texte.setLength(0);
    }
  }

  /** Mêmes événements, par {@link XmlFlux} lisant {@code in} (déclarations d'espaces de noms écartées, comme StAX). */
  static List<String> flux(InputStream in) throws IOException {
    XmlFlux x = new XmlFlux(in, LOIN, LecteurClasseur.CODES);
    List<String> e = new ArrayList<>();
    StringBuilder texte = new StringBuilder();
    for (int ev = x.suivant(); ev != XmlFlux.FIN_DOCUMENT; ev = x.suivant()) {
      if (ev == XmlFlux.TEXTE) {
        texte.append(x.texte(), 0, x.longueurTexte());
        continue;
      }
      vider(e, texte);
      String nom = "{" + x.espace() + "}" + x.nomLocal();
      if (ev == XmlFlux.DEBUT) {
        TreeSet<String> a = new TreeSet<>();
        for (int i = 0; i < x.attributs(); i++) {
          String q = x.nomAttribut(i);
          if (q.equals("xmlns") || q.startsWith("xmlns:")) {
            continue;
          }
          String local = q.substring(q.indexOf(':') + 1);
          if (q.indexOf(':') > 0) {
            assertThat(x.attribut(x.espaceAttribut(i), local)).isEqualTo(i);
          }
          a.add("{" + x.espaceAttribut(i) + "}" + local + "=" + x.valeur(i));
        }
        e.add("D " + nom + " " + a);
      } else {
        e.add("F " + nom);
      }
    }
    vider(e, texte);
    return e;
  }

  /** Flux qui rend au plus {@code tranche} octets par lecture (tranches aléatoires si 0). */
  static InputStream tranches(byte[] octets, int tranche, long graine) {
    Random r = new Random(graine);
    return new FilterInputStream(new ByteArrayInputStream(octets)) {
      @Override
      public int read(byte[] b, int o, int l) throws IOException {
        return super.read(b, o, Math.min(l, tranche > 0 ? tranche : 1 + r.nextInt(9000)));
      }
    };
  }

  @ParameterizedTest
  @ValueSource(strings = {"lo-structures.ods", "lo-base.ods", "modele-emjpm-rempli.ods", "modele-reel-rempli.ods",
      "lo-dates-variees.ods"})
  void memesEvenementsQueStaxSurChaquePartieXmlDuCorpusOds(String nom) throws Exception {
    try (ZipFile zip = new ZipFile(LecteurOdsTest.reel("ods/" + nom).toFile())) {
      int parties = 0;
      for (ZipEntry z : java.util.Collections.list(zip.entries())) {
        if (!z.getName().endsWith(".xml") && !z.getName().endsWith(".rdf")) {
          continue;
        }
        byte[] xml;
        try (InputStream in = zip.getInputStream(z)) {
          xml = in.readAllBytes();
        }
        List<String> attendu = stax(xml);
        assertThat(attendu).hasSizeGreaterThan(2);
        assertThat(flux(new ByteArrayInputStream(xml))).as(z.getName()).isEqualTo(attendu);
        assertThat(flux(tranches(xml, 0, xml.length))).as(z.getName()).isEqualTo(attendu);
        if (xml.length < 200_000) {
          assertThat(flux(tranches(xml, 1, 0))).as(z.getName()).isEqualTo(attendu);
        }
        parties++;
      }
      assertThat(parties).isGreaterThanOrEqualTo(4);
    }
  }

  @Test
  void entitesCdataEspacesDeNomsEtMarqueCommeStax() throws Exception {
    String xml = "\uFEFF<?xml version='1.0' encoding='utf-8'?><!-- avant --><r xmlns='urn:d' xmlns:p=\"urn:p\">"
        + "<p:a p:x=\"1&amp;2&#x9;&lt;\" y='&quot;&apos;' xml:space=\"preserve\">é&#233;&#x1F600;<![CDATA[<&>]]></p:a>"
        + "<b xmlns:p='urn:autre'><p:c/></b><p:c/><?pi x?></r><!-- après -->";
    List<String> e = flux(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    assertThat(e).containsExactly(
        "D {urn:d}r []",
        "D {urn:p}a [{http://www.w3.org/XML/1998/namespace}space=preserve, {urn:p}x=1&2\t<, {}y=\"']",
        "T éé\uD83D\uDE00<&>", "F {urn:p}a",
        "D {urn:d}b []", "D {urn:autre}c []", "F {urn:autre}c", "F {urn:d}b",
        "D {urn:p}c []", "F {urn:p}c", "F {urn:d}r");
    assertThat(e).isEqualTo(stax(xml.substring(1).getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void instructionsEtCdataDemesureesBornees() {
    int max = JetonsXml.JETON_MAX;
    for (String xml : new String[] {"<r><?pi " + "p".repeat(max) + "?></r>",
        "<r><![CDATA[" + "d".repeat(max + 1) + "]]></r>"}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
          () -> flux(tranches(xml.getBytes(StandardCharsets.UTF_8), 0, 7)))
          .isInstanceOfSatisfying(ArretLecture.class,
              a -> assertThat(a.violation().code()).isEqualTo("FICHIER_JETON_XML_TROP_LONG"));
    }
  }

  @Test
  void imbricationBornee() throws IOException {
    int n = XmlFlux.PROFONDEUR_MAX;
    List<String> juste = evenements("<r>".repeat(n) + "</r>".repeat(n));
    assertThat(juste).hasSize(2 * n).doesNotContain("FICHIER_ILLISIBLE");
    List<String> trop = evenements("<r>".repeat(n + 1) + "</r>".repeat(n + 1));
    assertThat(trop).hasSize(n + 1).endsWith("FICHIER_ILLISIBLE");
  }
}
