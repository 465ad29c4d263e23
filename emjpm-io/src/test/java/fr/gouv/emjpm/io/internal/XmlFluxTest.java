// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * L'analyseur en flux des parties de classeur : événements dans l'ordre du document, références et fins
 * de ligne décodées comme par tout analyseur XML, espaces de noms résolus ; DOCTYPE, entités inconnues,
 * documents mal formés et jetons démesurés refusés par un code typé.
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
      "<p:r/>", "<r a=\"<\"/>", "<1r/>", "<r/>texte", "<r><![CDATA[x</r>", "<r><!-- x</r>", "</r>"})
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
}
