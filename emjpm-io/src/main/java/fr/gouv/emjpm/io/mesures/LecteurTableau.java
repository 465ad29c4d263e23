// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.io.internal.AnalyseurXml;
import fr.gouv.emjpm.io.internal.ArretLecture;
import fr.gouv.emjpm.io.internal.ChainesPartagees;
import fr.gouv.emjpm.io.internal.CodesArret;
import fr.gouv.emjpm.io.internal.Echeance;
import fr.gouv.emjpm.io.internal.PaquetXlsxBorne;
import fr.gouv.emjpm.io.internal.PreVolClasseur;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Lecture durcie de la première feuille d'un tableau (xlsx en flux SAX, xls, CSV UTF-8 avec ou sans
 * BOM, sinon Windows-1252 ; séparateur {@code ;}, {@code ,} ou tabulation ; CRLF ou LF), format
 * reconnu par le contenu, jamais par l'extension. Chaque refus est une {@link Violation} typée, sans
 * contenu de cellule ni message de POI. Non thread-safe : une instance par lecture.
 */
final class LecteurTableau {

  /** Signature d'un zip (xlsx). */
  private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};

  /** Signature OLE2 (xls, ou xlsx chiffré). */
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

  /** Ratio minimal de compression exigé de POI (défaut de POI). */
  static final double RATIO_MIN = 0.01;

  /** Nombre maximal d'entrées zip exigé de POI (défaut de POI). */
  static final int ENTREES_MAX_POI = 1000;

  /** Codes de l'import des mesures pour les arrêts de la lecture durcie partagée (io.internal). */
  static final CodesArret CODES = (motif, plafond) -> switch (motif) {
    case DELAI_DEPASSE -> Violation.de(CodeImport.IMPORT_DELAI_DEPASSE, "");
    case VOLUME_EXCESSIF, TEXTE_EXCESSIF -> Violation.de(CodeImport.IMPORT_ZIP_BOMBE, "");
    case DTD_INTERDITE -> Violation.de(CodeImport.IMPORT_DTD_INTERDITE, "");
    case ILLISIBLE -> Violation.de(CodeImport.IMPORT_ILLISIBLE, "");
    case TROP_DE_CHAINES -> Violation.de(CodeImport.IMPORT_TROP_DE_CHAINES, "", Map.of("max", plafond));
    case CHAINE_TROP_LONGUE -> Violation.de(CodeImport.IMPORT_CELLULE_TROP_LONGUE, "", Map.of("max", plafond));
    case TYPE_CLASSEUR_REFUSE -> Violation.de(CodeImport.IMPORT_TYPE_CLASSEUR_REFUSE, "");
    case PAS_UN_CLASSEUR -> Violation.de(CodeImport.IMPORT_PAS_UN_CLASSEUR, "");
    case JETON_TROP_LONG -> Violation.de(CodeImport.IMPORT_JETON_XML_TROP_LONG, "", Map.of("max", plafond));
    case TROP_DE_LIGNES -> Violation.de(CodeImport.IMPORT_TROP_DE_LIGNES, "", Map.of("max", plafond));
    case TROP_DE_COLONNES -> Violation.de(CodeImport.IMPORT_TROP_DE_COLONNES, "", Map.of("max", plafond));
    case CHIFFRE -> Violation.de(CodeImport.IMPORT_CHIFFRE, "");
    case STRUCTURE_ARCHIVE -> Violation.de(CodeImport.IMPORT_ZIP_STRUCTURE, "");
  };

  /** Reçoit chaque ligne non vide : numéro de ligne tableur (en-tête = 1) et valeurs par colonne. */
  interface Lignes {
    void ligne(int numero, List<String> valeurs);
  }

  private final LimitesImport limites;
  private final Lignes sortie;
  private final LongConsumer progression;
  private final Echeance echeance;
  private boolean enTeteLue;
  private int lignesLues;

  private LecteurTableau(LimitesImport limites, Lignes sortie, LongConsumer progression) {
    this.limites = limites;
    this.sortie = sortie;
    this.progression = progression;
    this.echeance = new Echeance(limites.delai(), CODES);
  }

  /**
   * Lit {@code fichier} ; rend la violation qui a arrêté la lecture, vide si tout a été lu.
   *
   * @throws IOException si le fichier ne peut pas être lu du tout (erreur du système)
   */
  static Optional<Violation> lire(Path fichier, LimitesImport limites, Lignes sortie, LongConsumer progression)
      throws IOException {
    return new LecteurTableau(limites, sortie, progression).lire(fichier);
  }

  private Optional<Violation> lire(Path fichier) throws IOException {
    long taille = Files.size(fichier);
    if (taille > limites.tailleMax()) {
      return Optional.of(Violation.de(CodeImport.IMPORT_TROP_VOLUMINEUX, "", Map.of("max", limites.tailleMax())));
    }
    byte[] debut = new byte[8];
    int n;
    try (InputStream in = Files.newInputStream(fichier)) {
      n = in.readNBytes(debut, 0, 8);
    }
    try {
      if (n >= 4 && commencePar(debut, ZIP)) {
        lireXlsx(fichier.toFile());
      } else if (n >= 8 && commencePar(debut, OLE2)) {
        lireXls(fichier.toFile());
      } else {
        lireCsv(lireBorne(fichier));
      }
      return Optional.empty();
    } catch (ArretLecture a) {
      return Optional.of(a.violation());
    } catch (Exception | StackOverflowError | LinkageError e) {
      // LinkageError : un fichier hostile peut faire charger à POI ou commons-compress un codec absent du
      // classpath (zstd, xz…) ; trouvé par Jazzer (entrée de régression xlsx/entete-locale-methode-zstd).
      // Tout échec de POI ou de l'analyseur : le fichier est illisible ; le message n'est jamais recopié.
      return Optional.of(Violation.de(CodeImport.IMPORT_ILLISIBLE, ""));
    }
  }

  /**
   * Octets du fichier, lus par un flux borné à {@code tailleMax} : la taille rapportée par le système
   * ({@code /dev/zero}, tube, fichier spécial : 0) n'est jamais crue.
   */
  private byte[] lireBorne(Path fichier) throws IOException {
    int plafond = (int) Math.min(limites.tailleMax(), Integer.MAX_VALUE - 16L);
    byte[] octets;
    try (InputStream in = Files.newInputStream(fichier)) {
      octets = in.readNBytes(plafond);
      if (in.read() >= 0) {
        throw arret(CodeImport.IMPORT_TROP_VOLUMINEUX, Map.of("max", limites.tailleMax()));
      }
    }
    return octets;
  }

  private static boolean commencePar(byte[] octets, byte[] signature) {
    for (int i = 0; i < signature.length; i++) {
      if (octets[i] != signature[i]) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- xlsx (SAX)

  private void lireXlsx(File fichier) throws Exception {
    if (ZipSecureFile.getMinInflateRatio() < RATIO_MIN || ZipSecureFile.getMaxFileCount() > ENTREES_MAX_POI) {
      throw arret(CodeImport.IMPORT_LIMITES_HOTE, Map.of());
    }
    Optional<PreVolClasseur.Anomalie> prevol = PreVolClasseur.verifierZip(fichier);
    if (prevol.isPresent()) {
      throw arret(
          switch (prevol.get()) {
            case STRUCTURE -> CodeImport.IMPORT_ZIP_STRUCTURE;
            case BOMBE -> CodeImport.IMPORT_ZIP_BOMBE;
            default -> CodeImport.IMPORT_ILLISIBLE;
          },
          Map.of());
    }
    // getMaxEntrySize et getMaxTextSize de l'hôte ne sont pas vérifiés : chaque octet lu passe par
    // PaquetXlsxBorne, dont les plafonds d'octets réels sont plus stricts que tout réglage de l'hôte
    // (SECURITY.md).
    PaquetXlsxBorne.lire(fichier, echeance, CODES, (paquet, source) -> {
      lirePaquet(paquet, source);
      return null;
    });
  }

  private void lirePaquet(OPCPackage paquet, PaquetXlsxBorne source) throws Exception {
    XSSFReader lecteur = new XSSFReader(paquet);
    ChainesPartagees chaines = ChainesPartagees.lire(paquet, source, limites.chainesPartageesMax(),
        Math.max(limites.celluleMax(), ChainesPartagees.LONGUEUR_EXCEL), ChainesPartagees.CARACTERES_MAX, echeance,
        CODES);
    StylesTable styles = lecteur.getStylesTable();
    XSSFReader.SheetIterator feuilles = (XSSFReader.SheetIterator) lecteur.getSheetsData();
    if (!feuilles.hasNext()) {
      throw arret(CodeImport.IMPORT_VIDE, Map.of());
    }
    feuilles.next().close(); // flux ouvert par POI, jamais lu : la feuille est relue en flux borné
    boolean date1904 = date1904(lecteur);
    try (InputStream feuille = source.ouvrirEnFlux(feuilles.getSheetPart())) {
      XMLReader sax = AnalyseurXml.lecteur();
      DataFormatter format = new DataFormatter(Locale.FRANCE);
      FeuilleXlsxSax.Nombres nombres =
          (brut, indice, chaine) -> CellulesNumeriques.texte(brut, indice, chaine, date1904, format);
      sax.setContentHandler(
          new FeuilleXlsxSax(styles, chaines, new Collecteur(), nombres, limites.celluleMax(), echeance));
      sax.parse(new InputSource(feuille));
    }
  }

  /**
   * Système de dates 1904 du classeur ({@code <workbookPr date1904="1"/>} de {@code workbook.xml}, déjà
   * lu par POI dans le budget des parties) : sans lui, une date d'un tel classeur serait décalée de
   * quatre ans sans bruit.
   */
  private static boolean date1904(XSSFReader lecteur) throws Exception {
    boolean[] trouve = {false};
    try (InputStream classeur = lecteur.getWorkbookData()) {
      XMLReader sax = AnalyseurXml.lecteur();
      sax.setContentHandler(new org.xml.sax.helpers.DefaultHandler() {
        @Override
        public void startElement(String uri, String local, String qName, org.xml.sax.Attributes a) {
          if ("workbookPr".equals(local)) {
            String v = a.getValue("date1904");
            trouve[0] = v != null && ("1".equals(v.trim()) || "true".equalsIgnoreCase(v.trim()));
          }
        }
      });
      sax.parse(new InputSource(classeur));
    }
    return trouve[0];
  }

  /** Reçoit les cellules du flux SAX, ligne par ligne. */
  private final class Collecteur implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final List<String> valeurs = new ArrayList<>();
    private int numero;

    @Override
    public void startRow(int rowNum) {
      numero = rowNum + 1;
      valeurs.clear();
    }

    @Override
    public void endRow(int rowNum) {
      emettre(numero, valeurs);
    }

    @Override
    public void cell(@Nullable String reference, @Nullable String valeur, @Nullable XSSFComment commentaire) {
      int colonne = reference == null ? valeurs.size() : colonne(reference);
      placer(valeurs, colonne, valeur == null ? "" : valeur);
    }

    /** Indice de colonne (0 pour A) d'une référence comme {@code AB12} ; lettres seulement lues. */
    private int colonne(String reference) {
      int col = 0;
      for (int i = 0; i < reference.length(); i++) {
        char c = reference.charAt(i);
        if (c >= 'A' && c <= 'Z') {
          col = col * 26 + (c - 'A' + 1);
          if (col > limites.colonnesMax()) {
            break; // placer() refusera : inutile de lire la suite
          }
        } else if (c != '$') {
          break;
        }
      }
      return Math.max(col, 1) - 1;
    }

    @Override
    public void headerFooter(String text, boolean isHeader, String tagName) {
      // en-têtes et pieds de page ignorés
    }
  }

  // ---------------------------------------------------------------- xls (HSSF)

  private void lireXls(File fichier) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(fichier, true)) {
      DirectoryNode racine = fs.getRoot();
      if (racine.hasEntryCaseInsensitive("EncryptedPackage") || racine.hasEntryCaseInsensitive("EncryptionInfo")) {
        throw arret(CodeImport.IMPORT_CHIFFRE, Map.of());
      }
      Optional<PreVolClasseur.Anomalie> prevol = PreVolClasseur.verifierBiff(racine);
      if (prevol.isPresent()) {
        throw switch (prevol.get()) {
          case TROP_D_ENREGISTREMENTS -> arret(CodeImport.IMPORT_TROP_DE_LIGNES, Map.of("max", limites.lignesMax()));
          case TROP_DE_CHAINES -> arret(CodeImport.IMPORT_TROP_DE_CHAINES,
              Map.of("max", PreVolClasseur.BIFF_CHAINES_MAX));
          case TROP_DE_CELLULES -> arret(CodeImport.IMPORT_TROP_DE_CELLULES,
              Map.of("max", PreVolClasseur.BIFF_CELLULES_MAX));
          case CHIFFRE -> arret(CodeImport.IMPORT_CHIFFRE, Map.of());
          default -> arret(CodeImport.IMPORT_ILLISIBLE, Map.of());
        };
      }
      try (HSSFWorkbook classeur = new HSSFWorkbook(racine, true)) {
        if (classeur.getNumberOfSheets() == 0) {
          throw arret(CodeImport.IMPORT_VIDE, Map.of());
        }
        Sheet feuille = classeur.getSheetAt(0);
        DataFormatter format = new DataFormatter(Locale.FRANCE);
        format.setUseCachedValuesForFormulaCells(true);
        boolean date1904 = classeur.getInternalWorkbook().isUsing1904DateWindowing();
        List<String> valeurs = new ArrayList<>();
        for (Row ligne : feuille) {
          valeurs.clear();
          for (Cell cellule : ligne) {
            placer(valeurs, cellule.getColumnIndex(), texte(cellule, format, date1904));
          }
          emettre(ligne.getRowNum() + 1, valeurs);
        }
      }
    } catch (OldExcelFormatException e) {
      throw arret(CodeImport.IMPORT_FORMAT_ANCIEN, Map.of());
    } catch (EncryptedDocumentException e) {
      throw arret(CodeImport.IMPORT_CHIFFRE, Map.of());
    }
  }

  /** Texte d'une cellule xls : nombres (et résultats numériques en cache) par {@link CellulesNumeriques}. */
  private static String texte(Cell cellule, DataFormatter format, boolean date1904) {
    CellType type = cellule.getCellType();
    if (type == CellType.FORMULA) {
      type = cellule.getCachedFormulaResultType();
    }
    if (type == CellType.NUMERIC) {
      CellStyle style = cellule.getCellStyle();
      return CellulesNumeriques.texte(cellule.getNumericCellValue(), style.getDataFormat(),
          style.getDataFormatString(), date1904, format);
    }
    return format.formatCellValue(cellule);
  }

  // ---------------------------------------------------------------- CSV

  private void lireCsv(byte[] octets) {
    String texte;
    try {
      texte = decoderStrict(StandardCharsets.UTF_8, octets);
    } catch (CharacterCodingException e) {
      // pas de l'UTF-8 : Windows-1252, ce qu'écrit Excel FR (« CSV (séparateur : point-virgule) »)
      texte = windows1252(octets);
    }
    if (texte.indexOf('\0') >= 0) {
      throw arret(CodeImport.IMPORT_FORMAT_INCONNU, Map.of());
    }
    if (texte.startsWith("\uFEFF")) {
      texte = texte.substring(1);
    }
    char separateur = separateur(texte);
    List<String> valeurs = new ArrayList<>();
    StringBuilder champ = new StringBuilder();
    boolean guillemets = false;
    int numero = 1;
    int i = 0;
    while (i < texte.length()) {
      char c = texte.charAt(i);
      if (guillemets) {
        if (c == '"') {
          if (i + 1 < texte.length() && texte.charAt(i + 1) == '"') {
            champ.append('"');
            i++;
          } else {
            guillemets = false;
          }
        } else {
          ajouter(champ, c);
        }
      } else if (c == '"' && champ.length() == 0) {
        guillemets = true;
      } else if (c == separateur) {
        placer(valeurs, valeurs.size(), champ.toString());
        champ.setLength(0);
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < texte.length() && texte.charAt(i + 1) == '\n') {
          i++;
        }
        placer(valeurs, valeurs.size(), champ.toString());
        champ.setLength(0);
        emettre(numero++, valeurs);
        valeurs.clear();
      } else {
        ajouter(champ, c);
      }
      i++;
    }
    if (champ.length() > 0 || !valeurs.isEmpty()) {
      placer(valeurs, valeurs.size(), champ.toString());
      emettre(numero, valeurs);
    }
  }

  private void ajouter(StringBuilder champ, char c) {
    if (champ.length() >= limites.celluleMax()) {
      throw arret(CodeImport.IMPORT_CELLULE_TROP_LONGUE, Map.of("max", limites.celluleMax()));
    }
    champ.append(c);
  }

  /**
   * Décodage Windows-1252 ; un octet sans caractère dans ce jeu (0x81, 0x8D, 0x8F, 0x90, 0x9D) ou un
   * caractère de contrôle autre que tabulation et fin de ligne (contenu binaire) rend le fichier
   * illisible comme CSV.
   */
  private static String windows1252(byte[] octets) {
    for (byte o : octets) {
      if (o >= 0 && o < 0x20 && o != '\t' && o != '\n' && o != '\r') {
        throw arret(CodeImport.IMPORT_FORMAT_INCONNU, Map.of());
      }
    }
    try {
      return decoderStrict(java.nio.charset.Charset.forName("windows-1252"), octets);
    } catch (CharacterCodingException e) {
      throw arret(CodeImport.IMPORT_FORMAT_INCONNU, Map.of());
    }
  }

  /** Décode {@code octets} dans {@code jeu} ; un octet invalide ou sans caractère lève au lieu d'être remplacé. */
  private static String decoderStrict(java.nio.charset.Charset jeu, byte[] octets) throws CharacterCodingException {
    return jeu.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(octets))
        .toString();
  }

  /**
   * Séparateur d'après la ligne d'en-tête (hors guillemets) : le plus fréquent de {@code ;}, {@code ,}
   * et tabulation ; {@code ;} à égalité ou sans aucun.
   */
  static char separateur(String texte) {
    long pointsVirgules = 0;
    long virgules = 0;
    long tabulations = 0;
    boolean guillemets = false;
    for (int i = 0; i < texte.length(); i++) {
      char c = texte.charAt(i);
      if (c == '"') {
        guillemets = !guillemets;
      } else if (!guillemets && (c == '\n' || c == '\r')) {
        break;
      } else if (!guillemets && c == ';') {
        pointsVirgules++;
      } else if (!guillemets && c == ',') {
        virgules++;
      } else if (!guillemets && c == '\t') {
        tabulations++;
      }
    }
    if (tabulations > pointsVirgules && tabulations > virgules) {
      return '\t';
    }
    return virgules > pointsVirgules ? ',' : ';';
  }

  // ---------------------------------------------------------------- commun

  private void placer(List<String> valeurs, int colonne, String valeur) {
    if (colonne >= limites.colonnesMax()) {
      throw arret(CodeImport.IMPORT_TROP_DE_COLONNES, Map.of("max", limites.colonnesMax()));
    }
    if (valeur.length() > limites.celluleMax()) {
      throw arret(CodeImport.IMPORT_CELLULE_TROP_LONGUE, Map.of("max", limites.celluleMax()));
    }
    while (valeurs.size() < colonne) {
      valeurs.add("");
    }
    String propre = nettoyer(valeur);
    if (colonne == valeurs.size()) {
      valeurs.add(propre);
    } else {
      valeurs.set(colonne, propre);
    }
  }

  /**
   * Texte d'une cellule : espaces insécables (U+00A0, U+2007, U+202F) rendus en espaces, caractères de
   * largeur nulle (U+200B–U+200D, U+2060, U+FEFF) retirés, puis espaces de début et de fin ôtés.
   */
  static String nettoyer(String valeur) {
    StringBuilder b = null;
    for (int i = 0; i < valeur.length(); i++) {
      char c = valeur.charAt(i);
      boolean insecable = c == '\u00A0' || c == '\u2007' || c == '\u202F';
      boolean nulle = (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF';
      if (insecable || nulle) {
        if (b == null) {
          b = new StringBuilder(valeur.length());
          b.append(valeur, 0, i);
        }
        if (insecable) {
          b.append(' ');
        }
      } else if (b != null) {
        b.append(c);
      }
    }
    return (b == null ? valeur : b.toString()).strip();
  }

  private void emettre(int numero, List<String> valeurs) {
    echeance.verifier();
    if (valeurs.stream().allMatch(String::isEmpty)) {
      return;
    }
    if (!enTeteLue) {
      enTeteLue = true; // la première ligne non vide est l'en-tête, hors plafond
    } else if (++lignesLues > limites.lignesMax()) {
      throw arret(CodeImport.IMPORT_TROP_DE_LIGNES, Map.of("max", limites.lignesMax()));
    }
    sortie.ligne(numero, List.copyOf(valeurs));
    if (lignesLues > 0 && lignesLues % 1000 == 0) {
      progression.accept(lignesLues);
    }
  }

  private static ArretLecture arret(CodeImport code, Map<String, ?> arguments) {
    return ArretLecture.de(code, arguments);
  }
}
