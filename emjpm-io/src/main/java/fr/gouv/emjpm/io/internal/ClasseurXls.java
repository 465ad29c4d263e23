// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import fr.gouv.emjpm.io.fichier.CodeFichier;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.record.ArrayRecord;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BlankRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.ExtendedFormatRecord;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MulBlankRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.SharedFormulaRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.hssf.record.TableRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.jspecify.annotations.Nullable;

/**
 * Classeur .xls lu en flux, enregistrement BIFF par enregistrement (flux d'enregistrements de POI,
 * {@link RecordFactoryInputStream}, le même que lit le modèle objet HSSF), après le pré-vol BIFF ({@link
 * PreVolClasseur#releverBiff}) : aucun modèle objet du classeur n'est construit ; la mémoire est celle de
 * la table des chaînes (SST, bornée par le pré-vol), des styles et d'une ligne. Les cellules sont rendues
 * au récepteur avec les valeurs que rendait HSSF : valeur en cache des formules (texte de l'enregistrement
 * STRING qui suit), format de nombre résolu une fois par style comme {@code HSSFCellStyle}, dates du
 * système 1904 ramenées au système 1900, dernière cellule écrite gagnante pour une même adresse, cellules
 * d'une ligne par colonne croissante. Les cellules vides (mise en forme seule) ne sont ni rendues ni
 * comptées : au-delà de {@link LimitesLecture#colonnesMax()}, elles ne refusent pas le fichier (comme en xlsx).
 *
 * <p>Excel et LibreOffice rangent les cellules par ligne croissante ; si le pré-vol relève des cellules
 * dans le désordre (fichier écrit par un autre outil), la feuille est gardée en mémoire puis rendue dans
 * l'ordre, au plus {@value PreVolClasseur#BIFF_CELLULES_MAX} cellules (comme le modèle objet). Hors API.
 */
final class ClasseurXls {
  /** Jours entre les origines des systèmes de dates 1900 et 1904. */
  private static final int DECALAGE_1904 = 1462;

  /** Enregistrements lus entre deux vérifications de l'échéance. */
  static final int ENREGISTREMENTS = 4096;

  private static final String[] FORMATS_INTEGRES = BuiltinFormats.getAll();

  private final LimitesLecture limites;
  private final RecepteurBorne recepteur;
  private final boolean desordonne;
  private final Echeance echeance;

  // classeur (sous-flux global)
  private final List<Record> globales = new ArrayList<>();
  private final List<BoundSheetRecord> feuilles = new ArrayList<>();
  private final List<FormatRecord> formatsPersonnalises = new ArrayList<>();
  private final Map<Short, FormatCellule> formats = new HashMap<>();
  private @Nullable SSTRecord sst;
  private boolean date1904;
  private int positionXf = -1;
  private int nombreXf;
  private @Nullable String[] formatsParIndice = new String[0];
  private boolean formatsInvalides;

  // lecture
  private int profondeur;
  private boolean globalesLues;
  private int feuille = -1;
  private boolean lue;
  private @Nullable FormulaRecord formuleTexte;
  private boolean apresFormule;
  private final Ligne ligne = new Ligne();
  private int numeroLigne = -1;
  private final TreeMap<Integer, Ligne> tampon = new TreeMap<>();
  private long cellulesTampon;

  private ClasseurXls(LimitesLecture limites, Echeance echeance, RecepteurBorne recepteur, boolean desordonne) {
    this.limites = limites;
    this.echeance = echeance;
    this.recepteur = recepteur;
    this.desordonne = desordonne;
  }

  /**
   * Plafonds du pré-vol d'une lecture en flux : {@link PreVolClasseur#BIFF_FLUX_ENREGISTREMENTS_MAX}
   * enregistrements, {@link PreVolClasseur#BIFF_FLUX_CELLULES_MAX} cellules, chaînes de la SST au plus
   * {@link LimitesLecture#chainesMax()} (comme les chaînes partagées d'un xlsx).
   */
  static PreVolClasseur.PlafondsBiff plafonds(LimitesLecture limites) {
    return new PreVolClasseur.PlafondsBiff(PreVolClasseur.BIFF_FLUX_ENREGISTREMENTS_MAX,
        PreVolClasseur.BIFF_FLUX_CELLULES_MAX, limites.chainesMax());
  }

  /**
   * Lit le classeur et rend ses cellules au récepteur.
   *
   * @param fichier classeur .xls (OLE2)
   * @param limites limites de la lecture
   * @param echeance échéance, vérifiée aussi tous les {@value #ENREGISTREMENTS} enregistrements (feuilles
   *     sautées, table des chaînes)
   * @param recepteur récepteur borné
   * @throws IOException si le fichier ne peut pas être lu
   */
  static void lire(File fichier, LimitesLecture limites, Echeance echeance, RecepteurBorne recepteur)
      throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(fichier, true)) {
      DirectoryNode racine = fs.getRoot();
      if (racine.hasEntryCaseInsensitive("EncryptedPackage") || racine.hasEntryCaseInsensitive("EncryptionInfo")) {
        throw ArretLecture.de(CodeFichier.FICHIER_CHIFFRE, Map.of());
      }
      PreVolClasseur.PlafondsBiff plafonds = plafonds(limites);
      PreVolClasseur.ReleveBiff releve = PreVolClasseur.releverBiff(racine, plafonds);
      if (releve.anomalie().isPresent()) {
        throw switch (releve.anomalie().get()) {
          case TROP_D_ENREGISTREMENTS ->
              ArretLecture.de(CodeFichier.FICHIER_TROP_D_ENREGISTREMENTS, Map.of("max", plafonds.enregistrements()));
          case TROP_DE_CHAINES -> ArretLecture.de(CodeFichier.FICHIER_TROP_DE_CHAINES, Map.of("max", plafonds.chaines()));
          case TROP_DE_CELLULES -> ArretLecture.de(CodeFichier.FICHIER_TROP_DE_CELLULES, Map.of("max", plafonds.cellules()));
          case CHIFFRE -> ArretLecture.de(CodeFichier.FICHIER_CHIFFRE, Map.of());
          default -> ArretLecture.de(CodeFichier.FICHIER_ILLISIBLE, Map.of());
        };
      }
      // lève OldExcelFormatException (flux « Book » d'Excel 5/95) comme le modèle objet
      String nom = HSSFWorkbook.getWorkbookDirEntryName(racine);
      try (InputStream in = racine.createDocumentInputStream(nom)) {
        echeance.verifier();
        new ClasseurXls(limites, echeance, recepteur, releve.desordonne())
            .lire(new RecordFactoryInputStream(in, true));
      }
    } catch (OldExcelFormatException e) {
      throw ArretLecture.de(CodeFichier.FICHIER_FORMAT_ANCIEN, Map.of());
    } catch (EncryptedDocumentException e) {
      throw ArretLecture.de(CodeFichier.FICHIER_CHIFFRE, Map.of());
    }
  }

  private static ArretLecture illisible() {
    return ArretLecture.de(CodeFichier.FICHIER_ILLISIBLE, Map.of());
  }

  private void lire(RecordFactoryInputStream flux) {
    int n = 0;
    for (Record r = flux.nextRecord(); r != null; r = flux.nextRecord()) {
      if (++n % ENREGISTREMENTS == 0) {
        echeance.verifier();
      }
      if (!enregistrement(r)) {
        return;
      }
    }
    if (formuleTexte != null) {
      throw illisible(); // formule à résultat texte sans enregistrement STRING : HSSF la refuse aussi
    }
    if (feuille >= 0 && profondeur > 0) {
      finFeuille(); // flux tronqué avant l'EOF de la dernière feuille : ses cellules lues sont rendues
    }
  }

  /** Traite un enregistrement ; faux pour arrêter la lecture. */
  private boolean enregistrement(Record r) {
    if (formuleTexte != null) {
      if (r instanceof StringRecord s) {
        FormulaRecord f = formuleTexte;
        formuleTexte = null;
        apresFormule = false;
        ajouter(f.getRow(), f.getColumn(), Ligne.TEXTE, 0, s.getString());
        return true;
      }
      if (!(r instanceof SharedFormulaRecord || r instanceof ArrayRecord || r instanceof TableRecord)) {
        throw illisible();
      }
      return true;
    }
    if (r instanceof BOFRecord) {
      if (profondeur++ == 0 && globalesLues) {
        debutFeuille();
      }
      return true;
    }
    if (r instanceof EOFRecord) {
      if (profondeur > 0 && --profondeur == 0) {
        if (!globalesLues) {
          finGlobales();
        } else if (!finFeuille()) {
          return false;
        }
      }
      return true;
    }
    if (!globalesLues) {
      globale(r);
      return true;
    }
    if (profondeur == 1 && lue) {
      cellule(r);
    }
    return true;
  }

  private void globale(Record r) {
    globales.add(r);
    if (r instanceof BoundSheetRecord b) {
      feuilles.add(b);
    } else if (r instanceof SSTRecord s) {
      sst = s;
    } else if (r instanceof ExtendedFormatRecord) {
      positionXf = globales.size() - 1;
      nombreXf++;
    } else if (r instanceof DateWindow1904Record d) {
      date1904 = d.getWindowing() == 1;
    } else if (r instanceof FormatRecord f) {
      formatsPersonnalises.add(f);
    }
  }

  private void finGlobales() {
    globalesLues = true;
    // formats par indice, comme HSSFDataFormat : les formats personnalisés remplacent les intégrés
    int taille = 0;
    for (FormatRecord f : formatsPersonnalises) {
      if (f.getIndexCode() < 0) {
        formatsInvalides = true; // HSSF échoue à la lecture de la première cellule numérique
      }
      taille = Math.max(taille, f.getIndexCode() + 1);
    }
    @Nullable String[] parIndice = new String[taille];
    for (FormatRecord f : formatsPersonnalises) {
      if (f.getIndexCode() >= 0) {
        parIndice[f.getIndexCode()] = f.getFormatString();
      }
    }
    formatsParIndice = parIndice;
  }

  private void debutFeuille() {
    feuille++;
    if (feuille >= limites.feuillesMax() || feuilles.size() > limites.feuillesMax()) {
      throw ArretLecture.de(CodeFichier.FICHIER_ZIP_STRUCTURE, Map.of());
    }
    if (feuille >= feuilles.size()) {
      throw illisible(); // feuille sans nom (BOUNDSHEET) : HSSF échoue aussi
    }
    lue = recepteur.feuille(feuille, feuilles.get(feuille).getSheetname());
    numeroLigne = -1;
    apresFormule = false;
  }

  /** Fin d'une feuille : rend la dernière ligne (ou la feuille gardée) ; faux pour arrêter la lecture. */
  private boolean finFeuille() {
    if (!lue) {
      return true;
    }
    lue = false;
    if (desordonne) {
      for (Map.Entry<Integer, Ligne> e : tampon.entrySet()) {
        rendre(e.getKey(), e.getValue());
      }
      tampon.clear();
      cellulesTampon = 0;
    } else if (numeroLigne >= 0) {
      rendre(numeroLigne, ligne);
      numeroLigne = -1;
    }
    return recepteur.finFeuille();
  }

  private void cellule(Record r) {
    if (r instanceof SharedFormulaRecord || r instanceof ArrayRecord || r instanceof TableRecord) {
      return; // HSSF les met à part : l'enregistrement STRING d'une formule peut les suivre
    }
    boolean formule = apresFormule;
    apresFormule = false;
    if (r instanceof NumberRecord n) {
      ajouterNombre(n.getRow(), n.getColumn(), n.getXFIndex(), n.getValue());
    } else if (r instanceof LabelSSTRecord l) {
      SSTRecord table = sst;
      if (table == null) {
        throw illisible(); // indice hors de la table (absente) : HSSF échoue aussi
      }
      // indice hors de la table : IndexOutOfBoundsException, rendue FICHIER_ILLISIBLE par LecteurClasseur
      ajouter(l.getRow(), l.getColumn(), Ligne.TEXTE, 0, table.getString(l.getSSTIndex()).getString());
    } else if (r instanceof FormulaRecord f) {
      apresFormule = true;
      formule(f);
    } else if (r instanceof BoolErrRecord b) {
      if (b.isBoolean()) {
        ajouter(b.getRow(), b.getColumn(), Ligne.BOOLEEN, b.getBooleanValue() ? 1 : 0, null);
      } else {
        ajouter(b.getRow(), b.getColumn(), Ligne.ERREUR, 0, erreur(b.getErrorValue()));
      }
    } else if (r instanceof LabelRecord l) {
      ajouter(l.getRow(), l.getColumn(), Ligne.TEXTE, 0, l.getValue());
    } else if (r instanceof BlankRecord b) {
      ajouter(b.getRow(), b.getColumn(), Ligne.VIDE, 0, null);
    } else if (r instanceof MulBlankRecord m) {
      // une cellule vide efface la cellule écrite avant elle à la même adresse (plage bornée par le pré-vol)
      int derniere = m.getLastColumn();
      for (int c = m.getFirstColumn(); c <= derniere; c++) {
        ajouter(m.getRow(), (short) c, Ligne.VIDE, 0, null);
      }
    } else if (r instanceof StringRecord && !formule) {
      throw illisible(); // STRING sans formule : HSSF refuse l'enregistrement inattendu
    }
  }

  private void formule(FormulaRecord f) {
    CellType type = f.getCachedResultTypeEnum();
    if (f.hasCachedResultString()) {
      formuleTexte = f; // le texte suit dans l'enregistrement STRING
      return;
    }
    switch (type) {
      case NUMERIC -> ajouterNombre(f.getRow(), f.getColumn(), f.getXFIndex(), f.getValue());
      case STRING -> ajouter(f.getRow(), f.getColumn(), Ligne.TEXTE, 0, ""); // chaîne vide en cache
      case BOOLEAN -> ajouter(f.getRow(), f.getColumn(), Ligne.BOOLEEN, f.getCachedBooleanValue() ? 1 : 0, null);
      case ERROR -> ajouter(f.getRow(), f.getColumn(), Ligne.ERREUR, 0, erreur((byte) f.getCachedErrorValue()));
      default -> ajouter(f.getRow(), f.getColumn(), Ligne.VIDE, 0, null);
    }
  }

  private void ajouterNombre(int rang, short colonne, short xf, double valeur) {
    FormatCellule f = formats.get(xf);
    if (f == null) {
      f = format(xf);
      formats.put(xf, f);
    }
    if (f.date() && recepteur.formats()) { // l'enquête lit les nombres tels que stockés
      ajouter(rang, colonne, Ligne.DATE, date1904 ? valeur + DECALAGE_1904 : valeur, f);
    } else {
      ajouter(rang, colonne, Ligne.NOMBRE, valeur, f);
    }
  }

  /** Format du style d'indice {@code xf}, résolu comme {@code HSSFCellStyle.getDataFormatString()}. */
  private FormatCellule format(short xf) {
    int position = positionXf - (nombreXf - 1) + xf;
    if (position < 0 || position >= globales.size() || !(globales.get(position) instanceof ExtendedFormatRecord x)
        || formatsInvalides) {
      throw illisible();
    }
    short indice = x.getFormatIndex();
    String chaine;
    if (indice == -1) {
      chaine = "General";
    } else if (indice < 0) {
      throw illisible();
    } else {
      @Nullable String[] parIndice = formatsParIndice;
      String personnalise = indice < parIndice.length ? parIndice[indice] : null;
      if (indice < FORMATS_INTEGRES.length && FORMATS_INTEGRES[indice] != null) {
        chaine = personnalise != null ? personnalise : FORMATS_INTEGRES[indice];
      } else {
        chaine = personnalise;
      }
    }
    return FormatsNumeriques.format(indice, chaine);
  }

  private void ajouter(int rang, short colonne, byte genre, double valeur, @Nullable Object objet) {
    int col = colonne & 0xFFFF;
    if (desordonne) {
      if (++cellulesTampon > PreVolClasseur.BIFF_CELLULES_MAX) {
        throw ArretLecture.de(CodeFichier.FICHIER_TROP_DE_CELLULES, Map.of("max", PreVolClasseur.BIFF_CELLULES_MAX));
      }
      tampon.computeIfAbsent(rang, k -> new Ligne()).ajouter(col, genre, valeur, objet);
      return;
    }
    if (rang != numeroLigne) {
      if (rang < numeroLigne) {
        throw illisible(); // le pré-vol a relevé l'ordre : n'arrive pas
      }
      if (numeroLigne >= 0) {
        rendre(numeroLigne, ligne);
      }
      numeroLigne = rang;
    }
    ligne.ajouter(col, genre, valeur, objet);
  }

  private void rendre(int rang, Ligne l) {
    recepteur.ligne(rang + 1);
    for (int i = 0; i < l.taille; i++) {
      int col = l.colonnes[i];
      switch (l.genres[i]) {
        case Ligne.TEXTE -> recepteur.texte(col, (String) l.objets[i]);
        case Ligne.NOMBRE -> recepteur.nombre(col, l.valeurs[i], (FormatCellule) l.objets[i]);
        case Ligne.DATE -> recepteur.date(col, l.valeurs[i], (FormatCellule) l.objets[i]);
        case Ligne.BOOLEEN -> recepteur.booleen(col, l.valeurs[i] != 0);
        case Ligne.ERREUR -> recepteur.erreur(col, (String) l.objets[i]);
        default -> { } // cellule vide (mise en forme seule) : ni rendue ni comptée, comme en xlsx
      }
    }
    recepteur.finLigne();
    l.vider();
  }

  private static String erreur(byte code) {
    try {
      return FormulaError.forInt(code).getString();
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /**
   * Cellules d'une ligne, rangées par colonne croissante (la dernière écrite gagne pour une même
   * colonne), dans des tableaux réutilisés d'une ligne à l'autre.
   */
  private static final class Ligne {
    static final byte VIDE = 0;
    static final byte TEXTE = 1;
    static final byte NOMBRE = 2;
    static final byte DATE = 3;
    static final byte BOOLEEN = 4;
    static final byte ERREUR = 5;

    int taille;
    int[] colonnes = new int[16];
    byte[] genres = new byte[16];
    double[] valeurs = new double[16];
    @Nullable Object[] objets = new Object[16];

    void ajouter(int colonne, byte genre, double valeur, @Nullable Object objet) {
      int i;
      if (taille == 0 || colonne > colonnes[taille - 1]) {
        i = taille;
      } else {
        i = Arrays.binarySearch(colonnes, 0, taille, colonne);
        if (i >= 0) {
          poser(i, colonne, genre, valeur, objet); // même adresse : la dernière cellule gagne
          return;
        }
        i = -i - 1;
      }
      if (taille == colonnes.length) {
        int n = taille * 2;
        colonnes = Arrays.copyOf(colonnes, n);
        genres = Arrays.copyOf(genres, n);
        valeurs = Arrays.copyOf(valeurs, n);
        objets = Arrays.copyOf(objets, n);
      }
      System.arraycopy(colonnes, i, colonnes, i + 1, taille - i);
      System.arraycopy(genres, i, genres, i + 1, taille - i);
      System.arraycopy(valeurs, i, valeurs, i + 1, taille - i);
      System.arraycopy(objets, i, objets, i + 1, taille - i);
      taille++;
      poser(i, colonne, genre, valeur, objet);
    }

    private void poser(int i, int colonne, byte genre, double valeur, @Nullable Object objet) {
      colonnes[i] = colonne;
      genres[i] = genre;
      valeurs[i] = valeur;
      objets[i] = objet;
    }

    void vider() {
      Arrays.fill(objets, 0, taille, null);
      taille = 0;
    }
  }
}
