// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Jetons XML comptés octet par octet sous un petit plafond (10) : balise, guillemets qui masquent un
 * {@code >}, commentaire (fin {@code -->} après au moins quatre octets), instruction, CDATA, déclaration ;
 * texte après la fin d'un jeton compté de zéro.
 */
class JetonsXmlBornesTest {

  private static boolean trop(String xml) {
    byte[] b = ("xx" + xml).getBytes(StandardCharsets.UTF_8);
    return new JetonsXml(10).examiner(b, 2, b.length - 2);
  }

  @Test
  void chaqueJetonBorne() {
    assertThat(trop("<abcdefghi>")).isFalse();
    assertThat(trop("<abcdefghij>")).isTrue();
    assertThat(trop("<a>abcdefghij")).isFalse();
    assertThat(trop("abcdefghijk")).isTrue();
    // un > entre guillemets ne ferme pas la balise
    assertThat(trop("<a '>'bcdefghij")).isTrue();
    assertThat(trop("<a \">\"bcdefghij")).isTrue();
    assertThat(trop("<'>'abcdefghij")).isTrue();
    assertThat(trop("<a '\"'>abcdefghij")).isFalse();
    // « <> » : le texte reprend sans remise à zéro
    assertThat(trop("<>abcdefgh")).isFalse();
    assertThat(trop("<>abcdefghi")).isTrue();
    // commentaire : « <!--> » ne le ferme pas
    assertThat(trop("<!---->abcdefghij")).isFalse();
    assertThat(trop("<!-->abcdef")).isTrue();
    assertThat(trop("<!-- x ->abc")).isTrue();
    assertThat(trop("<?x?>abcdefghij")).isFalse();
    assertThat(trop("<?x>abcdefg")).isTrue();
    assertThat(trop("<![]]>abcdefghij")).isFalse();
    assertThat(trop("<![C]>abcdefghij")).isTrue();
    assertThat(trop("<!D x>abcdefghij")).isFalse();
    assertThat(new JetonsXml().examiner(new byte[] {'<', 'a'}, 0, 2)).isFalse();
  }
}
