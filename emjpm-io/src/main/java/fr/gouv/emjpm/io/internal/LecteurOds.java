// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * Lecture durcie d'un classeur OpenDocument ({@code .ods}, format natif de LibreOffice Calc) : la partie
 * {@code content.xml} est lue en flux et chaque cellule est rendue typée à un {@link RecepteurCellules},
 * feuille par feuille et ligne par ligne, dans l'ordre du fichier. Hors API.
 *
 * <p>Valeurs rendues, d'après l'attribut {@code office:value-type} de chaque cellule (une formule est
 * rendue par sa valeur en cache, portée par les mêmes attributs) :
 *
 * <ul>
 *   <li>{@code float}, {@code percentage}, {@code currency} : {@link RecepteurCellules#nombre} (valeur
 *       {@code office:value}) ;
 *   <li>{@code date} : {@link RecepteurCellules#date}, numéro de série du système 1900 d'Excel calculé
 *       depuis {@code office:date-value} (ISO, avec ou sans heure ; fuseau ignoré) : jours depuis le
 *       30/12/1899 à partir du 01/03/1900, depuis le 31/12/1899 avant (Excel compte un 29/02/1900 qui
 *       n'existe pas : le 01/01/1900 vaut 1 comme dans Excel) ;
 *   <li>{@code time} : {@link RecepteurCellules#date} aussi, avec la fraction de jour de la durée
 *       {@code office:time-value} : c'est ce que rend un .xlsx pour une cellule au format d'heure (un
 *       nombre au format de date) ;
 *   <li>{@code boolean} : {@link RecepteurCellules#booleen} ;
 *   <li>{@code string} : {@link RecepteurCellules#texte}, {@code office:string-value} s'il est présent,
 *       sinon le texte des paragraphes ({@code text:p}, {@code text:h}) joints par un saut de ligne :
 *       espaces blancs du XML fusionnés comme le veut OpenDocument, {@code text:s} (espaces répétés),
 *       {@code text:tab}, {@code text:line-break}, texte des éléments en ligne ({@code text:span},
 *       {@code text:a}…) ; commentaires ({@code office:annotation}), dessins et notes écartés ;
 *   <li>résultat en erreur d'une formule ({@code calcext:value-type="error"}), type inconnu ou valeur
 *       illisible : {@link RecepteurCellules#erreur} ;
 *   <li>cellule sans valeur, texte vide, cellule couverte par une fusion ({@code table:covered-table-cell},
 *       invisible) : rien.
 * </ul>
 *
 * <p>Indices : la ligne avance de {@code table:number-rows-repeated}, la colonne de {@code
 * table:number-columns-repeated} (cellules et cellules couvertes ; {@code table:number-columns-spanned}
 * n'avance pas, les cellules couvertes suivent). Une ligne ou une cellule vide répétée (LibreOffice écrit
 * {@code number-rows-repeated="1048576"} en fin de feuille) ne coûte qu'un compteur ; une ligne non vide
 * répétée est rendue autant de fois, dans la limite {@link Limites#lignesMax()} vérifiée avant toute
 * expansion, une cellule non vide répétée dans la limite {@link Limites#colonnesMax()}.
 *
 * <p>Défenses (celles des .xlsx) : pré-vol du répertoire central ({@link PreVolClasseur#verifierArchive}),
 * {@code mimetype} vérifié (un document texte n'est pas un classeur), parties chiffrées du manifeste
 * refusées, octets réellement décompressés bornés quoi qu'annonce le zip ({@link FluxBorne}), manifeste
 * et {@code content.xml} lus par l'analyseur en flux du lecteur de tableurs ({@link XmlFlux} : DOCTYPE
 * refusé, aucune entité hors des cinq prédéfinies, chaque jeton borné à {@value JetonsXml#JETON_MAX}
 * caractères),
 * texte de chaque cellule borné, échéance vérifiée à chaque bloc lu, tous les {@value
 * Echeance#ELEMENTS} éléments et à chaque ligne rendue. Chaque refus est un {@link ArretLecture} traduit
 * par les {@link CodesArret} de l'import, sans contenu du fichier ; aucune autre exception ne sort (une
 * exception levée par le récepteur, hors {@link ArretLecture}, est rendue comme fichier illisible).
 * Non thread-safe : une instance par lecture.
 */
public final class LecteurOds {

  /** Type MIME d'un classeur OpenDocument (celui que reconnaît {@link FormatFichier}). */
  public static final String TYPE_ODS = FormatFichier.TYPE_ODS;
  /** Type MIME d'un modèle de classeur OpenDocument ({@code .ots}), refusé comme un modèle .xltx. */
  public static final String TYPE_OTS = TYPE_ODS + "-template";
  /**
   * Octets décompressés au plus de {@code content.xml} par défaut : LibreOffice écrit ≈ 1,3 Kio par ligne
   * de onze cellules, soit ≈ 130 Mio pour 100 000 lignes.
   */
  public static final long CONTENU_MAX = 256L * 1024 * 1024;
  /** Octets décompressés au plus du manifeste ({@code META-INF/manifest.xml}). */
  static final long MANIFESTE_MAX = 1024L * 1024;
  /** Octets lus au plus de l'entrée {@code mimetype}. */
  static final int MIMETYPE_MAX = 256;
  /** Caractères au plus d'une valeur numérique, de date ou de durée (au-delà : cellule en erreur). */
  static final int VALEUR_MAX = 64;

  /** Format d'un nombre d'un .ods (aucun format résolu). */
  public static final FormatCellule NOMBRE = new FormatCellule(-1, "General", false);
  /** Format d'un pourcentage d'un .ods. */
  public static final FormatCellule POURCENTAGE = new FormatCellule(-1, "0%", false);
  /** Format d'un montant monétaire d'un .ods. */
  public static final FormatCellule MONETAIRE = new FormatCellule(-1, "#,##0.00", false);
  /** Format d'une date sans heure d'un .ods. */
  public static final FormatCellule DATE = new FormatCellule(-1, "dd/mm/yyyy", true);
  /** Format d'une date avec heure d'un .ods. */
  public static final FormatCellule DATE_HEURE = new FormatCellule(-1, "dd/mm/yyyy hh:mm:ss", true);
  /** Format d'une heure (durée) d'un .ods. */
  public static final FormatCellule HEURE = new FormatCellule(-1, "hh:mm:ss", true);

  static final String NS_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  static final String NS_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  static final String NS_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  static final String NS_DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
  static final String NS_CALCEXT = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0";
  static final String NS_MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";

  /** Jour epoch du 30/12/1899 (origine des séries d'Excel à partir du 01/03/1900). */
  private static final long ORIGINE = LocalDate.of(1899, 12, 30).toEpochDay();
  /** Jour epoch du 01/03/1900 (premier jour après le 29/02/1900 fictif d'Excel). */
  private static final long MARS_1900 = LocalDate.of(1900, 3, 1).toEpochDay();
  private static final double SECONDES_PAR_JOUR = 86_400d;

  /**
   * Plafonds d'une lecture.
   *
   * @param lignesMax lignes non vides rendues au plus, toutes feuilles lues comprises (une ligne répétée
   *     compte autant de fois qu'elle est répétée) ; au-delà, {@link MotifArret#TROP_DE_LIGNES}
   * @param colonnesMax colonnes au plus : une cellule non vide d'indice {@code colonnesMax} ou plus donne
   *     {@link MotifArret#TROP_DE_COLONNES}
   * @param celluleMax caractères au plus du texte d'une cellule ; au-delà, {@link
   *     MotifArret#CHAINE_TROP_LONGUE}
   * @param contenuMax octets décompressés au plus de {@code content.xml} (et taille déclarée au plus
   *     d'une entrée de l'archive) ; au-delà, {@link MotifArret#VOLUME_EXCESSIF}
   */
  public record Limites(int lignesMax, int colonnesMax, int celluleMax, long contenuMax) {
    /**
     * Plafonds strictement positifs.
     *
     * @param lignesMax lignes non vides rendues au plus
     * @param colonnesMax colonnes au plus
     * @param celluleMax caractères au plus par cellule
     * @param contenuMax octets décompressés au plus de {@code content.xml}
     */
    public Limites {
      if (lignesMax <= 0 || colonnesMax <= 0 || celluleMax <= 0 || contenuMax <= 0) {
        throw new IllegalArgumentException("Chaque limite de lecture doit être positive");
      }
    }

    /**
     * Plafonds tirés du jeu de limites unique de la lecture : lignes de données plus l'en-tête (la
     * lecture compte toute ligne non vide, l'import compte lui-même ses lignes de données ; ce plafond
     * ne sert qu'à refuser une ligne répétée avant de la développer), colonnes et caractères par
     * cellule, et {@value LecteurOds#CONTENU_MAX} octets décompressés de {@code content.xml}.
     *
     * @param limites limites de la lecture
     * @return plafonds du .ods
     */
    public static Limites de(LimitesLecture limites) {
      return new Limites((int) Math.min(Integer.MAX_VALUE, limites.lignesMax() + 1L), limites.colonnesMax(),
          limites.celluleMax(), CONTENU_MAX);
    }
  }

  private enum Etat { HORS, FEUILLE, LIGNE, CELLULE, PARAGRAPHE }

  private static final byte TEXTE = 1;
  private static final byte NOMBRE_ = 2;
  private static final byte DATE_ = 3;
  private static final byte BOOLEEN = 4;
  private static final byte ERREUR = 5;

  private final Limites limites;
  private final Echeance echeance;
  private final CodesArret codes;
  private final RecepteurCellules recepteur;
  private @Nullable ArretLecture arret;

  // ---- état de l'analyse de content.xml
  private Etat etat = Etat.HORS;
  /** Profondeur d'un sous-arbre sauté (0 : rien n'est sauté). */
  private int saut;
  private int feuille = -1;
  private int profondeurFeuille;
  private int profondeurParagraphe;
  private long ligne;
  private long repetitionLigne;
  private long colonne;
  private long lignesRendues;
  // cellule en cours
  private byte type;
  private long repetitionCellule;
  private FormatCellule format = NOMBRE;
  private final StringBuilder texte = new StringBuilder();
  private int paragraphes;
  /** Vrai si le dernier caractère du texte est un blanc fusionné (ou en début de paragraphe). */
  private boolean blanc;
  // ligne en cours (cellules non vides, réutilisées d'une ligne à l'autre)
  private int cellules;
  private int[] colonnes = new int[16];
  private byte[] types = new byte[16];
  private double[] nombres = new double[16];
  private @Nullable String[] textes = new String[16];
  private FormatCellule[] formats = new FormatCellule[16];

  private LecteurOds(Limites limites, Echeance echeance, CodesArret codes, RecepteurCellules recepteur) {
    this.limites = limites;
    this.echeance = echeance;
    this.codes = codes;
    this.recepteur = recepteur;
  }

  /**
   * Lit le classeur et rend ses cellules à {@code recepteur}.
   *
   * @param fichier archive .ods (signature zip déjà reconnue)
   * @param limites plafonds de la lecture
   * @param echeance échéance de la lecture, vérifiée régulièrement
   * @param codes traduction des motifs d'arrêt en violations de l'import
   * @param recepteur récepteur des cellules ; peut arrêter la lecture par {@link ArretLecture}
   * @throws ArretLecture sur tout refus : plafond, échéance, archive ou XML illisible, fichier qui n'est
   *     pas un classeur, classeur chiffré (ou arrêt levé par le récepteur)
   */
  public static void lire(Path fichier, Limites limites, Echeance echeance, CodesArret codes,
      RecepteurCellules recepteur) {
    File f;
    try {
      f = fichier.toFile();
    } catch (UnsupportedOperationException e) {
      throw codes.arret(MotifArret.ILLISIBLE, 0); // chemin hors du système de fichiers par défaut
    }
    ZipFile zip;
    try {
      zip = new ZipFile(f);
    } catch (IOException | RuntimeException e) {
      throw codes.arret(MotifArret.ILLISIBLE, 0);
    }
    LecteurOds lecteur = new LecteurOds(limites, echeance, codes, recepteur);
    try (zip) {
      Optional<PreVolClasseur.Anomalie> anomalie = PreVolClasseur.verifierArchive(
          zip, limites.contenuMax(), limites.contenuMax() + PreVolClasseur.ZIP_TOTAL_MAX);
      if (anomalie.isPresent()) {
        throw switch (anomalie.get()) {
          case STRUCTURE -> codes.arret(MotifArret.STRUCTURE_ARCHIVE, 0);
          case BOMBE -> codes.arret(MotifArret.VOLUME_EXCESSIF, limites.contenuMax());
          default -> codes.arret(MotifArret.ILLISIBLE, 0);
        };
      }
      lecteur.lire(zip);
    } catch (ArretLecture a) {
      throw lecteur.arret != null ? lecteur.arret : a;
    } catch (IOException | RuntimeException | StackOverflowError | LinkageError e) {
      // un arrêt levé dans le flux prime, même si l'analyseur l'a enveloppé ; jamais le message recopié
      throw lecteur.arret != null ? lecteur.arret : codes.arret(MotifArret.ILLISIBLE, 0);
    }
  }

  private void lire(ZipFile zip) throws IOException {
    ZipEntry m = zip.getEntry("mimetype");
    String type = m == null ? null : typeMime(zip, m);
    ZipEntry manifeste = zip.getEntry("META-INF/manifest.xml");
    Manifeste lu = manifeste == null ? new Manifeste() : manifeste(zip, manifeste);
    if (type == null) {
      type = lu.typeRacine;
    }
    if (!TYPE_ODS.equals(type)) {
      throw arreter(TYPE_OTS.equals(type) ? MotifArret.TYPE_CLASSEUR_REFUSE : MotifArret.PAS_UN_CLASSEUR, 0);
    }
    if (lu.chiffre) {
      throw arreter(MotifArret.CHIFFRE, 0);
    }
    ZipEntry contenu = zip.getEntry("content.xml");
    if (contenu == null) {
      throw arreter(MotifArret.ILLISIBLE, 0);
    }
    try (InputStream in = flux(zip, contenu, limites.contenuMax())) {
      analyser(new XmlFlux(in, echeance, relais));
    }
  }

  /** Type MIME de l'entrée {@code mimetype} ; vide si elle dépasse {@value #MIMETYPE_MAX} octets. */
  private static String typeMime(ZipFile zip, ZipEntry m) throws IOException {
    try (InputStream in = zip.getInputStream(m)) {
      byte[] b = in.readNBytes(MIMETYPE_MAX + 1);
      return b.length > MIMETYPE_MAX ? "" : new String(b, StandardCharsets.US_ASCII).strip();
    }
  }

  /** Ce que le manifeste dit du classeur. */
  private static final class Manifeste {
    private @Nullable String typeRacine;
    private boolean chiffre;
  }

  private Manifeste manifeste(ZipFile zip, ZipEntry entree) throws IOException {
    Manifeste lu = new Manifeste();
    try (InputStream in = flux(zip, entree, MANIFESTE_MAX)) {
      XmlFlux x = new XmlFlux(in, echeance, relais);
      for (int ev = x.suivant(); ev != XmlFlux.FIN_DOCUMENT; ev = x.suivant()) {
        if (ev != XmlFlux.DEBUT || !NS_MANIFEST.equals(x.espace())) {
          continue;
        }
        if (x.nomLocal("encryption-data")) {
          lu.chiffre = true;
        } else if (x.nomLocal("file-entry") && "/".equals(x.valeur(NS_MANIFEST, "full-path"))) {
          lu.typeRacine = x.valeur(NS_MANIFEST, "media-type");
        }
      }
    }
    return lu;
  }

  /** Flux d'une entrée de l'archive, borné en octets réellement décompressés, échéance à chaque bloc. */
  private InputStream flux(ZipFile zip, ZipEntry entree, long max) throws IOException {
    return new FluxBorne(zip.getInputStream(entree), new FluxBorne.Budget(max), echeance, relais);
  }

  // ---------------------------------------------------------------- content.xml

  private void analyser(XmlFlux x) throws IOException {
    int evenements = 0;
    while (true) {
      int ev = x.suivant();
      if (++evenements == Echeance.ELEMENTS) {
        evenements = 0;
        echeance.verifier();
      }
      switch (ev) {
        case XmlFlux.DEBUT -> {
          if (saut > 0) {
            saut++;
          } else {
            debut(x);
          }
        }
        case XmlFlux.FIN -> {
          if (saut > 0) {
            saut--;
          } else if (fin()) {
            return;
          }
        }
        case XmlFlux.TEXTE -> {
          if (saut == 0 && etat == Etat.PARAGRAPHE) {
            caracteres(x.texte(), 0, x.longueurTexte());
          }
        }
        default -> {
          return; // fin du document
        }
      }
    }
  }

  private void debut(XmlFlux x) {
    String ns = x.espace();
    boolean table = NS_TABLE.equals(ns);
    switch (etat) {
      case HORS -> {
        if (table && x.nomLocal("table")) {
          debutFeuille(x);
        } else if (!(NS_OFFICE.equals(ns)
            && (x.nomLocal("document-content") || x.nomLocal("body") || x.nomLocal("spreadsheet")))) {
          saut = 1; // styles, polices, validations, plages nommées, formulaires…
        }
      }
      case FEUILLE -> {
        if (table && x.nomLocal("table-row")) {
          debutLigne(x);
        } else if (table && (x.nomLocal("table-rows") || x.nomLocal("table-header-rows")
            || x.nomLocal("table-row-group"))) {
          profondeurFeuille++;
        } else {
          saut = 1; // colonnes, formes, source…
        }
      }
      case LIGNE -> {
        boolean cellule = table && x.nomLocal("table-cell");
        if (cellule || (table && x.nomLocal("covered-table-cell"))) {
          debutCellule(x, !cellule);
        } else {
          saut = 1;
        }
      }
      case CELLULE -> {
        if (NS_TEXT.equals(ns) && (x.nomLocal("p") || x.nomLocal("h"))) {
          if (paragraphes++ > 0) {
            ajouter('\n', 1);
          }
          etat = Etat.PARAGRAPHE;
          profondeurParagraphe = 0;
          blanc = true;
        } else {
          saut = 1; // commentaire, dessin, liste…
        }
      }
      case PARAGRAPHE -> enLigne(x, ns);
      default -> throw new IllegalStateException();
    }
  }


  /** Élément dans un paragraphe : espaces, tabulation, saut de ligne, ou élément en ligne dont le texte compte. */
  private void enLigne(XmlFlux x, String ns) {
    if (NS_TEXT.equals(ns)) {
      if (x.nomLocal("s")) {
        ajouter(' ', espaces(x.valeur(NS_TEXT, "c")));
      } else if (x.nomLocal("tab")) {
        ajouter('\t', 1);
      } else if (x.nomLocal("line-break")) {
        ajouter('\n', 1);
      } else if (x.nomLocal("note") || x.nomLocal("note-citation") || x.nomLocal("note-body")
          || x.nomLocal("ruby-text") || x.nomLocal("bookmark-ref")) {
        saut = 1;
        return;
      }
      // span, a, champs : leur texte compte
      profondeurParagraphe++;
    } else if (NS_DRAW.equals(ns) || NS_OFFICE.equals(ns)) {
      saut = 1; // dessins, commentaires
    } else {
      profondeurParagraphe++;
    }
  }


  /** Fin d'élément hors sous-arbre sauté ; vrai pour arrêter la lecture. */
  private boolean fin() {
    switch (etat) {
      case PARAGRAPHE -> {
        if (profondeurParagraphe > 0) {
          profondeurParagraphe--;
        } else {
          if (blanc && !texte.isEmpty() && texte.charAt(texte.length() - 1) == ' ') {
            texte.setLength(texte.length() - 1); // blanc final du paragraphe : ignoré
          }
          etat = Etat.CELLULE;
        }
      }
      case CELLULE -> {
        if (!texte.isEmpty()) {
          type = TEXTE; // texte d'une cellule de type string, ou d'une cellule sans type
          placer(texte.toString());
        }
        colonne += repetitionCellule;
        etat = Etat.LIGNE;
      }
      case LIGNE -> {
        finLigne();
        etat = Etat.FEUILLE;
      }
      case FEUILLE -> {
        if (profondeurFeuille > 0) {
          profondeurFeuille--;
        } else {
          etat = Etat.HORS;
          return !recepteur.finFeuille();
        }
      }
      default -> {
        // fin des éléments englobants
      }
    }
    return false;
  }

  private void debutFeuille(XmlFlux x) {
    String nom = x.valeur(NS_TABLE, "name");
    if (recepteur.feuille(++feuille, nom == null ? "" : nom)) {
      etat = Etat.FEUILLE;
      profondeurFeuille = 0;
      ligne = 1;
    } else {
      saut = 1;
    }
  }

  private void debutLigne(XmlFlux x) {
    repetitionLigne = repetition(x.valeur(NS_TABLE, "number-rows-repeated"));
    colonne = 0;
    cellules = 0;
    etat = Etat.LIGNE;
  }

  private void debutCellule(XmlFlux x, boolean couverte) {
    repetitionCellule = repetition(x.valeur(NS_TABLE, "number-columns-repeated"));
    texte.setLength(0);
    paragraphes = 0;
    type = 0;
    if (couverte) {
      colonne += repetitionCellule; // cachée par une fusion : rien
      saut = 1;
      return;
    }
    // types comparés sans créer de chaîne ; seule la valeur utile au type est lue
    int calc = x.attribut(NS_CALCEXT, "value-type");
    if (calc >= 0 && x.valeurEgale(calc, "error")) {
      valeurSansTexte(ERREUR, 0, NOMBRE);
      return;
    }
    int t = x.attribut(NS_OFFICE, "value-type");
    if (t < 0) {
      etat = Etat.CELLULE; // sans type : texte éventuel
      return;
    }
    if (x.valeurEgale(t, "string")) {
      String chaine = x.valeur(NS_OFFICE, "string-value");
      type = TEXTE;
      if (chaine != null) {
        borner(chaine.length());
        placer(chaine.isEmpty() ? null : chaine);
        colonne += repetitionCellule;
        saut = 1;
      } else {
        etat = Etat.CELLULE;
      }
    } else if (x.valeurEgale(t, "float")) {
      valeurSansTexte(NOMBRE_, nombre(x.valeur(NS_OFFICE, "value")), NOMBRE);
    } else if (x.valeurEgale(t, "date")) {
      String date = x.valeur(NS_OFFICE, "date-value");
      valeurSansTexte(DATE_, serieDate(date), date != null && date.indexOf('T') >= 0 ? DATE_HEURE : DATE);
    } else if (x.valeurEgale(t, "percentage")) {
      valeurSansTexte(NOMBRE_, nombre(x.valeur(NS_OFFICE, "value")), POURCENTAGE);
    } else if (x.valeurEgale(t, "currency")) {
      valeurSansTexte(NOMBRE_, nombre(x.valeur(NS_OFFICE, "value")), MONETAIRE);
    } else if (x.valeurEgale(t, "time")) {
      valeurSansTexte(DATE_, fractionDeJour(x.valeur(NS_OFFICE, "time-value")), HEURE);
    } else if (x.valeurEgale(t, "boolean")) {
      String booleen = x.valeur(NS_OFFICE, "boolean-value");
      if ("true".equals(booleen) || "1".equals(booleen)) {
        valeurSansTexte(BOOLEEN, 1, NOMBRE);
      } else if ("false".equals(booleen) || "0".equals(booleen)) {
        valeurSansTexte(BOOLEEN, 0, NOMBRE);
      } else {
        valeurSansTexte(ERREUR, 0, NOMBRE);
      }
    } else if (x.valeurEgale(t, "void")) {
      valeurSansTexte((byte) 0, 0, NOMBRE);
    } else {
      valeurSansTexte(ERREUR, 0, NOMBRE);
    }
  }


  /** Cellule dont la valeur est dans ses attributs : placée tout de suite, son contenu est sauté. */
  private void valeurSansTexte(byte t, double valeur, FormatCellule f) {
    type = Double.isNaN(valeur) ? ERREUR : t;
    format = f;
    if (type == ERREUR || type == 0) {
      placer(null);
    } else {
      placerNombre(valeur);
    }
    colonne += repetitionCellule;
    saut = 1;
  }

  private void placerNombre(double valeur) {
    int i = reserver();
    if (i >= 0) {
      for (int k = 0; k < repetitionCellule; k++) {
        nombres[i + k] = valeur;
      }
    }
  }

  /** Place la cellule en cours (type {@link #type}) répétée ; texte nul pour une cellule sans texte. */
  private void placer(@Nullable String valeur) {
    if (type == TEXTE && valeur == null) {
      return; // texte vide : rien
    }
    int i = reserver();
    if (i >= 0 && valeur != null) {
      for (int k = 0; k < repetitionCellule; k++) {
        textes[i + k] = valeur;
      }
    }
  }

  /**
   * Réserve les places de la cellule en cours, répétée ; rend l'indice de la première, -1 pour une
   * cellule vide (type 0).
   */
  private int reserver() {
    if (type == 0) {
      return -1;
    }
    if (colonne + repetitionCellule > limites.colonnesMax()) {
      throw arreter(MotifArret.TROP_DE_COLONNES, limites.colonnesMax());
    }
    int n = (int) repetitionCellule;
    int debut = cellules;
    if (debut + n > colonnes.length) {
      int taille = Math.max(colonnes.length * 2, debut + n);
      colonnes = java.util.Arrays.copyOf(colonnes, taille);
      types = java.util.Arrays.copyOf(types, taille);
      nombres = java.util.Arrays.copyOf(nombres, taille);
      textes = java.util.Arrays.copyOf(textes, taille);
      formats = java.util.Arrays.copyOf(formats, taille);
    }
    for (int k = 0; k < n; k++) {
      colonnes[debut + k] = (int) colonne + k;
      types[debut + k] = type;
      formats[debut + k] = format;
    }
    cellules += n;
    return debut;
  }

  private void finLigne() {
    long n = repetitionLigne;
    if (cellules == 0) {
      ligne += n; // ligne vide, même répétée un million de fois : un compteur
      return;
    }
    if (lignesRendues + n > limites.lignesMax() || ligne + n - 1 > Integer.MAX_VALUE) {
      throw arreter(MotifArret.TROP_DE_LIGNES, limites.lignesMax());
    }
    for (long k = 0; k < n; k++) {
      echeance.verifier();
      recepteur.ligne((int) (ligne + k));
      for (int i = 0; i < cellules; i++) {
        int c = colonnes[i];
        switch (types[i]) {
          case TEXTE -> recepteur.texte(c, java.util.Objects.requireNonNull(textes[i]));
          case NOMBRE_ -> recepteur.nombre(c, nombres[i], formats[i]);
          case DATE_ -> recepteur.date(c, nombres[i], formats[i]);
          case BOOLEEN -> recepteur.booleen(c, nombres[i] != 0);
          default -> recepteur.erreur(c);
        }
      }
      recepteur.finLigne();
    }
    lignesRendues += n;
    ligne += n;
    java.util.Arrays.fill(textes, 0, cellules, null);
  }

  // ---------------------------------------------------------------- texte

  /** Caractères du XML dans un paragraphe : blancs (espace, tabulation, fin de ligne) fusionnés en un espace. */
  private void caracteres(char[] c, int debut, int longueur) {
    int fin = debut + longueur;
    int i = debut;
    while (i < fin) {
      char ch = c[i];
      if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
        if (!blanc) {
          ajouter(' ', 1);
          blanc = true;
        }
        i++;
      } else {
        int j = i;
        while (j < fin && c[j] != ' ' && c[j] != '\t' && c[j] != '\n' && c[j] != '\r') {
          j++;
        }
        borner(j - i);
        texte.append(c, i, j - i);
        blanc = false;
        i = j;
      }
    }
  }

  /** Ajoute {@code n} fois {@code c} (espaces de {@code text:s}, tabulation, saut) : jamais fusionné. */
  private void ajouter(char c, long n) {
    borner(n);
    for (long k = 0; k < n; k++) {
      texte.append(c);
    }
    blanc = false;
  }

  /** Refuse le texte d'une cellule qui dépasserait le plafond avant d'y ajouter {@code n} caractères. */
  private void borner(long n) {
    if (texte.length() + n > limites.celluleMax()) {
      throw arreter(MotifArret.CHAINE_TROP_LONGUE, limites.celluleMax());
    }
  }

  /** Nombre d'espaces d'un {@code text:s} : 1 par défaut ou si l'attribut est illisible. */
  private static long espaces(@Nullable String c) {
    return c == null ? 1 : repetition(c);
  }

  // ---------------------------------------------------------------- valeurs

  /**
   * Entier positif d'un attribut de répétition ; 1 s'il est absent, nul ou illisible ; plafonné à
   * {@link Integer#MAX_VALUE} (au-delà, toute ligne ou cellule non vide dépasse les plafonds).
   */
  static long repetition(@Nullable String s) {
    if (s == null || s.isEmpty()) {
      return 1;
    }
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return 1;
      }
      n = n * 10 + (c - '0');
      if (n > Integer.MAX_VALUE) {
        return Integer.MAX_VALUE;
      }
    }
    return n == 0 ? 1 : n;
  }

  /** Nombre d'un attribut {@code office:value} ; NaN s'il est absent, illisible ou non fini. */
  static double nombre(@Nullable String s) {
    if (s == null || s.isEmpty() || s.length() > VALEUR_MAX) {
      return Double.NaN;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9') && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
        return Double.NaN;
      }
    }
    try {
      double v = Double.parseDouble(s);
      return Double.isFinite(v) ? v : Double.NaN;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /**
   * Numéro de série (système 1900 d'Excel) d'une date ISO {@code AAAA-MM-JJ[THH:MM:SS[.fff]][fuseau]} ;
   * NaN si elle est illisible.
   */
  static double serieDate(@Nullable String s) {
    if (s == null || s.length() < 10 || s.length() > VALEUR_MAX || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return Double.NaN;
    }
    int annee = chiffres(s, 0, 4);
    int mois = chiffres(s, 5, 7);
    int jour = chiffres(s, 8, 10);
    if (annee < 0 || mois < 0 || jour < 0) {
      return Double.NaN;
    }
    long epoch;
    try {
      epoch = LocalDate.of(annee, mois, jour).toEpochDay();
    } catch (DateTimeException e) {
      return Double.NaN;
    }
    double serie = epoch - ORIGINE - (epoch < MARS_1900 ? 1 : 0);
    if (s.length() == 10) {
      return serie;
    }
    if (s.length() < 19 || s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(16) != ':') {
      return Double.NaN;
    }
    int h = chiffres(s, 11, 13);
    int mi = chiffres(s, 14, 16);
    int se = chiffres(s, 17, 19);
    if (h < 0 || h > 24 || mi < 0 || mi > 59 || se < 0 || se > 60) {
      return Double.NaN;
    }
    double fraction = 0;
    int i = 19;
    if (i < s.length() && s.charAt(i) == '.') {
      double poids = 0.1;
      for (i++; i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
        fraction += (s.charAt(i) - '0') * poids;
        poids /= 10;
      }
    }
    if (i < s.length() && !fuseau(s, i)) {
      return Double.NaN;
    }
    return serie + (h * 3600 + mi * 60 + se + fraction) / SECONDES_PAR_JOUR;
  }

  /** Vrai si {@code s} finit à {@code i} par un fuseau ISO ({@code Z}, {@code ±HH:MM}), ignoré. */
  private static boolean fuseau(String s, int i) {
    String f = s.substring(i);
    return "Z".equals(f) || (f.length() == 6 && (f.charAt(0) == '+' || f.charAt(0) == '-')
        && chiffres(f, 1, 3) >= 0 && f.charAt(3) == ':' && chiffres(f, 4, 6) >= 0);
  }

  /** Entier des chiffres {@code s[debut, fin)} ; -1 si l'un n'est pas un chiffre. */
  private static int chiffres(String s, int debut, int fin) {
    int n = 0;
    for (int i = debut; i < fin; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /** Fraction de jour d'une durée ISO ({@code PT10H30M00S}, {@code -PT1H}, {@code P1DT2H}) ; NaN si illisible. */
  static double fractionDeJour(@Nullable String s) {
    if (s == null || s.length() > VALEUR_MAX) {
      return Double.NaN;
    }
    try {
      Duration d = Duration.parse(s);
      return (d.getSeconds() + d.getNano() / 1e9) / SECONDES_PAR_JOUR;
    } catch (DateTimeException | ArithmeticException e) {
      return Double.NaN;
    }
  }

  // ---------------------------------------------------------------- arrêts et flux

  /**
   * Codes de l'analyseur et des flux : ceux de l'import, chaque arrêt gardé comme premier arrêt de la
   * lecture (il prime sur l'exception qui l'envelopperait).
   */
  private final CodesArret relais = new CodesArret() {
    @Override
    public fr.gouv.emjpm.domain.commun.Violation violation(MotifArret motif, long plafond) {
      return codes.violation(motif, plafond);
    }

    @Override
    public ArretLecture arret(MotifArret motif, long plafond) {
      return arreter(motif, plafond);
    }
  };

  private ArretLecture arreter(MotifArret motif, long plafond) {
    ArretLecture a = codes.arret(motif, plafond);
    if (arret == null) {
      arret = a;
    }
    return a;
  }

}
