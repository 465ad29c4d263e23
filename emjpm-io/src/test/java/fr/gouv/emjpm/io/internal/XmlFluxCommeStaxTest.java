// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Branches de décodage de {@link XmlFlux} sur de courts documents choisis, comparées à StAX du JDK
 * (événements, noms, espaces, attributs, textes fusionnés), le flux d'octets découpé d'un seul tenant, un
 * octet à la fois, par tranches de 2, 3 et 5 octets et par tranches aléatoires : fins de ligne (CR, LF,
 * CRLF coupé), UTF-8 de deux à quatre octets, références décimales et hexadécimales, entités prédéfinies,
 * CDATA et commentaires aux crochets et tirets trompeurs, instructions, attributs entre apostrophes,
 * blancs hors racine, textes plus longs que le tampon, autre encodage déclaré.
 */
class XmlFluxCommeStaxTest {

  private static final List<String> DOCUMENTS = List.of(
      "<r>a\r\nb\rc\n\r\nd\r</r>",
      "<r a='x\ny\tz\rw\r' b=\"\r\"/>",
      // CRLF dans une valeur d'attribut : un seul espace (fin de ligne normalisée avant la valeur)
      "<r a='x\r\ny' b=\"\r\n\" c='\r\r\n\n\r' d='&#13;&#10;'><c e='\r\n'/></r>",
      "<r>é€😀𝄞ß</r>",
      "<données xmlns='urn:é'><élément attribut='é😀'>ok</élément></données>",
      "<r a='&#65;&#x41;&#x00e9;&#233;&#x1F600;&#128512;'>&#65;&#x41;&#x00e9;&#233;&#x1F600;&#128512;&#x10FFFF;</r>",
      "<r>&lt;&gt;&amp;&quot;&apos;x&amp;amp;</r>",
      "<r><![CDATA[a]]b]>c]]]]><![CDATA[]]><![CDATA[<r>&amp;]]></r>",
      "<r><!-- a - b ->-> --><!----><c/><!-- avant fin -> --></r>",
      "<r><?pi a?b?><?pi?><?p ?>x<?q\n?></r>",
      "\n \t<?xml-stylesheet href='x'?>\n<r/>\n\n<!-- fin -->\n",
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<r xmlns='urn:a'><c xmlns=''><v xmlns='urn:b'/></c></r>",
      "<r a='\"&gt;>' b=\"'\" c = 'x' d\n=\n\"y\"   ></r   >",
      "<r>" + "é".repeat(5001) + "a" + "😀".repeat(3001) + "b" + "x".repeat(9000) + "</r>",
      "<r a='" + "€".repeat(4000) + "'>" + "<c/>".repeat(3000) + "</r>",
      "<a:r xmlns:a='urn:1' xmlns:b='urn:2'><b:c a:x='1' b:x='2'><a:d xmlns:a='urn:3' a:y='3'/></b:c><a:e/></a:r>",
      "<r>" + "<c>t</c>\n".repeat(50) + "&#13;&#10;&#9;</r>",
      "<r xml:space='preserve' xml:lang='fr'>  </r>");

  private static void commeStax(byte[] octets, String cas) throws Exception {
    List<String> attendu = XmlFluxTest.stax(octets);
    assertThat(XmlFluxTest.flux(new ByteArrayInputStream(octets))).as(cas).isEqualTo(attendu);
    for (int tranche : new int[] {1, 2, 3, 5}) {
      assertThat(XmlFluxTest.flux(XmlFluxTest.tranches(octets, tranche, 0))).as(cas + " par " + tranche)
          .isEqualTo(attendu);
    }
    for (long graine = 1; graine <= 3; graine++) {
      assertThat(XmlFluxTest.flux(XmlFluxTest.tranches(octets, 0, graine))).as(cas + " graine " + graine)
          .isEqualTo(attendu);
    }
  }

  @Test
  void documentsUtf8CommeStax() throws Exception {
    for (String xml : DOCUMENTS) {
      commeStax(xml.getBytes(StandardCharsets.UTF_8), xml.length() > 200 ? xml.substring(0, 200) : xml);
    }
  }

  @Test
  void marqueEtEncodagesDeclaresCommeStax() throws Exception {
    String corps = "<r a='é'>àç€ – ‰</r>";
    for (String jeu : List.of("ISO-8859-1", "windows-1252", "UTF-8")) {
      String texte = jeu.equals("ISO-8859-1") ? "<r a='é'>àç</r>" : corps;
      for (String q : List.of("\"", "'")) {
        String xml = "<?xml version=\"1.0\" encoding=" + q + jeu + q + "?>" + texte;
        commeStax(xml.getBytes(Charset.forName(jeu)), xml);
      }
    }
    byte[] marque = "\uFEFF<r>é</r>".getBytes(StandardCharsets.UTF_8);
    assertThat(XmlFluxTest.flux(new ByteArrayInputStream(marque))).containsExactly("D {}r []", "T é", "F {}r");
    for (int tranche : new int[] {1, 2}) {
      assertThat(XmlFluxTest.flux(XmlFluxTest.tranches(marque, tranche, 0))).containsExactly("D {}r []", "T é", "F {}r");
    }
  }
}
