// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.usermodel.XSSFRelation;
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
 *       {@code <si>} sont comptés, car l'attribut peut mentir ({@link MotifArret#TROP_DE_CHAINES}) ;
 *   <li>longueur d'une chaîne : {@code longueurMax} caractères décodés ; le texte brut accumulé est
 *       borné à 7 fois ce nombre (un échappement de 7 caractères donne 1 caractère), jamais au-delà
 *       ({@link MotifArret#CHAINE_TROP_LONGUE}) ;
 *   <li>caractères de toute la table : {@code caracteresMax} ({@link MotifArret#TEXTE_EXCESSIF}) ;
 *   <li>échéance, tous les {@value Echeance#ELEMENTS} éléments.
 * </ul>
 *
 * Chaque import traduit ces motifs en ses propres codes ({@link CodesArret}). Immuable une fois lue.
 * Hors API.
 */
public final class ChainesPartagees {
  private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  /** Longueur maximale d'une cellule dans Excel. */
  public static final int LONGUEUR_EXCEL = 32_767;

  /** Caractères au plus dans toute la table (≈ 32 Mo de texte au pire en UTF-16). */
  public static final long CARACTERES_MAX = 16L * 1024 * 1024;

  /**
   * Texte brut (avant décodage des échappements {@code _xHHHH_}) accumulé au plus pour un texte de
   * {@code decodesMax} caractères décodés : un échappement de 7 caractères bruts n'en donne qu'un. Le
   * texte est arrêté au-delà, sans jamais grossir davantage ; la longueur décodée reste vérifiée exactement.
   *
   * @param decodesMax caractères décodés admis au plus
   * @return plafond du texte brut, au plus {@code Integer.MAX_VALUE - 16}
   */
  public static int brutMax(int decodesMax) {
    return (int) Math.min(7L * decodesMax, Integer.MAX_VALUE - 16);
  }

  private static final ChainesPartagees VIDE = new ChainesPartagees(List.of());

  private final List<String> chaines;

  private ChainesPartagees(List<String> chaines) {
    this.chaines = chaines;
  }

  /**
   * Table d'un classeur sans chaînes partagées.
   *
   * @return table vide, partagée
   */
  public static ChainesPartagees vide() {
    return VIDE;
  }

  /**
   * Lit la table du paquet : la première partie du type des chaînes partagées, comme POI, relue en flux
   * borné par la source ({@link PaquetXlsxBorne#ouvrirEnFlux}) ; table vide si le classeur n'en a pas.
   *
   * @param paquet paquet ouvert sur {@code source}
   * @param source source bornée du paquet (octets réels, échéance, prologue sans DOCTYPE)
   * @param nombreMax chaînes au plus
   * @param longueurMax caractères décodés au plus par chaîne
   * @param caracteresMax caractères décodés au plus pour toute la table
   * @param echeance échéance de la lecture
   * @param codes traduction des motifs d'arrêt en violations de l'import
   * @return table lue, immuable
   * @throws ArretLecture sur un plafond, l'échéance ou un refus de la source
   * @throws IOException si la partie ne peut pas être lue
   * @throws SAXException si le XML de la table est mal formé (DOCTYPE compris)
   * @throws ParserConfigurationException si l'analyseur XML durci de POI est indisponible
   */
  public static ChainesPartagees lire(OPCPackage paquet, PaquetXlsxBorne source, int nombreMax, int longueurMax,
      long caracteresMax, Echeance echeance, CodesArret codes)
      throws IOException, SAXException, ParserConfigurationException {
    List<PackagePart> parties = paquet.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
    if (parties.isEmpty()) {
      return VIDE;
    }
    try (InputStream flux = source.ouvrirEnFlux(parties.get(0))) {
      return lire(flux, nombreMax, longueurMax, caracteresMax, echeance, codes);
    }
  }

  /**
   * Lit la table d'un flux.
   *
   * @param in flux de {@code sharedStrings.xml} (fermé par l'appelant)
   * @param nombreMax chaînes au plus
   * @param longueurMax caractères décodés au plus par chaîne
   * @param caracteresMax caractères décodés au plus pour toute la table
   * @param echeance échéance de la lecture
   * @param codes traduction des motifs d'arrêt en violations de l'import
   * @return table lue, immuable
   * @throws ArretLecture sur un plafond ou l'échéance
   * @throws IOException si le flux ne peut pas être lu
   * @throws SAXException si le XML de la table est mal formé (DOCTYPE compris)
   * @throws ParserConfigurationException si l'analyseur XML durci de POI est indisponible
   */
  public static ChainesPartagees lire(InputStream in, int nombreMax, int longueurMax, long caracteresMax,
      Echeance echeance, CodesArret codes) throws IOException, SAXException, ParserConfigurationException {
    PushbackInputStream flux = new PushbackInputStream(in, 1);
    int premier = flux.read();
    if (premier < 0) {
      return VIDE; // partie vide : POI n'analyse rien non plus
    }
    flux.unread(premier);
    Lecteur l = new Lecteur(nombreMax, longueurMax, caracteresMax, echeance, codes);
    XMLReader sax = AnalyseurXml.lecteur();
    sax.setContentHandler(l);
    sax.parse(new InputSource(flux));
    return new ChainesPartagees(l.chaines == null ? List.of() : Collections.unmodifiableList(l.chaines));
  }

  /**
   * Chaîne d'indice {@code i}.
   *
   * @param i indice de la chaîne dans la table (valeur d'une cellule de type {@code s})
   * @return chaîne décodée
   * @throws IndexOutOfBoundsException si l'indice est hors de la table (fichier illisible)
   */
  public String chaine(int i) {
    return chaines.get(i);
  }

  /**
   * Nombre de chaînes.
   *
   * @return nombre de chaînes de la table
   */
  public int nombre() {
    return chaines.size();
  }

  /**
   * Décode les échappements {@code _xHHHH_} d'OOXML (comme {@code XSSFRichTextString}).
   *
   * @param s texte brut lu dans le XML
   * @return texte décodé ; {@code s} lui-même s'il n'a aucun échappement
   */
  public static String decoder(String s) {
    int i = s.indexOf("_x");
    if (i < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    int debut = 0;
    while (i >= 0 && i + 7 <= s.length()) {
      if (s.charAt(i + 6) == '_' && hexa(s, i + 2, i + 6)) {
        b.append(s, debut, i).append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        debut = i + 7;
        i = s.indexOf("_x", debut);
      } else {
        i = s.indexOf("_x", i + 1);
      }
    }
    return b.append(s, debut, s.length()).toString();
  }

  private static boolean hexa(String s, int debut, int fin) {
    for (int i = debut; i < fin; i++) {
      if (Character.digit(s.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Même automate que le {@code ReadOnlySharedStringsTable} de POI, sans runs phonétiques, borné. */
  private static final class Lecteur extends DefaultHandler {
    private final int nombreMax;
    private final int longueurMax;
    private final int brutMax;
    private final long caracteresMax;
    private final Echeance echeance;
    private final CodesArret codes;
    private @Nullable List<String> chaines;
    private @Nullable StringBuilder texte;
    private boolean tOuvert;
    private boolean phonetique;
    private long caracteres;
    private int elements;

    Lecteur(int nombreMax, int longueurMax, long caracteresMax, Echeance echeance, CodesArret codes) {
      this.nombreMax = nombreMax;
      this.longueurMax = longueurMax;
      this.brutMax = brutMax(longueurMax);
      this.caracteresMax = caracteresMax;
      this.echeance = echeance;
      this.codes = codes;
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
            String s = decoder(texte.toString());
            if (s.length() > longueurMax) {
              throw tropLongue();
            }
            caracteres += s.length();
            if (caracteres > caracteresMax) {
              throw codes.arret(MotifArret.TEXTE_EXCESSIF, caracteresMax);
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
      return codes.arret(MotifArret.TROP_DE_CHAINES, nombreMax);
    }

    private ArretLecture tropLongue() {
      return codes.arret(MotifArret.CHAINE_TROP_LONGUE, longueurMax);
    }
  }
}
