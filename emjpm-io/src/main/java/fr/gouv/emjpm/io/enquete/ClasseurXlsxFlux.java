// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.enquete;

import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.io.internal.AnalyseurXml;
import fr.gouv.emjpm.io.internal.ArretLecture;
import fr.gouv.emjpm.io.internal.ChainesPartagees;
import fr.gouv.emjpm.io.internal.CodesArret;
import fr.gouv.emjpm.io.internal.Echeance;
import fr.gouv.emjpm.io.internal.PaquetXlsxBorne;
import java.io.File;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Classeur .xlsx lu en flux SAX (R-POI-6) : jamais de modèle objet. Le paquet est ouvert sur une
 * source bornée partagée avec l'import des mesures ({@link PaquetXlsxBorne} : octets réellement
 * décompressés bornés quoi qu'annonce le répertoire central, prologue XML de chaque partie sans
 * DOCTYPE, échéance vérifiée à chaque bloc lu). Chaque feuille est parcourue une fois ; seules les
 * cellules de la zone utile des classeurs DGCS ({@link #LIGNES_GARDEES} × {@link #COLONNES_GARDEES})
 * sont gardées, typées comme le ferait POI (valeur en cache des formules).
 *
 * <p>Plafonds vérifiés pendant la lecture : {@link #FEUILLES_MAX} feuilles, {@link #LIGNES_MAX} lignes
 * et {@link #COLONNES_MAX} colonnes par feuille lue, {@link #CARACTERES_MAX} caractères par cellule,
 * {@link #TEXTE_GARDE_MAX} caractères de texte en ligne gardés pour tout le classeur ; table des chaînes
 * partagées lue par {@link ChainesPartagees} (jamais par le {@code ReadOnlySharedStringsTable} de POI) :
 * {@link #CHAINES_MAX} chaînes (attribut {@code uniqueCount} lu d'abord, puis chaînes comptées),
 * {@link #CARACTERES_MAX} caractères par chaîne, {@link ChainesPartagees#CARACTERES_MAX} pour toute la
 * table.
 */
final class ClasseurXlsxFlux implements ClasseurLu {
  static final int FEUILLES_MAX = 20;
  static final int LIGNES_MAX = 100_000;
  static final int COLONNES_MAX = 200;
  static final int CARACTERES_MAX = ChainesPartagees.LONGUEUR_EXCEL;
  static final int CHAINES_MAX = 500_000;
  /**
   * Caractères de texte en ligne (cellules {@code inlineStr} et résultats texte de formules) gardés au
   * plus pour tout le classeur : sans ce plafond, des milliers de cellules longues dans la zone utile
   * des feuilles lues épuiseraient le tas. Les chaînes partagées, gardées une seule fois, sont bornées
   * par leur table.
   */
  static final long TEXTE_GARDE_MAX = 4L * 1024 * 1024;
  /** Zone utile : les cellules du catalogue sont toutes dans les 200 premières lignes et 30 colonnes. */
  static final int LIGNES_GARDEES = 1_000;
  static final int COLONNES_GARDEES = 64;

  /** Codes de l'import d'enquête pour les arrêts de la lecture durcie partagée (io.internal). */
  static final CodesArret CODES = (motif, plafond) -> switch (motif) {
    case DELAI_DEPASSE -> Violation.de(CodeImportEnquete.ENQUETE_DELAI_DEPASSE, "");
    case VOLUME_EXCESSIF -> Violation.de(CodeImportEnquete.ENQUETE_ZIP_BOMBE, "");
    case DTD_INTERDITE -> Violation.de(CodeImportEnquete.ENQUETE_DTD_INTERDITE, "");
    case ILLISIBLE -> Violation.de(CodeImportEnquete.ENQUETE_FICHIER_ILLISIBLE, "");
    case TROP_DE_CHAINES -> horsLimites("chaînes partagées", plafond).violation();
    case CHAINE_TROP_LONGUE -> horsLimites("caractères par cellule", plafond).violation();
    case TEXTE_EXCESSIF -> horsLimites("caractères des chaînes partagées", plafond).violation();
    case TYPE_CLASSEUR_REFUSE -> Violation.de(CodeImportEnquete.ENQUETE_TYPE_CLASSEUR_REFUSE, "");
    case PAS_UN_CLASSEUR -> Violation.de(CodeImportEnquete.ENQUETE_PAS_UN_CLASSEUR, "");
    case JETON_TROP_LONG -> horsLimites("octets d'un jeton XML", plafond).violation();
    case TROP_DE_LIGNES -> horsLimites("lignes", plafond).violation();
    case TROP_DE_COLONNES -> horsLimites("colonnes", plafond).violation();
    case CHIFFRE -> Violation.de(CodeImportEnquete.ENQUETE_FICHIER_CHIFFRE, "");
    case STRUCTURE_ARCHIVE -> Violation.de(CodeImportEnquete.ENQUETE_ZIP_STRUCTURE, "", Map.of("detail", "structure"));
  };

  private final List<String> noms;
  private final List<Map<Integer, Brut>> cellules;

  private ClasseurXlsxFlux(List<String> noms, List<Map<Integer, Brut>> cellules) {
    this.noms = List.copyOf(noms);
    this.cellules = List.copyOf(cellules);
  }

  /**
   * Lit le fichier (déjà passé au pré-vol) : toutes les feuilles sont comptées et nommées, seules
   * celles que {@code utile} retient (indice, nom) sont analysées ; les autres se lisent vides
   * (l'onglet « Données à exporter » des classeurs DGCS a 237 colonnes et n'est jamais lu).
   *
   * @throws ArretLecture sur un plafond, l'échéance, une DTD ou un volume excessif (violation typée)
   * @throws Exception toute autre erreur de POI ou de l'analyseur : classeur illisible
   */
  static ClasseurXlsxFlux lire(File fichier, BiPredicate<Integer, String> utile, Duration delai) throws Exception {
    Echeance echeance = new Echeance(delai, CODES);
    return PaquetXlsxBorne.lire(fichier, echeance, CODES, (paquet, source) -> lire(paquet, source, utile, echeance));
  }

  private static ClasseurXlsxFlux lire(OPCPackage paquet, PaquetXlsxBorne source, BiPredicate<Integer, String> utile,
      Echeance echeance) throws Exception {
    ChainesPartagees chaines = ChainesPartagees.lire(paquet, source, CHAINES_MAX, CARACTERES_MAX,
        ChainesPartagees.CARACTERES_MAX, echeance, CODES);
    XSSFReader lecteur = new XSSFReader(paquet);
    XSSFReader.SheetIterator feuilles = (XSSFReader.SheetIterator) lecteur.getSheetsData();
    List<String> noms = new ArrayList<>();
    List<Map<Integer, Brut>> cellules = new ArrayList<>();
    long[] texteGarde = {0};
    while (feuilles.hasNext()) {
      if (noms.size() >= FEUILLES_MAX) {
        throw horsLimites("feuilles", FEUILLES_MAX);
      }
      feuilles.next().close(); // flux ouvert par POI, jamais lu : une feuille utile est relue en flux borné
      String nom = feuilles.getSheetName();
      LecteurFeuille l = new LecteurFeuille(chaines, echeance, texteGarde);
      if (utile.test(noms.size(), nom)) {
        try (InputStream flux = source.ouvrirEnFlux(feuilles.getSheetPart())) {
          XMLReader sax = AnalyseurXml.lecteur();
          sax.setContentHandler(l);
          sax.parse(new InputSource(flux));
        }
      }
      noms.add(nom);
      cellules.add(l.cellules);
    }
    return new ClasseurXlsxFlux(noms, cellules);
  }

  /** Arrêt {@code ENQUETE_CLASSEUR_HORS_LIMITES} : limite (libellé français) et valeur maximale. */
  private static ArretLecture horsLimites(String limite, long max) {
    return ArretLecture.de(CodeImportEnquete.ENQUETE_CLASSEUR_HORS_LIMITES, Map.of("limite", limite, "max", max));
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

  /**
   * Gestionnaire SAX d'une feuille : lignes, cellules, valeurs en cache, chaînes partagées ; échéance
   * vérifiée tous les {@value Echeance#ELEMENTS} éléments.
   */
  private static final class LecteurFeuille extends DefaultHandler {
    private final ChainesPartagees chaines;
    private final Echeance echeance;
    /** Caractères de texte en ligne déjà gardés pour tout le classeur (partagé entre les feuilles). */
    private final long[] texteGarde;
    final Map<Integer, Brut> cellules = new HashMap<>();
    private final StringBuilder texte = new StringBuilder();
    private int elements;
    private int lignes;
    private int ligne = -1;
    private int colonne = -1;
    private @Nullable String type;
    private boolean collecte;

    LecteurFeuille(ChainesPartagees chaines, Echeance echeance, long[] texteGarde) {
      this.chaines = chaines;
      this.echeance = echeance;
      this.texteGarde = texteGarde;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes a) {
      if (++elements % Echeance.ELEMENTS == 0) {
        echeance.verifier();
      }
      switch (nom(local, qName)) {
        case "row" -> {
          if (++lignes > LIGNES_MAX) {
            throw horsLimites("lignes", LIGNES_MAX);
          }
          String r = a.getValue("r");
          ligne = r == null ? ligne + 1 : (int) Math.min(entier(r) - 1, Integer.MAX_VALUE);
          colonne = -1;
        }
        case "c" -> {
          String ref = a.getValue("r");
          colonne = ref == null ? colonne + 1 : colonneDe(ref);
          if (colonne >= COLONNES_MAX) {
            throw horsLimites("colonnes", COLONNES_MAX);
          }
          type = a.getValue("t");
          texte.setLength(0);
        }
        case "v", "t" -> collecte = true;
        default -> { }
      }
    }

    @Override
    public void characters(char[] ch, int debut, int longueur) {
      if (collecte) {
        if (texte.length() + longueur > CARACTERES_MAX) {
          throw horsLimites("caractères par cellule", CARACTERES_MAX);
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
            if (b instanceof Brut.Texte t && !"s".equals(type)) {
              texteGarde[0] += t.valeur().length();
              if (texteGarde[0] > TEXTE_GARDE_MAX) {
                throw horsLimites("caractères de texte gardés", TEXTE_GARDE_MAX);
              }
            }
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
            return i >= 0 && i < chaines.nombre() ? Brut.texte(chaines.chaine(i)) : new Brut.Erreur();
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
