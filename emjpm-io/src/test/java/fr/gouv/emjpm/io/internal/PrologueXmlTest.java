// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Le DOCTYPE repéré dans le prologue, dans chaque encodage reconnu (UTF-8 avec ou sans marque, UTF-16 BE
 * et LE avec ou sans marque, encodage compatible ASCII) : après déclaration, instructions, commentaires
 * et blancs ; jamais après la racine, un texte, une déclaration qui n'en est pas une ; examen borné à
 * {@value PrologueXml#OCTETS_MAX} octets exactement ; octets examinés par morceaux comme d'un seul tenant.
 */
class PrologueXmlTest {

  private static boolean doctype(byte[] octets) {
    PrologueXml p = new PrologueXml();
    boolean d = p.examiner(octets, 0, octets.length);
    assertThat(p.doctype()).isEqualTo(d);
    // le même examen octet par octet, depuis un tampon décalé
    PrologueXml q = new PrologueXml();
    byte[] decale = new byte[octets.length + 3];
    System.arraycopy(octets, 0, decale, 3, octets.length);
    decale[0] = '<';
    decale[1] = '!';
    decale[2] = 'D';
    for (int i = 0; i < octets.length && !q.termine(); i++) {
      q.examiner(decale, 3 + i, 1);
    }
    assertThat(q.doctype()).as("octet par octet").isEqualTo(d);
    return d;
  }

  private static byte[] octets(String texte, Charset jeu, byte... marque) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(marque);
    out.writeBytes(texte.getBytes(jeu));
    return out.toByteArray();
  }

  private static final List<String> AVEC = List.of(
      "<!DOCTYPE r><r/>",
      "<?xml version='1.0'?>\r\n<!DOCTYPE r [<!ENTITY e 'x'>]><r/>",
      " \t\r\n<!DOCTYPE r>",
      "<!-- commentaire --><!DOCTYPE r>",
      "<!-- a -- b - c ---><!DOCTYPE r>",
      "<!-- a->b --><!DOCTYPE r>",
      "<!----><!DOCTYPE r>",
      "<?pi a?b > c?><!DOCTYPE r>",
      "<??><!DOCTYPE r>",
      "<?xml version='1.0'?><!-- x --><?pi?>\n<!DOCTYPE r>");

  private static final List<String> SANS = List.of(
      "<r/><!DOCTYPE r>",
      "x<!DOCTYPE r>",
      "<!doctype r>",
      "<!DOCTYP r>",
      "<!- x --><!DOCTYPE r>",
      "<!-- x ->\n<!DOCTYPE r>",
      "<!-- x - -><!DOCTYPE r>",
      "<?><!DOCTYPE r>",
      "<?pi >?<!DOCTYPE r>",
      "<![CDATA[x]]><!DOCTYPE r>",
      "",
      "<",
      "<!",
      "\u00a0<!DOCTYPE r>");

  @Test
  void doctypeDansChaqueEncodage() {
    for (String xml : AVEC) {
      assertThat(doctype(octets(xml, StandardCharsets.UTF_8))).as(xml).isTrue();
      assertThat(doctype(octets(xml, StandardCharsets.UTF_8, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF))).as(xml).isTrue();
      // sans marque, l'UTF-16 n'est reconnu qu'à son premier « < »
      assertThat(doctype(octets(xml, StandardCharsets.UTF_16BE))).as(xml).isEqualTo(xml.startsWith("<"));
      assertThat(doctype(octets(xml, StandardCharsets.UTF_16LE))).as(xml).isEqualTo(xml.startsWith("<"));
      assertThat(doctype(octets(xml, StandardCharsets.UTF_16BE, (byte) 0xFE, (byte) 0xFF))).as(xml).isTrue();
      assertThat(doctype(octets(xml, StandardCharsets.UTF_16LE, (byte) 0xFF, (byte) 0xFE))).as(xml).isTrue();
      assertThat(doctype(octets(xml, StandardCharsets.ISO_8859_1))).as(xml).isTrue();
    }
  }

  @Test
  void pasDeDoctypeHorsDuPrologue() {
    for (String xml : SANS) {
      assertThat(doctype(octets(xml, StandardCharsets.UTF_8))).as(xml).isFalse();
      assertThat(doctype(octets(xml, StandardCharsets.UTF_16BE, (byte) 0xFE, (byte) 0xFF))).as(xml).isFalse();
      assertThat(doctype(octets(xml, StandardCharsets.UTF_16LE))).as(xml).isFalse();
    }
    // marque UTF-8 incomplète, UTF-32, marque UTF-16 seule : pas un prologue reconnu
    assertThat(doctype(octets("<!DOCTYPE r>", StandardCharsets.UTF_8, (byte) 0xEF, (byte) 0xBB))).isFalse();
    assertThat(doctype(octets("<!DOCTYPE r>", StandardCharsets.UTF_8, (byte) 0xEF))).isFalse();
    assertThat(doctype(octets("<!DOCTYPE r>", Charset.forName("UTF-32BE")))).isFalse();
    assertThat(doctype(octets("<!DOCTYPE r>", StandardCharsets.UTF_8, (byte) 0xFE))).isFalse();
    assertThat(doctype(octets("<!DOCTYPE r>", StandardCharsets.UTF_8, (byte) 0xFF))).isFalse();
    assertThat(doctype(octets("<!DOCTYPE r>", StandardCharsets.UTF_8, (byte) 0xFE, (byte) 0xFE))).isFalse();
    assertThat(doctype(octets("<!DOCTYPE r>", StandardCharsets.UTF_8, (byte) 0xFF, (byte) 0xFF))).isFalse();
    assertThat(doctype(octets("<!DOCTYPE r>", StandardCharsets.UTF_8, (byte) 0x00, (byte) 0x00))).isFalse();
    // caractère UTF-16 dont l'octet de poids fort n'est pas nul : pas un « < »
    assertThat(doctype(octets("\u013C!DOCTYPE r>", StandardCharsets.UTF_16BE, (byte) 0xFE, (byte) 0xFF))).isFalse();
    assertThat(doctype(octets("\u013C!DOCTYPE r>", StandardCharsets.UTF_16LE, (byte) 0xFF, (byte) 0xFE))).isFalse();
    assertThat(doctype(octets("<!\u0144OCTYPE r>", StandardCharsets.UTF_16BE, (byte) 0xFE, (byte) 0xFF))).isFalse();
    assertThat(doctype(octets("<!\u0144OCTYPE r>", StandardCharsets.UTF_16LE, (byte) 0xFF, (byte) 0xFE))).isFalse();
    assertThat(doctype(octets("<!DOCTYPE r>", StandardCharsets.UTF_16BE, (byte) 0xFE, (byte) 0xFF))).isTrue();
  }

  @Test
  void examenBorneAuxPremiersOctets() {
    String doctype = "<!DOCTYPE";
    byte[] juste = octets(" ".repeat(PrologueXml.OCTETS_MAX - doctype.length()) + doctype, StandardCharsets.UTF_8);
    assertThat(juste).hasSize(PrologueXml.OCTETS_MAX);
    assertThat(doctype(juste)).isTrue();
    byte[] trop = octets(" ".repeat(PrologueXml.OCTETS_MAX - doctype.length() + 1) + doctype, StandardCharsets.UTF_8);
    assertThat(doctype(trop)).isFalse();
    PrologueXml p = new PrologueXml();
    p.examiner(trop, 0, trop.length);
    assertThat(p.termine()).isTrue();
  }

  @Test
  void termineALaRacineOuAuDoctype() {
    PrologueXml p = new PrologueXml();
    byte[] debut = "<?xml version='1.0'?>".getBytes(StandardCharsets.US_ASCII);
    assertThat(p.examiner(debut, 0, debut.length)).isFalse();
    assertThat(p.termine()).isFalse();
    byte[] racine = "<r>".getBytes(StandardCharsets.US_ASCII);
    assertThat(p.examiner(racine, 0, 2)).isFalse();
    assertThat(p.termine()).isTrue();
    PrologueXml q = new PrologueXml();
    byte[] d = "<!DOCTYPE r><!-- -->".getBytes(StandardCharsets.US_ASCII);
    assertThat(q.examiner(d, 0, d.length)).isTrue();
    assertThat(q.termine()).isTrue();
    PrologueXml vide = new PrologueXml();
    assertThat(vide.examiner(d, 4, 0)).isFalse();
    assertThat(vide.termine()).isFalse();
  }
}
