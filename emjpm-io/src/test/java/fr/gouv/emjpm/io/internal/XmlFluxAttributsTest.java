// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

/**
 * Attributs d'un élément tels que {@link XmlFlux} les rend (comportement observable seulement) : nombre
 * borné, recherche par nom local, par préfixe et par espace de noms, espaces résolus comme StAX du JDK,
 * valeurs comparées caractère par caractère, tampon des valeurs cohérent avec {@link XmlFlux#valeur(int)}.
 */
class XmlFluxAttributsTest {

  private static final Echeance LOIN = new Echeance(Duration.ofMinutes(10), LecteurClasseur.CODES);

  private static XmlFlux premier(String xml) throws IOException {
    XmlFlux x = new XmlFlux(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), LOIN, LecteurClasseur.CODES);
    assertThat(x.suivant()).isEqualTo(XmlFlux.DEBUT);
    return x;
  }

  private static String attributs(int n) {
    StringBuilder s = new StringBuilder("<r");
    for (int i = 0; i < n; i++) {
      s.append(" a").append(i).append("='v").append(i).append('\'');
    }
    return s.append("/>").toString();
  }

  @Test
  void soixanteQuatreAttributsAuPlusDeclarationsComprises() throws IOException {
    XmlFlux x = premier(attributs(64));
    assertThat(x.attributs()).isEqualTo(64);
    assertThat(x.nomAttribut(63)).isEqualTo("a63");
    assertThat(x.valeur(x.attribut("a63"))).isEqualTo("v63");
    assertThat(x.suivant()).isEqualTo(XmlFlux.FIN);
    assertThat(x.suivant()).isEqualTo(XmlFlux.FIN_DOCUMENT);
    assertThatThrownBy(() -> premier(attributs(65))).isInstanceOfSatisfying(ArretLecture.class,
        a -> assertThat(a.violation().code()).isEqualTo("FICHIER_ILLISIBLE"));
    String declarations = attributs(63).replace("<r", "<r xmlns='urn:r'");
    assertThat(premier(declarations).attributs()).isEqualTo(64);
    assertThatThrownBy(() -> premier(declarations.replace("<r", "<r xmlns:p='urn:p'")))
        .isInstanceOf(ArretLecture.class);
  }

  @Test
  void rechercheParNomParPrefixeEtParEspace() throws IOException {
    XmlFlux x = premier("<r xmlns='urn:defaut' xmlns:p='urn:p' xmlns:id='urn:piege' p:id='1' id='2' q='3' p:q='4'"
        + " xmlns:qq='urn:q' qq:id=\"5\"/>");
    assertThat(x.valeur(x.attribut("id"))).isEqualTo("2");
    assertThat(x.valeur(x.attribut("q"))).isEqualTo("3");
    assertThat(x.attribut("p")).isEqualTo(-1);
    // attribut préfixé : jamais une déclaration xmlns:id ; le premier dans l'ordre du document
    assertThat(x.valeur(x.attributPrefixe("id"))).isEqualTo("1");
    assertThat(x.valeur(x.attributPrefixe("q"))).isEqualTo("4");
    assertThat(x.attributPrefixe("r")).isEqualTo(-1);
    assertThat(x.attributPrefixe("p")).isEqualTo(-1);
    assertThat(x.valeur(x.attribut("urn:p", "id"))).isEqualTo("1");
    assertThat(x.valeur(x.attribut("urn:q", "id"))).isEqualTo("5");
    assertThat(x.valeur(x.attribut("urn:p", "q"))).isEqualTo("4");
    assertThat(x.attribut("urn:defaut", "id")).isEqualTo(-1); // l'espace par défaut ne vaut pas pour les attributs
    assertThat(x.attribut("urn:piege", "id")).isEqualTo(-1);
    assertThat(x.attribut("", "id")).isEqualTo(-1);
    assertThat(x.attribut("urn:p", "i")).isEqualTo(-1);
    assertThat(x.attribut("urn:p", "idd")).isEqualTo(-1);
    List<String> espaces = new ArrayList<>();
    for (int a = 0; a < x.attributs(); a++) {
      espaces.add(x.nomAttribut(a) + "@" + x.espaceAttribut(a));
    }
    assertThat(espaces).containsExactly("xmlns@", "xmlns:p@", "xmlns:id@", "p:id@urn:p", "id@", "q@", "p:q@urn:p",
        "xmlns:qq@", "qq:id@urn:q");
    assertThat(x.espace()).isEqualTo("urn:defaut");
    assertThat(x.profondeur()).isEqualTo(1);
  }

  @Test
  void valeursComparees() throws IOException {
    XmlFlux x = premier("<r a='inlineStr' b='inlineStrs' c='inlineSt' d='' e='&amp;&#x41;'/>");
    assertThat(x.valeurEgale(x.attribut("a"), "inlineStr")).isTrue();
    assertThat(x.valeurEgale(x.attribut("a"), "inlineSts")).isFalse();
    assertThat(x.valeurEgale(x.attribut("a"), "jnlineStr")).isFalse();
    assertThat(x.valeurEgale(x.attribut("b"), "inlineStr")).isFalse();
    assertThat(x.valeurEgale(x.attribut("c"), "inlineStr")).isFalse();
    assertThat(x.valeurEgale(x.attribut("d"), "")).isTrue();
    assertThat(x.valeurEgale(x.attribut("d"), "x")).isFalse();
    assertThat(x.valeurEgale(x.attribut("e"), "&A")).isTrue();
    for (String nom : List.of("a", "b", "c", "d", "e")) {
      int a = x.attribut(nom);
      assertThat(new String(x.valeurs(), x.debutValeur(a), x.longueurValeur(a))).isEqualTo(x.valeur(a));
    }
  }

  /** Attributs de chaque élément selon StAX : {@code nom@espace=valeur}, ordre du document. */
  private static List<String> stax(String xml) throws Exception {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XMLStreamReader r = f.createXMLStreamReader(new StringReader(xml));
    List<String> vu = new ArrayList<>();
    while (r.hasNext()) {
      if (r.next() == XMLStreamConstants.START_ELEMENT) {
        StringBuilder e = new StringBuilder(r.getLocalName()).append('@').append(r.getNamespaceURI() == null ? ""
            : r.getNamespaceURI());
        for (int a = 0; a < r.getAttributeCount(); a++) {
          String ns = r.getAttributeNamespace(a);
          e.append(' ').append(r.getAttributeLocalName(a)).append('@').append(ns == null ? "" : ns).append('=')
              .append(r.getAttributeValue(a));
        }
        vu.add(e.toString());
      }
    }
    return vu;
  }

  private static List<String> flux(String xml) throws IOException {
    XmlFlux x = new XmlFlux(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), LOIN, LecteurClasseur.CODES);
    List<String> vu = new ArrayList<>();
    for (int ev = x.suivant(); ev != XmlFlux.FIN_DOCUMENT; ev = x.suivant()) {
      if (ev == XmlFlux.DEBUT) {
        StringBuilder e = new StringBuilder(x.nomLocal()).append('@').append(x.espace());
        for (int a = 0; a < x.attributs(); a++) {
          String nom = x.nomAttribut(a);
          if (nom.equals("xmlns") || nom.startsWith("xmlns:")) {
            continue;
          }
          e.append(' ').append(nom.substring(nom.indexOf(':') + 1)).append('@').append(x.espaceAttribut(a)).append('=')
              .append(x.valeur(a));
        }
        vu.add(e.toString());
      }
    }
    return vu;
  }

  @Test
  void espacesDesAttributsCommeStax() throws Exception {
    for (String xml : List.of(
        "<r xmlns:a='urn:1' a:x='1'><c xmlns:a='urn:2' a:x='2'><v a:x='3'/></c><v a:x='4'/></r>",
        "<a:r xmlns:a='urn:1' xmlns:b='urn:2' b:y=\"&lt;&#233;\" y='z' xml:lang='fr'><b:c a:y='' b:y='q'/></a:r>",
        "<r xmlns='urn:d'><c xmlns='' k='1'><v xmlns='urn:e' k=' 2\t'/></c></r>",
        "<r\n  a = '1'\r\n\tb=\"2\"   ><c\tx='&quot;&apos;'/></r>")) {
      assertThat(flux(xml)).as(xml).isEqualTo(stax(xml));
    }
  }
}
