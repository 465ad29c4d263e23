// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Analyseurs SAX des classeurs xlsx : ceux de POI ({@code XMLHelper}, durcis contre XXE), mais avec un
 * gestionnaire d'erreurs silencieux qui lève l'erreur au lieu de la journaliser. Le message d'une
 * erreur d'analyse recopie le texte du fichier (nom d'une entité non déclarée, d'un élément, d'un
 * attribut) : le gestionnaire par défaut de POI l'écrirait dans le journal {@code org.apache.poi.util.XMLHelper}
 * et celui du JDK sur la sortie d'erreur. Ici l'erreur remonte comme exception, que chaque import
 * traduit en violation typée sans jamais recopier son message. Hors API.
 */
public final class AnalyseurXml {

  /** Lève chaque erreur, n'en journalise aucune ; les avertissements sont ignorés. */
  private static final ErrorHandler SILENCIEUX = new ErrorHandler() {
    @Override
    public void warning(SAXParseException e) {
      // avertissement de l'analyseur : sans effet sur la lecture, jamais journalisé
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  };

  private AnalyseurXml() {}

  /**
   * Analyseur SAX durci (celui de POI), gestionnaire d'erreurs silencieux.
   *
   * @return nouvel analyseur, à utiliser pour une seule lecture
   * @throws SAXException si l'analyseur ne peut pas être créé
   * @throws ParserConfigurationException si l'analyseur ne peut pas être configuré
   */
  public static XMLReader lecteur() throws SAXException, ParserConfigurationException {
    XMLReader sax = XMLHelper.newXMLReader();
    sax.setErrorHandler(SILENCIEUX);
    return sax;
  }

  /**
   * Vérifie qu'un flux est un document XML bien formé, sans rien en garder : une partie que POI analyse
   * lui-même (et dont il journaliserait l'erreur, avec le texte fautif) passe d'abord ici.
   *
   * @param in flux de la partie, lu jusqu'au bout de l'élément racine
   * @throws SAXException si le document est mal formé (message jamais recopié par l'appelant)
   * @throws IOException si le flux ne peut pas être lu
   */
  public static void verifierBienForme(InputStream in) throws SAXException, IOException {
    XMLReader sax;
    try {
      sax = lecteur();
    } catch (ParserConfigurationException e) {
      throw new SAXException("analyseur indisponible");
    }
    sax.setContentHandler(new DefaultHandler());
    // l'analyseur ferme son flux en fin de lecture : l'appelant garde le sien ouvert
    sax.parse(new InputSource(new java.io.FilterInputStream(in) {
      @Override
      public void close() {
        // fermé par l'appelant
      }
    }));
  }
}
