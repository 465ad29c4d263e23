// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.enquete;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Classeur .xlsx lu en flux SAX (R-POI-6) : jamais de modèle objet. Chaque feuille est parcourue
 * une fois ; seules les cellules de la zone utile des classeurs DGCS ({@link #LIGNES_GARDEES} ×
 * {@link #COLONNES_GARDEES}) sont gardées, typées comme le ferait POI (valeur en cache des
 * formules). Plafonds vérifiés pendant la lecture : {@link #FEUILLES_MAX} feuilles, {@link
 * #LIGNES_MAX} lignes et {@link #COLONNES_MAX} colonnes par feuille, {@link #CARACTERES_MAX}
 * caractères par cellule, {@link #CHAINES_MAX} chaînes partagées (attribut lu avant de charger la
 * table ; il peut mentir, le plafond de taille du pré-vol reste le dernier rempart).
 */
final class ClasseurXlsxFlux implements ClasseurLu {
  static final int FEUILLES_MAX = 20;
  static final int LIGNES_MAX = 100_000;
  static final int COLONNES_MAX = 200;
  static final int CARACTERES_MAX = 32_767;
  static final int CHAINES_MAX = 500_000;
  /** Zone utile : les cellules du catalogue sont toutes dans les 200 premières lignes et 30 colonnes. */
  static final int LIGNES_GARDEES = 1_000;
  static final int COLONNES_GARDEES = 64;

  /** Plafond dépassé : limite (libellé français) et valeur maximale. */
  static final class HorsLimites extends Exception {
    private static final long serialVersionUID = 1L;
    final String limite;
    final long max;

    HorsLimites(String limite, long max) {
      super(null, null, false, false);
      this.limite = limite;
      this.max = max;
    }
  }

  private final List<String> noms;
  private final List<Map<Integer, Brut>> cellules;

  private ClasseurXlsxFlux(List<String> noms, List<Map<Integer, Brut>> cellules) {
    this.noms = List.copyOf(noms);
    this.cellules = List.copyOf(cellules);
  }

  /**
   * Lit le paquet (ouvert en lecture seule par l'appelant) : toutes les feuilles sont comptées et
   * nommées, seules celles que {@code utile} retient (indice, nom) sont analysées ; les autres se lisent
   * vides (l'onglet « Données à exporter » des classeurs DGCS a 237 colonnes et n'est jamais lu).
   */
  static ClasseurXlsxFlux lire(OPCPackage paquet, BiPredicate<Integer, String> utile)
      throws IOException, OpenXML4JException, SAXException, HorsLimites {
    verifierChainesPartagees(paquet);
    ReadOnlySharedStringsTable chaines = new ReadOnlySharedStringsTable(paquet, false);
    XSSFReader lecteur = new XSSFReader(paquet);
    XSSFReader.SheetIterator feuilles = (XSSFReader.SheetIterator) lecteur.getSheetsData();
    List<String> noms = new ArrayList<>();
    List<Map<Integer, Brut>> cellules = new ArrayList<>();
    while (feuilles.hasNext()) {
      if (noms.size() >= FEUILLES_MAX) {
        throw new HorsLimites("feuilles", FEUILLES_MAX);
      }
      try (InputStream flux = feuilles.next()) {
        String nom = feuilles.getSheetName();
        LecteurFeuille l = new LecteurFeuille(chaines);
        if (utile.test(noms.size(), nom)) {
          analyser(flux, l);
        }
        noms.add(nom);
        cellules.add(l.cellules);
      }
    }
    return new ClasseurXlsxFlux(noms, cellules);
  }

  private static void analyser(InputStream flux, DefaultHandler h) throws IOException, SAXException, HorsLimites {
    XMLReader sax;
    try {
      sax = XMLHelper.newXMLReader();
    } catch (javax.xml.parsers.ParserConfigurationException e) {
      throw new SAXException("analyseur XML indisponible");
    }
    sax.setContentHandler(h);
    try {
      sax.parse(new InputSource(flux));
    } catch (Limite l) {
      if (l.cause != null) {
        throw l.cause;
      }
    }
  }

  /** Lit l'attribut {@code uniqueCount} (ou {@code count}) de la table des chaînes avant de la charger. */
  private static void verifierChainesPartagees(OPCPackage paquet) throws IOException, SAXException, HorsLimites {
    List<PackagePart> parts = paquet.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
    for (PackagePart p : parts) {
      try (InputStream flux = p.getInputStream()) {
        analyser(flux, new DefaultHandler() {
          @Override
          public void startElement(String uri, String local, String qName, Attributes a) throws SAXException {
            if (nom(local, qName).equals("sst")) {
              long n = Math.max(entier(a.getValue("uniqueCount")), entier(a.getValue("count")));
              if (n > CHAINES_MAX) {
                throw new Limite(new HorsLimites("chaînes partagées", CHAINES_MAX));
              }
            }
            throw new Limite(null); // racine lue : inutile d'analyser la suite
          }
        });
      }
    }
  }

  /** Nom local d'un élément, que l'analyseur gère les espaces de noms ou non. */
  private static String nom(String local, String qName) {
    if (!local.isEmpty()) {
      return local;
    }
    int i = qName.indexOf(':');
    return i < 0 ? qName : qName.substring(i + 1);
  }

  private static long entier(@Nullable String s) {
    if (s == null) {
      return 0;
    }
    try {
      return Long.parseLong(s.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Transporte une limite à travers l'analyseur SAX (ou, sans cause, arrête la lecture). */
  private static final class Limite extends SAXException {
    private static final long serialVersionUID = 1L;
    final transient @Nullable HorsLimites cause;

    Limite(@Nullable HorsLimites cause) {
      super("limite");
      this.cause = cause;
    }
  }

  @Override
  public int nombreFeuilles() {
    return noms.size();
  }

  @Override
  public String nomFeuille(int i) {
    return noms.get(i);
  }

  @Override
  public FeuilleLue feuille(int i) {
    String nom = noms.get(i);
    Map<Integer, Brut> c = cellules.get(i);
    return new FeuilleLue() {
      @Override
      public String nom() {
        return nom;
      }

      @Override
      public Brut brut(int ligne, int colonne) {
        if (ligne < 0 || colonne < 0 || ligne >= LIGNES_GARDEES || colonne >= COLONNES_GARDEES) {
          return new Brut.Vide();
        }
        return c.getOrDefault(cle(ligne, colonne), new Brut.Vide());
      }
    };
  }

  private static int cle(int ligne, int colonne) {
    return ligne * COLONNES_GARDEES + colonne;
  }

  /** Gestionnaire SAX d'une feuille : lignes, cellules, valeurs en cache, chaînes partagées. */
  private static final class LecteurFeuille extends DefaultHandler {
    private final ReadOnlySharedStringsTable chaines;
    final Map<Integer, Brut> cellules = new HashMap<>();
    private final StringBuilder texte = new StringBuilder();
    private int lignes;
    private int ligne = -1;
    private int colonne = -1;
    private @Nullable String type;
    private boolean collecte;

    LecteurFeuille(ReadOnlySharedStringsTable chaines) {
      this.chaines = chaines;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes a) throws SAXException {
      switch (nom(local, qName)) {
        case "row" -> {
          if (++lignes > LIGNES_MAX) {
            throw new Limite(new HorsLimites("lignes", LIGNES_MAX));
          }
          String r = a.getValue("r");
          ligne = r == null ? ligne + 1 : (int) Math.min(entier(r) - 1, Integer.MAX_VALUE);
          colonne = -1;
        }
        case "c" -> {
          String ref = a.getValue("r");
          colonne = ref == null ? colonne + 1 : colonneDe(ref);
          if (colonne >= COLONNES_MAX) {
            throw new Limite(new HorsLimites("colonnes", COLONNES_MAX));
          }
          type = a.getValue("t");
          texte.setLength(0);
        }
        case "v", "t" -> collecte = true;
        default -> { }
      }
    }

    @Override
    public void characters(char[] ch, int debut, int longueur) throws SAXException {
      if (collecte) {
        if (texte.length() + longueur > CARACTERES_MAX) {
          throw new Limite(new HorsLimites("caractères par cellule", CARACTERES_MAX));
        }
        texte.append(ch, debut, longueur);
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      switch (nom(local, qName)) {
        case "v", "t" -> collecte = false;
        case "c" -> {
          Brut b = valeur();
          if (!(b instanceof Brut.Vide) && ligne >= 0 && ligne < LIGNES_GARDEES && colonne >= 0
              && colonne < COLONNES_GARDEES) {
            cellules.put(cle(ligne, colonne), b);
          }
        }
        default -> { }
      }
    }

    private Brut valeur() {
      String v = texte.toString();
      String t = type == null ? "n" : type;
      switch (t) {
        case "s" -> {
          try {
            int i = Integer.parseInt(v.strip());
            return i >= 0 && i < chaines.getCount() ? Brut.texte(chaines.getItemAt(i).getString()) : new Brut.Erreur();
          } catch (NumberFormatException e) {
            return new Brut.Erreur();
          }
        }
        case "str", "inlineStr" -> {
          return Brut.texte(v);
        }
        case "b" -> {
          return v.isEmpty() ? new Brut.Vide() : new Brut.Texte("1".equals(v.strip()) ? "TRUE" : "FALSE");
        }
        case "n" -> {
          if (v.isBlank()) {
            return new Brut.Vide();
          }
          try {
            return new Brut.Nombre(Double.parseDouble(v.strip()));
          } catch (NumberFormatException e) {
            return new Brut.Erreur();
          }
        }
        default -> {
          return v.isEmpty() ? new Brut.Vide() : new Brut.Erreur();
        }
      }
    }

    /** Colonne (0 pour A) d'une référence comme {@code AB12} ; bornée pour ne jamais déborder. */
    private static int colonneDe(String ref) {
      int col = 0;
      for (int i = 0; i < ref.length(); i++) {
        char c = ref.charAt(i);
        if (c >= 'A' && c <= 'Z') {
          col = Math.min(col * 26 + (c - 'A' + 1), COLONNES_MAX + 1);
        } else {
          break;
        }
      }
      return col - 1;
    }
  }
}
