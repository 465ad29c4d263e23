// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
 * {@link ScanneurXml} rend les mêmes événements que StAX du JDK (éléments, espaces de noms, attributs,
 * textes fusionnés) sur chaque partie XML des vrais classeurs LibreOffice du corpus, quel que soit le
 * découpage du flux (un octet à la fois, tranches aléatoires), et refuse ce qui n'est pas du XML bien
 * formé en UTF-8 sans DTD.
 */
class ScanneurXmlTest {

  static final ScanneurXml.Refus REFUS = Enregistreur.CODES::arret;

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
        if (x.getEventType() != XMLStreamConstants.SPACE || !e.isEmpty()) {
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

  /** Mêmes événements, par le scanneur lisant {@code in}. */
  static List<String> scanneur(InputStream in) throws IOException {
    ScanneurXml x = new ScanneurXml(in, JetonsXml.JETON_MAX, REFUS);
    List<String> e = new ArrayList<>();
    List<String> pile = new ArrayList<>();
    StringBuilder texte = new StringBuilder();
    while (true) {
      int ev = x.suivant();
      if (ev == ScanneurXml.FIN_DOCUMENT) {
        vider(e, texte);
        return e;
      }
      if (ev == ScanneurXml.TEXTE) {
        texte.append(x.texte(), 0, x.longueurTexte());
        continue;
      }
      vider(e, texte);
      if (ev == ScanneurXml.DEBUT) {
        String nom = "{" + x.espace() + "}" + x.nom();
        TreeSet<String> a = new TreeSet<>();
        for (int i = 0; i < x.attributs(); i++) {
          a.add("{" + x.espaceAttribut(i) + "}" + x.nomAttribut(i) + "=" + x.valeurAttribut(i));
        }
        e.add("D " + nom + " " + a);
        pile.add(nom);
      } else {
        e.add("F " + pile.remove(pile.size() - 1));
        assertThat(x.nom()).isEqualTo(e.get(e.size() - 1).substring(e.get(e.size() - 1).indexOf('}') + 1));
      }
    }
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
  void memesEvenementsQueStaxSurChaquePartieXmlDuCorpus(String nom) throws Exception {
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
        assertThat(scanneur(new ByteArrayInputStream(xml))).as(z.getName()).isEqualTo(attendu);
        assertThat(scanneur(tranches(xml, 0, xml.length))).as(z.getName()).isEqualTo(attendu);
        if (xml.length < 200_000) {
          assertThat(scanneur(tranches(xml, 1, 0))).as(z.getName()).isEqualTo(attendu);
        }
        parties++;
      }
      assertThat(parties).isGreaterThanOrEqualTo(4);
    }
  }

  @Test
  void entitesCdataEspacesDeNomsEtMarque() throws Exception {
    String xml = "\uFEFF<?xml version='1.0' encoding='utf-8'?><!-- avant --><r xmlns='urn:d' xmlns:p=\"urn:p\">"
        + "<p:a p:x=\"1&amp;2&#x9;&lt;\" y='&quot;&apos;' xml:space=\"preserve\">é&#233;&#x1F600;<![CDATA[<&>]]></p:a>"
        + "<b xmlns:p='urn:autre'><p:c/></b><p:c/><?pi x?></r><!-- après -->";
    byte[] octets = xml.getBytes(StandardCharsets.UTF_8);
    List<String> e = scanneur(new ByteArrayInputStream(octets));
    assertThat(e).containsExactly(
        "D {urn:d}r []",
        "D {urn:p}a [{http://www.w3.org/XML/1998/namespace}space=preserve, {urn:p}x=1&2\t<, {}y=\"']",
        "T éé\uD83D\uDE00<&>", "F {urn:p}a",
        "D {urn:d}b []", "D {urn:autre}c []", "F {urn:autre}c", "F {urn:d}b",
        "D {urn:p}c []", "F {urn:p}c", "F {urn:d}r");
    assertThat(e).isEqualTo(stax(xml.substring(1).getBytes(StandardCharsets.UTF_8)));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<?xml version='1.0' encoding='ISO-8859-1'?><r/>",
      "<r><a></r></a>",
      "<r><a>",
      "",
      "texte sans racine",
      "<p:r/>",
      "<r a=1/>",
      "<r a='1' b/>",
      "<r>&inconnue;</r>",
      "<r>&#0;</r>",
      "<r>&#xD800;</r>",
      "<r>&#x110000;</r>",
      "<r>&amp</r>",
      "<r><</r>",
      "</r>",
      "<r a='<'/>",
      "<r><!-- jamais fermé </r>"})
  void malFormeIllisible(String xml) {
    assertThatThrownBy(() -> scanneur(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOfSatisfying(ArretLecture.class, a -> assertThat(a.violation().code()).isEqualTo("ILLISIBLE"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"<!DOCTYPE r><r/>", "<r><!ENTITY e 'x'></r>", "<r><!ELEMENT r ANY></r>"})
  void declarationsRefusees(String xml) {
    assertThatThrownBy(() -> scanneur(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOfSatisfying(ArretLecture.class, a -> assertThat(a.violation().code()).isEqualTo("DTD_INTERDITE"));
  }

  @Test
  void jetonsBornesSansToutGarder() {
    for (String xml : new String[] {"<r a='" + "x".repeat(1 << 20) + "'/>", "<r>" + "t".repeat(1 << 20) + "</r>",
        "<r><!--" + "c".repeat(1 << 20) + "--></r>", "<r><?pi " + "p".repeat(1 << 20) + "?></r>",
        "<r><![CDATA[" + "d".repeat(1 << 20) + "]]></r>"}) {
      assertThatThrownBy(() -> scanneur(tranches(xml.getBytes(StandardCharsets.UTF_8), 0, 7)))
          .isInstanceOfSatisfying(ArretLecture.class,
              a -> assertThat(a.violation().code()).isEqualTo("JETON_TROP_LONG"));
    }
  }

  @Test
  void ceQuiSuitLaRacineNEstPasLu() throws Exception {
    assertThat(scanneur(new ByteArrayInputStream("<r/><!DOCTYPE x>".getBytes(StandardCharsets.UTF_8))))
        .containsExactly("D {}r []", "F {}r");
  }
}
