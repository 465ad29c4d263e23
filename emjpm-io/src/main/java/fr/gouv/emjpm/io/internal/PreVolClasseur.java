// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.Entry;

/**
 * Contrôles préalables à POI, sur le fichier temporaire : répertoire
 * central du zip d'un .xlsx lu par le JDK (nombre d'entrées, doublons sans casse, noms absolus ou
 * {@code ..}, tailles déclarées) ; nombre et longueur des enregistrements BIFF d'un .xls comptés sur
 * leurs en-têtes, cellules comptées (et leur ordre relevé) sur le numéro de ligne de chaque enregistrement
 * de cellule. Rien n'est décompressé ni analysé.
 */
public final class PreVolClasseur {

  /** Anomalie relevée par le pré-vol ; chaque module d'import la traduit en son propre code. */
  public enum Anomalie {
    /** Structure du zip suspecte (entrées en double, trop nombreuses, noms remontants). */
    STRUCTURE,
    /** Tailles décompressées déclarées excessives (bombe). */
    BOMBE,
    /** Trop d'enregistrements BIFF. */
    TROP_D_ENREGISTREMENTS,
    /**
     * Classeur xls chiffré (enregistrement FILEPASS), même avec le mot de passe par défaut d'Excel
     * (« VelvetSweatshop »), que POI déchiffrerait sans rien dire.
     */
    CHIFFRE,
    /**
     * Table des chaînes (SST) démesurée : plus de {@link #BIFF_CHAINES_MAX} chaînes annoncées (POI en
     * construit autant), ou plus de {@link #BIFF_SST_OCTETS_MAX} octets (borne des caractères).
     */
    TROP_DE_CHAINES,
    /**
     * Plus de {@link #BIFF_CELLULES_MAX} cellules, en comptant chaque cellule des plages d'un
     * enregistrement MULBLANK ou MULRK (HSSF construit un objet par cellule).
     */
    TROP_DE_CELLULES,
    /** Fichier illisible. */
    ILLISIBLE
  }

  /** Entrées zip au plus. */
  public static final int ZIP_ENTREES_MAX = 200;
  /** Taille déclarée maximale d'une entrée décompressée. */
  public static final long ZIP_ENTREE_MAX = 64L * 1024 * 1024;
  /** Taille déclarée maximale décompressée totale. */
  public static final long ZIP_TOTAL_MAX = 256L * 1024 * 1024;
  /** Enregistrements BIFF au plus. */
  public static final int BIFF_ENREGISTREMENTS_MAX = 200_000;
  /** Identifiant de l'enregistrement BIFF FILEPASS (classeur chiffré). */
  private static final int FILEPASS = 0x002F;
  /** Longueur maximale d'un enregistrement BIFF8 (en-tête exclu). */
  public static final int BIFF_LONGUEUR_MAX = 8224;
  /** Chaînes au plus dans la table des chaînes (SST) d'un .xls (comme les chaînes partagées d'un .xlsx). */
  public static final int BIFF_CHAINES_MAX = 500_000;
  /**
   * Octets au plus de la table des chaînes d'un .xls (enregistrement SST et ses CONTINUE) : au moins un
   * octet par caractère, c'est aussi la borne des caractères (16 M, comme un .xlsx).
   */
  public static final long BIFF_SST_OCTETS_MAX = 16L * 1024 * 1024;
  /** Cellules au plus d'un .xls, plages MULBLANK et MULRK développées. */
  public static final long BIFF_CELLULES_MAX = 500_000;

  private static final int BOF = 0x0809;
  private static final int EOF = 0x000A;
  private static final int SST = 0x00FC;
  private static final int CONTINUE = 0x003C;
  private static final int MULRK = 0x00BD;
  private static final int MULBLANK = 0x00BE;
  /** Enregistrements d'une seule cellule (FORMULA, BLANK, NUMBER, LABEL, BOOLERR, RK, LABELSST, RSTRING). */
  private static final Set<Integer> CELLULE = Set.of(0x0006, 0x0201, 0x0203, 0x0204, 0x0205, 0x027E, 0x00FD, 0x00D6);

  private PreVolClasseur() {}

  /**
   * Contrôle du répertoire central d'un .xlsx ; vide si tout va bien.
   *
   * @param fichier fichier .xlsx (zip) à contrôler avant toute ouverture
   * @return première anomalie relevée, vide si tout va bien
   */
  public static Optional<Anomalie> verifierZip(File fichier) {
    return verifierZip(fichier, ZIP_ENTREE_MAX, ZIP_TOTAL_MAX, true);
  }

  /**
   * Contrôle du répertoire central d'une archive zip quelconque déjà ouverte (classeur OpenDocument
   * .ods), aux plafonds donnés, sans la règle des noms de partie OPC ; vide si tout va bien.
   *
   * @param zip archive ouverte par le JDK, avant toute décompression
   * @param entreeMax taille déclarée maximale d'une entrée décompressée, en octets
   * @param totalMax taille déclarée maximale décompressée de toutes les entrées, en octets
   * @return première anomalie relevée, vide si tout va bien
   */
  public static Optional<Anomalie> verifierArchive(ZipFile zip, long entreeMax, long totalMax) {
    return verifierZip(zip, entreeMax, totalMax, false);
  }

  private static Optional<Anomalie> verifierZip(File fichier, long entreeMax, long totalMax, boolean opc) {
    try (ZipFile zip = new ZipFile(fichier)) {
      return verifierZip(zip, entreeMax, totalMax, opc);
    } catch (IOException | RuntimeException e) {
      return Optional.of(Anomalie.ILLISIBLE);
    }
  }

  /**
   * Contrôle du répertoire central d'une archive déjà ouverte ; vide si tout va bien.
   *
   * @param zip archive ouverte par le JDK, avant toute décompression
   * @return première anomalie relevée, vide si tout va bien
   */
  public static Optional<Anomalie> verifierZip(ZipFile zip) {
    return verifierZip(zip, ZIP_ENTREE_MAX, ZIP_TOTAL_MAX, true);
  }

  private static Optional<Anomalie> verifierZip(ZipFile zip, long entreeMax, long totalMax, boolean opc) {
    try {
      if (zip.size() > ZIP_ENTREES_MAX) {
        return structure("plus de " + ZIP_ENTREES_MAX + " entrées");
      }
      Set<String> noms = new HashSet<>();
      long total = 0;
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry z = e.nextElement();
        String nom = z.getName().replace('\\', '/');
        if (!noms.add(nom.toLowerCase(Locale.ROOT))) {
          return structure("entrée en double");
        }
        if (nom.startsWith("/") || nom.matches("^[A-Za-z]:.*") || ("/" + nom + "/").contains("/../")) {
          return structure("nom d'entrée absolu ou remontant");
        }
        if (opc && !nomDePartieValide(nom)) {
          // POI écarterait l'entrée en journalisant son nom et une pile d'appels
          return structure("nom d'entrée qui n'est pas un nom de partie OPC");
        }
        long taille = z.getSize();
        if (taille > entreeMax) {
          return bombe();
        }
        total += Math.max(0, taille);
        if (total > totalMax) {
          return bombe();
        }
      }
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.of(Anomalie.ILLISIBLE);
    }
  }

  /**
   * Contrôle du répertoire central d'une archive qui n'est pas un classeur (archive OCMI : un fichier JSON,
   * jamais extrait sur disque) : total des tailles décompressées déclarées au plus {@code octetsMax}.
   * Les noms d'entrée ne sont pas contrôlés (rien n'est extrait). Vide si tout va bien, ou si le répertoire
   * central est illisible ou absent (archive coupée : la lecture en flux, bornée en octets réellement
   * décompressés, tranchera).
   *
   * @param fichier archive zip à contrôler avant toute décompression
   * @param octetsMax octets décompressés au plus, toutes entrées comprises
   * @return {@link Anomalie#BOMBE} si les tailles déclarées dépassent {@code octetsMax}, vide sinon
   */
  public static Optional<Anomalie> verifierArchive(File fichier, long octetsMax) {
    long declares = 0;
    try (ZipFile zip = new ZipFile(fichier)) {
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements() && declares <= octetsMax; ) {
        declares += Math.max(0, e.nextElement().getSize());
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    return declares > octetsMax ? bombe() : Optional.empty();
  }

  /**
   * Plafonds du pré-vol BIFF.
   *
   * @param enregistrements enregistrements au plus dans le flux « Workbook »
   * @param cellules cellules au plus (plages MULBLANK et MULRK développées)
   * @param chaines chaînes au plus annoncées par la table des chaînes (SST)
   */
  public record PlafondsBiff(long enregistrements, long cellules, long chaines) {}

  /**
   * Plafonds pour une lecture par le modèle objet HSSF, qui construit un objet par chaîne et par cellule :
   * {@value #BIFF_ENREGISTREMENTS_MAX} enregistrements, {@value #BIFF_CELLULES_MAX} cellules,
   * {@value #BIFF_CHAINES_MAX} chaînes.
   */
  public static final PlafondsBiff PLAFONDS_OBJET =
      new PlafondsBiff(BIFF_ENREGISTREMENTS_MAX, BIFF_CELLULES_MAX, BIFF_CHAINES_MAX);

  /**
   * Enregistrements BIFF au plus d'une lecture en flux (4 194 304 : une feuille pleine de 65 535 lignes de
   * 50 cellules en compte 3,4 millions, en-têtes de ligne et index compris).
   */
  public static final long BIFF_FLUX_ENREGISTREMENTS_MAX = 65_536L * 64;

  /**
   * Cellules au plus d'une lecture en flux (plages MULBLANK et MULRK développées) : 65 536 lignes (le
   * maximum d'une feuille .xls) de 64 colonnes. La lecture en flux ne garde qu'une ligne en mémoire ; ce
   * plafond borne le temps, comme l'échéance.
   */
  public static final long BIFF_FLUX_CELLULES_MAX = 65_536L * 64;

  /**
   * Relevé du pré-vol BIFF.
   *
   * @param anomalie première anomalie relevée, vide si tout va bien
   * @param desordonne vrai si les cellules d'une feuille ne sont pas rangées par numéro de ligne croissant
   *     (Excel et LibreOffice les rangent toujours ; une lecture en flux doit alors garder la feuille)
   */
  public record ReleveBiff(Optional<Anomalie> anomalie, boolean desordonne) {}

  /**
   * Compte les enregistrements du flux « Workbook » d'un .xls (en-têtes seulement) ; vide si le flux
   * est absent (BIFF5 ou classeur chiffré : POI tranchera). Plafonds {@link #PLAFONDS_OBJET}.
   *
   * @param racine répertoire racine POIFS du classeur .xls
   * @return {@link Anomalie#TROP_D_ENREGISTREMENTS} ou {@link Anomalie#ILLISIBLE} ; vide si tout va
   *     bien ou si le flux « Workbook » est absent
   */
  public static Optional<Anomalie> verifierBiff(DirectoryNode racine) {
    return releverBiff(racine, PLAFONDS_OBJET).anomalie();
  }

  /**
   * Pré-vol du flux « Workbook » d'un .xls aux plafonds donnés : enregistrements, cellules, chaînes et
   * octets de la table des chaînes (au plus {@value #BIFF_SST_OCTETS_MAX}), FILEPASS ; relève aussi si les
   * cellules d'une feuille sont dans le désordre.
   *
   * @param racine répertoire racine POIFS du classeur .xls
   * @param plafonds plafonds du pré-vol
   * @return relevé ; anomalie vide si tout va bien ou si le flux « Workbook » est absent
   */
  public static ReleveBiff releverBiff(DirectoryNode racine, PlafondsBiff plafonds) {
    Entry entree;
    try {
      entree = racine.getEntryCaseInsensitive("Workbook");
    } catch (IOException | RuntimeException e) {
      return new ReleveBiff(Optional.empty(), false);
    }
    if (!(entree instanceof DocumentEntry doc)) {
      return new ReleveBiff(Optional.empty(), false);
    }
    boolean desordonne = false;
    try (InputStream in = racine.createDocumentInputStream(doc)) {
      long n = 0;
      long cellules = 0;
      long octetsSst = 0;
      boolean dansSst = false;
      int derniereLigne = -1;
      int profondeur = 0;
      byte[] entete = new byte[4];
      byte[] corps = new byte[BIFF_LONGUEUR_MAX];
      while (true) {
        int lus = in.readNBytes(entete, 0, 4);
        if (lus < 4) {
          return new ReleveBiff(Optional.empty(), desordonne); // fin, ou bourrage de fin de flux : POI l'ignore
        }
        int type = (entete[0] & 0xFF) | (entete[1] & 0xFF) << 8;
        if (type == FILEPASS) {
          return new ReleveBiff(Optional.of(Anomalie.CHIFFRE), desordonne);
        }
        int longueur = (entete[2] & 0xFF) | (entete[3] & 0xFF) << 8;
        if (++n > plafonds.enregistrements()) {
          return new ReleveBiff(Optional.of(Anomalie.TROP_D_ENREGISTREMENTS), desordonne);
        }
        if (longueur > BIFF_LONGUEUR_MAX) {
          return new ReleveBiff(Optional.of(Anomalie.ILLISIBLE), desordonne);
        }
        if (type == BOF && profondeur++ == 0) {
          derniereLigne = -1; // nouvelle feuille (un graphique incorporé ouvre un sous-flux imbriqué)
        } else if (type == EOF && profondeur > 0) {
          profondeur--;
        }
        dansSst = type == SST || (dansSst && type == CONTINUE);
        if (dansSst) {
          octetsSst += longueur;
          if (octetsSst > BIFF_SST_OCTETS_MAX) {
            return new ReleveBiff(Optional.of(Anomalie.TROP_DE_CHAINES), desordonne);
          }
        }
        boolean cellule = CELLULE.contains(type);
        if (type == SST || type == MULBLANK || type == MULRK || cellule) {
          if (in.readNBytes(corps, 0, longueur) < longueur) {
            return new ReleveBiff(Optional.empty(), desordonne); // flux tronqué : POI tranchera
          }
          if (type == SST && longueur >= 8 && entier32(corps, 4) > plafonds.chaines()) {
            // cstUnique : POI construit autant de chaînes
            return new ReleveBiff(Optional.of(Anomalie.TROP_DE_CHAINES), desordonne);
          }
          if (type != SST && longueur >= 2 && profondeur == 1) {
            int ligne = entier16(corps, 0);
            desordonne |= ligne < derniereLigne;
            derniereLigne = ligne;
          }
          if (cellule) {
            cellules++;
          } else if (type != SST && longueur >= 6) {
            int premiere = entier16(corps, 2);
            int derniere = entier16(corps, longueur - 2);
            cellules += Math.max(1, derniere - premiere + 1);
          }
        } else if (!sauter(in, longueur)) {
          return new ReleveBiff(Optional.empty(), desordonne);
        }
        if (cellules > plafonds.cellules()) {
          return new ReleveBiff(Optional.of(Anomalie.TROP_DE_CELLULES), desordonne);
        }
      }
    } catch (IOException | RuntimeException e) {
      return new ReleveBiff(Optional.of(Anomalie.ILLISIBLE), desordonne);
    }
  }

  /**
   * Vrai si {@code nom} est un nom de partie OPC valide (ou un dossier, ou les types de contenu) :
   * segments non vides, ni {@code .} ni {@code ..}, sans point final (règles de POI, qui écarte sinon
   * l'entrée en journalisant son nom).
   */
  static boolean nomDePartieValide(String nom) {
    if (nom.endsWith("/") || "[Content_Types].xml".equals(nom)) {
      return true;
    }
    try {
      org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName(
          org.apache.poi.openxml4j.opc.internal.ZipHelper.getOPCNameFromZipItemName(nom));
      return true;
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException e) {
      return false;
    }
  }

  private static int entier16(byte[] b, int i) {
    return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
  }

  private static long entier32(byte[] b, int i) {
    return (b[i] & 0xFFL) | (b[i + 1] & 0xFFL) << 8 | (b[i + 2] & 0xFFL) << 16 | (b[i + 3] & 0xFFL) << 24;
  }

  /** Saute {@code n} octets ; faux si le flux finit avant. */
  private static boolean sauter(InputStream in, int n) throws IOException {
    long reste = n;
    while (reste > 0) {
      long s = in.skip(reste);
      if (s <= 0) {
        if (in.read() < 0) {
          return false;
        }
        s = 1;
      }
      reste -= s;
    }
    return true;
  }

  private static Optional<Anomalie> structure(String detail) {
    return Optional.of(Anomalie.STRUCTURE);
  }

  private static Optional<Anomalie> bombe() {
    return Optional.of(Anomalie.BOMBE);
  }
}
