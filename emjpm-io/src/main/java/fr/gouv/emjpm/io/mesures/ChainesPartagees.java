// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Table des chaînes partagées d'un .xlsx ({@code xl/sharedStrings.xml}) lue en flux SAX bornée, à la
 * place du {@code ReadOnlySharedStringsTable} de POI qui garde toute la table sans limite (un seul
 * texte de 150 M caractères suffit à épuiser un tas de 256 Mio). Analyseur durci de POI ({@link
 * XMLHelper} : DOCTYPE refusé, aucune entité externe).
 *
 * <p>Même contenu que POI ({@code new ReadOnlySharedStringsTable(paquet, false).getItemAt(i).getString()}) :
 * textes des {@code <t>} d'un {@code <si>} concaténés (runs {@code <r><t>} compris), runs phonétiques
 * {@code <rPh>} ignorés, éléments d'un autre espace de noms ignorés, échappements {@code _xHHHH_}
 * décodés. Les chaînes sont décodées une fois, à la lecture.
 *
 * <p>Plafonds vérifiés pendant la lecture :
 *
 * <ul>
 *   <li>nombre de chaînes : l'attribut {@code uniqueCount} est lu d'abord (refus immédiat), puis les
 *       {@code <si>} sont comptés, car l'attribut peut mentir ({@code IMPORT_TROP_DE_CHAINES}) ;
 *   <li>longueur d'une chaîne : {@code longueurMax} caractères décodés ; le texte brut accumulé est
 *       borné à 7 fois ce nombre (un échappement de 7 caractères donne 1 caractère), jamais au-delà
 *       ({@code IMPORT_CELLULE_TROP_LONGUE}) ;
 *   <li>caractères de toute la table : {@code caracteresMax} ({@code IMPORT_ZIP_BOMBE}) ;
 *   <li>échéance, tous les {@value Echeance#ELEMENTS} éléments.
 * </ul>
 *
 * Immuable une fois lue.
 */
final class ChainesPartagees {
  private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  /** Longueur maximale d'une cellule dans Excel. */
  static final int LONGUEUR_EXCEL = 32_767;

  /** Caractères au plus dans toute la table (≈ 32 Mo de texte au pire en UTF-16). */
  static final long CARACTERES_MAX = 16L * 1024 * 1024;

  private static final ChainesPartagees VIDE = new ChainesPartagees(List.of());

  private final List<String> chaines;

  private ChainesPartagees(List<String> chaines) {
    this.chaines = chaines;
  }

  /** Table d'un classeur sans chaînes partagées. */
  static ChainesPartagees vide() {
    return VIDE;
  }

  /**
   * Lit la table.
   *
   * @param in flux de {@code sharedStrings.xml} (fermé par l'appelant)
   * @param nombreMax chaînes au plus
   * @param longueurMax caractères décodés au plus par chaîne
   * @param caracteresMax caractères décodés au plus pour toute la table
   * @param echeance échéance de la lecture
   * @throws ArretLecture sur un plafond ou l'échéance
   */
  static ChainesPartagees lire(InputStream in, int nombreMax, int longueurMax, long caracteresMax, Echeance echeance)
      throws IOException, SAXException, ParserConfigurationException {
    PushbackInputStream flux = new PushbackInputStream(in, 1);
    int premier = flux.read();
    if (premier < 0) {
      return VIDE; // partie vide : POI n'analyse rien non plus
    }
    flux.unread(premier);
    Lecteur l = new Lecteur(nombreMax, longueurMax, caracteresMax, echeance);
    XMLReader sax = XMLHelper.newXMLReader();
    sax.setContentHandler(l);
    sax.parse(new InputSource(flux));
    return new ChainesPartagees(l.chaines == null ? List.of() : Collections.unmodifiableList(l.chaines));
  }

  /**
   * Chaîne d'indice {@code i}.
   *
   * @throws IndexOutOfBoundsException si l'indice est hors de la table (fichier illisible)
   */
  String chaine(int i) {
    return chaines.get(i);
  }

  /** Nombre de chaînes. */
  int nombre() {
    return chaines.size();
  }

  /** Même automate que le {@code ReadOnlySharedStringsTable} de POI, sans runs phonétiques, borné. */
  private static final class Lecteur extends DefaultHandler {
    private final int nombreMax;
    private final int longueurMax;
    private final int brutMax;
    private final long caracteresMax;
    private final Echeance echeance;
    private @Nullable List<String> chaines;
    private @Nullable StringBuilder texte;
    private boolean tOuvert;
    private boolean phonetique;
    private long caracteres;
    private int elements;

    Lecteur(int nombreMax, int longueurMax, long caracteresMax, Echeance echeance) {
      this.nombreMax = nombreMax;
      this.longueurMax = longueurMax;
      this.brutMax = (int) Math.min(7L * longueurMax, Integer.MAX_VALUE - 16);
      this.caracteresMax = caracteresMax;
      this.echeance = echeance;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes a) {
      if (++elements % Echeance.ELEMENTS == 0) {
        echeance.verifier();
      }
      if (uri != null && !uri.equals(NS)) {
        return;
      }
      switch (local) {
        case "sst" -> {
          String count = a.getValue("count");
          if (count != null) {
            Long.parseLong(count); // attribut illisible : fichier illisible, comme chez POI
          }
          String unique = a.getValue("uniqueCount");
          if (unique != null && Long.parseLong(unique) > nombreMax) {
            throw trop();
          }
          chaines = new ArrayList<>();
          texte = new StringBuilder(64);
        }
        case "si" -> {
          if (texte != null) {
            texte.setLength(0);
          }
        }
        case "t" -> tOuvert = true;
        case "rPh" -> phonetique = true;
        default -> { }
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      if (uri != null && !uri.equals(NS)) {
        return;
      }
      switch (local) {
        case "si" -> {
          if (chaines != null && texte != null) {
            if (chaines.size() >= nombreMax) {
              throw trop();
            }
            String s = FeuilleXlsxSax.decoder(texte.toString());
            if (s.length() > longueurMax) {
              throw tropLongue();
            }
            caracteres += s.length();
            if (caracteres > caracteresMax) {
              throw ArretLecture.de(CodeImport.IMPORT_ZIP_BOMBE, Map.of());
            }
            chaines.add(s);
          }
        }
        case "t" -> tOuvert = false;
        case "rPh" -> phonetique = false;
        default -> { }
      }
    }

    @Override
    public void characters(char[] ch, int debut, int longueur) {
      if (tOuvert && !phonetique && texte != null) {
        if (texte.length() + (long) longueur > brutMax) {
          throw tropLongue();
        }
        texte.append(ch, debut, longueur);
      }
    }

    private ArretLecture trop() {
      return ArretLecture.de(CodeImport.IMPORT_TROP_DE_CHAINES, Map.of("max", nombreMax));
    }

    private ArretLecture tropLongue() {
      return ArretLecture.de(CodeImport.IMPORT_CELLULE_TROP_LONGUE, Map.of("max", longueurMax));
    }
  }
}
