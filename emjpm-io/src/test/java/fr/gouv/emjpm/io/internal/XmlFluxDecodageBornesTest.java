// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Décodage de {@link XmlFlux} à ses bornes exactes, comparé à StAX du JDK quand le document est bien formé
 * et au refus attendu sinon : références numériques à chaque limite des caractères admis par XML et à la
 * longueur lue au plus, premier caractère d'un nom hors ASCII (lettre ou non, sur deux à quatre octets), noms
 * hors ASCII comparés, documents UTF-16 (réécrits en UTF-8) aux seuils de longueur des séquences UTF-8 et
 * avec une paire de substituts à cheval sur la fin d'un bloc lu.
 */
class XmlFluxDecodageBornesTest {

  private static List<String> lire(String xml) throws Exception {
    byte[] o = xml.getBytes(StandardCharsets.UTF_8);
    List<String> vu = XmlFluxTest.flux(new ByteArrayInputStream(o));
    assertThat(XmlFluxTest.flux(XmlFluxTest.tranches(o, 1, 0))).as("octet par octet").isEqualTo(vu);
    return vu;
  }

  private static void commeStax(String xml) throws Exception {
    assertThat(lire(xml)).as(xml).isEqualTo(XmlFluxTest.stax(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static void illisible(String xml) {
    assertThatThrownBy(() -> XmlFluxTest.flux(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))))
        .as(xml)
        .isInstanceOfSatisfying(ArretLecture.class,
            a -> assertThat(a.violation().code()).isEqualTo("FICHIER_ILLISIBLE"));
  }

  @Test
  void referencesAuxLimitesDesCaracteresAdmis() throws Exception {
    for (int cp : new int[] {0x9, 0xA, 0xD, 0x20, 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFD, 0x10000,
        0x10FFFF}) {
      String hexa = "&#x" + Integer.toHexString(cp) + ";";
      String dec = "&#" + cp + ";";
      commeStax("<r a='" + hexa + dec + "'>" + hexa + "|" + dec + "</r>");
    }
    for (int cp : new int[] {0x0, 0x8, 0xB, 0xC, 0xE, 0x1F, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xFFFE, 0xFFFF,
        0x110000}) {
      illisible("<r>&#x" + Integer.toHexString(cp) + ";</r>");
      illisible("<r a='&#" + cp + ";'/>");
    }
  }

  @Test
  void uneReferenceSeLitSurOnzeCaracteresAuPlus() throws Exception {
    // « ; » au onzième caractère après « & » : lu ; au douzième : refusé (aucune référence connue n'y va)
    commeStax("<r>&#x00000041;</r>");
    commeStax("<r a='&#000000065;'/>");
    illisible("<r>&#x000000041;</r>");
    illisible("<r a='&#0000000065;'/>");
    illisible("<r>&#;</r>");
    illisible("<r>&#x;</r>");
    illisible("<r>&#x4G;</r>");
    illisible("<r>&#9999999999;</r>");
    illisible("<r>&amp</r>");
    illisible("<r>&nbsp;</r>");
    commeStax("<r>&#x41;&#65;&lt;&gt;&amp;&quot;&apos;</r>");
  }

  @Test
  void lePremierCaractereDUnNomHorsAsciiDoitEtreUneLettre() throws Exception {
    for (String lettre : List.of("é", "Ω", "ж", "日", "한", "ب")) {
      commeStax("<" + lettre + "x a='1'><" + lettre + "/></" + lettre + "x>");
      commeStax("<r " + lettre + "='1'/>");
    }
    // ni lettre ni « _ » ni « : » : refusé, en nom d'élément comme d'attribut (deux, trois et quatre octets)
    for (String autre : List.of("×", "÷", "€", "‰", "—", "☃", "😀", "𝄞", "·")) {
      illisible("<" + autre + "x/>");
      illisible("<r " + autre + "a='1'/>");
    }
  }

  @Test
  void nomsHorsAsciiComparesSansSeTromper() throws IOException {
    String xml = "<é><日本 ab='1' é='2' aé='3'/><ab/><abc/><abcd/></é>";
    XmlFlux x = new XmlFlux(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
        new Echeance(java.time.Duration.ofMinutes(1), LecteurClasseur.CODES), LecteurClasseur.CODES);
    assertThat(x.suivant()).isEqualTo(XmlFlux.DEBUT);
    assertThat(x.nomLocal("é")).isTrue();
    assertThat(x.nomLocal("e")).isFalse();
    assertThat(x.nomLocal("éé")).isFalse();
    assertThat(x.nomLocal("ab")).isFalse();
    assertThat(x.suivant()).isEqualTo(XmlFlux.DEBUT);
    assertThat(x.nomLocal("日本")).isTrue();
    assertThat(x.nomLocal("日")).isFalse();
    assertThat(x.nomLocal("日本日")).isFalse();
    assertThat(x.nomLocal("abcdef")).isFalse();
    assertThat(x.attribut("é")).isEqualTo(1);
    assertThat(x.attribut("aé")).isEqualTo(2);
    assertThat(x.attribut("ab")).isZero();
    assertThat(x.attribut("e")).isNegative();
    assertThat(x.valeurEgale(x.attribut("é"), "2")).isTrue();
    assertThat(x.suivant()).isEqualTo(XmlFlux.FIN);
    for (String nom : List.of("ab", "abc", "abcd")) {
      assertThat(x.suivant()).isEqualTo(XmlFlux.DEBUT);
      assertThat(x.nomLocal("é")).as(nom).isFalse();
      assertThat(x.nomLocal("ée")).as(nom).isFalse();
      assertThat(x.nomLocal(nom)).isTrue();
      assertThat(x.suivant()).isEqualTo(XmlFlux.FIN);
    }
  }

  @Test
  void documentsUtf16AuxSeuilsDesSequencesUtf8() throws Exception {
    StringBuilder t = new StringBuilder();
    for (int cp : new int[] {0x7F, 0x80, 0x7FF, 0x800, 0xFFFD, 0xFFFF - 2, 0x10000, 0x1F600, 0x10FFFF}) {
      t.appendCodePoint(cp).append('|');
    }
    String xml = "<?xml version='1.0' encoding='UTF-16'?><r a='" + t + "'>" + t + "</r>";
    List<String> attendu = XmlFluxTest.stax(xml.getBytes(StandardCharsets.UTF_16));
    assertThat(XmlFluxTest.flux(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_16)))).isEqualTo(attendu);
    assertThat(XmlFluxTest.flux(XmlFluxTest.tranches(xml.getBytes(StandardCharsets.UTF_16LE), 3, 0)))
        .isEqualTo(attendu);
  }

  @Test
  void unepaireDeSubstitutsAChevalSurLaFinDUnBlocUtf16() throws Exception {
    // le lecteur UTF-16 lit par blocs de 8 192 caractères : la paire tombe à cheval sur la fin du premier
    for (int decalage = -2; decalage <= 2; decalage++) {
      String debut = "<r>";
      String xml = debut + "a".repeat(8191 - debut.length() + decalage) + "😀é€😀</r>";
      byte[] utf16 = xml.getBytes(StandardCharsets.UTF_16BE);
      assertThat(XmlFluxTest.flux(new ByteArrayInputStream(utf16))).as("décalage %d", decalage)
          .isEqualTo(XmlFluxTest.stax(xml.getBytes(StandardCharsets.UTF_8)));
    }
  }

  @Test
  void unSubstitutIsoleDansUnDocumentUtf16EstRefuse() {
    for (String mauvais : List.of("\uD83D", "\uDE00", "\uD83Da", "x\uDE00")) {
      // octets écrits un à un (un encodeur du JDK remplacerait le substitut isolé par « ? »)
      String xml = "\uFEFF<r>" + mauvais + "</r>";
      byte[] marque = new byte[2 * xml.length()];
      for (int i = 0; i < xml.length(); i++) {
        marque[2 * i] = (byte) xml.charAt(i);
        marque[2 * i + 1] = (byte) (xml.charAt(i) >> 8);
      }
      assertThatThrownBy(() -> XmlFluxTest.flux(new ByteArrayInputStream(marque))).as(mauvais)
          .isInstanceOfSatisfying(ArretLecture.class,
              a -> assertThat(a.violation().code()).isEqualTo("FICHIER_ILLISIBLE"));
    }
  }
}
